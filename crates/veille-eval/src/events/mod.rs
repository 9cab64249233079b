//! Event scoring: gold format, predictions, matcher and report.

mod gold;
mod pred;
mod score;

pub use gold::{Actor, EvalEvent, GoldDoc, load_gold, parse_gold};
pub use pred::{align, document_of, event_of, load_records, text_key};
pub use score::{MatchMode, Miss, Prf, Report, SLOTS, ScoreOptions, SlotMiss, SlotScore, score};
