//! Reading the store: documents, records, full-text search, event filters, counts.

use crate::write::last_day;
use crate::{Result, Store, StoreError};
use rusqlite::{OptionalExtension, Row, params};
use veille_core::record::{DocMeta, EntityRecord, EventRecord, Record};
use veille_core::{Document, EventType, Lang, PartialDate, Status};

/// A stored document and when it was stored.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct StoredDocument {
    pub doc: Document,
    /// RFC 3339 UTC time of the put.
    pub ingested_at: String,
}

/// One full-text search result.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct SearchHit {
    pub doc_id: String,
    pub title: Option<String>,
    pub published: Option<String>,
    /// A few words around the matches, matched terms between `[` and `]`, cuts marked `…`.
    pub snippet: String,
    /// BM25 rank (lower is better), as SQLite FTS5 gives it.
    pub rank: f64,
}

/// An event with the document it was read from.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct StoredEvent {
    pub doc_id: String,
    pub doc_title: Option<String>,
    pub doc_url: Option<String>,
    pub record: EventRecord,
}

/// Which argument slot an actor filter looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActorRole {
    Actor,
    Recipient,
    Source,
}

impl ActorRole {
    fn as_str(self) -> &'static str {
        match self {
            ActorRole::Actor => "actor",
            ActorRole::Recipient => "recipient",
            ActorRole::Source => "source",
        }
    }
}

/// Filters for [`Store::events`]; `Default` selects everything.
///
/// `since`/`until` keep events whose date *period* overlaps the range ("2025-04" overlaps
/// `since 2025-04-15`); events with an unknown date are left out whenever either is given.
#[derive(Clone, Debug, Default)]
pub struct EventFilter {
    pub since: Option<PartialDate>,
    pub until: Option<PartialDate>,
    /// ISO 3166-1 alpha-2 of the event location (any case).
    pub country: Option<String>,
    pub kind: Option<EventType>,
    pub status: Option<Status>,
    /// Knowledge-base id (`kb:ML-FAMA` or `ML-FAMA`, any case) or a substring of the name,
    /// case- and accent-insensitive ("armee malienne" finds "Armée malienne").
    pub actor: Option<String>,
    /// Restricts `actor` to one slot; `None` = actor, recipient or source.
    pub actor_role: Option<ActorRole>,
    pub limit: Option<usize>,
}

/// Counts of what the store holds.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    pub documents: u64,
    /// (language code, documents), most frequent first.
    pub by_lang: Vec<(String, u64)>,
    pub entities: u64,
    pub events: u64,
    /// (PLOVER type, events), most frequent first.
    pub events_by_type: Vec<(String, u64)>,
    /// (country code or "?" when unknown, events), most frequent first.
    pub events_by_country: Vec<(String, u64)>,
}

const DOC_COLUMNS: &str =
    "id, url, title, published, published_time, lang, lang_confidence, source, origin, text, ingested_at";

fn doc_from_row(r: &Row) -> rusqlite::Result<(StoredDocument, Option<String>)> {
    let published: Option<String> = r.get(3)?;
    let lang: String = r.get(5)?;
    let doc = Document {
        id: r.get(0)?,
        url: r.get(1)?,
        title: r.get(2)?,
        published: published.as_deref().and_then(|p| PartialDate::parse_iso(p).ok()),
        published_time: r.get(4)?,
        lang: Lang::parse(&lang).unwrap_or_default(),
        lang_confidence: r.get::<_, f64>(6)? as f32,
        source: r.get(7)?,
        origin: r.get(8)?,
        text: r.get(9)?,
    };
    Ok((StoredDocument { doc, ingested_at: r.get(10)? }, published))
}

/// Turns what a user types into an FTS5 query that cannot be a syntax error: every word
/// becomes a quoted phrase (so "l'armée", "AND", unbalanced quotes or parentheses are just
/// text); a trailing `*` keeps its prefix meaning. Words are ANDed.
pub fn fts_query(user: &str) -> Option<String> {
    let mut parts = Vec::new();
    for word in user.split_whitespace() {
        let prefix = word.ends_with('*');
        let w: String = word.chars().filter(|&c| c != '"' && c != '*').collect();
        if !w.chars().any(char::is_alphanumeric) {
            continue;
        }
        parts.push(if prefix { format!("\"{w}\"*") } else { format!("\"{w}\"") });
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

fn is_hex_prefix(s: &str) -> bool {
    !s.is_empty() && s.len() < 64 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

impl Store {
    /// A document by its id or a unique prefix of it (as `git` does for commits).
    /// `Ok(None)` when nothing matches; an error when the prefix matches several.
    pub fn get_document(&self, id_or_prefix: &str) -> Result<Option<StoredDocument>> {
        let key = id_or_prefix.trim();
        let exact = self
            .conn
            .prepare_cached(&format!("SELECT {DOC_COLUMNS} FROM documents WHERE id = ?1"))?
            .query_row([key], doc_from_row)
            .optional()?;
        if let Some((d, _)) = exact {
            return Ok(Some(d));
        }
        if !is_hex_prefix(key) {
            return Ok(None);
        }
        let pat = format!("{}*", key.to_ascii_lowercase());
        let mut st = self
            .conn
            .prepare_cached(&format!("SELECT {DOC_COLUMNS} FROM documents WHERE id GLOB ?1 LIMIT 2"))?;
        let mut found: Vec<StoredDocument> = st
            .query_map([&pat], doc_from_row)?
            .map(|r| r.map(|(d, _)| d))
            .collect::<rusqlite::Result<_>>()?;
        match found.len() {
            0 => Ok(None),
            1 => Ok(found.pop()),
            _ => {
                let count: i64 =
                    self.conn
                        .query_row("SELECT count(*) FROM documents WHERE id GLOB ?1", [&pat], |r| r.get(0))?;
                Err(StoreError::AmbiguousId { prefix: key.to_string(), count: count as usize })
            }
        }
    }

    /// Is a document with this exact id stored? Lets an ingest skip extraction for documents
    /// it would not write anyway.
    pub fn contains(&self, doc_id: &str) -> Result<bool> {
        Ok(self.conn.prepare_cached("SELECT 1 FROM documents WHERE id = ?1")?.exists([doc_id])?)
    }

    /// The stored `veille.doc/1` record of a document (exact id), rebuilt from its rows.
    pub fn get_record(&self, doc_id: &str) -> Result<Option<Record>> {
        let Some(sd) = self.get_document(doc_id)? else { return Ok(None) };
        let seq: i64 =
            self.conn.query_row("SELECT seq FROM documents WHERE id = ?1", [&sd.doc.id], |r| r.get(0))?;
        let mut rec = Record::new(DocMeta::from(&sd.doc));
        let mut st =
            self.conn.prepare_cached("SELECT record FROM entities WHERE doc_seq = ?1 ORDER BY seq")?;
        for json in st.query_map([seq], |r| r.get::<_, String>(0))? {
            rec.entities.push(serde_json::from_str::<EntityRecord>(&json?)?);
        }
        let mut st = self.conn.prepare_cached("SELECT record FROM events WHERE doc_seq = ?1 ORDER BY seq")?;
        for json in st.query_map([seq], |r| r.get::<_, String>(0))? {
            rec.events.push(serde_json::from_str::<EventRecord>(&json?)?);
        }
        Ok(Some(rec))
    }

    /// Full-text search over titles and texts, best first. Case and accents are ignored
    /// ("reforme" finds "réforme"); any user input is safe (see [`fts_query`]).
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>> {
        let Some(q) = fts_query(query) else { return Ok(Vec::new()) };
        let mut st = self.conn.prepare_cached(
            "SELECT d.id, d.title, d.published, snippet(documents_fts, -1, '[', ']', '…', 16), \
             bm25(documents_fts) AS rank \
             FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid \
             WHERE documents_fts MATCH ?1 ORDER BY rank, d.seq LIMIT ?2",
        )?;
        let hits = st
            .query_map(params![q, limit as i64], |r| {
                Ok(SearchHit {
                    doc_id: r.get(0)?,
                    title: r.get(1)?,
                    published: r.get(2)?,
                    snippet: r.get(3)?,
                    rank: r.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(hits)
    }

    /// Stored events matching `filter`, most recent first (undated events last), then in
    /// document and text order.
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<StoredEvent>> {
        let since = filter.since.map(|d| d.first_day().to_string());
        let until = filter.until.map(|d| last_day(&d).to_string());
        let country = filter.country.as_deref().map(|c| c.trim().to_ascii_uppercase());
        let actor = filter.actor.as_deref().map(str::trim).filter(|a| !a.is_empty());
        let actor_kb = actor.map(str::to_lowercase);
        let actor_like = actor.map(|a| {
            let f = veille_text::fold_str(a);
            let mut esc = String::with_capacity(f.len() + 2);
            for c in f.chars() {
                if matches!(c, '%' | '_' | '\\') {
                    esc.push('\\');
                }
                esc.push(c);
            }
            format!("%{esc}%")
        });
        let mut st = self.conn.prepare_cached(
            "SELECT d.id, d.title, d.url, e.record FROM events e JOIN documents d ON d.seq = e.doc_seq \
             WHERE (?1 IS NULL OR e.date_end >= ?1) \
               AND (?2 IS NULL OR e.date_start <= ?2) \
               AND (?3 IS NULL OR e.country = ?3) \
               AND (?4 IS NULL OR e.type = ?4) \
               AND (?5 IS NULL OR e.status = ?5) \
               AND (?6 IS NULL OR EXISTS (SELECT 1 FROM event_actors a WHERE a.event_seq = e.seq \
                    AND (?7 IS NULL OR a.role = ?7) \
                    AND (lower(a.kb_id) = ?6 OR lower(a.kb_id) = 'kb:' || ?6 \
                         OR a.name_fold LIKE ?8 ESCAPE '\\'))) \
             ORDER BY e.date_start IS NULL, e.date_start DESC, d.seq, e.seq \
             LIMIT ?9",
        )?;
        let limit = filter.limit.map_or(-1, |l| l as i64);
        let rows = st.query_map(
            params![
                since,
                until,
                country,
                filter.kind.map(EventType::as_str),
                filter.status.map(Status::as_str),
                actor_kb,
                filter.actor_role.map(ActorRole::as_str),
                actor_like,
                limit
            ],
            |r| Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?, r.get::<_, String>(3)?)),
        )?;
        let mut out = Vec::new();
        for row in rows {
            let (doc_id, doc_title, doc_url, json) = row?;
            out.push(StoredEvent { doc_id, doc_title, doc_url, record: serde_json::from_str(&json)? });
        }
        Ok(out)
    }

    /// Counts of documents, languages, entities, events and event types.
    pub fn stats(&self) -> Result<Stats> {
        let count =
            |sql: &str| -> Result<u64> { Ok(self.conn.query_row(sql, [], |r| r.get::<_, i64>(0))? as u64) };
        let groups = |sql: &str| -> Result<Vec<(String, u64)>> {
            let mut st = self.conn.prepare(sql)?;
            let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64)))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        Ok(Stats {
            documents: count("SELECT count(*) FROM documents")?,
            by_lang: groups("SELECT lang, count(*) AS n FROM documents GROUP BY lang ORDER BY n DESC, lang")?,
            entities: count("SELECT count(*) FROM entities")?,
            events: count("SELECT count(*) FROM events")?,
            events_by_type: groups(
                "SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC, type",
            )?,
            events_by_country: groups(
                "SELECT coalesce(country, '?'), count(*) AS n FROM events GROUP BY 1 ORDER BY n DESC, 1",
            )?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fts_queries_are_always_valid() {
        assert_eq!(fts_query("l'armée").as_deref(), Some("\"l'armée\""));
        assert_eq!(fts_query("\"unbalanced Gao").as_deref(), Some("\"unbalanced\" \"Gao\""));
        assert_eq!(fts_query("milit* AND (x").as_deref(), Some("\"milit\"* \"AND\" \"(x\""));
        assert_eq!(fts_query("  \" * ( ) "), None);
    }
}
