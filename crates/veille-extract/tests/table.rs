//! Data-driven event table: one sentence per row (written for veille, in the style of press
//! reports), with inline entity markup (see `common/mod.rs`) and the expected event.
//!
//! Columns: sentence <TAB> type <TAB> status <TAB> actor ids <TAB> recipient ids <TAB> extra
//! - type `NONE`: no event may come out; `!TYPE`: no event of that type may come out (other
//!   columns unchecked);
//! - ids: comma-separated, `-` = must be empty, `*` = not checked;
//! - extra: `;`-separated `fatalities=N`, `troops=N`, `source=ID`, `mode=M`, `loc=CC`,
//!   `date=YYYY-MM-DD`, `background`, `acled=Sub event type`, `count=N` (events of that type), or `-`.
//!
//! The expected event is the first extracted event of the expected type.

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

fn check_row(e: &EventRecord, same_type: usize, cols: &[&str], errs: &mut Vec<String>) {
    if cols[2] != "*" && e.status.as_str() != cols[2] {
        errs.push(format!("status: want {}, got {}", cols[2], e.status.as_str()));
    }
    check_ids("actor", cols[3], &e.actor, errs);
    check_ids("recipient", cols[4], &e.recipient, errs);
    if cols[5] == "-" {
        return;
    }
    for kv in cols[5].split(';') {
        let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
        let ok = match k {
            "fatalities" => e.fatalities.map(|x| x.to_string()).as_deref() == Some(v),
            "troops" => e.troops.map(|x| x.to_string()).as_deref() == Some(v),
            "source" => e.source.iter().any(|s| s.id.as_deref() == Some(v)),
            "mode" => e.mode.as_deref() == Some(v),
            "loc" => e.location.as_ref().and_then(|l| l.country.as_deref()) == Some(v),
            "date" => e.date.as_deref() == Some(v),
            "background" => e.background && e.date.is_none(),
            "acled" => e.acled.as_ref().map(|a| a.sub_event_type.as_str()) == Some(v),
            "count" => same_type.to_string() == v,
            _ => panic!("unknown check `{k}`"),
        };
        if !ok {
            errs.push(format!("{k}: want {v}, got {}", serde_json::to_string(e).unwrap()));
        }
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
        let mut errs = Vec::new();
        if let Some(t) = cols[1].strip_prefix('!') {
            // "!TYPE": no event of that type may come out (the content of a threat, a request…)
            let kind = EventType::parse(t).expect("PLOVER type");
            if rec.events.iter().any(|e| e.kind == kind) {
                errs.push(format!("no {kind} event expected"));
            }
        } else if cols[1] == "NONE" {
            if !rec.events.is_empty() {
                errs.push(format!(
                    "no event expected, got {:?}",
                    rec.events.iter().map(|e| e.kind).collect::<Vec<_>>()
                ));
            }
        } else {
            let kind = EventType::parse(cols[1]).expect("PLOVER type");
            match rec.events.iter().find(|e| e.kind == kind) {
                Some(e) => {
                    let n = rec.events.iter().filter(|x| x.kind == kind).count();
                    check_row(e, n, &cols, &mut errs)
                }
                None => errs.push(format!(
                    "no {kind} event; got {:?}",
                    rec.events.iter().map(|e| e.kind).collect::<Vec<_>>()
                )),
            }
        }
        if !errs.is_empty() {
            failures.push(format!("line {}: {}\n    {}", i + 1, cols[0], errs.join("\n    ")));
        }
    }
    assert!(n >= min_rows, "{n} rows, want at least {min_rows}");
    assert!(failures.is_empty(), "{} of {n} rows fail:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn french_table() {
    run_table(include_str!("cases/events_fr.tsv"), Lang::Fr, 60);
}

#[test]
fn english_table() {
    run_table(include_str!("cases/events_en.tsv"), Lang::En, 40);
}
