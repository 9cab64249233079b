//! One module per command family. Each exposes clap argument types and `run` functions
//! returning `anyhow::Result<ExitCode>`.

pub mod docs;
pub mod eval;
pub mod eval_events;
pub mod eval_ner;
pub mod extract;
pub mod ingest;
pub mod kb;
pub mod places;
pub mod query;
pub mod train;

use std::path::PathBuf;

/// Options shared by every command.
#[derive(Debug, Clone)]
pub struct Global {
    pub db: PathBuf,
    pub quiet: bool,
}
