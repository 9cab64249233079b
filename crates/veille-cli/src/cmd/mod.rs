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

use anyhow::Context;
use std::path::PathBuf;
use veille_core::PartialDate;

/// Options shared by every command.
#[derive(Debug, Clone)]
pub struct Global {
    pub db: PathBuf,
    pub quiet: bool,
}

/// Parses a date flag (`--since`, `--until`, `--date`): YYYY, YYYY-MM or YYYY-MM-DD.
pub fn date_flag(flag: &str, value: Option<&str>) -> anyhow::Result<Option<PartialDate>> {
    value
        .map(|v| {
            PartialDate::parse_iso(v)
                .with_context(|| format!("--{flag} {v}: use YYYY, YYYY-MM or YYYY-MM-DD"))
        })
        .transpose()
}
