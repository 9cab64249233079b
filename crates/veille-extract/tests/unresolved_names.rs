//! A party the tagger names but the knowledge base lacks is an identified party, not a
//! description: its meeting, visit, accusation or threat stays an event (the filter "a state-level
//! act with no identified party" is for descriptions such as "the gunmen" or "les candidats").

mod common;

use veille_core::{EventType, Lang};
use veille_extract::{ExtractOptions, Pipeline};

#[test]
fn a_visit_by_a_named_person_outside_the_knowledge_base_is_kept() {
    let p = Pipeline::default_pipeline().unwrap();
    let d = common::doc(
        "Interim President Mahamat Saleh Abakar arrived in Niamey on a surprise visit on Thursday.",
        Lang::En,
    );
    let r = p.extract(&d, &ExtractOptions::default());
    let consult = r.events.iter().find(|e| e.kind == EventType::Consult);
    let consult = consult.unwrap_or_else(|| panic!("no CONSULT event: {:?}", r.events));
    assert!(
        consult.actor.iter().any(|a| a.id.is_none() && a.name.contains("Abakar")),
        "actor: {:?}",
        consult.actor
    );
}

#[test]
fn a_gathering_told_of_descriptions_only_is_still_no_event() {
    let p = Pipeline::default_pipeline().unwrap();
    let d = common::doc(
        "The gunmen, who arrived on motorbikes shortly after dawn, opened fire on the crowd.",
        Lang::En,
    );
    let r = p.extract(&d, &ExtractOptions::default());
    assert!(
        !r.events.iter().any(|e| matches!(e.kind, EventType::Mobilize | EventType::Consult)),
        "{:?}",
        r.events.iter().map(|e| e.kind).collect::<Vec<_>>()
    );
}
