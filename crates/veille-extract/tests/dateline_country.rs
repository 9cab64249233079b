//! A physical event that no sentence of the report places takes the country of the report's
//! dateline, at country precision, when the body names that country too
//! (src/events/dateline_country.rs). Reports written for veille in wire and agency styles.

mod common;

use common::{extract_marked, location_rule};
use veille_core::record::{EventRecord, Record};
use veille_core::{EventType, Lang};
use veille_extract::Pipeline;

fn run(src: &str, lang: Lang) -> Record {
    extract_marked(&Pipeline::events_only().unwrap(), src, lang, true)
}

fn event(r: &Record, kind: EventType) -> &EventRecord {
    r.events.iter().find(|e| e.kind == kind).unwrap_or_else(|| panic!("a {kind:?} in {:?}", r.events))
}

#[test]
fn french_attack_with_no_place_takes_the_dateline_country() {
    let r = run(
        "Une embuscade meurtrière contre l'armée\n\n@[BAMAKO|ML|1], 12 février 2026 (AFP) – Des hommes \
         armés ont attaqué mardi un convoi de l'[armée malienne|kb:ML-FAMA|f:ML], tuant neuf soldats, \
         a indiqué une source sécuritaire.\n\nLe [Mali|kb:ML|c] est confronté depuis 2012 à des \
         violences jihadistes.",
        Lang::Fr,
    );
    let loc = event(&r, EventType::Assault).location.as_ref().expect("a location");
    assert_eq!(loc.country.as_deref(), Some("ML"));
    assert_eq!(loc.precision, 3, "the country, not the city the report was filed from");
    assert!(location_rule(event(&r, EventType::Assault)).contains("dateline"));
}

#[test]
fn english_attack_with_no_place_takes_the_dateline_country() {
    let r = run(
        "Gunmen kill soldiers\n\n@[OUAGADOUGOU|BF|1], [Burkina Faso|kb:BF|c] (AP) - Gunmen \
         killed nine [soldiers|kb:BF-FA|f:BF] on Wednesday, a security source said.\n\nThe [Burkina Faso|kb:BF|c] \
         junta has ruled since 2022.",
        Lang::En,
    );
    let loc = event(&r, EventType::Assault).location.as_ref().expect("a location");
    assert_eq!(loc.country.as_deref(), Some("BF"));
    assert_eq!(loc.precision, 3);
    assert!(location_rule(event(&r, EventType::Assault)).contains("dateline"));
}

#[test]
fn a_hub_dateline_whose_country_the_body_never_names_gives_no_scene() {
    let r = run(
        "Gunmen kill soldiers in ambush\n\n@[DAKAR|SN|1], Jan 28 (Reuters) - Gunmen killed nine \
         soldiers of the [Malian army|kb:ML-FAMA|f:ML] in an ambush on Tuesday, a security source \
         said.",
        Lang::En,
    );
    let e = event(&r, EventType::Assault);
    assert!(e.location.as_ref().is_none_or(|l| l.country.as_deref() != Some("SN")), "{:?}", e.location);
}

#[test]
fn a_placed_event_keeps_its_own_place() {
    let r = run(
        "@[NIAMEY|NE|1], 3 mars 2026 (ANP) – Des hommes armés ont attaqué lundi le village de \
         @[Banibangou|NE|1], tuant six civils.\n\nLe [Niger|kb:NE|c] a décrété un deuil national.",
        Lang::Fr,
    );
    let loc = event(&r, EventType::Assault).location.as_ref().expect("a location");
    assert_eq!(loc.name, "Banibangou");
}

#[test]
fn aid_with_no_place_takes_the_dateline_country() {
    // aid is received somewhere: a distribution told with no place, by a report filed from a
    // city of the country the body names (events/coref.rs scene_kind)
    let r = run(
        "@[NIAMEY|NE|1], 3 mars 2026 (ANP) – Le [Programme alimentaire mondial|kb:WFP|i] a distribué \
         lundi des vivres à deux mille familles déplacées.\n\nLe [Niger|kb:NE|c] accueille des \
         centaines de milliers de déplacés.",
        Lang::Fr,
    );
    let loc = event(&r, EventType::Aid).location.as_ref().expect("a location");
    assert_eq!(loc.country.as_deref(), Some("NE"));
    assert_eq!(loc.precision, 3);
}

#[test]
fn a_statement_with_no_place_still_takes_no_dateline_country() {
    let r = run(
        "@[NIAMEY|NE|1], 3 mars 2026 (ANP) – La [CEDEAO|kb:ECOWAS|i] a condamné lundi les violences \
         contre les civils.\n\nLe [Niger|kb:NE|c] est confronté à des violences jihadistes.",
        Lang::Fr,
    );
    assert!(event(&r, EventType::Accuse).location.is_none());
}

#[test]
fn a_verdict_of_the_dateline_paragraph_is_placed_at_the_dateline_city() {
    let r = run(
        "@[NIAMEY|NE|1], 3 mars 2026 (ANP) – Le [tribunal de grande instance|kb:NE-GOV|o:NE] a \
         condamné lundi quatre anciens ministres à cinq ans de prison.\n\nLa défense a annoncé un appel.",
        Lang::Fr,
    );
    let e = event(&r, EventType::Sanction);
    let loc = e.location.as_ref().expect("a location");
    assert_eq!(loc.name, "NIAMEY");
    assert_eq!(loc.precision, 2, "inferred from the dateline, not read in its sentence");
    assert!(location_rule(e).contains("dateline city"));
}

#[test]
fn a_verdict_told_after_the_dateline_paragraph_is_not_placed_at_the_dateline_city() {
    let r = run(
        "@[NIAMEY|NE|1], 3 mars 2026 (ANP) – La défense a annoncé un appel.\n\nLe [tribunal de grande \
         instance|kb:NE-GOV|o:NE] a condamné lundi quatre anciens ministres à cinq ans de prison.",
        Lang::Fr,
    );
    let e = event(&r, EventType::Sanction);
    assert!(e.location.is_none(), "{:?}", e.location);
}
