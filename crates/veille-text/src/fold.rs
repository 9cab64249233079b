//! Case and accent folding with an offset map back to the original text.
//!
//! Lexicon matching (knowledge base, gazetteer, trigger lexicons) runs over the folded text so
//! that "ÉTAT ISLAMIQUE", "Etat islamique" and "état islamique" all match one pattern. Each byte
//! of the folded text maps back to the byte of the original char it came from.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Folded text plus its offset map.
#[derive(Clone, Debug, Default)]
pub struct Folded {
    pub text: String,
    /// `map[i]` = byte offset in the original text of the char that produced folded byte `i`;
    /// `map[text.len()]` = original length.
    map: Vec<u32>,
}

impl Folded {
    /// Original byte offset of a folded *start* offset.
    pub fn orig_start(&self, folded: usize) -> usize {
        self.map[folded] as usize
    }
    /// Folded offset of an original byte offset `orig`: the first folded byte whose original char
    /// starts at or after it (the folded text's length past the end). The map is monotone, so this
    /// is a binary search.
    pub fn folded_offset(&self, orig: usize) -> usize {
        self.map[..self.text.len()].partition_point(|&m| (m as usize) < orig)
    }
    /// Original byte offset of a folded *end* offset (exclusive): the end of the original char
    /// that produced the last folded byte before `folded`.
    pub fn orig_end(&self, folded: usize) -> usize {
        if folded == 0 {
            return 0;
        }
        // The next original char starts where the next distinct map value begins.
        let last = self.map[folded - 1];
        let mut j = folded;
        while j < self.map.len() - 1 && self.map[j] == last {
            j += 1;
        }
        self.map[j] as usize
    }
}

/// Folds one char into `out`: lower case, diacritics removed, ligatures expanded, typographic
/// apostrophes and dashes unified. Returns without pushing for pure combining marks.
#[inline]
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    fold_non_ascii(c, out);
}

/// [`fold_char`] past ASCII, out of line so that the ASCII case inlines into its callers.
#[inline(never)]
fn fold_non_ascii(c: char, out: &mut String) {
    if (c as u32) < LATIN_END {
        out.push_str(&latin_folds()[c as usize - 0x80]);
        return;
    }
    fold_char_slow(c, out);
}

/// End of the chars whose folds are kept in a table: Latin-1 Supplement and Latin
/// Extended-A (U+0080..U+017F), where nearly all accented letters of French text are.
const LATIN_END: u32 = 0x180;

/// The folds of U+0080..U+017F, made once by [`fold_char_slow`] (so the same by construction):
/// one lookup instead of a canonical decomposition per accented letter.
fn latin_folds() -> &'static [Box<str>] {
    static T: std::sync::OnceLock<Vec<Box<str>>> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        (0x80..LATIN_END)
            .map(|u| {
                let mut s = String::new();
                if let Some(c) = char::from_u32(u) {
                    fold_char_slow(c, &mut s);
                }
                s.into_boxed_str()
            })
            .collect()
    })
}

/// [`fold_char`] for a non-ASCII char, worked out from the Unicode tables.
fn fold_char_slow(c: char, out: &mut String) {
    match c {
        '’' | '‘' | 'ʼ' | '′' | '`' | '´' => out.push('\''),
        '‐' | '‑' | '‒' | '–' | '—' | '−' => out.push('-'),
        'œ' | 'Œ' => out.push_str("oe"),
        'æ' | 'Æ' => out.push_str("ae"),
        'ß' => out.push_str("ss"),
        '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}' => out.push(' '),
        _ => decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                for l in d.to_lowercase() {
                    out.push(l);
                }
            }
        }),
    }
}

/// Folds `text`; see the module doc.
///
/// Runs of ASCII (most of a French or English report) are copied and lower-cased in bulk, one
/// map entry per byte, exactly as [`fold_char`] would fold them one char at a time; only the
/// other chars go through [`fold_char`].
pub fn fold(text: &str) -> Folded {
    let mut out = String::with_capacity(text.len());
    let mut map: Vec<u32> = Vec::with_capacity(text.len() + 1);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let run = bytes[i..].iter().position(|b| !b.is_ascii()).map_or(bytes.len(), |k| i + k);
        if run > i {
            let before = out.len();
            out.push_str(&text[i..run]);
            out[before..].make_ascii_lowercase();
            map.extend(i as u32..run as u32);
            i = run;
            if i == bytes.len() {
                break;
            }
        }
        // a non-ASCII char starts at `i`
        let Some(c) = text[i..].chars().next() else { break };
        let before = out.len();
        fold_char(c, &mut out);
        map.extend(std::iter::repeat_n(i as u32, out.len() - before));
        i += c.len_utf8();
    }
    map.push(text.len() as u32);
    Folded { text: out, map }
}

/// Folds a short string (an alias, a lexicon entry) without keeping the map.
pub fn fold_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// As [`fold_str`], borrowing `s` when folding would not change it (lower-case ASCII, the usual
/// case for function words), so hot checks on token text do not allocate.
pub fn fold_cow(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(fold_str(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_cow_borrows_only_what_folding_keeps() {
        assert!(matches!(fold_cow("pour"), std::borrow::Cow::Borrowed("pour")));
        assert!(matches!(fold_cow("d'"), std::borrow::Cow::Borrowed("d'")));
        assert_eq!(fold_cow("À"), "a");
        assert_eq!(fold_cow("Pour"), "pour");
        assert_eq!(fold_cow("d’"), "d'");
        assert!(matches!(fold_cow("Pour"), std::borrow::Cow::Owned(_)));
    }

    #[test]
    fn folds_case_accents_and_marks() {
        assert_eq!(fold_str("État islamique au Grand Sahara"), "etat islamique au grand sahara");
        assert_eq!(fold_str("Burkinabè"), "burkinabe");
        assert_eq!(fold_str("l’armée"), "l'armee");
        assert_eq!(fold_str("Cœur"), "coeur");
        assert_eq!(fold_str("Tin‑Akoff"), "tin-akoff");
    }

    /// The char-at-a-time definition that [`fold`]'s ASCII fast path must reproduce.
    fn fold_slow(text: &str) -> (String, Vec<u32>) {
        let mut out = String::new();
        let mut map = Vec::new();
        for (i, c) in text.char_indices() {
            let before = out.len();
            fold_char(c, &mut out);
            map.extend(std::iter::repeat_n(i as u32, out.len() - before));
        }
        map.push(text.len() as u32);
        (out, map)
    }

    #[test]
    fn fast_path_folds_as_char_by_char() {
        for t in [
            "",
            "a",
            "É",
            "Œ",
            "BAMAKO, 3 juin – Des HOMMES armés ont attaqué l’ÉCOLE de Ménaka.",
            "L'Œuvre\u{a0}: 27 morts ; « Cœur » — Burkinabè. e\u{301}te\u{301}",
            "ﬁn ß Æther 日本 Straße",
            "all ascii, UPPER and lower 123",
            "é",
            "fin é",
        ] {
            let f = fold(t);
            let (text, map) = fold_slow(t);
            assert_eq!(f.text, text, "{t}");
            assert_eq!(f.map, map, "{t}");
        }
    }

    #[test]
    fn latin_table_folds_as_the_unicode_tables() {
        for u in 0x80..0x300u32 {
            let Some(c) = char::from_u32(u) else { continue };
            let (mut fast, mut slow) = (String::new(), String::new());
            fold_char(c, &mut fast);
            fold_char_slow(c, &mut slow);
            assert_eq!(fast, slow, "U+{u:04X}");
        }
        assert_eq!(
            fold_str("Ségou, Kidal, Tombouctou: ÀÉÈÊËÎÏÔÙÛÜÇŒ"),
            "segou, kidal, tombouctou: aeeeeiiouuucoe"
        );
    }

    #[test]
    fn offsets_map_back() {
        let t = "À Ménaka, l’Œuvre de l’EIGS";
        let f = fold(t);
        let needle = "eigs";
        let fs = f.text.find(needle).unwrap();
        let (s, e) = (f.orig_start(fs), f.orig_end(fs + needle.len()));
        assert_eq!(&t[s..e], "EIGS");
        let fs = f.text.find("menaka").unwrap();
        assert_eq!(&t[f.orig_start(fs)..f.orig_end(fs + 6)], "Ménaka");
        let fs = f.text.find("oeuvre").unwrap();
        assert_eq!(&t[f.orig_start(fs)..f.orig_end(fs + 6)], "Œuvre");
        let fs = f.text.find("oe").unwrap();
        // a match ending inside an expanded ligature still ends on a char boundary
        assert!(t.is_char_boundary(f.orig_end(fs + 1)));
    }
}
