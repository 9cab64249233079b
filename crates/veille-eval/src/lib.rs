//! Evaluation: scorers and loaders for gold corpora (events, NER)
