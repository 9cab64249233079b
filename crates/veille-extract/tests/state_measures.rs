//! A state measure with no author named (a curfew, a ban of `data/bans.tsv`) is imposed by the
//! government of the state where it applies; a blockade is not (src/events/authority.rs): the table of
//! tests/cases/state_measures.tsv through the default pipeline.

mod common;

use common::{doc, table_rows};
use veille_core::{EventType, Lang};
use veille_extract::{ExtractOptions, Pipeline};

const CASES: &str = include_str!("cases/state_measures.tsv");

#[test]
fn state_measure_table() {
    let p = Pipeline::default_pipeline().unwrap();
    let mut failures = Vec::new();
    let mut n = 0;
    for (ln, c) in table_rows(CASES, 4) {
        let lang = if c[0] == "fr" { Lang::Fr } else { Lang::En };
        let rec = p.extract(&doc(c[1], lang), &ExtractOptions { explain: true });
        let ev = rec.events.iter().find(|e| e.kind == EventType::Coerce && e.mode.as_deref() == Some(c[2]));
        let actors: Vec<&str> =
            ev.map(|e| e.actor.iter().filter_map(|a| a.id.as_deref()).collect()).unwrap_or_default();
        let ok = match c[3] {
            "nogov" => actors.iter().all(|id| !id.ends_with("-GOV")),
            id => actors == [id],
        };
        n += 1;
        if !ok {
            failures.push(format!("line {ln}: {:?}: expected {}, found {:?}", c[1], c[3], ev));
        }
    }
    assert!(n >= 5, "only {n} cases read");
    assert!(failures.is_empty(), "{} of {n} cases failed:\n{}", failures.len(), failures.join("\n"));
}
