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
    /// "ayant fui les violences", "confrontée depuis une décennie aux attaques de groupes armés",
    /// "families fleeing the raids", "facing attacks": a plural assault noun as the object of a
    /// verb of fleeing or facing (cue `endure`) names violence people live with, no incident. The verb stands among
    /// the seven words before the noun, within the sentence, with no punctuation, no other
    /// trigger and at most three plain words between (articles, prepositions and "depuis" are not
    /// counted). A singular noun ("ont fui l'attaque de mardi") or a trigger dated to the day
    /// keeps its event.
    pub(super) fn endured_violence(&self, h: usize, d: &Draft) -> bool {
        if !self.plural_assault_hit(h, d) || d.date_precision == Some(veille_core::Precision::Day) {
            return false;
        }
        let hit = self.hits[h];
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[d.sentence].span;
        let mut pos = hit.start;
        let mut plain = 0;
        for _ in 0..7 {
            let Some(t) = self.tok_before(pos) else { return false };
            let sp = toks[t].span;
            if sp.start < ss.start || toks[t].kind != veille_text::TokenKind::Word {
                return false;
            }
            match self.cues_at(sp.start) {
                Some((ph, cues)) if self.hits[ph].end <= hit.start => {
                    if cues.contains(&Cue::Endure) {
                        return true;
                    }
                    if !self.lex.entry(&self.hits[ph]).senses.is_empty()
                        || cues.iter().any(|c| matches!(c, Cue::Sub | Cue::Que | Cue::Coord | Cue::Pron))
                    {
                        return false;
                    }
                    if !cues.iter().any(|c| {
                        matches!(c, Cue::Det | Cue::Gen | Cue::Dat | Cue::Against | Cue::Since | Cue::By)
                    }) {
                        plain += 1;
                    }
                    pos = self.hits[ph].start.min(sp.start);
                }
                _ => {
                    plain += 1;
                    pos = sp.start;
                }
            }
            if plain > 3 {
                return false;
            }
        }
        false
    }
}

impl Extractor<'_, '_> {
    /// "exhorté Bamako à libérer les personnes détenues", "la libération d'une cinquantaine de
    /// personnes toujours détenues": a French participle of detention right after the noun it
    /// describes (a plain word, or with "toujours"/"encore" between, cue `still`), inside the
    /// object of a release told or asked for just before it, describes the people to be freed by
    /// what they undergo; no arrest is told. (An auxiliary before it, "seraient toujours
    /// détenus", or a named person keeps the event.)
    pub(super) fn held_people_description(&self, h: usize, d: &Draft) -> bool {
        if self.a.doc.lang != veille_core::Lang::Fr
            || d.kind != EventType::Coerce
            || d.mode.as_deref() != Some("arrest")
            || d.nominal
        {
            return false;
        }
        let hit = self.hits[h];
        // a participle: "détenu", "détenues"
        if !self.a.text(Span::new(hit.start, hit.end)).trim_end_matches(['e', 's']).ends_with(['u', 'é', 'i'])
        {
            return false;
        }
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[d.sentence].span;
        let mut t = self.tok_before(hit.start);
        if let Some(k) = t
            && self.cues_at(toks[k].span.start).is_some_and(|(_, c)| c.contains(&Cue::Still))
        {
            t = self.tok_before(toks[k].span.start);
        }
        // the noun described: a lower-case word (no auxiliary, pronoun, article or other function word)
        let Some(noun) = t else { return false };
        let sp = toks[noun].span;
        if sp.start < ss.start
            || toks[noun].kind != veille_text::TokenKind::Word
            || !self.tok_text(noun).starts_with(char::is_lowercase)
            || self.cues_at(sp.start).is_some_and(|(_, c)| {
                c.iter().any(|c| {
                    matches!(
                        c,
                        Cue::Aux
                            | Cue::Passive
                            | Cue::Pron
                            | Cue::Clitic
                            | Cue::Det
                            | Cue::Gen
                            | Cue::Coord
                            | Cue::Que
                            | Cue::Sub
                            | Cue::By
                            | Cue::Refl
                    )
                })
            })
        {
            return false;
        }
        // a release before it, at most six words before the noun
        self.hits[self.hits_in(Span::new(ss.start, sp.start))].iter().any(|x| {
            self.lex.entry(x).senses.iter().any(|&s| {
                let s = &self.lex.senses[s as usize];
                s.kind == EventType::Retreat && s.mode.as_deref() == Some("release")
            }) && self.tokens_between(x.end, sp.start) <= 6
        })
    }

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

impl Extractor<'_, '_> {
    /// "renforcent notre capacité à frapper l'ennemi", "la capacité de riposte de nos forces", "a
    /// force able to strike both countries": a trigger right after a word of ability (cue
    /// `capacity`), with at most one plain word between ("able to quickly strike"), tells what a
    /// party can do, no act done.
    pub(super) fn capacity_act(&self, h: usize, d: &Draft) -> bool {
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[d.sentence].span;
        let mut pos = self.hits[h].start;
        for _ in 0..2 {
            let Some(t) = self.tok_before(pos) else { return false };
            let sp = toks[t].span;
            if sp.start < ss.start || toks[t].kind != veille_text::TokenKind::Word {
                return false;
            }
            match self.cues_at(sp.start) {
                Some((ph, c)) if c.contains(&Cue::Capacity) => {
                    return self.hits[ph].end <= self.hits[h].start;
                }
                Some(_) => return false,
                None => pos = sp.start,
            }
        }
        false
    }
}
