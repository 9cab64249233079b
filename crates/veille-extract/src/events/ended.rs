//! Ended agreements: the agreement or cooperation a party ends, scraps or denounces names the
//! commitment ended, not an agreement or a cooperation of its own ("Niamey a dénoncé ses accords de
//! défense avec la France", "depuis la fin de l'accord d'Alger", "the junta scrapped a 2015 peace
//! deal", "ended a military cooperation deal with the United States"); and denouncing an agreement
//! (possessive, "par X de l'accord") ends a commitment as the lexicon's "<dénoncer> les accords" does
//! (RETREAT, no mode): it accuses no one. Words in `data/ended.tsv`.

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
}

pub(super) static LIST: EmbeddedList<Class> =
    EmbeddedList::new(include_str!("../../data/ended.tsv"), "ended.tsv", |c| match c {
        "end" => Some(Class::End),
        "pact" => Some(Class::Pact),
        "gap" => Some(Class::Gap),
        _ => None,
    });

/// Words read between the ending word and the agreement noun (dates aside).
const WINDOW: usize = 6;

impl Extractor<'_, '_> {
    fn ended_class(&self, k: usize) -> Option<Class> {
        LIST.get().class(self.a.doc.lang, self.tok_text(k))
    }

    /// A word of a date, or the preposition right before one ("en 2024", "in March").
    fn date_word(&self, k: usize) -> bool {
        let toks = &self.a.seg.tokens;
        self.in_date(toks[k].span)
            || (matches!(self.tok_text(k), "en" | "in")
                && toks.get(k + 1).is_some_and(|t| self.in_date(t.span)))
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
        if !matches!(d.kind, EventType::Agree | EventType::Cooperate) || !d.nominal {
            return false;
        }
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[d.sentence].span;
        let first = toks.partition_point(|t| t.span.start < d.trigger.start);
        let en = self.a.doc.lang == Lang::En;
        // English prenominal modifiers ("a military cooperation deal"): right before the noun only
        let mut modifiers = if en { 2 } else { 0 };
        let mut k = first;
        for _ in 0..WINDOW {
            let Some(j) = k.checked_sub(1) else { return false };
            k = j;
            let t = &toks[k];
            if t.span.start < ss.start || t.kind == TokenKind::Punct || t.kind == TokenKind::Symbol {
                return false;
            }
            // a date between ("a dénoncé en 2024 ses accords"); "fin mars" is a date, no ending
            if self.date_word(k) {
                continue;
            }
            match self.ended_class(k) {
                Some(Class::End) => return true,
                Some(Class::Gap) => modifiers = 0,
                Some(Class::Pact) => {}
                None if self.agent_name(k) => modifiers = 0,
                None if en && t.kind == TokenKind::Number => modifiers = 0,
                None if modifiers > 0 && !self.tok_text(k).starts_with(char::is_uppercase) => modifiers -= 1,
                None => return false,
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
                    Some(Class::Pact) => {
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
            d.kind = EventType::Retreat;
            d.mode = None;
            d.context = Some("diplomatic".to_string());
            if self.a.explain {
                d.explain.push(step("type", "denouncing an agreement ends a commitment: RETREAT", None));
            }
        }
    }
}
