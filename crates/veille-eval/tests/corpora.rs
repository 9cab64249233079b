//! The open-corpus adapters on the real files in ../shared/data (skipped when it is absent).

mod common;

use veille_core::EventType;
use veille_eval::corpus::{cameo::Cameo2Plover, petrarch, plover, popcorn};
use veille_eval::events::{MatchMode, ScoreOptions, score};

#[test]
fn popcorn_test_file_maps_event_mentions() {
    let Some(path) = common::shared("ner/popcorn_fr/test.json") else { return };
    let gold = popcorn::load(&path).unwrap();
    assert_eq!(gold.len(), 400);
    let events: Vec<_> = gold.iter().flat_map(|d| &d.events).collect();
    // 9 BOMBING + 9 POLITICAL_VIOLENCE + 7 CIVIL_WAR_OUTBREAK + 8 COUP + 37 ARREST + 16 DEMO + 11
    // ILLEGAL_DEMO + 10 STRIKE + 16 RIOT + 14 AGITATING + 1 HOOLIGANISM entity chains in test.json.
    assert_eq!(events.len(), 138);
    assert!(events.iter().all(|e| e.kind.is_some_and(|k| popcorn::TYPES.contains(&k))));
    assert!(events.iter().filter(|e| !e.actor.is_empty()).count() > 50);
    assert!(events.iter().filter(|e| e.place.is_some()).count() > 100);
    // Perfect predictions score 1.0 under the names matcher.
    let preds: Vec<_> = gold.iter().map(|d| Some(d.events.clone())).collect();
    let opts = ScoreOptions {
        mode: MatchMode::Names,
        types: Some(popcorn::TYPES.to_vec()),
        ..ScoreOptions::default()
    };
    let rep = score(&gold, &preds, &opts);
    assert_eq!((rep.overall.fp, rep.overall.fn_), (0, 0));
}

#[test]
fn plover_gold_standard_records() {
    let Some(path) = common::shared("events/plover/PLOVER_GSR_CAMEO.txt") else { return };
    let gold = plover::load(&path).unwrap();
    assert_eq!(gold.len(), 322);
    let n = |t: EventType| gold.iter().filter(|d| d.events[0].kind == Some(t)).count();
    assert_eq!(n(EventType::Request), 34, "DEMAND");
    assert_eq!(n(EventType::Accuse), 16 + 9, "DISAPPROVE + INVESTIGATE");
    assert_eq!(n(EventType::Assault), 15 + 17, "ASSAULT + FIGHT");
}

#[test]
fn petrarch_unit_tests_with_cameo2plover() {
    let Some(table) = common::shared("events/plover/CAMEO2PLOVER-2021.txt") else { return };
    let Some(xml) = common::shared("events/petrarch2/PETR.UnitTest.records.xml") else { return };
    let cameo = Cameo2Plover::load(&table).unwrap();
    assert_eq!(cameo.get("064").map(|c| c.0), Some(EventType::Cooperate));
    let gold = petrarch::load(&xml, &cameo).unwrap();
    assert!(gold.len() >= 200, "{} sentences", gold.len());
    let first = gold.iter().find(|d| d.id == "DEMO-00").unwrap();
    assert!(first.text.starts_with("Arnor is about to restore"));
    assert!(first.events[0].actor.iter().any(|a| a.name.as_deref() == Some("ARNOR")));
    let coded: usize = gold.iter().map(|d| d.events.len()).sum();
    // 385 expected codings; CAMEO 01/02 and the 9xx test codes have no PLOVER row.
    assert!(coded >= 270, "{coded} codings mapped");
}
