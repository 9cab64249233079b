//! The document loop shared by `ingest`, `extract` and `entities`: expand paths, read each
//! source, run the pipeline over documents in parallel chunks, hand results to a sink in input
//! order, show progress, and count what was read and skipped.

use indicatif::{ProgressBar, ProgressStyle};
use std::path::PathBuf;
use std::time::Instant;
use veille_core::Document;
use veille_core::record::Record;
use veille_extract::{ExtractOptions, Pipeline};
use veille_ingest::{Skipped, Warning};

/// Documents per parallel chunk: large enough to keep every core busy, small enough that
/// output starts at once and memory stays flat.
const CHUNK: usize = 256;

/// What a run read, for the closing summary.
#[derive(Debug, Default)]
pub struct Summary {
    pub sources: usize,
    pub documents: usize,
    pub bytes: u64,
    pub events: usize,
    /// Documents the caller chose not to extract (already stored).
    pub known: usize,
    pub skipped: Vec<Skipped>,
    pub warnings: Vec<Warning>,
    pub seconds: f64,
}

impl Summary {
    /// Prints the summary on stderr: counts, then every skipped document with its reason.
    pub fn print(&self, verb: &str) {
        let rate = if self.seconds > 0.0 { self.documents as f64 / self.seconds } else { 0.0 };
        eprintln!(
            "{verb} {} documents from {} sources ({:.1} MB) in {:.2} s ({rate:.0} docs/s); {} events; {} skipped; {} warnings",
            self.documents,
            self.sources,
            self.bytes as f64 / 1e6,
            self.seconds,
            self.events,
            self.skipped.len(),
            self.warnings.len(),
        );
        for w in &self.warnings {
            eprintln!("warning: {}: {}", w.origin, w.message);
        }
        for s in &self.skipped {
            eprintln!("skipped: {}: {}", s.origin, s.reason);
        }
    }
}

/// Number of worker threads: `--jobs`, else every core.
pub fn jobs(requested: Option<usize>) -> usize {
    requested
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

fn progress(len: usize, quiet: bool) -> ProgressBar {
    if quiet {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::new(len as u64);
    pb.set_style(
        ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {bar:30} {pos}/{len} sources · {msg} · {per_sec} · eta {eta}",
        )
        .expect("static template")
        .progress_chars("=> "),
    );
    pb
}

/// Runs the pipeline over every document under `paths`. Documents for which `known` says true
/// are counted and not extracted (e.g. already stored). `sink` gets each other document with its
/// record, in input order; it may fail (e.g. a store write), which stops the run.
pub fn run(
    paths: &[PathBuf],
    pipeline: &Pipeline,
    opts: &ExtractOptions,
    jobs: usize,
    quiet: bool,
    mut known: impl FnMut(&Document) -> bool,
    mut sink: impl FnMut(&Document, &Record) -> anyhow::Result<()>,
) -> anyhow::Result<Summary> {
    let sources = veille_ingest::sources(paths)?;
    let started = Instant::now();
    let pb = progress(sources.len(), quiet);
    let mut sum = Summary { sources: sources.len(), ..Summary::default() };
    let mut pending: Vec<Document> = Vec::with_capacity(CHUNK);
    let mut flush = |pending: &mut Vec<Document>, sum: &mut Summary| -> anyhow::Result<()> {
        for (doc, rec) in pending.iter().zip(extract_chunk(pipeline, opts, pending, jobs)) {
            sum.events += rec.events.len();
            sink(doc, &rec)?;
        }
        sum.documents += pending.len();
        pending.clear();
        Ok(())
    };
    for src in &sources {
        let batch = veille_ingest::read_source(src);
        sum.bytes += batch.bytes;
        sum.warnings.extend(batch.warnings);
        for item in batch.items {
            match item {
                Ok(doc) if known(&doc) => sum.known += 1,
                Ok(doc) => pending.push(doc),
                Err(s) => sum.skipped.push(s),
            }
            if pending.len() >= CHUNK {
                flush(&mut pending, &mut sum)?;
                pb.set_message(format!("{} docs", sum.documents));
            }
        }
        pb.inc(1);
    }
    flush(&mut pending, &mut sum)?;
    pb.finish_and_clear();
    sum.documents += sum.known;
    sum.seconds = started.elapsed().as_secs_f64();
    Ok(sum)
}

/// Extracts a chunk of documents on `jobs` threads; records come back in input order.
fn extract_chunk(pipeline: &Pipeline, opts: &ExtractOptions, docs: &[Document], jobs: usize) -> Vec<Record> {
    if jobs <= 1 || docs.len() < 2 {
        return docs.iter().map(|d| pipeline.extract(d, opts)).collect();
    }
    let per = docs.len().div_ceil(jobs);
    std::thread::scope(|s| {
        let handles: Vec<_> = docs
            .chunks(per)
            .map(|part| s.spawn(move || part.iter().map(|d| pipeline.extract(d, opts)).collect::<Vec<_>>()))
            .collect();
        handles.into_iter().flat_map(|h| h.join().expect("extraction thread panicked")).collect()
    })
}
