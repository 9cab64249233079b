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
