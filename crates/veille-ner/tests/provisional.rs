//! The provisional-entity filter on the shipped models: low-confidence spans are dropped, place
//! names tagged as persons become places, confident new names are kept. Sentences written for
//! these tests.

use veille_core::{EntityMention, EntityType, Lang};
use veille_ner::{
    KnownNames, Models, NerLabel, ProvisionalFilter, provisional_entities, provisional_entities_filtered,
    tag_segmented,
};

/// Exact gazetteer names of Mali, Burkina Faso and Niger (the pipeline also checks KB aliases
/// and notable places elsewhere; see `veille-extract`'s `TaggerStage`).
struct Gazetteer(&'static veille_geo::Gazetteer);

impl KnownNames for Gazetteer {
    fn known_kind(&self, name: &str, buf: &mut String) -> Option<EntityType> {
        veille_geo::gazetteer::name_key_into(name, buf);
        let g = self.0;
        g.by_key(buf)
            .iter()
            .any(|&i| veille_geo::gazetteer::FOCUS.contains(&g.place(i).country))
            .then_some(EntityType::Place)
    }
}

fn run(text: &str, lang: Lang, known: Option<&dyn KnownNames>) -> (Vec<EntityMention>, Vec<EntityMention>) {
    let models = Models::load_default().unwrap();
    let seg = veille_text::segment(text, lang);
    let raw = provisional_entities(text, &seg, models.for_lang(lang), &[]);
    let filter = ProvisionalFilter::load_default().unwrap();
    let kept =
        provisional_entities_filtered(text, &seg, lang, models.for_lang(lang), &[], None, &filter, known);
    (raw, kept)
}

fn kinds(ms: &[EntityMention], name: &str) -> Vec<EntityType> {
    ms.iter().filter(|m| m.name == name).map(|m| m.kind).collect::<Vec<_>>()
}

#[test]
fn a_low_confidence_span_is_dropped() {
    let text = "Kantchari mourned its dead after Saturday's attack.";
    let models = Models::load_default().unwrap();
    let seg = veille_text::segment(text, Lang::En);
    let sat = tag_segmented(&models.en, text, &seg).into_iter().find(|s| s.span.slice(text) == "Saturday");
    let sat = sat.expect("the English model reads 'Saturday' as a name here");
    let floor = ProvisionalFilter::load_default().unwrap().min_score(Lang::En, sat.label);
    assert!(sat.score < floor, "score {} floor {floor}", sat.score);
    let (raw, kept) = run(text, Lang::En, None);
    assert_eq!(kinds(&raw, "Saturday"), vec![EntityType::Person], "the tagger's raw output");
    assert!(kinds(&kept, "Saturday").is_empty(), "{kept:?}");
}

#[test]
fn a_place_name_tagged_as_a_person_becomes_a_place() {
    let text = "Bourem a accueilli mercredi des centaines de déplacés venus des villages voisins.";
    let gaz = Gazetteer(veille_geo::Gazetteer::shared().unwrap());
    let (raw, kept) = run(text, Lang::Fr, Some(&gaz));
    assert_eq!(kinds(&raw, "Bourem"), vec![EntityType::Person], "the tagger's raw output");
    assert_eq!(kinds(&kept, "Bourem"), vec![EntityType::Place]);
    let m = kept.iter().find(|m| m.name == "Bourem").unwrap();
    assert!(m.reason.as_deref().is_some_and(|r| r.contains("place name")), "{:?}", m.reason);
    // without the name check, a confident person stays a person
    let (_, floors_only) = run(text, Lang::Fr, None);
    assert_eq!(kinds(&floors_only, "Bourem"), vec![EntityType::Person]);
}

#[test]
fn a_confident_new_name_is_kept() {
    let text =
        "Le maire de Ouahigouya a reçu une délégation conduite par Salif Kaboré, un notable de la ville.";
    let gaz = Gazetteer(veille_geo::Gazetteer::shared().unwrap());
    let models = Models::load_default().unwrap();
    let seg = veille_text::segment(text, Lang::Fr);
    let s = tag_segmented(&models.fr, text, &seg).into_iter().find(|s| s.span.slice(text) == "Salif Kaboré");
    let s = s.expect("the French model finds the person");
    assert_eq!(s.label, NerLabel::Per);
    assert!(s.score >= ProvisionalFilter::load_default().unwrap().min_score(Lang::Fr, NerLabel::Per));
    let (_, kept) = run(text, Lang::Fr, Some(&gaz));
    assert_eq!(kinds(&kept, "Salif Kaboré"), vec![EntityType::Person]);
    let m = kept.iter().find(|m| m.name == "Salif Kaboré").unwrap();
    assert_eq!(m.reason.as_deref(), Some("not in knowledge base"));
}
