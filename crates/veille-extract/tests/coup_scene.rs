//! A coup happens in the state of the government or head of state it overthrows (or of its
//! putschist), not in a city abroad its sentence names (src/events/coup_scene.rs). Full pipeline
//! (knowledge base, tagger, gazetteer) over sentences written for veille.

mod common;

use common::doc;
use veille_core::{EventType, Lang, record::EventRecord};
use veille_extract::{ExtractOptions, Pipeline};

fn coup_country(text: &str, lang: Lang) -> Vec<Option<String>> {
    let p = Pipeline::default_pipeline().unwrap();
    let r = p.extract(&doc(text, lang), &ExtractOptions::default());
    let coups: Vec<&EventRecord> = r
        .events
        .iter()
        .filter(|e| e.kind == EventType::Coerce && e.mode.as_deref() == Some("seize"))
        .collect();
    assert!(!coups.is_empty(), "a coup in {:?}", r.events);
    coups.iter().map(|e| e.location.as_ref().and_then(|l| l.country.clone())).collect()
}

#[test]
fn the_overthrown_president_s_state_not_the_city_of_the_meeting() {
    let c = coup_country(
        "Les ministres de la Défense de la Cédéao, réunis mardi à Abuja, ont exigé le retour au pouvoir du \
         président nigérien Mohamed Bazoum, renversé le 26 juillet par des militaires.",
        Lang::Fr,
    );
    assert!(c.iter().all(|cc| cc.as_deref() == Some("NE")), "{c:?}");
}

#[test]
fn the_putschist_s_state_not_the_city_abroad() {
    let c = coup_country(
        "The regime of General Abdourahamane Tiani, which took power in a coup in July 2023, has ordered \
         armed drones from Ankara.",
        Lang::En,
    );
    assert!(c.iter().all(|cc| cc.as_deref() == Some("NE")), "{c:?}");
}
