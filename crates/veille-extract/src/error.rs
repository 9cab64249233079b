//! The error type of the extraction crate.

/// Errors raised while loading the pipeline's resources (extraction itself does not fail).
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    #[error("lexicon data file {file}, line {line}: {msg} (fix the file under crates/veille-extract/data/)")]
    Data { file: &'static str, line: usize, msg: String },
    #[error("could not compile the trigger automaton: {0}")]
    Automaton(String),
    #[error("could not load the knowledge base: {0}")]
    Kb(String),
    #[error("could not load the gazetteer: {0}")]
    Geo(String),
    #[error("could not load the NER model: {0}")]
    Ner(String),
}
