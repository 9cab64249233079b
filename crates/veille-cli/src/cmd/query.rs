//! Commands that read the store: `show`, `search`, `events`, `stats`.

use super::Global;
use clap::Args;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct ShowArgs {
    pub doc_id: String,
}

#[derive(Args, Debug)]
pub struct SearchArgs {
    pub query: String,
}

#[derive(Args, Debug)]
pub struct EventsArgs {}

pub fn show(_g: &Global, _a: ShowArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}
pub fn search(_g: &Global, _a: SearchArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}
pub fn events(_g: &Global, _a: EventsArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}
pub fn stats(_g: &Global) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}
