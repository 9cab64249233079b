//! Additional acts: a deployment, dispatch or delivery whose complement is qualified as more
//! ("l'envoi de renforts supplémentaires", "le déploiement d'un bataillon supplémentaire", "would
//! deploy an additional 1,200 troops"; word list in `data/additional.tsv`) presupposes an earlier
//! one and tells a new act: a later mention so qualified does not refer back to an event told
//! before (document coreference), even after a definite noun ("l'envoi", "le déploiement").

use super::*;
use crate::wordlist::EmbeddedList;

/// Words after a trigger read for an "additional" qualifier ("l'envoi de 1 500 militaires
/// supplémentaires": the numeral and the unit noun come between).
const WINDOW: usize = 6;

pub(super) static LIST: EmbeddedList<()> =
    EmbeddedList::new(include_str!("../../data/additional.tsv"), "additional.tsv", |c| {
        (c == "additional").then_some(())
    });

impl Extractor<'_, '_> {
    /// The event's trigger is followed, within a few words of its own clause (no punctuation in
    /// between), by a word of `additional.tsv`: it tells a further act of the kinds that are
    /// repeated (deployment, aid), not one told before.
    pub(super) fn additional_act(&self, d: &Draft) -> bool {
        if !matches!(d.kind, EventType::Mobilize | EventType::Aid) {
            return false;
        }
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[d.sentence].span;
        let first = toks.partition_point(|t| t.span.start < d.trigger.end);
        let lang = self.a.doc.lang;
        for (k, t) in toks.iter().enumerate().skip(first).take(WINDOW) {
            if t.span.start >= ss.end || t.kind == veille_text::TokenKind::Punct {
                break;
            }
            if LIST.get().class(lang, self.tok_text(k)).is_some() {
                return true;
            }
        }
        false
    }
}
