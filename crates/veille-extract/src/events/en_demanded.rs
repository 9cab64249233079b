//! The act asked for in an English mandative clause ("demanded that France withdraw its troops",
//! "demanding that the government deploy more troops"): its verb is in the bare form right after
//! "<demand verb> that <subject>", and it is the content of the demand, no event of its own.

use super::*;

/// Tokens read back from the verb to "that" (the subject of the clause between).
const SUBJECT_WINDOW: usize = 8;

impl Extractor<'_, '_> {
    /// An English verb trigger in the bare form (or "be" + participle) whose clause opens with
    /// "that" right after a verb of demanding (`demanded.tsv`), with no punctuation between, is
    /// what the demand asks for.
    pub(super) fn en_demanded_act(&self, d: &Draft) -> Option<&'static str> {
        if self.a.doc.lang != veille_core::Lang::En || d.nominal {
            return None;
        }
        let toks = &self.a.seg.tokens;
        let v = toks.partition_point(|t| t.span.start < d.trigger.start);
        let verb = self.tok_text(v).to_ascii_lowercase();
        let prev_be = v > 0 && self.tok_is(v - 1, &["be"]);
        let bare = !(verb.ends_with("ed") || verb.ends_with("ing") || verb.ends_with('s'));
        if !bare && !prev_be {
            return None;
        }
        let mut k = v;
        for _ in 0..SUBJECT_WINDOW {
            k = k.checked_sub(1)?;
            if toks[k].kind == veille_text::TokenKind::Punct {
                return None;
            }
            if self.tok_is(k, &["that"]) {
                let w = k.checked_sub(1)?;
                // "that" right after the verb of demanding, and a subject between "that" and the verb
                return (k + 1 < v
                    && crate::demanded::WORDS.get().class(veille_core::Lang::En, self.tok_text(w))
                        == Some(crate::demanded::Demanded::Verb))
                .then_some("the act asked for in a mandative clause (\"demanded that X withdraw\")");
            }
        }
        None
    }
}
