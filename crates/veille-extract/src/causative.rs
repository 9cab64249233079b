//! Verbs of forcing and causing (`data/causative.tsv`): "forcing troops to withdraw", "contraignant
//! les soldats à se replier". The event extractor makes their object the actor of the infinitive.

use crate::ExtractError;
use crate::wordlist::{EmbeddedList, WordList};

fn class(tag: &str) -> Option<()> {
    (tag == "cause").then_some(())
}

static LIST: EmbeddedList<()> =
    EmbeddedList::new(include_str!("../data/causative.tsv"), "causative.tsv", class);

/// Parses the embedded list (once); an error names the bad line.
pub fn check() -> Result<(), ExtractError> {
    LIST.check()
}

/// The embedded list (empty if it failed to parse: [`check`] reports that when the stage loads).
pub fn forms() -> &'static WordList<()> {
    LIST.get()
}

#[cfg(test)]
mod tests {
    use super::*;
    use veille_core::Lang;

    #[test]
    fn embedded_list_parses_and_classifies() {
        LIST.parse().unwrap();
        assert_eq!(forms().class(Lang::En, "Forcing"), Some(()));
        assert_eq!(forms().class(Lang::Fr, "contraignant"), Some(()));
        assert_eq!(forms().class(Lang::Fr, "forces"), None);
    }
}
