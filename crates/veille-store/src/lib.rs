//! Embedded SQLite store (bundled SQLite, FTS5) for documents, entities, events and evidence.
//!
//! - [`Store::open`] creates or upgrades the database: versioned migrations in `migrations/`
//!   (embedded), tracked by `PRAGMA user_version`; WAL journal; foreign keys on.
//! - [`Store::put`] writes one document with its extraction [`Record`] in **one transaction**:
//!   a crash leaves either the whole document or nothing. Putting a document id that is already
//!   stored changes nothing ([`PutOutcome::Unchanged`]); [`Store::put_many`] does the same for
//!   a batch in one transaction (faster, atomic per batch).
//! - Queries: [`Store::get_document`], [`Store::get_record`], [`Store::search`] (FTS5, accent-
//!   and case-insensitive), [`Store::events`] with an [`EventFilter`], [`Store::stats`].
//!
//! Schema: see `migrations/0001_init.sql`. Offsets stored are the record's char offsets.

mod query;
mod write;

pub use query::{ActorRole, EventFilter, SearchHit, Stats, StoredDocument, StoredEvent, fts_query};
pub use write::PutOutcome;

use rusqlite::Connection;
use std::path::{Path, PathBuf};

/// Migrations, in order; migration `i` (0-based) brings the schema to version `i + 1`.
const MIGRATIONS: &[&str] = &[include_str!("../migrations/0001_init.sql")];

/// The schema version this build writes and reads.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "cannot open store {path}: {source} (check the path and that the directory exists and is writable)"
    )]
    Open { path: PathBuf, source: rusqlite::Error },
    #[error(
        "store {path} has schema version {found}, newer than this veille supports ({supported}); use a newer veille or another --db"
    )]
    TooNew { path: PathBuf, found: u32, supported: u32 },
    #[error("store migration to version {version} failed: {source}")]
    Migration { version: u32, source: rusqlite::Error },
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("stored JSON could not be read back: {0} (the store may have been written by another version)")]
    Json(#[from] serde_json::Error),
    #[error("document id prefix `{prefix}` matches {count} documents; give more characters")]
    AmbiguousId { prefix: String, count: usize },
    #[error("invalid record for document {doc_id}: {reason}")]
    InvalidRecord { doc_id: String, reason: String },
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// A handle on one store database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        let conn =
            Connection::open(&path).map_err(|source| StoreError::Open { path: path.clone(), source })?;
        Store::setup(conn, path, true)
    }

    /// A private in-memory store (tests, `veille extract` dry runs).
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()
            .map_err(|source| StoreError::Open { path: ":memory:".into(), source })?;
        Store::setup(conn, ":memory:".into(), false)
    }

    fn setup(conn: Connection, path: PathBuf, wal: bool) -> Result<Store> {
        let open_err = |source| StoreError::Open { path: path.clone(), source };
        // Another process may hold the write lock for a moment (a parallel ingest): wait.
        conn.busy_timeout(std::time::Duration::from_secs(10)).map_err(open_err)?;
        if wal {
            // WAL + synchronous=NORMAL: a crash can lose the last transactions, never corrupt
            // or half-write one.
            conn.pragma_update(None, "journal_mode", "WAL").map_err(open_err)?;
            conn.pragma_update(None, "synchronous", "NORMAL").map_err(open_err)?;
        }
        conn.pragma_update(None, "foreign_keys", "ON").map_err(open_err)?;
        let mut store = Store { conn, path };
        store.migrate()?;
        Ok(store)
    }

    /// Schema version of the open database.
    pub fn schema_version(&self) -> Result<u32> {
        Ok(self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    fn migrate(&mut self) -> Result<()> {
        let found = self.schema_version()?;
        if found > SCHEMA_VERSION {
            return Err(StoreError::TooNew { path: self.path.clone(), found, supported: SCHEMA_VERSION });
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
            let version = i as u32 + 1;
            let mig = |source| StoreError::Migration { version, source };
            let tx = self.conn.transaction().map_err(mig)?;
            tx.execute_batch(sql).map_err(mig)?;
            tx.pragma_update(None, "user_version", version).map_err(mig)?;
            tx.commit().map_err(mig)?;
        }
        Ok(())
    }

    /// Path the store was opened from (`:memory:` for in-memory stores).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs SQLite's integrity check, the foreign-key check and the full-text index check
    /// (index against stored text); `Ok(vec![])` when all is well, else the problems found.
    pub fn check(&self) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        if let Err(e) = self
            .conn
            .execute("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)", [])
        {
            problems.push(format!("full-text index: {e}"));
        }
        let mut st = self.conn.prepare("PRAGMA integrity_check")?;
        for row in st.query_map([], |r| r.get::<_, String>(0))? {
            let row = row?;
            if row != "ok" {
                problems.push(row);
            }
        }
        let mut st = self.conn.prepare("PRAGMA foreign_key_check")?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            problems.push(format!("foreign key violation in table {}", r.get::<_, String>(0)?));
        }
        Ok(problems)
    }
}

/// Current UTC time as RFC 3339 (`2026-11-26T13:05:00Z`).
fn now_rfc3339() -> String {
    let secs =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs()) as i64;
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let d = veille_core::PartialDate::from_days(days);
    format!("{d}T{:02}:{:02}:{:02}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}

#[cfg(test)]
mod tests {
    #[test]
    fn now_is_rfc3339() {
        let n = super::now_rfc3339();
        assert_eq!(n.len(), 20, "{n}");
        assert!(n.ends_with('Z') && n.as_bytes()[10] == b'T');
    }
}
