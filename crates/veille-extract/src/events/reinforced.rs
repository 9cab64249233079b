//! Reinforcements sent with no agent: "Des renforts ont été dépêchés mercredi à Dioura", "des
//! renforts ont été déployés dans la zone", "reinforcements were flown to Marte". Sahel reports
//! name no sender when the forces moved are the army of the state where they arrive (a foreign
//! force, a mission, a militia or a private military company sending troops is named). The same
//! holds for soldiers moved by a passive verb with no agent ("Près de 500 soldats supplémentaires
//! ont été déployés dans la ville", "troops were airlifted to Bol").

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
        if !d.agentless_forces && !REINFORCEMENT.iter().any(|p| trigger.starts_with(p)) {
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

    /// `name` describes soldiers of a state: one of its words is a state-force noun of
    /// `anaphora.tsv`, bare or with its definite article ("500 soldats supplémentaires", "des
    /// militaires", "additional troops").
    pub(super) fn describes_soldiers(&self, name: &str) -> bool {
        name.split_whitespace().any(|w| self.state_force_noun(w))
    }

    /// `noun` is a state-force noun of `anaphora.tsv` ("soldats", "gendarmes", "troops"), bare or
    /// with its definite article ("les militaires", "the soldiers").
    pub(super) fn state_force_noun(&self, noun: &str) -> bool {
        let lang = self.a.doc.lang;
        let det = if lang == veille_core::Lang::En { "the" } else { "les" };
        let phrases = crate::anaphora::PHRASES.get();
        let force = |p: &str| phrases.class(lang, p) == Some(crate::anaphora::Anaphor::Force);
        force(noun) || force(&format!("{det} {noun}"))
    }
}
