//! State institutions and offices act for their government (src/institutions.rs): the table of
//! tests/cases/institutions.tsv through the default pipeline.

mod common;

use common::table_rows;
use veille_core::{Document, Lang, PartialDate};
use veille_extract::{ExtractOptions, Pipeline};

const CASES: &str = include_str!("cases/institutions.tsv");

#[test]
fn institution_table() {
    let p = Pipeline::default_pipeline().unwrap();
    let mut failures = Vec::new();
    let mut n = 0;
    for (ln, c) in table_rows(CASES, 6) {
        let lang = if c[0] == "fr" { Lang::Fr } else { Lang::En };
        let doc = Document {
            id: format!("inst-{ln}"),
            lang,
            lang_confidence: 1.0,
            published: Some(PartialDate::parse_iso(c[1]).unwrap()),
            text: c[2].to_string(),
            ..Document::default()
        };
        let rec = p.extract(&doc, &ExtractOptions { explain: true });
        let (surface, nth) = match c[3].rsplit_once('@') {
            Some((s, k)) => (s, k.parse::<usize>().unwrap()),
            None => (c[3], 1),
        };
        let mut found: Vec<Option<&str>> = Vec::new();
        for e in &rec.entities {
            for m in &e.mentions {
                if m.text == surface {
                    found.push(e.id.as_deref());
                }
            }
        }
        let got = found.get(nth - 1).copied();
        let ok = match c[4] {
            "none" => found.iter().all(|id| id.is_none_or(|id| !id.ends_with("-GOV"))),
            "unresolved" => got == Some(None),
            id => got == Some(Some(id)),
        };
        // the rule that gave the government is in --explain of an event whose party it is
        let rule_ok = c[5] == "-"
            || rec.events.iter().flat_map(|e| &e.explain).any(|s| {
                s.rule.starts_with("state institution")
                    && s.rule.contains(c[5])
                    && s.text.as_deref() == Some(surface)
            });
        n += 1;
        if !ok || !rule_ok {
            let steps: Vec<String> =
                rec.events.iter().flat_map(|e| &e.explain).map(|s| s.rule.clone()).collect();
            failures.push(format!(
                "line {}: {:?} `{}`: expected {} (rule `{}`), found {:?}; steps {:?}",
                ln,
                c[2],
                c[3],
                c[4],
                c[5],
                found,
                steps.iter().filter(|s| s.contains("institution")).collect::<Vec<_>>()
            ));
        }
    }
    assert!(n >= 15, "only {n} cases read");
    assert!(failures.is_empty(), "{} of {n} cases failed:\n{}", failures.len(), failures.join("\n"));
}
