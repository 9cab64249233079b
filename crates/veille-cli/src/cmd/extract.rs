//! `veille extract`.

use super::Global;
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct ExtractArgs {
    /// Files, directories (read recursively), or - for standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

pub fn run(_g: &Global, _a: ExtractArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}
