//! Definite noun phrases that refer back to a party without naming it (`data/anaphora.tsv`):
//! "le groupe", "the militants", "les militaires". The event extractor binds such a phrase to the
//! one party of a compatible kind the article named before it, and keeps the phrase otherwise.
//! The list is embedded and parsed once (checked when the event stage loads).

use crate::wordlist::EmbeddedList;
use veille_core::EntityType;

/// The kind of party an anaphoric phrase can stand for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anaphor {
    /// An armed group, a militia or a private military company.
    Group,
    /// An armed group or a militia.
    Attacker,
    /// A state force.
    Force,
    /// A vehicle or convoy of a party named before ("leur véhicule", "their vehicle"): bound to its
    /// owner, the first identified party its sentence names before it (events/subjects.rs).
    Owned,
    /// A non-governmental organisation ("l'ONG", "the charity"): a body of kind `other_org` that
    /// is no medium.
    Ngo,
    /// A body named by the bare word for an organisation ("l'organisation"): an NGO as above, or
    /// an intergovernmental body.
    Organisation,
    /// An agency of the United Nations ("l'agence onusienne", "the UN agency"): an
    /// intergovernmental body with no country and no armed role (ACLED class 8), no member states.
    Agency,
}

impl Anaphor {
    /// The entity kinds the phrase can refer to, in tiers: the first tier with any party named
    /// before the phrase decides ("the group" after JNIM and the VDP militia is JNIM).
    pub fn tiers(self) -> &'static [&'static [EntityType]] {
        match self {
            Anaphor::Group => &[&[EntityType::ArmedGroup], &[EntityType::Militia, EntityType::Pmc]],
            Anaphor::Attacker => &[&[EntityType::ArmedGroup], &[EntityType::Militia]],
            Anaphor::Force => &[&[EntityType::StateForce]],
            Anaphor::Owned => &[],
            Anaphor::Ngo => &[&[EntityType::OtherOrg]],
            Anaphor::Organisation => &[&[EntityType::OtherOrg, EntityType::Igo]],
            Anaphor::Agency => &[&[EntityType::Igo]],
        }
    }
}

impl Anaphor {
    fn from_tag(tag: &str) -> Option<Anaphor> {
        Some(match tag {
            "group" => Anaphor::Group,
            "attacker" => Anaphor::Attacker,
            "force" => Anaphor::Force,
            "owned" => Anaphor::Owned,
            "ngo" => Anaphor::Ngo,
            "organisation" => Anaphor::Organisation,
            "agency" => Anaphor::Agency,
            _ => return None,
        })
    }
}

/// The embedded list; `PHRASES.check()` when the stage loads reports a bad line.
pub static PHRASES: EmbeddedList<Anaphor> =
    EmbeddedList::new(include_str!("../data/anaphora.tsv"), "anaphora.tsv", Anaphor::from_tag);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wordlist::WordList;
    use veille_core::Lang;

    #[test]
    fn embedded_list_parses_and_classifies() {
        let a = PHRASES.parse().expect("anaphora.tsv parses");
        assert_eq!(a.class(Lang::Fr, "Les mêmes assaillants"), Some(Anaphor::Attacker));
        assert_eq!(a.class(Lang::En, "The group"), Some(Anaphor::Group));
        assert_eq!(a.class(Lang::Fr, "Les militaires"), Some(Anaphor::Force));
        assert_eq!(a.class(Lang::Fr, "des hommes armés"), None);
        assert_eq!(a.class(Lang::En, "The rights group"), Some(Anaphor::Ngo));
        assert_eq!(a.class(Lang::Fr, "L'ONG"), Some(Anaphor::Ngo));
        assert_eq!(a.class(Lang::Fr, "L'agence onusienne"), Some(Anaphor::Agency));
    }

    #[test]
    fn bad_class_is_an_error() {
        assert!(WordList::parse("fr\tle groupe\tperson\n", "t", Anaphor::from_tag).is_err());
        assert!(WordList::parse("xx\tle groupe\tgroup\n", "t", Anaphor::from_tag).is_err());
    }
}
