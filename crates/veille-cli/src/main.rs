//! `veille`: turn Sahel security reports into events, offline.
//!
//! This binary only parses flags and wires the libraries together; each command family lives in
//! its own module under `cmd/`.

mod cmd;

use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// mimalloc instead of the system allocator: the pipeline makes many small, short-lived
/// allocations per document (tokens, spans, strings), where glibc malloc/free cost ~9% of
/// `veille extract`'s time.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser, Debug)]
#[command(
    name = "veille",
    version,
    about = "Extract security events from French and English reports on the Sahel, offline.",
    long_about = "veille reads press reports (plain text, HTML, RSS/Atom, JSONL), finds the actors, places, \
dates and figures they mention, extracts PLOVER-typed events with evidence, and keeps them in an \
embedded SQLite store you can query.\n\n\
Typical session:\n  veille ingest examples/reports      # read reports into ./veille.db\n  \
veille events --since 2025-01-01    # list what happened\n  veille extract report.txt --format pretty"
)]
pub struct Cli {
    /// SQLite store to use (created if missing).
    #[arg(long, global = true, env = "VEILLE_DB", default_value = "veille.db")]
    pub db: PathBuf,

    /// Do not show progress bars.
    #[arg(long, global = true)]
    pub quiet: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Read reports into the store (files, directories, or - for stdin), extracting events.
    Ingest(cmd::ingest::IngestArgs),
    /// Print extraction records for reports, without storing anything.
    Extract(cmd::extract::ExtractArgs),
    /// Show a stored document's normalized text with numbered sentences.
    Show(cmd::query::ShowArgs),
    /// Full-text search over stored documents.
    Search(cmd::query::SearchArgs),
    /// List stored events, with filters.
    Events(cmd::query::EventsArgs),
    /// Counts of what the store holds.
    Stats(cmd::query::StatsArgs),
    /// Knowledge base: look up names, show entities.
    #[command(subcommand)]
    Kb(cmd::kb::KbCommand),
    /// List the entity mentions found in reports, with offsets and resolutions.
    Entities(cmd::kb::EntitiesArgs),
    /// Gazetteer candidates for a place name, with scores.
    Places(cmd::places::PlacesArgs),
    /// Score veille against gold data.
    #[command(subcommand)]
    Eval(cmd::eval::EvalCommand),
    /// Train models.
    #[command(subcommand)]
    Train(cmd::train::TrainCommand),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let global = cmd::Global { db: cli.db.clone(), quiet: cli.quiet };
    let result = match cli.command {
        Command::Ingest(a) => cmd::ingest::run(&global, a),
        Command::Extract(a) => cmd::extract::run(&global, a),
        Command::Show(a) => cmd::query::show(&global, a),
        Command::Search(a) => cmd::query::search(&global, a),
        Command::Events(a) => cmd::query::events(&global, a),
        Command::Stats(a) => cmd::query::stats(&global, a),
        Command::Kb(c) => cmd::kb::run(&global, c),
        Command::Entities(a) => cmd::kb::entities(&global, a),
        Command::Places(a) => cmd::places::run(&global, a),
        Command::Eval(c) => cmd::eval::run(&global, c),
        Command::Train(c) => cmd::train::run(&global, c),
    };
    match result {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::from(2)
        }
    }
}

/// `veille events | head` closes our stdout early: that is not an error worth a message.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<serde_json::Error>()
                .and_then(|j| j.io_error_kind())
                .is_some_and(|k| k == std::io::ErrorKind::BrokenPipe)
    })
}
