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
        let ss = self.a.seg.sentences[d.sentence].span;
        let foreign = self.a.entities.iter().any(|e| {
            e.span.start >= ss.start
                && e.span.end <= ss.end
                && e.id.is_some()
                && match e.kind {
                    EntityType::Pmc | EntityType::Igo | EntityType::Militia => true,
                    EntityType::StateForce => {
                        e.id.as_deref().and_then(|id| kb.country_of(id)).or(e.country.as_deref()) != Some(cc)
                    }
                    _ => false,
                }
        });
        if foreign {
            return;
        }
        let Some(e) = kb.slot_entity(cc, "army") else { return };
        d.actor = vec![ActorRef { id: Some(e.id.clone()), name: e.name.clone(), acled_class: None }];
        d.actor_kinds = vec![EntityType::StateForce];
        if self.a.explain {
            d.explain.push(step(
                "actor",
                "reinforcements with no sender: the army of the state where they are sent",
                Some(e.id.clone()),
            ));
        }
    }
}
