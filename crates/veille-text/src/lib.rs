//! Text layer: pure functions over a document's text. No I/O.
//!
//! All offsets are byte offsets ([`veille_core::Span`]) into the normalized text.
//!
//! - [`normalize`]: raw text → normalized text with an offset map back to the raw text;
//! - [`detect_lang`]: fr / en / other with a confidence;
//! - [`segment`]: sentences and tokens;
//! - [`quantities`], [`dates`], [`quotes`]: the readers; [`analyze`] runs all of them at once;
//! - [`fold`]: case and accent folding for lexicon matching.
//! - [`trie`]: anchored matching of fixed byte strings at a position (lexicons, gazetteer names).
//!
//! Lexicons are data files in `data/` (embedded with `include_str!`, parsed once).

pub mod analysis;
pub mod dates;
pub mod fold;
pub mod keyfilter;
pub mod lang;
mod lexicon;
pub mod normalize;
pub mod quantity;
pub mod quote;
pub mod segment;
pub mod trie;

pub use analysis::{TextAnalysis, analyze};
pub use dates::{DateMention, dates};
pub use fold::{Folded, fold, fold_char, fold_cow, fold_str};
pub use keyfilter::KeyFilter;
pub use lang::detect_lang;
pub use normalize::{Normalized, normalize};
pub use quantity::{Qualifier, Quantity, quantities};
pub use quote::{Quote, quotes};
pub use segment::{Segmentation, Sentence, Token, TokenKind, segment};
pub use trie::ByteTrie;
