//! Lexicon entries of a movement that is a mobilization only when a state party moves
//! (`data/state_moves.tsv`): "Russian instructors arrived", not "the militants arrived".

use crate::ExtractError;
use crate::wordlist::{EmbeddedList, WordList};

fn class(tag: &str) -> Option<()> {
    (tag == "state").then_some(())
}

static LIST: EmbeddedList<()> =
    EmbeddedList::new(include_str!("../data/state_moves.tsv"), "state_moves.tsv", class);

/// Parses the embedded list (once); an error names the bad line.
pub fn check() -> Result<(), ExtractError> {
    LIST.check()
}

/// The embedded list (empty if it failed to parse: [`check`] reports that when the stage loads).
pub fn entries() -> &'static WordList<()> {
    LIST.get()
}

#[cfg(test)]
mod tests {
    use super::*;
    use veille_core::Lang;

    #[test]
    fn embedded_list_parses_and_classifies() {
        LIST.parse().unwrap();
        assert_eq!(entries().class(Lang::En, "<arrive>"), Some(()));
        assert_eq!(entries().class(Lang::En, "deploy"), None);
    }
}
