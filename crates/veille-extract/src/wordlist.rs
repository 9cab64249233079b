//! Two-language word lists with a class per word or phrase, read from an embedded TSV
//! (`lang <TAB> word <TAB> class`, `#` comments): `data/nonparty.tsv`, `data/anaphora.tsv`.
//! Words are stored folded; a bad line is an error naming the file and the line.

use crate::ExtractError;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;
use veille_core::Lang;

/// Folded word or phrase → class, per language (Fx hashing: short keys, looked up per token).
#[derive(Debug)]
pub struct WordList<C> {
    fr: FxHashMap<String, C>,
    en: FxHashMap<String, C>,
}

impl<C> Default for WordList<C> {
    fn default() -> Self {
        WordList { fr: FxHashMap::default(), en: FxHashMap::default() }
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
            let map = match Lang::parse(c[0].trim()) {
                Some(Lang::Fr) => &mut out.fr,
                Some(Lang::En) => &mut out.en,
                _ => return Err(bad(format!("unknown language `{}`", c[0]))),
            };
            map.insert(veille_text::fold_str(c[1].trim()), k);
        }
        Ok(out)
    }

    /// The class of a word or whole phrase (any case or accents) in `lang`, if listed.
    pub fn class(&self, lang: Lang, word: &str) -> Option<C> {
        let map = match lang {
            Lang::En => &self.en,
            _ => &self.fr,
        };
        map.get(veille_text::fold_cow(word).as_ref()).copied()
    }
}

/// Parses an embedded list into `cell` once; the error names the bad line (for a stage's `load`).
pub fn check<C: Copy + Send + Sync>(
    cell: &'static OnceLock<WordList<C>>,
    parse: fn() -> Result<WordList<C>, ExtractError>,
) -> Result<(), ExtractError> {
    if cell.get().is_none() {
        let _ = cell.set(parse()?);
    }
    Ok(())
}

/// The list in `cell`, parsed on first use (empty if it fails to parse: [`check`] reports that
/// when the stage loads).
pub fn get<C: Copy + Send + Sync>(
    cell: &'static OnceLock<WordList<C>>,
    parse: fn() -> Result<WordList<C>, ExtractError>,
) -> &'static WordList<C> {
    cell.get_or_init(|| parse().unwrap_or_default())
}
