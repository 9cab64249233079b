//! PLOVER gold-standard records (`PLOVER_GSR_CAMEO.txt`: a JSON array, CC BY-SA 4.0; read at
//! evaluation time, never copied). One English sentence per record with one coded event: type,
//! source actors (→ actor) and target actors (→ recipient) by their text.
//!
//! The records use PLOVER 0.5 labels; those renamed in v2 go through `data/plover_gsr_types.tsv`
//! (DEMAND → REQUEST, FIGHT → ASSAULT, DISAPPROVE / INVESTIGATE → ACCUSE). `DOCUMENT` records are
//! skipped.

use super::mapping_table;
use crate::EvalError;
use crate::error::read_to_string;
use crate::events::{Actor, EvalEvent, GoldDoc};
use serde::Deserialize;
use std::path::Path;
use veille_core::EventType;

const TABLE: &str = include_str!("../../data/plover_gsr_types.tsv");

#[derive(Deserialize)]
struct RawRecord {
    id: String,
    event: String,
    #[serde(default)]
    text: Option<String>,
    #[serde(rename = "eventText", default)]
    event_text: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    language: Option<String>,
    /// A list of `{actorText, code}` objects, or `""` when there is none.
    #[serde(default)]
    source: serde_json::Value,
    #[serde(default)]
    target: serde_json::Value,
}

/// Loads the PLOVER gold-standard records as gold documents (one per record).
pub fn load(path: impl AsRef<Path>) -> Result<Vec<GoldDoc>, EvalError> {
    let path = path.as_ref();
    parse(&read_to_string(path)?).map_err(|e| EvalError::File { path: path.display().to_string(), msg: e })
}

/// Parses the JSON array text.
pub fn parse(text: &str) -> Result<Vec<GoldDoc>, String> {
    let renamed = mapping_table(TABLE, "plover_gsr_types.tsv").map_err(|e| e.to_string())?;
    let records: Vec<RawRecord> =
        serde_json::from_str(text).map_err(|e| format!("not a JSON array of PLOVER records: {e}"))?;
    let mut out = Vec::new();
    for r in records {
        let Some(text) = r.text.filter(|t| !t.trim().is_empty()) else { continue };
        let (kind, mode) = match EventType::parse(&r.event) {
            Some(k) => (k, None),
            None => match renamed.iter().find(|(l, _, _)| *l == r.event) {
                Some((_, k, m)) => (*k, m.clone()),
                None => continue,
            },
        };
        let names = |v: &serde_json::Value| -> Vec<Actor> {
            v.as_array()
                .into_iter()
                .flatten()
                .filter_map(|a| a.get("actorText").and_then(|t| t.as_str()))
                .filter(|t| !t.trim().is_empty())
                .map(Actor::name)
                .collect()
        };
        let published = r.date.filter(|d| veille_core::PartialDate::parse_iso(d).is_ok());
        out.push(GoldDoc {
            id: r.id,
            lang: r.language.unwrap_or_else(|| "en".into()),
            split: "test".into(),
            published,
            text,
            events: vec![EvalEvent {
                kind: Some(kind),
                mode,
                actor: names(&r.source),
                recipient: names(&r.target),
                trigger: r.event_text,
                ..EvalEvent::default()
            }],
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_old_labels_and_skips_documents() {
        let json = r#"[{"id":"d","event":"DOCUMENT","eventText":"x"},
          {"id":"a","event":"DEMAND","text":"Mali demanded that France leave.","date":"2000-01-01","language":"en",
           "source":[{"actorText":"Mali","code":"MLI"}],"target":[{"actorText":"France","code":"FRA"}]},
          {"id":"b","event":"AGREE","text":"Libya offered to hand over two suspects.","source":[{"actorText":"Libya"}],"target":""}]"#;
        let docs = parse(json).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].events[0].kind, Some(EventType::Request));
        assert_eq!(docs[0].events[0].recipient, vec![Actor::name("France")]);
        assert_eq!(docs[0].published.as_deref(), Some("2000-01-01"));
        assert_eq!(docs[1].events[0].kind, Some(EventType::Agree));
    }
}
