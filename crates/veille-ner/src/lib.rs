//! Averaged-perceptron named-entity tagger for French and English.

pub mod corpus;
mod error;

pub use error::NerError;
