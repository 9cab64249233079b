//! A measure answered in kind ("Alger a riposté de la même façon", "Bamako a répliqué par une mesure
//! de réciprocité"): the same sanction, by the subject, against the author of the one told before
//! (cue `reciprocal`, src/events/document.rs). The table of tests/cases/reciprocal.tsv through the
//! default pipeline.

mod common;

use common::{doc, table_rows};
use veille_core::record::ActorRef;
use veille_core::{EventType, Lang};
use veille_extract::{ExtractOptions, Pipeline};

const CASES: &str = include_str!("cases/reciprocal.tsv");

fn ids(v: &[ActorRef]) -> Vec<&str> {
    v.iter().filter_map(|r| r.id.as_deref()).collect()
}

#[test]
fn a_measure_answered_in_kind_targets_its_author() {
    let p = Pipeline::default_pipeline().unwrap();
    let mut errs = Vec::new();
    let mut n = 0;
    for (line, cols) in table_rows(CASES, 4) {
        n += 1;
        let r = p.extract(&doc(cols[1], Lang::Fr), &ExtractOptions::default());
        let sanctions: Vec<_> = r.events.iter().filter(|e| e.kind == EventType::Sanction).collect();
        let ok = match cols[3].split_once('>') {
            Some((a, b)) => sanctions.iter().any(|e| {
                ids(&e.actor) == [a] && ids(&e.recipient) == [b] && e.mode.as_deref() == Some(cols[2])
            }),
            None => sanctions.is_empty(),
        };
        if !ok {
            let got: Vec<_> =
                sanctions.iter().map(|e| (ids(&e.actor), ids(&e.recipient), e.mode.clone())).collect();
            errs.push(format!("line {line}: want {} ({}), got {got:?}", cols[3], cols[2]));
        }
    }
    assert!(n >= 4, "{n} rows");
    assert!(errs.is_empty(), "{}", errs.join("\n"));
}
