//! A meeting of an intergovernmental body told with its member states named, every one of them, is
//! a meeting of those states: "Les chefs d'État du Mali, du Burkina Faso et du Niger, réunis samedi
//! à Niamey pour le premier sommet de l'AES" is a multilateral meeting of Mali, Burkina Faso and
//! Niger, not of the alliance's own id; so is a headline "Sommet de l'AES à Niamey" whose lead
//! names the three. A meeting told by the body's name ("les ministres de la Confédération AES se
//! sont réunis"), or of a body whose members the sentence does not all name (a summit of the
//! Cédéao), or met with another body named before the verb ("les ministres de l'AES et une
//! délégation de la CEDEAO se sont réunis"), stays the body.

use super::*;

impl Extractor<'_, '_> {
    /// Replaces the one intergovernmental actor of a meeting (CONSULT, multilateral or with no
    /// mode) by its member states on the publication date, when its sentence names each of them
    /// (a headline: or the lead after it).
    pub(super) fn summit_members(&self, drafts: &mut [Draft]) {
        let Some(kb) = self.kb else { return };
        let date = self.a.doc.published.unwrap_or_else(veille_kb::today);
        for d in drafts.iter_mut() {
            if d.kind != EventType::Consult
                || !matches!(d.mode.as_deref(), None | Some("multilateral"))
                || d.actor.len() != 1
                || d.actor_kinds.first() != Some(&EntityType::Igo)
            {
                continue;
            }
            let Some(id) = d.actor[0].id.clone() else { continue };
            let members = kb.members_of(&id, Some(date));
            if members.len() < 2 || !members.iter().all(|m| self.names_state(m, d.sentence)) {
                continue;
            }
            // "Les ministres de l'AES et une délégation de la CEDEAO se sont réunis": a meeting of
            // two bodies, another one named before the trigger, stays the bodies'
            let from = self.a.seg.sentences[d.sentence].span.start;
            if self.a.entities.iter().any(|e| {
                e.kind == EntityType::Igo
                    && e.span.start >= from
                    && e.span.end <= d.trigger.start
                    && e.id.as_deref().is_some_and(|o| o != id)
            }) {
                continue;
            }
            let mut refs: Vec<ActorRef> = Vec::with_capacity(members.len());
            let mut kinds: Vec<EntityType> = Vec::with_capacity(members.len());
            for m in &members {
                let cc = m.trim_start_matches("kb:");
                push_ref(&mut refs, &mut kinds, self.state_ref(cc), EntityType::Country);
            }
            d.set_actor((refs, kinds), false, "");
            if self.a.explain {
                d.explain.push(step(
                    "actor",
                    "a meeting of a body whose member states the article names: those states",
                    Some(id),
                ));
            }
        }
    }

    /// Whether sentence `si` (the headline: or the lead after it) names the state `id` ("kb:ML"):
    /// the state, its government or its forces.
    fn names_state(&self, id: &str, si: usize) -> bool {
        let cc = id.trim_start_matches("kb:");
        let sentences = &self.a.seg.sentences;
        let last = if si == 0 { 1.min(sentences.len() - 1) } else { si };
        let (from, to) = (sentences[si].span.start, sentences[last].span.end);
        self.a.entities.iter().any(|e| {
            e.span.start >= from
                && e.span.end <= to
                && matches!(e.kind, EntityType::Country | EntityType::StateForce)
                && (e.country.as_deref() == Some(cc)
                    || (e.kind == EntityType::Country && e.id.as_deref() == Some(id)))
        })
    }
}
