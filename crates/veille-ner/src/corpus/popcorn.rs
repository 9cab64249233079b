//! Reader for the POPCORN French corpus (`train.json` / `test.json`).
//!
//! File shape: a JSON object `{doc_id: {text, entities: [{id, type, value?, mentions:
//! [{value, start, end}]}], relations: [[subj_id, PREDICATE, obj_id]]}}`. Offsets are
//! **char** (Unicode scalar) indices, end-exclusive, kept exactly as in the file; use
//! [`char_to_byte`] / [`CharToByte`] to slice Rust strings.
//!
//! The loader keeps every entity type and every relation: the event evaluation reuses it.

use crate::NerError;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// One POPCORN report.
#[derive(Clone, Debug, PartialEq)]
pub struct PopcornDoc {
    pub id: String,
    pub text: String,
    pub entities: Vec<PopcornEntity>,
    /// `(subject entity id, predicate, object entity id)`, ids as strings.
    pub relations: Vec<(String, String, String)>,
}

/// An entity with all its mentions (coreference chain).
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct PopcornEntity {
    #[serde(deserialize_with = "id_as_string")]
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    /// Normalised value of attribute entities (TIME_EXACT `30/03/2015`, QUANTITY_EXACT `20`).
    #[serde(default)]
    pub value: Option<String>,
    #[serde(default)]
    pub mentions: Vec<PopcornMention>,
}

/// One mention: surface text and **char** offsets `[start, end)` into [`PopcornDoc::text`].
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct PopcornMention {
    pub value: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Deserialize)]
struct RawDoc {
    text: String,
    #[serde(default)]
    entities: Vec<PopcornEntity>,
    #[serde(default)]
    relations: Vec<(serde_json::Value, String, serde_json::Value)>,
}

fn id_as_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let v = serde_json::Value::deserialize(d)?;
    Ok(value_to_id(&v))
}

fn value_to_id(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Loads a POPCORN file. Documents come back sorted by id (deterministic order).
pub fn load(path: impl AsRef<Path>) -> Result<Vec<PopcornDoc>, NerError> {
    let path = path.as_ref();
    let bytes = std::fs::read(path).map_err(|e| NerError::io(path, e))?;
    parse(&bytes).map_err(|e| NerError::Corpus { path: path.display().to_string(), msg: e })
}

/// Parses the content of a POPCORN file (see [`load`]).
pub fn parse(bytes: &[u8]) -> Result<Vec<PopcornDoc>, String> {
    // train.json / test.json are one object; synthetic.json is an array of such objects
    // (its documents get ids `<k>:<doc_id>`).
    let raw: BTreeMap<String, RawDoc> = match serde_json::from_slice::<Vec<BTreeMap<String, RawDoc>>>(bytes) {
        Ok(parts) => parts
            .into_iter()
            .enumerate()
            .flat_map(|(k, m)| m.into_iter().map(move |(id, d)| (format!("{k}:{id}"), d)))
            .collect(),
        Err(_) => serde_json::from_slice(bytes).map_err(|e| {
            format!("not a POPCORN JSON object {{doc_id: {{text, entities, relations}}}}: {e}")
        })?,
    };
    let mut docs = Vec::with_capacity(raw.len());
    for (id, d) in raw {
        let nchars = d.text.chars().count();
        for e in &d.entities {
            for m in &e.mentions {
                if m.start > m.end || m.end > nchars {
                    return Err(format!(
                        "document {id}: entity {} mention {}..{} outside the text ({nchars} chars)",
                        e.id, m.start, m.end
                    ));
                }
            }
        }
        let relations =
            d.relations.iter().map(|(s, p, o)| (value_to_id(s), p.clone(), value_to_id(o))).collect();
        docs.push(PopcornDoc { id, text: d.text, entities: d.entities, relations });
    }
    Ok(docs)
}

/// Byte offset of char offset `c` in `text` (`text.len()` when `c` is the char count or more).
pub fn char_to_byte(text: &str, c: usize) -> usize {
    text.char_indices().nth(c).map_or(text.len(), |(b, _)| b)
}

/// Char→byte conversion table for one text, built once (O(n)), each lookup O(1).
#[derive(Clone, Debug)]
pub struct CharToByte {
    starts: Vec<usize>,
}

impl CharToByte {
    pub fn new(text: &str) -> Self {
        let mut starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        starts.push(text.len());
        CharToByte { starts }
    }
    /// Byte offset of char offset `c`; `None` past the end of the text.
    pub fn byte(&self, c: usize) -> Option<usize> {
        self.starts.get(c).copied()
    }
}

/// POPCORN type → NER label table (`data/popcorn_types.tsv`); `O` types are absent.
pub fn type_map() -> std::collections::HashMap<&'static str, &'static str> {
    include_str!("../../data/popcorn_types.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
        .map(|(t, l)| (t.trim(), l.trim()))
        .filter(|&(_, l)| l != "O")
        .collect()
}

/// NER view of POPCORN documents: mentions of mapped types that are names
/// ([`super::is_name`]); attribute entities (with a `value`) are skipped; overlaps resolved
/// longest first. See MAPPING.md.
pub fn to_ner(docs: &[PopcornDoc]) -> Vec<super::NerDoc> {
    let map = type_map();
    docs.iter()
        .map(|d| {
            let idx = CharToByte::new(&d.text);
            let mut cands = Vec::new();
            for e in d.entities.iter().filter(|e| e.value.is_none()) {
                let Some(&label) = map.get(e.kind.as_str()) else { continue };
                for m in &e.mentions {
                    let (Some(s), Some(t)) = (idx.byte(m.start), idx.byte(m.end)) else { continue };
                    let span = super::trim_span(&d.text, veille_core::Span::new(s, t));
                    if super::is_name(span.slice(&d.text)) {
                        cands.push((0, super::GoldEntity { span, label: label.to_string() }));
                    }
                }
            }
            super::NerDoc {
                id: d.id.clone(),
                lang: veille_core::Lang::Fr,
                text: d.text.clone(),
                entities: super::resolve_overlaps(cands),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_entities_relations_and_offsets() {
        let json = r#"{"d2": {"text": "À Ménaka, l’armée.", "entities": [
              {"id": 0, "type": "PLACE", "mentions": [{"value": "Ménaka", "start": 2, "end": 8}]},
              {"id": 1, "type": "TIME_EXACT", "value": "01/02/2020", "mentions": []}],
              "relations": [[0, "IS_LOCATED_IN", 1]]},
            "d1": {"text": "x", "entities": [], "relations": []}}"#;
        let docs = parse(json.as_bytes()).unwrap();
        assert_eq!(docs[0].id, "d1");
        let d = &docs[1];
        assert_eq!(d.entities[1].value.as_deref(), Some("01/02/2020"));
        assert_eq!(d.relations, vec![("0".into(), "IS_LOCATED_IN".into(), "1".into())]);
        let m = &d.entities[0].mentions[0];
        let idx = CharToByte::new(&d.text);
        let (s, e) = (idx.byte(m.start).unwrap(), idx.byte(m.end).unwrap());
        assert_eq!(&d.text[s..e], "Ménaka");
        assert_eq!(char_to_byte(&d.text, m.start), s);
    }

    #[test]
    fn rejects_out_of_range_mentions() {
        let json = r#"{"d": {"text": "abc", "entities": [
              {"id": 0, "type": "PLACE", "mentions": [{"value": "x", "start": 2, "end": 9}]}], "relations": []}}"#;
        assert!(parse(json.as_bytes()).unwrap_err().contains("outside the text"));
    }
}
