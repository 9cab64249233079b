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

use common::check_ids;
use veille_core::record::EventRecord;
use veille_core::{EventType, Lang};

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
    common::run_case_table(file, lang, 6, min_rows, |cols, rec, errs| {
        let kind = EventType::parse(cols[1]).expect("PLOVER type");
        if let Some(e) = common::first_of(rec, kind, errs) {
            check_ids("actor", cols[2], &e.actor, errs);
            check_ids("recipient", cols[3], &e.recipient, errs);
            check_ids("source", cols[4], &e.source, errs);
            check_place(cols[5], e, errs);
        }
    });
}

#[test]
fn french_binding() {
    run_table(include_str!("cases/binding_fr.tsv"), Lang::Fr, 5);
}

#[test]
fn english_binding() {
    run_table(include_str!("cases/binding_en.tsv"), Lang::En, 3);
}
