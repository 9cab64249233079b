//! Ended agreements: the agreement or cooperation a party ends, scraps or denounces names the
//! commitment ended, not an agreement or a cooperation of its own ("Niamey a dénoncé ses accords de
//! défense avec la France", "depuis la fin de l'accord d'Alger", "the junta scrapped a 2015 peace
//! deal", "ended a military cooperation deal with the United States"); and denouncing an agreement
//! (possessive, "par X de l'accord") ends a commitment as the lexicon's "<dénoncer> les accords" does
//! (RETREAT, no mode): it accuses no one. An agreement of cooperation, defence or security ended
//! cuts a tie between the parties (SANCTION discontinue, as "<halt> cooperation"): "a mis fin à
//! l'accord de coopération en matière de défense", "revoked a military cooperation accord", "ended a
//! security pact with the European Union", "la fin de l'accord de coopération". Words in
//! `data/ended.tsv`.

use super::*;
use crate::wordlist::EmbeddedList;
use veille_core::Lang;
use veille_text::TokenKind;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    /// A word ending a commitment ("fin", "dénoncé", "scrapped").
    End,
    /// A noun naming a commitment ("accord", "pacte", "deal").
    Pact,
    /// A determiner or preposition between the two.
    Gap,
    /// A word naming the tie an agreement makes ("défense", "security").
    Tie,
    /// A noun both naming a commitment and a tie ("coopération", "cooperation").
    Bond,
}

pub(super) static LIST: EmbeddedList<Class> =
    EmbeddedList::new(include_str!("../../data/ended.tsv"), "ended.tsv", |c| match c {
        "end" => Some(Class::End),
        "pact" => Some(Class::Pact),
        "gap" => Some(Class::Gap),
        "tie" => Some(Class::Tie),
        "bond" => Some(Class::Bond),
        _ => None,
    });

/// Words read between the ending word and the agreement noun (dates aside).
const WINDOW: usize = 6;

/// Words read after the agreement noun for the tie it makes ("l'accord de coopération en matière
/// de défense").
const TIE_WINDOW: usize = 5;

impl Extractor<'_, '_> {
    fn ended_class(&self, k: usize) -> Option<Class> {
        LIST.get().class(self.a.doc.lang, self.tok_text(k))
    }

    /// A word of a date, or the preposition right before one ("en 2024", "in March", "on March 16").
    fn date_word(&self, k: usize) -> bool {
        let toks = &self.a.seg.tokens;
        self.in_date(toks[k].span)
            || (matches!(self.tok_text(k), "en" | "in" | "on")
                && toks.get(k + 1).is_some_and(|t| self.in_date(t.span)))
    }

    /// A comma right before or after a date ([`Self::date_word`]): ", en janvier 2024,".
    fn comma_by_date(&self, k: usize) -> bool {
        self.tok_text(k) == ","
            && (k.checked_sub(1).is_some_and(|p| self.date_word(p))
                || (k + 1 < self.a.seg.tokens.len() && self.date_word(k + 1)))
    }

    /// A capitalized word told after "par"/"by" ("la dénonciation par Niamey de l'accord").
    fn agent_name(&self, k: usize) -> bool {
        self.tok_text(k).starts_with(char::is_uppercase)
            && k > 0
            && (self.tok_text(k - 1).eq_ignore_ascii_case("par")
                || self.tok_text(k - 1).eq_ignore_ascii_case("by"))
    }

    /// An agreement or cooperation noun right after an ending word, only determiners,
    /// prepositions, an agent's name and (in English) a year or up to two modifiers before the
    /// noun between them: "la fin de l'accord", "a dénoncé ses accords", "scrapped a 2015 peace
    /// deal", "ended a military cooperation deal".
    pub(super) fn ended_agreement(&self, d: &Draft) -> bool {
        self.ending_word(d).is_some()
    }

    /// The token of the ending word of [`Self::ended_agreement`].
    fn ending_word(&self, d: &Draft) -> Option<usize> {
        if !matches!(d.kind, EventType::Agree | EventType::Cooperate) || !d.nominal {
            return None;
        }
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[d.sentence].span;
        let first = toks.partition_point(|t| t.span.start < d.trigger.start);
        let en = self.a.doc.lang == Lang::En;
        // English prenominal modifiers ("a military cooperation deal"): right before the noun only
        let mut modifiers = if en { 2 } else { 0 };
        let mut k = first;
        let mut read = 0;
        while read < WINDOW {
            k = k.checked_sub(1)?;
            let t = &toks[k];
            if t.span.start < ss.start {
                return None;
            }
            // a date between ("a dénoncé en 2024 ses accords", "a mis fin, en janvier 2024, à
            // l'accord": the commas around it too); "fin mars" is a date, no ending. Not counted.
            if self.date_word(k) || self.comma_by_date(k) {
                continue;
            }
            if t.kind == TokenKind::Punct || t.kind == TokenKind::Symbol {
                return None;
            }
            read += 1;
            match self.ended_class(k) {
                Some(Class::End) => return Some(k),
                Some(Class::Gap) => modifiers = 0,
                Some(Class::Pact | Class::Tie | Class::Bond) => {}
                None if self.agent_name(k) => modifiers = 0,
                None if en && t.kind == TokenKind::Number => modifiers = 0,
                None if modifiers > 0 && !self.tok_text(k).starts_with(char::is_uppercase) => modifiers -= 1,
                None => return None,
            }
        }
        None
    }

    /// The commitment ended by the ending word at token `end` names a tie between parties: a
    /// commitment noun within [`WINDOW`] words after it, and a tie word before that noun or within
    /// [`TIE_WINDOW`] words after it, all in the sentence and before any punctuation ("mettre fin
    /// à l'accord de coopération", "ended a defence cooperation treaty", "a dénoncé ses accords de
    /// défense"). A peace accord or an accord named by its place is no tie ("l'accord d'Alger").
    fn ends_tie(&self, sentence: usize, end: usize) -> bool {
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[sentence].span;
        let (mut pact, mut tie) = (None, false);
        for (k, t) in toks.iter().enumerate().skip(end + 1).take(WINDOW + TIE_WINDOW) {
            if t.span.start >= ss.end || t.kind == TokenKind::Punct || t.kind == TokenKind::Symbol {
                break;
            }
            if pact.is_none() && k > end + WINDOW {
                break;
            }
            if pact.is_some_and(|p| k > p + TIE_WINDOW) {
                break;
            }
            match self.ended_class(k) {
                Some(Class::Pact) => pact = pact.or(Some(k)),
                Some(Class::Bond) => {
                    pact = pact.or(Some(k));
                    tie = true;
                }
                Some(Class::Tie) => tie = true,
                _ => {}
            }
            if tie && pact.is_some() {
                return true;
            }
        }
        false
    }

    /// "Niamey a dénoncé ses accords de défense avec la France", "après la dénonciation par Niamey
    /// de l'accord": an accusation trigger of the ending list whose object is an agreement (only
    /// determiners, prepositions and an agent's name between) ends that commitment: RETREAT with no
    /// mode, as the lexicon's "<dénoncer> les accords".
    pub(super) fn denounced_agreements(&self, drafts: &mut [Draft]) {
        for d in drafts.iter_mut() {
            if d.kind != EventType::Accuse {
                continue;
            }
            let toks = &self.a.seg.tokens;
            let ss = self.a.seg.sentences[d.sentence].span;
            let last = toks.partition_point(|t| t.span.start < d.trigger.end);
            let Some(tl) = last.checked_sub(1) else { continue };
            if self.ended_class(tl) != Some(Class::End) {
                continue;
            }
            let mut pact = false;
            for (k, t) in toks.iter().enumerate().skip(last).take(WINDOW) {
                if self.date_word(k) {
                    continue;
                }
                if t.span.start >= ss.end || t.kind != TokenKind::Word {
                    break;
                }
                match self.ended_class(k) {
                    Some(Class::Pact | Class::Bond) => {
                        pact = true;
                        break;
                    }
                    Some(Class::Gap) => {}
                    _ if self.agent_name(k) => {}
                    _ => break,
                }
            }
            if !pact {
                continue;
            }
            d.retype(EventType::Retreat, None, "diplomatic");
            if self.a.explain {
                d.explain.push(step("type", "denouncing an agreement ends a commitment: RETREAT", None));
            }
        }
    }

    /// A RETREAT whose trigger holds an ending word ("mettre fin à", "revoked", "a dénoncé les
    /// accords") and ends a tie ([`Self::ends_tie`]) cuts it: SANCTION discontinue. Read on each
    /// draft before the readings of a sentence merge (the ending of a defence accord is not the
    /// departure of troops told beside it) and again on the denounced agreements read later.
    pub(super) fn retreat_ends_tie(&self, d: &mut Draft) {
        if d.kind != EventType::Retreat {
            return;
        }
        let toks = &self.a.seg.tokens;
        let first = toks.partition_point(|t| t.span.start < d.trigger.start);
        let Some(end) = (first..toks.len())
            .take_while(|&k| toks[k].span.end <= d.trigger.end)
            .find(|&k| self.ended_class(k) == Some(Class::End))
        else {
            return;
        };
        if !self.ends_tie(d.sentence, end) {
            return;
        }
        d.retype(EventType::Sanction, Some("discontinue"), "diplomatic");
        if self.a.explain {
            d.explain.push(step(
                "type",
                "ending an agreement of cooperation, defence or security cuts a tie: SANCTION discontinue",
                None,
            ));
        }
    }

    /// Ended ties: a RETREAT read as ending a tie ([`Self::retreat_ends_tie`], for the denounced
    /// agreements of [`Self::denounced_agreements`]) is SANCTION discontinue; an agreement or
    /// cooperation noun told ended ([`Self::ended_agreement`]) that no such trigger
    /// covers is that act itself: SANCTION discontinue for a tie, RETREAT for any other commitment
    /// ("la fin de l'accord de coopération", "ended a security pact with", "scrapped a 2015 peace
    /// deal"), its trigger running from the ending word. Runs before the partner is read
    /// ([`Self::ended_commitment_partner`]).
    pub(super) fn ended_ties(&self, drafts: &mut [Draft]) {
        let toks = &self.a.seg.tokens;
        for i in 0..drafts.len() {
            if drafts[i].kind == EventType::Retreat {
                self.retreat_ends_tie(&mut drafts[i]);
                continue;
            }
            let d = &drafts[i];
            let Some(end) = self.ending_word(d) else { continue };
            let es = toks[end].span;
            // the ending verb is a trigger of its own ("<mettre> fin a", "<end> the agreement")
            if drafts.iter().any(|p| {
                p.sentence == d.sentence
                    && matches!(p.kind, EventType::Retreat | EventType::Sanction)
                    && p.trigger.start <= es.start
                    && es.end <= p.trigger.end
            }) {
                continue;
            }
            let tie = self.ends_tie(d.sentence, end);
            // an ending verb ("Mali's junta scrapped a 2015 peace deal brokered by Algeria", no
            // determiner before it): its subject ends the commitment, not the party that made it
            let verb = end.checked_sub(1).is_none_or(|k| self.ended_class(k) != Some(Class::Gap));
            let subject = verb
                .then(|| {
                    let (cs, _) = self.clause(d.sentence, es.start);
                    self.subject(cs, es.start).map(|g| self.group_refs(g))
                })
                .flatten()
                .filter(|(refs, _)| !refs.is_empty());
            let d = &mut drafts[i];
            if let Some(parties) = subject {
                d.set_actor(parties, self.a.explain, "an agreement ended by a verb: its subject");
            }
            d.trigger = Span::new(es.start, d.trigger.end);
            if tie {
                d.retype(EventType::Sanction, Some("discontinue"), "diplomatic");
            } else {
                d.retype(EventType::Retreat, None, "diplomatic");
            }
            d.joint = false;
            if self.a.explain {
                d.explain.push(step(
                    "type",
                    if tie {
                        "an agreement of cooperation, defence or security ended: SANCTION discontinue"
                    } else {
                        "an agreement ended: RETREAT"
                    },
                    Some(self.a.text(d.trigger).to_string()),
                ));
            }
        }
    }
}
