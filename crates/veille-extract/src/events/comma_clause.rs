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
}
