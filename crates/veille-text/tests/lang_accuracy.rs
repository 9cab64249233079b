//! Language-id accuracy on open corpora in ../shared/data (skipped when absent):
//! POPCORN test texts (French) and re3d documents (English), whole texts and first sentences
//! only. Compares our detector with plain whatlang and asserts our accuracy floor.

use std::path::Path;

use veille_core::Lang;
use veille_text::detect_lang;

fn shared() -> Option<&'static Path> {
    let p = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data"));
    p.exists().then_some(p)
}

fn first_sentence(t: &str) -> &str {
    let t = t.trim();
    match t.find(". ") {
        Some(i) if i > 20 => &t[..=i],
        _ => &t[..t.len().min(t.char_indices().nth(120).map_or(t.len(), |x| x.0))],
    }
}

fn corpora(root: &Path) -> Vec<(String, Lang)> {
    let mut out = Vec::new();
    let pop = std::fs::read_to_string(root.join("ner/popcorn_fr/test.json")).expect("popcorn");
    let v: serde_json::Value = serde_json::from_str(&pop).expect("popcorn json");
    for (_, doc) in v.as_object().expect("object") {
        out.push((doc["text"].as_str().unwrap_or_default().to_string(), Lang::Fr));
    }
    for entry in std::fs::read_dir(root.join("ner/re3d_en")).expect("re3d") {
        let p = entry.expect("entry").path().join("documents.json");
        let Ok(s) = std::fs::read_to_string(&p) else { continue };
        for line in s.lines().filter(|l| !l.trim().is_empty()) {
            let d: serde_json::Value = serde_json::from_str(line).expect("re3d line");
            out.push((d["text"].as_str().unwrap_or_default().to_string(), Lang::En));
        }
    }
    out
}

fn whatlang_lang(t: &str) -> Lang {
    match whatlang::detect_lang(t) {
        Some(whatlang::Lang::Fra) => Lang::Fr,
        Some(whatlang::Lang::Eng) => Lang::En,
        _ => Lang::Other,
    }
}

#[test]
fn accuracy_on_open_corpora() {
    let Some(root) = shared() else {
        eprintln!("../shared/data not found: skipped");
        return;
    };
    let docs = corpora(root);
    assert!(docs.len() > 400);
    let (mut ours_long, mut ours_short, mut wl_long, mut wl_short) = (0, 0, 0, 0);
    let mut errors = Vec::new();
    for (t, gold) in &docs {
        let s = first_sentence(t);
        ours_long += usize::from(detect_lang(t).0 == *gold);
        let short = detect_lang(s).0;
        ours_short += usize::from(short == *gold);
        if short != *gold {
            errors.push(s.to_string());
        }
        wl_long += usize::from(whatlang_lang(t) == *gold);
        wl_short += usize::from(whatlang_lang(s) == *gold);
    }
    let n = docs.len() as f64;
    let pct = |k: usize| 100.0 * k as f64 / n;
    eprintln!(
        "lang id over {} docs: ours long {:.1}% short {:.1}% | whatlang long {:.1}% short {:.1}%",
        docs.len(),
        pct(ours_long),
        pct(ours_short),
        pct(wl_long),
        pct(wl_short)
    );
    for e in errors.iter().take(10) {
        eprintln!("  miss: {e}");
    }
    assert!(pct(ours_long) >= 99.0, "long-text accuracy {:.1}%", pct(ours_long));
    assert!(pct(ours_short) >= 97.0, "first-sentence accuracy {:.1}%", pct(ours_short));
}
