//! Caused acts: "ISWAP fighters overran the base, forcing troops to withdraw", "l'offensive a
//! contraint les soldats à se replier", "obligeant la junte à libérer…". The object of a verb of
//! forcing (`data/causative.tsv`) acts the infinitive after it; the subject of the causative verb
//! only caused it.

use super::*;
use veille_text::TokenKind;

/// Words of the object phrase between the causative verb and the infinitive marker, at most.
const MAX_OBJECT: usize = 6;

impl<'a, 'd> Extractor<'a, 'd> {
    /// A verb trigger right after an infinitive marker ("to", "à", with a reflexive "se" between)
    /// whose object phrase follows a causative verb form: that object phrase (its entity group, else
    /// the noun phrase, bound as an anaphor when it can be) is the event's actor.
    pub(super) fn caused_act(&self, d: &mut Draft) {
        if d.nominal {
            return;
        }
        let toks = &self.a.seg.tokens;
        let Some(mut t) = self.tok_before(d.trigger.start) else { return };
        if self.a.doc.lang != veille_core::Lang::En && self.tok_is(t, &["se", "s'", "s’"]) {
            let Some(p) = self.tok_before(toks[t].span.start) else { return };
            t = p;
        }
        let marker = match self.a.doc.lang {
            veille_core::Lang::En => self.tok_is(t, &["to"]),
            _ => self.tok_is(t, &["à", "a"]),
        };
        if !marker {
            return;
        }
        // back from the marker: the object phrase, then the causative form
        let forms = crate::causative::FORMS.get();
        let lang = self.a.doc.lang;
        let mut cause = None;
        let mut k = t;
        for _ in 0..=MAX_OBJECT {
            let Some(p) = k.checked_sub(1) else { return };
            if toks[p].kind == TokenKind::Punct {
                return;
            }
            if forms.class(lang, self.tok_text(p)).is_some() {
                cause = Some(p);
                break;
            }
            k = p;
        }
        let Some(c) = cause else { return };
        // (a noun use: "la force", "the push"; an object is needed)
        if c + 1 >= t
            || c.checked_sub(1).is_some_and(|b| self.tok_is(b, &["la", "le", "les", "the", "a", "une", "un"]))
        {
            return;
        }
        // "prompting both countries to recall their ambassadors": a pair named before, already the
        // actor of the sentence ("Bamako and Algiers…")
        let pair = self.tok_is(c + 1, &["both"])
            || (c + 2 < t && self.tok_is(c + 1, &["les", "the"]) && self.tok_is(c + 2, &["deux", "two"]));
        if pair {
            // the two states named before it in the sentence, else the actor stays
            let ss = self.a.seg.sentences[d.sentence].span;
            let mut states: Vec<&str> = Vec::new();
            for e in self
                .a
                .entities
                .iter()
                .filter(|e| e.span.start >= ss.start && e.span.end <= toks[c].span.start)
            {
                if e.kind == EntityType::Country
                    && let Some(id) = e.id.as_deref()
                    && !states.contains(&id)
                {
                    states.push(id);
                }
            }
            if let [x, y] = states[..] {
                let refs = [x, y]
                    .iter()
                    .map(|id| ActorRef {
                        id: Some(id.to_string()),
                        name: self.name_of(id),
                        acled_class: None,
                    })
                    .collect();
                d.set_actor(
                    (refs, vec![EntityType::Country; 2]),
                    self.a.explain,
                    "`both`/`les deux` after a verb of forcing: the two states named before",
                );
            }
            return;
        }
        let object = Span::new(toks[c + 1].span.start, toks[t - 1].span.end);
        let (refs, kinds) = match self.groups_in(object.start, object.end).next() {
            Some(g) if g.end <= object.end => self.group_refs(g),
            _ => {
                let (r, k, _) = self.np_ref(object);
                (vec![r], vec![k])
            }
        };
        if refs.is_empty()
            || (refs.len() == d.actor.len()
                && refs.iter().zip(&d.actor).all(|(a, b)| a.id == b.id && a.name == b.name))
        {
            return;
        }
        d.set_actor((refs, kinds), self.a.explain, "the object of a verb of forcing acts the infinitive");
    }
}
