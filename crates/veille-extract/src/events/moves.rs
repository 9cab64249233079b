//! Movements that are not what their verb says: where a withdrawal goes is not where it happens
//! ("the withdrawal of French troops from Niger … when the last convoy crossed into Chad"), and
//! attackers caught by a strike as they fall back do not withdraw as an event of their own ("des
//! frappes contre les assaillants dans leur repli", "airstrikes killed fighters as they withdrew").

use super::*;

impl<'a, 'd> Extractor<'a, 'd> {
    /// The place starting at `pos` is where something goes: "vers X", "en direction de X", "à
    /// destination de X", "pour X", "into X", "to X", "toward X". Back from the place, only
    /// determiners may come before the word of direction. The place of a withdrawal is where the
    /// force leaves, never where it goes (EVAL.md guideline 8: "leaving Mali").
    pub(super) fn destination_place(&self, pos: usize) -> bool {
        let mut pos = pos;
        for _ in 0..3 {
            let Some(t) = self.tok_before(pos) else { return false };
            if self.tok_is(t, &["le", "la", "l'", "l’", "les", "the"]) {
                pos = self.a.seg.tokens[t].span.start;
                continue;
            }
            if self.tok_is(t, &["vers", "pour", "into", "to", "toward", "towards"]) {
                return true;
            }
            // "en direction de Tessalit", "à destination du Tchad"
            return self.tok_is(t, &["de", "d'", "d’", "du", "des", "of"])
                && self
                    .tok_before(self.a.seg.tokens[t].span.start)
                    .is_some_and(|p| self.tok_is(p, &["direction", "destination"]));
        }
        false
    }

    /// A withdrawal told as the circumstance of a strike on those who withdraw ("ont mené des
    /// frappes contre les assaillants dans leur repli", "lors de leur retraite", "airstrikes
    /// killed several hundred terrorists as they withdrew"): attackers falling back after their
    /// attack are the strike's targets, not a party withdrawing. The withdrawal is introduced by
    /// a preposition of time and a possessive ("dans/pendant/durant/lors de/au cours de leur…") or
    /// by "as/while/when" and a subject pronoun, and a violent act comes before it in its sentence.
    pub(super) fn flight_under_fire(&self, d: &Draft) -> bool {
        if d.kind != EventType::Retreat || d.mode.as_deref() != Some("withdraw") || d.background {
            return false;
        }
        let Some(t1) = self.tok_before(d.trigger.start) else { return false };
        let Some(t0) = t1.checked_sub(1) else { return false };
        let framed = match self.a.doc.lang {
            veille_core::Lang::En => {
                self.tok_is(t1, &["they", "he", "it"]) && self.tok_is(t0, &["as", "while", "when"])
            }
            _ => {
                self.tok_is(t1, &["leur", "son", "sa"])
                    && (self.tok_is(t0, &["dans", "pendant", "durant"])
                        || self.tok_is(t0, &["de", "d'", "d’"])
                            && t0.checked_sub(1).is_some_and(|p| self.tok_is(p, &["lors", "cours"])))
            }
        };
        if !framed {
            return false;
        }
        let ss = self.a.seg.sentences[d.sentence].span;
        let lex = self.lex;
        self.hits[self.hits_in(Span::new(ss.start, self.a.seg.tokens[t0].span.start))]
            .iter()
            .any(|x| lex.entry(x).senses.iter().any(|&k| lex.senses[k as usize].kind == EventType::Assault))
    }
}

impl<'a, 'd> Extractor<'a, 'd> {
    /// A giving verb whose object is a span of time (cue `deadline`): "gave her 72 hours to leave",
    /// "lui a accordé trois jours": a deadline set by an order, not goods or services given. Up to
    /// three words (a pronoun, a figure) may come between the verb and the span; a word of time
    /// reference before it (cue `timeref`: "ces derniers jours", "in the coming days") makes it
    /// the time of the giving instead.
    pub(super) fn time_given(&self, d: &Draft) -> bool {
        if d.kind != EventType::Aid || d.nominal {
            return false;
        }
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[d.sentence].span;
        let first = toks.partition_point(|t| t.span.start < d.trigger.end);
        for t in toks.iter().skip(first).take(4) {
            if t.span.start >= ss.end || t.kind == veille_text::TokenKind::Punct {
                return false;
            }
            let Some((_, cues)) = self.cues_at(t.span.start) else { continue };
            // "a distribué ces derniers jours des abris": when the aid was given, not a deadline
            if cues.contains(&Cue::TimeRef) {
                return false;
            }
            if cues.contains(&Cue::Deadline) {
                return true;
            }
        }
        false
    }
}

impl<'a, 'd> Extractor<'a, 'd> {
    /// A participle of presence qualifying a noun ("les militaires américains encore stationnés
    /// au Niger", "troops stationed in Niger"): where forces are, not a deployment. With an
    /// auxiliary ("ont été stationnés") it stays an event.
    pub(super) fn stationed_state(&self, d: &Draft) -> bool {
        if d.kind != EventType::Mobilize || d.nominal {
            return false;
        }
        let w = veille_text::fold_cow(&self.a.doc.text[d.trigger.start..d.trigger.end]);
        if !(w.starts_with("stationne") && w.len() > "stationne".len() || w == "stationed") {
            return false;
        }
        // "Russia stationed 100 troops": an active verb has its object right after it; the
        // participle is followed by where the forces are ("stationnés au Niger", "stationed in")
        let toks = &self.a.seg.tokens;
        let next = toks.partition_point(|t| t.span.start < d.trigger.end);
        if next >= toks.len()
            || !self.tok_is(next, &["in", "at", "near", "au", "aux", "à", "a", "en", "dans", "sur", "près"])
        {
            return false;
        }
        !self.tok_before(d.trigger.start).is_some_and(|t| {
            self.tok_is(
                t,
                &[
                    "a", "ont", "été", "ete", "est", "sont", "sera", "seront", "avait", "avaient", "étaient",
                    "etaient", "was", "were", "been", "be", "is", "are", "has", "have", "had",
                ],
            )
        })
    }
}

impl<'a, 'd> Extractor<'a, 'd> {
    /// Aid told of a quantified noun ("attaquer tout convoi qui ravitaillerait Djibo", "attack any
    /// convoy that tried to supply the town", "any convoy bringing supplies"): a kind of delivery
    /// a threat or a rule is about, not one that took place. "tout"/"any" must determine a noun
    /// ("tout le pays" is no such quantifier) within six words before the trigger, in its clause.
    pub(super) fn generic_delivery(&self, d: &Draft) -> bool {
        if d.kind != EventType::Aid {
            return false;
        }
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[d.sentence].span;
        let mut i = toks.partition_point(|t| t.span.start < d.trigger.start);
        for _ in 0..6 {
            if i == 0 || toks[i - 1].span.start < ss.start {
                return false;
            }
            i -= 1;
            if toks[i].kind == veille_text::TokenKind::Punct {
                return false;
            }
            let quantifier = match self.a.doc.lang {
                veille_core::Lang::En => self.tok_is(i, &["any"]),
                _ => self.tok_is(i, &["tout", "toute"]),
            };
            if quantifier {
                return i + 1 < toks.len()
                    && toks[i + 1].kind != veille_text::TokenKind::Punct
                    && !self.tok_is(i + 1, &["le", "la", "l'", "l’", "les", "of", "de", "d'", "d’"]);
            }
        }
        false
    }
}
