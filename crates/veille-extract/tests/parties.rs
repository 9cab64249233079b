//! Parties resolved through the event's scene: the table of tests/cases/parties.tsv through the
//! default pipeline.

mod common;

use common::table_rows;
use veille_core::{Document, EventType, Lang, PartialDate};
use veille_extract::{ExtractOptions, Pipeline};

const CASES: &str = include_str!("cases/parties.tsv");

fn check(what: &str, want: &str, got: &[veille_core::record::ActorRef], errs: &mut Vec<String>) {
    let ids: Vec<&str> = got.iter().filter_map(|r| r.id.as_deref()).collect();
    let ok = match want {
        "*" => true,
        "-" => ids.is_empty(),
        w if w.starts_with('!') => !ids.contains(&&w[1..]),
        w => w.split(',').all(|id| ids.contains(&id)),
    };
    if !ok {
        errs.push(format!("{what}: want {want}, got {ids:?}"));
    }
}

#[test]
fn party_table() {
    let p = Pipeline::default_pipeline().unwrap();
    let mut failures = Vec::new();
    let mut n = 0;
    for (ln, c) in table_rows(CASES, 6) {
        let doc = Document {
            id: format!("party-{ln}"),
            lang: if c[0] == "fr" { Lang::Fr } else { Lang::En },
            lang_confidence: 1.0,
            published: Some(PartialDate::parse_iso(c[1]).unwrap()),
            text: c[2].to_string(),
            ..Document::default()
        };
        let rec = p.extract(&doc, &ExtractOptions { explain: false });
        let kind = EventType::parse(c[3]).expect("PLOVER type");
        let mut errs = Vec::new();
        match rec.events.iter().find(|e| e.kind == kind) {
            Some(e) => {
                check("actor", c[4], &e.actor, &mut errs);
                check("recipient", c[5], &e.recipient, &mut errs);
            }
            None => errs.push(format!("no {kind} event")),
        }
        if !errs.is_empty() {
            failures.push(format!("line {}: {}\n    {}", ln, c[2], errs.join("\n    ")));
        }
        n += 1;
    }
    assert!(n >= 5, "only {n} rows");
    assert!(failures.is_empty(), "{} of {n} rows fail:\n{}", failures.len(), failures.join("\n"));
}
