//! A normalized report and its metadata.

use crate::{Lang, PartialDate};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// One report, after ingest: metadata plus the **normalized** body text that every offset
/// in veille points into.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// sha256 (hex) of the canonical URL when known, else of the normalized text.
    pub id: String,
    pub url: Option<String>,
    pub title: Option<String>,
    /// Publication date to the precision the source gives.
    pub published: Option<PartialDate>,
    /// Full RFC 3339 date-time when the source gives one (e.g. `2025-04-04T09:12:00+00:00`).
    pub published_time: Option<String>,
    pub lang: Lang,
    /// Confidence of the language identification, 0..=1 (1 when the source declared it).
    pub lang_confidence: f32,
    pub source: Option<String>,
    /// Normalized body text (NFC, typographic marks mapped, spaces unified).
    pub text: String,
    /// Where the document came from (file path, `path:line` for JSONL, feed item), for messages.
    pub origin: Option<String>,
}

/// The id of a document: sha256 of its URL when it has one, else of its normalized text.
pub fn doc_id(normalized_text: &str, url: Option<&str>) -> String {
    let mut h = Sha256::new();
    match url.map(str::trim).filter(|u| !u.is_empty()) {
        Some(u) => h.update(u.as_bytes()),
        None => h.update(normalized_text.as_bytes()),
    }
    hex::encode(h.finalize())
}

impl Document {
    /// The `published` field of the output record: the date-time if known, else the partial date.
    pub fn published_string(&self) -> Option<String> {
        self.published_time.clone().or_else(|| self.published.map(|d| d.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_prefers_url_and_is_stable() {
        let a = doc_id("texte", None);
        assert_eq!(a.len(), 64);
        assert_eq!(a, doc_id("texte", Some("  ")));
        assert_ne!(a, doc_id("texte", Some("https://example.org/a")));
        assert_eq!(doc_id("x", Some("https://example.org/a")), doc_id("y", Some("https://example.org/a")));
    }
}
