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

/// The actors of the coups in `text` (kb ids).
fn coup_actors(text: &str, lang: Lang) -> Vec<Vec<String>> {
    let p = Pipeline::default_pipeline().unwrap();
    let r = p.extract(&doc(text, lang), &ExtractOptions::default());
    r.events
        .iter()
        .filter(|e| e.kind == EventType::Coerce && e.mode.as_deref() == Some("seize"))
        .map(|e| e.actor.iter().filter_map(|a| a.id.clone()).collect())
        .collect()
}

#[test]
fn a_coup_with_no_author_named_is_done_by_the_army_of_its_state() {
    let a = coup_actors(
        "Depuis le coup d'État de juillet 2023 au Niger, les relations entre Niamey et Paris n'ont cessé de \
         se dégrader.",
        Lang::Fr,
    );
    assert!(!a.is_empty() && a.iter().all(|x| x == &["kb:NE-FAN".to_string()]), "{a:?}");
}

#[test]
fn a_coup_whose_author_is_named_keeps_that_author() {
    let a = coup_actors(
        "Le général Abdourahamane Tiani a pris le pouvoir par un coup d'État le 26 juillet 2023 au Niger.",
        Lang::Fr,
    );
    assert!(!a.is_empty() && a.iter().all(|x| !x.is_empty() && x != &["kb:NE-FAN".to_string()]), "{a:?}");
}
