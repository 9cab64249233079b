//! Who asserts an event told as fact by its own author: "Le Niger a rappelé son ambassadeur…, a
//! annoncé le gouvernement", "Mali's government said it backed Niger's decision", "le président
//! Déby s'est rendu à Bol". The party that acts is the one that speaks; the narrator tells the act
//! as fact (status `asserted`), so nobody but the actor asserts it and the act has no source of
//! its own (EVAL.md guideline 4: `source` is who asserts it when that is someone's claim — a
//! quoted minister, a claiming group). An act told by its own author as a claim ("l'armée affirme
//! avoir neutralisé…") keeps its source: its status is `claimed`. A head of state acting in office
//! ("le président Déby s'est rendu à Bol") is his state acting, not a quoted source; a person
//! quoted on a statement ("Guterres said he deeply regretted…") stays its source.

use super::*;

impl Extractor<'_, '_> {
    /// The party an id stands for when sides are compared: a state, its government and its state
    /// forces are the state (state-backed militias and joint forces stay their own); a person
    /// holding an office of the knowledge base acts for the organisation of that office, a state
    /// office first. With no knowledge base, the id convention (`kb:XX`, `kb:XX-…`).
    fn party_key<'k>(kb: Option<&'k Kb>, id: &'k str) -> std::borrow::Cow<'k, str> {
        use std::borrow::Cow;
        let convention = || {
            let code = id.strip_prefix("kb:").map(|x| x.split('-').next().unwrap_or(x)).unwrap_or("");
            if code.len() == 2
                && code.bytes().all(|b| b.is_ascii_uppercase())
                && !matches!(code, "AU" | "EU" | "UN")
            {
                Cow::Owned(format!("state:{code}"))
            } else {
                Cow::Borrowed(id)
            }
        };
        let Some(kb) = kb else { return convention() };
        let Some(e) = kb.get(id) else { return convention() };
        match (e.kind, e.country.as_deref()) {
            (EntityType::Country | EntityType::StateForce, Some(cc))
                if !matches!(e.slot.as_deref(), Some("militia" | "joint")) =>
            {
                Cow::Owned(format!("state:{cc}"))
            }
            (EntityType::Person, _) => {
                let roles = kb.roles_of(id);
                let org = roles
                    .iter()
                    .find(|r| kb.get(&r.org).is_some_and(|o| o.kind == EntityType::Country))
                    .or_else(|| roles.iter().find(|r| kb.get(&r.org).is_some()))
                    .map(|r| r.org.as_str());
                match org {
                    Some(org) if org != id => Self::party_key(Some(kb), org),
                    _ => Cow::Borrowed(id),
                }
            }
            _ => Cow::Borrowed(id),
        }
    }

    /// A person of the knowledge base (or of the `kb:P-` convention).
    fn is_person(&self, id: &str) -> bool {
        match self.kb.and_then(|kb| kb.get(id)) {
            Some(e) => e.kind == EntityType::Person,
            None => id.starts_with("kb:P-"),
        }
    }

    /// An event told as fact whose every source is one of its actors (the same party: a state and
    /// its government or army, an office holder and their state) has no source of its own.
    pub(super) fn own_act_source(&self, d: &mut Draft) {
        if d.status != Status::Asserted || d.source.is_empty() || d.actor.is_empty() {
            return;
        }
        let kb = self.kb;
        // what a person says is theirs to assert: a quoted official stays the source of a
        // statement (EVAL.md guideline 4: "the person goes in `source` when quoted")
        let says = matches!(
            d.kind,
            EventType::Accuse
                | EventType::Request
                | EventType::Reject
                | EventType::Support
                | EventType::Threaten
        );
        // with no knowledge base, a person stands for the state of the mention
        let key = |id: &'_ str| -> String {
            if kb.is_none()
                && self.is_person(id)
                && let Some(cc) = self
                    .a
                    .entities
                    .iter()
                    .find(|e| e.id.as_deref() == Some(id))
                    .and_then(|e| e.country.as_deref())
            {
                return format!("state:{cc}");
            }
            Self::party_key(kb, id).into_owned()
        };
        let actors: Vec<String> = d.actor.iter().filter_map(|r| r.id.as_deref()).map(key).collect();
        if actors.is_empty() {
            return;
        }
        let own = d.source.iter().all(|s| {
            s.id.as_deref().is_some_and(|id| {
                if says && self.is_person(id) {
                    return false;
                }
                let k = key(id);
                actors.contains(&k)
            })
        });
        if !own {
            return;
        }
        if self.a.explain {
            let names: Vec<&str> = d.source.iter().map(|s| s.name.as_str()).collect();
            d.explain.push(step(
                "source",
                "an act told as fact by its own author: the actor speaks, no source of its own",
                Some(names.join(", ")),
            ));
        }
        d.source.clear();
    }
}
