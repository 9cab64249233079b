//! The learned event filter through the whole pipeline: `--explain` carries each event's score,
//! a clear report scores high, and the filter on keeps exactly the events scored at or above the
//! threshold of the shipped weights.

mod common;

use veille_core::Lang;
use veille_core::record::EventRecord;
use veille_extract::{ExtractOptions, Pipeline};

fn score(e: &EventRecord) -> (f64, f64) {
    let step = e.explain.iter().find(|s| s.slot == "learned_filter").expect("a learned_filter step");
    // "learned score 0.9123 (threshold 0.0500)"
    let nums: Vec<f64> = step.rule.split([' ', '(', ')']).filter_map(|w| w.parse().ok()).collect();
    assert!(step.text.as_deref().is_some_and(|t| t.contains("t=") && t.contains("w=")), "{step:?}");
    (nums[0], nums[1])
}

#[test]
fn a_clear_attack_scores_high_and_the_filter_keeps_what_scores_above_its_threshold() {
    let text = "Des hommes armés du JNIM ont attaqué mardi un poste de l'armée malienne à Boulkessi, \
                tuant douze soldats. Le gouvernement a condamné une attaque « lâche » et décrété un \
                deuil national. Des négociations pourraient reprendre, selon une source locale.";
    let d = common::doc(text, Lang::Fr);
    let off = Pipeline::default_pipeline_with(Some(false)).unwrap();
    let on = Pipeline::default_pipeline_with(Some(true)).unwrap();
    let all = off.extract(&d, &ExtractOptions { explain: true }).events;
    let attack = all
        .iter()
        .find(|e| e.kind == veille_core::EventType::Assault && e.location.is_some())
        .expect("the attack at Boulkessi");
    assert!(score(attack).0 > 0.8, "{:?}", score(attack));
    let expected: Vec<&str> =
        all.iter().filter(|e| score(e).0 >= score(e).1).map(|e| e.id.as_str()).collect();
    let kept = on.extract(&d, &ExtractOptions { explain: true }).events;
    let kept: Vec<&str> = kept.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(kept, expected);
    // without --explain the filter drops the same events
    let quiet: Vec<String> =
        on.extract(&d, &ExtractOptions::default()).events.into_iter().map(|e| e.id).collect();
    assert_eq!(quiet, kept);
}
