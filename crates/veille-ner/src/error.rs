//! The crate's error type.

use std::path::Path;

/// Errors of the NER crate, with messages a person can act on.
#[derive(Debug, thiserror::Error)]
pub enum NerError {
    #[error("cannot read {path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("corpus {path}: {msg}")]
    Corpus { path: String, msg: String },
    #[error("model file: {0}")]
    Model(String),
    #[error("{0}")]
    Invalid(String),
}

impl NerError {
    pub(crate) fn io(path: &Path, source: std::io::Error) -> Self {
        NerError::Io { path: path.display().to_string(), source }
    }
}
