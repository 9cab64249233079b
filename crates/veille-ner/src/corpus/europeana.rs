//! Reader for Europeana Newspapers FR (`enp_FR.bnf.bio`): one `token TAG` per line, IOB1
//! (`I-PER`, `I-LOC`, `I-ORG`, `O`), no sentence or document boundaries.
//!
//! Conversion: tokens are joined with single spaces; sentences end at a `.`, `!` or `?` token;
//! every 20 sentences form one pseudo-document. Split: the first 80% of tokens (rounded to a
//! pseudo-document) are `Train`, the rest `Test`.

use super::{GoldEntity, NerDoc, Split};
use crate::NerError;
use std::path::Path;
use veille_core::Span;

const SENTENCES_PER_DOC: usize = 20;

/// Reads `(token, tag)` pairs.
pub fn load(path: impl AsRef<Path>) -> Result<Vec<(String, String)>, NerError> {
    let path = path.as_ref();
    let text = std::fs::read_to_string(path).map_err(|e| NerError::io(path, e))?;
    parse(&text).map_err(|msg| NerError::Corpus { path: path.display().to_string(), msg })
}

/// Parses the `.bio` content (see [`load`]).
pub fn parse(text: &str) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() {
            continue;
        }
        let Some((tok, tag)) = line.rsplit_once(' ') else {
            return Err(format!("line {}: expected `token TAG`, got {line:?}", n + 1));
        };
        if tok.is_empty() {
            continue;
        }
        out.push((tok.to_string(), tag.to_string()));
    }
    Ok(out)
}

/// Pseudo-documents with gold entities, for one split.
pub fn to_ner(tokens: &[(String, String)], split: Split) -> Vec<NerDoc> {
    let mut docs = Vec::new();
    let mut text = String::new();
    let mut ents: Vec<GoldEntity> = Vec::new();
    let mut open: Option<(usize, String)> = None;
    let mut sentences = 0usize;
    let mut doc_start_tok = 0usize;
    let mut starts = Vec::new();
    let close = |open: &mut Option<(usize, String)>, text: &str, ents: &mut Vec<GoldEntity>| {
        if let Some((s, l)) = open.take() {
            ents.push(GoldEntity { span: Span::new(s, text.len()), label: l });
        }
    };
    for (i, (tok, tag)) in tokens.iter().enumerate() {
        let ty = tag.split_once('-').map(|(_, t)| t);
        let begins = tag.starts_with("B-");
        match (&open, ty) {
            (Some((_, l)), Some(t)) if l == t && !begins => {}
            _ => close(&mut open, &text, &mut ents),
        }
        if !text.is_empty() {
            text.push(' ');
        }
        if let (None, Some(t)) = (&open, ty) {
            open = Some((text.len(), t.to_string()));
        }
        text.push_str(tok);
        if matches!(tok.as_str(), "." | "!" | "?") {
            sentences += 1;
            if sentences == SENTENCES_PER_DOC {
                close(&mut open, &text, &mut ents);
                docs.push(NerDoc {
                    lang: veille_core::Lang::Fr,
                    id: format!("enp_FR.bnf:{}", doc_start_tok + 1),
                    text: std::mem::take(&mut text),
                    entities: std::mem::take(&mut ents),
                });
                starts.push(doc_start_tok);
                doc_start_tok = i + 1;
                sentences = 0;
            }
        }
    }
    close(&mut open, &text, &mut ents);
    if !text.is_empty() {
        docs.push(NerDoc {
            lang: veille_core::Lang::Fr,
            id: format!("enp_FR.bnf:{}", doc_start_tok + 1),
            text,
            entities: ents,
        });
        starts.push(doc_start_tok);
    }
    let cut = tokens.len() * 4 / 5;
    docs.into_iter()
        .zip(starts)
        .filter(|(_, s)| match split {
            Split::Train => *s < cut,
            Split::Test => *s >= cut,
            Split::All => true,
        })
        .map(|(d, _)| d)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iob1_to_spans() {
        let t = parse("M. O\nJean I-PER\nDupont I-PER\nà O\nRENNES I-LOC\nParis I-LOC\n. O\n").unwrap();
        let d = to_ner(&t, Split::All);
        assert_eq!(d.len(), 1);
        let got: Vec<(&str, &str)> =
            d[0].entities.iter().map(|e| (e.span.slice(&d[0].text), e.label.as_str())).collect();
        assert_eq!(got, vec![("Jean Dupont", "PER"), ("RENNES Paris", "LOC")]);
    }
}
