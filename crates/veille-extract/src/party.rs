//! Words that cannot head a party noun phrase (`data/nonparty.tsv`): adverbs, adjectives and verb
//! forms, prepositions and conjunctions, abstract nouns, and news agencies named in bylines.
//!
//! The event extractor names an unresolved actor or recipient with the text's own words ("des
//! hommes armés", "gunmen"); such a phrase must be a noun phrase with a noun head. The list is
//! embedded and parsed once (checked when the event stage loads).

use crate::wordlist::EmbeddedList;

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
    /// A noun of a place, area or direction ("nord", "market"): heads a phrase that can undergo
    /// violence but never commits it (no actor of an attack).
    Place,
}

impl WordClass {
    fn from_tag(tag: &str) -> Option<WordClass> {
        Some(match tag {
            "adv" => WordClass::Adverb,
            "adj" => WordClass::Adjective,
            "stop" => WordClass::Stop,
            "abstract" => WordClass::Abstract,
            "agency" => WordClass::Agency,
            "place" => WordClass::Place,
            _ => return None,
        })
    }
}

/// The embedded list; `WORDS.check()` when the stage loads reports a bad line.
pub static WORDS: EmbeddedList<WordClass> =
    EmbeddedList::new(include_str!("../data/nonparty.tsv"), "nonparty.tsv", WordClass::from_tag);

/// An English adverb told by its form, when the list does not name it: a lower-case word of six
/// letters or more in "-ly" ("deeply", "mistakenly", "reportedly"), never a party's head. Nouns
/// and adjectives of that form that can head a party phrase ("family", "assembly", "supply",
/// "monopoly", "anomaly", "the elderly") are left out by their ending.
pub fn en_ly_adverb(word: &str) -> bool {
    const NOT: &[&str] = &["mily", "mbly", "pply", "oly", "aly", "erly", "fly"];
    word.len() >= 6
        && word.ends_with("ly")
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !NOT.iter().any(|e| word.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wordlist::WordList;
    use veille_core::Lang;

    #[test]
    fn embedded_list_parses_and_classifies() {
        let np = WORDS.parse().expect("nonparty.tsv parses");
        assert_eq!(np.class(Lang::Fr, "Entièrement"), Some(WordClass::Adverb));
        assert_eq!(np.class(Lang::En, "as"), Some(WordClass::Stop));
        assert_eq!(np.class(Lang::En, "Reuters"), Some(WordClass::Agency));
        assert_eq!(np.class(Lang::Fr, "soldats"), None);
    }

    #[test]
    fn english_ly_adverbs_by_form() {
        for w in ["deeply", "mistakenly", "reportedly", "unilaterally", "swiftly"] {
            assert!(en_ly_adverb(w), "{w}");
        }
        for w in ["family", "assembly", "supply", "monopoly", "elderly", "ally", "rally", "Beverly", "only"] {
            assert!(!en_ly_adverb(w), "{w}");
        }
    }

    #[test]
    fn bad_class_is_an_error() {
        assert!(WordList::parse("fr\ttoujours\tnoun\n", "t", WordClass::from_tag).is_err());
        assert!(WordList::parse("xx\ttoujours\tadv\n", "t", WordClass::from_tag).is_err());
    }
}
