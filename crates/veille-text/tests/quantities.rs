//! Table-driven quantity tests: tests/data/quantities.tsv.

use veille_core::Lang;
use veille_text::{Qualifier, normalize, quantities, segment};

fn qual(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "Exact",
        Qualifier::AtLeast => "AtLeast",
        Qualifier::AtMost => "AtMost",
        Qualifier::About => "About",
        Qualifier::MoreThan => "MoreThan",
        Qualifier::LessThan => "LessThan",
        Qualifier::Vague => "Vague",
    }
}

#[test]
fn quantity_table() {
    let table = include_str!("data/quantities.tsv");
    let (mut n, mut fr, mut en) = (0, 0, 0);
    let mut failures = Vec::new();
    for line in table.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 3, "bad table line: {line}");
        let lang = Lang::parse(cols[0]).expect("lang");
        let text = normalize(cols[1]).text;
        let seg = segment(&text, lang);
        let got = quantities(&text, &seg, lang);
        for q in &got {
            assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
            if let Some(u) = q.unit_span {
                assert!(text.is_char_boundary(u.start) && text.is_char_boundary(u.end));
                assert!(u.start >= q.span.end, "unit after the number in {line}");
            }
        }
        let got_s: Vec<String> = got
            .iter()
            .map(|q| {
                format!(
                    "{}|{}|{}|{}",
                    q.span.slice(&text),
                    q.value,
                    qual(q.qualifier),
                    q.unit.as_deref().unwrap_or("-")
                )
            })
            .collect();
        let got_s = if got_s.is_empty() { "-".to_string() } else { got_s.join(" ; ") };
        if got_s != cols[2] {
            failures.push(format!("{}\n   expected {}\n   got      {}", cols[1], cols[2], got_s));
        }
        for q in &got {
            assert_eq!(
                q.approx,
                q.qualifier != Qualifier::Exact
                    || q.span.slice(&text).contains([',', '.']) && q.value % 1000 != 0 && q.value < 1000,
                "approx flag in {line}"
            );
        }
        n += 1;
        if lang == Lang::Fr { fr += 1 } else { en += 1 }
    }
    assert!(fr >= 30 && en >= 20, "table too small: {fr} fr, {en} en");
    assert!(failures.is_empty(), "{} of {n} cases failed:\n{}", failures.len(), failures.join("\n"));
}
