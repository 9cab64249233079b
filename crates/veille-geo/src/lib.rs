//! Sahel gazetteer and geoparser.
//!
//! - [`Gazetteer`]: GeoNames places of Mali, Burkina Faso, Niger (down to villages), the main
//!   towns and admin areas of their neighbours, all countries; compiled by
//!   `scripts/gazetteer/build.py` into `data/gazetteer/` and embedded with `include_str!`
//!   (GeoNames, CC BY 4.0). [`Gazetteer::candidates`] ranks the entries for a name.
//! - [`Geoparser`]: finds place mentions in a document in one pass (a trie of folded names
//!   walked from each word start), reads their context cues (`data/cues.tsv`: locatives, admin and feature nouns,
//!   relative distances and bearings), proposes unknown capitalised names after a cue as places
//!   "not in gazetteer", and resolves homonyms (feature type, population, the document's
//!   countries, admin areas named nearby, distance to places already resolved).
//! - [`geojson`]: events with coordinates as a GeoJSON FeatureCollection.
//!
//! ## What a [`veille_core::PlaceMention`] carries
//! - `span` covers a relative phrase ("30 km au nord de Djibo"), `name_span` the toponym;
//! - `geonames_id`, `name`, `country`, `admin1`, `admin2`, `lat`/`lon`, `feature_class`/`code`;
//!   `geonames_id` None with `reason` "not in gazetteer" for an unknown place after a cue;
//! - `precision` (output-format.md): 3 = country, ADM1/ADM2, river, massif, natural region;
//!   2 = commune (ADM3), lake, or a place read with "près de"/"near", an offset or a bearing;
//!   1 = the place itself;
//! - `offset_km`, `bearing` ("N", "SE"…) of relative forms;
//! - `score` 0..=1: how clearly the chosen candidate beat the others (not a probability).
//!
//! Spans already claimed by an actor mention (a country as a state: "le Mali a signé") are not
//! places unless a locative cue precedes them ("au Mali"); mentions inside a longer actor name
//! ("Katiba Macina") never are. [`is_dateline_mention`] tells a dateline ("NIAMEY, 12 mars
//! (AFP) –") from a place where something happened.
//!
//! Architecture invariant: no I/O; data is embedded and parsed once ([`Gazetteer::shared`]).

pub mod cues;
pub mod gazetteer;
pub mod geojson;
pub mod geoparser;

pub use gazetteer::{Candidate, Gazetteer, MatchKind, Place, haversine_km, loose_key, name_key};
pub use geoparser::{Geoparser, NOT_IN_GAZETTEER, is_dateline_mention, is_foreign_city};

/// Errors of this crate.
#[derive(Debug, thiserror::Error)]
pub enum GeoError {
    /// A line of an embedded data file is malformed (rebuild it with `scripts/gazetteer/build.py`).
    #[error("{file}, line {line}: {msg} (rebuild with scripts/gazetteer/build.py or fix the data file)")]
    Data { file: &'static str, line: usize, msg: String },
    /// The name automaton could not be built.
    #[error("cannot build the gazetteer name automaton: {0}")]
    Automaton(String),
}
