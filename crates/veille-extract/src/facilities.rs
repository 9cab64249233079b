//! Posts, camps and stations of a state force named without their force (`data/facilities.tsv`):
//! "le camp militaire de Tessit", "an army post". The event extractor reads such an attacked
//! facility as the force of the state where it stands.

use crate::wordlist::EmbeddedList;

fn slot(tag: &str) -> Option<&'static str> {
    Some(match tag {
        "army" => "army",
        "gend" => "gend",
        "police" => "police",
        "army@place" => "army@place",
        _ => return None,
    })
}

/// The force slot of a tag and whether the phrase needs a place complement ("army@place": "la base
/// de Bohoma", "a base in Wajiroko"; "la base" alone is no post of a force).
pub fn placed(tag: &'static str) -> (&'static str, bool) {
    match tag.split_once('@') {
        Some((slot, _)) => (slot, true),
        None => (tag, false),
    }
}

/// The embedded list; `PHRASES.check()` when the stage loads reports a bad line.
pub static PHRASES: EmbeddedList<&'static str> =
    EmbeddedList::new(include_str!("../data/facilities.tsv"), "facilities.tsv", slot);

#[cfg(test)]
mod tests {
    use super::*;
    use veille_core::Lang;

    #[test]
    fn embedded_list_parses_and_classifies() {
        PHRASES.parse().unwrap();
        assert_eq!(PHRASES.get().class(Lang::Fr, "Poste de gendarmerie"), Some("gend"));
        assert_eq!(PHRASES.get().class(Lang::En, "army post"), Some("army"));
        assert_eq!(PHRASES.get().class(Lang::Fr, "base terroriste"), None);
    }
}
