//! An English plural trigger after a participle adjective that follows a preposition ("protest
//! against repeated attacks", "after coordinated raids", "amid renewed attacks"): a noun, not a
//! verb whose subject is the participle.

use super::*;

impl Extractor<'_, '_> {
    /// Hit `h` is one English token ending in "-s" with a verb and a noun reading, right after a
    /// lower-case "-ed" word that itself follows a preposition of `en_readings.tsv` (class `prep`):
    /// a participle after a preposition heads no subject, so the plural is a noun.
    pub(super) fn en_plural_after_participle(&self, h: usize) -> bool {
        if self.a.doc.lang != veille_core::Lang::En || !self.en_noun_and_verb(h) {
            return false;
        }
        let hit = self.hits[h];
        let toks = &self.a.seg.tokens;
        let first = toks.partition_point(|t| t.span.start < hit.start);
        if first < 2
            || first >= toks.len()
            || toks[first].span.start != hit.start
            || toks[first].span.end != hit.end
        {
            return false;
        }
        let w = self.tok_text(first);
        if w.len() < 4 || !w.ends_with('s') || w.ends_with("ss") {
            return false;
        }
        let adj = self.tok_text(first - 1);
        if adj.len() <= 4 || !adj.ends_with("ed") || !adj.chars().all(|c| c.is_lowercase()) {
            return false;
        }
        super::en_readings::LIST.get().class(veille_core::Lang::En, self.tok_text(first - 2))
            == Some(super::en_readings::Class::Prep)
    }
}
