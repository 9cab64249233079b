//! `veille places NAME`.

use super::Global;
use clap::Args;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct PlacesArgs {
    /// A place name, as written in a report.
    pub name: String,
}

pub fn run(_g: &Global, _a: PlacesArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("veille places is not implemented yet")
}
