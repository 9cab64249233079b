//! Reinforcements sent with no agent: "Des renforts ont été dépêchés mercredi à Dioura", "des
//! renforts ont été déployés dans la zone", "reinforcements were flown to Marte". Sahel reports
//! name no sender when the forces moved are the army of the state where they arrive (a foreign
//! force, a mission, a militia or a private military company sending troops is named).

use super::*;

/// Nouns of reinforcements (folded prefixes of the lexicon's mobilization nouns).
const REINFORCEMENT: &[&str] = &["renfort", "reinforcement"];

impl<'a, 'd> Extractor<'a, 'd> {
    /// A mobilization told by a reinforcement noun with no actor and no recipient, placed in a state
    /// (not background), is that state's army when the sentence names no force of another state,
    /// mission, militia or private military company (whose troops they could be).
    pub(super) fn scene_reinforcements(&self, d: &mut Draft) {
        let Some(kb) = self.kb else { return };
        if d.kind != EventType::Mobilize || d.background || !d.actor.is_empty() || !d.recipient.is_empty() {
            return;
        }
        let Some(cc) = d.location.as_ref().and_then(|l| l.country.as_deref()) else { return };
        let trigger = veille_text::fold_cow(self.a.text(d.trigger));
        if !REINFORCEMENT.iter().any(|p| trigger.starts_with(p)) {
            return;
        }
        let cc = cc.to_string();
        if self.sentence_names_other_force(
            kb,
            d.sentence,
            &cc,
            &[EntityType::Pmc, EntityType::Igo, EntityType::Militia],
        ) {
            return;
        }
        self.army_of_state_as_actor(
            kb,
            d,
            &cc,
            "reinforcements with no sender: the army of the state where they are sent",
        );
    }
}
