//! `veille eval …`: one submodule per kind of evaluation.

use super::Global;
use clap::Subcommand;
use std::process::ExitCode;

#[derive(Subcommand, Debug)]
pub enum EvalCommand {
    /// Score event extraction against a gold file or an open corpus.
    Events(super::eval_events::EvalEventsArgs),
    /// Score the named-entity tagger on a corpus's test split.
    Ner(super::eval_ner::EvalNerArgs),
}

pub fn run(g: &Global, c: EvalCommand) -> anyhow::Result<ExitCode> {
    match c {
        EvalCommand::Events(a) => super::eval_events::run(g, a),
        EvalCommand::Ner(a) => super::eval_ner::run(g, a),
    }
}
