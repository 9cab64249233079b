//! Words of demanding (`data/demanded.tsv`): English verbs of demanding before a mandative "that"
//! clause ("demanded that France withdraw its troops" asks for the withdrawal, which is no event of
//! its own), and nouns naming what a demand asks for ("une rançon", "more security patrols", "an
//! independent investigation"): what is demanded, never the one asked (the REQUEST's recipient).

use crate::wordlist::EmbeddedList;

/// What a listed word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Demanded {
    /// A verb of demanding that opens a mandative clause.
    Verb,
    /// A noun naming a thing demanded (money, protection, an inquiry, a release…).
    Thing,
}

fn class(tag: &str) -> Option<Demanded> {
    match tag {
        "demand" => Some(Demanded::Verb),
        "thing" => Some(Demanded::Thing),
        _ => None,
    }
}

/// The embedded list; `WORDS.check()` when the stage loads reports a bad line.
pub static WORDS: EmbeddedList<Demanded> =
    EmbeddedList::new(include_str!("../data/demanded.tsv"), "demanded.tsv", class);

#[cfg(test)]
mod tests {
    use super::*;
    use veille_core::Lang;

    #[test]
    fn embedded_list_parses_and_classifies() {
        WORDS.parse().unwrap();
        assert_eq!(WORDS.get().class(Lang::En, "Demanded"), Some(Demanded::Verb));
        assert_eq!(WORDS.get().class(Lang::En, "said"), None);
        assert_eq!(WORDS.get().class(Lang::Fr, "rançon"), Some(Demanded::Thing));
        assert_eq!(WORDS.get().class(Lang::En, "patrols"), Some(Demanded::Thing));
        assert_eq!(WORDS.get().class(Lang::Fr, "autorités"), None);
    }
}
