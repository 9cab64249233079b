//! Ingest: plain text, HTML, RSS/Atom and JSONL reports into normalized [`Document`]s.
//!
//! The unit of work is a [`Source`] (a file or standard input). Reading one gives a [`Batch`]:
//! zero or more [`Item`]s (a feed or a JSONL file holds many reports) and warnings. A bad
//! report is an `Err(Skipped)` item with its origin and the reason; it never aborts the batch.
//!
//! ```no_run
//! let sources = veille_ingest::sources(&["reports/"]).unwrap();
//! for src in &sources {
//!     let batch = veille_ingest::read_source(src);
//!     for item in batch.items {
//!         match item {
//!             Ok(doc) => println!("{} {:?}", doc.id, doc.title),
//!             Err(skip) => eprintln!("skipped {}: {}", skip.origin, skip.reason),
//!         }
//!     }
//! }
//! ```
//!
//! Pipeline per file: bytes → [`decode`] (BOM, binary check, UTF-8 / declared charset /
//! chardetng) → format [`sniff`] (extension and content) → format reader ([`plain`],
//! [`html`], [`feed`], [`jsonl`]) → `veille_text::normalize` on the body →
//! `veille_text::detect_lang` unless the source declares the language → `veille_core::doc_id`.

pub mod dates;
pub mod decode;
pub mod feed;
pub mod html;
pub mod jsonl;
pub mod plain;

use plain::Meta;
use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use veille_core::{Document, Lang, doc_id};

/// A report that could not be read, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// File path, `path:LINE` for JSONL, `path#N` for the N-th feed item.
    pub origin: String,
    pub reason: String,
}

/// Something worth telling the user that did not stop a report from being read
/// (e.g. a publication date that could not be parsed and was left unknown).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub origin: String,
    pub message: String,
}

/// One report read, or skipped with a reason.
pub type Item = Result<Document, Skipped>;

/// Input formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
    Feed,
    Jsonl,
    /// One JSON document: an array of report objects, or one object.
    Json,
}

/// Everything read from one source.
#[derive(Debug, Default)]
pub struct Batch {
    pub origin: String,
    /// Detected format; `None` when the file could not be decoded at all.
    pub format: Option<Format>,
    /// Raw size in bytes (for MB/s figures).
    pub bytes: u64,
    pub items: Vec<Item>,
    pub warnings: Vec<Warning>,
}

impl Batch {
    fn skipped(origin: &str, bytes: u64, reason: impl Into<String>) -> Batch {
        Batch {
            origin: origin.to_string(),
            bytes,
            items: vec![Err(Skipped { origin: origin.to_string(), reason: reason.into() })],
            ..Batch::default()
        }
    }
}

/// Errors about the *arguments* (a path that does not exist, a directory that cannot be
/// listed). Problems with one report are [`Skipped`] items instead.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("{0}: no such file or directory (check the path)")]
    NotFound(PathBuf),
    #[error("cannot list directory {path}: {source}")]
    ListDir { path: PathBuf, source: std::io::Error },
    #[error("cannot read {origin}: {source}")]
    Read { origin: String, source: std::io::Error },
}

/// Where reports come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    File(PathBuf),
    Stdin,
}

impl Source {
    pub fn origin(&self) -> String {
        match self {
            Source::File(p) => p.display().to_string(),
            Source::Stdin => "<stdin>".to_string(),
        }
    }
}

/// Expands arguments into sources: `-` is standard input, a directory is walked recursively
/// (sorted by name, hidden entries skipped), a file is itself. Order is deterministic.
pub fn sources<P: AsRef<Path>>(paths: &[P]) -> Result<Vec<Source>, IngestError> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for p in paths {
        let p = p.as_ref();
        if p == Path::new("-") {
            out.push(Source::Stdin);
        } else if p.is_dir() {
            walk_dir(p, &mut out, &mut seen)?;
        } else if p.exists() {
            out.push(Source::File(p.to_path_buf()));
        } else {
            return Err(IngestError::NotFound(p.to_path_buf()));
        }
    }
    Ok(out)
}

fn walk_dir(dir: &Path, out: &mut Vec<Source>, seen: &mut HashSet<PathBuf>) -> Result<(), IngestError> {
    let list_err = |source| IngestError::ListDir { path: dir.to_path_buf(), source };
    // A directory reached twice (through a symbolic link) is read once.
    if !seen.insert(std::fs::canonicalize(dir).map_err(list_err)?) {
        return Ok(());
    }
    let mut entries: Vec<(std::ffi::OsString, PathBuf)> = std::fs::read_dir(dir)
        .map_err(list_err)?
        .filter_map(|e| e.ok())
        .map(|e| (e.file_name(), e.path()))
        .filter(|(name, _)| !name.to_string_lossy().starts_with('.'))
        .collect();
    entries.sort();
    for (_, path) in entries {
        if path.is_dir() {
            walk_dir(&path, out, seen)?;
        } else if path.is_file() {
            out.push(Source::File(path));
        }
    }
    Ok(())
}

/// Reads one source. I/O errors become a skipped item, so a batch run carries on.
pub fn read_source(src: &Source) -> Batch {
    match src {
        Source::File(p) => read_file(p),
        Source::Stdin => match read_reader("<stdin>", std::io::stdin().lock()) {
            Ok(b) => b,
            Err(e) => Batch::skipped("<stdin>", 0, e.to_string()),
        },
    }
}

/// Reads every source under `path` (see [`sources`]).
pub fn read_path(path: &Path) -> Result<Vec<Batch>, IngestError> {
    Ok(sources(&[path])?.iter().map(read_source).collect())
}

/// Files larger than this are skipped: no press report is this big, and reading one whole
/// would only exhaust memory. Split large JSONL dumps.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// Reads one file; an unreadable or oversized file is a skipped item.
pub fn read_file(path: &Path) -> Batch {
    let origin = path.display().to_string();
    if let Ok(m) = std::fs::metadata(path)
        && m.len() > MAX_FILE_BYTES
    {
        let reason = format!(
            "file too large ({} MB; limit {} MB): split it",
            m.len() / 1_000_000,
            MAX_FILE_BYTES / 1_000_000
        );
        return Batch::skipped(&origin, m.len(), reason);
    }
    match std::fs::read(path) {
        Ok(bytes) => read_bytes(&origin, extension(path).as_deref(), &bytes),
        Err(e) => Batch::skipped(&origin, 0, format!("cannot read file: {e}")),
    }
}

/// Reads everything from `reader` (e.g. standard input); the format is sniffed from content.
pub fn read_reader(name: &str, mut reader: impl Read) -> Result<Batch, IngestError> {
    let mut bytes = Vec::new();
    reader
        .read_to_end(&mut bytes)
        .map_err(|source| IngestError::Read { origin: name.to_string(), source })?;
    Ok(read_bytes(name, None, &bytes))
}

fn extension(path: &Path) -> Option<String> {
    path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase())
}

/// Reads the reports in `bytes`. `ext` is the lower-case file extension, if any.
pub fn read_bytes(origin: &str, ext: Option<&str>, bytes: &[u8]) -> Batch {
    let size = bytes.len() as u64;
    let decoded = match decode::decode(bytes) {
        Ok(d) => d,
        Err(u) => return Batch::skipped(origin, size, u.reason()),
    };
    let format = sniff(ext, &decoded.text);
    let mut batch =
        Batch { origin: origin.to_string(), format: Some(format), bytes: size, ..Batch::default() };
    let mut warnings = Vec::new();
    match format {
        Format::Text => {
            let (meta, body) = plain::parse_plain(&decoded.text, &mut warnings);
            batch.items.push(build(meta, body, origin, &mut warnings));
            push_warnings(&mut batch, origin, warnings);
        }
        Format::Html => {
            let page = html::parse_html(&decoded.text, &mut warnings);
            batch.items.push(build(page.meta, &page.body, origin, &mut warnings));
            push_warnings(&mut batch, origin, warnings);
        }
        Format::Feed => {
            // feed-rs decodes by the XML declaration; hand it the original bytes unless they
            // were not UTF-8 and carry no declaration.
            let feed_bytes = if decoded.encoding == "UTF-8" || decoded.text.contains("encoding=") {
                bytes
            } else {
                decoded.text.as_bytes()
            };
            match feed::parse_feed(feed_bytes) {
                Ok(items) if items.is_empty() => batch
                    .items
                    .push(Err(Skipped { origin: origin.to_string(), reason: "feed has no items".into() })),
                Ok(items) => {
                    for (i, it) in items.into_iter().enumerate() {
                        let o = format!("{origin}#{}", i + 1);
                        let mut w = Vec::new();
                        batch.items.push(build(it.meta, &it.body, &o, &mut w));
                        push_warnings(&mut batch, &o, w);
                    }
                }
                Err(reason) => batch.items.push(Err(Skipped { origin: origin.to_string(), reason })),
            }
        }
        Format::Jsonl | Format::Json => {
            let (records, sep) = match format {
                Format::Json => (jsonl::parse_json(&decoded.text).unwrap_or_default(), '#'),
                _ => (jsonl::parse_jsonl(&decoded.text), ':'),
            };
            if records.is_empty() {
                batch
                    .items
                    .push(Err(Skipped { origin: origin.to_string(), reason: "no reports in JSON".into() }));
            }
            for (line, parsed) in records {
                let o = format!("{origin}{sep}{line}");
                match parsed {
                    Ok((meta, text, mut w)) => {
                        batch.items.push(build(meta, &text, &o, &mut w));
                        push_warnings(&mut batch, &o, w);
                    }
                    Err(reason) => batch.items.push(Err(Skipped { origin: o, reason })),
                }
            }
        }
    }
    batch
}

fn push_warnings(batch: &mut Batch, origin: &str, warnings: Vec<String>) {
    batch
        .warnings
        .extend(warnings.into_iter().map(|message| Warning { origin: origin.to_string(), message }));
}

/// Decides the format from the extension and the first bytes of the text. Content wins for
/// feeds and HTML (a `.txt` holding a web page is read as HTML); `.jsonl`/`.ndjson` are JSONL;
/// other files are JSONL when their first line is a JSON object, and JSON when the whole text
/// is a JSON array or object (pretty-printed exports).
pub fn sniff(ext: Option<&str>, text: &str) -> Format {
    // The head: the first 2048 chars, leading white space trimmed. Only markup reads more of it
    // than its first char, so only markup walks and lower-cases it.
    let lead = text.len() - text.trim_start().len();
    let first = if text[..lead].chars().count() < 2048 { text[lead..].chars().next() } else { None };
    let is_markup = first == Some('<');
    let head = if is_markup {
        let head_end = text.char_indices().nth(2048).map_or(text.len(), |(i, _)| i);
        text[..head_end].trim_start().to_ascii_lowercase()
    } else {
        String::new()
    };
    if is_markup && (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) {
        return Format::Feed;
    }
    if is_markup && (head.contains("<html") || head.contains("<!doctype html")) {
        return Format::Html;
    }
    match ext {
        Some("jsonl" | "ndjson") => return Format::Jsonl,
        Some("html" | "htm" | "xhtml") => return Format::Html,
        Some("rss" | "atom") => return Format::Feed,
        _ => {}
    }
    if first == Some('{') {
        let first = text.trim_start().lines().next().unwrap_or("");
        if serde_json::from_str::<serde_json::Value>(first).is_ok_and(|v| v.is_object()) {
            return Format::Jsonl;
        }
    }
    if matches!(first, Some('{' | '[')) && jsonl::parse_json(text).is_some() {
        return Format::Json;
    }
    if is_markup && (head.contains("<body") || head.contains("<p>") || head.contains("<article")) {
        return Format::Html;
    }
    Format::Text
}

/// Detection confidence above which the text's own language overrides a site-wide default.
const OVERRIDE_DEFAULT_LANG: f32 = 0.75;

/// Normalizes the body and assembles the document.
fn build(meta: Meta, body: &str, origin: &str, warnings: &mut Vec<String>) -> Item {
    let norm = veille_text::normalize(body.trim());
    let text = norm.text;
    if text.trim().is_empty() {
        return Err(Skipped {
            origin: origin.to_string(),
            reason: "no text (only a header or markup)".into(),
        });
    }
    let (lang, lang_confidence) = match meta.lang.as_deref().and_then(Lang::parse) {
        Some(declared) if meta.lang_is_default => {
            let (found, conf) = veille_text::detect_lang(&text);
            if found != declared && found != Lang::Other && conf >= OVERRIDE_DEFAULT_LANG {
                warnings.push(format!(
                    "the page declares language `{}` but the text reads as {found}; using {found}",
                    meta.lang.as_deref().unwrap_or_default()
                ));
                (found, conf)
            } else {
                (declared, 1.0)
            }
        }
        Some(declared) => (declared, 1.0),
        None => veille_text::detect_lang(&text),
    };
    let clean = |s: String| {
        let t = veille_text::normalize(&s).text;
        let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
        (!t.is_empty()).then_some(t)
    };
    let url = meta.url.and_then(clean);
    let id = meta.id.and_then(clean).unwrap_or_else(|| doc_id(&text, url.as_deref()));
    let (published, published_time) = match meta.published {
        Some(d) => (Some(d.date), d.time),
        None => (None, None),
    };
    Ok(Document {
        id,
        url,
        title: meta.title.and_then(clean),
        published,
        published_time,
        lang,
        lang_confidence,
        source: meta.source.and_then(clean),
        text,
        origin: Some(origin.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffing() {
        assert_eq!(sniff(Some("txt"), "Des hommes armés…"), Format::Text);
        assert_eq!(sniff(None, "<!DOCTYPE html><html><body>x</body></html>"), Format::Html);
        assert_eq!(sniff(Some("txt"), "  <html lang=fr><p>x</p></html>"), Format::Html);
        assert_eq!(sniff(Some("xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\">"), Format::Feed);
        assert_eq!(
            sniff(None, "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"),
            Format::Feed
        );
        assert_eq!(sniff(None, "{\"text\": \"a\"}\n{\"text\": \"b\"}"), Format::Jsonl);
        assert_eq!(sniff(Some("jsonl"), "garbage"), Format::Jsonl);
        assert_eq!(sniff(Some("htm"), "no markup at all"), Format::Html);
        assert_eq!(sniff(None, "{ not json"), Format::Text);
    }
}
