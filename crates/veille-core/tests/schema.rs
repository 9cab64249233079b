//! The Rust record type and the JSON Schema file must agree.

use veille_core::record::*;
use veille_core::{EntityType, EventType, Precision, Status};

fn schema() -> serde_json::Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../schema/veille.doc-1.schema.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("schema file")).expect("schema json")
}

fn full_record() -> Record {
    let mut r = Record::new(DocMeta {
        id: "ab12".into(),
        url: None,
        title: Some("t".into()),
        published: Some("2025-04".into()),
        lang: "fr".into(),
        source: None,
    });
    r.entities.push(EntityRecord {
        id: Some("kb:ML-FAMA".into()),
        name: "Forces armées maliennes".into(),
        kind: EntityType::StateForce,
        country: Some("ML".into()),
        mentions: vec![TextSpan { start: 0, end: 4, text: "FAMa".into() }],
        candidates: vec![],
        reason: None,
    });
    r.events.push(EventRecord {
        id: "e1".into(),
        kind: EventType::Assault,
        mode: Some("aerial".into()),
        acled: Some(Acled {
            event_type: "Explosions/Remote violence".into(),
            sub_event_type: "Air/drone strike".into(),
        }),
        status: Status::Claimed,
        date: Some("2023-11-07".into()),
        date_precision: Some(Precision::Day),
        actor: vec![ActorRef { id: Some("kb:ML-FAMA".into()), name: "FAMa".into(), acled_class: None }],
        recipient: vec![],
        source: vec![ActorRef { id: None, name: "un élu local".into(), acled_class: None }],
        location: Some(Location {
            name: "Kidal".into(),
            country: Some("ML".into()),
            admin1: Some("Kidal".into()),
            lat: Some(18.44),
            lon: Some(1.41),
            geonames_id: Some(2455290),
            precision: 1,
            ..Default::default()
        }),
        fatalities: Some(27),
        troops: None,
        quantities: vec![QuantityRecord {
            kind: QuantityKind::Fatalities,
            value: 27,
            approx: false,
            start: 3,
            end: 9,
            claimed_by: None,
        }],
        evidence: vec![TextSpan { start: 0, end: 10, text: "0123456789".into() }],
        context: vec!["military".into()],
        background: false,
        trigger: None,
        date_reason: None,
        location_reason: None,
        explain: vec![],
    });
    r
}

#[test]
fn emitted_record_validates() {
    let validator = jsonschema::validator_for(&schema()).expect("schema compiles");
    let v = serde_json::to_value(full_record()).unwrap();
    let errors: Vec<String> = validator.iter_errors(&v).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn schema_rejects_broken_records() {
    let validator = jsonschema::validator_for(&schema()).expect("schema compiles");
    let mut v = serde_json::to_value(full_record()).unwrap();
    v["events"][0]["status"] = "rumoured".into();
    assert!(!validator.is_valid(&v));
    let mut v = serde_json::to_value(full_record()).unwrap();
    v["events"][0].as_object_mut().unwrap().remove("evidence");
    assert!(!validator.is_valid(&v));
    let mut v = serde_json::to_value(full_record()).unwrap();
    v["entities"][0]["id"] = "ML-FAMA".into();
    assert!(!validator.is_valid(&v));
}

#[test]
fn record_round_trips() {
    let r = full_record();
    let s = serde_json::to_string(&r).unwrap();
    assert_eq!(serde_json::from_str::<Record>(&s).unwrap(), r);
}
