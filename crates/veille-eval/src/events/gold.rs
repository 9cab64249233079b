//! The event gold format: one JSON object per line (`data/dev/events.jsonl`).
//!
//! ```json
//! {"id": "fr-001", "lang": "fr", "split": "dev", "published": "2025-03-14", "text": "…",
//!  "events": [{"type": "ASSAULT", "mode": "firearms", "status": "asserted",
//!              "actor": ["kb:JNIM"], "recipient": ["kb:ML-FAMA"], "source": [],
//!              "country": "ML", "place": "Boulkessi", "geonames_id": 2461340,
//!              "date": "2025-03-11", "date_precision": "day", "fatalities": 12, "troops": null,
//!              "trigger": "embuscade", "background": false}]}
//! ```
//!
//! Actors are kb ids (`"kb:JNIM"`) or `{"name": "des hommes armés"}` objects for parties outside
//! the knowledge base. The same [`EvalEvent`] shape holds predicted events once read from a
//! `veille.doc/1` record, so the matcher compares like with like.

use crate::EvalError;
use crate::error::read_to_string;
use serde::{Deserialize, Deserializer, Serialize};
use std::path::Path;
use veille_core::{EventType, Status};

/// An actor slot value: a knowledge-base id, a name, or both.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Actor {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl Actor {
    pub fn id(id: &str) -> Self {
        Actor { id: Some(id.to_string()), name: None }
    }
    pub fn name(name: &str) -> Self {
        Actor { id: None, name: Some(name.to_string()) }
    }
    /// The id if any, else the name, for display.
    pub fn label(&self) -> &str {
        self.id.as_deref().or(self.name.as_deref()).unwrap_or("?")
    }
}

impl<'de> Deserialize<'de> for Actor {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Str(String),
            Obj {
                #[serde(default)]
                id: Option<String>,
                #[serde(default)]
                name: Option<String>,
            },
        }
        match Raw::deserialize(d)? {
            Raw::Str(s) if s.starts_with("kb:") => Ok(Actor { id: Some(s), name: None }),
            Raw::Str(s) => Ok(Actor { id: None, name: Some(s) }),
            Raw::Obj { id, name } => {
                if id.is_none() && name.is_none() {
                    return Err(serde::de::Error::custom("an actor object needs \"id\" or \"name\""));
                }
                Ok(Actor { id, name })
            }
        }
    }
}

/// One event, gold or predicted.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EvalEvent {
    #[serde(rename = "type")]
    pub kind: Option<EventType>,
    #[serde(default)]
    pub mode: Option<String>,
    #[serde(default)]
    pub status: Status,
    #[serde(default)]
    pub actor: Vec<Actor>,
    #[serde(default)]
    pub recipient: Vec<Actor>,
    #[serde(default)]
    pub source: Vec<Actor>,
    /// ISO 3166-1 alpha-2 of where the event took place.
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub geonames_id: Option<u64>,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub date_precision: Option<String>,
    #[serde(default)]
    pub fatalities: Option<u64>,
    #[serde(default)]
    pub troops: Option<u64>,
    /// The trigger word or phrase (gold), for the misses listing.
    #[serde(default)]
    pub trigger: Option<String>,
    #[serde(default)]
    pub background: bool,
    /// Evidence text of a predicted event (not part of the gold format).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    /// The place as the text writes it, for a predicted event whose gazetteer name is spelled
    /// otherwise ("Banibangou" / "Bani Bangou"; not part of the gold format, where `place` is
    /// already as written).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place_mention: Option<String>,
}

impl EvalEvent {
    /// The event type; gold loading rejects events without one.
    pub fn kind(&self) -> EventType {
        self.kind.unwrap_or(EventType::Assault)
    }
}

/// One gold document with the events it reports.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GoldDoc {
    pub id: String,
    #[serde(default)]
    pub lang: String,
    /// `dev`, `dev2`, `dev3` (may be tuned on) or `heldout`, `heldout2` (never tuned on;
    /// `heldout2` lives in its own file, written blind to the extractor).
    #[serde(default = "default_split")]
    pub split: String,
    /// ISO 8601 publication date, any precision.
    #[serde(default)]
    pub published: Option<String>,
    pub text: String,
    #[serde(default)]
    pub events: Vec<EvalEvent>,
}

fn default_split() -> String {
    "dev".to_string()
}

const SPLITS: &[&str] = &[
    "dev",
    "dev2",
    "dev3",
    "dev4",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "dev9",
    "heldout6",
    "dev10",
    "heldout7",
    "dev11",
    "heldout8",
    "dev12",
    "heldout9",
    "dev13",
    "heldout10",
    "dev14",
    "heldout11",
    "dev15",
    "dev16",
    "heldout12",
    "dev17",
    "heldout13",
    "dev18",
    "dev19",
    "dev20",
    "dev21",
    "heldout14",
    "dev22",
    "dev23",
    "dev24",
    "dev25",
    "heldout15",
    "dev26",
    "dev27",
    "dev28",
    "dev29",
    "heldout16",
    "dev30",
    "dev31",
    "dev32",
    "heldout17",
    "dev33",
    "dev34",
    "dev35",
    "heldout18",
    "dev36",
    "dev37",
    "dev38",
    "test",
];

/// Reads a gold JSONL file (see the module doc). Blank lines and lines starting with `//` are
/// skipped. Every problem names the line.
pub fn load_gold(path: impl AsRef<Path>) -> Result<Vec<GoldDoc>, EvalError> {
    let path = path.as_ref();
    let text = read_to_string(path)?;
    parse_gold(&text).map_err(|(line, msg)| EvalError::line(path, line, msg))
}

/// Parses gold JSONL text; the error is `(line number, message)`.
pub fn parse_gold(text: &str) -> Result<Vec<GoldDoc>, (usize, String)> {
    let mut docs = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        let line = line.trim();
        if line.is_empty() || line.starts_with("//") {
            continue;
        }
        let doc: GoldDoc =
            serde_json::from_str(line).map_err(|e| (n, format!("not a gold document: {e}")))?;
        check_doc(&doc).map_err(|m| (n, format!("document {}: {m}", doc.id)))?;
        if !ids.insert(doc.id.clone()) {
            return Err((n, format!("document id {} appears twice", doc.id)));
        }
        docs.push(doc);
    }
    Ok(docs)
}

fn check_doc(doc: &GoldDoc) -> Result<(), String> {
    if doc.id.trim().is_empty() {
        return Err("empty \"id\"".into());
    }
    if doc.text.trim().is_empty() {
        return Err("empty \"text\"".into());
    }
    if !SPLITS.contains(&doc.split.as_str()) {
        return Err(format!("\"split\" is {:?}; use one of {SPLITS:?}", doc.split));
    }
    if let Some(p) = &doc.published {
        veille_core::PartialDate::parse_iso(p).map_err(|e| format!("\"published\" {p:?}: {e}"))?;
    }
    for (k, e) in doc.events.iter().enumerate() {
        if e.kind.is_none() {
            return Err(format!("event {k} has no \"type\""));
        }
        if let Some(d) = &e.date {
            veille_core::PartialDate::parse_iso(d)
                .map_err(|err| format!("event {k}: \"date\" {d:?}: {err}"))?;
        }
        if let Some(c) = &e.country
            && (c.len() != 2 || !c.bytes().all(|b| b.is_ascii_uppercase()))
        {
            return Err(format!("event {k}: \"country\" {c:?} is not an ISO 3166-1 alpha-2 code"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_ids_names_and_defaults() {
        let line = r#"{"id":"x","lang":"fr","text":"t","events":[{"type":"ASSAULT","actor":["kb:JNIM",{"name":"des hommes armés"}],"recipient":[{"id":"kb:ML-FAMA","name":"FAMa"}]}]}"#;
        let docs = parse_gold(line).unwrap();
        let e = &docs[0].events[0];
        assert_eq!(docs[0].split, "dev");
        assert_eq!(e.kind, Some(EventType::Assault));
        assert_eq!(e.status, Status::Asserted);
        assert_eq!(e.actor, vec![Actor::id("kb:JNIM"), Actor::name("des hommes armés")]);
        assert_eq!(e.recipient[0].id.as_deref(), Some("kb:ML-FAMA"));
    }

    #[test]
    fn errors_name_the_line() {
        let text = "{\"id\":\"a\",\"text\":\"t\"}\n\n{\"id\":\"b\",\"text\":\"t\",\"split\":\"train\"}\n";
        let (line, msg) = parse_gold(text).unwrap_err();
        assert_eq!(line, 3);
        assert!(msg.contains("split"), "{msg}");
        let (line, msg) =
            parse_gold("{\"id\":\"a\",\"text\":\"t\"}\n{\"id\":\"a\",\"text\":\"u\"}").unwrap_err();
        assert_eq!(line, 2);
        assert!(msg.contains("twice"));
        let (_, msg) = parse_gold(r#"{"id":"a","text":"t","events":[{"type":"PARTY"}]}"#).unwrap_err();
        assert!(msg.contains("not a gold document"), "{msg}");
        let (_, msg) =
            parse_gold(r#"{"id":"a","text":"t","events":[{"type":"AID","country":"Mali"}]}"#).unwrap_err();
        assert!(msg.contains("alpha-2"), "{msg}");
    }
}
