//! Binding of operations named by a noun whose multiword trigger ends in a rank or title
//! ("l'arrivée au pouvoir du capitaine Ibrahim Traoré"): the person named right after the title
//! is the noun's agent.

use super::*;

impl<'a, 'd> Extractor<'a, 'd> {
    /// A nominal trigger with no actor, followed at once by a named person (the trigger ends in
    /// the person's rank or title): that person acts.
    pub(super) fn agent_after_title(&self, d: &mut Draft) {
        if !d.nominal || !d.actor.is_empty() || d.counter {
            return;
        }
        let Some(g) = self.groups_in(d.trigger.end, self.a.seg.sentences[d.sentence].span.end).next() else {
            return;
        };
        if self.tokens_between(d.trigger.end, g.start) > 0
            || !g.ments.iter().all(|&m| self.a.entities[m].kind == EntityType::Person)
            || d.recipient
                .iter()
                .any(|r| r.id.is_some() && g.ments.iter().any(|&m| self.a.entities[m].id == r.id))
        {
            return;
        }
        let parties = self.group_refs(g);
        d.set_actor(parties, self.a.explain, "nominal: the person named right after the title");
    }
}

/// How far back (in sentences) a release looks for the abduction of the people it frees.
const RELEASE_WINDOW: usize = 6;

impl<'a, 'd> Extractor<'a, 'd> {
    /// "Cinq ouvriers enlevés en avril … ont été libérés", "deux élus locaux, libérés quelques mois
    /// plus tard contre rançon": a release that names nobody freed frees the people of the latest
    /// abduction told before it (six sentences back), held by its author; with no party named,
    /// the abductors release them, and with no place of its own it is told where they were taken.
    pub(super) fn bind_releases(&self, drafts: &mut [Draft]) {
        for i in 0..drafts.len() {
            let d = &drafts[i];
            if d.kind != EventType::Retreat || d.mode.as_deref() != Some("release") || d.background {
                continue;
            }
            if !d.recipient.is_empty() && !d.actor.is_empty() {
                continue;
            }
            let (si, at) = (d.sentence, d.trigger.start);
            let Some(j) = (0..drafts.len()).rev().find(|&j| {
                let p = &drafts[j];
                j != i
                    && p.kind == EventType::Assault
                    && p.mode.as_deref() == Some("abduct")
                    && !p.recipient.is_empty()
                    && p.sentence <= si
                    && p.sentence + RELEASE_WINDOW >= si
                    && (p.sentence < si || p.trigger.end <= at)
            }) else {
                continue;
            };
            let (held, held_kinds) = (drafts[j].recipient.clone(), drafts[j].recipient_kinds.clone());
            let (captors, captor_kinds) = (drafts[j].actor.clone(), drafts[j].actor_kinds.clone());
            let place = drafts[j].location.clone();
            let d = &mut drafts[i];
            if d.recipient.is_empty() {
                (d.recipient, d.recipient_kinds) = (held, held_kinds);
                if self.a.explain {
                    d.explain.push(step(
                        "recipient",
                        "release: the people of the abduction told before",
                        None,
                    ));
                }
                if d.actor.is_empty() && !captors.is_empty() {
                    d.set_actor((captors, captor_kinds), self.a.explain, "release: the captors free them");
                }
                if let Some(loc) = place.filter(|_| d.location.is_none()) {
                    d.inherit_location(loc, self.a.explain, "release: where they were taken", None);
                }
            }
        }
    }
}
