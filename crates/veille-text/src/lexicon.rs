//! Shared machinery for the lexicon-driven readers (quantities, dates, quotes): the folded form
//! of every token (one buffer per document, no per-token allocation) and phrase tables matched
//! token by token, longest phrase first.

use std::collections::HashMap;

use veille_core::Lang;

use crate::fold::fold_char;
use crate::segment::{Segmentation, segment};

/// Folded text of each token, stored in one buffer.
pub(crate) struct FoldedTokens {
    buf: String,
    ends: Vec<u32>,
}

impl FoldedTokens {
    pub(crate) fn new(text: &str, seg: &Segmentation) -> Self {
        let mut buf = String::with_capacity(text.len());
        let mut ends = Vec::with_capacity(seg.tokens.len());
        for t in &seg.tokens {
            for c in t.span.slice(text).chars() {
                fold_char(c, &mut buf);
            }
            ends.push(buf.len() as u32);
        }
        FoldedTokens { buf, ends }
    }
    /// Folded text of token `i` ("" past the end).
    #[inline]
    pub(crate) fn get(&self, i: usize) -> &str {
        if i >= self.ends.len() {
            return "";
        }
        let s = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.buf[s..self.ends[i] as usize]
    }
}

/// Folds a lexicon phrase into its tokens, exactly as the text would be tokenized.
pub(crate) fn phrase_tokens(phrase: &str) -> Vec<String> {
    let seg = segment(phrase, Lang::Fr);
    let mut out: Vec<String> = Vec::new();
    let mut prev_end = usize::MAX;
    for t in &seg.tokens {
        let mut s = String::new();
        for c in t.span.slice(phrase).chars() {
            fold_char(c, &mut s);
        }
        // A phrase ending in an elision ("plus d'") tokenizes as "d" + "'": glue them back.
        if s == "'"
            && t.span.start == prev_end
            && let Some(last) = out.last_mut()
        {
            last.push('\'');
        } else {
            out.push(s);
        }
        prev_end = t.span.end;
    }
    out
}

/// Multi-token phrases keyed by their first folded token.
pub(crate) struct PhraseTable<V> {
    map: HashMap<String, Vec<(Vec<String>, V)>>,
}

impl<V> Default for PhraseTable<V> {
    fn default() -> Self {
        PhraseTable { map: HashMap::new() }
    }
}

impl<V> PhraseTable<V> {
    pub(crate) fn insert(&mut self, phrase: &str, v: V) {
        let toks = phrase_tokens(phrase);
        let Some(first) = toks.first().cloned() else { return };
        let list = self.map.entry(first).or_default();
        list.push((toks, v));
        list.sort_by_key(|(t, _)| std::cmp::Reverse(t.len()));
    }

    /// Value of a one-token phrase.
    pub(crate) fn get_single(&self, word: &str) -> Option<&V> {
        self.map.get(word)?.iter().find(|(t, _)| t.len() == 1).map(|(_, v)| v)
    }

    /// Longest phrase starting at token `i` that ends before token `limit`:
    /// (number of tokens, value).
    pub(crate) fn longest(&self, ft: &FoldedTokens, i: usize, limit: usize) -> Option<(usize, &V)> {
        let cands = self.map.get(ft.get(i))?;
        for (toks, v) in cands {
            if i + toks.len() <= limit && toks.iter().enumerate().skip(1).all(|(k, w)| ft.get(i + k) == w) {
                return Some((toks.len(), v));
            }
        }
        None
    }
}

/// Non-comment, non-empty lines of a data file, split on tabs.
pub(crate) fn rows(src: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    src.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}
