//! Spans and offset conversion.

use serde::{Deserialize, Serialize};

/// A half-open range of **byte** offsets into a document's normalized text.
///
/// Every stage works in byte offsets (cheap slicing, no per-char counting in hot loops);
/// the output record uses char offsets, obtained through [`CharIndex`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub const fn len(&self) -> usize {
        self.end - self.start
    }
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// The text this span covers. Panics if the span is not on char boundaries of `text`.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// Smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

/// Converts byte offsets of one text into char (Unicode scalar) offsets.
///
/// Built once per document in O(n); each lookup is a binary search over the multi-byte chars
/// only, so ASCII-heavy text costs almost nothing.
#[derive(Clone, Debug)]
pub struct CharIndex {
    /// For every multi-byte char: its byte offset, and the extra bytes (len - 1) accumulated
    /// up to and including it.
    wide: Vec<(usize, usize)>,
    len_bytes: usize,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let mut wide = Vec::new();
        let mut extra = 0usize;
        // on bytes, no char decoding: a multi-byte char starts at a lead byte (0b11xx_xxxx),
        // whose high bits give its length
        for (i, &b) in text.as_bytes().iter().enumerate() {
            if b >= 0xC0 {
                extra += if b < 0xE0 {
                    1
                } else if b < 0xF0 {
                    2
                } else {
                    3
                };
                wide.push((i, extra));
            }
        }
        CharIndex { wide, len_bytes: text.len() }
    }

    /// Char offset of a byte offset (a char boundary, or the text length).
    pub fn char_offset(&self, byte: usize) -> usize {
        debug_assert!(byte <= self.len_bytes);
        let k = self.wide.partition_point(|&(b, _)| b < byte);
        if k == 0 { byte } else { byte - self.wide[k - 1].1 }
    }

    /// Char span (start, end) of a byte span.
    pub fn span(&self, s: Span) -> (usize, usize) {
        (self.char_offset(s.start), self.char_offset(s.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_match_char_indices() {
        let text = "L’AES a déployé 5\u{202f}000 hommes à Ménaka — « oui ».";
        let idx = CharIndex::new(text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(idx.char_offset(bi), ci, "byte {bi}");
        }
        assert_eq!(idx.char_offset(text.len()), text.chars().count());
    }

    #[test]
    fn char_offsets_of_two_to_four_byte_chars() {
        let text = "é€😀a\u{1F1F2}\u{1F1F1} Mali ß";
        let idx = CharIndex::new(text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(idx.char_offset(bi), ci, "byte {bi}");
        }
        assert_eq!(idx.char_offset(text.len()), text.chars().count());
        assert_eq!(CharIndex::new("plain ascii").char_offset(6), 6);
    }

    #[test]
    fn span_ops() {
        let a = Span::new(2, 5);
        let b = Span::new(4, 9);
        assert!(a.overlaps(b));
        assert_eq!(a.cover(b), Span::new(2, 9));
        assert!(!a.contains(b));
        assert_eq!(Span::new(0, 3).slice("abcdef"), "abc");
    }
}
