//! `veille eval events`.

use super::Global;
use clap::Args;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct EvalEventsArgs {}

pub fn run(_g: &Global, _a: EvalEventsArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}
