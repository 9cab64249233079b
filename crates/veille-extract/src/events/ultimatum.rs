//! "Il dispose de 72 heures pour quitter le territoire", "gave her 72 hours to leave the
//! country": leaving within a deadline is what an order demands, not a withdrawal told as done.

use super::*;

impl<'a, 'd> Extractor<'a, 'd> {
    /// A withdrawal verb in the infinitive right after "pour"/"to" that follows a span of time
    /// (cue `deadline`: "heures", "jours", "hours", "days"): the deadline's content, no event.
    pub(super) fn leaving_by_deadline(&self, h: usize, sense: &Sense) -> bool {
        if sense.kind != EventType::Retreat
            || sense.mode.as_deref() != Some("withdraw")
            || sense.pos != Pos::Verb
            || sense.tense != Tense::Base
        {
            return false;
        }
        let Some(t) = self.tok_before(self.hits[h].start) else { return false };
        if !matches!(veille_text::fold_cow(self.tok_text(t)).as_ref(), "pour" | "to") {
            return false;
        }
        let Some(d) = self.tok_before(self.a.seg.tokens[t].span.start) else { return false };
        self.cues_at(self.a.seg.tokens[d].span.start).is_some_and(|(_, c)| c.contains(&Cue::Deadline))
    }
}
