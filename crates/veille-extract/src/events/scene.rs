//! A country named with a compass part after a locative — "in northern Mali", "dans le nord du
//! Mali", "in north-east Nigeria", "au nord du Niger" — is the scene of the clause (EVAL.md
//! guideline 8: the country, no place), never its object, subject or recipient. The geoparser
//! reads the phrase (a place mention with a bearing and no distance); the preposition that opens
//! it (the first word of the phrase, or the word before it) says it is a locative.

use super::*;

impl Extractor<'_, '_> {
    /// The locative cue (`Loc` or `Dat`) of a group named by a place phrase with a compass part:
    /// "[in] northern Mali", "[dans] le nord du Mali", "au nord du Niger".
    pub(super) fn regional_scene_marker(&self, g: &Group) -> Option<Cue> {
        let places = &self.a.places;
        let i = places.partition_point(|p| p.name_span.start < g.start);
        let p = places.get(i).filter(|p| {
            p.name_span.start == g.start
                && p.bearing.is_some()
                && p.offset_km.is_none()
                && p.span.start < p.name_span.start
        })?;
        let toks = &self.a.seg.tokens;
        let first = toks.partition_point(|t| t.span.start < p.span.start);
        let locative = |pos: usize| {
            self.cues_at(pos)
                .and_then(|(_, cues)| [Cue::Loc, Cue::Dat].into_iter().find(|c| cues.contains(c)))
        };
        if first < toks.len()
            && let Some(c) = locative(toks[first].span.start)
        {
            return Some(c);
        }
        let t = self.tok_before(p.span.start)?;
        locative(toks[t].span.start)
    }
}
