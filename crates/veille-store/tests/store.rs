//! Store behaviour: migrations, idempotent puts, atomicity, full-text search, event filters.

use veille_core::record::{ActorRef, DocMeta, EntityRecord, EventRecord, Location, Record, TextSpan};
use veille_core::{Document, EntityType, EventType, Lang, PartialDate, Precision, Status, doc_id};
use veille_store::{ActorRole, EventFilter, PutOutcome, SCHEMA_VERSION, Store, StoreError};

fn doc(text: &str, title: &str, published: &str, lang: Lang) -> Document {
    Document {
        id: doc_id(text, None),
        title: Some(title.to_string()),
        published: PartialDate::parse_iso(published).ok(),
        lang,
        lang_confidence: 0.9,
        text: text.to_string(),
        origin: Some("test".into()),
        ..Document::default()
    }
}

fn actor(id: Option<&str>, name: &str) -> ActorRef {
    ActorRef { id: id.map(str::to_string), name: name.to_string(), acled_class: None }
}

struct Ev<'a> {
    n: usize,
    kind: EventType,
    date: Option<&'a str>,
    precision: Option<Precision>,
    country: Option<&'a str>,
    actors: Vec<ActorRef>,
    recipients: Vec<ActorRef>,
}

fn event(d: &Document, e: Ev) -> EventRecord {
    EventRecord {
        id: format!("{}-{}", &d.id[..12], e.n),
        kind: e.kind,
        mode: None,
        acled: None,
        status: Status::Asserted,
        date: e.date.map(str::to_string),
        date_precision: e.precision,
        actor: e.actors,
        recipient: e.recipients,
        source: vec![],
        location: e.country.map(|c| Location {
            name: "somewhere".into(),
            country: Some(c.into()),
            precision: 3,
            ..Location::default()
        }),
        fatalities: Some(3),
        troops: None,
        quantities: vec![],
        evidence: vec![TextSpan { start: 0, end: 10, text: d.text.chars().take(10).collect() }],
        context: vec![],
        background: false,
        trigger: None,
        date_reason: None,
        location_reason: None,
        explain: vec![],
    }
}

fn record(d: &Document, events: Vec<EventRecord>) -> Record {
    let mut r = Record::new(DocMeta::from(d));
    r.entities.push(EntityRecord {
        id: Some("kb:ML-FAMA".into()),
        name: "Forces armées maliennes".into(),
        kind: EntityType::StateForce,
        country: Some("ML".into()),
        mentions: vec![TextSpan { start: 0, end: 4, text: d.text.chars().take(4).collect() }],
        candidates: vec![],
        reason: None,
    });
    r.events = events;
    r
}

/// A small corpus: three documents, four events.
fn corpus() -> Vec<(Document, Record)> {
    let fama = || actor(Some("kb:ML-FAMA"), "Forces armées maliennes");
    let jnim = || actor(Some("kb:JNIM"), "Groupe de soutien à l'islam et aux musulmans");
    let d1 = doc(
        "Les Forces armées maliennes ont frappé une position du JNIM près de Léré. La réforme de l'armée se poursuit.",
        "Frappe près de Léré",
        "2025-04-10",
        Lang::Fr,
    );
    let e1 = vec![
        event(
            &d1,
            Ev {
                n: 0,
                kind: EventType::Assault,
                date: Some("2025-04-08"),
                precision: Some(Precision::Day),
                country: Some("ML"),
                actors: vec![fama()],
                recipients: vec![jnim()],
            },
        ),
        event(
            &d1,
            Ev {
                n: 1,
                kind: EventType::Mobilize,
                date: Some("2025-04"),
                precision: Some(Precision::Month),
                country: Some("ML"),
                actors: vec![fama()],
                recipients: vec![],
            },
        ),
    ];
    let d2 = doc(
        "Burkina Faso's army said it repelled an attack on Djibo; the government announced a reform of the gendarmerie.",
        "Attack on Djibo repelled",
        "2025-03",
        Lang::En,
    );
    let e2 = vec![event(
        &d2,
        Ev {
            n: 0,
            kind: EventType::Assault,
            date: Some("2025-03-02"),
            precision: Some(Precision::Week),
            country: Some("BF"),
            actors: vec![actor(None, "unidentified gunmen")],
            recipients: vec![actor(Some("kb:BF-FDS"), "Forces de défense et de sécurité")],
        },
    )];
    let d3 = doc(
        "Le Niger et le Mali ont signé un accord de coopération militaire à Niamey, sans date précisée.",
        "Accord Niger-Mali",
        "2025",
        Lang::Fr,
    );
    let e3 = vec![event(
        &d3,
        Ev {
            n: 0,
            kind: EventType::Cooperate,
            date: None,
            precision: None,
            country: None,
            actors: vec![actor(Some("kb:NE"), "Niger"), actor(Some("kb:ML"), "Mali")],
            recipients: vec![],
        },
    )];
    let (r1, r2, r3) = (record(&d1, e1), record(&d2, e2), record(&d3, e3));
    vec![(d1, r1), (d2, r2), (d3, r3)]
}

fn filled() -> Store {
    let mut s = Store::open_in_memory().unwrap();
    for (d, r) in corpus() {
        assert_eq!(s.put(&d, &r).unwrap(), PutOutcome::Inserted);
    }
    s
}

#[test]
fn migrations_from_empty_and_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.db");
    {
        let s = Store::open(&path).unwrap();
        assert_eq!(s.schema_version().unwrap(), SCHEMA_VERSION);
        assert!(s.check().unwrap().is_empty());
    }
    let mut s = Store::open(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), SCHEMA_VERSION);
    let (d, r) = corpus().remove(0);
    s.put(&d, &r).unwrap();
    drop(s);
    let s = Store::open(&path).unwrap();
    assert_eq!(s.stats().unwrap().documents, 1);
    drop(s);
    // A store from a future veille is refused, not silently misread.
    let c = rusqlite::Connection::open(&path).unwrap();
    c.pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
    drop(c);
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, StoreError::TooNew { .. }), "{err}");
}

#[test]
fn opening_in_a_missing_directory_names_the_path() {
    let err = Store::open("/nonexistent-dir-for-veille/x.db").unwrap_err();
    assert!(err.to_string().contains("/nonexistent-dir-for-veille/x.db"), "{err}");
}

#[test]
fn re_putting_changes_nothing() {
    let mut s = filled();
    let before = s.stats().unwrap();
    assert_eq!((before.documents, before.entities, before.events), (3, 3, 4));
    for (d, r) in corpus() {
        assert_eq!(s.put(&d, &r).unwrap(), PutOutcome::Unchanged);
    }
    let corpus = corpus();
    let outs = s.put_many(corpus.iter().map(|(d, r)| (d, r))).unwrap();
    assert_eq!(outs, vec![PutOutcome::Unchanged; 3]);
    assert_eq!(s.stats().unwrap(), before);
    // Replace rewrites a document and its rows without duplicating them.
    let (d, mut r) = corpus[0].clone();
    r.events.truncate(1);
    assert_eq!(s.replace(&d, &r).unwrap(), PutOutcome::Replaced);
    let after = s.stats().unwrap();
    assert_eq!((after.documents, after.entities, after.events), (3, 3, 3));
    assert_eq!(s.search("Léré", 10).unwrap().len(), 1);
    assert!(s.check().unwrap().is_empty());
    // An untitled document replaced twice keeps the full-text index in step with the text.
    let (mut d, _) = corpus[1].clone();
    d.title = None;
    let r = Record::new(DocMeta::from(&d));
    s.replace(&d, &r).unwrap();
    s.replace(&d, &r).unwrap();
    assert_eq!(s.check().unwrap(), Vec::<String>::new());
    assert_eq!(s.search("Djibo", 10).unwrap()[0].title, None);
}

#[test]
fn delete_and_optimize() {
    let mut s = filled();
    let (d, _) = corpus().remove(0);
    assert!(s.delete(&d.id).unwrap());
    assert!(!s.delete(&d.id).unwrap());
    let st = s.stats().unwrap();
    assert_eq!((st.documents, st.entities, st.events), (2, 2, 2));
    assert!(s.search("Léré", 10).unwrap().is_empty());
    s.optimize().unwrap();
    assert_eq!(s.search("Djibo", 10).unwrap().len(), 1);
    assert!(s.check().unwrap().is_empty());
}

#[test]
fn a_failing_put_writes_nothing() {
    let mut s = Store::open_in_memory().unwrap();
    let (d, mut r) = corpus().remove(0);
    // The second event's evidence is invalid (end before start): the database refuses it
    // after the document, its entity and its first event were written in the transaction.
    r.events[1].evidence[0] = TextSpan { start: 9, end: 2, text: "x".into() };
    assert!(s.put(&d, &r).is_err());
    let st = s.stats().unwrap();
    assert_eq!((st.documents, st.entities, st.events), (0, 0, 0));
    assert!(s.search("Léré", 10).unwrap().is_empty());
    assert!(s.get_document(&d.id).unwrap().is_none());

    // A batch with one bad document is written not at all.
    let mut c = corpus();
    c[2].1.events[0].evidence[0].start = 50;
    c[2].1.events[0].evidence[0].end = 40;
    assert!(s.put_many(c.iter().map(|(d, r)| (d, r))).is_err());
    assert_eq!(s.stats().unwrap().documents, 0);
    // The good ones go in afterwards; the store is healthy.
    for (d, r) in &c[..2] {
        assert_eq!(s.put(d, r).unwrap(), PutOutcome::Inserted);
    }
    assert_eq!(s.stats().unwrap().documents, 2);
    assert!(s.check().unwrap().is_empty());

    // A record for another document is refused.
    let (d1, _) = &c[0];
    let (_, r2) = &c[1];
    assert!(matches!(s.put(d1, r2), Err(StoreError::InvalidRecord { .. })));
}

#[test]
fn full_text_search_ignores_accents_and_case_and_is_injection_safe() {
    let s = filled();
    let titles = |q: &str| -> Vec<String> {
        s.search(q, 10).unwrap().into_iter().map(|h| h.title.unwrap_or_default()).collect()
    };
    assert_eq!(titles("reforme"), ["Frappe près de Léré"]); // "réforme", French doc only
    assert_eq!(titles("RÉFORME"), ["Frappe près de Léré"]);
    assert_eq!(titles("lere"), ["Frappe près de Léré"]);
    assert_eq!(titles("reform"), ["Attack on Djibo repelled"]);
    assert_eq!(titles("reform*").len(), 2);
    assert_eq!(titles("l'armée"), ["Frappe près de Léré"]);
    assert_eq!(titles("Djibo army").len(), 1);
    assert!(titles("Djibo Niamey").is_empty()); // words are ANDed
    assert_eq!(titles("accord").len(), 1); // in the title and the text
    for nasty in ["\"unbalanced", "AND", "(", "NEAR(a b", "x OR", "*", "-", "col:text", "'"] {
        s.search(nasty, 5).unwrap_or_else(|e| panic!("{nasty}: {e}"));
    }
    let hit = &s.search("reforme", 1).unwrap()[0];
    assert!(hit.snippet.contains("[réforme]"), "{}", hit.snippet);
    assert_eq!(hit.published.as_deref(), Some("2025-04-10"));
}

#[test]
fn documents_by_id_prefix_and_records_round_trip() {
    let s = filled();
    let c = corpus();
    let (d, r) = &c[0];
    let got = s.get_document(&d.id[..10]).unwrap().unwrap();
    assert_eq!(&got.doc, d);
    assert!(got.ingested_at.ends_with('Z'));
    assert_eq!(s.get_record(&d.id).unwrap().as_ref(), Some(r));
    assert!(s.get_document("ffffffffffff").unwrap().is_none());
    assert!(s.contains(&d.id).unwrap());
    assert!(!s.contains(&d.id[..10]).unwrap());
    assert!(s.get_document("not hex at all").unwrap().is_none());
    // The empty prefix is not a prefix; a one-char prefix may well be ambiguous.
    assert!(s.get_document("").unwrap().is_none());
    let firsts: Vec<char> = c.iter().map(|(d, _)| d.id.chars().next().unwrap()).collect();
    for ch in firsts.iter().copied() {
        let n = firsts.iter().filter(|&&x| x == ch).count();
        let res = s.get_document(&ch.to_string());
        if n > 1 {
            assert!(matches!(res, Err(StoreError::AmbiguousId { count, .. }) if count == n));
        } else {
            assert!(res.unwrap().is_some());
        }
    }
}

fn types(s: &Store, f: &EventFilter) -> Vec<String> {
    s.events(f)
        .unwrap()
        .into_iter()
        .map(|e| format!("{}@{}", e.record.kind, e.record.date.unwrap_or_default()))
        .collect()
}

#[test]
fn event_filters() {
    let s = filled();
    let all = EventFilter::default();
    // Most recent first (by the first day the date can denote), undated last.
    assert_eq!(
        types(&s, &all),
        ["ASSAULT@2025-04-08", "MOBILIZE@2025-04", "ASSAULT@2025-03-02", "COOPERATE@"]
    );

    let d = |s: &str| PartialDate::parse_iso(s).ok();
    // A month-precision event overlaps any day of its month.
    let f = EventFilter { since: d("2025-04-20"), ..Default::default() };
    assert_eq!(types(&s, &f), ["MOBILIZE@2025-04"]);
    let f = EventFilter { until: d("2025-03"), ..Default::default() };
    assert_eq!(types(&s, &f), ["ASSAULT@2025-03-02"]);
    // Week precision: 2025-03-02 ± 3 days reaches 2025-03-05.
    let f = EventFilter { since: d("2025-03-05"), until: d("2025-03-31"), ..Default::default() };
    assert_eq!(types(&s, &f), ["ASSAULT@2025-03-02"]);
    let f = EventFilter { since: d("2025-03-06"), until: d("2025-03-31"), ..Default::default() };
    assert!(types(&s, &f).is_empty());

    let f = EventFilter { country: Some("ml".into()), ..Default::default() };
    assert_eq!(types(&s, &f).len(), 2);
    let f = EventFilter { kind: Some(EventType::Assault), ..Default::default() };
    assert_eq!(types(&s, &f), ["ASSAULT@2025-04-08", "ASSAULT@2025-03-02"]);
    let f = EventFilter { kind: Some(EventType::Assault), country: Some("BF".into()), ..Default::default() };
    assert_eq!(types(&s, &f), ["ASSAULT@2025-03-02"]);

    // Actor: kb id with or without the prefix, any case; or a name substring, accent-blind.
    for a in ["kb:ML-FAMA", "ml-fama", "armees MALIENNES", "Forces armées"] {
        let f = EventFilter { actor: Some(a.into()), ..Default::default() };
        assert_eq!(types(&s, &f), ["ASSAULT@2025-04-08", "MOBILIZE@2025-04"], "{a}");
    }
    let f = EventFilter { actor: Some("jnim".into()), ..Default::default() };
    assert_eq!(types(&s, &f), ["ASSAULT@2025-04-08"]);
    let f =
        EventFilter { actor: Some("jnim".into()), actor_role: Some(ActorRole::Actor), ..Default::default() };
    assert!(types(&s, &f).is_empty());
    let f = EventFilter { actor: Some("50%_".into()), ..Default::default() };
    assert!(types(&s, &f).is_empty());

    let f = EventFilter { limit: Some(1), ..Default::default() };
    let ev = s.events(&f).unwrap();
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0].doc_title.as_deref(), Some("Frappe près de Léré"));
    assert_eq!(ev[0].record.actor[0].id.as_deref(), Some("kb:ML-FAMA"));
}

#[test]
fn stats_count_by_language_and_type() {
    let s = filled();
    let st = s.stats().unwrap();
    assert_eq!(st.by_lang, vec![("fr".to_string(), 2), ("en".to_string(), 1)]);
    assert_eq!(st.events_by_type[0], ("ASSAULT".to_string(), 2));
    assert_eq!(st.events_by_type.len(), 3);
    assert_eq!(
        st.events_by_country,
        vec![("ML".to_string(), 2), ("?".to_string(), 1), ("BF".to_string(), 1)]
    );
}
