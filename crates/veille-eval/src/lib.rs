//! Evaluation: gold-file formats, scorers, and adapters for the open corpora in `../shared/data`.
//!
//! - [`events`]: the event gold format (`data/dev/events.jsonl`), prediction loading
//!   (`veille.doc/1` JSONL), the matcher and the [`events::Report`] with P/R/F1 and slot accuracy;
//! - [`corpus`]: adapters that turn POPCORN, PLOVER and PETRARCH2 gold data into the same
//!   [`events::GoldDoc`] shape, so one scorer serves all;
//! - [`actors`]: when two actor ids count as the same party (a state, its government and its forces);
//! - [`names`]: folded name comparison for gold data without knowledge-base ids.
//!
//! Rules of matching and the annotation guidelines are in `docs/EVAL.md`.

pub mod actors;
pub mod corpus;
mod error;
pub mod events;
pub mod names;

pub use error::EvalError;
