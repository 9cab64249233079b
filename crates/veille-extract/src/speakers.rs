//! Nouns that head the name of a non-state speaker (`data/speakers.tsv`): "l'association …", "le
//! syndicat …", "l'ONG …", "l'avocat de …", "the lawyers' union". As the subject of a statement,
//! the noun phrase such a noun heads is the speaker, though the knowledge base lacks it.

use crate::wordlist::EmbeddedList;

fn class(tag: &str) -> Option<&'static str> {
    Some(match tag {
        "org" => "org",
        "lawyer" => "lawyer",
        "member" => "member",
        "kin" => "kin",
        "cleric" => "cleric",
        _ => return None,
    })
}

/// The embedded list; `HEADS.check()` when the stage loads reports a bad line.
pub static HEADS: EmbeddedList<&'static str> =
    EmbeddedList::new(include_str!("../data/speakers.tsv"), "speakers.tsv", class);

#[cfg(test)]
mod tests {
    use super::*;
    use veille_core::Lang;

    #[test]
    fn embedded_list_parses_and_classifies() {
        HEADS.parse().unwrap();
        assert_eq!(HEADS.get().class(Lang::Fr, "Fédération"), Some("org"));
        assert_eq!(HEADS.get().class(Lang::Fr, "avocat"), Some("lawyer"));
        assert_eq!(HEADS.get().class(Lang::En, "lawyers"), Some("lawyer"));
        assert_eq!(HEADS.get().class(Lang::En, "rights groups"), None);
        assert_eq!(HEADS.get().class(Lang::Fr, "habitants"), None);
        assert_eq!(HEADS.get().class(Lang::Fr, "députés"), Some("member"));
        assert_eq!(HEADS.get().class(Lang::Fr, "familles"), Some("kin"));
        assert_eq!(HEADS.get().class(Lang::En, "bishop"), Some("cleric"));
        assert_eq!(HEADS.get().class(Lang::Fr, "proches"), None);
    }
}
