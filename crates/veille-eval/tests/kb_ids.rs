//! Every knowledge-base id in the gold files of data/dev exists in the knowledge base (data/kb), and the
//! KB-backed equivalence folds governments and forces into their state.

mod common;

use veille_eval::actors::{ActorResolver, MapResolver};
use veille_eval::events::load_gold;

#[test]
fn dev_set_ids_exist_in_the_kb() {
    let kb = veille_kb::Kb::load_default().unwrap();
    let docs = common::GOLD_FILES.iter().flat_map(|f| load_gold(common::workspace().join(f)).unwrap());
    let mut unknown = Vec::new();
    for d in docs {
        for e in &d.events {
            for a in e.actor.iter().chain(&e.recipient).chain(&e.source) {
                if let Some(id) = &a.id
                    && kb.get(id).is_none()
                {
                    unknown.push(format!("{}: {id}", d.id));
                }
            }
        }
    }
    assert!(unknown.is_empty(), "ids not in data/kb (fix the id or write {{\"name\": …}}): {unknown:#?}");
}

#[test]
fn kb_equivalence_of_states_governments_and_forces() {
    let kb = veille_kb::Kb::load_default().unwrap();
    let r = MapResolver::from_kb(&kb);
    for id in ["kb:ML-GOV", "kb:ML-FAMA", "kb:ML"] {
        assert_eq!(r.key(id), "kb:ML", "{id}");
    }
    assert_eq!(r.key("kb:NE-FAN"), "kb:NE");
    assert_eq!(r.key("kb:BF-GOV"), r.key("kb:BF-FA"));
    assert_eq!(r.key("kb:JNIM"), "kb:JNIM");
    assert_eq!(r.key("kb:AES"), "kb:AES");
    assert_ne!(r.key("kb:BF-VDP"), "kb:BF", "state-backed militia stays its own party");
    assert_ne!(r.key("kb:WAGNER"), "kb:RU");
    // Office holders act for their state.
    assert_eq!(r.key("kb:P-TRAORE-IBRAHIM"), "kb:BF");
    assert_eq!(r.key("kb:P-LAVROV-SERGEY"), "kb:RU");
}
