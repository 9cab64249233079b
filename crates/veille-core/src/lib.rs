//! Core types shared by every stage of veille.
//!
//! - [`Span`]: byte offsets into a document's *normalized* text (internal currency of all stages);
//!   [`CharIndex`] converts them to the char offsets of the output record.
//! - [`Document`]: one normalized report with its metadata, as produced by ingest.
//! - [`PartialDate`] / [`Precision`]: dates known to the day, week, month or year.
//! - [`record`]: the `veille.doc/1` extraction record (see `schema/veille.doc-1.schema.json`).
//!
//! Architecture invariant: this crate does no I/O and holds no linguistic knowledge.

pub mod annotation;
pub mod date;
pub mod document;
pub mod lang;
pub mod ontology;
pub mod record;
pub mod span;

pub use annotation::{EntityMention, MentionSource, PlaceMention};
pub use date::{DateError, PartialDate, Precision};
pub use document::{Document, doc_id};
pub use lang::Lang;
pub use ontology::{EntityType, EventType, Status};
pub use span::{CharIndex, Span};
