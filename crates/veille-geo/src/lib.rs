//! Sahel gazetteer and geoparser.
//!
//! - [`Gazetteer`]: GeoNames places of Mali, Burkina Faso, Niger (down to villages), the main
//!   towns of their neighbours, all countries; compiled by `scripts/gazetteer/build.py` into
//!   `data/gazetteer/` and embedded with `include_str!` (CC BY 4.0, GeoNames).
//! - [`Geoparser`]: finds place mentions in a document in one pass, reads their context cues
//!   (locatives, admin nouns, relative distances and bearings) and resolves homonyms.
//! - [`geojson`]: events with coordinates as a GeoJSON FeatureCollection.
//!
//! Architecture invariant: no I/O; data is embedded, loaded once.

pub mod cues;
pub mod gazetteer;
pub mod geojson;
pub mod geoparser;

pub use gazetteer::{Candidate, Gazetteer, MatchKind, Place, haversine_km, loose_key, name_key};
pub use geoparser::{Geoparser, NOT_IN_GAZETTEER, is_dateline_mention};

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
