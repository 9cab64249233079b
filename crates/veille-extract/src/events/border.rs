//! Border closures. A state that closes its border, or keeps it closed, discontinues relations
//! with the neighbour across it (SANCTION / discontinue, ontology.md): "a fermé provisoirement le
//! poste frontière", "le Niger, dont la frontière reste fermée", "since the border with Benin was
//! closed". A verb of closing or a state of being closed (lexicon cue `closure`) names one only
//! when a border noun (cue `border`) is what is closed; any other reading ("l'école reste
//! fermée", "a fermé ses portes") is dropped. The state across the border ("avec le Bénin", "with
//! Benin") is the recipient; the owner of the border ("X, dont la frontière…") the actor.

use super::*;

/// How far (in tokens) the border noun may stand before the closure ("la frontière avec le Bénin
/// reste fermée") or after a closing verb ("a fermé provisoirement le poste frontière").
const BEFORE: usize = 6;
const AFTER: usize = 3;

impl<'a, 'd> Extractor<'a, 'd> {
    /// Keeps (true) or drops (false) the draft of a closure trigger, and binds its sides from the
    /// border noun. Drafts of other triggers are left alone (true).
    pub(super) fn border_closure(&self, d: &mut Draft) -> bool {
        let Some(h) = self.hit_covering(d.trigger.start) else { return true };
        if d.kind != EventType::Sanction || !self.has_cue(h, Cue::Closure) {
            return true;
        }
        let (cs, ce) = self.clause(d.sentence, d.trigger.start);
        let border = |x: &&Hit| self.lex.entry(x).has(Cue::Border);
        let after = self.hits[self.hits_in(Span::new(d.trigger.end, ce))]
            .iter()
            .find(border)
            .filter(|b| self.tokens_between(d.trigger.end, b.start) <= AFTER);
        let before = self.hits[self.hits_in(Span::new(cs, d.trigger.start))]
            .iter()
            .rev()
            .find(border)
            .filter(|b| self.tokens_between(b.end, d.trigger.start) <= BEFORE);
        let Some(b) = after.or(before) else { return false };
        let (b_start, b_end) = (b.start, b.end);
        // the border itself, read as a party ("la frontière", "le poste frontière"), is none
        let keep_named = |refs: &mut Vec<ActorRef>, kinds: &mut Vec<EntityType>| {
            let (r, k): (Vec<ActorRef>, Vec<EntityType>) =
                refs.drain(..).zip(kinds.drain(..)).filter(|(r, _)| r.id.is_some()).unzip();
            *refs = r;
            *kinds = k;
        };
        keep_named(&mut d.recipient, &mut d.recipient_kinds);
        if after.is_none() {
            keep_named(&mut d.actor, &mut d.actor_kinds);
        }
        // "le Niger voisin, dont la frontière reste fermée": the owner of the border
        if after.is_none() {
            let toks = &self.a.seg.tokens;
            let k = toks.partition_point(|t| t.span.start < b_start);
            let whose = (k.saturating_sub(2)..k).rev().find(|&t| self.tok_is(t, &["dont", "whose"]));
            if let Some(t) = whose {
                let at = toks[t].span.start;
                let ss = self.a.seg.sentences[d.sentence].span;
                if let Some(g) = self
                    .group_ending_before(at)
                    .filter(|g| g.end >= ss.start && self.tokens_between(g.end, at) <= 3)
                {
                    let parties = self.group_refs(g);
                    // (over a party read from elsewhere in the sentence: "Cotonou reproche au
                    // Niger, dont la frontière reste fermée, …")
                    if !parties.0.is_empty() && !crossing(&parties.0, &d.recipient) {
                        d.set_actor(parties, self.a.explain, "border closure: the state whose border it is");
                    }
                }
            }
        }
        // "la frontière avec le Niger", "the border with Benin": the state across it
        let limit = if after.is_some() { ce } else { d.trigger.start };
        if let Some(g) = self
            .groups_in(b_end, limit)
            .next()
            .filter(|g| self.tokens_between(b_end, g.start) <= 2 && self.marker(g, cs) == Some(Cue::With))
        {
            let parties = self.group_refs(g);
            if !parties.0.is_empty() && !crossing(&parties.0, &d.actor) {
                d.set_recipient(parties, self.a.explain, "border closure: the state across the border");
            }
        }
        if self.a.explain {
            d.explain.push(step(
                "trigger",
                "border closure: a border noun is what is closed",
                Some(self.a.doc.text[b_start..b_end].to_string()),
            ));
        }
        true
    }
}
