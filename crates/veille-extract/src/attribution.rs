//! Words that attribute an incident to its author (`data/attribution.tsv`): "attribué à",
//! "revendiqué par", "claimed responsibility", "blamed on", and the nouns that point back to the
//! incident ("le rapt", "ce massacre", "the raid"). The event extractor uses them to name the
//! author of an incident told without one. The list is embedded and parsed once (checked when
//! the event stage loads).

use crate::wordlist::EmbeddedList;

/// The role of a word in an attribution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attribution {
    /// A verb of attribution: the author follows after "à", "to", "on".
    To,
    /// A verb of claiming: the author follows after "par", "by", or is the subject before it.
    Claim,
    /// A noun pointing back to an incident, or to the responsibility for one.
    Noun,
    /// A noun pointing back to a kidnapping.
    Abduct,
}

impl Attribution {
    fn from_tag(tag: &str) -> Option<Attribution> {
        Some(match tag {
            "to" => Attribution::To,
            "claim" => Attribution::Claim,
            "noun" => Attribution::Noun,
            "abduct" => Attribution::Abduct,
            _ => return None,
        })
    }
}

/// The embedded list; `WORDS.check()` when the stage loads reports a bad line.
pub static WORDS: EmbeddedList<Attribution> =
    EmbeddedList::new(include_str!("../data/attribution.tsv"), "attribution.tsv", Attribution::from_tag);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wordlist::WordList;
    use veille_core::Lang;

    #[test]
    fn embedded_list_parses_and_classifies() {
        let a = WORDS.parse().expect("attribution.tsv parses");
        assert_eq!(a.class(Lang::Fr, "attribué"), Some(Attribution::To));
        assert_eq!(a.class(Lang::Fr, "revendiquée"), Some(Attribution::Claim));
        assert_eq!(a.class(Lang::En, "Responsibility"), Some(Attribution::Noun));
        assert_eq!(a.class(Lang::Fr, "rapt"), Some(Attribution::Abduct));
        assert_eq!(a.class(Lang::Fr, "revendications"), None);
    }

    #[test]
    fn bad_class_is_an_error() {
        assert!(WordList::parse("fr\tattribue\tverb\n", "t", Attribution::from_tag).is_err());
    }
}
