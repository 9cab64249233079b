//! English readings of whole articles (words in `data/en_readings.tsv`): what wire and
//! Nigerian-press English tells with a trigger word that is no new event of its kind.
//!
//! - a violent word that is both verb and noun ("attack", "raid", "ambush", "strike") right after a
//!   preposition or a headline adjective is a noun ("killed in jihadist attack"): a bare verb
//!   reading would take the speaker of the headline ("Benin says …") as its actor;
//! - "X warned that Y could strike": a warning whose content is another party's act is no threat
//!   by X ("the group warned that it would attack", "warning that leaving would have consequences"
//!   stay threats);
//! - "the insurgency has killed more than 40,000 people": a conflict's cumulative toll is no
//!   incident;
//! - "has been fighting an insurgency since 2015", "the group fighting Sudan's army": an ongoing war,
//!   no incident;
//! - "the report, released Thursday", "released a video": a text or medium released is no release;
//! - "since the coup", "after the coup": a later definite coup mention names the coup told before;
//!   "Niger's July 2023 coup", "the coup in Niamey": a coup happened in its state and overthrew its
//!   government;
//! - "Over 100 killed as jihadis storm besieged town": a clause-opening "as" bounds a clause.

use super::*;
use crate::wordlist::EmbeddedList;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Class {
    Prep,
    Modifier,
    Document,
    Coup,
    NotAs,
    Ongoing,
}

pub(super) static LIST: EmbeddedList<Class> =
    EmbeddedList::new(include_str!("../../data/en_readings.tsv"), "en_readings.tsv", |c| {
        Some(match c {
            "prep" => Class::Prep,
            "modifier" => Class::Modifier,
            "document" => Class::Document,
            "coup" => Class::Coup,
            "not_as" => Class::NotAs,
            "ongoing" => Class::Ongoing,
            _ => return None,
        })
    });

/// A figure of dead this large, right after a killing verb, is a conflict's toll, not an incident's
/// (also read by `slots.rs`: such a figure in a sentence of its own is bound to no incident before it).
pub(super) const CUMULATIVE_TOLL: u64 = 1000;

/// Words read after a killing verb for its figure ("has killed more than 40,000 people").
const TOLL_WINDOW: usize = 5;

/// Words read after a clause-opening "as" for an event word ("as jihadis storm besieged town").
const AS_WINDOW: usize = 5;

/// Words read after "warned" for "that" ("warned on Friday that").
const WARN_WINDOW: usize = 5;

impl Extractor<'_, '_> {
    fn en_class(&self, t: usize) -> Option<Class> {
        LIST.get().class(veille_core::Lang::En, self.tok_text(t))
    }

    /// Hit `h` is an English word with a verb and a noun reading, in its base form, right after a
    /// preposition or a headline adjective ("in attack", "after raid", "jihadist attack"): a noun.
    pub(super) fn en_noun_after_preposition(&self, h: usize) -> bool {
        if !self.en_noun_and_verb(h) {
            return false;
        }
        let hit = self.hits[h];
        let e = self.lex.entry(&hit);
        // violence only: "in support of" keeps the readings its rows give it
        if !e.senses.iter().all(|&k| self.lex.senses[k as usize].kind == EventType::Assault) {
            return false;
        }
        let w = &self.a.doc.text[hit.start..hit.end];
        // a one-word base form: "killing", "attacked", "attacks" keep their readings
        if w.contains(' ') || w.ends_with("ing") || w.ends_with("ed") || w.ends_with('s') {
            return false;
        }
        let Some(t) = self.tok_before(hit.start) else { return false };
        let prev = self.tok_text(t);
        match self.en_class(t) {
            Some(Class::Prep) => true,
            // a lower-case adjective: "Jihadist attack" opening a headline counts too
            Some(Class::Modifier) => !prev.chars().all(|c| c.is_uppercase()),
            _ => false,
        }
    }

    /// A reading of an English article that names no event of its own (the rule), given the
    /// readings kept before it.
    pub(super) fn en_no_event(&self, d: &Draft, kept: &[Draft]) -> Option<&'static str> {
        if self.a.doc.lang != veille_core::Lang::En {
            return None;
        }
        let trig = veille_text::fold_cow(self.a.text(d.trigger));
        match d.kind {
            EventType::Threaten if trig.starts_with("warn") && self.warns_of_others(d) => {
                Some("a warning about another party's act: no threat by the one who warns")
            }
            EventType::Assault if !d.nominal && self.cumulative_toll(d) => {
                Some("a conflict's cumulative toll: no incident")
            }
            // "has been fighting an insurgency since 2015", "the paramilitary group fighting Sudan's
            // army": a war going on, told by a progressive or a participle qualifying a group
            EventType::Assault
                if matches!(trig.as_ref(), "fighting" | "battling")
                    && self
                        .tok_before(d.trigger.start)
                        .is_some_and(|t| self.en_class(t) == Some(Class::Ongoing)) =>
            {
                Some("a war going on, told by a progressive or a participle after a group: no incident")
            }
            EventType::Retreat if trig.starts_with("releas") && self.document_released(d) => {
                Some("a text or medium released: no release of people")
            }
            EventType::Coerce if d.background && self.coup_told_before(d, kept) => {
                Some("a definite coup mention: the coup told before")
            }
            // "dismissed the videos as \"fabrications\"" rejects; "dismissed the army chief" fires
            EventType::Reject
                if trig.starts_with("dismiss") && !trig.contains(' ') && !self.dismissed_as(d) =>
            {
                Some("\"dismiss\" with no \"as\" after its object: no rejection")
            }
            _ => None,
        }
    }

    /// "X warned (on Friday) that Y could …", "they warn, the militants could …": the content's
    /// subject is a party or noun phrase other than the one who warns (a pronoun, or a party of
    /// the same side, keeps the threat: "the group warned that it would attack").
    fn warns_of_others(&self, d: &Draft) -> bool {
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[d.sentence].span;
        let first = toks.partition_point(|t| t.span.start < d.trigger.end);
        let mut content = None;
        for (k, tok) in toks.iter().enumerate().skip(first).take(WARN_WINDOW) {
            if tok.span.start >= ss.end {
                break;
            }
            let w = self.tok_text(k);
            // "they warn, the militants could…": the content right after the comma
            if w == "," && k == first {
                content = Some(k + 1);
                break;
            }
            if w.eq_ignore_ascii_case("that") {
                content = Some(k + 1);
                break;
            }
            if tok.kind == veille_text::TokenKind::Punct {
                break;
            }
        }
        let Some(c) = content.filter(|&c| c < toks.len() && toks[c].span.start < ss.end) else {
            return false;
        };
        let at = toks[c].span.start;
        if self.is_pronoun_at(at) {
            return false;
        }
        // a modal right after: no subject of its own
        if self.tok_is(c, &["would", "will", "could", "may", "might", "should", "must"]) {
            return false;
        }
        // "warning that leaving would have consequences", "that attacking X would be met with force":
        // a bare gerund subject names the act the warning threatens to answer
        let w = self.tok_text(c);
        if w.len() > 5 && w.ends_with("ing") && w.starts_with(|ch: char| ch.is_lowercase()) {
            return false;
        }
        // "warned that any aggression would receive a response", "that anyone still here would be
        // killed": a free-choice subject names whatever the warned party may do
        if self.en_free_choice_at(c) {
            return false;
        }
        match self
            .groups_in(at, ss.end)
            .next()
            .filter(|g| g.start == at || self.tokens_between(at, g.start) <= 2)
        {
            // "warning that Chad would respond": the speaker's own side
            Some(g) => {
                let (parties, _) = self.group_refs(g);
                !parties.iter().any(|p| d.actor.iter().chain(&d.source).any(|a| same_party(a, p)))
            }
            // "the split would weaken", "the gangs could strike": a description of another
            None => true,
        }
    }

    /// A killing verb whose figure of dead, within a few words after it, is a conflict's toll
    /// ("has killed more than 40,000 people", "has killed tens of thousands").
    fn cumulative_toll(&self, d: &Draft) -> bool {
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[d.sentence].span;
        let first = toks.partition_point(|t| t.span.start < d.trigger.end);
        let Some(last) = toks.get((first + TOLL_WINDOW).min(toks.len()).saturating_sub(1)) else {
            return false;
        };
        let until = last.span.end.min(ss.end);
        let from = d.trigger.end;
        let k = self.a.figures.partition_point(|q| q.span.start < from);
        self.a.figures[k..]
            .iter()
            .take_while(|q| q.span.start < until)
            .any(|q| q.value >= CUMULATIVE_TOLL && !self.in_date(q.span))
    }

    /// "the report, released Thursday", "a report released on Thursday", "released a video": the
    /// noun right before the participle (over a comma or an auxiliary) or the object after the verb
    /// (over a determiner and up to two words) is a text or medium.
    fn document_released(&self, d: &Draft) -> bool {
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[d.sentence].span;
        let mut t = self.tok_before(d.trigger.start);
        while let Some(k) = t.filter(|&k| {
            toks[k].span.start >= ss.start
                && self.tok_is(
                    k,
                    &[",", "was", "were", "been", "being", "be", "is", "are", "has", "had", "have"],
                )
        }) {
            t = self.tok_before(toks[k].span.start);
        }
        if t.is_some_and(|k| toks[k].span.start >= ss.start && self.en_class(k) == Some(Class::Document)) {
            return true;
        }
        let first = toks.partition_point(|t| t.span.start < d.trigger.end);
        for (k, tok) in toks.iter().enumerate().skip(first).take(4) {
            if tok.span.start >= ss.end || tok.kind == veille_text::TokenKind::Punct {
                break;
            }
            if self.en_class(k) == Some(Class::Document) {
                return true;
            }
        }
        false
    }

    /// A background coup named by "the"/"this"/"that" right before the noun ("since the coup",
    /// "after the coup") when a coup was kept before it, in no other country: the same coup.
    fn coup_told_before(&self, d: &Draft, kept: &[Draft]) -> bool {
        let toks = &self.a.seg.tokens;
        let first = toks.partition_point(|t| t.span.start < d.trigger.start);
        if first >= toks.len() || self.en_class(first) != Some(Class::Coup) {
            return false;
        }
        let definite =
            self.tok_before(d.trigger.start).is_some_and(|k| self.tok_is(k, &["the", "this", "that"]));
        if !definite {
            return false;
        }
        let country = |x: &Draft| x.location.as_ref().and_then(|l| l.country.clone());
        kept.iter().any(|p| {
            p.kind == EventType::Coerce
                && p.trigger.start < d.trigger.start
                && {
                    let k = toks.partition_point(|t| t.span.start < p.trigger.start);
                    k < toks.len() && self.en_class(k) == Some(Class::Coup)
                        || self
                            .a
                            .text(p.trigger)
                            .split_whitespace()
                            .any(|w| LIST.get().class(veille_core::Lang::En, w) == Some(Class::Coup))
                }
                && (country(d).is_none() || country(p).is_none() || country(d) == country(p))
        })
    }
}

impl Extractor<'_, '_> {
    /// A coup ("Niger's July 2023 coup") happened in its state: a state named as its possessor places
    /// it there (precision 3) when nothing else does. (Its recipient, the government overthrown, is
    /// read for both languages by `authority.rs`.)
    pub(super) fn coup_country(&self, d: &mut Draft) {
        if self.a.doc.lang != veille_core::Lang::En
            || d.kind != EventType::Coerce
            || d.mode.as_deref() != Some("seize")
            || !self
                .a
                .text(d.trigger)
                .split_whitespace()
                .any(|w| LIST.get().class(veille_core::Lang::En, w) == Some(Class::Coup))
        {
            return;
        }
        let bare_state = |r: &ActorRef| {
            r.id.as_deref().filter(|id| id.len() == 5 && id.starts_with("kb:")).map(|id| id[3..].to_string())
        };
        if d.location.is_none()
            && let Some(cc) = d
                .actor
                .iter()
                .zip(&d.actor_kinds)
                .find(|(_, k)| **k == EntityType::Country)
                .and_then(|(r, _)| bare_state(r))
        {
            self.place_in_country(d, &cc, "a state named with a coup: where it happened");
        }
    }
}

impl Extractor<'_, '_> {
    /// "Over 100 killed as jihadis storm besieged town", "Niger receives drones as jihadists kill 10
    /// soldiers": an English "as" opening a clause with an event word within a few words (not
    /// "such as", "as well as", "known as", "as part of", "as a result") is a clause bound: the
    /// clause after it has its own subject. Pushed onto the bounds `b`.
    pub(super) fn en_as_bounds(&self, b: &mut Vec<(usize, usize)>) {
        if self.a.doc.lang != veille_core::Lang::En {
            return;
        }
        let toks = &self.a.seg.tokens;
        for (k, t) in toks.iter().enumerate() {
            if !self.tok_is(k, &["as"]) {
                continue;
            }
            let prev_ok = k.checked_sub(1).is_none_or(|p| {
                toks[p].kind == veille_text::TokenKind::Punct
                    || LIST.get().class(veille_core::Lang::En, self.tok_text(p)) != Some(Class::NotAs)
            });
            let next_ok = toks.get(k + 1).is_some_and(|n| {
                n.kind != veille_text::TokenKind::Punct
                    && !matches!(
                        LIST.get().class(veille_core::Lang::En, self.tok_text(k + 1)),
                        Some(Class::NotAs | Class::Prep)
                    )
            });
            if !prev_ok || !next_ok {
                continue;
            }
            let ss = self.a.seg.sentences[self.sentence_of(t.span.start)].span;
            let Some(last) = toks.get((k + AS_WINDOW).min(toks.len() - 1)) else { continue };
            let until = last.span.end.min(ss.end);
            let event_word = self.hits[self.hits_in(Span::new(t.span.end, until))]
                .iter()
                .any(|h| !self.lex.entry(h).senses.is_empty());
            if event_word {
                b.push((t.span.start, t.span.end));
            }
        }
    }
}

/// Tokens read after "dismissed" for the "as" that follows its object ("dismissed Human Rights
/// Watch reports as").
const DISMISS_WINDOW: usize = 8;

impl Extractor<'_, '_> {
    /// "dismissed the videos as \"fabrications\"", "has dismissed Human Rights Watch reports as
    /// biased": an object, then "as" (not "as part of", `not_as`), before any punctuation.
    fn dismissed_as(&self, d: &Draft) -> bool {
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[d.sentence].span;
        let first = toks.partition_point(|t| t.span.start < d.trigger.end);
        for (k, tok) in toks.iter().enumerate().skip(first).take(DISMISS_WINDOW) {
            if tok.span.start >= ss.end || tok.kind == veille_text::TokenKind::Punct {
                return false;
            }
            if self.tok_is(k, &["as"]) {
                // ("as part of" is no judgement; "as a ploy" is)
                return k > first
                    && !(k + 1 < toks.len()
                        && self.en_class(k + 1) == Some(Class::NotAs)
                        && !self.tok_is(k + 1, &["a", "an"]));
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_list_parses_and_classifies() {
        let l = LIST.parse().unwrap();
        assert_eq!(l.class(veille_core::Lang::En, "During"), Some(Class::Prep));
        assert_eq!(l.class(veille_core::Lang::En, "jihadist"), Some(Class::Modifier));
        assert_eq!(l.class(veille_core::Lang::En, "report"), Some(Class::Document));
        assert_eq!(l.class(veille_core::Lang::En, "coup"), Some(Class::Coup));
        assert_eq!(l.class(veille_core::Lang::En, "troops"), None);
        assert_eq!(l.class(veille_core::Lang::Fr, "report"), None);
    }
}
