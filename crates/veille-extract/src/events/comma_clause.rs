//! Clauses joined by a comma ("Mali : la junte dissout les partis, l'opposition dénonce un « coup
//! de force »", "Troops opened fire, the protesters fled"): a verb whose clause starts after the
//! comma has the noun phrase right before it as subject, not the named party of the clause before.

use super::*;

impl Extractor<'_, '_> {
    /// For an active verb trigger (no noun, participle or coordinated verb) whose actor is exactly
    /// the parties of its clause's subject group: the clause start and that group. The rules that
    /// give a later clause its own subject (`comma_clause_subject`, `and_clause_subject`) start
    /// from it.
    pub(super) fn actor_is_clause_subject(&self, d: &Draft) -> Option<(usize, &Group)> {
        if d.nominal || d.participle || d.coordinated || d.actor.is_empty() {
            return None;
        }
        let (cs, _) = self.clause(d.sentence, d.trigger.start);
        let g = self.subject(cs, d.trigger.start)?;
        let (refs, _) = self.group_refs(g);
        let same = refs.len() == d.actor.len()
            && refs.iter().zip(&d.actor).all(|(a, b)| a.id == b.id && a.name == b.name);
        same.then_some((cs, g))
    }

    /// An active verb trigger whose actor is the subject group of its clause, when a comma lies
    /// between that group and a bare noun phrase standing right before the verb group (with a verb of
    /// its own between the group and the comma), takes that noun phrase as actor: the group is the
    /// subject of the clause before the comma.
    pub(super) fn comma_clause_subject(&self, d: &mut Draft) {
        let Some((cs, g)) = self.actor_is_clause_subject(d) else { return };
        let Some(np) = self.np_before(d.trigger.start, cs) else { return };
        if np.start <= g.end || !self.noun_headed(np) {
            return;
        }
        let toks = &self.a.seg.tokens;
        let from = toks.partition_point(|t| t.span.start < g.end);
        let to = toks.partition_point(|t| t.span.start < np.start);
        // the comma closes a clause of its own: a word between the group and it, the comma right
        // before the noun phrase (", l'opposition dénonce")
        let Some(comma) = to.checked_sub(1) else { return };
        if comma <= from
            || self.tok_text(comma) != ","
            || (from..comma).any(|k| toks[k].kind == veille_text::TokenKind::Punct)
        {
            return;
        }
        if self.claim_party(d, np, to, g) {
            return;
        }
        let (r, kind, _) = self.np_ref(np);
        if self.a.explain {
            d.explain.push(step(
                "actor",
                "a clause after a comma: the noun phrase before the verb, not the subject of the clause before",
                Some(r.name.clone()),
            ));
        }
        d.actor = vec![r];
        d.actor_kinds = vec![kind];
    }

    /// "Abuja accused Niamey of sheltering bandits, a charge Niamey rejects": a noun phrase after
    /// the comma headed by a noun of charge (`claim` in `data/refusals.tsv`) names the party that
    /// answers the charge; that party is the actor (`claim_party`), and for a refusal the subject
    /// of the clause before the comma (the accuser) is its recipient.
    pub(super) fn claim_answered(&self, d: &mut Draft) {
        if d.kind != EventType::Reject || !d.recipient.is_empty() {
            return;
        }
        let Some((_, g)) = self.actor_is_clause_subject(d) else { return };
        let Some(comma) = self.claim_before(g.start) else { return };
        let at = self.a.seg.tokens[comma].span.start;
        let (cs, _) = self.clause(d.sentence, at);
        let Some(acc) = self.subject(cs, at) else { return };
        let (r, kinds) = self.group_refs(acc);
        if r.iter().any(|x| d.actor.iter().any(|a| a.id.is_some() && a.id == x.id)) {
            return;
        }
        if self.a.explain {
            d.explain.push(step(
                "recipient",
                "a charge answered after a comma (\"…, a charge X rejects\"): the accuser before the comma",
                Some(party_names(&r)),
            ));
        }
        d.recipient = r;
        d.recipient_kinds = kinds;
    }

    /// The comma token before "[a|an|the] <noun of charge>" ending right before `pos`.
    fn claim_before(&self, pos: usize) -> Option<usize> {
        let mut k = self.tok_before(pos)?;
        if self.refusal_class(k) != Some(super::refusals::Class::Claim) {
            return None;
        }
        k = self.tok_before(self.a.seg.tokens[k].span.start)?;
        if self.tok_is(k, &["a", "an", "the"]) {
            k = self.tok_before(self.a.seg.tokens[k].span.start)?;
        }
        (self.tok_text(k) == ",").then_some(k)
    }

    /// The phrase after the comma runs over the party ("a charge Niamey", "an accusation the
    /// organisation"): the party after the noun of charge is the actor, and for a refusal the
    /// subject group `g` before the comma its recipient. `first` is the phrase's first token.
    fn claim_party(&self, d: &mut Draft, np: Span, first: usize, g: &Group) -> bool {
        let toks = &self.a.seg.tokens;
        let mut k = first;
        if self.tok_is(k, &["a", "an", "the"]) {
            k += 1;
        }
        if k + 1 >= toks.len()
            || toks[k + 1].span.start >= np.end
            || self.refusal_class(k) != Some(super::refusals::Class::Claim)
        {
            return false;
        }
        let party = Span { start: toks[k + 1].span.start, end: np.end };
        let (r, kinds) = match self.group_at(party).filter(|p| p.start >= party.start && p.end <= party.end) {
            Some(p) => self.group_refs(&p),
            None => {
                let (r, kind, _) = self.np_ref(party);
                (vec![r], vec![kind])
            }
        };
        if self.a.explain {
            d.explain.push(step(
                "actor",
                "a charge after a comma: the party after the noun of charge answers it",
                Some(party_names(&r)),
            ));
        }
        if d.kind == EventType::Reject && d.recipient.is_empty() {
            (d.recipient, d.recipient_kinds) = self.group_refs(g);
        }
        d.actor = r;
        d.actor_kinds = kinds;
        true
    }
}
