//! English verbs of demanding before a mandative "that" clause (`data/demanded.tsv`): "demanded
//! that France withdraw its troops" asks for the withdrawal, which is no event of its own.

use crate::wordlist::EmbeddedList;

fn class(tag: &str) -> Option<()> {
    (tag == "demand").then_some(())
}

/// The embedded list; `WORDS.check()` when the stage loads reports a bad line.
pub static WORDS: EmbeddedList<()> =
    EmbeddedList::new(include_str!("../data/demanded.tsv"), "demanded.tsv", class);

#[cfg(test)]
mod tests {
    use super::*;
    use veille_core::Lang;

    #[test]
    fn embedded_list_parses_and_classifies() {
        WORDS.parse().unwrap();
        assert_eq!(WORDS.get().class(Lang::En, "Demanded"), Some(()));
        assert_eq!(WORDS.get().class(Lang::En, "said"), None);
    }
}
