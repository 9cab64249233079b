//! The crate's error type.

/// Errors of the knowledge base (loading its data files) and of its queries.
#[derive(Debug, thiserror::Error)]
pub enum KbError {
    /// A data file has a malformed row.
    #[error("data/kb/{file}, line {line}: {msg}")]
    Data { file: &'static str, line: usize, msg: String },
    /// The data files are inconsistent with each other (duplicate id, unknown reference).
    #[error("knowledge base inconsistency: {0}")]
    Inconsistent(String),
    /// The pattern automaton could not be built.
    #[error("cannot build the alias matcher: {0}")]
    Matcher(String),
}

pub type Result<T> = std::result::Result<T, KbError>;
