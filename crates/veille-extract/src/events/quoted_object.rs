//! A quoted noun phrase as the object of a clause: "a dénoncé une « dérive liberticide » de la
//! junte", "a déploré l'« alignement » du Niger sur Moscou". The marks open right after a determiner and the clause goes on after
//! them: the writer only marks the party's wording inside a noun phrase, so the verb's object and
//! the party it is about (the complement after the marks) are read through them.

use super::*;

impl Extractor<'_, '_> {
    /// A direct quotation of at most six tokens, right after a determiner of the same sentence,
    /// followed by a word of the same sentence (not by punctuation, where a quoted saying ends).
    pub(super) fn det_quoted_object(&self, q: &crate::analysis::QuoteRef) -> bool {
        // (French guillemets: an English quoted word is as often a whole short saying, scare.rs)
        if q.indirect
            || q.span.is_empty()
            || self.a.doc.lang != veille_core::Lang::Fr
            || self.tokens_between(q.span.start, q.span.end) > 6
        {
            return false;
        }
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[self.sentence_of(q.outer.start)].span;
        // the determiner right before the opening mark ("une «", "l'«")
        let Some(mut d) = self.tok_before(q.outer.start) else { return false };
        if matches!(self.tok_text(d), "'" | "’")
            && let Some(p) = self.tok_before(toks[d].span.start)
        {
            d = p;
        }
        if toks[d].span.start < ss.start
            || toks[d].kind != veille_text::TokenKind::Word
            || !self
                .cues_at(toks[d].span.start)
                .is_some_and(|(h, c)| c.contains(&Cue::Det) && self.hits[h].end <= q.outer.start)
        {
            return false;
        }
        // the clause goes on after the closing mark with a word ("» du Niger")
        let next = toks.partition_point(|t| t.span.start < q.outer.end);
        next < toks.len() && toks[next].span.end <= ss.end && toks[next].kind == veille_text::TokenKind::Word
    }
}
