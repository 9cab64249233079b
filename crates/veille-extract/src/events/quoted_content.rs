//! Quoted content: the writer often quotes a demand or a threat in the party's own words right
//! after the verb that makes it ("a appelé le gouvernement à « suspendre la coopération »",
//! "menaçant de « sanctions exemplaires »", "a demandé aux autorités « une enquête transparente »",
//! "urged the federal government to \"urgently deploy more troops\""). The quotation marks cut the
//! clause, so the content checks of `constructions.rs` do not see the governing verb: what is asked,
//! threatened or refused inside such a quote is the statement's content, no event of its own
//! (guideline 3), as it is without the marks.

use super::*;
use veille_text::TokenKind;

/// Words at most between the opening mark and the trigger ("« une enquête", "\"urgently deploy").
const LEAD: usize = 2;
/// Tokens read back from the opening mark for the governing trigger ("a appelé les Nations unies à
/// ouvrir « une enquête »").
const REACH: usize = 7;

impl Extractor<'_, '_> {
    /// The trigger opens a direct quotation of its sentence, and the nearest trigger before the
    /// opening mark (no punctuation between, a few words back) is a threat, a request or a refusal
    /// whose content it is: a verb always; a noun of a threat, of a request unless it is a
    /// withdrawal (a demanded withdrawal stays an event, as in `governed`), never of a refusal.
    pub(super) fn quoted_content(&self, h: usize, sense: &Sense) -> bool {
        let hit = self.hits[h];
        let Some(q) =
            self.a.quotes.iter().find(|q| !q.indirect && q.span.start <= hit.start && hit.end <= q.span.end)
        else {
            return false;
        };
        if q.outer.start >= q.span.start || self.tokens_between(q.span.start, hit.start) > LEAD {
            return false;
        }
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[self.sentence_of(hit.start)].span;
        if q.outer.start < ss.start {
            return false;
        }
        let mut pos = q.outer.start;
        for _ in 0..REACH {
            let Some(t) = self.tok_before(pos) else { return false };
            let tk = toks[t];
            if tk.span.start < ss.start || tk.kind == TokenKind::Punct {
                return false;
            }
            pos = tk.span.start;
            let Some(i) = self.hit_covering(tk.span.start) else { continue };
            let e = self.lex.entry(&self.hits[i]);
            let Some(&s) = e.senses.first() else { continue };
            if e.has(Cue::Block) {
                continue;
            }
            let gov = &self.lex.senses[s as usize];
            return match gov.kind {
                EventType::Threaten => true,
                EventType::Request => sense.pos != Pos::Noun || sense.mode.as_deref() != Some("withdraw"),
                EventType::Reject => sense.pos != Pos::Noun,
                _ => false,
            };
        }
        false
    }
}
