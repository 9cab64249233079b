//! Text layer: pure functions over a document's text. No I/O.
//!
//! All offsets are byte offsets ([`veille_core::Span`]) into the normalized text.

pub mod fold;

pub use fold::{Folded, fold, fold_char, fold_str};
