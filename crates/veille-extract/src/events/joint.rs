//! The partners of a joint act (lexicon role `joint` on a COOPERATE trigger: "opération
//! conjointe", "patrouilles mixtes", "conjointement", "joint patrols", "jointly"): a joint act
//! is one COOPERATE of two sides (docs/EVAL.md, guideline 5). When the trigger's own phrase names
//! one side only, the other is often named elsewhere in its clause: before the verb with
//! "avec"/"en coordination avec"/"with" ("Les Forces armées nationales, en coordination avec les
//! Forces armées togolaises, ont conduit une opération conjointe"), or as the agent right after
//! the trigger ("l'opération menée conjointement en septembre par les armées nigérienne et
//! burkinabè"). Those identified parties join the actor; a bare description the subject rule
//! took for the actor ("l'opération menée") gives way to them.

use super::*;

/// Tokens at most between the trigger and the "par"/"by" of its agent ("conjointement en
/// septembre par").
const AGENT_WINDOW: usize = 5;

impl Extractor<'_, '_> {
    /// An identified party or state of a group, not already among `d`'s parties.
    fn joint_partner_refs(&self, d: &Draft, g: &Group) -> (Vec<ActorRef>, Vec<EntityType>) {
        let (refs, kinds) = self.group_refs(g);
        refs.into_iter()
            .zip(kinds)
            .filter(|(r, k)| {
                r.id.is_some()
                    && (is_party(*k) || *k == EntityType::Country)
                    && !d.actor.iter().chain(&d.recipient).any(|p| p.id == r.id)
            })
            .unzip()
    }

    /// Completes a joint act that names one side only with the partner its clause names (see
    /// the module documentation).
    pub(super) fn joint_partners(&self, d: &mut Draft) {
        if d.kind != EventType::Cooperate || !d.joint || self.sides(d) >= 2 {
            return;
        }
        let ss = self.a.seg.sentences[d.sentence].span;
        let (cs, ce) = self.clause(d.sentence, d.trigger.start);
        // "X, en coordination avec Y, ont conduit une opération conjointe": before the trigger
        let mut found: Option<(Vec<ActorRef>, Vec<EntityType>)> = self
            .groups_in(ss.start, d.trigger.start)
            .filter(|g| self.marker(g, ss.start) == Some(Cue::With))
            .map(|g| self.joint_partner_refs(d, g))
            .find(|(r, _)| !r.is_empty());
        // "l'opération menée conjointement … par les armées X et Y": the agent after it
        if found.is_none()
            && let Some(g) = self.groups_in(d.trigger.end, ce.max(cs)).next()
            && self.marker(g, d.trigger.end) == Some(Cue::By)
            && self.tokens_between(d.trigger.end, g.start) <= AGENT_WINDOW
        {
            found = Some(self.joint_partner_refs(d, g)).filter(|(r, _)| !r.is_empty());
        }
        let Some((refs, kinds)) = found else { return };
        // a description taken for the subject gives way to the named partners
        (d.actor, d.actor_kinds) = d
            .actor
            .drain(..)
            .zip(d.actor_kinds.drain(..))
            .filter(|(r, k)| r.id.is_some() || is_party(*k))
            .unzip();
        d.add_actors(
            (refs, kinds),
            self.a.explain,
            "a joint act: the partner its clause names with `avec`/`with` or `par`/`by`",
        );
    }
}
