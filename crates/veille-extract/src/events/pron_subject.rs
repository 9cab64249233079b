//! French subject pronouns ("Il a également annoncé…", "Elles réclament…") with no party of their
//! own: the subject of the previous sentence's main clause, when the text named it and its number
//! fits the pronoun, is the most salient referent — before the actor of the previous sentence's
//! event, which may be a party the subject only talked about ("Le ministre a salué la livraison de
//! drones turcs. Il a également annoncé…": the minister, not Turkey). Anything else stays with the
//! rules after it (unknown stays unknown).

use super::*;

impl<'a, 'd> Extractor<'a, 'd> {
    /// The parties of the previous sentence's main-clause subject for a French pronoun subject of
    /// draft `d` in sentence `si`, when that subject is a named party whose number agrees ("il",
    /// "elle": one party; "ils", "elles": any); `None` otherwise.
    pub(super) fn pronoun_previous_subject(
        &self,
        d: &Draft,
        si: usize,
    ) -> Option<(Vec<ActorRef>, Vec<EntityType>)> {
        if self.a.doc.lang != veille_core::Lang::Fr || si == 0 || !d.actor.is_empty() || !d.subject_pron {
            return None;
        }
        // the pronoun heads the event's clause, right before its verb group
        let (cs, _) = self.clause(si, d.trigger.start);
        let toks = &self.a.seg.tokens;
        let first = toks.partition_point(|t| t.span.start < cs);
        let last = toks.partition_point(|t| t.span.start < d.trigger.start);
        let plural = (first..last).find_map(|t| {
            if self.tok_is(t, &["il", "elle"]) {
                Some(false)
            } else if self.tok_is(t, &["ils", "elles"]) {
                Some(true)
            } else {
                None
            }
        })?;
        // "Il a été procédé à…", "Ils ont été remis…": an impersonal or passive pronoun names no
        // actor; a pronoun inside a quotation has the speaker's referents
        if (first..last).any(|t| self.tok_is(t, &["été", "y"]))
            || self.a.quotes.iter().any(|q| q.span.contains(d.trigger))
        {
            return None;
        }
        // (a pronoun after the sentence's first clause has a referent in that sentence: rules
        // of run.rs)
        let ss = self.a.seg.sentences[si].span;
        if self.groups_in(ss.start, cs).next().is_some() {
            return None;
        }
        let ps = si - 1;
        let pspan = self.a.seg.sentences[ps].span;
        // the previous sentence's first clause with a party: its subject ("Lundi, le ministre…")
        let mut pos = pspan.start;
        let mut g = None;
        for _ in 0..3 {
            let (mcs, mce) = self.clause(ps, pos);
            if self.groups_in(mcs, mce).next().is_some() {
                g = self.subject(mcs, mce);
                break;
            }
            if mce >= pspan.end {
                break;
            }
            pos = mce + 1;
        }
        let g = g?;
        if !self.group_is_named(g) || (!plural && g.ments.len() != 1) {
            return None;
        }
        let ents = &self.a.entities;
        if g.ments.iter().any(|&m| ents[m].kind == EntityType::Place) {
            return None;
        }
        let (r, k) = self.group_refs(g);
        (!r.is_empty()).then_some((r, k))
    }
}

impl<'a, 'd> Extractor<'a, 'd> {
    /// "le groupe" after an article that named JNIM and the EIGS: when several parties of the
    /// phrase's kind were named before it, the one party of that kind named in its own sentence or
    /// the one before (the salient one) is its referent; none or several there leave it unbound.
    pub(super) fn salient_np_party(
        &self,
        np: Span,
        kinds: &[EntityType],
        fits: &dyn Fn(usize) -> bool,
    ) -> Option<(ActorRef, EntityType)> {
        let sents = &self.a.seg.sentences;
        let si = sents.partition_point(|s| s.span.end <= np.start).min(sents.len().saturating_sub(1));
        let from = sents[si.saturating_sub(1)].span.start;
        let ents = &self.a.entities;
        let i = self.groups.partition_point(|g| g.start < from);
        let mut found: Option<usize> = None;
        for g in self.groups[i..].iter().take_while(|g| g.end <= np.start) {
            for &m in &g.ments {
                let e = &ents[m];
                if e.id.is_none() || !e.members.is_empty() || !kinds.contains(&e.kind) || !fits(m) {
                    continue;
                }
                match found {
                    Some(f) if ents[f].id != e.id => return None,
                    _ => found = Some(m),
                }
            }
        }
        let e = &ents[found?];
        Some((ActorRef { id: e.id.clone(), name: e.name.clone(), acled_class: None }, e.kind))
    }
}

impl<'a, 'd> Extractor<'a, 'd> {
    /// The party a definite description opening the clause `mcs..mce` refers to ("The rights
    /// group said…", "The group said…": data/anaphora.tsv), when `np_ref` binds it; `None` for
    /// any other subject (unknown stays unknown).
    pub(super) fn bound_np_subject(
        &self,
        mcs: usize,
        mce: usize,
    ) -> Option<(Vec<ActorRef>, Vec<EntityType>)> {
        let np = self.np_after(mcs, mce)?;
        if !self.only_function_words(mcs, np.start) {
            return None;
        }
        let (r, k, bound) = self.np_ref(np);
        bound.then(|| (vec![r], vec![k]))
    }
}
