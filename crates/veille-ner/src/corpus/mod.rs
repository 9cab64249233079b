//! Readers for the open NER corpora (see `../shared/data/README.md`) and their conversion to
//! [`NerDoc`]s: a text plus gold entity spans with the labels PER / ORG / LOC (/ MISC).
//! The mapping of each corpus's types is documented in `crates/veille-ner/MAPPING.md`.

pub mod europeana;
pub mod marked;
pub mod popcorn;
pub mod re3d;

use std::collections::HashSet;
use std::sync::OnceLock;
use veille_core::Span;

/// A document with gold entities (byte spans into `text`, non-overlapping, sorted).
#[derive(Clone, Debug, PartialEq)]
pub struct NerDoc {
    pub id: String,
    /// Language of the text (drives tokenization).
    pub lang: veille_core::Lang,
    pub text: String,
    pub entities: Vec<GoldEntity>,
}

/// One gold entity.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GoldEntity {
    pub span: Span,
    pub label: String,
}

/// Which part of a corpus to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Split {
    Train,
    Test,
    All,
}

pub(crate) fn function_words() -> &'static HashSet<&'static str> {
    static W: OnceLock<HashSet<&'static str>> = OnceLock::new();
    W.get_or_init(|| {
        include_str!("../../data/function_words.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// Whether a gold mention is a name: one of its words starts with an upper-case letter and is
/// not a function word ("Adelys Adams", "FBI", "État" yes; "elle", "La police", "mourners" no).
pub fn is_name(mention: &str) -> bool {
    let fw = function_words();
    mention.split(|c: char| c.is_whitespace() || c == '\'' || c == '’').any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.chars().next().is_some_and(char::is_uppercase) && !fw.contains(w.to_lowercase().as_str())
    })
}

/// Trims white space off a byte span of `text`.
pub(crate) fn trim_span(text: &str, s: Span) -> Span {
    let t = &text[s.start..s.end];
    let lead = t.len() - t.trim_start().len();
    let trail = t.len() - t.trim_end().len();
    if lead + trail >= t.len() {
        Span::new(s.start, s.start)
    } else {
        Span::new(s.start + lead, s.end - trail)
    }
}

/// Keeps a non-overlapping subset: by priority (higher first), then longer, then earlier.
pub(crate) fn resolve_overlaps(mut c: Vec<(i32, GoldEntity)>) -> Vec<GoldEntity> {
    c.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then((b.1.span.len()).cmp(&a.1.span.len()))
            .then(a.1.span.start.cmp(&b.1.span.start))
            .then(a.1.label.cmp(&b.1.label))
    });
    let mut kept: Vec<GoldEntity> = Vec::new();
    for (_, e) in c {
        if e.span.is_empty() || kept.iter().any(|k| k.span.overlaps(e.span)) {
            continue;
        }
        kept.push(e);
    }
    kept.sort();
    kept
}

/// Splits a training weight off a corpus spec: `popcorn*3:PATH` → (`popcorn:PATH`, 3): the
/// documents are repeated that many times in each training epoch (upsampling). No weight → 1.
pub fn split_weight(spec: &str) -> Result<(String, usize), crate::NerError> {
    let Some((kind, path)) = spec.split_once(':') else { return Ok((spec.to_string(), 1)) };
    match kind.split_once('*') {
        None => Ok((spec.to_string(), 1)),
        Some((k, n)) => {
            let n: usize = n.parse().ok().filter(|n| (1..=100).contains(n)).ok_or_else(|| {
                crate::NerError::Invalid(format!(
                    "corpus {spec:?}: weight {n:?} must be a whole number from 1 to 100"
                ))
            })?;
            Ok((format!("{k}:{path}"), n))
        }
    }
}

/// Development parts of corpora, each keyed by its unweighted spec.
pub type DevParts = Vec<(String, Vec<NerDoc>)>;

/// The training documents and development parts of weighted corpus specs (see [`split_weight`]):
/// every 5th *training* document of each corpus is held out as its development part; the rest,
/// repeated by the corpus weight, is returned for training. Used to choose settings without
/// touching the test splits.
pub fn dev_split(specs: &[String]) -> Result<(Vec<NerDoc>, DevParts), crate::NerError> {
    let mut train_docs = Vec::new();
    let mut devs = Vec::new();
    for s in specs {
        let (spec, n) = split_weight(s)?;
        let d = load_spec(&spec, Split::Train)?;
        let (dev, tr): (Vec<_>, Vec<_>) = d.into_iter().enumerate().partition(|(i, _)| i % 5 == 4);
        for _ in 0..n {
            train_docs.extend(tr.iter().map(|(_, d)| d.clone()));
        }
        devs.push((spec, dev.into_iter().map(|(_, d)| d).collect()));
    }
    Ok((train_docs, devs))
}

/// Loads one split of a corpus given as `KIND:PATH`: `popcorn:FILE.json` (the file whole,
/// whatever the split: POPCORN ships train.json and test.json), `europeana:FILE.bio` (first 80%
/// train, last 20% test), `re3d:DIR` (every 5th document by id is test), `marked:FILE.tsv`
/// (hand-annotated sentences, every 5th is test; see [`marked`]).
pub fn load_spec(spec: &str, split: Split) -> Result<Vec<NerDoc>, crate::NerError> {
    let (kind, path) =
        spec.split_once(':').filter(|(k, p)| !k.is_empty() && !p.is_empty()).ok_or_else(|| {
            crate::NerError::Invalid(format!(
                "corpus {spec:?}: expected KIND:PATH, e.g. popcorn:../shared/data/ner/popcorn_fr/train.json"
            ))
        })?;
    Ok(match kind {
        "popcorn" => popcorn::to_ner(&popcorn::load(path)?),
        "europeana" => europeana::to_ner(&europeana::load(path)?, split),
        "re3d" => re3d::to_ner(&re3d::load(path)?, split),
        "marked" => marked::load(path, split)?,
        other => {
            return Err(crate::NerError::Invalid(format!(
                "corpus {spec:?}: unknown kind {other:?} (popcorn, europeana, re3d, marked)"
            )));
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_non_names() {
        for n in ["Adelys Adams", "FBI", "État", "la Croix-Rouge", "U.S. service members", "N’Djamena"] {
            assert!(is_name(n), "{n}");
        }
        for n in ["elle", "La police", "mourners", "The", "Certains", "l’armée"] {
            assert!(!is_name(n), "{n}");
        }
    }

    #[test]
    fn overlaps_prefer_priority_then_length() {
        let g = |a, b, l: &str| GoldEntity { span: Span::new(a, b), label: l.into() };
        let kept = resolve_overlaps(vec![
            (0, g(0, 10, "ORG")),
            (0, g(4, 10, "ORG")),
            (1, g(12, 15, "LOC")),
            (0, g(11, 20, "PER")),
        ]);
        assert_eq!(kept, vec![g(0, 10, "ORG"), g(12, 15, "LOC")]);
    }
}
