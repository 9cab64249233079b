//! English violence told by coordinated verbs: the second act is the first one's attackers', named
//! or not (src/events/en_coordinated.rs). Sentences written for veille in the style of wire and
//! Nigerian-press reports.

mod common;

use common::extract_marked;
use veille_core::{EventType, Lang};
use veille_extract::Pipeline;

fn abduction_actor(src: &str) -> Vec<String> {
    let p = Pipeline::events_only().unwrap();
    let r = extract_marked(&p, src, Lang::En, false);
    let e = r
        .events
        .iter()
        .find(|e| e.kind == EventType::Assault && e.mode.as_deref() == Some("abduct"))
        .expect("an abduction");
    e.actor.iter().map(|a| a.name.to_lowercase()).collect()
}

#[test]
fn unnamed_attackers_of_the_first_verb_do_the_second() {
    assert_eq!(
        abduction_actor("Bandits killed five herders in @[Tsafe|NG|1] on Sunday and abducted 20 women."),
        vec!["bandits".to_string()]
    );
    assert_eq!(
        abduction_actor(
            "Police said gunmen shot dead three farmers near @[Bakura|NG|1] and kidnapped 11 others."
        ),
        vec!["gunmen".to_string()]
    );
}
