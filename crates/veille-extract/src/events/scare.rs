//! English scare quotes: a word or two quoted inside a clause ("called the incident \"reckless\"
//! and urged…", "said it had made a \"strategic withdrawal\" and vowed…", "said it had
//! \"neutralised\" 14 attackers") mark the writer's distance from a party's wording; the clause goes
//! on through the marks, as for French guillemets around an event word.

use super::*;

impl Extractor<'_, '_> {
    /// An English quotation of at most three words, not indirect, right after a word of the same
    /// sentence (not after a comma, a colon or at the start of the sentence, where a short saying
    /// is a clause of its own), followed by "and"/"but" or opening with an event word.
    pub(super) fn en_scare_quote(&self, q: &crate::analysis::QuoteRef) -> bool {
        if q.indirect
            || self.a.doc.lang != veille_core::Lang::En
            || q.span.is_empty()
            || self.tokens_between(q.span.start, q.span.end) > 3
        {
            return false;
        }
        let ss = self.a.seg.sentences[self.sentence_of(q.outer.start)].span;
        let inside_clause = self.tok_before(q.outer.start).is_some_and(|t| {
            let tok = &self.a.seg.tokens[t];
            tok.span.start >= ss.start && tok.kind == veille_text::TokenKind::Word
        });
        if !inside_clause {
            return false;
        }
        // the clause goes on after the marks with a coordinated verb ("\"reckless\" and urged"), or
        // the quoted words are the party's own event word ("had \"neutralised\" 14 attackers")
        let toks = &self.a.seg.tokens;
        let next = toks.partition_point(|t| t.span.start < q.outer.end);
        let coordinated =
            next < toks.len() && toks[next].span.start < ss.end && self.tok_is(next, &["and", "but"]);
        let event_word = self.hits_in(Span::new(q.span.start, q.span.end)).next().is_some_and(|h| {
            self.hits[h].start == q.span.start
                && !self.lex.entries[self.hits[h].entry as usize].senses.is_empty()
        });
        coordinated || event_word
    }
}
