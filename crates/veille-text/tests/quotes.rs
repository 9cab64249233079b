//! Table-driven quotation tests: tests/data/quotes.tsv.

use veille_core::Lang;
use veille_text::{normalize, quotes, segment};

#[test]
fn quote_table() {
    let table = include_str!("data/quotes.tsv");
    let mut failures = Vec::new();
    let mut n = 0;
    for line in table.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 3, "bad table line: {line}");
        let lang = Lang::parse(cols[0]).expect("lang");
        let text = normalize(cols[1]).text;
        let seg = segment(&text, lang);
        let got = quotes(&text, &seg, lang);
        for q in &got {
            assert!(q.outer.contains(q.span), "content inside the marks: {line}");
            for s in [Some(q.span), Some(q.outer), q.speaker, q.cue].into_iter().flatten() {
                assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
        }
        let got_s: Vec<String> = got
            .iter()
            .map(|q| {
                let opt =
                    |s: Option<veille_core::Span>| s.map_or("-".to_string(), |s| s.slice(&text).to_string());
                format!(
                    "{}|{}|{}|{}",
                    q.span.slice(&text),
                    opt(q.speaker),
                    opt(q.cue),
                    if q.indirect { "i" } else { "d" }
                )
            })
            .collect();
        let got_s = if got_s.is_empty() { "-".to_string() } else { got_s.join(" ; ") };
        if got_s != cols[2] {
            failures.push(format!("{}\n   expected {}\n   got      {}", cols[1], cols[2], got_s));
        }
        n += 1;
    }
    assert!(failures.is_empty(), "{} of {n} cases failed:\n{}", failures.len(), failures.join("\n"));
}
