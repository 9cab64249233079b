//! Withdrawals named by the forces that leave: "le départ des soldats français", "the departure of
//! the last French troops", "le retrait des militaires de l'opération Barkhane".

use super::*;

/// How many words after a withdrawal noun the force it names may start.
const FORCE_WINDOW: usize = 6;

impl<'a, 'd> Extractor<'a, 'd> {
    /// The words right after the trigger hit `h` name a force through "de"/"of": a troop or unit
    /// noun (cues `u_troops`, `unit`: "des soldats", "de la force", "of the troops") or a named
    /// armed party ("de Barkhane", "of Wagner"; not an organisation: "le départ de la Cédéao" is a
    /// state leaving it). One plain word may come between ("des
    /// derniers soldats"). A word read only with such a complement (role `force_de`: "départ")
    /// is no withdrawal without it ("au départ", "le départ du convoi", "point de départ").
    pub(super) fn names_force_after(&self, h: usize) -> bool {
        let end = self.hits[h].end;
        let si = self.sentence_of(self.hits[h].start);
        let sent_end = self.a.seg.sentences[si].span.end;
        let toks = &self.a.seg.tokens;
        let first = toks.partition_point(|t| t.span.start < end);
        let mut linked = false;
        let mut plain = 0;
        for t in toks.iter().skip(first).take(FORCE_WINDOW) {
            if t.span.start >= sent_end {
                break;
            }
            if linked
                && self.groups_in(t.span.start, sent_end).next().is_some_and(|g| {
                    g.start == t.span.start && g.ments.iter().any(|&m| is_party(self.a.entities[m].kind))
                })
            {
                return true;
            }
            match self.cues_at(t.span.start) {
                Some((_, cues)) if cues.contains(&Cue::UTroops) || cues.contains(&Cue::Unit) => {
                    return linked;
                }
                Some((_, cues)) if cues.contains(&Cue::Gen) => linked = true,
                Some((_, cues)) if cues.contains(&Cue::Det) => {}
                _ if linked && plain == 0 && t.kind != veille_text::TokenKind::Punct => plain += 1,
                _ => return false,
            }
        }
        false
    }

    /// "le retrait des militaires de l'opération Barkhane", "le retrait de la force française
    /// Barkhane": between a withdrawal noun and the named party after it only function words and
    /// the troop or unit noun the party completes (with at most one plain word, an adjective):
    /// that party withdraws, as if it came right after the noun. The party must be an armed one (a
    /// force, a group): "le retrait des forces des États-Unis" names the state's army, not the state.
    pub(super) fn troops_of_party(&self, sense: &Sense, from: usize, g: &Group) -> bool {
        if sense.kind != EventType::Retreat
            || sense.mode.as_deref() != Some("withdraw")
            || sense.pos != Pos::Noun
            || !g.ments.iter().any(|&m| is_party(self.a.entities[m].kind))
        {
            return false;
        }
        let to = g.start;
        let toks = &self.a.seg.tokens;
        let mut i = toks.partition_point(|t| t.span.start < from);
        let (mut troops, mut plain, mut n) = (false, 0, 0);
        while i < toks.len() && toks[i].span.start < to {
            n += 1;
            if n > FORCE_WINDOW {
                return false;
            }
            match self.cues_at(toks[i].span.start) {
                Some((_, cues)) if cues.contains(&Cue::UTroops) || cues.contains(&Cue::Unit) => troops = true,
                Some((_, cues)) if cues.contains(&Cue::Gen) || cues.contains(&Cue::Det) => {}
                _ if troops && plain == 0 && toks[i].kind != veille_text::TokenKind::Punct => plain += 1,
                _ => return false,
            }
            i += 1;
        }
        troops
    }
}
