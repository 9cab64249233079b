//! Lexicon entries of a movement that is a mobilization only when a state party moves
//! (`data/state_moves.tsv`): "Russian instructors arrived", not "the militants arrived".

use crate::ExtractError;
use crate::wordlist::WordList;
use std::sync::OnceLock;

const STATE_MOVES: &str = include_str!("../data/state_moves.tsv");

fn class(tag: &str) -> Option<()> {
    (tag == "state").then_some(())
}

fn parse() -> Result<WordList<()>, ExtractError> {
    WordList::parse(STATE_MOVES, "state_moves.tsv", class)
}

static ENTRIES: OnceLock<WordList<()>> = OnceLock::new();

/// Parses the embedded list (once); an error names the bad line.
pub fn check() -> Result<(), ExtractError> {
    crate::wordlist::check(&ENTRIES, parse)
}

/// The embedded list (empty if it failed to parse: [`check`] reports that when the stage loads).
pub fn entries() -> &'static WordList<()> {
    crate::wordlist::get(&ENTRIES, parse)
}

#[cfg(test)]
mod tests {
    use super::*;
    use veille_core::Lang;

    #[test]
    fn embedded_list_parses_and_classifies() {
        parse().unwrap();
        assert_eq!(entries().class(Lang::En, "<arrive>"), Some(()));
        assert_eq!(entries().class(Lang::En, "deploy"), None);
    }
}
