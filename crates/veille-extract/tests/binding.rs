//! Argument binding table: one sentence per row (written for veille, in the style of press
//! reports, not copied from the dev set), with inline entity markup (see `common/mod.rs`), and
//! the arguments expected on the first extracted event of the expected type.
//!
//! Columns: sentence <TAB> type <TAB> actor ids <TAB> recipient ids <TAB> source <TAB> place
//! - ids: comma-separated kb ids, `?name` for an unresolved party named by the text, `-` = must be
//!   empty, `*` = not checked;
//! - source: as ids;
//! - place: the location name, `-` = no location, `*` = not checked, `CC` alone (two capitals) =
//!   the location's country only.

mod common;

use veille_core::record::{ActorRef, EventRecord};
use veille_core::{EventType, Lang};
use veille_extract::Pipeline;

fn ids(v: &[ActorRef]) -> Vec<String> {
    let mut v: Vec<String> =
        v.iter().map(|r| r.id.clone().unwrap_or_else(|| format!("?{}", r.name))).collect();
    v.sort();
    v
}

fn check_ids(what: &str, want: &str, got: &[ActorRef], errs: &mut Vec<String>) {
    if want == "*" {
        return;
    }
    let mut w: Vec<String> =
        if want == "-" { Vec::new() } else { want.split(',').map(|s| s.trim().to_string()).collect() };
    w.sort();
    let g = ids(got);
    if w != g {
        errs.push(format!("{what}: want {w:?}, got {g:?}"));
    }
}

fn check_place(want: &str, e: &EventRecord, errs: &mut Vec<String>) {
    let got = e.location.as_ref();
    let ok = match want {
        "*" => true,
        "-" => got.is_none(),
        cc if cc.len() == 2 && cc.chars().all(|c| c.is_ascii_uppercase()) => {
            got.is_some_and(|l| l.country.as_deref() == Some(cc))
        }
        name => got.is_some_and(|l| l.name == name),
    };
    if !ok {
        errs.push(format!("place: want {want}, got {:?}", got.map(|l| (&l.name, &l.country))));
    }
}

fn run_table(file: &str, lang: Lang, min_rows: usize) {
    let p = Pipeline::events_only().unwrap();
    let mut failures = Vec::new();
    let mut n = 0;
    for (i, line) in file.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        n += 1;
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 6, "line {}: 6 columns expected", i + 1);
        let rec = common::extract_marked(&p, cols[0], lang, false);
        let kind = EventType::parse(cols[1]).expect("PLOVER type");
        let mut errs = Vec::new();
        match rec.events.iter().find(|e| e.kind == kind) {
            Some(e) => {
                check_ids("actor", cols[2], &e.actor, &mut errs);
                check_ids("recipient", cols[3], &e.recipient, &mut errs);
                check_ids("source", cols[4], &e.source, &mut errs);
                check_place(cols[5], e, &mut errs);
            }
            None => errs.push(format!(
                "no {kind} event; got {:?}",
                rec.events.iter().map(|e| e.kind).collect::<Vec<_>>()
            )),
        }
        if !errs.is_empty() {
            failures.push(format!("line {}: {}\n    {}", i + 1, cols[0], errs.join("\n    ")));
        }
    }
    assert!(n >= min_rows, "{n} rows, want at least {min_rows}");
    assert!(failures.is_empty(), "{} of {n} rows fail:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn french_binding() {
    run_table(include_str!("cases/binding_fr.tsv"), Lang::Fr, 5);
}

#[test]
fn english_binding() {
    run_table(include_str!("cases/binding_en.tsv"), Lang::En, 3);
}
