//! Annotation layers that several stages produce or read.
//!
//! Offsets are byte [`Span`]s into the normalized text. The knowledge-base matcher, the NER
//! tagger and the geoparser all speak these types, so the extraction stage depends on them and
//! not on each other's internals.

use crate::{EntityType, Span};
use serde::{Deserialize, Serialize};

/// How a mention was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionSource {
    /// An alias of the knowledge base.
    Alias,
    /// A demonym + noun pattern ("l'armée malienne", "des soldats nigériens").
    Demonym,
    /// A capital or seat standing for its state ("Moscou", "le Kremlin").
    Metonymy,
    /// A title or role resolved by date ("le président burkinabè").
    Role,
    /// An acronym defined in the text ("… (GSIM)").
    Acronym,
    /// Light coreference ("les trois pays", "cette force", a pronoun).
    Coreference,
    /// The statistical NER tagger.
    Tagger,
    /// An unknown capitalised name proposed by a rule.
    Capitalized,
}

/// A mention of an actor (state, force, group, person, organisation).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityMention {
    pub span: Span,
    /// Resolved knowledge-base id (`kb:…`); `None` when unresolved, ambiguous or provisional.
    pub id: Option<String>,
    /// Canonical name when resolved; the surface text otherwise.
    pub name: String,
    pub kind: EntityType,
    /// ISO 3166-1 alpha-2 of the entity's country, where one applies.
    pub country: Option<String>,
    pub source: MentionSource,
    /// Candidate ids when ambiguous.
    pub candidates: Vec<String>,
    /// Why it is unresolved, when it is.
    pub reason: Option<String>,
    /// For collective mentions ("les trois pays de l'AES"): the member ids it stands for.
    pub members: Vec<String>,
}

/// A resolved (or unresolved) place mention.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlaceMention {
    /// The whole mention, including a relative phrase ("30 km au nord de Djibo").
    pub span: Span,
    /// The toponym itself ("Djibo").
    pub name_span: Span,
    /// Gazetteer name of the resolved place, or the surface text when unresolved.
    pub name: String,
    pub geonames_id: Option<u64>,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub admin2: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// GeoNames feature class and code ("P", "PPL"; "A", "ADM1"; "H", "STM").
    pub feature_class: Option<String>,
    pub feature_code: Option<String>,
    /// 1 = the place itself, 2 = near / part of, 3 = admin region or country.
    pub precision: u8,
    pub offset_km: Option<f64>,
    pub bearing: Option<String>,
    /// Score of the chosen candidate, 0..=1.
    pub score: f32,
    /// Why it is unresolved (`geonames_id` is None), when it is.
    pub reason: Option<String>,
}
