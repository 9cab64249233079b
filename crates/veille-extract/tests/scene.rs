//! A country named with a compass part after a locative ("in northern Mali", "dans le nord du
//! Niger") is the scene of its clause — country set, no place (EVAL.md guideline 8) — and not the
//! object or recipient of the verb (src/events/scene.rs). Sentences written for veille in the
//! style of wire reports; the regional phrase is given as the geoparser reads it.

mod common;

use common::{parse_markup, run_marked};
use veille_core::record::Record;
use veille_core::{EventType, Lang, PlaceMention, Span};
use veille_extract::Pipeline;

/// Runs the event stage; `phrase` (e.g. "le nord du Mali") is the regional phrase, read with
/// bearing `bearing` around the country mention it ends with.
fn run(src: &str, lang: Lang, phrase: &str, bearing: &str) -> Record {
    let p = Pipeline::events_only().unwrap();
    let mut m = parse_markup(src);
    let start = m.text.find(phrase).expect("phrase in text");
    let end = start + phrase.len();
    let e = m.entities.iter().find(|e| e.span.end == end).expect("country mention ends the phrase");
    m.places.push(PlaceMention {
        span: Span::new(start, end),
        name_span: e.span,
        name: e.name.clone(),
        geonames_id: Some(1),
        country: e.country.clone(),
        admin1: None,
        admin2: None,
        lat: None,
        lon: None,
        feature_class: Some("A".into()),
        feature_code: Some("PCLI".into()),
        precision: 3,
        offset_km: None,
        bearing: Some(bearing.to_string()),
        score: 1.0,
        reason: None,
    });
    m.places.sort_by_key(|p| p.span.start);
    run_marked(&p, m, lang, false)
}

fn assault(r: &Record) -> &veille_core::record::EventRecord {
    r.events.iter().find(|e| e.kind == EventType::Assault).expect("an assault")
}

#[test]
fn english_northern_country_is_the_scene_not_the_victim() {
    let r = run(
        "Gunmen on motorbikes killed 14 villagers in northern [Mali|kb:ML|c] on Sunday, local officials said.",
        Lang::En,
        "northern Mali",
        "N",
    );
    let e = assault(&r);
    assert!(e.recipient.iter().all(|x| x.id.as_deref() != Some("kb:ML")));
    assert_eq!(e.location.as_ref().and_then(|l| l.country.as_deref()), Some("ML"));
}

#[test]
fn english_compound_bearing() {
    let r = run(
        "Suspected jihadists abducted 20 women in north-east [Nigeria|kb:NG|c] last week.",
        Lang::En,
        "north-east Nigeria",
        "NE",
    );
    let e = r.events.iter().find(|e| e.kind == EventType::Assault).expect("an abduction");
    assert!(e.recipient.iter().all(|x| x.id.as_deref() != Some("kb:NG")));
    assert_eq!(e.location.as_ref().and_then(|l| l.country.as_deref()), Some("NG"));
}

#[test]
fn french_le_nord_du_pays() {
    let r = run(
        "Des hommes armés ont tué une quinzaine de civils dimanche dans le nord du [Burkina Faso|kb:BF|c], selon des sources locales.",
        Lang::Fr,
        "le nord du Burkina Faso",
        "N",
    );
    let e = assault(&r);
    assert!(e.recipient.iter().all(|x| x.id.as_deref() != Some("kb:BF")));
    assert_eq!(e.location.as_ref().and_then(|l| l.country.as_deref()), Some("BF"));
}

#[test]
fn a_sentence_opening_scene_is_not_the_subject() {
    let r = run(
        "In northern [Mali|kb:ML|c] gunmen killed 12 herders on Monday, residents said.",
        Lang::En,
        "northern Mali",
        "N",
    );
    let e = assault(&r);
    assert!(e.actor.iter().all(|x| x.id.as_deref() != Some("kb:ML")));
    assert!(e.recipient.iter().all(|x| x.id.as_deref() != Some("kb:ML")));
    assert_eq!(e.location.as_ref().and_then(|l| l.country.as_deref()), Some("ML"));
}

#[test]
fn an_outlet_after_par_is_not_the_place() {
    let p = Pipeline::events_only().unwrap();
    let mut m = parse_markup(
        "Six soldats ont été tués dimanche dans une embuscade, selon des sources locales jointes par Sahelmedia.",
    );
    let start = m.text.find("Sahelmedia").unwrap();
    let span = Span::new(start, start + "Sahelmedia".len());
    m.places.push(PlaceMention {
        span,
        name_span: span,
        name: "Sahelmedia".into(),
        geonames_id: None,
        country: None,
        admin1: None,
        admin2: None,
        lat: None,
        lon: None,
        feature_class: None,
        feature_code: None,
        precision: 1,
        offset_km: None,
        bearing: None,
        score: 0.0,
        reason: Some(veille_geo::NOT_IN_GAZETTEER.into()),
    });
    let r = run_marked(&p, m, Lang::Fr, false);
    assert!(assault(&r).location.is_none());
}
