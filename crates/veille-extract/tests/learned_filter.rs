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

/// The feature names of the first event of type `kind` read from `text`.
fn features(text: &str, lang: Lang, kind: veille_core::EventType) -> Vec<String> {
    let d = common::doc(text, lang);
    let off = Pipeline::default_pipeline_with(Some(false)).unwrap();
    let events = off.extract(&d, &ExtractOptions { explain: true }).events;
    let e = events.iter().find(|e| e.kind == kind).unwrap_or_else(|| panic!("no {kind:?} in {events:?}"));
    let step = e.explain.iter().find(|s| s.slot == "learned_filter").unwrap();
    step.text.as_deref().unwrap().split(' ').map(str::to_string).collect()
}

/// The features say how the arguments were bound: the voice, the rule that bound the actor and
/// the recipient, the tokens between actor and trigger, the kinds of both parties.
#[test]
fn the_features_say_which_rule_bound_each_party() {
    use veille_core::EventType::Assault;
    // a passive verb with its agent after `par`
    let f = features(
        "Quatre gendarmes ont été tués jeudi par des jihadistes près de Djibo, dans le nord du Burkina Faso.",
        Lang::Fr,
        Assault,
    );
    assert!(f.contains(&"voice=y".to_string()), "{f:?}");
    assert!(!f.contains(&"arule=none".to_string()) && !f.contains(&"rrule=none".to_string()), "{f:?}");
    // an active verb right after its subject
    let f = features("The Nigerian army attacked a rebel camp near Maiduguri on Sunday.", Lang::En, Assault);
    assert!(f.contains(&"voice=n".to_string()), "{f:?}");
    assert!(f.contains(&"arule=active_subject".to_string()), "{f:?}");
    assert!(f.contains(&"agap=0".to_string()), "{f:?}");
    assert!(f.iter().any(|x| x.starts_with("akrk=")), "{f:?}");
    // no party bound by a rule of the clause: no actor rule, no distance
    let f = features(
        "Une attaque a visé mardi un marché de Ménaka, dans le nord-est du Mali.",
        Lang::Fr,
        Assault,
    );
    assert!(!f.contains(&"arule=active_subject".to_string()), "{f:?}");
    assert!(!f.contains(&"agap=0".to_string()), "{f:?}");
}
