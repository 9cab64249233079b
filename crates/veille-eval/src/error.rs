//! The crate's error type.

use std::path::Path;

/// Errors of the evaluation crate, with messages a person can act on.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("cannot read {path}")]
    Io { path: String, source: std::io::Error },
    #[error("{path}:{line}: {msg}")]
    Line { path: String, line: usize, msg: String },
    #[error("{path}: {msg}")]
    File { path: String, msg: String },
    #[error("{0}")]
    Invalid(String),
}

impl EvalError {
    pub(crate) fn io(path: &Path, source: std::io::Error) -> Self {
        EvalError::Io { path: path.display().to_string(), source }
    }
    pub(crate) fn line(path: &Path, line: usize, msg: impl Into<String>) -> Self {
        EvalError::Line { path: path.display().to_string(), line, msg: msg.into() }
    }
    #[allow(dead_code)]
    pub(crate) fn file(path: &Path, msg: impl Into<String>) -> Self {
        EvalError::File { path: path.display().to_string(), msg: msg.into() }
    }
}

/// Reads a whole file, mapping the error to [`EvalError::Io`].
pub(crate) fn read_to_string(path: &Path) -> Result<String, EvalError> {
    std::fs::read_to_string(path).map_err(|e| EvalError::io(path, e))
}
