//! Causative verbs (`data/causative.tsv`): "forcing troops to withdraw", "contraignant les soldats
//! à se retirer". The one made to act is the actor of the infinitive after them.

use crate::ExtractError;
use crate::wordlist::WordList;
use std::sync::OnceLock;

const CAUSATIVE: &str = include_str!("../data/causative.tsv");

fn class(tag: &str) -> Option<()> {
    (tag == "cause").then_some(())
}

fn parse() -> Result<WordList<()>, ExtractError> {
    WordList::parse(CAUSATIVE, "causative.tsv", class)
}

static WORDS: OnceLock<WordList<()>> = OnceLock::new();

/// Parses the embedded list (once); an error names the bad line.
pub fn check() -> Result<(), ExtractError> {
    crate::wordlist::check(&WORDS, parse)
}

/// The embedded list (empty if it failed to parse: [`check`] reports that when the stage loads).
pub fn words() -> &'static WordList<()> {
    crate::wordlist::get(&WORDS, parse)
}

#[cfg(test)]
mod tests {
    use super::*;
    use veille_core::Lang;

    #[test]
    fn embedded_list_parses_and_classifies() {
        parse().unwrap();
        assert_eq!(words().class(Lang::En, "Forcing"), Some(()));
        assert_eq!(words().class(Lang::Fr, "contraignant"), Some(()));
        assert_eq!(words().class(Lang::En, "forces"), Some(()));
        assert_eq!(words().class(Lang::En, "urged"), None);
    }
}
