//! Ambassadors (`titles.tsv`, role `ambassador`): with no holder in the KB the title stands for the
//! government of the state that sends them; alone, it names no state.

use veille_core::PartialDate;
use veille_kb::Kb;

#[test]
fn ambassador_titles_stand_for_the_sending_state() {
    let kb = Kb::load_default().expect("kb");
    let d = Some(PartialDate::parse_iso("2025-06-01").unwrap());
    let ids = |name: &str| kb.lookup(name, d).into_iter().map(|h| h.id).collect::<Vec<_>>();
    assert_eq!(ids("l'ambassadeur de France"), vec!["kb:FR-GOV".to_string()]);
    assert_eq!(ids("l'ambassadrice américaine"), vec!["kb:US-GOV".to_string()]);
    assert_eq!(ids("the Russian ambassador"), vec!["kb:RU-GOV".to_string()]);
    assert!(ids("l'ambassadeur").iter().all(|id| !id.ends_with("-GOV")));
}
