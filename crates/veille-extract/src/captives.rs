//! Verbs of taking and nouns of people (`data/captives.tsv`): people "captured" or "seized" are
//! abducted ("captured five soldiers", "seized 12 hostages").

use crate::wordlist::EmbeddedList;

/// A word's class in the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// A form of a verb (or noun) of taking ground or goods.
    Take,
    /// A noun of people, as the head of the taken object.
    Person,
}

fn class(tag: &str) -> Option<Class> {
    Some(match tag {
        "take" => Class::Take,
        "person" => Class::Person,
        _ => return None,
    })
}

/// The embedded list; `WORDS.check()` when the stage loads reports a bad line.
pub static WORDS: EmbeddedList<Class> =
    EmbeddedList::new(include_str!("../data/captives.tsv"), "captives.tsv", class);

#[cfg(test)]
mod tests {
    use super::*;
    use veille_core::Lang;

    #[test]
    fn embedded_list_parses_and_classifies() {
        WORDS.parse().unwrap();
        assert_eq!(WORDS.get().class(Lang::En, "Captured"), Some(Class::Take));
        assert_eq!(WORDS.get().class(Lang::En, "hostages"), Some(Class::Person));
        assert_eq!(WORDS.get().class(Lang::En, "fighters"), None);
        assert_eq!(WORDS.get().class(Lang::Fr, "soldiers"), None);
    }
}
