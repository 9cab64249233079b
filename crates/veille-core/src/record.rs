//! The `veille.doc/1` extraction record (docs/output-format.md in the shared docs;
//! JSON Schema in `schema/veille.doc-1.schema.json`).
//!
//! Contract fields are always present (null when unknown). Fields added by veille beyond the
//! contract are skipped when empty, so records stay compact.

use crate::{EntityType, EventType, Precision, Status};
use serde::{Deserialize, Serialize};

pub const SCHEMA_ID: &str = "veille.doc/1";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub schema: String,
    pub doc: DocMeta,
    pub entities: Vec<EntityRecord>,
    pub events: Vec<EventRecord>,
}

impl Record {
    pub fn new(doc: DocMeta) -> Self {
        Record { schema: SCHEMA_ID.to_string(), doc, entities: Vec::new(), events: Vec::new() }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DocMeta {
    pub id: String,
    pub url: Option<String>,
    pub title: Option<String>,
    /// ISO 8601 date (any precision) or date-time; null if unknown.
    pub published: Option<String>,
    pub lang: String,
    pub source: Option<String>,
}

impl From<&crate::Document> for DocMeta {
    fn from(d: &crate::Document) -> Self {
        DocMeta {
            id: d.id.clone(),
            url: d.url.clone(),
            title: d.title.clone(),
            published: d.published_string(),
            lang: d.lang.code().to_string(),
            source: d.source.clone(),
        }
    }
}

/// A text span in **char** offsets of the normalized text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSpan {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityRecord {
    /// Knowledge-base id (`kb:…`); null when unresolved or provisional.
    pub id: Option<String>,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    pub country: Option<String>,
    pub mentions: Vec<TextSpan>,
    /// Candidate ids when the mention is ambiguous (id is then null).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<String>,
    /// Why the entity is unresolved or provisional (e.g. "ambiguous", "not in knowledge base").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorRef {
    pub id: Option<String>,
    pub name: String,
    /// ACLED actor class (inter code) from the knowledge base: 1 state forces, 2 rebel groups,
    /// 3 political militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians,
    /// 8 external/other forces. Absent when the actor is not resolved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acled_class: Option<u8>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Acled {
    pub event_type: String,
    pub sub_event_type: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub name: String,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub geonames_id: Option<u64>,
    /// 1 = the place itself, 2 = near / part of, 3 = admin region or country.
    pub precision: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin2: Option<String>,
    /// Distance from the anchor place, for "30 km au nord de Djibo".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset_km: Option<f64>,
    /// Compass bearing from the anchor place ("N", "SE", …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bearing: Option<String>,
    /// Char span of the place mention the location was read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mention: Option<TextSpan>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuantityKind {
    Fatalities,
    Injured,
    Abducted,
    Troops,
    Weapons,
    Money,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuantityRecord {
    pub kind: QuantityKind,
    pub value: u64,
    pub approx: bool,
    pub start: usize,
    pub end: usize,
    /// The party that gives this figure, when it is a claim ("selon l'armée").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claimed_by: Option<ActorRef>,
}

/// One step of `--explain`: which trigger or rule bound which slot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExplainStep {
    pub slot: String,
    pub rule: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: EventType,
    pub mode: Option<String>,
    pub acled: Option<Acled>,
    pub status: Status,
    pub date: Option<String>,
    pub date_precision: Option<Precision>,
    pub actor: Vec<ActorRef>,
    pub recipient: Vec<ActorRef>,
    pub source: Vec<ActorRef>,
    pub location: Option<Location>,
    pub fatalities: Option<u64>,
    pub troops: Option<u64>,
    pub quantities: Vec<QuantityRecord>,
    pub evidence: Vec<TextSpan>,
    /// PLOVER contexts (military, terrorism, humanitarian, …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub context: Vec<String>,
    /// Reported background ("dans un contexte de retrait"): kept, but undated.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub background: bool,
    /// The trigger word or phrase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger: Option<TextSpan>,
    /// Why `date` is null, when it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_reason: Option<String>,
    /// Why `location` is null, when it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_reason: Option<String>,
    /// Filled only when explanation is asked for (`veille extract --explain`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub explain: Vec<ExplainStep>,
}
