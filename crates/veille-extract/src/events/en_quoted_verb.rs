//! English verb phrases quoted inside a verb group ('said it had "reinforced its military
//! presence" along the border', 'vowed that the perpetrators would be "hunted down wherever they
//! are"', 'said it had "neutralised scores of terrorists" in air strikes'): wire reports quote a
//! party's wording right after an auxiliary; the quotation is the rest of the verb phrase, so the
//! clause goes on through the marks and the verb keeps the subject before them (the English
//! counterpart of `quoted_participle.rs`, longer than a scare quote, `scare.rs`).

use super::*;

/// Tokens a quotation after an auxiliary may hold (marks included) and still be read as the rest
/// of the verb phrase, not a saying of its own.
const MAX_TOKENS: usize = 16;

impl Extractor<'_, '_> {
    /// An English quotation right after an auxiliary of its sentence ("had", "has", "have", "would
    /// be", "will be", "had been"…), opening with an event word: the rest of the verb phrase.
    pub(super) fn en_quoted_verb(&self, q: &crate::analysis::QuoteRef) -> bool {
        if q.indirect
            || self.a.doc.lang != veille_core::Lang::En
            || q.span.is_empty()
            || self.tokens_between(q.outer.start, q.outer.end) > MAX_TOKENS
        {
            return false;
        }
        if !self.quote_opens_with_trigger(q) {
            return false;
        }
        let ss = self.a.seg.sentences[self.sentence_of(q.outer.start)].span;
        self.tok_before(q.outer.start).is_some_and(|t| {
            self.a.seg.tokens[t].span.start >= ss.start
                && self.tok_is(
                    t,
                    &["had", "has", "have", "be", "been", "was", "were", "is", "are", "will", "would"],
                )
        })
    }
}
