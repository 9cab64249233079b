//! A word-list [`LexiconHook`]: token → class bits, looked up case- and accent-folded.
//!
//! File format (TSV, `#` comments): `word<TAB>classes`, classes a comma-separated list of bit
//! numbers 0–7 (e.g. `0` = person first name, `1` = place name, `2` = organisation word; the
//! meaning is up to whoever builds the list, the model only learns from it). Single tokens
//! only: multi-word names should be listed word by word. A model trained with a lexicon must be
//! given the same lexicon when tagging ([`crate::Model::tag_with`],
//! [`crate::provisional_entities_with`]).

use crate::features::LexiconHook;
use std::collections::HashMap;

/// Folded word → class bits.
#[derive(Clone, Debug, Default)]
pub struct WordLexicon {
    words: HashMap<String, u8>,
}

impl WordLexicon {
    /// Parses the TSV format of the module doc.
    pub fn parse(tsv: &str) -> Result<WordLexicon, String> {
        let mut words: HashMap<String, u8> = HashMap::new();
        for (n, line) in tsv.lines().enumerate() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (w, classes) =
                line.split_once('\t').ok_or_else(|| format!("line {}: expected word<TAB>classes", n + 1))?;
            let mut bits = 0u8;
            for c in classes.split(',') {
                let b: u8 = c
                    .trim()
                    .parse()
                    .ok()
                    .filter(|b| *b < 8)
                    .ok_or_else(|| format!("line {}: class {c:?} is not a bit number 0-7", n + 1))?;
                bits |= 1 << b;
            }
            *words.entry(veille_text::fold_str(w.trim())).or_default() |= bits;
        }
        Ok(WordLexicon { words })
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

impl LexiconHook for WordLexicon {
    fn classes(&self, token: &str) -> u8 {
        if token.is_ascii() && !token.bytes().any(|b| b.is_ascii_uppercase()) {
            return self.words.get(token).copied().unwrap_or(0);
        }
        self.words.get(&veille_text::fold_str(token)).copied().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_lookup_and_errors() {
        let lx = WordLexicon::parse("# test\nMénaka\t1\nAmadou\t0\namadou\t2\n").unwrap();
        assert_eq!(lx.classes("MENAKA"), 2);
        assert_eq!(lx.classes("menaka"), 2);
        assert_eq!(lx.classes("Amadou"), 0b101);
        assert_eq!(lx.classes("Gao"), 0);
        assert!(WordLexicon::parse("x\t9").is_err());
        assert!(WordLexicon::parse("x").is_err());
    }
}
