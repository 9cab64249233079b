//! Victims named by where the dead fell: "une attaque contre la base de Bohoma avait fait une
//! centaine de morts dans les rangs de l'armée", "faisant deux morts dans les rangs des FAMa",
//! "a fait quatre morts parmi les forces maliennes". The party after "dans les rangs de" or
//! "parmi" a casualty word is the one the assault struck: its recipient, when the trigger's own
//! phrase named no identified party (never the assault's own actor: "au prix de 17 morts dans
//! les rangs de l'armée" is the actor's cost).

use super::*;

/// Tokens between the casualty word and the party phrase ("morts dans les rangs de l'").
const WINDOW: usize = 6;

impl Extractor<'_, '_> {
    /// The party group named as where an assault's dead fell, after the trigger in its sentence.
    fn fallen_ranks(&self, d: &Draft) -> Option<&Group> {
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[d.sentence].span;
        let mut i = toks.partition_point(|t| t.span.start < d.trigger.end);
        while i < toks.len() && toks[i].span.start < ss.end {
            // "dans les rangs de/des/du", "parmi"
            let opener = (self.tok_is(i, &["parmi"])
                || (self.tok_is(i, &["rangs"])
                    && i >= 2
                    && self.tok_is(i - 1, &["les"])
                    && self.tok_is(i - 2, &["dans"])))
            .then_some(i + 1);
            if let Some(after) = opener {
                let at = toks[i].span.start;
                let from = toks[i.saturating_sub(WINDOW)].span.start.max(d.trigger.end);
                let casualty = self.hits[self.hits_in(Span::new(from, at))]
                    .iter()
                    .any(|x| self.lex.entry(x).has(Cue::Fatal) || self.lex.entry(x).has(Cue::Injured));
                // "au prix de 17 morts": the cost of the act to its own author
                let cost = (i.saturating_sub(WINDOW + 2)..i).any(|k| self.tok_is(k, &["prix", "coût"]));
                if casualty
                    && !cost
                    && let Some(t) = toks.get(after)
                    && let Some(g) = self.groups_in(t.span.start, ss.end).next()
                    && self.tokens_between(t.span.start, g.start) <= 2
                    && g.ments.iter().all(|&m| is_party(self.a.entities[m].kind))
                {
                    return Some(g);
                }
            }
            i += 1;
        }
        None
    }

    /// Gives an assault whose recipient names no identified party the party its dead fell in.
    pub(super) fn victims_in_ranks(&self, d: &mut Draft) {
        if self.a.doc.lang != veille_core::Lang::Fr
            || d.kind != EventType::Assault
            || d.recipient.iter().any(|r| r.id.is_some())
        {
            return;
        }
        let Some(g) = self.fallen_ranks(d) else { return };
        let parties = self.group_refs(g);
        if parties.0.is_empty() || parties.0.iter().any(|r| d.actor.iter().any(|a| same_party(a, r))) {
            return;
        }
        d.set_recipient(
            parties,
            self.a.explain,
            "casualties \"dans les rangs de\"/\"parmi\" a party: it was struck",
        );
    }
}
