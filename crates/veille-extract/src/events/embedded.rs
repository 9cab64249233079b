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
        if !self.plural_assault_hit(h, d) {
            return false;
        }
        let hit = self.hits[h];
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

impl Extractor<'_, '_> {
    /// "attack any convoy that tried to supply Fada", "any truck carrying fuel to Bamako", "tout
    /// convoi qui tenterait de ravitailler la ville": a trigger in the relative or participle
    /// clause that describes a noun after a free-choice quantifier (cue `anyq`: "any", "tout",
    /// "quiconque") tells what kind of thing is meant, no act that happened. The quantifier
    /// stands before a noun of one or two words, then a relative word or an "-ing"/"-ant"
    /// participle, then at most three words before the trigger, with no punctuation between
    /// ("tout en affirmant", "toute la journée" are no quantifier before a noun).
    pub(super) fn free_choice_description(&self, h: usize, d: &Draft) -> bool {
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[d.sentence].span;
        let hit = self.hits[h];
        let relative = |t: usize| {
            let w = veille_text::fold_cow(self.tok_text(t));
            matches!(w.as_ref(), "that" | "which" | "who" | "qui")
                || (w.len() > 5 && (w.ends_with("ing") || w.ends_with("ant")))
        };
        let mut pos = hit.start;
        // the participle may be the trigger itself ("any convoy supplying the army")
        let own = toks.partition_point(|t| t.span.start < hit.start);
        let mut rel_at: Option<usize> =
            (own < toks.len() && toks[own].span.start == hit.start && relative(own)).then_some(0);
        for i in 1..=7 {
            let Some(t) = self.tok_before(pos) else { return false };
            let sp = toks[t].span;
            if sp.start < ss.start || toks[t].kind != veille_text::TokenKind::Word {
                return false;
            }
            match rel_at {
                None if i > 4 => return false,
                // (the nearest relative word before a participle trigger: "any company that kept
                // supplying")
                None | Some(0) if i <= 4 && relative(t) => rel_at = Some(i),
                Some(r) if i > r + 3 => return false,
                Some(r)
                    if i >= r + 2
                        && self.cues_at(sp.start).is_some_and(|(q, c)| {
                            c.contains(&Cue::Anyq) && self.hits[q].end <= toks[t + 1].span.start
                        }) =>
                {
                    // "tout en", "toute la": no noun after the quantifier
                    let next = veille_text::fold_cow(self.tok_text(t + 1));
                    let no_noun = ["en", "le", "la", "les", "l'", "ce", "de", "d'", "the", "of", "a", "an"];
                    return !no_noun.contains(&next.as_ref());
                }
                _ => {}
            }
            pos = sp.start;
        }
        false
    }
}

impl Extractor<'_, '_> {
    /// "The army routinely says its operations kill large numbers of militants", "la zone est
    /// régulièrement visée par le JNIM", "les jihadistes attaquent souvent les convois": violence
    /// told with a habitual adverb (cue `habitual`) is what usually happens, no incident. The
    /// adverb stands among the six words before the trigger or the two after it, with no
    /// punctuation between; a trigger dated to the day stays an event.
    pub(super) fn habitual_violence(&self, h: usize, d: &Draft) -> bool {
        if d.kind != EventType::Assault || d.date_precision == Some(veille_core::Precision::Day) {
            return false;
        }
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[d.sentence].span;
        let hit = self.hits[h];
        let habitual =
            |t: usize| self.cues_at(toks[t].span.start).is_some_and(|(_, c)| c.contains(&Cue::Habitual));
        let mut pos = hit.start;
        for _ in 0..6 {
            let Some(t) = self.tok_before(pos) else { break };
            if toks[t].span.start < ss.start || toks[t].kind != veille_text::TokenKind::Word {
                break;
            }
            if habitual(t) {
                return true;
            }
            pos = toks[t].span.start;
        }
        let k = toks.partition_point(|t| t.span.start < hit.end);
        (k..(k + 2).min(toks.len()))
            .take_while(|&i| toks[i].span.end <= ss.end && toks[i].kind == veille_text::TokenKind::Word)
            .any(habitual)
    }
}
