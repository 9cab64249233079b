//! A writer process killed in the middle of a put leaves a store that opens, passes SQLite's
//! integrity check, and holds only complete documents.
//!
//! The test re-runs its own binary as the writer (selected by an environment variable),
//! lets it store documents in a loop, kills it with SIGKILL, then inspects the store.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use veille_core::record::{ActorRef, DocMeta, EventRecord, Record, TextSpan};
use veille_core::{Document, EventType, Lang, Status, doc_id};
use veille_store::Store;

const CHILD_ENV: &str = "VEILLE_STORE_CRASH_CHILD";
const EVENTS_PER_DOC: usize = 8;

fn make(i: usize) -> (Document, Record) {
    // ~30 KB of text so a transaction takes long enough to be caught half-way.
    let text = format!("Rapport {i} : des hommes armés ont attaqué un poste près de Gao. ").repeat(400);
    let d = Document {
        id: doc_id(&text, None),
        title: Some(format!("Rapport {i}")),
        lang: Lang::Fr,
        lang_confidence: 1.0,
        text,
        ..Document::default()
    };
    let mut r = Record::new(DocMeta::from(&d));
    for n in 0..EVENTS_PER_DOC {
        r.events.push(EventRecord {
            id: format!("{}-{n}", d.id),
            kind: EventType::Assault,
            mode: None,
            acled: None,
            status: Status::Asserted,
            date: None,
            date_precision: None,
            actor: vec![ActorRef { id: None, name: "hommes armés".into(), acled_class: None }],
            recipient: vec![],
            source: vec![],
            location: None,
            fatalities: None,
            troops: None,
            quantities: vec![],
            evidence: vec![TextSpan { start: 0, end: 5, text: "Rappo".into() }],
            context: vec![],
            background: false,
            trigger: None,
            date_reason: None,
            location_reason: None,
            explain: vec![],
        });
    }
    (d, r)
}

fn writer(path: &str) {
    let mut s = Store::open(path).expect("child opens store");
    let deadline = Instant::now() + Duration::from_secs(120); // never outlive a dead parent for long
    let mut i = 0;
    while Instant::now() < deadline {
        let (d, r) = make(i);
        s.put(&d, &r).expect("child put");
        i += 1;
    }
}

#[test]
fn killed_writer_leaves_no_partial_document() {
    if let Ok(path) = std::env::var(CHILD_ENV) {
        writer(&path);
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crash.db");
    drop(Store::open(&path).unwrap());
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["killed_writer_leaves_no_partial_document", "--exact", "--nocapture", "--test-threads=1"])
        .env(CHILD_ENV, &path)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    loop {
        std::thread::sleep(Duration::from_millis(25));
        let n = Store::open(&path).and_then(|s| s.stats()).map(|s| s.documents).unwrap_or(0);
        if n >= 30 {
            break;
        }
        if start.elapsed() > Duration::from_secs(90) {
            let _ = child.kill();
            panic!("writer stored only {n} documents in 90 s");
        }
    }
    child.kill().unwrap();
    child.wait().unwrap();

    let s = Store::open(&path).expect("store opens after the kill");
    assert_eq!(s.check().unwrap(), Vec::<String>::new());
    let st = s.stats().unwrap();
    assert!(st.documents >= 30);
    assert_eq!(
        st.events,
        st.documents * EVENTS_PER_DOC as u64,
        "a document was stored without all its events"
    );
    drop(s);
    let c = rusqlite::Connection::open(&path).unwrap();
    let incomplete: i64 = c
        .query_row(
            "SELECT count(*) FROM documents d WHERE \
             (SELECT count(*) FROM events e WHERE e.doc_seq = d.seq) != ?1 \
             OR (SELECT count(*) FROM evidence v JOIN events e ON e.seq = v.event_seq WHERE e.doc_seq = d.seq) != ?1",
            [EVENTS_PER_DOC as i64],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(incomplete, 0);
    let fts: i64 = c
        .query_row("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'gao'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(fts as u64, st.documents, "full-text index out of step with documents");
    // The store keeps working: the next put goes in.
    drop(c);
    let mut s = Store::open(&path).unwrap();
    let (d, r) = make(1_000_000);
    s.put(&d, &r).unwrap();
}
