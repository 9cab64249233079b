//! Table-driven date tests: tests/data/dates.tsv.

use veille_core::{Lang, PartialDate};
use veille_text::{dates, normalize, segment};

#[test]
fn date_table() {
    let table = include_str!("data/dates.tsv");
    let (mut n, mut fr, mut en) = (0, 0, 0);
    let mut failures = Vec::new();
    for line in table.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 4, "bad table line: {line}");
        let lang = Lang::parse(cols[0]).expect("lang");
        let published = (cols[1] != "-").then(|| PartialDate::parse_iso(cols[1]).expect("published"));
        let text = normalize(cols[2]).text;
        let seg = segment(&text, lang);
        let got = dates(&text, &seg, lang, published);
        for d in &got {
            assert!(text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end));
            // Unknown stays unknown: a missing date always says why.
            if d.date.is_none() {
                assert!(d.reason.is_some(), "no reason for an unresolved date in {line}");
            }
        }
        let got_s: Vec<String> = got
            .iter()
            .map(|d| {
                let date = d.date.map_or("-".to_string(), |x| x.to_string());
                format!("{}|{}|{}", d.span.slice(&text), date, d.precision.as_str())
            })
            .collect();
        let got_s = if got_s.is_empty() { "-".to_string() } else { got_s.join(" ; ") };
        if got_s != cols[3] {
            failures
                .push(format!("{} [{}]\n   expected {}\n   got      {}", cols[2], cols[1], cols[3], got_s));
        }
        n += 1;
        if lang == Lang::Fr { fr += 1 } else { en += 1 }
    }
    assert!(fr >= 30 && en >= 20, "table too small: {fr} fr, {en} en");
    assert!(failures.is_empty(), "{} of {n} cases failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn relative_without_publication_says_why() {
    let text = "Hier, mardi dernier et la semaine dernière.";
    let seg = segment(text, Lang::Fr);
    let got = dates(text, &seg, Lang::Fr, None);
    assert_eq!(got.len(), 3);
    for d in got {
        assert_eq!(d.date, None);
        assert!(d.relative);
        assert_eq!(d.reason.as_deref(), Some("relative date without publication date"));
    }
}
