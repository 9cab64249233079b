//! `veille extract`: print extraction records, store nothing.

use super::{Global, docs};
use anyhow::Context;
use clap::{Args, ValueEnum};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use veille_core::record::Record;
use veille_extract::{ExtractOptions, Pipeline};

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ExtractFormat {
    /// One veille.doc/1 JSON record per line (schema/veille.doc-1.schema.json).
    Jsonl,
    /// Indented JSON, one record after another.
    Pretty,
}

#[derive(Args, Debug)]
pub struct ExtractArgs {
    /// Files, directories (read recursively), or - for standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: ExtractFormat,
    /// Add to each event the trigger and the rule that bound each slot.
    #[arg(long)]
    pub explain: bool,
    /// Turn the learned event filter on or off. It is on by default (the `@default` row of
    /// crates/veille-extract/data/learned_filter.tsv): it drops events its logistic regression finds
    /// unlikely; nested cross-validation over the tunable gold splits measures the gain, see
    /// scripts/learned_filter/README.md. `off` shows every event the rules read.
    #[arg(long, value_name = "on|off", value_parser = ["on", "off"])]
    pub learned_filter: Option<String>,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
}

pub fn run(g: &Global, a: ExtractArgs) -> anyhow::Result<ExitCode> {
    let pipeline = Pipeline::default_pipeline_with(a.learned_filter.as_deref().map(|v| v == "on"))
        .context("loading the extraction pipeline")?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let opts = ExtractOptions { explain: a.explain };
    // Each record is written into one reused buffer, then handed to the output at once: serde's
    // many small writes then go to a plain Vec instead of through the BufWriter.
    let mut line: Vec<u8> = Vec::with_capacity(1 << 16);
    let sum = docs::run(
        &a.paths,
        &pipeline,
        &opts,
        docs::jobs(a.jobs),
        g.quiet,
        |_| false,
        |_, rec: &Record| {
            line.clear();
            match a.format {
                ExtractFormat::Jsonl => serde_json::to_writer(&mut line, rec)?,
                ExtractFormat::Pretty => serde_json::to_writer_pretty(&mut line, rec)?,
            }
            line.push(b'\n');
            out.write_all(&line)?;
            Ok(())
        },
    )?;
    out.flush()?;
    if !g.quiet || !sum.skipped.is_empty() {
        sum.print("extracted");
    }
    Ok(ExitCode::SUCCESS)
}
