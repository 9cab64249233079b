//! `veille ingest`: read reports, extract, store.

use super::{Global, docs};
use anyhow::Context;
use clap::Args;
use std::cell::RefCell;
use std::path::PathBuf;
use std::process::ExitCode;
use veille_core::Document;
use veille_core::record::Record;
use veille_extract::{ExtractOptions, Pipeline};
use veille_store::{PutOutcome, Store, StoreError};

#[derive(Args, Debug)]
#[command(
    after_help = "Formats are recognised by extension and content: plain text (optional ` date YYYY-MM-DD ` \
header line or `key: value` front matter: url, published, title, source, lang), HTML pages, RSS/Atom feeds \
(one document per item), JSONL (one document per line: text, url, title, published, lang, source).\n\
A report that cannot be read is reported and skipped; the others are stored. Re-ingesting the same \
report changes nothing (its id is the sha256 of its URL or normalized text)."
)]
pub struct IngestArgs {
    /// Files, directories (read recursively), or - for standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Re-extract documents already stored and replace their entities and events.
    #[arg(long)]
    pub replace: bool,
    /// Worker threads for extraction (default: all cores).
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
    /// Exit with status 1 when any document was skipped.
    #[arg(long)]
    pub strict: bool,
}

/// Documents written per transaction.
const BATCH: usize = 128;

struct Writer {
    store: Store,
    replace: bool,
    batch: Vec<(Document, Record)>,
    inserted: usize,
    unchanged: usize,
    replaced: usize,
    /// Documents the store refused (origin, reason): reported and skipped, the run goes on.
    failed: Vec<(String, String)>,
}

impl Writer {
    fn push(&mut self, doc: &Document, rec: &Record) -> anyhow::Result<()> {
        self.batch.push((doc.clone(), rec.clone()));
        if self.batch.len() >= BATCH { self.flush() } else { Ok(()) }
    }

    fn count(&mut self, o: PutOutcome) {
        match o {
            PutOutcome::Inserted => self.inserted += 1,
            PutOutcome::Unchanged => self.unchanged += 1,
            PutOutcome::Replaced => self.replaced += 1,
        }
    }

    fn flush(&mut self) -> anyhow::Result<()> {
        let batch = std::mem::take(&mut self.batch);
        if batch.is_empty() {
            return Ok(());
        }
        if !self.replace {
            match self.store.put_many(batch.iter().map(|(d, r)| (d, r))) {
                Ok(outs) => {
                    outs.into_iter().for_each(|o| self.count(o));
                    return Ok(());
                }
                // One bad document spoils the batch transaction: retry one by one to name it.
                Err(e) if !is_fatal(&e) => {}
                Err(e) => return Err(e).context("writing to the store"),
            }
        }
        for (d, r) in &batch {
            let put = if self.replace { self.store.replace(d, r) } else { self.store.put(d, r) };
            match put {
                Ok(o) => self.count(o),
                Err(e) if !is_fatal(&e) => self.failed.push((origin(d), format!("not stored: {e}"))),
                Err(e) => return Err(e).with_context(|| format!("storing {}", origin(d))),
            }
        }
        Ok(())
    }
}

/// Errors about the store itself (disk full, locked, corrupt) stop the run; errors about one
/// document's content only skip that document.
fn is_fatal(e: &StoreError) -> bool {
    !matches!(e, StoreError::InvalidRecord { .. })
}

fn origin(d: &Document) -> String {
    d.origin.clone().unwrap_or_else(|| d.id.clone())
}

pub fn run(g: &Global, a: IngestArgs) -> anyhow::Result<ExitCode> {
    let store = Store::open(&g.db).with_context(|| format!("opening store {}", g.db.display()))?;
    let pipeline = Pipeline::default_pipeline().context("loading the extraction pipeline")?;
    let w = RefCell::new(Writer {
        store,
        replace: a.replace,
        batch: Vec::new(),
        inserted: 0,
        unchanged: 0,
        replaced: 0,
        failed: Vec::new(),
    });
    // Documents already stored are not extracted again (unless --replace); a store error here
    // just means "extract it", and the write will report the problem.
    let known = |d: &Document| {
        if a.replace {
            return false;
        }
        let mut w = w.borrow_mut();
        let stored = w.batch.iter().any(|(b, _)| b.id == d.id) || w.store.contains(&d.id).unwrap_or(false);
        if stored {
            w.unchanged += 1;
        }
        stored
    };
    let sum = docs::run(
        &a.paths,
        &pipeline,
        &ExtractOptions::default(),
        docs::jobs(a.jobs),
        g.quiet,
        known,
        |d, r| w.borrow_mut().push(d, r),
    )?;
    let mut w = w.into_inner();
    w.flush()?;
    if w.inserted + w.replaced >= 1000 {
        // Merge the full-text index segments written batch by batch: faster searches later.
        w.store.optimize().context("optimizing the full-text index")?;
    }
    sum.print("read");
    for (o, why) in &w.failed {
        eprintln!("skipped: {o}: {why}");
    }
    eprintln!(
        "store {}: {} new, {} already stored (unchanged), {} replaced",
        g.db.display(),
        w.inserted,
        w.unchanged,
        w.replaced
    );
    Ok(if a.strict && (!sum.skipped.is_empty() || !w.failed.is_empty()) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
