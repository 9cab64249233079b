//! Extraction pipeline: stages over one document, producing veille.doc/1 records
