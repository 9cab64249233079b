//! When two actor ids count as the same party.
//!
//! Scoring rule (docs/EVAL.md): a state, its government and its state forces are one party for
//! matching: `kb:ML`, `kb:ML-GOV` and `kb:ML-FAMA` all reduce to the key `kb:ML`. Armed groups,
//! IGOs, PMCs and persons keep their own id. [`ActorResolver`] gives that key; two
//! implementations exist:
//!
//! - [`ConventionResolver`]: reads the key off the shared id convention (`kb:` + ISO alpha-2 for a
//!   state, `kb:XX-…` for that state's government and forces), with no data;
//! - [`MapResolver`]: a table `id → key` built from the knowledge base (entity type + country).

use std::collections::HashMap;

/// Maps an actor id to its equivalence key for matching.
pub trait ActorResolver {
    /// The key two ids must share to count as the same party.
    fn key(&self, id: &str) -> String;
}

/// Two-letter `kb:` ids that are IGOs, not states (`kb:AU` African Union, `kb:EU`, `kb:UN`).
const NOT_STATES: &[&str] = &["AU", "EU", "UN"];

/// Reads the key off the id convention: `kb:XX` and `kb:XX-…` (XX two ASCII capitals, not an
/// IGO) → `kb:XX`. Everything else is its own key.
#[derive(Clone, Copy, Debug, Default)]
pub struct ConventionResolver;

impl ConventionResolver {
    /// The country code of a state-side id under the convention, if it is one.
    pub fn state_of(id: &str) -> Option<&str> {
        let rest = id.strip_prefix("kb:")?;
        let cc = rest.get(..2)?;
        let tail = &rest[2..];
        let is_cc = cc.bytes().all(|b| b.is_ascii_uppercase()) && !NOT_STATES.contains(&cc);
        (is_cc && (tail.is_empty() || tail.starts_with('-'))).then_some(cc)
    }
}

impl ActorResolver for ConventionResolver {
    fn key(&self, id: &str) -> String {
        match Self::state_of(id) {
            Some(cc) => format!("kb:{cc}"),
            None => id.to_string(),
        }
    }
}

/// A resolver from an explicit table (built from the knowledge base: every entity of type
/// country, state force or government mapped to `kb:` + its country). Ids not in the table fall
/// back to [`ConventionResolver`].
#[derive(Clone, Debug, Default)]
pub struct MapResolver {
    map: HashMap<String, String>,
}

impl MapResolver {
    pub fn new(map: HashMap<String, String>) -> Self {
        MapResolver { map }
    }
    /// Adds `id` as a member of `country`'s state side (`kb:` + `country`).
    pub fn insert_state_side(&mut self, id: &str, country: &str) {
        self.map.insert(id.to_string(), format!("kb:{country}"));
    }
    /// Declares `id` its own party, even where the convention would fold it into a state.
    pub fn insert_own(&mut self, id: &str) {
        self.map.insert(id.to_string(), id.to_string());
    }
    pub fn len(&self) -> usize {
        self.map.len()
    }
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

impl MapResolver {
    /// The table from the knowledge base: entities of type country or state force with a country
    /// (the state, its government `kb:XX-GOV`, its army, gendarmerie, police, national guard…) are
    /// the state side of that country; state-backed militias (slot `militia`, e.g. the VDP), joint
    /// forces (slot `joint`) and every other entity are parties of their own. A person with a role
    /// in the KB (president, minister, chief of staff, a group's leader) takes the key of the
    /// organisation of that role, a state office first: "le président Traoré a mis en place…" is
    /// Burkina Faso acting.
    pub fn from_kb(kb: &veille_kb::Kb) -> Self {
        use veille_core::EntityType as T;
        let mut m = MapResolver::default();
        for e in kb.entities() {
            let own_slot = matches!(e.slot.as_deref(), Some("militia" | "joint"));
            match (e.kind, e.country.as_deref()) {
                (T::Country | T::StateForce, Some(cc)) if !own_slot => m.insert_state_side(&e.id, cc),
                _ => m.insert_own(&e.id),
            }
        }
        // A person who holds (or held) an office acts for the organisation: a president or a
        // minister for the state, a group's leader for the group. State offices first.
        let mut roles: Vec<_> = kb.roles().iter().collect();
        roles.sort_by_key(|r| kb.get(&r.org).is_none_or(|o| o.kind != T::Country));
        let mut done = std::collections::HashSet::new();
        for r in roles {
            if kb.get(&r.org).is_some() && done.insert(r.person.clone()) {
                let key = m.key(&r.org);
                m.map.insert(r.person.clone(), key);
            }
        }
        m
    }
}

impl ActorResolver for MapResolver {
    fn key(&self, id: &str) -> String {
        match self.map.get(id) {
            Some(k) => k.clone(),
            None => ConventionResolver.key(id),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn convention_folds_state_side_only() {
        let r = ConventionResolver;
        assert_eq!(r.key("kb:ML"), "kb:ML");
        assert_eq!(r.key("kb:ML-FAMA"), "kb:ML");
        assert_eq!(r.key("kb:BF-GOV"), "kb:BF");
        assert_eq!(r.key("kb:JNIM"), "kb:JNIM");
        assert_eq!(r.key("kb:AU"), "kb:AU");
        assert_eq!(r.key("kb:EU-TAKUBA"), "kb:EU-TAKUBA");
        assert_eq!(r.key("kb:G5-SAHEL"), "kb:G5-SAHEL");
        assert_eq!(r.key("kb:P-TRAORE-IBRAHIM"), "kb:P-TRAORE-IBRAHIM");
        assert_eq!(r.key("kb:AES"), "kb:AES");
        assert_eq!(r.key("kb:MLX"), "kb:MLX");
    }

    #[test]
    fn table_overrides_convention() {
        let mut m = MapResolver::default();
        m.insert_own("kb:BF-VDP");
        m.insert_state_side("kb:WAGNER-X", "RU");
        assert_eq!(m.key("kb:BF-VDP"), "kb:BF-VDP");
        assert_eq!(m.key("kb:WAGNER-X"), "kb:RU");
        assert_eq!(m.key("kb:NE-FAN"), "kb:NE");
    }
}
