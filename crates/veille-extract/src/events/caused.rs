//! Caused acts: "ISWAP fighters overran the base, forcing troops to withdraw", "l'offensive a
//! contraint les soldats à se replier", "obligeant la junte à libérer…". The object of a verb of
//! forcing (`data/causative.tsv`) acts the infinitive after it; the subject of the causative verb
//! only caused it.

use super::*;
use crate::causative::Causative;
use veille_text::TokenKind;

/// Words of the object phrase between the causative verb and the infinitive marker, at most.
const MAX_OBJECT: usize = 8;

impl<'a, 'd> Extractor<'a, 'd> {
    /// A verb trigger right after an infinitive marker ("to", "à", with a reflexive "se" between)
    /// whose object phrase follows a causative verb form: that object phrase (its entity group, else
    /// the noun phrase, bound as an anaphor when it can be) is the event's actor.
    ///
    /// With a verb of ordering or advising (classes `order`, `advise`) and a withdrawal infinitive
    /// (French marker "de" as well: "a sommé X de quitter"), the leaving is not told as done but
    /// asked of the object: see [`Self::asked_to_leave`].
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
        let (marker, de) = match self.a.doc.lang {
            veille_core::Lang::En => (self.tok_is(t, &["to"]), false),
            _ => {
                let de = self.tok_is(t, &["de", "d'", "d’"]);
                (de || self.tok_is(t, &["à", "a"]), de)
            }
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
            if let Some(class) = forms.class(lang, self.tok_text(p)) {
                cause = Some((p, class));
                break;
            }
            k = p;
        }
        let Some((c, class)) = cause else { return };
        // (a noun use: "la force", "the push"; an object is needed)
        let articles: &[&str] = match lang {
            veille_core::Lang::En => &["the", "a", "an"],
            // ("a ordonné", "a contraint": the auxiliary, no article)
            _ => &["la", "le", "les", "une", "un"],
        };
        if c + 1 >= t || c.checked_sub(1).is_some_and(|b| self.tok_is(b, articles)) {
            return;
        }
        let withdrawal = d.kind == EventType::Retreat && d.mode.as_deref() == Some("withdraw");
        match class {
            // "forcer X à": "de" is no marker of it
            Causative::Cause if de => return,
            Causative::Cause => {}
            // another infinitive after advice or an order: not read here
            Causative::Advise | Causative::Order if !withdrawal => return,
            Causative::Advise | Causative::Order => {}
        }
        // "prompting both countries to recall their ambassadors": a pair named before, already the
        // actor of the sentence ("Bamako and Algiers…")
        let pair = class == Causative::Cause
            && (self.tok_is(c + 1, &["both"])
                || (c + 2 < t
                    && self.tok_is(c + 1, &["les", "the"])
                    && self.tok_is(c + 2, &["deux", "two"])));
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
        // ("a ordonné aux forces françaises de quitter": the object after "à")
        let first =
            if class != Causative::Cause && self.tok_is(c + 1, &["à", "au", "aux"]) { c + 2 } else { c + 1 };
        if first >= t {
            return;
        }
        let object = Span::new(toks[first].span.start, toks[t - 1].span.end);
        let (refs, kinds) = match self.groups_in(object.start, object.end).next() {
            Some(g) if g.end <= object.end => self.group_refs(g),
            _ => {
                let (r, k, _) = self.np_ref(object);
                (vec![r], vec![k])
            }
        };
        if class != Causative::Cause {
            self.asked_to_leave(d, class, refs, kinds);
            return;
        }
        if refs.is_empty()
            || (refs.len() == d.actor.len()
                && refs.iter().zip(&d.actor).all(|(a, b)| a.id == b.id && a.name == b.name))
        {
            return;
        }
        d.set_actor((refs, kinds), self.a.explain, "the object of a verb of forcing acts the infinitive");
    }

    /// "advised their citizens to leave Mali", "a demandé à ses ressortissants de quitter le pays",
    /// "Niamey … ordered American forces to leave a drone base": a departure only advised, or
    /// ordered to identified parties of another country than the clause's state or government
    /// (the draft's actor), is a demand that they leave (REQUEST yield: the one who asks is the
    /// actor, the object phrase the recipient), not a withdrawal told as done. An order to one's
    /// own people ("ordered non-emergency staff to leave its embassy") is the orderer's own
    /// withdrawal and keeps its reading.
    fn asked_to_leave(&self, d: &mut Draft, class: Causative, refs: Vec<ActorRef>, kinds: Vec<EntityType>) {
        if refs.is_empty() {
            return;
        }
        if class == Causative::Order {
            let Some(own) = d.actor.first().and_then(|r| self.party_country(r)) else { return };
            let states = d
                .actor
                .iter()
                .zip(&d.actor_kinds)
                .all(|(r, &k)| k == EntityType::Country && self.party_country(r).as_ref() == Some(&own));
            let foreign = refs.iter().zip(&kinds).all(|(r, &k)| {
                r.id.is_some() && k != EntityType::Person && self.party_country(r).as_ref() != Some(&own)
            });
            if !states || !foreign {
                return;
            }
        }
        d.retype(EventType::Request, Some("yield"), "diplomatic");
        d.set_recipient((refs, kinds), self.a.explain, "the object of a verb of ordering or advising");
        if self.a.explain {
            d.explain.push(step(
                "trigger",
                "a departure ordered to another country's party or only advised: a demand that it leave",
                Some(self.a.text(d.trigger).to_string()),
            ));
        }
    }
}
