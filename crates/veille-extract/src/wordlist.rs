//! Two-language word lists with a class per word or phrase, read from an embedded TSV
//! (`lang <TAB> word <TAB> class`, `#` comments): `data/nonparty.tsv`, `data/anaphora.tsv`.
//! Words are stored folded; a bad line is an error naming the file and the line.

use crate::ExtractError;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;
use veille_core::Lang;
use veille_text::KeyFilter;

/// Folded word or phrase → class, per language (Fx hashing: short keys, looked up per token),
/// with a [`KeyFilter`] of the keys per language: most words are told apart without hashing.
#[derive(Debug)]
pub struct WordList<C> {
    fr: FxHashMap<String, C>,
    en: FxHashMap<String, C>,
    fr_keys: KeyFilter,
    en_keys: KeyFilter,
}

impl<C> Default for WordList<C> {
    fn default() -> Self {
        WordList {
            fr: FxHashMap::default(),
            en: FxHashMap::default(),
            fr_keys: KeyFilter::default(),
            en_keys: KeyFilter::default(),
        }
    }
}

impl<C: Copy> WordList<C> {
    /// Parses `text` (named `file` in errors); `class` reads the third column.
    pub fn parse(
        text: &str,
        file: &'static str,
        class: impl Fn(&str) -> Option<C>,
    ) -> Result<WordList<C>, ExtractError> {
        let mut out = WordList::default();
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |msg: String| ExtractError::Data { file, line: n + 1, msg };
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() != 3 {
                return Err(bad("expected 3 tab-separated columns".into()));
            }
            let Some(k) = class(c[2].trim()) else {
                return Err(bad(format!("unknown class `{}`", c[2].trim())));
            };
            let (map, keys) = match Lang::parse(c[0].trim()) {
                Some(Lang::Fr) => (&mut out.fr, &mut out.fr_keys),
                Some(Lang::En) => (&mut out.en, &mut out.en_keys),
                _ => return Err(bad(format!("unknown language `{}`", c[0]))),
            };
            let key = veille_text::fold_str(c[1].trim());
            keys.insert(key.as_bytes());
            map.insert(key, k);
        }
        Ok(out)
    }

    /// The class of a word or whole phrase (any case or accents) in `lang`, if listed.
    pub fn class(&self, lang: Lang, word: &str) -> Option<C> {
        let (map, keys) = match lang {
            Lang::En => (&self.en, &self.en_keys),
            _ => (&self.fr, &self.fr_keys),
        };
        if map.is_empty() {
            return None;
        }
        let wb = word.as_bytes();
        if wb.is_ascii() {
            // folding ASCII is lower-casing: the key's first byte and length are known already
            let maybe = match wb.first() {
                Some(b) => keys.may_contain_parts(b.to_ascii_lowercase(), wb.len()),
                None => keys.may_contain(b""),
            };
            if !maybe {
                return None;
            }
            // none to do, or done in a stack buffer
            if !wb.iter().any(u8::is_ascii_uppercase) {
                return map.get(word).copied();
            }
            if wb.len() <= ASCII_KEY_MAX {
                let mut buf = [0u8; ASCII_KEY_MAX];
                let key = &mut buf[..wb.len()];
                key.copy_from_slice(wb);
                key.make_ascii_lowercase();
                return std::str::from_utf8(key).ok().and_then(|k| map.get(k).copied());
            }
            return map.get(word.to_ascii_lowercase().as_str()).copied();
        }
        // other words: folding decomposes accented chars, costly; the same words come back
        // (several lists, several checks per token), so their folds are remembered per thread
        FOLDS.with(|memo| {
            let mut memo = memo.borrow_mut();
            if let Some(f) = memo.get(word) {
                return map.get(&**f).copied();
            }
            let f = veille_text::fold_str(word);
            let class = map.get(f.as_str()).copied();
            if memo.len() >= FOLDS_MAX {
                memo.clear();
            }
            memo.insert(word.into(), f.into());
            class
        })
    }
}

/// Longest ASCII word or phrase [`WordList::class`] lower-cases on the stack.
const ASCII_KEY_MAX: usize = 64;

/// How many folds of non-ASCII words a thread remembers (then it starts over).
const FOLDS_MAX: usize = 4096;

thread_local! {
    /// Non-ASCII words looked up by [`WordList::class`] → their fold.
    static FOLDS: std::cell::RefCell<FxHashMap<Box<str>, Box<str>>> =
        std::cell::RefCell::new(FxHashMap::default());
}

/// A word list embedded in the binary (the `include_str!` of a `data/*.tsv` file), parsed once, on
/// the stage's load ([`EmbeddedList::check`]) or on first use.
pub struct EmbeddedList<C> {
    text: &'static str,
    file: &'static str,
    class: fn(&str) -> Option<C>,
    cell: OnceLock<WordList<C>>,
}

impl<C: Copy + Send + Sync> EmbeddedList<C> {
    /// The list of `text`, named `file` in errors, `class` reading the third column.
    pub const fn new(text: &'static str, file: &'static str, class: fn(&str) -> Option<C>) -> Self {
        EmbeddedList { text, file, class, cell: OnceLock::new() }
    }

    /// Parses the text afresh; the error names the bad line.
    pub fn parse(&self) -> Result<WordList<C>, ExtractError> {
        WordList::parse(self.text, self.file, self.class)
    }

    /// Parses the list once; the error names the bad line (for a stage's `load`).
    pub fn check(&self) -> Result<(), ExtractError> {
        if self.cell.get().is_none() {
            let _ = self.cell.set(self.parse()?);
        }
        Ok(())
    }

    /// The list, parsed on first use (empty if it fails to parse: [`EmbeddedList::check`] reports
    /// that when the stage loads).
    pub fn get(&self) -> &WordList<C> {
        self.cell.get_or_init(|| self.parse().unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Copy, Debug, PartialEq)]
    struct Mark;

    #[test]
    fn class_folds_like_fold_str_on_every_path() {
        let long = "les forces de defense et de securite du pays et leurs partenaires regionaux";
        assert!(long.len() > ASCII_KEY_MAX);
        let text = format!(
            "fr\tmercredi\tm\nfr\tœuvre commune\tm\nfr\télément\tm\nfr\t{long}\tm\nen\tthe army\tm\n"
        );
        let l = WordList::parse(&text, "test.tsv", |c| (c == "m").then_some(Mark)).unwrap();
        for w in
            ["mercredi", "MERCREDI", "Mercredi", "Œuvre Commune", "ÉLÉMENT", "élément", &long.to_uppercase()]
        {
            assert_eq!(l.class(Lang::Fr, w), Some(Mark), "{w}");
        }
        for w in ["mercred", "mercredis", "element armé", "The army", ""] {
            assert_eq!(l.class(Lang::Fr, w), None, "{w}");
        }
        assert_eq!(l.class(Lang::En, "The Army"), Some(Mark));
        assert_eq!(l.class(Lang::En, "mercredi"), None);
    }
}
