-- veille store, schema version 1.
-- Every table hangs off `documents`; deleting a document cascades to its entities, events,
-- event actors and evidence. Offsets in `evidence` and in the JSON columns are char offsets
-- into documents.text (those of the veille.doc/1 record).

CREATE TABLE documents (
    seq             INTEGER PRIMARY KEY,          -- stable rowid, used by the FTS index
    id              TEXT NOT NULL UNIQUE,         -- sha256 hex (or the source's id)
    url             TEXT,
    title           TEXT,
    published       TEXT,                         -- ISO 8601 partial date: 2025, 2025-04, 2025-04-04
    published_time  TEXT,                         -- RFC 3339 date-time when known
    lang            TEXT NOT NULL,
    lang_confidence REAL NOT NULL,
    source          TEXT,
    origin          TEXT,
    text            TEXT NOT NULL,
    ingested_at     TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE entities (
    seq      INTEGER PRIMARY KEY,
    doc_seq  INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
    kb_id    TEXT,                                -- null when unresolved
    name     TEXT NOT NULL,
    type     TEXT NOT NULL,
    country  TEXT,
    mentions TEXT NOT NULL,                       -- JSON array of {start, end, text}
    record   TEXT NOT NULL                        -- the full EntityRecord, JSON
);
CREATE INDEX entities_doc ON entities(doc_seq);
CREATE INDEX entities_kb ON entities(kb_id);

CREATE TABLE events (
    seq            INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    doc_seq        INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
    type           TEXT NOT NULL,
    mode           TEXT,
    status         TEXT NOT NULL,
    date           TEXT,                          -- ISO 8601 partial date
    date_precision TEXT,
    date_start     TEXT,                          -- first day the date can denote (for filters)
    date_end       TEXT,                          -- last day the date can denote
    country        TEXT,
    location       TEXT,                          -- JSON Location or null
    fatalities     INTEGER,
    troops         INTEGER,
    record         TEXT NOT NULL                  -- the full EventRecord, JSON
);
CREATE INDEX events_doc ON events(doc_seq);
CREATE INDEX events_date ON events(date_start, date_end);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_country ON events(country);

CREATE TABLE event_actors (
    event_seq INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
    role      TEXT NOT NULL CHECK (role IN ('actor', 'recipient', 'source')),
    kb_id     TEXT,
    name      TEXT NOT NULL,
    name_fold TEXT NOT NULL                       -- lower case, no accents: for --actor filters
);
CREATE INDEX event_actors_event ON event_actors(event_seq);
CREATE INDEX event_actors_kb ON event_actors(kb_id);

CREATE TABLE evidence (
    event_seq INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
    start     INTEGER NOT NULL CHECK (start >= 0),
    "end"     INTEGER NOT NULL,
    text      TEXT NOT NULL,
    CHECK ("end" >= start)
);
CREATE INDEX evidence_event ON evidence(event_seq);

-- Full-text index over title and body; external content (the text is stored once).
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text,
    content = 'documents', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);
