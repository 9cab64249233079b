//! Military aircraft named without their force (`data/aircraft.tsv`): "a military aircraft", "an
//! air force jet", "un avion militaire". The event extractor reads such an aircraft, as the author
//! of an attack, as the air force of the state where the attack happened.

use crate::wordlist::EmbeddedList;

fn slot(tag: &str) -> Option<&'static str> {
    Some(match tag {
        "air" => "air",
        _ => return None,
    })
}

/// The embedded list; `PHRASES.check()` when the stage loads reports a bad line.
pub static PHRASES: EmbeddedList<&'static str> =
    EmbeddedList::new(include_str!("../data/aircraft.tsv"), "aircraft.tsv", slot);

#[cfg(test)]
mod tests {
    use super::*;
    use veille_core::Lang;

    #[test]
    fn embedded_list_parses_and_classifies() {
        PHRASES.parse().unwrap();
        assert_eq!(PHRASES.get().class(Lang::En, "military aircraft"), Some("air"));
        assert_eq!(PHRASES.get().class(Lang::Fr, "Avion militaire"), Some("air"));
        assert_eq!(PHRASES.get().class(Lang::En, "aircraft carrier"), None);
    }
}
