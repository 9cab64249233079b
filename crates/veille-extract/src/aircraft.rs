//! Military aircraft named without their force (`data/aircraft.tsv`): "a military aircraft", "an
//! air force jet", "un avion militaire". The event extractor reads such an aircraft, as the author
//! of an attack, as the air force of the state where the attack happened.

use crate::ExtractError;
use crate::wordlist::{EmbeddedList, WordList};

fn slot(tag: &str) -> Option<&'static str> {
    Some(match tag {
        "air" => "air",
        _ => return None,
    })
}

static LIST: EmbeddedList<&'static str> =
    EmbeddedList::new(include_str!("../data/aircraft.tsv"), "aircraft.tsv", slot);

/// Parses the embedded list (once); an error names the bad line.
pub fn check() -> Result<(), ExtractError> {
    LIST.check()
}

/// The embedded list (empty if it failed to parse: [`check`] reports that when the stage loads).
pub fn phrases() -> &'static WordList<&'static str> {
    LIST.get()
}

#[cfg(test)]
mod tests {
    use super::*;
    use veille_core::Lang;

    #[test]
    fn embedded_list_parses_and_classifies() {
        LIST.parse().unwrap();
        assert_eq!(phrases().class(Lang::En, "military aircraft"), Some("air"));
        assert_eq!(phrases().class(Lang::Fr, "Avion militaire"), Some("air"));
        assert_eq!(phrases().class(Lang::En, "aircraft carrier"), None);
    }
}
