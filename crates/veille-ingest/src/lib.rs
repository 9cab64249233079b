//! Ingest: plain text, HTML, RSS/Atom and JSONL reports into normalized documents
