//! A party's own words quoted after a past infinitive ("l'armée affirme avoir « neutralisé plus de
//! 80 terroristes »", "dit d'avoir « détruit trois bases logistiques »"): the quotation is the
//! participle and its object, the rest of the infinitive clause; the clause goes on through the
//! marks, whatever their length, so the participle keeps the subject of the speech verb (a longer
//! quotation than a scare quote, `clauses.rs`, but bound to the auxiliary right before it).

use super::*;

/// Tokens a quotation after "avoir" may hold (marks included) and still be read as the clause's
/// participle phrase, not a saying of its own.
const MAX_TOKENS: usize = 16;

impl Extractor<'_, '_> {
    /// A French quotation right after "avoir"/"d'avoir" (in its sentence), opening with an event
    /// word: the participle phrase of the past infinitive.
    pub(super) fn quoted_participle(&self, q: &crate::analysis::QuoteRef) -> bool {
        if q.indirect
            || self.a.doc.lang != veille_core::Lang::Fr
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
                && matches!(veille_text::fold_cow(self.tok_text(t)).as_ref(), "avoir" | "d'avoir")
        })
    }
}
