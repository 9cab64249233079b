//! Embedded SQLite store with migrations and full-text search
