//! `veille eval …`.

use super::Global;
use clap::Subcommand;
use std::process::ExitCode;

#[derive(Subcommand, Debug)]
pub enum EvalCommand {}

pub fn run(_g: &Global, c: EvalCommand) -> anyhow::Result<ExitCode> {
    match c {}
}
