//! A place the gazetteer lacks takes the country of the article's other places, else of its
//! dateline (src/events/unknown_place.rs); a city abroad is no second scene. Reports written for
//! veille. Places marked `@[Name|-|1]` are unresolved ("not in gazetteer", no country); those marked
//! `@[Name|CC|0]` are cities abroad.

mod common;

use common::{doc, location_rule, parse_markup};
use veille_core::record::{EventRecord, Record};
use veille_core::{EventType, Lang};
use veille_extract::Pipeline;
use veille_extract::analysis::Analysis;

fn run(src: &str, lang: Lang) -> Record {
    let p = Pipeline::events_only().unwrap();
    let m = parse_markup(src);
    let d = doc(&m.text, lang);
    let mut a = Analysis::new(&d, true);
    a.entities = m.entities;
    a.places = m
        .places
        .into_iter()
        .map(|mut p| {
            if p.country.as_deref() == Some("-") {
                p.country = None;
                p.geonames_id = None;
                p.reason = Some(veille_geo::NOT_IN_GAZETTEER.to_string());
            } else if p.precision == 0 {
                p.precision = 1;
                p.geonames_id = None;
                p.reason = Some(format!(
                    "{} (a city abroad, in {})",
                    veille_geo::NOT_IN_GAZETTEER,
                    p.country.clone().unwrap()
                ));
            }
            p
        })
        .collect();
    p.run(&mut a);
    veille_extract::pipeline::assemble(a)
}

fn event<'r>(r: &'r Record, kind: EventType, trigger_word: &str) -> &'r EventRecord {
    r.events
        .iter()
        .find(|e| e.kind == kind && e.evidence.iter().any(|s| s.text.contains(trigger_word)))
        .unwrap_or_else(|| panic!("a {kind:?} with {trigger_word} in {:?}", r.events))
}

#[test]
fn an_unknown_village_takes_the_country_of_the_articles_places() {
    let r = run(
        "Attaque dans l'Extrême-Nord\n\nDes combattants de [Boko Haram|kb:BOKO-HARAM|g] ont tué six \
         civils dimanche à @[Tourgoumi|-|1]. Les blessés ont été évacués vers @[Mora|CM|1]. Le \
         sous-préfet de @[Kolofata|CM|1] a annoncé des renforts.",
        Lang::Fr,
    );
    let e = event(&r, EventType::Assault, "tué");
    let loc = e.location.as_ref().expect("a location");
    assert_eq!(loc.name, "Tourgoumi", "the place as written");
    assert_eq!(loc.country.as_deref(), Some("CM"));
    assert!(location_rule(e).contains("not in the gazetteer"), "{}", location_rule(e));
}

#[test]
fn an_unknown_village_takes_the_dateline_country_when_places_disagree() {
    let r = run(
        "Bandits kill villagers\n\n@[GUSAU|NG|1], Nigeria (AP) - Gunmen killed eleven villagers on \
         Sunday in @[Kairu|-|1], police said. Some of the attackers later fled towards @[Maradi|NE|1], \
         across the border, and others towards @[Katsina|NG|1].",
        Lang::En,
    );
    let e = event(&r, EventType::Assault, "killed");
    let loc = e.location.as_ref().expect("a location");
    assert_eq!(loc.name, "Kairu");
    assert_eq!(loc.country.as_deref(), Some("NG"));
}

#[test]
fn with_places_in_two_countries_and_no_dateline_the_village_stays_unknown() {
    let r = run(
        "Des hommes armés ont tué trois éleveurs samedi à @[Tinfaradji|-|1]. Les assaillants \
         venaient de @[Ménaka|ML|1], selon des sources locales à @[Tillabéri|NE|1].",
        Lang::Fr,
    );
    let e = event(&r, EventType::Assault, "tué");
    let loc = e.location.as_ref().expect("a location");
    assert_eq!(loc.name, "Tinfaradji");
    assert_eq!(loc.country, None, "{loc:?}");
}

#[test]
fn a_city_abroad_is_no_second_scene() {
    let r = run(
        "Des jihadistes ont attaqué mardi un poste de l'[armée nigérienne|kb:NE-FAN|f:NE] près de \
         @[Tillabéri|NE|1]. La veille, un camp avait été incendié près d'@[Ayorou|NE|1]. Le même jour, \
         le ministre de la Défense a signé à @[Moscou|RU|0] un accord de coopération. Jeudi, quatre \
         bergers ont été tués par balle, selon des élus locaux.",
        Lang::Fr,
    );
    let assaults: Vec<&EventRecord> = r.events.iter().filter(|e| e.kind == EventType::Assault).collect();
    assert!(assaults.len() >= 3, "{:?}", r.events);
    for e in assaults {
        let cc = e.location.as_ref().and_then(|l| l.country.as_deref());
        assert_eq!(cc, Some("NE"), "{:?}: {}", e.evidence, location_rule(e));
    }
}
