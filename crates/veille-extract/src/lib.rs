//! Extraction pipeline: stages over one document, producing `veille.doc/1` records.
//!
//! - [`Pipeline`]: explicit [`Stage`]s over one [`Analysis`] (text → entities → tagger → places →
//!   events), then record assembly. Built once ([`Pipeline::default_pipeline`]), shared across
//!   threads (`Send + Sync`).
//! - [`lexicon`]: trigger and cue lexicons (data files in `data/`), matched in one pass per
//!   document over the folded text.
//! - [`events`]: the event extractor (triggers, arguments, status, figures, date, location, ACLED).
//!
//! Architecture invariant: no I/O at extraction time; every resource is embedded or loaded once.

pub mod acled;
mod aircraft;
pub mod analysis;
mod anaphora;
mod attribution;
mod captives;
mod causative;
mod demanded;
mod error;
pub mod events;
mod facilities;
pub mod institutions;
pub mod lexicon;
mod party;
pub mod pipeline;
mod speakers;
mod state_moves;
mod wordlist;

pub use analysis::Analysis;
pub use error::ExtractError;
pub use pipeline::{ExtractOptions, KnownNames, Pipeline, Stage};
