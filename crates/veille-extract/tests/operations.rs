//! Operations table: counter-attacks, seizures, deployments, releases and aid told in the ways
//! whole articles tell them (sentences written for veille, in the style of press reports). Unlike
//! `table.rs`, a row names the event it checks by a word of its trigger, so the second event of a
//! type (the army's reply after the attack) can be checked too.
//!
//! Columns: lang <TAB> sentence <TAB> type <TAB> trigger word <TAB> actor ids <TAB> recipient ids
//! <TAB> extra
//! - trigger word: the checked event is the first of that type whose trigger contains it;
//! - ids: as in `table.rs` (`?name` unresolved, `-` empty, `*` unchecked);
//! - extra: `;`-separated `loc=CC`, `mode=M`, `count=N` (events of that type), or `-`.

mod common;

use common::check_ids;
use veille_core::{EventType, Lang};

#[test]
fn operations_table() {
    let lang_of = |cols: &[&str]| (if cols[0] == "fr" { Lang::Fr } else { Lang::En }, 1);
    common::run_case_table_by_row(include_str!("cases/operations.tsv"), 7, 6, lang_of, |cols, rec, errs| {
        let kind = EventType::parse(cols[2]).expect("PLOVER type");
        let same: Vec<_> = rec.events.iter().filter(|e| e.kind == kind).collect();
        let found = same.iter().find(|e| e.trigger.as_ref().is_some_and(|t| t.text.contains(cols[3])));
        match found {
            None => errs.push(format!(
                "no {kind} event with trigger `{}`; got {:?}",
                cols[3],
                rec.events
                    .iter()
                    .map(|e| (e.kind, e.trigger.as_ref().map(|t| t.text.clone())))
                    .collect::<Vec<_>>()
            )),
            Some(e) => {
                check_ids("actor", cols[4], &e.actor, errs);
                check_ids("recipient", cols[5], &e.recipient, errs);
                if cols[6] != "-" {
                    for kv in cols[6].split(';') {
                        let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
                        let ok = match k {
                            "loc" => e.location.as_ref().and_then(|l| l.country.as_deref()) == Some(v),
                            "mode" => e.mode.as_deref() == Some(v),
                            "count" => same.len().to_string() == v,
                            _ => panic!("unknown check `{k}`"),
                        };
                        if !ok {
                            errs.push(format!("{k}: want {v}, got {}", serde_json::to_string(e).unwrap()));
                        }
                    }
                }
            }
        }
    });
}
