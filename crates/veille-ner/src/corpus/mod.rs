//! Readers for the open NER corpora (see `../shared/data/README.md`) and their conversion to
//! [`NerDoc`]s: a text plus gold entity spans with the labels PER / ORG / LOC (/ MISC).
//! The mapping of each corpus's types is documented in `crates/veille-ner/MAPPING.md`.

pub mod popcorn;
