//! GeoJSON output: structure, lon/lat order, properties per event, events without coordinates
//! skipped and counted.

use serde_json::Value;
use veille_core::record::{ActorRef, DocMeta, EventRecord, Location};
use veille_core::{EventType, Status};

fn event(id: &str, loc: Option<Location>) -> EventRecord {
    EventRecord {
        id: id.to_string(),
        kind: EventType::Assault,
        mode: Some("firearms".into()),
        acled: None,
        status: Status::Claimed,
        date: Some("2025-03-11".into()),
        date_precision: Some(veille_core::Precision::Day),
        actor: vec![ActorRef { id: Some("kb:JNIM".into()), name: "JNIM".into(), acled_class: None }],
        recipient: vec![ActorRef { id: Some("kb:ML-FAMA".into()), name: "FAMa".into(), acled_class: None }],
        source: vec![],
        location: loc,
        fatalities: Some(6),
        troops: None,
        quantities: vec![],
        evidence: vec![],
        context: vec![],
        background: false,
        trigger: None,
        date_reason: None,
        location_reason: None,
        explain: vec![],
    }
}

fn djibo() -> Location {
    Location {
        name: "Djibo".into(),
        country: Some("BF".into()),
        admin1: Some("Sahel".into()),
        lat: Some(14.0994),
        lon: Some(-1.62554),
        geonames_id: Some(2361177),
        precision: 2,
        admin2: Some("Province du Soum".into()),
        offset_km: Some(30.0),
        bearing: Some("N".into()),
        mention: None,
    }
}

#[test]
fn feature_collection_structure_and_lon_lat_order() {
    let doc = DocMeta {
        id: "abc".into(),
        url: Some("https://example.invalid/a".into()),
        title: Some("Embuscade près de Djibo".into()),
        published: Some("2025-03-12".into()),
        lang: "fr".into(),
        source: None,
    };
    let no_coords = Location { name: "Boulkessi".into(), precision: 1, ..Default::default() };
    let events = vec![
        (doc.clone(), event("e1", Some(djibo()))),
        (doc.clone(), event("e2", None)),
        (doc.clone(), event("e3", Some(no_coords))),
    ];
    let fc = veille_geo::geojson::feature_collection(&events);
    assert_eq!(fc["type"], "FeatureCollection");
    let feats = fc["features"].as_array().expect("features array");
    assert_eq!(feats.len(), 1, "events without coordinates are skipped");
    assert_eq!(fc["veille"]["skipped_without_coordinates"], 2);

    let f = &feats[0];
    assert_eq!(f["type"], "Feature");
    assert_eq!(f["geometry"]["type"], "Point");
    let c = f["geometry"]["coordinates"].as_array().expect("coordinates");
    assert_eq!(c.len(), 2);
    // RFC 7946: [longitude, latitude]. Djibo is at 14.1 N, 1.6 W.
    let (lon, lat) = (c[0].as_f64().unwrap(), c[1].as_f64().unwrap());
    assert!((lon - -1.62554).abs() < 1e-9 && (lat - 14.0994).abs() < 1e-9, "got {c:?}");
    assert!((-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat));

    let p = &f["properties"];
    assert_eq!(p["id"], "e1");
    assert_eq!(p["type"], "ASSAULT");
    assert_eq!(p["mode"], "firearms");
    assert_eq!(p["status"], "claimed");
    assert_eq!(p["date"], "2025-03-11");
    assert_eq!(p["actors"][0]["name"], "JNIM");
    assert_eq!(p["recipients"][0]["id"], "kb:ML-FAMA");
    assert_eq!(p["fatalities"], 6);
    assert_eq!(p["troops"], Value::Null);
    assert_eq!(p["doc_id"], "abc");
    assert_eq!(p["doc_url"], "https://example.invalid/a");
    assert_eq!(p["doc_title"], "Embuscade près de Djibo");
    assert_eq!(p["location"], "Djibo");
    assert_eq!(p["precision"], 2);
    assert_eq!(p["geonames_id"], 2361177);
    assert_eq!(p["offset_km"], 30.0);
    assert_eq!(p["bearing"], "N");

    // Serializes to JSON that parses back to the same value (what a map library loads).
    let s = serde_json::to_string(&fc).unwrap();
    let back: Value = serde_json::from_str(&s).unwrap();
    assert_eq!(back, fc);
}

#[test]
fn empty_input_gives_an_empty_collection() {
    let fc = veille_geo::geojson::feature_collection(&[]);
    assert_eq!(fc["type"], "FeatureCollection");
    assert_eq!(fc["features"].as_array().map(Vec::len), Some(0));
}
