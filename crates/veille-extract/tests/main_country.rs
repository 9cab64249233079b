//! A physical event that names no place takes the country of two thirds of the article's places
//! when the article names a neighbour too (src/events/main_country.rs). Reports written for veille.

mod common;

use common::{extract_marked, location_rule};
use veille_core::record::{EventRecord, Record};
use veille_core::{EventType, Lang};
use veille_extract::Pipeline;

fn run(src: &str, lang: Lang) -> Record {
    extract_marked(&Pipeline::events_only().unwrap(), src, lang, true)
}

#[test]
fn a_background_attack_takes_the_country_of_most_places() {
    let r = run(
        "Militants killed eight soldiers on Thursday at an army post near @[Karimama|BJ|1], close to \
         the border with @[Niger|NE|3]. The wounded were taken to @[Kandi|BJ|1] and then to \
         @[Parakou|BJ|1].\n\nIn January, twelve soldiers were killed in a similar assault.",
        Lang::En,
    );
    let e = r
        .events
        .iter()
        .find(|e| e.kind == EventType::Assault && e.evidence.iter().any(|s| s.text.contains("January")))
        .unwrap_or_else(|| panic!("the January attack in {:?}", r.events));
    let loc = e.location.as_ref().expect("a location");
    assert_eq!(loc.country.as_deref(), Some("BJ"));
    assert_eq!(loc.precision, 3);
    assert!(location_rule(e).contains("most of the article's places"), "{}", location_rule(e));
}

#[test]
fn no_main_country_when_places_are_split() {
    let r = run(
        "Des hommes armés ont attaqué un poste près de @[Ménaka|ML|1] et un autre près \
         d'@[Ayorou|NE|1]. Des renforts sont arrivés à @[Gao|ML|1] et à @[Tillabéri|NE|1].\n\nEn \
         janvier, douze soldats avaient été tués dans une attaque similaire.",
        Lang::Fr,
    );
    let background: Vec<&EventRecord> =
        r.events.iter().filter(|e| e.evidence.iter().any(|s| s.text.contains("janvier"))).collect();
    assert!(!background.is_empty(), "{:?}", r.events);
    for e in background {
        assert!(e.location.is_none(), "{:?}: {}", e.location, location_rule(e));
    }
}

#[test]
fn a_statement_takes_no_main_country() {
    let r = run(
        "Des jihadistes ont tué six civils près de @[Djibo|BF|1]. Un autre village a été attaqué près \
         d'@[Arbinda|BF|1], non loin de la frontière avec le @[Mali|ML|3], et un troisième près de \
         @[Gorom-Gorom|BF|1].\n\nL'[ONU|kb:UN|i] a condamné ces violences.",
        Lang::Fr,
    );
    let statements: Vec<&EventRecord> = r.events.iter().filter(|e| e.kind == EventType::Accuse).collect();
    assert!(!statements.is_empty(), "{:?}", r.events);
    for e in statements {
        assert!(e.location.is_none(), "{:?}", e.location);
    }
}
