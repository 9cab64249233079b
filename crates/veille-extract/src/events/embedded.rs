//! Event nouns embedded as a description inside another noun phrase: they say what befell the
//! people the phrase names, and report no incident of their own.

use super::*;

impl Extractor<'_, '_> {
    /// "les populations déplacées par les violences", "éprouvées par les attaques terroristes",
    /// "villages hit by repeated raids", "communities affected by attacks": a plural assault noun
    /// after a participle of harm undergone (cue `affected`) and "par"/"by" describes the people
    /// before it by what they suffered; it names violence in general, no incident. Through at most
    /// one determiner and one plain word between "par"/"by" and the noun ("by jihadist attacks").
    /// A singular noun ("les familles endeuillées par l'attaque de mardi") names one incident and
    /// keeps its event. After "par"/"by" the word is a noun even where the lexicon read a verb
    /// ("displaced by attacks", "hit by raids").
    pub(super) fn affected_description(&self, h: usize, d: &Draft) -> bool {
        if d.kind != EventType::Assault {
            return false;
        }
        let hit = self.hits[h];
        let word = self.a.text(Span::new(hit.start, hit.end)).rsplit(' ').next().unwrap_or("");
        if !(word.ends_with('s') || word.ends_with('x')) {
            return false;
        }
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[d.sentence].span;
        let mut pos = hit.start;
        let (mut det, mut plain) = (false, false);
        for _ in 0..3 {
            let Some(t) = self.tok_before(pos) else { return false };
            let sp = toks[t].span;
            if sp.start < ss.start || toks[t].kind != veille_text::TokenKind::Word {
                return false;
            }
            match self.cues_at(sp.start) {
                Some((ph, cues)) if cues.contains(&Cue::By) && self.hits[ph].end <= hit.start => {
                    // the participle right before "par"/"by"
                    let Some(p) = self.tok_before(self.hits[ph].start.min(sp.start)) else { return false };
                    let pp = toks[p].span;
                    return pp.start >= ss.start
                        && self.cues_at(pp.start).is_some_and(|(q, c)| {
                            c.contains(&Cue::Affected) && self.hits[q].end <= sp.start
                        });
                }
                Some((ph, cues)) if cues.contains(&Cue::Det) && !det => {
                    det = true;
                    pos = self.hits[ph].start.min(sp.start);
                }
                _ if !plain && !det => {
                    plain = true;
                    pos = sp.start;
                }
                _ => return false,
            }
        }
        false
    }
}
