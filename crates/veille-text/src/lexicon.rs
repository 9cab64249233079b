//! Shared machinery for the lexicon-driven readers (quantities, dates, quotes): the folded form
//! of every token (one buffer per document, no per-token allocation) and phrase tables matched
//! token by token, longest phrase first.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use veille_core::Lang;

use crate::fold::fold_char;
use crate::keyfilter::KeyFilter;
use crate::segment::{Segmentation, segment};

/// A small fast hasher for short lexicon keys (multiply-rotate, after rustc's FxHasher).
/// Lexicon keys are our own data, so hash flooding is not a concern.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
pub(crate) type FxSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

/// A set of folded words with a [`KeyFilter`] in front: a word whose first byte and length no
/// member has is told apart without hashing (the gates of the readers run at every token).
#[derive(Default)]
pub(crate) struct WordSet {
    set: FxSet<String>,
    keys: KeyFilter,
}

impl WordSet {
    #[inline]
    pub(crate) fn contains(&self, w: &str) -> bool {
        self.keys.may_contain(w.as_bytes()) && self.set.contains(w)
    }
}

impl Extend<String> for WordSet {
    fn extend<I: IntoIterator<Item = String>>(&mut self, words: I) {
        for w in words {
            self.keys.insert(w.as_bytes());
            self.set.insert(w);
        }
    }
}

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
            let s = t.span.slice(text);
            if s.is_ascii() {
                // folding ASCII is lower-casing: copy the token, then lower-case the copy in place
                let start = buf.len();
                buf.push_str(s);
                buf[start..].make_ascii_lowercase();
            } else {
                for c in s.chars() {
                    fold_char(c, &mut buf);
                }
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
    map: FxMap<String, Vec<(Vec<String>, V)>>,
    /// The first tokens' (first byte, length): most tokens are told apart without hashing.
    first: KeyFilter,
}

impl<V> Default for PhraseTable<V> {
    fn default() -> Self {
        PhraseTable { map: FxMap::default(), first: KeyFilter::default() }
    }
}

impl<V> PhraseTable<V> {
    pub(crate) fn insert(&mut self, phrase: &str, v: V) {
        let toks = phrase_tokens(phrase);
        let Some(first) = toks.first().cloned() else { return };
        self.first.insert(first.as_bytes());
        let list = self.map.entry(first).or_default();
        list.push((toks, v));
        list.sort_by_key(|(t, _)| std::cmp::Reverse(t.len()));
    }

    /// All phrases (as folded tokens) with their values.
    pub(crate) fn entries(&self) -> impl Iterator<Item = (&[String], &V)> {
        self.map.values().flatten().map(|(t, v)| (t.as_slice(), v))
    }

    /// First tokens of all phrases.
    pub(crate) fn first_words(&self) -> impl Iterator<Item = &str> {
        self.map.keys().map(String::as_str)
    }

    /// Value of a one-token phrase.
    pub(crate) fn get_single(&self, word: &str) -> Option<&V> {
        self.map.get(word)?.iter().find(|(t, _)| t.len() == 1).map(|(_, v)| v)
    }

    /// Longest phrase starting at token `i` that ends before token `limit`:
    /// (number of tokens, value).
    pub(crate) fn longest(&self, ft: &FoldedTokens, i: usize, limit: usize) -> Option<(usize, &V)> {
        let w = ft.get(i);
        if !self.first.may_contain(w.as_bytes()) {
            return None;
        }
        let cands = self.map.get(w)?;
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
