//! A quotation inserted in a clause to describe a party ("les assaillants, « venus de l'autre côté
//! de la frontière » à bord de motos, ont été repoussés"): its marks bound the clause for the
//! readings inside it, but the words before it still belong to the clause that goes on after it.

use super::*;

impl Extractor<'_, '_> {
    /// Start of the clause holding byte `pos` of sentence `si` when quotation marks are not taken
    /// as bounds (only complementizers, speech verbs, subordinators, `;`, `:` and the dateline are).
    pub(super) fn clause_start_through_quotes(&self, si: usize, pos: usize) -> usize {
        let ss = self.a.seg.sentences[si].span;
        let k = self.bounds.partition_point(|b| b.1 <= pos);
        self.bounds[..k].iter().rev().find(|b| b.0 < b.1).map_or(ss.start, |b| b.1.max(ss.start)).min(pos)
    }
}
