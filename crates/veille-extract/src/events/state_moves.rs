//! A movement that is a mobilization only when a state party moves (`data/state_moves.tsv`):
//! "the militants arrived on motorcycles" tells part of a raid, "displaced families arrived"
//! tells people fleeing; neither mobilizes a force.

use super::*;

impl<'a, 'd> Extractor<'a, 'd> {
    /// A mobilization read from an entry of `state_moves.tsv` whose actors are named and none of
    /// them is a state, a state force, an organisation or a private military company.
    pub(super) fn non_state_arrival(&self, sense: &Sense, d: &Draft) -> bool {
        d.kind == EventType::Mobilize
            && !d.actor.is_empty()
            && crate::state_moves::ENTRIES.get().class(self.a.doc.lang, &sense.entry).is_some()
            && !d.actor_kinds.iter().any(|k| {
                matches!(k, EntityType::Country | EntityType::StateForce | EntityType::Igo | EntityType::Pmc)
            })
    }
}
