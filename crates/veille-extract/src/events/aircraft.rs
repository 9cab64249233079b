//! Military aircraft as the author of an attack (`data/aircraft.tsv`): "a military aircraft struck
//! a crowd", "un avion militaire a bombardé…": the air force of the state where the attack happened;
//! a drone or air strike told with no author at all: the army of that state.

use super::*;

impl<'a, 'd> Extractor<'a, 'd> {
    /// An unresolved actor of an attack that is a military aircraft of `aircraft.tsv` (after an
    /// optional determiner, nothing else in the phrase) is the air force of the state where the
    /// attack happened (its army when the knowledge base lists no air force), when no other state's
    /// force, joint force or private military company is named in the document.
    pub(super) fn scene_aircraft(&self, d: &mut Draft) {
        let Some(kb) = self.kb else { return };
        if d.kind != EventType::Assault || d.background {
            return;
        }
        let lang = self.a.doc.lang;
        let slot_of = |name: &str| -> Option<&'static str> {
            const DET: &[&str] = &["a", "an", "the", "un", "une", "des", "les", "le", "l'"];
            let folded = veille_text::fold_str(name);
            let mut rest = folded.as_str();
            if let Some(r) = rest.strip_prefix("l'") {
                rest = r;
            } else if let Some((first, r)) = rest.split_once(' ')
                && DET.contains(&first)
            {
                rest = r;
            }
            crate::aircraft::PHRASES.get().class(lang, rest)
        };
        if !d.actor.iter().any(|r| r.id.is_none() && slot_of(&r.name).is_some()) {
            return;
        }
        let Some(cc) = d.location.as_ref().and_then(|l| l.country.clone()) else { return };
        let others = self.a.entities.iter().filter(|e| e.id.is_some()).any(|e| match e.kind {
            EntityType::Pmc => true,
            EntityType::StateForce => state_army::mention_state(kb, e) != Some(cc.as_str()),
            _ => false,
        });
        if others {
            return;
        }
        let mut changed = Vec::new();
        for (i, r) in d.actor.iter_mut().enumerate() {
            if r.id.is_some() || slot_of(&r.name).is_none() {
                continue;
            }
            let Some(e) = kb.slot_entity(&cc, "air").or_else(|| kb.slot_entity(&cc, "army")) else {
                continue;
            };
            changed.push(format!("{} -> {}", r.name, e.id));
            r.id = Some(e.id.clone());
            if let Some(k) = d.actor_kinds.get_mut(i) {
                *k = EntityType::StateForce;
            }
        }
        if self.a.explain && !changed.is_empty() {
            d.explain.push(step(
                "actor",
                "aircraft.tsv: a military aircraft attacking in a scene with no other state's force",
                Some(changed.join(", ")),
            ));
        }
    }
}

impl Extractor<'_, '_> {
    /// A strike from the air told with no author at all ("des frappes de drones ont visé…", "une
    /// frappe aérienne a tué…", modes `drone` and `aerial`) is the army of the state where it
    /// happened, when its sentence names no other state's force or private military company (whose
    /// aircraft they could be) and the strike does not hit that state's own forces.
    pub(super) fn scene_strike(&self, d: &mut Draft) {
        let Some(kb) = self.kb else { return };
        if d.kind != EventType::Assault
            || !d.actor.is_empty()
            || !matches!(d.mode.as_deref(), Some("drone" | "aerial"))
        {
            return;
        }
        let Some(cc) = d.location.as_ref().and_then(|l| l.country.as_deref()) else { return };
        let own = |id: &Option<String>| id.as_deref().and_then(|id| kb.country_of(id)) == Some(cc);
        if d.recipient.iter().zip(&d.recipient_kinds).any(|(r, k)| *k == EntityType::StateForce && own(&r.id))
        {
            return;
        }
        let cc = cc.to_string();
        if self.sentence_names_other_force(kb, d.sentence, &cc, &[EntityType::Pmc]) {
            return;
        }
        self.army_of_state_as_actor(
            kb,
            d,
            &cc,
            "a strike from the air with no author: the army of the state where it happened",
        );
    }
}
