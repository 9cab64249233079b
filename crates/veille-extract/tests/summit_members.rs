//! A meeting of an intergovernmental body told with all its member states named is a meeting of
//! those states (src/events/summit_members.rs; the members come from the knowledge base). Reports
//! written for veille.

mod common;

use common::{ids, run_marked};
use std::sync::Arc;
use veille_core::record::Record;
use veille_core::{EventType, Lang};
use veille_extract::Pipeline;
use veille_extract::events::EventStage;
use veille_extract::pipeline::TextStage;

fn run(src: &str) -> Record {
    let kb = Arc::new(veille_kb::Kb::load_default().unwrap());
    let p = Pipeline::new(vec![Box::new(TextStage), Box::new(EventStage::load().unwrap().with_kb(kb))]);
    run_marked(&p, common::parse_markup(src), Lang::Fr, true)
}

fn meeting_actors(r: &Record) -> Vec<String> {
    let e =
        r.events.iter().find(|e| e.kind == EventType::Consult).unwrap_or_else(|| panic!("{:?}", r.events));
    ids(&e.actor)
}

#[test]
fn a_summit_whose_lead_names_the_members_is_theirs() {
    let r =
        run("Sommet de l'[AES|kb:AES|i] à @[Bamako|ML|1] : la banque confédérale voit le jour\n\nLes chefs \
         d'État du [Niger|kb:NE|c], du [Mali|kb:ML|c] et du [Burkina Faso|kb:BF|c] ont adopté jeudi le \
         statut de la banque commune.");
    assert_eq!(meeting_actors(&r), ["kb:BF", "kb:ML", "kb:NE"]);
}

#[test]
fn a_meeting_told_by_the_body_stays_the_body() {
    let r =
        run("Les ministres de la Défense de l'[AES|kb:AES|i] se sont réunis lundi à @[Niamey|NE|1] pour \
         préparer le déploiement de la force unifiée.");
    assert_eq!(meeting_actors(&r), ["kb:AES"]);
}
