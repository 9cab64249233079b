//! Training, determinism, file format and offset alignment of the tagger.

use veille_core::{EntityMention, EntityType, Lang, MentionSource};
use veille_ner::corpus::{GoldEntity, NerDoc};
use veille_ner::{Model, Models, NerLabel, TrainConfig, provisional_entities, tag_segmented, train};

/// A tiny corpus written for these tests: `[[Name|LABEL]]` marks an entity.
const TINY: &[(&str, Lang)] = &[
    (
        "Le colonel [[Assimi Goïta|PER]] a reçu à [[Bamako|LOC]] une délégation de la [[CEDEAO|ORG]].",
        Lang::Fr,
    ),
    ("Des hommes armés ont attaqué [[Djibo|LOC]] dans la nuit de lundi.", Lang::Fr),
    ("Le [[JNIM|ORG]] a revendiqué l’attaque contre l’armée près de [[Ménaka|LOC]].", Lang::Fr),
    ("Selon [[Amadou Koufa|PER]], le groupe contrôle plusieurs villages.", Lang::Fr),
    ("La [[MINUSMA|ORG]] a quitté [[Tombouctou|LOC]] en décembre.", Lang::Fr),
    ("[[Mohamed Bazoum|PER]] est détenu à [[Niamey|LOC]] depuis le coup d’État.", Lang::Fr),
    ("The [[United Nations|ORG]] said [[Abdoulaye Diop|PER]] met officials in [[Dakar|LOC]].", Lang::En),
    ("Fighters of [[Islamic State Sahel|ORG]] attacked a convoy near [[Tillabéri|LOC]] on Sunday.", Lang::En),
];

fn parse_marked(src: &str, lang: Lang, id: usize) -> NerDoc {
    let (text, entities) = veille_ner::corpus::marked::parse_marked(src).expect("well-formed marks");
    NerDoc { id: format!("tiny{id}"), lang, text, entities }
}

fn tiny() -> Vec<NerDoc> {
    TINY.iter().enumerate().map(|(i, (s, l))| parse_marked(s, *l, i)).collect()
}

fn config(seed: u64) -> TrainConfig {
    TrainConfig { epochs: 30, seed, bits: 16, ..Default::default() }
}

fn predicted(model: &Model, d: &NerDoc) -> Vec<GoldEntity> {
    let seg = veille_text::segment(&d.text, d.lang);
    tag_segmented(model, &d.text, &seg)
        .into_iter()
        .map(|e| GoldEntity { span: e.span, label: e.label.as_str().to_string() })
        .collect()
}

#[test]
fn learns_its_tiny_training_corpus_perfectly() {
    let docs = tiny();
    let (model, report) = train(&docs, &config(7), None);
    assert_eq!(report.misaligned, 0, "every gold entity lies on token bounds");
    assert_eq!(report.entities, 16);
    for d in &docs {
        assert_eq!(predicted(&model, d), d.entities, "{}", d.text);
    }
}

#[test]
fn same_seed_same_weights() {
    let docs = tiny();
    let a = train(&docs, &config(11), None).0.to_bytes();
    let b = train(&docs, &config(11), None).0.to_bytes();
    assert_eq!(a, b);
}

#[test]
fn model_round_trips_through_its_file_format() {
    let docs = tiny();
    let (model, _) = train(&docs, &config(3), None);
    let bytes = model.to_bytes();
    let back = Model::from_bytes(&bytes).expect("reads its own file");
    assert_eq!(back.to_bytes(), bytes);
    assert_eq!(back.meta(), model.meta());
    for d in &docs {
        assert_eq!(predicted(&back, d), predicted(&model, d));
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.bin");
    model.save(&path).unwrap();
    assert_eq!(Model::load(&path).unwrap().to_bytes(), bytes);

    let mut corrupt = bytes.clone();
    let mid = corrupt.len() / 2;
    corrupt[mid] ^= 0x55;
    let err = Model::from_bytes(&corrupt).unwrap_err().to_string();
    assert!(err.contains("checksum"), "{err}");
    assert!(Model::from_bytes(&bytes[..bytes.len() - 3]).is_err());
    assert!(Model::from_bytes(b"not a model at all").is_err());
}

#[test]
fn shipped_models_load_and_tag_on_normalized_offsets() {
    let models = Models::load_default().expect("embedded models");
    for m in [&models.fr, &models.en] {
        assert_eq!(m.meta().types, vec!["PER", "ORG", "LOC"]);
    }
    // raw text with no-break spaces, curly quotes and a soft line break: offsets must refer to
    // the normalized text.
    let raw = "BAMAKO —\u{a0}Le ministre malien des Affaires étrangères, Abdoulaye Diop, a rencontré \
               jeudi à Niamey son homologue du Niger.\u{a0}Selon l’Agence France-Presse, \
               l’armée a frappé des positions de l’État islamique près de Ménaka.";
    let norm = veille_text::normalize(raw);
    let text = &norm.text;
    let seg = veille_text::segment(text, Lang::Fr);
    let spans = tag_segmented(&models.fr, text, &seg);
    assert!(!spans.is_empty(), "the French model finds names in a French report");
    for s in &spans {
        assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        assert!(seg.tokens.iter().any(|t| t.span.start == s.span.start), "starts on a token");
        assert!(seg.tokens.iter().any(|t| t.span.end == s.span.end), "ends on a token");
        let sent = seg.sentences.iter().find(|x| x.span.contains(s.span));
        assert!(sent.is_some(), "inside one sentence: {:?}", s.span.slice(text));
        assert!((0.0..=1.0).contains(&s.score));
    }
    let names: Vec<(&str, NerLabel)> = spans.iter().map(|s| (s.span.slice(text), s.label)).collect();
    assert!(names.contains(&("Niamey", NerLabel::Loc)), "{names:?}");

    // provisional entities: everything the KB did not already cover, typed, unresolved
    let niamey = spans.iter().find(|s| s.span.slice(text) == "Niamey").unwrap().span;
    let kb = vec![EntityMention {
        span: niamey,
        id: Some("kb:place:niamey".into()),
        name: "Niamey".into(),
        kind: EntityType::Place,
        country: Some("NE".into()),
        source: MentionSource::Alias,
        candidates: vec![],
        reason: None,
        members: vec![],
    }];
    let prov = provisional_entities(text, &seg, &models.fr, &kb);
    assert_eq!(prov.len(), spans.len() - 1);
    for p in &prov {
        assert!(!p.span.overlaps(niamey));
        assert_eq!(p.id, None);
        assert_eq!(p.source, MentionSource::Tagger);
        assert_eq!(p.reason.as_deref(), Some("not in knowledge base"));
        assert_eq!(p.name, p.span.slice(text));
    }
}

#[test]
fn lexicon_hook_is_learned_and_recorded() {
    let docs = tiny();
    let lx =
        veille_ner::WordLexicon::parse("bamako\t1\nniamey\t1\ndakar\t1\nassimi\t0\nmohamed\t0\n").unwrap();
    let (model, _) = train(&docs, &config(5), Some(&lx));
    assert!(model.meta().uses_lexicon);
    let back = Model::from_bytes(&model.to_bytes()).unwrap();
    assert!(back.meta().uses_lexicon);
    for d in &docs {
        let seg = veille_text::segment(&d.text, d.lang);
        let toks = veille_ner::token_spans(&seg);
        let got: Vec<GoldEntity> = back
            .tag_sentences(&d.text, seg.sentences.iter().map(|s| &toks[s.tokens.clone()]), Some(&lx))
            .into_iter()
            .map(|e| GoldEntity { span: e.span, label: e.label.as_str().to_string() })
            .collect();
        assert_eq!(got, d.entities, "{}", d.text);
    }
}

#[test]
fn models_can_be_shared_across_threads() {
    fn shared<T: Send + Sync>() {}
    shared::<Model>();
    shared::<Models>();
}
