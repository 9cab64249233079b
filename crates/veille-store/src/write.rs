//! Writing documents and their extraction records, one transaction per document or batch.

use crate::{Result, Store, StoreError, now_rfc3339};
use rusqlite::{OptionalExtension, Transaction, params};
use veille_core::record::{ActorRef, EventRecord, Record};
use veille_core::{Document, PartialDate, Precision};

/// What a put did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PutOutcome {
    /// The document was new and is now stored with its entities and events.
    Inserted,
    /// A document with this id was already stored; nothing was written.
    Unchanged,
    /// The stored document and everything extracted from it were replaced ([`Store::replace`]).
    Replaced,
}

impl Store {
    /// Stores a document and its record in one transaction. A document id already present is
    /// left as it is ([`PutOutcome::Unchanged`]), so re-running an ingest changes nothing.
    pub fn put(&mut self, doc: &Document, record: &Record) -> Result<PutOutcome> {
        let tx = self.conn.transaction()?;
        let out = put_in(&tx, doc, record, false)?;
        tx.commit()?;
        Ok(out)
    }

    /// Like [`Store::put`], but a document already stored is deleted (with its entities,
    /// events and evidence) and written again: for re-extraction with newer rules.
    pub fn replace(&mut self, doc: &Document, record: &Record) -> Result<PutOutcome> {
        let tx = self.conn.transaction()?;
        let out = put_in(&tx, doc, record, true)?;
        tx.commit()?;
        Ok(out)
    }

    /// Stores several documents in one transaction (much faster than one put each). Atomic per
    /// batch: on an error nothing of the batch is written; retry the documents one by one with
    /// [`Store::put`] to find and skip the bad one.
    pub fn put_many<'a, I>(&mut self, items: I) -> Result<Vec<PutOutcome>>
    where
        I: IntoIterator<Item = (&'a Document, &'a Record)>,
    {
        let tx = self.conn.transaction()?;
        let mut outs = Vec::new();
        for (doc, record) in items {
            outs.push(put_in(&tx, doc, record, false)?);
        }
        tx.commit()?;
        Ok(outs)
    }
}

impl Store {
    /// Deletes a document (exact id) with its entities, events, actors, evidence and index
    /// entries. Returns false when no such document is stored.
    pub fn delete(&mut self, doc_id: &str) -> Result<bool> {
        let tx = self.conn.transaction()?;
        let found = delete_in(&tx, doc_id)?;
        tx.commit()?;
        Ok(found)
    }

    /// Merges the full-text index and refreshes SQLite's query statistics; worth running after
    /// a large ingest (a few seconds for 100,000 documents).
    pub fn optimize(&mut self) -> Result<()> {
        self.conn.execute_batch(
            "INSERT INTO documents_fts(documents_fts) VALUES ('optimize'); PRAGMA optimize;",
        )?;
        Ok(())
    }
}

fn delete_in(tx: &Transaction, doc_id: &str) -> Result<bool> {
    let existing: Option<(i64, Option<String>, String)> = tx
        .prepare_cached("SELECT seq, title, text FROM documents WHERE id = ?1")?
        .query_row([doc_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    let Some((seq, title, text)) = existing else { return Ok(false) };
    tx.prepare_cached(
        "INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', ?1, ?2, ?3)",
    )?
    .execute(params![seq, title.as_deref().unwrap_or(""), text])?;
    tx.prepare_cached("DELETE FROM documents WHERE seq = ?1")?.execute([seq])?;
    Ok(true)
}

fn invalid(doc: &Document, reason: impl Into<String>) -> StoreError {
    StoreError::InvalidRecord { doc_id: doc.id.clone(), reason: reason.into() }
}

fn put_in(tx: &Transaction, doc: &Document, record: &Record, replace: bool) -> Result<PutOutcome> {
    if doc.id.is_empty() {
        return Err(invalid(doc, "empty document id"));
    }
    if record.doc.id != doc.id {
        return Err(invalid(doc, format!("the record is for document {}", record.doc.id)));
    }
    let exists = tx.prepare_cached("SELECT 1 FROM documents WHERE id = ?1")?.exists([&doc.id])?;
    let mut outcome = PutOutcome::Inserted;
    if exists {
        if !replace {
            return Ok(PutOutcome::Unchanged);
        }
        delete_in(tx, &doc.id)?;
        outcome = PutOutcome::Replaced;
    }

    tx.prepare_cached(
        "INSERT INTO documents (id, url, title, published, published_time, lang, lang_confidence, \
         source, origin, text, ingested_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        doc.id,
        doc.url,
        doc.title,
        doc.published.map(|d| d.to_string()),
        doc.published_time,
        doc.lang.code(),
        f64::from(doc.lang_confidence),
        doc.source,
        doc.origin,
        doc.text,
        now_rfc3339(),
    ])?;
    let doc_seq = tx.last_insert_rowid();
    tx.prepare_cached("INSERT INTO documents_fts (rowid, title, text) VALUES (?1, ?2, ?3)")?
        .execute(params![doc_seq, doc.title.as_deref().unwrap_or(""), doc.text])?;

    {
        let mut st = tx.prepare_cached(
            "INSERT INTO entities (doc_seq, kb_id, name, type, country, mentions, record) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for e in &record.entities {
            st.execute(params![
                doc_seq,
                e.id,
                e.name,
                e.kind.as_str(),
                e.country,
                serde_json::to_string(&e.mentions)?,
                serde_json::to_string(e)?,
            ])?;
        }
    }
    for ev in &record.events {
        put_event(tx, doc_seq, ev)?;
    }
    Ok(outcome)
}

fn put_event(tx: &Transaction, doc_seq: i64, ev: &EventRecord) -> Result<()> {
    let (start, end) = match date_range(ev.date.as_deref(), ev.date_precision) {
        Some((s, e)) => (Some(s.to_string()), Some(e.to_string())),
        None => (None, None),
    };
    let inserted = tx
        .prepare_cached(
            "INSERT INTO events (id, doc_seq, type, mode, status, date, date_precision, date_start, date_end, \
             country, location, fatalities, troops, record) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) ON CONFLICT(id) DO NOTHING",
        )?
        .execute(params![
            ev.id,
            doc_seq,
            ev.kind.as_str(),
            ev.mode,
            ev.status.as_str(),
            ev.date,
            ev.date_precision.map(Precision::as_str),
            start,
            end,
            ev.location.as_ref().and_then(|l| l.country.clone()),
            ev.location.as_ref().map(serde_json::to_string).transpose()?,
            ev.fatalities.map(|v| v as i64),
            ev.troops.map(|v| v as i64),
            serde_json::to_string(ev)?,
        ])?;
    if inserted == 0 {
        return Ok(()); // the same event id twice: the first one stands
    }
    let ev_seq = tx.last_insert_rowid();
    let mut st = tx.prepare_cached(
        "INSERT INTO event_actors (event_seq, role, kb_id, name, name_fold) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let roles: [(&str, &[ActorRef]); 3] =
        [("actor", &ev.actor), ("recipient", &ev.recipient), ("source", &ev.source)];
    for (role, refs) in roles {
        for a in refs {
            st.execute(params![ev_seq, role, a.id, a.name, veille_text::fold_str(&a.name)])?;
        }
    }
    let mut st =
        tx.prepare_cached("INSERT INTO evidence (event_seq, start, \"end\", text) VALUES (?1, ?2, ?3, ?4)")?;
    for s in &ev.evidence {
        st.execute(params![ev_seq, s.start as i64, s.end as i64, s.text])?;
    }
    Ok(())
}

/// First and last day an event date can denote: a year, a month, a day, or a week around the
/// given day (± 3 days: the record gives one day of the week, not which one).
pub(crate) fn date_range(
    date: Option<&str>,
    precision: Option<Precision>,
) -> Option<(PartialDate, PartialDate)> {
    let d = PartialDate::parse_iso(date?).ok()?;
    let first = d.first_day();
    let last = last_day(&d);
    if precision == Some(Precision::Week) && d.day.is_some() {
        let n = d.to_days()?;
        return Some((PartialDate::from_days(n - 3), PartialDate::from_days(n + 3)));
    }
    Some((first, last))
}

/// Last day of the period a partial date denotes.
pub(crate) fn last_day(d: &PartialDate) -> PartialDate {
    let m = d.month.unwrap_or(12);
    let day = d.day.unwrap_or_else(|| veille_core::date::days_in_month(d.year, m));
    PartialDate { year: d.year, month: Some(m), day: Some(day) }
}
