//! Reader for re3d (English, security domain): `<subset>/documents.json` and
//! `<subset>/entities.json`, one JSON object per line. Entity offsets are char offsets into the
//! document text; the few whose text does not match `value` are dropped.
//!
//! Split (documented in MAPPING.md): all documents of all subsets sorted by `_id`; every fifth
//! (index % 5 == 4) is `Test`, the others `Train`.

use super::{GoldEntity, NerDoc, Split};
use crate::NerError;
use crate::corpus::popcorn::CharToByte;
use serde::Deserialize;
use std::path::Path;
use veille_core::Span;

/// One re3d document with all its entities (every type kept).
#[derive(Clone, Debug, PartialEq)]
pub struct Re3dDoc {
    pub id: String,
    pub subset: String,
    pub text: String,
    pub entities: Vec<Re3dEntity>,
}

/// One entity annotation (char offsets).
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Re3dEntity {
    pub begin: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub kind: String,
    pub value: String,
    #[serde(rename = "documentId")]
    pub document_id: String,
    #[serde(default)]
    pub confidence: f64,
}

#[derive(Deserialize)]
struct RawDoc {
    #[serde(rename = "_id")]
    id: String,
    text: String,
}

fn read_lines<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<Vec<T>, NerError> {
    let s = std::fs::read_to_string(path).map_err(|e| NerError::io(path, e))?;
    s.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            serde_json::from_str(l).map_err(|e| NerError::Corpus {
                path: path.display().to_string(),
                msg: format!("line {}: {e}", n + 1),
            })
        })
        .collect()
}

/// Loads every subset under `dir` (each a folder with `documents.json` and `entities.json`),
/// documents sorted by id.
pub fn load(dir: impl AsRef<Path>) -> Result<Vec<Re3dDoc>, NerError> {
    let dir = dir.as_ref();
    let rd = std::fs::read_dir(dir).map_err(|e| NerError::io(dir, e))?;
    let mut subsets: Vec<_> =
        rd.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.join("documents.json").is_file()).collect();
    subsets.sort();
    if subsets.is_empty() {
        return Err(NerError::Corpus {
            path: dir.display().to_string(),
            msg: "no subset folder with documents.json found (expected re3d_en/<subset>/documents.json)"
                .into(),
        });
    }
    let mut docs = Vec::new();
    for sub in subsets {
        let name = sub.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let raw: Vec<RawDoc> = read_lines(&sub.join("documents.json"))?;
        let ents: Vec<Re3dEntity> = read_lines(&sub.join("entities.json"))?;
        for d in raw {
            let entities = ents.iter().filter(|e| e.document_id == d.id).cloned().collect();
            docs.push(Re3dDoc { id: d.id, subset: name.clone(), text: d.text, entities });
        }
    }
    docs.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(docs)
}

/// re3d type → NER label: Person → PER, Organisation → ORG, Location → LOC, others none.
pub fn map_type(t: &str) -> Option<&'static str> {
    match t {
        "Person" => Some("PER"),
        "Organisation" => Some("ORG"),
        "Location" => Some("LOC"),
        _ => None,
    }
}

/// NER view of one split: mapped types, names only ([`super::is_name`]), overlaps resolved by
/// confidence then length.
pub fn to_ner(docs: &[Re3dDoc], split: Split) -> Vec<NerDoc> {
    docs.iter()
        .enumerate()
        .filter(|(i, _)| match split {
            Split::Train => i % 5 != 4,
            Split::Test => i % 5 == 4,
            Split::All => true,
        })
        .map(|(_, d)| {
            let idx = CharToByte::new(&d.text);
            let mut cands = Vec::new();
            for e in &d.entities {
                let Some(label) = map_type(&e.kind) else { continue };
                let (Some(s), Some(t)) = (idx.byte(e.begin), idx.byte(e.end)) else { continue };
                if s > t || d.text[s..t] != *e.value {
                    continue;
                }
                let span = super::trim_span(&d.text, Span::new(s, t));
                if super::is_name(span.slice(&d.text)) {
                    cands.push(((e.confidence * 100.0) as i32, GoldEntity { span, label: label.into() }));
                }
            }
            NerDoc {
                id: d.id.clone(),
                lang: veille_core::Lang::En,
                text: d.text.clone(),
                entities: super::resolve_overlaps(cands),
            }
        })
        .collect()
}
