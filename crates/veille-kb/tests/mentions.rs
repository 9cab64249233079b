//! Data-driven mention table: `tests/data/mentions.tsv` (see its header for the format).

use veille_core::{EntityMention, Lang, MentionSource, PartialDate, Span};
use veille_kb::{Kb, Recognizer};

fn find_surface(sentence: &str, surface: &str) -> Option<Span> {
    let (s, nth) = match surface.rsplit_once('@') {
        Some((s, n)) if n.chars().all(|c| c.is_ascii_digit()) => (s, n.parse::<usize>().ok()?),
        _ => (surface, 1),
    };
    let (i, _) = sentence.match_indices(s).nth(nth - 1)?;
    Some(Span::new(i, i + s.len()))
}

fn check(ms: &[EntityMention], span: Span, expected: &str) -> Result<(), String> {
    let exact = ms.iter().find(|m| m.span == span);
    if expected == "none" {
        return match ms.iter().find(|m| m.span.overlaps(span)) {
            None => Ok(()),
            Some(m) => Err(format!("expected no mention, got {:?} ({:?})", m.id, m.source)),
        };
    }
    let m = exact.ok_or_else(|| "no mention with exactly this span".to_string())?;
    if expected == "unresolved" {
        return if m.id.is_none() { Ok(()) } else { Err(format!("expected unresolved, got {:?}", m.id)) };
    }
    if let Some(c) = expected.strip_prefix("ambiguous:") {
        if m.id.is_some() {
            return Err(format!("expected ambiguous, got {:?}", m.id));
        }
        for want in c.split('|') {
            if !m.candidates.iter().any(|x| x == want) {
                return Err(format!("candidate {want} missing from {:?}", m.candidates));
            }
        }
        return if m.reason.is_some() { Ok(()) } else { Err("ambiguous without a reason".into()) };
    }
    if let Some(t) = expected.strip_prefix("provisional:") {
        let ok = m.id.is_none()
            && m.kind.as_str() == t
            && m.reason.as_deref() == Some("not in knowledge base")
            && matches!(m.source, MentionSource::Capitalized | MentionSource::Acronym);
        return if ok { Ok(()) } else { Err(format!("expected provisional {t}, got {m:?}")) };
    }
    let (id, members) = match expected.split_once('[') {
        Some((id, rest)) => (id, Some(rest.trim_end_matches(']'))),
        None => (expected, None),
    };
    if m.id.as_deref() != Some(id) {
        return Err(format!(
            "expected {id}, got {:?} (candidates {:?}, reason {:?})",
            m.id, m.candidates, m.reason
        ));
    }
    if let Some(mem) = members {
        let want: Vec<&str> = mem.split('|').collect();
        if m.members != want {
            return Err(format!("members {:?}, expected {want:?}", m.members));
        }
    }
    Ok(())
}

#[test]
fn mention_table() {
    let kb = Kb::load_default().expect("kb loads");
    let rec = Recognizer::new(&kb);
    let table = include_str!("data/mentions.tsv");
    let mut n = 0;
    let mut langs = (0, 0);
    let mut failures = Vec::new();
    for (lineno, line) in table.lines().enumerate() {
        if line.starts_with('#') || line.starts_with("sentence\t") || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 5, "line {}: 5 columns expected", lineno + 1);
        let (sentence, lang, date, surface, expected) = (cols[0], cols[1], cols[2], cols[3], cols[4]);
        // "\n" in a sentence is a line break (a headline above its lead)
        let sentence = sentence.replace("\\n", "\n");
        let sentence = sentence.as_str();
        let lang = Lang::parse(lang).expect("lang");
        match lang {
            Lang::Fr => langs.0 += 1,
            _ => langs.1 += 1,
        }
        let published = PartialDate::parse_iso(date).expect("date");
        let seg = veille_text::segment(sentence, lang);
        let ms = rec.annotate(sentence, &seg, lang, Some(published));
        for m in &ms {
            assert!(sentence.is_char_boundary(m.span.start) && sentence.is_char_boundary(m.span.end));
        }
        let Some(span) = find_surface(sentence, surface) else {
            failures.push(format!("line {}: surface {surface:?} not in the sentence", lineno + 1));
            continue;
        };
        if let Err(e) = check(&ms, span, expected) {
            let got: Vec<String> = ms
                .iter()
                .map(|m| {
                    format!("{:?}={}", &sentence[m.span.start..m.span.end], m.id.as_deref().unwrap_or("-"))
                })
                .collect();
            failures.push(format!(
                "line {}: {sentence:?} [{surface}]: {e}\n    mentions: {}",
                lineno + 1,
                got.join(", ")
            ));
        }
        n += 1;
    }
    assert!(n >= 200, "only {n} rows");
    assert!(langs.0 >= 50 && langs.1 >= 50, "FR/EN rows: {langs:?}");
    assert!(failures.is_empty(), "{} of {n} rows fail:\n{}", failures.len(), failures.join("\n"));
}
