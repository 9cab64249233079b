//! Definite noun phrases that refer back to a party without naming it (`data/anaphora.tsv`):
//! "le groupe", "the militants", "les militaires". The event extractor binds such a phrase to the
//! one party of a compatible kind the article named before it, and keeps the phrase otherwise.
//! The list is embedded and parsed once (checked when the event stage loads).

use crate::ExtractError;
use std::collections::HashMap;
use std::sync::OnceLock;
use veille_core::{EntityType, Lang};

const ANAPHORA: &str = include_str!("../data/anaphora.tsv");

/// The kind of party an anaphoric phrase can stand for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anaphor {
    /// An armed group, a militia or a private military company.
    Group,
    /// An armed group or a militia.
    Attacker,
    /// A state force.
    Force,
}

impl Anaphor {
    /// The entity kinds the phrase can refer to, in tiers: the first tier with any party named
    /// before the phrase decides ("the group" after JNIM and the VDP militia is JNIM).
    pub fn tiers(self) -> &'static [&'static [EntityType]] {
        match self {
            Anaphor::Group => &[&[EntityType::ArmedGroup], &[EntityType::Militia, EntityType::Pmc]],
            Anaphor::Attacker => &[&[EntityType::ArmedGroup], &[EntityType::Militia]],
            Anaphor::Force => &[&[EntityType::StateForce]],
        }
    }
}

/// The phrases of both languages, folded phrase → kind.
#[derive(Debug, Default)]
pub struct Anaphora {
    fr: HashMap<String, Anaphor>,
    en: HashMap<String, Anaphor>,
}

impl Anaphora {
    fn parse(text: &str) -> Result<Anaphora, ExtractError> {
        let mut out = Anaphora::default();
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |msg: String| ExtractError::Data { file: "anaphora.tsv", line: n + 1, msg };
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() != 3 {
                return Err(bad("expected 3 tab-separated columns".into()));
            }
            let kind = match c[2].trim() {
                "group" => Anaphor::Group,
                "attacker" => Anaphor::Attacker,
                "force" => Anaphor::Force,
                x => return Err(bad(format!("unknown class `{x}`"))),
            };
            let map = match Lang::parse(c[0].trim()) {
                Some(Lang::Fr) => &mut out.fr,
                Some(Lang::En) => &mut out.en,
                _ => return Err(bad(format!("unknown language `{}`", c[0]))),
            };
            map.insert(veille_text::fold_str(c[1].trim()), kind);
        }
        Ok(out)
    }

    /// The kind a whole phrase (any case or accents) stands for in `lang`, if listed.
    pub fn class(&self, lang: Lang, phrase: &str) -> Option<Anaphor> {
        let map = match lang {
            Lang::En => &self.en,
            _ => &self.fr,
        };
        map.get(veille_text::fold_cow(phrase).as_ref()).copied()
    }
}

static PHRASES: OnceLock<Anaphora> = OnceLock::new();

/// Parses the embedded list (once); an error names the bad line.
pub fn check() -> Result<(), ExtractError> {
    if PHRASES.get().is_none() {
        let a = Anaphora::parse(ANAPHORA)?;
        let _ = PHRASES.set(a);
    }
    Ok(())
}

/// The embedded list (empty if it failed to parse: [`check`] reports that when the stage loads).
pub fn phrases() -> &'static Anaphora {
    PHRASES.get_or_init(|| Anaphora::parse(ANAPHORA).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_list_parses_and_classifies() {
        let a = Anaphora::parse(ANAPHORA).expect("anaphora.tsv parses");
        assert_eq!(a.class(Lang::Fr, "Les mêmes assaillants"), Some(Anaphor::Attacker));
        assert_eq!(a.class(Lang::En, "The group"), Some(Anaphor::Group));
        assert_eq!(a.class(Lang::Fr, "Les militaires"), Some(Anaphor::Force));
        assert_eq!(a.class(Lang::Fr, "des hommes armés"), None);
    }

    #[test]
    fn bad_class_is_an_error() {
        assert!(Anaphora::parse("fr\tle groupe\tperson\n").is_err());
        assert!(Anaphora::parse("xx\tle groupe\tgroup\n").is_err());
    }
}
