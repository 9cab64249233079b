//! A state measure told with no agent of its own, announced in its sentence by a party: "Une
//! nouvelle vague de recrutement de 5 000 VDP doit être lancée le mois prochain, a annoncé le
//! ministère de la Défense" (the inverted announcer after a comma), "« … », a-t-il déclaré,
//! annonçant le déploiement d'un bataillon supplémentaire" (a participle of announcing: its
//! subject, the speaker). A deployment, a restriction or a sanction is the act of the state that
//! announces it (a person announces for his state); "annoncer" is no speech cue (it marks a pledge),
//! so the inverted announcer gives no source and the rules of speakers do not reach it.

use super::*;

impl Extractor<'_, '_> {
    /// Gives the state announcing it to every MOBILIZE, COERCE or SANCTION draft with no actor.
    pub(super) fn announced_measures(&self, drafts: &mut [Draft]) {
        if self.a.doc.lang != veille_core::Lang::Fr {
            return;
        }
        for d in drafts.iter_mut() {
            if !d.actor.is_empty()
                || d.background
                || !matches!(d.kind, EventType::Mobilize | EventType::Coerce | EventType::Sanction)
            {
                continue;
            }
            let found = self
                .inverted_announcer(d)
                .map(|g| (g, "no agent: the party announcing it after a comma (\", a annoncé X\")"))
                .or_else(|| {
                    self.participle_announcer(d)
                        .map(|g| (g, "no agent: the subject of the participle announcing it (\"annonçant le …\")"))
                })
                .or_else(|| {
                    self.split_passive_told(d).map(|g| {
                        (g, "no agent: the state that tells the measure (a passive split by quotes or an adverb)")
                    })
                });
            // "des éléments de la force unifiée seraient « prochainement » déployés": the forces
            // moved by a split passive are its actor; its conditional or future is announced
            if let Some((aux, cs, at)) = self.split_passive_aux(d) {
                if (matches!(aux.as_str(), "sera" | "seront")
                    || (!d.source.is_empty() && aux.starts_with("serai")))
                    && d.status == Status::Asserted
                {
                    d.status = Status::Pledged;
                }
                if d.kind == EventType::Mobilize
                    && let Some(g) = self.subject(cs, at)
                {
                    let (refs, kinds) = self.group_refs(g);
                    if refs.iter().any(|r| r.id.is_some()) {
                        d.set_actor(
                            (refs, kinds),
                            self.a.explain,
                            "split passive of moving forces: its subject",
                        );
                        continue;
                    }
                }
            }
            let Some((ments, rule)) = found else { continue };
            let (refs, kinds) = self.announcing_states(&ments);
            if refs.is_empty()
                || refs.iter().any(|x| d.recipient.iter().any(|y| y.id.is_some() && y.id == x.id))
            {
                continue;
            }
            d.set_actor((refs, kinds), self.a.explain, rule);
        }
    }

    /// ", a annoncé le ministère de la Défense" after the trigger in its sentence: the entity
    /// mentions of the group right after the verb.
    fn inverted_announcer(&self, d: &Draft) -> Option<Vec<usize>> {
        let ss = self.a.seg.sentences[d.sentence].span;
        let toks = &self.a.seg.tokens;
        let mut k = toks.partition_point(|t| t.span.start < d.trigger.end);
        while k + 1 < toks.len() && toks[k].span.start < ss.end {
            if self.tok_text(k) == "," {
                let mut v = k + 1;
                if v < toks.len() && self.tok_is(v, &["a", "ont", "avait", "avaient"]) {
                    v += 1;
                }
                if v < toks.len()
                    && toks[v].span.start < ss.end
                    && veille_text::fold_cow(self.tok_text(v)).starts_with("annonc")
                {
                    let end = toks[v].span.end;
                    let g = self.groups_in(end, ss.end).next()?;
                    return (self.tokens_between(end, g.start) <= 3).then(|| g.ments.clone());
                }
            }
            k += 1;
        }
        None
    }

    /// "annonçant le déploiement …": the participle right before the trigger's determiner; its
    /// subject is the speaker of a quotation closing before it in the sentence, else the subject
    /// of the sentence.
    fn participle_announcer(&self, d: &Draft) -> Option<Vec<usize>> {
        let ss = self.a.seg.sentences[d.sentence].span;
        let mut t = self.tok_before(d.trigger.start)?;
        if self.tok_is(t, &["le", "la", "l'", "l’", "les", "un", "une", "des", "d'", "d’", "de"]) {
            t = self.tok_before(self.a.seg.tokens[t].span.start)?;
        }
        let p = self.a.seg.tokens[t].span;
        if p.start < ss.start || veille_text::fold_cow(self.tok_text(t)) != "annoncant" {
            return None;
        }
        let quoted = self.a.quotes.iter().rev().find(|q| q.outer.end <= p.start && q.outer.start >= ss.start);
        if let Some(q) = quoted {
            let sp = q.speaker?;
            if let Some(g) =
                self.groups.iter().find(|g| g.start <= sp.start && sp.end <= g.end && g.end <= p.start)
            {
                return Some(g.ments.clone());
            }
            // a pronoun speaker ("a-t-il déclaré"): the last person named before the quotation
            let m = self.a.entities.iter().rposition(|e| {
                e.span.end <= q.outer.start && e.kind == EntityType::Person && e.id.is_some()
            })?;
            let s = self.sentence_of(self.a.entities[m].span.start);
            return (s + 2 >= d.sentence).then(|| vec![m]);
        }
        self.subject(ss.start, p.start).map(|g| g.ments.clone())
    }

    /// "seraient « prochainement » déployés", "ont été rapidement dissous": a passive or future
    /// participle whose auxiliary stands a few quote marks or adverbs before it, with one source
    /// (the speaker): the speaker's mention (the rule of `draft.rs` reads only the word right
    /// before the participle).
    fn split_passive_told(&self, d: &Draft) -> Option<Vec<usize>> {
        if d.source.len() != 1 {
            return None;
        }
        let id = d.source[0].id.as_deref()?;
        self.split_passive_aux(d)?;
        let m = self
            .a
            .entities
            .iter()
            .rposition(|e| e.id.as_deref() == Some(id) && e.span.end <= d.trigger.start)?;
        Some(vec![m])
    }

    /// The auxiliary (folded) of a verb trigger whose auxiliary stands one to three quote marks or
    /// adverbs before it, the start of its clause and its own start.
    fn split_passive_aux(&self, d: &Draft) -> Option<(String, usize, usize)> {
        if d.nominal {
            return None;
        }
        let ss = self.a.seg.sentences[d.sentence].span;
        let mut pos = d.trigger.start;
        let mut skipped = 0;
        loop {
            let t = self.tok_before(pos)?;
            let sp = self.a.seg.tokens[t].span;
            if sp.start < ss.start {
                return None;
            }
            let w = veille_text::fold_cow(self.tok_text(t));
            if matches!(w.as_ref(), "serait" | "seraient" | "sera" | "seront" | "ete") {
                if skipped == 0 {
                    return None;
                }
                let (cs, _) = self.clause(d.sentence, sp.start);
                return Some((w.into_owned(), cs, sp.start));
            }
            let skippable = matches!(w.as_ref(), "«" | "»" | "\"" | "bientot" | "deja" | "aussitot")
                || (w.len() > 6 && w.ends_with("ment"));
            skipped += 1;
            if !skippable || skipped > 3 {
                return None;
            }
            pos = sp.start;
        }
    }

    /// The identified states (or state forces) of the mentions `ments`: a person stands for his
    /// state.
    fn announcing_states(&self, ments: &[usize]) -> (Vec<ActorRef>, Vec<EntityType>) {
        let (mut refs, mut kinds) = (Vec::new(), Vec::new());
        for &m in ments {
            let e = &self.a.entities[m];
            match e.kind {
                EntityType::Person => {
                    if let Some(cc) = e.country.as_deref() {
                        push_ref(&mut refs, &mut kinds, self.state_ref(cc), EntityType::Country);
                    }
                }
                EntityType::Country | EntityType::StateForce if e.id.is_some() => {
                    let r = ActorRef { id: e.id.clone(), name: e.name.clone(), acled_class: None };
                    push_ref(&mut refs, &mut kinds, r, e.kind);
                }
                _ => {}
            }
        }
        (refs, kinds)
    }
}
