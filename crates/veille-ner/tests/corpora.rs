//! Corpus conversions on small fixtures written for these tests.

use veille_ner::corpus::{self, Split, popcorn, re3d};

fn names(d: &corpus::NerDoc) -> Vec<(&str, &str)> {
    d.entities.iter().map(|e| (e.span.slice(&d.text), e.label.as_str())).collect()
}

#[test]
fn popcorn_keeps_named_mentions_of_mapped_types_only() {
    let json = r#"{"r1": {"text": "À Gao, Moussa Ag Acharatoumane a rencontré la police. Il a ensuite quitté Gao.",
        "entities": [
          {"id": 0, "type": "PLACE", "mentions": [{"value": "Gao", "start": 2, "end": 5}, {"value": "Gao", "start": 74, "end": 77}]},
          {"id": 1, "type": "CIVILIAN", "mentions": [{"value": "Moussa Ag Acharatoumane", "start": 7, "end": 30}, {"value": "Il", "start": 54, "end": 56}]},
          {"id": 2, "type": "NON_MILITARY_GOVERNMENT_ORGANISATION", "mentions": [{"value": "la police", "start": 43, "end": 52}]},
          {"id": 3, "type": "LASTNAME", "value": "Acharatoumane", "mentions": [{"value": "Gao", "start": 2, "end": 5}]},
          {"id": 4, "type": "BOMBING", "mentions": [{"value": "Gao", "start": 74, "end": 77}]}],
        "relations": [[1, "IS_LOCATED_IN", 0]]}}"#;
    let docs = popcorn::parse(json.as_bytes()).unwrap();
    assert_eq!(docs[0].entities.len(), 5, "the loader keeps every entity type");
    let ner = popcorn::to_ner(&docs);
    assert_eq!(names(&ner[0]), vec![("Gao", "LOC"), ("Moussa Ag Acharatoumane", "PER"), ("Gao", "LOC")]);
}

#[test]
fn re3d_split_offsets_and_overlaps() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("centcom");
    std::fs::create_dir(&sub).unwrap();
    let mut docs = String::new();
    let mut ents = String::new();
    for i in 0..5 {
        let text = "The Coalition struck ISIL positions near Raqqa, said Col. John Dorrian.";
        docs.push_str(&format!("{{\"_id\": \"D{i}\", \"text\": \"{text}\"}}\n"));
        for (b, e, t, v, c) in [
            (0, 13, "Organisation", "The Coalition", 1.0),
            (4, 13, "Organisation", "Coalition", 0.5),
            (21, 25, "Organisation", "ISIL", 1.0),
            (41, 46, "Location", "Raqqa", 1.0),
            (53, 70, "Person", "Col. John Dorrian", 1.0),
            (26, 35, "Location", "wrong text", 1.0),
        ] {
            ents.push_str(&format!(
                "{{\"begin\": {b}, \"end\": {e}, \"type\": \"{t}\", \"value\": \"{v}\", \"documentId\": \"D{i}\", \"confidence\": {c}}}\n"
            ));
        }
    }
    std::fs::write(sub.join("documents.json"), docs).unwrap();
    std::fs::write(sub.join("entities.json"), ents).unwrap();
    let all = re3d::load(dir.path()).unwrap();
    assert_eq!(all.len(), 5);
    let train = re3d::to_ner(&all, Split::Train);
    let test = re3d::to_ner(&all, Split::Test);
    assert_eq!((train.len(), test.len()), (4, 1));
    assert_eq!(test[0].id, "D4");
    assert_eq!(
        names(&test[0]),
        vec![("The Coalition", "ORG"), ("ISIL", "ORG"), ("Raqqa", "LOC"), ("Col. John Dorrian", "PER")]
    );
}

#[test]
fn corpus_specs_and_weights() {
    assert_eq!(
        corpus::split_weight("popcorn*3:/x/train.json").unwrap(),
        ("popcorn:/x/train.json".to_string(), 3)
    );
    assert_eq!(corpus::split_weight("re3d:/x").unwrap(), ("re3d:/x".to_string(), 1));
    assert!(corpus::split_weight("popcorn*0:/x").is_err());
    let err = corpus::load_spec("conll:/x", Split::Test).unwrap_err().to_string();
    assert!(err.contains("unknown kind"), "{err}");
    let err = corpus::load_spec("popcorn", Split::Test).unwrap_err().to_string();
    assert!(err.contains("KIND:PATH"), "{err}");
    let err = corpus::load_spec("popcorn:/does/not/exist.json", Split::Test).unwrap_err().to_string();
    assert!(err.contains("/does/not/exist.json"), "{err}");
}
