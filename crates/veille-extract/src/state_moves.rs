//! Lexicon entries of a movement that is a mobilization only when a state party moves
//! (`data/state_moves.tsv`): "Russian instructors arrived", not "the militants arrived".

use crate::wordlist::EmbeddedList;

fn class(tag: &str) -> Option<()> {
    (tag == "state").then_some(())
}

/// The embedded list; `ENTRIES.check()` when the stage loads reports a bad line.
pub static ENTRIES: EmbeddedList<()> =
    EmbeddedList::new(include_str!("../data/state_moves.tsv"), "state_moves.tsv", class);

#[cfg(test)]
mod tests {
    use super::*;
    use veille_core::Lang;

    #[test]
    fn embedded_list_parses_and_classifies() {
        ENTRIES.parse().unwrap();
        assert_eq!(ENTRIES.get().class(Lang::En, "<arrive>"), Some(()));
        assert_eq!(ENTRIES.get().class(Lang::En, "deploy"), None);
    }
}
