//! The army of a state as the author of an act its report tells with no author: reinforcements
//! sent ("des renforts ont été dépêchés à Dioura"), a strike from the air ("une frappe de drone a
//! visé…"), a coup ("depuis le coup d'État de 2023"). Shared by `reinforced.rs`, `aircraft.rs` and
//! `authority.rs`; each decides when the rule applies, this module only checks the sentence for
//! another party that could be the author and writes the actor.

use super::*;

/// The state a party mention belongs to: the knowledge base's country of its id, else the
/// country the entity layer gave it.
pub(super) fn mention_state<'e>(kb: &'e Kb, e: &'e veille_core::EntityMention) -> Option<&'e str> {
    e.id.as_deref().and_then(|id| kb.country_of(id)).or(e.country.as_deref())
}

impl Extractor<'_, '_> {
    /// Sentence `si` names (with a knowledge-base id) a state force of another state than `cc`, or
    /// a party of one of the kinds in `also` (private military companies, missions, militias): a
    /// party whose troops or aircraft the act could be.
    pub(super) fn sentence_names_other_force(
        &self,
        kb: &Kb,
        si: usize,
        cc: &str,
        also: &[EntityType],
    ) -> bool {
        let ss = self.a.seg.sentences[si].span;
        self.a.entities.iter().any(|e| {
            e.id.is_some()
                && e.span.start >= ss.start
                && e.span.end <= ss.end
                && match e.kind {
                    k if also.contains(&k) => true,
                    EntityType::StateForce => mention_state(kb, e) != Some(cc),
                    _ => false,
                }
        })
    }

    /// Makes the army of state `cc` (the knowledge base's `army` slot) the one actor of `d`, with
    /// `why` as the explain step; false when the knowledge base has no army for `cc`.
    pub(super) fn army_of_state_as_actor(&self, kb: &Kb, d: &mut Draft, cc: &str, why: &str) -> bool {
        let Some(army) = kb.slot_entity(cc, "army") else { return false };
        d.actor = vec![ActorRef { id: Some(army.id.clone()), name: army.name.clone(), acled_class: None }];
        d.actor_kinds = vec![EntityType::StateForce];
        if self.a.explain {
            d.explain.push(step("actor", why, Some(army.id.clone())));
        }
        true
    }
}
