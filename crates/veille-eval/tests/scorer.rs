//! The scorer scored: a hand-made prediction file against a hand-made gold file, with the exact
//! counts and P/R/F1 worked out by hand (see the comments).

use std::path::PathBuf;
use veille_eval::events::{MatchMode, ScoreOptions, align, load_gold, load_records, score};

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn small_gold_against_small_predictions() {
    let gold = load_gold(data("gold_small.jsonl")).unwrap();
    let records = load_records(data("pred_small.jsonl")).unwrap();
    assert_eq!(gold.len(), 3);
    let preds = align(&gold, &records);
    // g1 by id, g2 by the hash of its text, g3 has no record.
    assert!(preds[0].is_some() && preds[1].is_some() && preds[2].is_none());

    let rep = score(&gold, &preds, &ScoreOptions::default());
    assert_eq!(rep.docs_without_prediction, vec!["g3".to_string()]);
    assert_eq!((rep.gold_events, rep.predicted_events), (5, 6));
    // Matches: ASSAULT (kb:ML-GOV ~ kb:ML-FAMA as recipient, JNIM as actor), MOBILIZE (kb:BF-GOV ~
    // kb:BF, country BF), AID (pledged vs asserted: status is a slot, not a match condition),
    // ACCUSE (actor "HRW" does not match "Human Rights Watch", but kb:BF ~ kb:BF-FA as recipient).
    // False positives: the role-reversed ASSAULT, the CONSULT. False negative: the PROTEST of g3.
    let o = rep.overall;
    assert_eq!((o.tp, o.fp, o.fn_), (4, 2, 1));
    assert!(close(o.precision, 4.0 / 6.0));
    assert!(close(o.recall, 4.0 / 5.0));
    assert!(close(o.f1, 2.0 * (4.0 / 6.0) * 0.8 / (4.0 / 6.0 + 0.8)));

    let fr = rep.by_lang["fr"];
    assert_eq!((fr.tp, fr.fp, fr.fn_), (2, 1, 1));
    let en = rep.by_lang["en"];
    assert_eq!((en.tp, en.fp, en.fn_), (2, 1, 0));
    assert!(close(en.precision, 2.0 / 3.0) && close(en.recall, 1.0) && close(en.f1, 0.8));
    let dev = rep.by_split["dev"];
    assert_eq!((dev.tp, dev.fp, dev.fn_), (2, 1, 0));
    let held = rep.by_split["heldout"];
    assert_eq!((held.tp, held.fp, held.fn_), (2, 1, 1));
    let assault = rep.by_type["ASSAULT"];
    assert_eq!((assault.tp, assault.fp, assault.fn_), (1, 1, 0));
    assert!(close(assault.f1, 2.0 / 3.0));
    assert_eq!(rep.by_type["PROTEST"].fn_, 1);
    assert_eq!(rep.by_type["CONSULT"].fp, 1);
    // The AID pair counts under its gold status (pledged).
    let pledged = rep.by_status["pledged"];
    assert_eq!((pledged.tp, pledged.fp, pledged.fn_), (1, 0, 0));
    let asserted = rep.by_status["asserted"];
    assert_eq!((asserted.tp, asserted.fp, asserted.fn_), (3, 2, 1));

    // Slots on the 4 matched pairs.
    let slot = |s: &str| (rep.slots[s].correct, rep.slots[s].total);
    assert_eq!(slot("status"), (3, 4)); // AID: pledged vs asserted
    assert_eq!(slot("fatalities"), (0, 1)); // 12 vs 27
    assert_eq!(slot("troops"), (1, 1));
    assert_eq!(slot("date"), (1, 1));
    assert_eq!(slot("mode"), (3, 3)); // firearms, troops, allege; AID has none on either side
    assert_eq!(slot("place"), (1, 1)); // Boulkessi by name; the country-level location of MOBILIZE is no place
    assert!(close(rep.slots["status"].accuracy, 0.75));
    // Parties: ACCUSE's actor "Human Rights Watch" vs "HRW" is the one wrong actor; recipients all
    // equal up to the state equivalence (kb:ML-FAMA ~ kb:ML-GOV, kb:BF-FA ~ kb:BF); no sources.
    assert_eq!(slot("actor"), (3, 4));
    assert_eq!(slot("recipient"), (3, 3));
    assert_eq!(slot("source"), (0, 0));

    let fps: Vec<_> = rep.misses.iter().filter(|m| m.kind == "false_positive").collect();
    let fns: Vec<_> = rep.misses.iter().filter(|m| m.kind == "false_negative").collect();
    assert_eq!((fps.len(), fns.len()), (2, 1));
    assert_eq!(fns[0].doc_id, "g3");
    assert!(rep.slot_misses.iter().any(|m| m.slot == "fatalities" && m.gold == "12" && m.pred == "27"));
}

#[test]
fn names_mode_ignores_ids_equivalence() {
    let gold = load_gold(data("gold_small.jsonl")).unwrap();
    let records = load_records(data("pred_small.jsonl")).unwrap();
    let preds = align(&gold, &records);
    let opts = ScoreOptions { mode: MatchMode::Names, ..ScoreOptions::default() };
    let rep = score(&gold, &preds, &opts);
    // By names (ids read as names: "kb:BF-FA" -> "BF FA"): ASSAULT on "JNIM"; MOBILIZE on "BF" ⊂
    // "BF GOV"; AID on "RU"; ACCUSE on "BF" ⊂ "BF FA" (not on "HRW"). The same four pairs.
    let o = rep.overall;
    assert_eq!((o.tp, o.fp, o.fn_), (4, 2, 1));
    assert_eq!(rep.mode, MatchMode::Names);
}

#[test]
fn restricting_types_drops_other_events() {
    let gold = load_gold(data("gold_small.jsonl")).unwrap();
    let records = load_records(data("pred_small.jsonl")).unwrap();
    let preds = align(&gold, &records);
    let opts = ScoreOptions { types: Some(vec![veille_core::EventType::Assault]), ..ScoreOptions::default() };
    let rep = score(&gold, &preds, &opts);
    let o = rep.overall;
    assert_eq!((o.tp, o.fp, o.fn_), (1, 1, 0));
    assert_eq!(rep.gold_events, 1);
}
