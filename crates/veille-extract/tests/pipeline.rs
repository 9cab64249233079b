//! Pipeline structure: thread safety, stage order, text-only records, offsets, explain.

mod common;

use veille_core::Lang;
use veille_extract::{ExtractOptions, Pipeline};

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn pipeline_is_send_and_sync() {
    assert_send_sync::<Pipeline>();
}

#[test]
fn text_only_records_carry_metadata_and_no_events() {
    let p = Pipeline::text_only();
    assert_eq!(p.stage_names(), ["text"]);
    let d = common::doc("Le JNIM a attaqué un poste de l’armée à Boni lundi.", Lang::Fr);
    let r = p.extract(&d, &ExtractOptions::default());
    assert_eq!(r.doc.id, d.id);
    assert_eq!(r.doc.lang, "fr");
    assert!(r.events.is_empty() && r.entities.is_empty());
}

#[test]
fn default_pipeline_runs_every_stage_in_order() {
    let p = Pipeline::default_pipeline().unwrap();
    assert_eq!(p.stage_names(), ["text", "entities", "tagger", "places", "events"]);
}

#[test]
fn record_offsets_are_char_offsets_of_the_normalized_text() {
    let p = Pipeline::default_pipeline().unwrap();
    let text = "Selon l’armée malienne, 27 terroristes ont été tués lundi près de Ménaka. « Nous avons frappé », a-t-il dit.";
    let d = common::doc(text, Lang::Fr);
    let r = p.extract(&d, &ExtractOptions { explain: true });
    let chars: Vec<char> = text.chars().collect();
    let slice = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
    assert!(!r.events.is_empty());
    for e in &r.events {
        for ev in &e.evidence {
            assert_eq!(slice(ev.start, ev.end), ev.text);
        }
        let t = e.trigger.as_ref().unwrap();
        assert_eq!(slice(t.start, t.end), t.text);
        for q in &e.quantities {
            assert!(q.end <= chars.len() && q.start < q.end);
        }
        // explain names the trigger rule first
        assert_eq!(e.explain[0].slot, "trigger");
    }
    for ent in &r.entities {
        for m in &ent.mentions {
            assert_eq!(slice(m.start, m.end), m.text);
        }
    }
    let a = r.events.iter().find(|e| e.kind == veille_core::EventType::Assault).expect("assault");
    assert_eq!(a.fatalities, Some(27));
    assert_eq!(a.status, veille_core::Status::Claimed);
}

#[test]
fn explain_is_empty_unless_asked() {
    let p = Pipeline::default_pipeline().unwrap();
    let d = common::doc("La Russie va livrer des drones au Mali.", Lang::Fr);
    let r = p.extract(&d, &ExtractOptions::default());
    assert!(!r.events.is_empty());
    assert!(r.events.iter().all(|e| e.explain.is_empty()));
}

#[test]
fn a_dateline_is_not_where_the_event_happened() {
    let p = Pipeline::default_pipeline().unwrap();
    for (text, lang, want) in [
        (
            "NIAMEY, 12 mars (AFP) – Des hommes armés ont attaqué un poste militaire à Torodi, a indiqué l’armée.",
            Lang::Fr,
            Some("Torodi"),
        ),
        (
            "BAMAKO, 3 juin (AFP) – Des hommes armés ont attaqué un convoi de l’armée malienne.",
            Lang::Fr,
            None,
        ),
        (
            "OUAGADOUGOU (Reuters) - Gunmen attacked an army post near Djibo on Monday, the army said.",
            Lang::En,
            Some("Djibo"),
        ),
    ] {
        let r = p.extract(&common::doc(text, lang), &ExtractOptions::default());
        let ev =
            r.events.iter().find(|e| e.kind == veille_core::EventType::Assault).expect("an ASSAULT event");
        let got = ev.location.as_ref().map(|l| l.name.as_str());
        assert_eq!(got, want, "{text}");
        if want.is_none() {
            assert!(ev.location_reason.is_some(), "an unknown location needs a reason: {text}");
        }
    }
}

#[test]
fn a_lower_case_tagger_fragment_is_no_party() {
    let p = Pipeline::default_pipeline().unwrap();
    let d = common::doc("Residents of Djibo accused soldiers of killing 20 men near the town.", Lang::En);
    let r = p.extract(&d, &ExtractOptions::default());
    assert!(r.entities.iter().all(|e| e.name.chars().any(char::is_uppercase)), "{:?}", r.entities);
    for e in &r.events {
        assert!(e.actor.iter().chain(&e.recipient).all(|a| a.name != "of"), "{e:?}");
    }
}

#[test]
fn a_relative_pronoun_ends_an_unresolved_party() {
    let p = Pipeline::default_pipeline().unwrap();
    let d = common::doc(
        "Troops killed 20 militants who had attacked a checkpoint near Diffa on Monday.",
        Lang::En,
    );
    let r = p.extract(&d, &ExtractOptions::default());
    let kill = r
        .events
        .iter()
        .find(|e| e.trigger.as_ref().is_some_and(|t| t.text == "killed"))
        .expect("the killing");
    assert!(kill.recipient.iter().any(|a| a.name == "20 militants"), "{kill:?}");
    for e in &r.events {
        assert!(e.actor.iter().chain(&e.recipient).all(|a| a.name != "who"), "{e:?}");
    }
}

#[test]
fn a_pronoun_after_an_unnamed_speaker_is_the_speaker() {
    let p = Pipeline::default_pipeline().unwrap();
    let d = common::doc("The army said it had attacked a rebel base near Djibo on Monday.", Lang::En);
    let r = p.extract(&d, &ExtractOptions::default());
    let e = r
        .events
        .iter()
        .find(|e| e.trigger.as_ref().is_some_and(|t| t.text == "attacked"))
        .expect("the attack");
    assert!(e.actor.iter().any(|a| a.name == "The army"), "{e:?}");
    // a passive keeps its agent
    let d = common::doc("Residents said they had been attacked by gunmen near Djibo on Monday.", Lang::En);
    let r = p.extract(&d, &ExtractOptions::default());
    for e in &r.events {
        assert!(e.actor.iter().all(|a| a.name != "Residents"), "{e:?}");
    }
}

#[test]
fn an_english_past_verb_ends_the_subject_phrase() {
    let p = Pipeline::default_pipeline().unwrap();
    for (text, trigger, who) in [
        ("Gunmen launched an attack on a village near Djibo on Monday.", "attack", "Gunmen"),
        ("Teachers held a protest in Niamey on Monday.", "protest", "Teachers"),
    ] {
        let r = p.extract(&common::doc(text, Lang::En), &ExtractOptions::default());
        let e = r.events.iter().find(|e| e.trigger.as_ref().is_some_and(|t| t.text == trigger)).expect(text);
        assert!(e.actor.iter().any(|a| a.name == who), "{e:?}");
    }
}
