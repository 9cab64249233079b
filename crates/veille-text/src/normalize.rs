//! Text normalization with an offset map back to the raw input.
//!
//! One pass over the raw text:
//! - NFC (per base char + its combining marks; ASCII bypasses the normalizer);
//! - typographic apostrophes `’ ‘ ʼ` → `'`; double quotes `“ ” „ ‟` → `"`; French guillemets
//!   `« »` are kept as they are;
//! - no-break, narrow no-break, thin, figure and other Unicode spaces, and tabs → `' '`
//!   (positions of former no-break spaces are kept in [`Normalized::hard_spaces`], so a reader
//!   can tell that "5\u{202f}000" was typeset as one number);
//! - soft hyphen, zero-width chars, BOM and control chars removed;
//! - end-of-line hyphenation joined when the continuation is lower case ("inter-\nvention" →
//!   "intervention"; a few continuations keep the hyphen: "peut-\nêtre" → "peut-être", see
//!   `data/hyphen_keep.txt`);
//! - CRLF and CR → LF, U+2028/U+2029 → LF; lines trimmed; runs of spaces collapsed to one;
//!   runs of blank lines collapsed to one blank line; the text is trimmed.

use crate::lexicon::FxSet;
use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::canonical_combining_class;

use crate::fold::fold_str;

/// Normalized text plus its offset map.
#[derive(Clone, Debug, Default)]
pub struct Normalized {
    pub text: String,
    /// `map[i]` = raw byte offset of the raw char that produced normalized byte `i`;
    /// `map[text.len()]` = raw length.
    map: Vec<u32>,
    /// Normalized byte offsets of spaces that were no-break / narrow no-break / figure spaces.
    pub hard_spaces: Vec<u32>,
}

impl Normalized {
    /// Raw byte offset of a normalized byte offset (`0..=text.len()`).
    ///
    /// For a start offset this is where the producing raw char starts; for an end offset
    /// (exclusive) it is where the next kept raw char starts.
    pub fn to_raw(&self, norm_byte: usize) -> usize {
        let i = norm_byte.min(self.map.len().saturating_sub(1));
        self.map.get(i).copied().unwrap_or(0) as usize
    }

    /// Raw span of a normalized span: start of the first char .. start of the char after the end.
    pub fn to_raw_span(&self, s: veille_core::Span) -> veille_core::Span {
        veille_core::Span::new(self.to_raw(s.start), self.to_raw(s.end))
    }

    /// True when the space at normalized byte `i` was a no-break space in the raw text.
    pub fn is_hard_space(&self, i: usize) -> bool {
        self.hard_spaces.binary_search(&(i as u32)).is_ok()
    }
}

fn hyphen_keep() -> &'static FxSet<String> {
    static SET: OnceLock<FxSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        include_str!("../data/hyphen_keep.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(fold_str)
            .collect()
    })
}

/// What a raw char becomes.
enum Class {
    Keep,
    Space { hard: bool },
    Newline,
    Drop,
    Replace(char),
}

#[inline]
fn classify(c: char) -> Class {
    match c {
        ' ' | '\t' => Class::Space { hard: false },
        '\n' | '\u{2028}' | '\u{2029}' | '\u{0b}' | '\u{0c}' | '\u{85}' => Class::Newline,
        '\u{a0}' | '\u{202f}' | '\u{2007}' | '\u{2060}' => Class::Space { hard: true },
        '\u{2000}'..='\u{200a}' | '\u{3000}' | '\u{205f}' | '\u{1680}' => Class::Space { hard: false },
        '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{200e}' | '\u{200f}' => Class::Drop,
        '’' | '‘' | 'ʼ' | '‛' => Class::Replace('\''),
        '“' | '”' | '„' | '‟' => Class::Replace('"'),
        c if c.is_control() => Class::Drop,
        _ => Class::Keep,
    }
}

struct Out {
    text: String,
    map: Vec<u32>,
    hard: Vec<u32>,
    /// Pending space (raw offset, was hard) not yet written.
    space: Option<(u32, bool)>,
    /// Pending newlines (count, raw offset of the first).
    newlines: (u32, u32),
}

impl Out {
    /// Flushes pending whitespace before a visible char.
    #[inline]
    fn flush(&mut self) {
        if self.newlines.0 > 0 {
            if !self.text.is_empty() {
                let n = self.newlines.0.min(2);
                for _ in 0..n {
                    self.text.push('\n');
                    self.map.push(self.newlines.1);
                }
            }
            self.newlines = (0, 0);
            self.space = None; // leading spaces of a line are dropped
        }
        if let Some((raw, hard)) = self.space.take()
            && !self.text.is_empty()
        {
            if hard {
                self.hard.push(self.text.len() as u32);
            }
            self.text.push(' ');
            self.map.push(raw);
        }
    }
    #[inline]
    fn push(&mut self, c: char, raw: usize) {
        self.flush();
        let before = self.text.len();
        self.text.push(c);
        for _ in before..self.text.len() {
            self.map.push(raw as u32);
        }
    }
    #[inline]
    fn push_str(&mut self, s: &str, raw: usize) {
        self.flush();
        self.text.push_str(s);
        for _ in 0..s.len() {
            self.map.push(raw as u32);
        }
    }
    fn last_char(&self) -> Option<char> {
        if self.space.is_some() || self.newlines.0 > 0 {
            return None;
        }
        self.text.chars().next_back()
    }
}

/// If `raw[i]` is a hyphen ending a line (spaces allowed before the newline) whose continuation
/// starts with a lower-case letter, returns (raw offset of the continuation, keep hyphen?).
fn line_end_hyphen(raw: &str, i: usize, hyphen_len: usize) -> Option<(usize, bool)> {
    let b = raw.as_bytes();
    let mut j = i + hyphen_len;
    while j < b.len() && (b[j] == b' ' || b[j] == b'\t' || b[j] == b'\r') {
        j += 1;
    }
    if j >= b.len() || b[j] != b'\n' {
        return None;
    }
    j += 1;
    while j < b.len() && (b[j] == b' ' || b[j] == b'\t') {
        j += 1;
    }
    let rest = &raw[j..];
    let first = rest.chars().next()?;
    if !first.is_lowercase() {
        return None;
    }
    let word_end = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
    let word = fold_str(&rest[..word_end]);
    Some((j, hyphen_keep().contains(&word)))
}

/// Normalizes `raw`; see the module doc.
pub fn normalize(raw: &str) -> Normalized {
    let mut out = Out {
        text: String::with_capacity(raw.len()),
        map: Vec::with_capacity(raw.len() + 1),
        hard: Vec::new(),
        space: None,
        newlines: (0, 0),
    };
    let bytes = raw.as_bytes();
    let mut i = 0;
    let mut cluster = String::new();
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII fast path: a run of printable non-space, non-hyphen bytes is copied as is.
        if (0x21..0x7f).contains(&b) && b != b'-' {
            let start = i;
            while i < bytes.len() && (0x21..0x7f).contains(&bytes[i]) && bytes[i] != b'-' {
                i += 1;
            }
            // A combining mark after the run composes with its last char: leave that char to
            // the slow path.
            if i < bytes.len()
                && bytes[i] >= 0x80
                && i - start > 0
                && raw[i..].chars().next().is_some_and(|n| canonical_combining_class(n) != 0)
            {
                i -= 1;
            }
            if i == start {
                let c = bytes[i] as char;
                i = keep_cluster(&mut out, raw, i, c, &mut cluster);
                continue;
            }
            out.flush();
            out.text.push_str(&raw[start..i]);
            out.map.extend(start as u32..i as u32);
            continue;
        }
        let c = raw[i..].chars().next().expect("char boundary");
        let len = c.len_utf8();
        match c {
            '\r' => {
                if bytes.get(i + 1) != Some(&b'\n') {
                    newline(&mut out, i);
                }
                i += 1;
                continue;
            }
            '-' | '\u{2010}' | '\u{ad}' => {
                let after_letter = out.last_char().is_some_and(char::is_alphabetic);
                if after_letter && let Some((next, keep)) = line_end_hyphen(raw, i, len) {
                    if keep && c != '\u{ad}' {
                        out.push('-', i);
                    }
                    i = next;
                    continue;
                }
                if c != '\u{ad}' {
                    out.push(c, i);
                }
                i += len;
                continue;
            }
            _ => {}
        }
        match classify(c) {
            Class::Space { hard } => {
                if out.newlines.0 == 0 && !out.text.is_empty() {
                    match &mut out.space {
                        Some((_, h)) => *h |= hard,
                        None => out.space = Some((i as u32, hard)),
                    }
                }
                i += len;
            }
            Class::Newline => {
                newline(&mut out, i);
                i += len;
            }
            Class::Drop => i += len,
            Class::Replace(r) => {
                out.push(r, i);
                i += len;
            }
            Class::Keep => i = keep_cluster(&mut out, raw, i, c, &mut cluster),
        }
    }
    out.map.push(raw.len() as u32);
    Normalized { text: out.text, map: out.map, hard_spaces: out.hard }
}

/// Writes the char `c` at raw offset `start` composed with the combining marks that follow it;
/// returns the raw offset after them.
fn keep_cluster(out: &mut Out, raw: &str, start: usize, c: char, buf: &mut String) -> usize {
    let len = c.len_utf8();
    let mut end = start + len;
    while end < raw.len() {
        let n = raw[end..].chars().next().expect("char boundary");
        if canonical_combining_class(n) == 0 {
            break;
        }
        end += n.len_utf8();
    }
    if end == start + len && (c.is_ascii() || (canonical_combining_class(c) == 0 && is_nfc_char(c))) {
        out.push(c, start);
    } else {
        buf.clear();
        buf.extend(raw[start..end].nfc());
        out.push_str(buf, start);
    }
    end
}

/// A lone char that NFC leaves unchanged (the common case; singletons like U+212B are not).
/// Chars below [`NFC_TABLE_END`] (Latin-1 Supplement, Latin Extended-A and -B: the accented
/// letters of the reports, met at every one) are answered from a table made once by
/// [`is_nfc_char_uncached`] itself.
#[inline]
fn is_nfc_char(c: char) -> bool {
    static TABLE: OnceLock<Vec<bool>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        (0..NFC_TABLE_END).map(|u| char::from_u32(u).is_some_and(is_nfc_char_uncached)).collect()
    });
    match table.get(c as usize) {
        Some(&nfc) => nfc,
        None => is_nfc_char_uncached(c),
    }
}

/// The chars [`is_nfc_char`] keeps in its table: U+0000..U+024F.
const NFC_TABLE_END: u32 = 0x250;

/// [`is_nfc_char`] by running NFC over the char.
fn is_nfc_char_uncached(c: char) -> bool {
    let mut it = std::iter::once(c).nfc();
    it.next() == Some(c) && it.next().is_none()
}

#[inline]
fn newline(out: &mut Out, raw: usize) {
    out.space = None; // trailing spaces of a line are dropped
    if out.newlines.0 == 0 {
        out.newlines.1 = raw as u32;
    }
    out.newlines.0 += 1;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc_table_agrees_with_nfc() {
        for u in 0..NFC_TABLE_END + 0x100 {
            if let Some(c) = char::from_u32(u) {
                assert_eq!(is_nfc_char(c), is_nfc_char_uncached(c), "U+{u:04X}");
            }
        }
        assert!(!is_nfc_char('\u{212B}'));
    }

    fn n(s: &str) -> String {
        normalize(s).text
    }

    #[test]
    fn spaces_quotes_apostrophes() {
        assert_eq!(n("l’armée  a   dit\u{a0}: « oui\u{202f}»"), "l'armée a dit : « oui »");
        assert_eq!(n("“Yes,” he said"), "\"Yes,\" he said");
        assert_eq!(n("  a \r\n\r\n\r\n\r\n b  \r\n"), "a\n\nb");
        assert_eq!(n("x\ty\u{ad}z\u{200b}"), "x yz");
        assert_eq!(n("e\u{301}te\u{301}"), "été");
    }

    #[test]
    fn hyphenation() {
        assert_eq!(n("une inter-\nvention rapide"), "une intervention rapide");
        assert_eq!(n("une inter- \r\n  vention"), "une intervention");
        assert_eq!(n("peut-\nêtre"), "peut-être");
        assert_eq!(n("Franco-\nMalien"), "Franco-\nMalien");
        assert_eq!(n("2024-\n2025"), "2024-\n2025");
        assert_eq!(n("inter\u{ad}\nvention"), "intervention");
    }

    #[test]
    fn hard_spaces_recorded() {
        let r = normalize("5\u{202f}000 hommes");
        assert_eq!(r.text, "5 000 hommes");
        assert!(r.is_hard_space(1));
        assert!(!r.is_hard_space(5));
    }

    #[test]
    fn map_round_trips() {
        let raw =
            "  L’AES\u{a0}a déployé 5\u{202f}000 hom-\nmes à Me\u{301}naka.\r\n\r\n« Oui », a-t-il dit.";
        let r = normalize(raw);
        assert_eq!(r.to_raw(r.text.len()), raw.len());
        for (i, c) in r.text.char_indices() {
            let ri = r.to_raw(i);
            assert!(raw.is_char_boundary(ri));
            let rc = raw[ri..].chars().next().unwrap();
            let ok = rc == c
                || matches!(classify(rc), Class::Space { .. } | Class::Newline | Class::Replace(_))
                || rc == '\r'
                || fold_str(&rc.to_string()) == fold_str(&c.to_string());
            assert!(ok, "normalized {c:?} at {i} maps to raw {rc:?}");
        }
        let s = r.text.find("Ménaka").unwrap();
        let span = r.to_raw_span(veille_core::Span::new(s, s + "Ménaka".len()));
        assert_eq!(&raw[span.start..span.end], "Me\u{301}naka");
    }
}
