//! "Des renforts venus de Ouahigouya ont été acheminés vers Djibo", "reinforcements were flown
//! in to the town": a deployment told by the force it moves, with no author named.

use super::*;

impl<'a, 'd> Extractor<'a, 'd> {
    /// A mobilization named by an indefinite noun ("des renforts", "reinforcements", not "le
    /// déploiement" whose author the clause gives) with a place and no party: reported, like
    /// violence with no known perpetrator, where the text puts the forces.
    pub(super) fn unattributed_reinforcements(&self, d: &Draft) -> bool {
        if d.kind != EventType::Mobilize || d.background || d.location.is_none() {
            return false;
        }
        // "500 soldats supplémentaires ont été déployés à Bawku": soldiers sent by no one named
        if d.agentless_forces {
            return true;
        }
        if !d.nominal {
            return false;
        }
        let Some(t) = self.tok_before(d.trigger.start) else { return true };
        let before = veille_text::fold_cow(self.tok_text(t));
        match self.a.doc.lang {
            veille_core::Lang::En => !matches!(before.as_ref(), "the" | "its" | "their" | "his" | "her"),
            _ => matches!(before.as_ref(), "des" | "de" | "d'" | "d’" | "," | "." | ":"),
        }
    }
}

impl<'a, 'd> Extractor<'a, 'd> {
    /// The place starting at `pos` is where something comes from: "venus de X", "en provenance
    /// de X", "venus de Niono et de Tombouctou", "(arriving) from X". Back from the place, only
    /// "de"/"et"/commas and other capitalised names may come before the word of origin.
    pub(super) fn origin_place(&self, pos: usize) -> bool {
        let mut pos = pos;
        for _ in 0..10 {
            let Some(t) = self.tok_before(pos) else { return false };
            let raw = self.tok_text(t);
            let w = veille_text::fold_cow(raw);
            match w.as_ref() {
                "from" | "venu" | "venus" | "venue" | "venues" | "provenance" => return true,
                "de" | "d'" | "d’" | "du" | "des" | "et" | "and" | "," => {}
                _ if raw.starts_with(char::is_uppercase) => {}
                _ => return false,
            }
            pos = self.a.seg.tokens[t].span.start;
        }
        false
    }
}

impl<'a, 'd> Extractor<'a, 'd> {
    /// "des renforts venus de Niono, appuyés par des éléments de l'Africa Corps, sont arrivés":
    /// support in apposition right after a mobilization noun with no actor qualifies the forces
    /// moved; its supporters take part in the deployment.
    pub(super) fn supports_unnamed_force(&self, p: &Draft, d: &Draft) -> bool {
        p.kind == EventType::Mobilize
            && p.nominal
            && p.actor.is_empty()
            && p.sentence == d.sentence
            && p.trigger.end <= d.trigger.start
            && self.tokens_between(p.trigger.end, d.trigger.start) <= 10
    }
}
