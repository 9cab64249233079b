//! Verbs of forcing and causing (`data/causative.tsv`): "forcing troops to withdraw", "contraignant
//! les soldats à se replier". The event extractor makes their object the actor of the infinitive.
//! Verbs of ordering ("ordered the ICRC to leave") and of advising ("advised their citizens to
//! leave") govern an infinitive that tells no act done: an order to leave given to another
//! state's party is an expulsion, a departure only advised is no event.

use crate::wordlist::EmbeddedList;

/// What a verb of the list does to the infinitive after its object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causative {
    /// "forcing troops to withdraw": the object acts the infinitive.
    Cause,
    /// "ordered the ICRC to leave", "a sommé l'ambassadeur de quitter": the infinitive is ordered.
    Order,
    /// "advised their citizens to leave", "a demandé à ses ressortissants de quitter": only advised.
    Advise,
}

fn class(tag: &str) -> Option<Causative> {
    match tag {
        "cause" => Some(Causative::Cause),
        "order" => Some(Causative::Order),
        "advise" => Some(Causative::Advise),
        _ => None,
    }
}

/// The embedded list; `FORMS.check()` when the stage loads reports a bad line.
pub static FORMS: EmbeddedList<Causative> =
    EmbeddedList::new(include_str!("../data/causative.tsv"), "causative.tsv", class);

#[cfg(test)]
mod tests {
    use super::*;
    use veille_core::Lang;

    #[test]
    fn embedded_list_parses_and_classifies() {
        FORMS.parse().unwrap();
        assert_eq!(FORMS.get().class(Lang::En, "Forcing"), Some(Causative::Cause));
        assert_eq!(FORMS.get().class(Lang::Fr, "contraignant"), Some(Causative::Cause));
        assert_eq!(FORMS.get().class(Lang::En, "ordered"), Some(Causative::Order));
        assert_eq!(FORMS.get().class(Lang::Fr, "sommé"), Some(Causative::Order));
        assert_eq!(FORMS.get().class(Lang::En, "advised"), Some(Causative::Advise));
        assert_eq!(FORMS.get().class(Lang::Fr, "forces"), None);
    }
}
