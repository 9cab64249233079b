//! The hand-annotated dev set (data/dev/events.jsonl) loads and keeps the coverage it promises; every
//! gold file of data/dev (short passages, full-length articles, the blind sets) is well formed.

mod common;

use std::collections::BTreeMap;
use veille_core::{EventType, Status};
use veille_eval::events::{GoldDoc, ScoreOptions, align, load_gold, score};

fn dev() -> Vec<GoldDoc> {
    load_gold(common::workspace().join("data/dev/events.jsonl")).unwrap()
}

/// Every gold file of data/dev: the short passages, the full-length articles and the blind sets.
fn all_gold() -> Vec<GoldDoc> {
    common::GOLD_FILES
        .iter()
        .flat_map(|f| load_gold(common::workspace().join(f)).unwrap_or_else(|e| panic!("{f}: {e}")))
        .collect()
}

#[test]
fn ids_are_unique_across_gold_files() {
    let mut seen = std::collections::HashSet::new();
    for d in all_gold() {
        assert!(seen.insert(d.id.clone()), "{} appears twice in data/dev", d.id);
    }
}

#[test]
fn sizes_languages_and_heldout_share() {
    let docs = dev();
    let n = |lang: &str| docs.iter().filter(|d| d.lang == lang).count();
    assert!(n("fr") >= 80, "{} French documents", n("fr"));
    assert!(n("en") >= 50, "{} English documents", n("en"));
    // The position rule (2nd, 5th, 8th of every ten) holds on the first part (`dev` + `heldout`); the later
    // parts (`dev2`, `dev3`) were added whole as tuning sets, so they are left out of the share.
    let ruled = docs.iter().filter(|d| d.split == "dev" || d.split == "heldout").count() as f64;
    let held = docs.iter().filter(|d| d.split == "heldout").count() as f64 / ruled;
    assert!((0.25..=0.35).contains(&held), "held-out share {held}");
    for lang in ["fr", "en"] {
        assert!(docs.iter().any(|d| d.lang == lang && d.split == "heldout"));
    }
}

#[test]
fn every_security_type_and_status_is_covered() {
    let docs = dev();
    let mut by_type: BTreeMap<(EventType, &str), usize> = BTreeMap::new();
    let mut by_status: BTreeMap<Status, usize> = BTreeMap::new();
    let mut background = 0;
    for d in &docs {
        for e in &d.events {
            *by_type.entry((e.kind(), d.lang.as_str())).or_default() += 1;
            *by_status.entry(e.status).or_default() += 1;
            background += usize::from(e.background);
        }
    }
    use EventType::*;
    for t in [
        Assault, Mobilize, Aid, Cooperate, Agree, Consult, Retreat, Sanction, Threaten, Accuse, Support,
        Protest, Coerce, Request, Reject,
    ] {
        let fr = by_type.get(&(t, "fr")).copied().unwrap_or(0);
        let en = by_type.get(&(t, "en")).copied().unwrap_or(0);
        assert!(fr + en >= 5 && fr >= 3 && en >= 3, "{t}: {fr} fr, {en} en");
    }
    for s in Status::ALL {
        assert!(by_status.get(&s).copied().unwrap_or(0) >= 5, "status {s:?}");
    }
    assert!(background >= 10);
}

#[test]
fn annotations_are_well_formed() {
    for d in all_gold() {
        assert!(d.id.starts_with(&format!("{}-", d.lang)), "{}", d.id);
        assert!(d.published.is_some(), "{}: no publication date", d.id);
        for e in &d.events {
            for a in e.actor.iter().chain(&e.recipient).chain(&e.source) {
                if let Some(id) = &a.id {
                    let rest =
                        id.strip_prefix("kb:").unwrap_or_else(|| panic!("{}: id {id} lacks kb:", d.id));
                    assert!(
                        rest.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-'),
                        "{}: id {id} is not upper-case ASCII with dashes",
                        d.id
                    );
                }
            }
            if e.background {
                assert!(e.date.is_none(), "{}: background events carry no date", d.id);
            }
            if let Some(p) = &e.date_precision {
                assert!(e.date.is_some(), "{}: precision without date", d.id);
                assert!(["day", "week", "month", "year"].contains(&p.as_str()));
            }
            if let Some(t) = &e.trigger {
                let folded = veille_text::fold_str(&d.text);
                assert!(folded.contains(&veille_text::fold_str(t)), "{}: trigger {t:?} not in text", d.id);
            }
        }
    }
}

#[test]
fn gold_scored_against_itself_is_perfect() {
    let docs = dev();
    let preds: Vec<_> = docs.iter().map(|d| Some(d.events.clone())).collect();
    let rep = score(&docs, &preds, &ScoreOptions::default());
    assert_eq!((rep.overall.fp, rep.overall.fn_), (0, 0));
    assert!(rep.slots.values().all(|s| s.correct == s.total));
    // And predicting nothing scores zero recall, with every gold event listed as a miss.
    let none = score(&docs, &vec![Some(Vec::new()); docs.len()], &ScoreOptions::default());
    assert_eq!(none.overall.tp, 0);
    assert_eq!(none.misses.len(), rep.gold_events);
    assert!(align(&docs, &[]).iter().all(Option::is_none));
}

#[test]
fn second_annotations_cover_the_same_articles() {
    for (second, first) in [
        ("data/dev/articles.second.jsonl", "data/dev/articles.jsonl"),
        ("data/dev/articles12.second.jsonl", "data/dev/articles12.jsonl"),
    ] {
        let second = load_gold(common::workspace().join(second)).unwrap();
        let first_docs = load_gold(common::workspace().join(first)).unwrap();
        assert!(second.len() >= 10, "{} articles annotated twice", second.len());
        for d in &second {
            let f =
                first_docs.iter().find(|f| f.id == d.id).unwrap_or_else(|| panic!("{} not in {first}", d.id));
            assert_eq!(f.text, d.text, "{}: the second annotation must be of the same text", d.id);
        }
    }
}
