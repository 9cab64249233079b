//! Statements and reactions (ACCUSE, REQUEST, REJECT, SUPPORT, CONSULT, THREATEN): who speaks and
//! whom the reaction targets, where the clause grammar alone leaves them out.

use super::*;

/// A speech act or reaction: its actor is a speaker, its recipient the party it is addressed to or
/// is about.
pub(super) fn statement(k: EventType) -> bool {
    matches!(
        k,
        EventType::Accuse
            | EventType::Request
            | EventType::Reject
            | EventType::Support
            | EventType::Consult
            | EventType::Threaten
    )
}

/// A reaction to a decision: disapproval, refusal, support or a request about it.
fn reaction(k: EventType) -> bool {
    matches!(k, EventType::Accuse | EventType::Reject | EventType::Support | EventType::Request)
}

/// An act that is some party's decision (a measure, an expulsion, a withdrawal, a deployment, an
/// agreement…), not a statement about one nor violence.
fn decision_act(k: EventType) -> bool {
    !statement(k) && !matches!(k, EventType::Assault | EventType::Protest)
}

impl<'a, 'd> Extractor<'a, 'd> {
    /// `Orano said it "deplored" the decision`, "La chaîne a « regretté une décision »": a quotation
    /// opened inside the verb group (at most one word between its marks and the verb) quotes the
    /// verb; its subject stands before the marks. A subject pronoun there is the speaker of the
    /// speech verb right before it ("said it", "said in a statement it"); a noun phrase is the
    /// subject itself.
    pub(super) fn subject_outside_verb_quote(
        &self,
        si: usize,
        trig: Span,
    ) -> Option<(Vec<ActorRef>, Vec<EntityType>, &'static str)> {
        let q = self
            .a
            .quotes
            .iter()
            .find(|q| !q.indirect && q.span.contains(trig) && q.outer.start < q.span.start)?;
        if self.tokens_between(q.span.start, trig.start) > 1 {
            return None;
        }
        let ss = self.a.seg.sentences[si].span;
        let toks = &self.a.seg.tokens;
        let t = self.tok_before(q.outer.start).filter(|&t| toks[t].span.start >= ss.start)?;
        let ts = toks[t].span.start;
        if matches!(self.tok_text(t), ":" | ";" | ",") {
            return None;
        }
        if self.cues_at(ts).is_some_and(|(_, c)| c.contains(&Cue::Pron)) {
            // the speech verb right before the pronoun ("said it", "said in a statement it")
            let sh = self.hits[self.hits_in(Span::new(ss.start, ts))]
                .iter()
                .rev()
                .find(|x| self.lex.entry(x).has(Cue::Speech))
                .filter(|x| self.tokens_between(x.end, ts) <= 4)?;
            let (scs, _) = self.clause(si, sh.start);
            let g = self.subject(scs, sh.start)?;
            let parties = self.group_refs(g);
            return (!parties.0.is_empty()).then_some((
                parties.0,
                parties.1,
                "pronoun before a quoted verb: the speaker",
            ));
        }
        let (pcs, _) = self.clause(si, ts);
        let np = self.np_before(q.outer.start, pcs)?;
        let (r, k, _) = self.np_ref(np);
        Some((vec![r], vec![k], "subject before a quotation opened inside the verb group"))
    }

    /// "Orano a dénoncé la décision", "a « regretté une décision injustifiée »", "condemned the
    /// move": a reaction whose object is a decision (cue `decision`) with no identified recipient
    /// targets the one who decided: the identified actor of the latest decision told in the three
    /// sentences before it or earlier in its own (a measure, an expulsion, a withdrawal…; not
    /// violence, not another statement, not background).
    pub(super) fn decision_recipients(&self, drafts: &mut [Draft]) {
        for i in 0..drafts.len() {
            let d = &drafts[i];
            if !reaction(d.kind) || d.background || d.recipient.iter().any(|r| r.id.is_some()) {
                continue;
            }
            let ss = self.a.seg.sentences[d.sentence].span;
            let Some(obj) = self.hits[self.hits_in(Span::new(d.trigger.end, ss.end))]
                .iter()
                .find(|x| self.lex.entry(x).has(Cue::Decision))
                .filter(|x| self.tokens_between(d.trigger.end, x.start) <= 3)
            else {
                continue;
            };
            // nothing but determiners, adjectives, adverbs and quotation marks between
            if self.hits[self.hits_in(Span::new(d.trigger.end, obj.start))]
                .iter()
                .any(|x| !self.lex.entry(x).senses.is_empty())
            {
                continue;
            }
            let Some(dec) = drafts[..i].iter().rev().find(|p| {
                p.sentence + 3 >= d.sentence
                    && p.trigger.end <= d.trigger.start
                    && decision_act(p.kind)
                    && !p.background
                    && !p.actor.is_empty()
                    && p.actor.iter().all(|r| r.id.is_some())
            }) else {
                continue;
            };
            if dec.actor.iter().any(|x| d.actor.iter().any(|y| same_party(x, y))) {
                continue;
            }
            let (r, k) = (dec.actor.clone(), dec.actor_kinds.clone());
            let t = self.a.text(Span::new(obj.start, obj.end)).to_string();
            let d = &mut drafts[i];
            d.recipient = r;
            d.recipient_kinds = k;
            if self.a.explain {
                d.explain.push(step("recipient", "reaction to a decision: the one who decided it", Some(t)));
            }
        }
    }
}

impl<'a, 'd> Extractor<'a, 'd> {
    /// An unresolved speaker the text names by a proper name the tagger found (or an acronym
    /// defined in the text): every word capitalised but particles, two words at least or an
    /// acronym ("l'association Tabital Pulaaku", "le M62"; not "État", "Extrême-Nord").
    pub(super) fn named_speaker(&self, name: &str) -> bool {
        if !self.proper_name(name) {
            return false;
        }
        const PARTICLES: &[&str] =
            &["de", "du", "des", "la", "le", "les", "l'", "d'", "et", "pour", "of", "the", "and", "for"];
        let words: Vec<&str> = name.split_whitespace().collect();
        let acronym = |w: &str| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
        };
        let capitalised = words
            .iter()
            .all(|w| PARTICLES.contains(&w.to_lowercase().as_str()) || w.starts_with(char::is_uppercase));
        let caps = words.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
        capitalised && (caps >= 2 || words.iter().any(|w| acronym(w)))
    }
}

impl<'a, 'd> Extractor<'a, 'd> {
    /// A demand, threat or accusation by a described party addressed to civilians ("a exhorté les
    /// populations à collaborer", "gunmen threatened the villagers"): a reported act though no
    /// party resolves. The recipient holds a civilian noun (cue `civilian`) of the sentence.
    pub(super) fn addressed_to_civilians(&self, d: &Draft) -> bool {
        if !matches!(d.kind, EventType::Accuse | EventType::Request | EventType::Threaten)
            || d.actor.is_empty()
            || d.recipient.is_empty()
        {
            return false;
        }
        let ss = self.a.seg.sentences[d.sentence].span;
        self.hits[self.hits_in(ss)].iter().any(|x| {
            self.lex.entry(x).has(Cue::Civilian) && {
                let w = &self.a.doc.text[x.start..x.end];
                d.recipient.iter().any(|r| r.name.contains(w))
            }
        })
    }
}
