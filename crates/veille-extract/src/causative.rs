//! Verbs of forcing and causing (`data/causative.tsv`): "forcing troops to withdraw", "contraignant
//! les soldats à se replier". The event extractor makes their object the actor of the infinitive.

use crate::wordlist::EmbeddedList;

fn class(tag: &str) -> Option<()> {
    (tag == "cause").then_some(())
}

/// The embedded list; `FORMS.check()` when the stage loads reports a bad line.
pub static FORMS: EmbeddedList<()> =
    EmbeddedList::new(include_str!("../data/causative.tsv"), "causative.tsv", class);

#[cfg(test)]
mod tests {
    use super::*;
    use veille_core::Lang;

    #[test]
    fn embedded_list_parses_and_classifies() {
        FORMS.parse().unwrap();
        assert_eq!(FORMS.get().class(Lang::En, "Forcing"), Some(()));
        assert_eq!(FORMS.get().class(Lang::Fr, "contraignant"), Some(()));
        assert_eq!(FORMS.get().class(Lang::Fr, "forces"), None);
    }
}
