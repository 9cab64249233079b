//! A violent event whose sentence names no place takes the one place of the sentence before when
//! that sentence tells no event of its own (src/events/lead_place.rs). Sentences written for
//! veille in the style of wire reports.

mod common;

use common::{parse_markup, run_marked};
use veille_core::{EventType, Lang, record::Record};
use veille_extract::Pipeline;

fn run(src: &str, capital: bool) -> Record {
    let p = Pipeline::events_only().unwrap();
    let mut m = parse_markup(src);
    if capital {
        for pl in &mut m.places {
            pl.feature_code = Some("PPLC".into());
        }
    }
    run_marked(&p, m, Lang::Fr, false)
}

fn assault_place(r: &Record) -> Option<Option<String>> {
    r.events
        .iter()
        .find(|e| e.kind == EventType::Assault)
        .map(|e| e.location.as_ref().map(|l| l.name.clone()))
}

#[test]
fn place_of_the_lead_sentence() {
    let r = run(
        "« Ils sont venus à moto », raconte un commerçant de @[Kantchari|BF|1]. Des hommes armés ont enlevé \
         lundi soir deux conseillers municipaux.",
        false,
    );
    assert_eq!(assault_place(&r), Some(Some("Kantchari".to_string())), "{:?}", r.events);
}

#[test]
fn two_places_before_are_not_chosen_between() {
    let r = run(
        "Les habitants de @[Kantchari|BF|1] et de @[Diapaga|BF|1] vivent dans la peur. Des hommes armés ont \
         enlevé lundi soir deux conseillers municipaux.",
        false,
    );
    assert!(r.events.iter().all(|e| e.location.is_none()), "{:?}", r.events);
}

#[test]
fn a_capital_is_where_sources_speak() {
    let r = run(
        "Contactée par téléphone, une source sécuritaire à @[Niamey|NE|1] confirme l'information. Des hommes \
         armés ont enlevé lundi soir deux conseillers municipaux.",
        true,
    );
    assert!(r.events.iter().all(|e| e.location.is_none()), "{:?}", r.events);
}
