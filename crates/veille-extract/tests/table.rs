//! Data-driven event table: one sentence per row (written for veille, in the style of press
//! reports), with inline entity markup (see `common/mod.rs`) and the expected event.
//!
//! Columns: sentence <TAB> type <TAB> status <TAB> actor ids <TAB> recipient ids <TAB> extra
//! - type `NONE`: no event may come out; `!TYPE`: no event of that type may come out (other
//!   columns unchecked);
//! - ids: comma-separated, `-` = must be empty, `*` = not checked;
//! - extra: `;`-separated `fatalities=N`, `troops=N`, `source=ID`, `mode=M`, `loc=CC`,
//!   `nosource` (source empty), `date=YYYY-MM-DD`, `nodate` (date null), `noloc` (no location), `nofatalities` (fatalities null), `background`, `acled=Sub event type`, `count=N` (events of that type), or `-`.
//!
//! The expected event is the first extracted event of the expected type.

mod common;

use common::check_ids;
use veille_core::record::EventRecord;
use veille_core::{EventType, Lang};

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
            "nosource" => e.source.is_empty(),
            "mode" => e.mode.as_deref() == Some(v),
            "loc" => e.location.as_ref().and_then(|l| l.country.as_deref()) == Some(v),
            "date" => e.date.as_deref() == Some(v),
            "nodate" => e.date.is_none() && e.date_reason.is_some(),
            "noloc" => e.location.is_none(),
            "nofatalities" => e.fatalities.is_none(),
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
    common::run_case_table(file, lang, 6, min_rows, |cols, rec, errs| {
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
            if let Some(e) = common::first_of(rec, kind, errs) {
                let n = rec.events.iter().filter(|x| x.kind == kind).count();
                check_row(e, n, cols, errs)
            }
        }
    });
}

#[test]
fn french_table() {
    run_table(include_str!("cases/events_fr.tsv"), Lang::Fr, 60);
}

#[test]
fn english_table() {
    run_table(include_str!("cases/events_en.tsv"), Lang::En, 40);
}
