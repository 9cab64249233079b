//! Write throughput of the store: N synthetic documents, each with two entities and three
//! events, put one per transaction and then in batches, into a fresh file. Checks the counts
//! before printing figures. Run in release:
//!
//!     cargo run --release -p veille-store --example store_throughput -- 10000 /tmp/store-bench.db

use std::time::Instant;
use veille_core::record::{ActorRef, DocMeta, EntityRecord, EventRecord, Record, TextSpan};
use veille_core::{Document, EntityType, EventType, Lang, Status, doc_id};
use veille_store::Store;

fn make(i: usize) -> (Document, Record) {
    let text = format!(
        "Rapport {i}. Des hommes armés ont attaqué mardi un poste de l'armée près de Ménaka, tuant {} soldats, \
         selon des sources sécuritaires. L'armée a annoncé l'envoi de renforts dans la zone. La réforme du secteur \
         de la sécurité se poursuit, a déclaré le ministre de la Défense lors d'une conférence de presse à Bamako.",
        i % 97
    )
    .repeat(3);
    let d = Document {
        id: doc_id(&text, None),
        title: Some(format!("Attaque près de Ménaka ({i})")),
        lang: Lang::Fr,
        lang_confidence: 0.95,
        text,
        ..Document::default()
    };
    let mut r = Record::new(DocMeta::from(&d));
    for (name, id) in [("Forces armées maliennes", "kb:ML-FAMA"), ("Ménaka", "kb:ML-MENAKA")] {
        r.entities.push(EntityRecord {
            id: Some(id.into()),
            name: name.into(),
            kind: EntityType::StateForce,
            country: Some("ML".into()),
            mentions: vec![TextSpan { start: 10, end: 20, text: "x".into() }],
            candidates: vec![],
            reason: None,
        });
    }
    for n in 0..3 {
        r.events.push(EventRecord {
            id: format!("{}-{n}", &d.id[..16]),
            kind: EventType::Assault,
            mode: None,
            acled: None,
            status: Status::Asserted,
            date: Some("2025-04-08".into()),
            date_precision: None,
            actor: vec![ActorRef { id: None, name: "hommes armés".into(), acled_class: None }],
            recipient: vec![ActorRef {
                id: Some("kb:ML-FAMA".into()),
                name: "Forces armées maliennes".into(),
                acled_class: None,
            }],
            source: vec![],
            location: None,
            fatalities: Some(3),
            troops: None,
            quantities: vec![],
            evidence: vec![TextSpan { start: 0, end: 100, text: "evidence".into() }],
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

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let path = args.next().unwrap_or_else(|| "/tmp/veille-store-bench.db".into());
    for mode in ["one transaction per document", "batches of 256 documents"] {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{path}{suffix}"));
        }
        let docs: Vec<_> = (0..n).map(make).collect();
        let mut s = Store::open(&path).expect("open store");
        let t0 = Instant::now();
        if mode.starts_with("one") {
            for (d, r) in &docs {
                s.put(d, r).expect("put");
            }
        } else {
            for chunk in docs.chunks(256) {
                s.put_many(chunk.iter().map(|(d, r)| (d, r))).expect("put_many");
            }
        }
        let dt = t0.elapsed().as_secs_f64();
        let st = s.stats().expect("stats");
        assert_eq!((st.documents, st.events), (n as u64, 3 * n as u64));
        let t1 = Instant::now();
        let hits = s.search("reforme securite", 20).expect("search");
        let search_ms = t1.elapsed().as_secs_f64() * 1e3;
        assert_eq!(hits.len(), 20.min(n));
        let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        println!(
            "{mode}: {n} documents in {dt:.2} s = {:.0} docs/s; search over {n} docs {search_ms:.1} ms; db {:.1} MB",
            n as f64 / dt,
            size as f64 / 1e6
        );
    }
}
