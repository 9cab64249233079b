//! Table-driven tests for normalize and segment, offset round trips over real corpora, and
//! the seed report.

use std::path::Path;

use veille_core::{Lang, PartialDate, Span};
use veille_text::{analyze, normalize, segment};

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('u') => {
                assert_eq!(it.next(), Some('{'));
                let hex: String = it.by_ref().take_while(|&c| c != '}').collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).expect("hex")).expect("char"));
            }
            other => panic!("bad escape {other:?}"),
        }
    }
    out
}

fn table(src: &str) -> impl Iterator<Item = Vec<&str>> {
    src.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).map(|l| l.split('\t').collect())
}

/// The normalized text maps back into the raw text: every char boundary maps to a raw char
/// boundary, the map is monotone, and the end maps to the raw end.
fn check_map(raw: &str) {
    let n = normalize(raw);
    let mut last = 0;
    for (i, _) in n.text.char_indices().chain([(n.text.len(), ' ')]) {
        let r = n.to_raw(i);
        assert!(raw.is_char_boundary(r), "to_raw({i}) = {r} not a char boundary");
        assert!(r >= last, "map not monotone at {i}");
        last = r;
    }
    assert_eq!(n.to_raw(n.text.len()), raw.len());
    // Kept ASCII letters and digits map to themselves.
    for (i, c) in n.text.char_indices() {
        if c.is_ascii_alphanumeric() {
            assert_eq!(raw.as_bytes()[n.to_raw(i)], c as u8, "char {c:?} at {i}");
        }
    }
}

#[test]
fn normalize_table() {
    let mut failures = Vec::new();
    for cols in table(include_str!("data/normalize.tsv")) {
        let raw = unescape(cols[0]);
        let want = unescape(cols[1]);
        let got = normalize(&raw);
        if got.text != want {
            failures.push(format!("{:?}: expected {want:?}, got {:?}", cols[0], got.text));
        }
        check_map(&raw);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn segment_table() {
    let mut failures = Vec::new();
    for cols in table(include_str!("data/segment.tsv")) {
        let lang = Lang::parse(cols[1]).expect("lang");
        let text = unescape(cols[2]);
        let seg = segment(&text, lang);
        let got = match cols[0] {
            "s" => seg.sentences.iter().map(|s| s.span.slice(&text)).collect::<Vec<_>>().join(" || "),
            _ => seg.tokens.iter().map(|t| t.span.slice(&text)).collect::<Vec<_>>().join(" | "),
        };
        if got != cols[3] {
            failures.push(format!("{}\n   expected {}\n   got      {got}", cols[2], cols[3]));
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

/// Structural invariants of one analysis: spans on char boundaries, tokens ordered and
/// inside their sentence, sentences covering every token once.
fn check_analysis(text: &str, lang: Lang) {
    let a = analyze(text, lang, PartialDate::ymd(2025, 9, 12));
    let ok = |s: Span| {
        s.start <= s.end
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
            && s.end <= text.len()
    };
    let mut prev_end = 0;
    for t in &a.seg.tokens {
        assert!(ok(t.span) && !t.span.is_empty() && t.span.start >= prev_end, "token {:?}", t.span);
        assert!(!t.span.slice(text).starts_with(char::is_whitespace));
        prev_end = t.span.end;
    }
    let mut next_tok = 0;
    for s in &a.seg.sentences {
        assert_eq!(s.tokens.start, next_tok, "sentences cover all tokens in order");
        next_tok = s.tokens.end;
        assert!(ok(s.span));
        assert_eq!(s.span.start, a.seg.tokens[s.tokens.start].span.start);
        assert_eq!(s.span.end, a.seg.tokens[s.tokens.end - 1].span.end);
    }
    assert_eq!(next_tok, a.seg.tokens.len());
    for q in &a.quantities {
        assert!(ok(q.span) && q.unit_span.is_none_or(ok));
    }
    for d in &a.dates {
        assert!(ok(d.span));
        assert!(d.date.is_some() || d.reason.is_some());
    }
    for q in &a.quotes {
        assert!(ok(q.span) && ok(q.outer) && q.speaker.is_none_or(ok) && q.cue.is_none_or(ok));
    }
}

fn shared() -> Option<&'static Path> {
    let p = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"));
    p.join("data").exists().then_some(p)
}

#[test]
fn round_trips_on_open_corpora() {
    let Some(root) = shared() else {
        eprintln!("../shared not found: skipped");
        return;
    };
    let pop = std::fs::read_to_string(root.join("data/ner/popcorn_fr/test.json")).expect("popcorn");
    let v: serde_json::Value = serde_json::from_str(&pop).expect("json");
    let mut n = 0;
    for (_, doc) in v.as_object().expect("object").iter().take(150) {
        let raw = doc["text"].as_str().unwrap_or_default();
        check_map(raw);
        check_analysis(&normalize(raw).text, Lang::Fr);
        n += 1;
    }
    let docs = std::fs::read_to_string(root.join("data/ner/re3d_en/centcom/documents.json")).expect("re3d");
    for line in docs.lines().filter(|l| !l.trim().is_empty()) {
        let d: serde_json::Value = serde_json::from_str(line).expect("json line");
        let raw = d["text"].as_str().unwrap_or_default();
        check_map(raw);
        check_analysis(&normalize(raw).text, Lang::En);
        n += 1;
    }
    assert!(n > 150);
}

#[test]
fn seed_report() {
    let Some(root) = shared() else {
        eprintln!("../shared not found: skipped");
        return;
    };
    let Ok(entries) = std::fs::read_dir(root.join("seed")) else { return };
    for e in entries.flatten() {
        let raw = std::fs::read_to_string(e.path()).expect("seed");
        check_map(&raw);
        let text = normalize(&raw).text;
        assert_eq!(veille_text::detect_lang(&text).0, Lang::Fr);
        check_analysis(&text, Lang::Fr);
    }
}

#[test]
fn adversarial_inputs_do_not_break_invariants() {
    for raw in [
        "",
        "   ",
        "\n\n\n",
        "«",
        "»»« \"",
        "...",
        "5 ",
        " 000",
        "1.2.3.4.5",
        "M.",
        "l'",
        "-\n",
        "e\u{301}",
        "\u{301}abc",
        "12/13/14/15",
        "2025-13-45",
        "le 31 février 2025",
        "il y a",
        "la nuit du",
        "« a », b « c » d « e",
        "Ça\u{a0}va\u{202f}? «\u{a0}Oui\u{a0}»",
        "🙂 5 000 🙂 soldats 🙂",
    ] {
        check_map(raw);
        let text = normalize(raw).text;
        for lang in [Lang::Fr, Lang::En, Lang::Other] {
            check_analysis(&text, lang);
        }
    }
    // Long runs of unmatched marks and separators (the quote scan is bounded).
    for raw in ["« a ".repeat(3000), "\"x ".repeat(3000), "5 000 ".repeat(2000), "inter-\n".repeat(2000)] {
        check_map(&raw);
        check_analysis(&normalize(&raw).text, Lang::Fr);
    }
}

/// Deterministic pseudo-random texts built from tricky pieces: no panic, invariants hold.
#[test]
fn random_texts_keep_invariants() {
    const PIECES: &[&str] = &[
        "5",
        "000",
        " ",
        "\u{a0}",
        "\u{202f}",
        ".",
        ",",
        "«",
        "»",
        "\"",
        "'",
        "’",
        "-",
        "\n",
        "\r\n",
        "l'",
        "M.",
        "U.S.",
        "a-t-il",
        "déclaré",
        "said",
        "selon",
        "que",
        "mardi",
        "dernier",
        "hier",
        "il y a",
        "trois",
        "jours",
        "ago",
        "10",
        "/",
        "09",
        "2025",
        "septembre",
        "Sept.",
        "au moins",
        "une dizaine",
        "de",
        "soldats",
        "des",
        "centaines",
        "mi-",
        "mars",
        "fin",
        "la nuit du",
        "au",
        "é",
        "e\u{301}",
        "\u{ad}",
        "…",
        "...",
        "!",
        "?",
        ":",
        "(",
        ")",
        "%",
        "1er",
        "vingt",
        "et",
        "un",
        "hundreds",
        "of",
        "thousands",
        "inter-\n",
        "vention",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..1500 {
        let len = (next() % 40) as usize;
        let mut raw = String::new();
        for _ in 0..len {
            raw.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
        }
        check_map(&raw);
        let text = normalize(&raw).text;
        let lang = [Lang::Fr, Lang::En, Lang::Other][(next() % 3) as usize];
        check_analysis(&text, lang);
    }
}
