//! Mentions of violence that report no new incident: an attack named as what a reaction is about,
//! a plural attack noun telling a series of incidents, and an attack told with no party and no
//! place of its own.

use super::*;

impl Extractor<'_, '_> {
    /// An assault that names no party (no actor, no recipient, once every document rule has had
    /// its turn) and no place in its own sentences: its location, if any, was read from another
    /// sentence or is the article's country ("Attacks on aid workers rose sharply last year",
    /// "après l'attaque, les familles ont fui", "Les autres éléments ont riposté"). It is a generic
    /// or background mention, or a piece of an incident told before; it reports no incident of
    /// its own.
    pub(super) fn unanchored_assault(&self, d: &Draft) -> bool {
        if d.kind != EventType::Assault || !d.actor.is_empty() || !d.recipient.is_empty() {
            return false;
        }
        let own = |m: &TextSpan| {
            std::iter::once(d.sentence).chain(d.also.iter().map(|&(si, _)| si)).any(|si| {
                self.a.seg.sentences.get(si).is_some_and(|s| {
                    let (cs, ce) = self.a.chars.span(s.span);
                    cs <= m.start && m.start < ce
                })
            })
        };
        !d.location.as_ref().and_then(|l| l.mention.as_ref()).is_some_and(own)
    }

    /// An assault noun named as what a reaction is about: the object of a condemnation or of a
    /// statement of solidarity ("a condamné mardi une « attaque lâche »", "exprimé sa solidarité
    /// avec les populations éprouvées par les attaques"), of a reaction word ("un deuil national",
    /// "relayé des allégations sur un massacre", "attributed some killings to"), or a noun right
    /// after a context phrase ("a décrété un deuil après l'attaque", "following the raid"). It
    /// names an incident told before or known; the subject of its clause reacts and is not its
    /// author. Looks back from the noun through articles, quotation marks, a date and at most two
    /// plain words, within the sentence, to the first word that is a cue or a trigger.
    pub(super) fn reaction_reference(&self, start: usize, si: usize, sense: &Sense) -> bool {
        if sense.kind != EventType::Assault || sense.pos != Pos::Noun {
            return false;
        }
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[si].span;
        let mut pos = start;
        let mut plain = 0;
        let mut first = true;
        for _ in 0..8 {
            let Some(t) = self.tok_before(pos) else { return false };
            let sp = toks[t].span;
            if sp.start < ss.start {
                return false;
            }
            if toks[t].kind != veille_text::TokenKind::Word {
                // quotation marks around the condemned words; other punctuation ends the search
                if matches!(self.tok_text(t), "«" | "»" | "\"" | "“" | "”") {
                    pos = sp.start;
                    continue;
                }
                return false;
            }
            if self.in_date(sp) {
                pos = sp.start;
                continue;
            }
            match self.cues_at(sp.start) {
                Some((ph, cues)) => {
                    let e = self.lex.entry(&self.hits[ph]);
                    // "après l'attaque", "following the raid": the context phrase ends at the noun
                    // (a definite article: "après des affrontements qui avaient fait…" tells another)
                    if first && cues.contains(&Cue::Background) && self.hits[ph].end <= start {
                        let f = self.lex.forms[self.hits[ph].entry as usize].as_str();
                        return ["l'", " le", " la", " les", " the"].iter().any(|x| f.ends_with(x));
                    }
                    if cues.contains(&Cue::React) {
                        return true;
                    }
                    if !e.senses.is_empty() {
                        return e.senses.iter().any(|&k| {
                            matches!(self.lex.senses[k as usize].kind, EventType::Accuse | EventType::Support)
                        });
                    }
                    if !cues.contains(&Cue::Det) {
                        if plain >= 2 {
                            return false;
                        }
                        plain += 1;
                    }
                    pos = self.hits[ph].start.min(sp.start);
                }
                None => {
                    if plain >= 2 {
                        return false;
                    }
                    plain += 1;
                    pos = sp.start;
                }
            }
            first = false;
        }
        false
    }

    /// An assault event whose trigger hit ends in a plural word ("-s"/"-x": "attaques", "raids",
    /// "feux"): a mention of violence that may be violence in general rather than one incident.
    pub(super) fn plural_assault_hit(&self, h: usize, d: &Draft) -> bool {
        let hit = self.hits[h];
        let word = self.a.text(Span::new(hit.start, hit.end)).rsplit(' ').next().unwrap_or("");
        d.kind == EventType::Assault && (word.ends_with('s') || word.ends_with('x'))
    }

    /// A plural assault noun telling a series of incidents, none in particular: a series word
    /// before it ("la multiplication de ces attaques", "a string of attacks", "repeated attacks")
    /// or right after it ("des attaques répétées", "les enlèvements se multiplient").
    ///
    /// A verb of increase right before the word makes it the noun even where the trigger was read
    /// as a verb ("ISWAP has stepped up attacks on army bases").
    pub(super) fn series_mention(&self, h: usize, d: &Draft) -> bool {
        if !self.plural_assault_hit(h, d) {
            return false;
        }
        let hit = self.hits[h];
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[d.sentence].span;
        // before: through articles and "de"/"of" ("la multiplication de ces", "a string of")
        let mut series = false;
        let mut adjacent = false;
        let mut pos = hit.start;
        for step in 0..4 {
            let Some(t) = self.tok_before(pos) else { break };
            let sp = toks[t].span;
            if sp.start < ss.start {
                break;
            }
            let Some((ph, cues)) = self.cues_at(sp.start) else { break };
            if cues.contains(&Cue::Series) {
                series = true;
                adjacent = step == 0;
                break;
            }
            if !(cues.contains(&Cue::Det) || cues.contains(&Cue::Gen)) {
                break;
            }
            pos = self.hits[ph].start.min(sp.start);
        }
        if !d.nominal && !adjacent {
            return false;
        }
        // after: the next two words ("attaques répétées de…", "enlèvements et libérations
        // d'otages se succèdent" is too far: the series word must follow the noun closely)
        let k = toks.partition_point(|t| t.span.start < hit.end);
        series = series
            || (k..(k + 2).min(toks.len()))
                .take_while(|&i| toks[i].span.end <= ss.end)
                .any(|i| self.cues_at(toks[i].span.start).is_some_and(|(_, c)| c.contains(&Cue::Series)));
        if !series {
            return false;
        }
        // "a string of attacks on civilians around Kaya": a locality named in its phrase makes it a
        // known series of incidents, kept
        let (_, ce) = self.clause(d.sentence, hit.start);
        let phrase_end = self.first_comma(hit.end, ce);
        !self.a.places.iter().any(|p| p.span.start >= hit.end && p.span.end <= phrase_end && p.precision < 3)
    }

    /// A reaction's assault noun (see [`Self::reaction_reference`]) in the plural, naming no
    /// identified party: with no incident told before it, it names attacks in general.
    pub(super) fn unanchored_reference(&self, d: &Draft) -> bool {
        let word = self.a.text(d.trigger).rsplit(' ').next().unwrap_or("");
        // ("une enquête sur les tueries de Solenzo" names a known incident by its place)
        d.reference
            && d.location.as_ref().is_none_or(|l| l.precision >= 3)
            && (word.ends_with('s') || word.ends_with('x'))
            && !d.actor.iter().chain(&d.recipient).any(|r| r.id.is_some())
    }

    /// A determiner, then an opening quotation mark, right before `pos`, with at most one plain
    /// word between the mark and `pos`: "une « attaque lâche »", "a \"cowardly attack\"": the
    /// quoted word is a noun.
    pub(super) fn det_before_quote(&self, pos: usize) -> bool {
        let toks = &self.a.seg.tokens;
        let Some(mut q) = self.tok_before(pos) else { return false };
        if toks[q].kind == veille_text::TokenKind::Word && self.cues_at(toks[q].span.start).is_none() {
            let Some(p) = self.tok_before(toks[q].span.start) else { return false };
            q = p;
        }
        if !matches!(self.tok_text(q), "«" | "\"" | "“") {
            return false;
        }
        let Some(t) = self.tok_before(toks[q].span.start) else { return false };
        toks[t].kind == veille_text::TokenKind::Word
            && self
                .cues_at(toks[t].span.start)
                .is_some_and(|(ph, c)| c.contains(&Cue::Det) && self.hits[ph].end <= toks[q].span.start)
    }

    /// A French trigger word in "-es" (not a participle in "-és", "-ées") with a noun reading: "d'attaques
    /// répétées", "des frappes": the verb form would be the second person singular, which
    /// reports do not use; it is the plural noun.
    pub(super) fn fr_plural_noun_reading(&self, h: usize) -> bool {
        if self.a.doc.lang != veille_core::Lang::Fr {
            return false;
        }
        let hit = self.hits[h];
        let word = self.a.text(Span::new(hit.start, hit.end));
        if word.contains(' ') {
            return false;
        }
        // (on the text as written: "attaqués", "tuées" are participles)
        word.ends_with("es")
            && !word.ends_with("ées")
            && self.lex.entry(&hit).senses.iter().any(|&s| self.lex.senses[s as usize].pos == Pos::Noun)
    }

    /// "the group warned that it would attack any convoy", "le JNIM a prévenu qu'il frapperait
    /// les positions de l'armée": an act announced or possible in the clause a threat governs,
    /// whose subject is the threatening party (a pronoun for it, or the same party), is the
    /// threat's content, no event of its own (EVAL.md guideline 3). Someone else's act ("He
    /// warned that the group could launch further attacks") stays a feared event.
    pub(super) fn threatened_act(&self, d: &Draft, before: &[Draft]) -> bool {
        if d.kind != EventType::Assault || !matches!(d.status, Status::Pledged | Status::Hypothetical) {
            return false;
        }
        let (cs, _) = self.clause(d.sentence, d.trigger.start);
        // "that it would attack", "qu'il attaquerait": the clause opens with a pronoun subject
        let toks = &self.a.seg.tokens;
        let k = toks.partition_point(|t| t.span.start < cs);
        let pron = d.subject_pron || (k < toks.len() && self.is_pronoun_at(toks[k].span.start));
        let same = |x: &ActorRef, y: &ActorRef| {
            same_party(x, y)
                || (x.id.is_none()
                    && y.id.is_none()
                    && veille_text::fold_str(&x.name) == veille_text::fold_str(&y.name))
        };
        before.iter().rev().any(|p| {
            p.kind == EventType::Threaten
                && p.sentence == d.sentence
                && !p.nominal
                && p.trigger.end <= cs
                && !p.actor.is_empty()
                && (pron
                    || (!d.actor.is_empty() && d.actor.iter().all(|x| p.actor.iter().any(|y| same(x, y)))))
        })
    }
}
