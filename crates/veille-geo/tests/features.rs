//! A feature named like a state ("le lac Tchad", "Lake Chad") stays a place even when the actor
//! layer reads the name as the state. Sentences written for veille.

use veille_core::{EntityMention, EntityType, Lang, MentionSource, Span};
use veille_geo::Geoparser;

fn state(text: &str, surface: &str, cc: &str) -> EntityMention {
    let p = text.find(surface).unwrap();
    EntityMention {
        span: Span::new(p, p + surface.len()),
        id: Some(format!("kb:{cc}")),
        name: surface.to_string(),
        kind: EntityType::Country,
        country: Some(cc.to_string()),
        source: MentionSource::Alias,
        candidates: vec![],
        reason: None,
        members: vec![],
    }
}

#[test]
fn a_lake_named_like_a_state_is_kept_as_a_place() {
    let gp = Geoparser::load_default().unwrap();
    let t = "Des renforts ont été envoyés sur les îles du lac Tchad après l'attaque de la semaine dernière.";
    let seg = veille_text::segment(t, Lang::Fr);
    let ms = gp.annotate(t, &seg, Lang::Fr, &[state(t, "Tchad", "TD")]);
    let p = t.find("Tchad").unwrap();
    assert!(ms.iter().any(|m| m.name_span.start == p));
}

#[test]
fn a_state_after_a_plain_noun_stays_the_actor() {
    let gp = Geoparser::load_default().unwrap();
    let t = "Le gouvernement du Tchad a annoncé des renforts.";
    let seg = veille_text::segment(t, Lang::Fr);
    let ms = gp.annotate(t, &seg, Lang::Fr, &[state(t, "Tchad", "TD")]);
    let p = t.find("Tchad").unwrap();
    assert!(!ms.iter().any(|m| m.name_span.start == p));
}
