//! Nouns that head the name of a non-state speaker (`data/speakers.tsv`): "l'association …", "le
//! syndicat …", "l'ONG …", "l'avocat de …", "the lawyers' union". As the subject of a statement,
//! the noun phrase such a noun heads is the speaker, though the knowledge base lacks it.

use crate::ExtractError;
use crate::wordlist::{EmbeddedList, WordList};

fn class(tag: &str) -> Option<&'static str> {
    Some(match tag {
        "org" => "org",
        "lawyer" => "lawyer",
        _ => return None,
    })
}

static LIST: EmbeddedList<&'static str> =
    EmbeddedList::new(include_str!("../data/speakers.tsv"), "speakers.tsv", class);

/// Parses the embedded list (once); an error names the bad line.
pub fn check() -> Result<(), ExtractError> {
    LIST.check()
}

/// The embedded list (empty if it failed to parse: [`check`] reports that when the stage loads).
pub fn heads() -> &'static WordList<&'static str> {
    LIST.get()
}

#[cfg(test)]
mod tests {
    use super::*;
    use veille_core::Lang;

    #[test]
    fn embedded_list_parses_and_classifies() {
        LIST.parse().unwrap();
        assert_eq!(heads().class(Lang::Fr, "Fédération"), Some("org"));
        assert_eq!(heads().class(Lang::Fr, "avocat"), Some("lawyer"));
        assert_eq!(heads().class(Lang::En, "lawyers"), Some("lawyer"));
        assert_eq!(heads().class(Lang::En, "rights groups"), None);
        assert_eq!(heads().class(Lang::Fr, "habitants"), None);
    }
}
