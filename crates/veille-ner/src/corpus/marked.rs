//! Hand-annotated sentences: one per line, `lang<TAB>text`, entities marked `[[Name|LABEL]]`
//! (`#` lines are comments). veille ships `data/ner/sahel_marked_fr.tsv and sahel_marked_en.tsv`, written for the project.
//!
//! Split: line index (among sentences) % 5 == 4 is `Test`, the others `Train`.

use super::{GoldEntity, NerDoc, Split};
use crate::NerError;
use std::path::Path;
use veille_core::{Lang, Span};

/// Parses one marked sentence into a text and its entities.
pub fn parse_marked(src: &str) -> Result<(String, Vec<GoldEntity>), String> {
    let mut text = String::with_capacity(src.len());
    let mut entities = Vec::new();
    let mut rest = src;
    while let Some(a) = rest.find("[[") {
        text.push_str(&rest[..a]);
        let b = rest[a..].find("]]").ok_or_else(|| format!("unclosed [[ in {src:?}"))? + a;
        let (name, label) =
            rest[a + 2..b].split_once('|').ok_or_else(|| format!("expected [[Name|LABEL]] in {src:?}"))?;
        let start = text.len();
        text.push_str(name);
        entities.push(GoldEntity { span: Span::new(start, text.len()), label: label.trim().to_string() });
        rest = &rest[b + 2..];
    }
    text.push_str(rest);
    Ok((text, entities))
}

/// Reads a marked file (see the module doc), one document per sentence.
pub fn load(path: impl AsRef<Path>, split: Split) -> Result<Vec<NerDoc>, NerError> {
    let path = path.as_ref();
    let s = std::fs::read_to_string(path).map_err(|e| NerError::io(path, e))?;
    parse(&s, split).map_err(|msg| NerError::Corpus { path: path.display().to_string(), msg })
}

/// Parses the content of a marked file (see [`load`]).
pub fn parse(content: &str, split: Split) -> Result<Vec<NerDoc>, String> {
    let mut docs = Vec::new();
    let lines = content.lines().enumerate().filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
    for (k, (n, line)) in lines.enumerate() {
        let keep = match split {
            Split::Train => k % 5 != 4,
            Split::Test => k % 5 == 4,
            Split::All => true,
        };
        let (lang, sentence) =
            line.split_once('\t').ok_or_else(|| format!("line {}: expected lang<TAB>sentence", n + 1))?;
        let lang = match Lang::parse(lang.trim()) {
            Some(l @ (Lang::Fr | Lang::En)) => l,
            _ => return Err(format!("line {}: language {lang:?} is not fr or en", n + 1)),
        };
        let (text, entities) = parse_marked(sentence).map_err(|e| format!("line {}: {e}", n + 1))?;
        if keep {
            docs.push(NerDoc { id: format!("marked:{}", n + 1), lang, text, entities });
        }
    }
    Ok(docs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_become_spans() {
        let (t, e) = parse_marked("Le [[JNIM|ORG]] à [[Ménaka|LOC]].").unwrap();
        assert_eq!(t, "Le JNIM à Ménaka.");
        assert_eq!(
            e.iter().map(|g| (g.span.slice(&t), g.label.as_str())).collect::<Vec<_>>(),
            vec![("JNIM", "ORG"), ("Ménaka", "LOC")]
        );
        assert!(parse_marked("[[JNIM").is_err());
        assert!(parse("xx\tLe [[JNIM|ORG]].", Split::All).is_err());
    }
}
