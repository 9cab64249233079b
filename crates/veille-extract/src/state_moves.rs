//! Lexicon entries of a movement that is a mobilization only when a state party moves
//! (`data/state_moves.tsv`): "Russian instructors arrived", not "the militants arrived".

use crate::wordlist::EmbeddedList;

/// Who must move for the entry to tell a mobilization.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mover {
    /// any state party (a state, its forces, an organisation, a private military company)
    State,
    /// a force: a state force or a company named as the actor, or a troop or unit noun next to the
    /// trigger ("un contingent d'instructeurs russes a atterri"); a state alone does not do
    /// ("le ministre a atterri", "la Chine renforce sa présence économique")
    Force,
}

fn class(tag: &str) -> Option<Mover> {
    match tag {
        "state" => Some(Mover::State),
        "force" => Some(Mover::Force),
        _ => None,
    }
}

/// The embedded list; `ENTRIES.check()` when the stage loads reports a bad line.
pub static ENTRIES: EmbeddedList<Mover> =
    EmbeddedList::new(include_str!("../data/state_moves.tsv"), "state_moves.tsv", class);

#[cfg(test)]
mod tests {
    use super::*;
    use veille_core::Lang;

    #[test]
    fn embedded_list_parses_and_classifies() {
        ENTRIES.parse().unwrap();
        assert_eq!(ENTRIES.get().class(Lang::En, "<arrive>"), Some(Mover::State));
        assert_eq!(ENTRIES.get().class(Lang::Fr, "<atterrir>"), Some(Mover::Force));
        assert_eq!(ENTRIES.get().class(Lang::En, "deploy"), None);
    }
}
