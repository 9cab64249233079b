//! English clauses joined by ", and" with a subject of their own ("ECOWAS condemned the killings,
//! and U.N. Secretary-General António Guterres called for…", "The army said it repelled the attack,
//! but residents said…"): a verb whose own clause opens after ", and"/", but"/", while" with a named
//! party right before the verb group has that party as subject, not the subject of the clause
//! before the comma.

use super::*;

/// Words read between the conjunction and the party ("and U.N. Secretary-General António
/// Guterres", "and the African Union"): titles and determiners, at most this many tokens.
const TITLE_WINDOW: usize = 5;

/// Tokens allowed between the party and the verb ("has also", "on Monday"), no punctuation.
const VERB_GAP: usize = 3;

impl Extractor<'_, '_> {
    /// An active English verb trigger whose actor is the first subject group of its clause, when a
    /// later group stands right before the verb group after ", and"/", but"/", while": that group
    /// is the actor.
    pub(super) fn and_clause_subject(&self, d: &mut Draft) {
        if self.a.doc.lang != veille_core::Lang::En {
            return;
        }
        let Some((cs, g)) = self.actor_is_clause_subject(d) else { return };
        let g_end = g.end;
        // the last group before the verb, after the subject
        let Some(g2) = self.groups_in(g_end, d.trigger.start).last() else { return };
        if g2.start <= g_end || self.marker(g2, cs).is_some() {
            return;
        }
        // right before the verb group: a few lower-case words at most, no punctuation
        let toks = &self.a.seg.tokens;
        let from = toks.partition_point(|t| t.span.start < g2.end);
        let to = toks.partition_point(|t| t.span.start < d.trigger.start);
        if to < from
            || to - from > VERB_GAP
            || (from..to).any(|k| {
                toks[k].kind == veille_text::TokenKind::Punct
                    || self.tok_text(k).chars().next().is_some_and(|c| !c.is_lowercase())
            })
        {
            return;
        }
        // before the group: ", and" (titles and determiners between)
        let mut k = toks.partition_point(|t| t.span.start < g2.start);
        let mut seen = 0;
        let conj = loop {
            let Some(j) = k.checked_sub(1) else { return };
            if toks[j].span.start < g_end {
                return;
            }
            if self.tok_is(j, &["and", "but", "while", "whereas"]) {
                break j;
            }
            let w = self.tok_text(j);
            let title = w.chars().next().is_some_and(|c| c.is_uppercase())
                || matches!(w, "the" | "'s" | "’s" | "." | "-")
                || w.ends_with('.');
            if !title || seen >= TITLE_WINDOW {
                return;
            }
            seen += 1;
            k = j;
        };
        if conj == 0 || self.tok_text(conj - 1) != "," || toks[conj - 1].span.start < g_end {
            return;
        }
        let parties = self.group_refs(g2);
        if parties.0.is_empty() {
            return;
        }
        d.set_actor(parties, self.a.explain, "a clause after \", and\": the party right before the verb");
    }
}
