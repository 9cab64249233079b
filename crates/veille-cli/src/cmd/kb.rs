//! `veille kb …` and `veille entities`.

use super::Global;
use clap::{Args, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Subcommand, Debug)]
pub enum KbCommand {
    /// Resolve a name ("Moscou", "le président nigérien") to knowledge-base entities.
    Lookup {
        name: String,
        /// Resolve roles as of this date (YYYY[-MM[-DD]]); default today.
        #[arg(long)]
        date: Option<String>,
    },
    /// Show one entity: aliases, roles, memberships over time.
    Show { id: String },
}

#[derive(Args, Debug)]
pub struct EntitiesArgs {
    /// Report files or directories.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

pub fn run(_g: &Global, _c: KbCommand) -> anyhow::Result<ExitCode> {
    anyhow::bail!("veille kb is not implemented yet")
}

pub fn entities(_g: &Global, _a: EntitiesArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("veille entities is not implemented yet")
}
