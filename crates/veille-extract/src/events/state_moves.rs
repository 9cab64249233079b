//! A movement that is a mobilization only when a state party moves (`data/state_moves.tsv`):
//! "the militants arrived on motorcycles" tells part of a raid, "displaced families arrived"
//! tells people fleeing; neither mobilizes a force. Entries of class `force` ("ont atterri",
//! "l'arrivée de", "renforcer sa présence") need a force as the mover: a state force or company
//! named as the actor, or a troop or unit noun next to the trigger ("un contingent d'instructeurs
//! russes a atterri", "l'arrivée de 400 militaires"); a minister or a delegation landing, or a
//! state reinforcing its economic presence, mobilize nothing.

use super::*;
use crate::state_moves::Mover;

/// How many tokens before a `force` verb trigger a troop or unit noun is looked for.
const FORCE_NOUN_WINDOW: usize = 8;
/// How many tokens after a `force` noun trigger a troop or unit noun is looked for.
const FORCE_NOUN_AFTER: usize = 4;

impl<'a, 'd> Extractor<'a, 'd> {
    /// A mobilization read from an entry of `state_moves.tsv` whose actors are named and none of
    /// them is a state party, or (class `force`) whose mover is no force.
    pub(super) fn non_state_arrival(&self, sense: &Sense, d: &Draft) -> bool {
        if d.kind != EventType::Mobilize {
            return false;
        }
        let Some(mover) = crate::state_moves::ENTRIES.get().class(self.a.doc.lang, &sense.entry) else {
            return false;
        };
        let non_state = !d.actor.is_empty()
            && !d.actor_kinds.iter().any(|k| {
                matches!(k, EntityType::Country | EntityType::StateForce | EntityType::Igo | EntityType::Pmc)
            });
        // "l'arrivée de 400 militaires": a noun's mover is the troop noun after it, whoever governs it
        let force_actor = sense.pos != Pos::Noun
            && d.actor_kinds.iter().any(|k| matches!(k, EntityType::StateForce | EntityType::Pmc));
        non_state || (mover == Mover::Force && !force_actor && !self.force_noun_near(sense, d))
    }

    /// A troop or unit noun (cues `u_troops`, `unit`) among the few tokens before a verb trigger in
    /// its clause (no punctuation crossed), or among the few right after a noun trigger ("nos hommes
    /// ont tenu jusqu'à l'arrivée des renforts aériens" is no arrival of "hommes").
    fn force_noun_near(&self, sense: &Sense, d: &Draft) -> bool {
        let toks = &self.a.seg.tokens;
        let sent = &self.a.seg.sentences[self.sentence_of(d.trigger.start)];
        let is_force = |k: usize| self.force_noun_at(toks[k].span.start);
        let start = toks.partition_point(|t| t.span.start < d.trigger.start);
        let before = if sense.pos == Pos::Noun {
            start..start
        } else {
            start.saturating_sub(FORCE_NOUN_WINDOW)..start
        };
        for k in before.rev() {
            if toks[k].span.start < sent.span.start || toks[k].kind == veille_text::TokenKind::Punct {
                break;
            }
            if is_force(k) {
                return true;
            }
        }
        if sense.pos == Pos::Noun {
            let end = toks.partition_point(|t| t.span.start < d.trigger.end);
            for t in toks.iter().skip(end).take(FORCE_NOUN_AFTER) {
                if t.span.start >= sent.span.end || t.kind == veille_text::TokenKind::Punct {
                    break;
                }
                if self.force_noun_at(t.span.start) {
                    return true;
                }
            }
        }
        false
    }
}
