//! The most specific named place (src/events/specific_place.rs): an event its clause places in a
//! first- or second-level admin area takes the town inside that area the clause also names, or a
//! place the gazetteer lacks that the area situates right after it. Sentences written for veille.

mod common;

use common::{parse_markup, run_marked};
use veille_core::{EventType, Lang, record::Record};
use veille_extract::Pipeline;

/// `area`: name of the mention to make an ADM1 area (with admin1 `a1`); `towns`: names of the
/// mentions to put in first-level unit `a1` of their own (`None`: a place the gazetteer lacks).
fn run(src: &str, area: &str, a1: &str, towns: &[(&str, Option<&str>)]) -> Record {
    let p = Pipeline::events_only().unwrap();
    let mut m = parse_markup(src);
    for pl in &mut m.places {
        if pl.name == area {
            pl.feature_class = Some("A".into());
            pl.feature_code = Some("ADM1".into());
            pl.admin1 = Some(a1.to_string());
            pl.precision = 3;
        } else if let Some((_, t)) = towns.iter().find(|(n, _)| *n == pl.name) {
            match t {
                Some(t) => pl.admin1 = Some(t.to_string()),
                None => {
                    pl.geonames_id = None;
                    pl.feature_class = None;
                    pl.feature_code = None;
                    pl.reason = Some("not in gazetteer".into());
                }
            }
        }
    }
    run_marked(&p, m, Lang::Fr, false)
}

fn assault_place(r: &Record) -> Option<String> {
    r.events
        .iter()
        .find(|e| e.kind == EventType::Assault)
        .and_then(|e| e.location.as_ref().map(|l| l.name.clone()))
}

const PAMA: &str = "Près de @[Pama|BF|1], dans la @[région de l'Est|BF|3], des hommes armés ont attaqué lundi un convoi \
                    de ravitaillement.";

#[test]
fn a_town_inside_the_area_is_the_place() {
    let r = run(PAMA, "région de l'Est", "Est", &[("Pama", Some("Est"))]);
    assert_eq!(assault_place(&r).as_deref(), Some("Pama"), "{:?}", r.events);
}

#[test]
fn a_town_of_another_area_is_not() {
    let r = run(PAMA, "région de l'Est", "Est", &[("Pama", Some("Centre-Nord"))]);
    assert_eq!(assault_place(&r).as_deref(), Some("région de l'Est"), "{:?}", r.events);
}

#[test]
fn a_place_the_gazetteer_lacks_situated_by_the_area() {
    let r = run(
        "À une quinzaine de kilomètres d'@[Adel Bagrou|MR|1], dans le @[Hodh Ech Chargui|MR|3], des hommes armés \
         ont tué samedi sept éleveurs.",
        "Hodh Ech Chargui",
        "Hodh Ech Chargui",
        &[("Adel Bagrou", None)],
    );
    assert_eq!(assault_place(&r).as_deref(), Some("Adel Bagrou"), "{:?}", r.events);
}
