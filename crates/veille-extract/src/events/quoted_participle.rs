//! A party's own words quoted right after an auxiliary: the quotation is the rest of the verb
//! phrase, not a saying of its own, so the clause goes on through the marks and the verb keeps
//! the subject before them (a longer quotation than a scare quote, `clauses.rs` and `scare.rs`).
//! - French, after a past infinitive: "l'armée affirme avoir « neutralisé plus de 80
//!   terroristes »", "dit d'avoir « détruit trois bases logistiques »";
//! - English, after a finite auxiliary: 'said it had "reinforced its military presence" along the
//!   border', 'vowed that the perpetrators would be "hunted down wherever they are"'.

use super::*;

/// Tokens such a quotation may hold (marks included) and still be read as the rest of the verb
/// phrase.
const MAX_TOKENS: usize = 16;

/// English auxiliaries a quoted verb phrase may follow.
const EN_AUX: &[&str] = &["had", "has", "have", "be", "been", "was", "were", "is", "are", "will", "would"];

impl Extractor<'_, '_> {
    /// A quotation right after an auxiliary of its sentence ("avoir"/"d'avoir" in French; "had",
    /// "would be"… in English), opening with an event word.
    pub(super) fn quoted_participle(&self, q: &crate::analysis::QuoteRef) -> bool {
        let lang = self.a.doc.lang;
        if q.indirect
            || !matches!(lang, veille_core::Lang::Fr | veille_core::Lang::En)
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
                && if lang == veille_core::Lang::Fr {
                    matches!(veille_text::fold_cow(self.tok_text(t)).as_ref(), "avoir" | "d'avoir")
                } else {
                    self.tok_is(t, EN_AUX)
                }
        })
    }
}
