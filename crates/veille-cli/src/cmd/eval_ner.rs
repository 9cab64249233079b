//! `veille eval ner`.

use super::Global;
use clap::Args;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct EvalNerArgs {}

pub fn run(_g: &Global, _a: EvalNerArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}
