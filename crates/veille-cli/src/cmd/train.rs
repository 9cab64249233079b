//! `veille train …`.

use super::Global;
use clap::Subcommand;
use std::process::ExitCode;

#[derive(Subcommand, Debug)]
pub enum TrainCommand {}

pub fn run(_g: &Global, c: TrainCommand) -> anyhow::Result<ExitCode> {
    match c {}
}
