//! POPCORN (French, MIT): event entities with their INITIATED / IS_LOCATED_IN / DEATHS_NUMBER
//! relations, mapped to PLOVER by `data/popcorn_plover.tsv`. Read with the NER crate's loader.
//!
//! One gold event per event entity (an entity is a coreference chain, so all its mentions are one
//! event): type and mode from the table; actor = the entities that INITIATED it; place = the
//! PLACE it IS_LOCATED_IN; fatalities = the number of its DEATHS_NUMBER relation; trigger = its
//! first mention. Recipient, date and status are not annotated in POPCORN (status stays
//! `asserted`). Event entities of unmapped types are left out, and scoring should be restricted to
//! [`TYPES`] since POPCORN does not annotate the other PLOVER types.

use super::mapping_table;
use crate::EvalError;
use crate::events::{Actor, EvalEvent, GoldDoc};
use std::collections::HashMap;
use std::path::Path;
use veille_core::EventType;
use veille_ner::corpus::popcorn::{PopcornDoc, PopcornEntity};

const TABLE: &str = include_str!("../../data/popcorn_plover.tsv");

/// The PLOVER types POPCORN annotates (through the table).
pub const TYPES: [EventType; 3] = [EventType::Assault, EventType::Coerce, EventType::Protest];

/// Loads a POPCORN file (`test.json`) as gold documents.
pub fn load(path: impl AsRef<Path>) -> Result<Vec<GoldDoc>, EvalError> {
    let path = path.as_ref();
    let docs = veille_ner::corpus::popcorn::load(path)
        .map_err(|e| EvalError::File { path: path.display().to_string(), msg: e.to_string() })?;
    convert(&docs)
}

/// The best name of an entity: its longest mention (pronouns and short anaphora are shorter).
fn best_name(e: &PopcornEntity) -> Option<String> {
    e.mentions.iter().map(|m| m.value.trim()).max_by_key(|v| v.chars().count()).map(str::to_string)
}

fn number(e: &PopcornEntity) -> Option<u64> {
    let v = e.value.as_deref().or_else(|| e.mentions.first().map(|m| m.value.as_str()))?;
    v.trim().parse().ok()
}

/// Converts loaded POPCORN documents.
pub fn convert(docs: &[PopcornDoc]) -> Result<Vec<GoldDoc>, EvalError> {
    let table: HashMap<String, (EventType, Option<String>)> =
        mapping_table(TABLE, "popcorn_plover.tsv")?.into_iter().map(|(l, t, m)| (l, (t, m))).collect();
    let mut out = Vec::with_capacity(docs.len());
    for d in docs {
        let ents: HashMap<&str, &PopcornEntity> = d.entities.iter().map(|e| (e.id.as_str(), e)).collect();
        let mut events = Vec::new();
        for e in &d.entities {
            let Some((kind, mode)) = table.get(&e.kind) else { continue };
            let mut ev = EvalEvent {
                kind: Some(*kind),
                mode: mode.clone(),
                trigger: e.mentions.first().map(|m| m.value.clone()),
                ..EvalEvent::default()
            };
            for (s, p, o) in &d.relations {
                match p.as_str() {
                    "INITIATED" if *o == e.id => {
                        if let Some(n) = ents.get(s.as_str()).and_then(|a| best_name(a)) {
                            ev.actor.push(Actor::name(&n));
                        }
                    }
                    "IS_LOCATED_IN" if *s == e.id && ev.place.is_none() => {
                        if let Some(pl) = ents.get(o.as_str()).filter(|pl| pl.kind == "PLACE") {
                            ev.place = best_name(pl);
                        }
                    }
                    "DEATHS_NUMBER" if *s == e.id && ev.fatalities.is_none() => {
                        ev.fatalities = ents.get(o.as_str()).and_then(|q| number(q));
                    }
                    _ => {}
                }
            }
            events.push(ev);
        }
        out.push(GoldDoc {
            id: d.id.clone(),
            lang: "fr".into(),
            split: "test".into(),
            published: None,
            text: d.text.clone(),
            events,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_events_actors_places_and_deaths() {
        let json = r#"{"d1": {"text": "Des manifestants ont défilé à Lyon. Une bombe a tué 3 personnes.",
          "entities": [
            {"id": 0, "type": "DEMONSTRATION", "mentions": [{"value": "défilé", "start": 21, "end": 27}]},
            {"id": 1, "type": "GROUP_OF_INDIVIDUALS", "mentions": [{"value": "manifestants", "start": 4, "end": 16}]},
            {"id": 2, "type": "PLACE", "mentions": [{"value": "Lyon", "start": 30, "end": 34}]},
            {"id": 3, "type": "BOMBING", "mentions": [{"value": "bombe", "start": 40, "end": 45}]},
            {"id": 4, "type": "QUANTITY_EXACT", "value": "3", "mentions": [{"value": "3", "start": 52, "end": 53}]},
            {"id": 5, "type": "FIRE", "mentions": [{"value": "défilé", "start": 21, "end": 27}]}],
          "relations": [[1, "INITIATED", 0], [0, "IS_LOCATED_IN", 2], [3, "DEATHS_NUMBER", 4]]}}"#;
        let docs = veille_ner::corpus::popcorn::parse(json.as_bytes()).unwrap();
        let gold = convert(&docs).unwrap();
        let ev = &gold[0].events;
        assert_eq!(ev.len(), 2, "FIRE has no PLOVER type");
        assert_eq!(ev[0].kind, Some(EventType::Protest));
        assert_eq!(ev[0].mode.as_deref(), Some("demo"));
        assert_eq!(ev[0].actor, vec![Actor::name("manifestants")]);
        assert_eq!(ev[0].place.as_deref(), Some("Lyon"));
        assert_eq!(ev[1].kind, Some(EventType::Assault));
        assert_eq!(ev[1].fatalities, Some(3));
    }
}
