//! The supplier of purchased goods. "un lot de blindés, acquis auprès de la Russie, a été
//! réceptionné", "la livraison de deux avions acquis auprès de la Fédération de Russie", "drones
//! acquired from Turkey": a delivery or a handover often names who gave the goods only by a
//! participle of purchase (cue `supplier` in `data/cues.tsv`) right before the seller. An aid
//! event with no identified actor takes the identified state or party that follows such a
//! participle in its sentence as its donor (docs/EVAL.md counts a sale of arms as aid by the
//! seller). A description after it ("acquis auprès de fournisseurs étrangers") gives nothing; the
//! seller taken for the object by the binder leaves the recipients.

use super::*;

impl Extractor<'_, '_> {
    /// The group right after a `supplier` cue, crossing an article ("auprès de la Russie").
    fn after_supplier_cue(&self, g: &Group, sentence_start: usize) -> bool {
        let toks = &self.a.seg.tokens;
        let mut pos = g.start;
        for _ in 0..2 {
            let Some(t) = self.tok_before(pos) else { return false };
            let ts = toks[t].span.start;
            if ts < sentence_start {
                return false;
            }
            let Some((h, cues)) = self.cues_at(ts) else { return false };
            if cues.contains(&Cue::Supplier) {
                return true;
            }
            if !cues.contains(&Cue::Det) {
                return false;
            }
            pos = self.hits[h].start;
        }
        false
    }

    /// An aid event with no identified actor takes the seller its sentence names after a
    /// participle of purchase (see the module documentation).
    pub(super) fn aid_supplier(&self, d: &mut Draft) {
        if d.kind != EventType::Aid || d.actor.iter().any(|r| r.id.is_some()) {
            return;
        }
        let ss = self.a.seg.sentences[d.sentence].span;
        let Some((refs, kinds)) = self
            .groups_in(ss.start, ss.end)
            .filter(|g| self.after_supplier_cue(g, ss.start))
            .map(|g| {
                let (refs, kinds) = self.group_refs(g);
                refs.into_iter()
                    .zip(kinds)
                    .filter(|(r, k)| r.id.is_some() && (is_party(*k) || *k == EntityType::Country))
                    .unzip::<_, _, Vec<_>, Vec<_>>()
            })
            .find(|(r, _)| !r.is_empty())
        else {
            return;
        };
        d.actor.clear();
        d.actor_kinds.clear();
        // ("a réceptionné deux hélicoptères acquis auprès de la partie russe": the seller taken for
        // the object is no recipient)
        let (rec, rkinds): (Vec<_>, Vec<_>) = d
            .recipient
            .drain(..)
            .zip(d.recipient_kinds.drain(..))
            .filter(|(p, _)| !refs.iter().any(|r| r.id == p.id))
            .unzip();
        (d.recipient, d.recipient_kinds) = (rec, rkinds);
        d.add_actors((refs, kinds), self.a.explain, "aid: the seller named after a participle of purchase");
    }
}
