//! Words that cannot head a party noun phrase (`data/nonparty.tsv`): adverbs, adjectives and verb
//! forms, prepositions and conjunctions, abstract nouns, and news agencies named in bylines.
//!
//! The event extractor names an unresolved actor or recipient with the text's own words ("des
//! hommes armés", "gunmen"); such a phrase must be a noun phrase with a noun head. The list is
//! embedded and parsed once (checked when the event stage loads).

use crate::ExtractError;
use std::collections::HashMap;
use std::sync::OnceLock;
use veille_core::Lang;

const NONPARTY: &str = include_str!("../data/nonparty.tsv");

/// What a word is when it is no noun that can name a party.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordClass {
    /// An adverb or modal: skipped inside a verb group, never a party on its own.
    Adverb,
    /// An adjective, participle or verb form: never a party on its own.
    Adjective,
    /// A preposition, conjunction, relative or question word: ends a phrase read backwards; a
    /// phrase opening with it is no party.
    Stop,
    /// A noun that names no party (a document, a quality, a time).
    Abstract,
    /// A news agency: no party to the events it reports in a byline.
    Agency,
}

/// The word lists of both languages, folded words → class.
#[derive(Debug, Default)]
pub struct NonParty {
    fr: HashMap<String, WordClass>,
    en: HashMap<String, WordClass>,
}

impl NonParty {
    fn parse(text: &str) -> Result<NonParty, ExtractError> {
        let mut np = NonParty::default();
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |msg: String| ExtractError::Data { file: "nonparty.tsv", line: n + 1, msg };
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() != 3 {
                return Err(bad("expected 3 tab-separated columns".into()));
            }
            let class = match c[2].trim() {
                "adv" => WordClass::Adverb,
                "adj" => WordClass::Adjective,
                "stop" => WordClass::Stop,
                "abstract" => WordClass::Abstract,
                "agency" => WordClass::Agency,
                x => return Err(bad(format!("unknown class `{x}`"))),
            };
            let map = match Lang::parse(c[0].trim()) {
                Some(Lang::Fr) => &mut np.fr,
                Some(Lang::En) => &mut np.en,
                _ => return Err(bad(format!("unknown language `{}`", c[0]))),
            };
            map.insert(veille_text::fold_str(c[1].trim()), class);
        }
        Ok(np)
    }

    /// The class of a word or phrase (any case or accents) in `lang`, if listed.
    pub fn class(&self, lang: Lang, word: &str) -> Option<WordClass> {
        let map = match lang {
            Lang::En => &self.en,
            _ => &self.fr,
        };
        map.get(veille_text::fold_cow(word).as_ref()).copied()
    }
}

static WORDS: OnceLock<NonParty> = OnceLock::new();

/// Parses the embedded list (once); an error names the bad line.
pub fn check() -> Result<(), ExtractError> {
    if WORDS.get().is_none() {
        let np = NonParty::parse(NONPARTY)?;
        let _ = WORDS.set(np);
    }
    Ok(())
}

/// The embedded list (empty if it failed to parse: [`check`] reports that when the stage loads).
pub fn words() -> &'static NonParty {
    WORDS.get_or_init(|| NonParty::parse(NONPARTY).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_list_parses_and_classifies() {
        let np = NonParty::parse(NONPARTY).expect("nonparty.tsv parses");
        assert_eq!(np.class(Lang::Fr, "Entièrement"), Some(WordClass::Adverb));
        assert_eq!(np.class(Lang::En, "as"), Some(WordClass::Stop));
        assert_eq!(np.class(Lang::En, "Reuters"), Some(WordClass::Agency));
        assert_eq!(np.class(Lang::Fr, "soldats"), None);
    }

    #[test]
    fn bad_class_is_an_error() {
        assert!(NonParty::parse("fr\ttoujours\tnoun\n").is_err());
        assert!(NonParty::parse("xx\ttoujours\tadv\n").is_err());
    }
}
