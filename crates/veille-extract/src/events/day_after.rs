//! "la veille" / "le lendemain" told inside a sentence that has a date of its own: "Le gouvernement
//! a reconnu, jeudi, la mort de vingt-huit militaires dans l'attaque qui a visé la veille une
//! position de l'armée", "Un car a sauté jeudi sur un engin explosif ; le lendemain, une patrouille
//! a essuyé des tirs". An event nearer to the phrase than to any date of its sentence happened the
//! day before (after) the last day its sentence tells before the phrase, whoever told that day (a
//! statement's day counts: "la veille" is the day before it); "au lendemain d'une attaque" puts the
//! attack the day before that day. `phrases.rs` reads the same phrases in a sentence with no date
//! of its own.

use super::*;

/// Words of the phrases read below ("lendemain", "veille", "day"), searched once in the folded
/// document: without them no sentence of it has such a phrase.
pub(super) fn has_day_words(folded: &str) -> bool {
    ["lendemain", "veille", "day"].iter().any(|w| folded.contains(w))
}

impl Extractor<'_, '_> {
    /// The day of the event with trigger `trig` in sentence `si` when a "la veille"/"le
    /// lendemain"/"the next day" phrase of the sentence is nearer to it than every date of the
    /// sentence: the date of the last day mention before the phrase, shifted by one day.
    pub(super) fn day_relative_in_sentence(
        &self,
        si: usize,
        trig: Span,
    ) -> Option<(veille_core::PartialDate, Span)> {
        if !self.day_words {
            return None;
        }
        let a = self.a;
        let ss = a.seg.sentences[si].span;
        let toks = &a.seg.tokens;
        let first = toks.partition_point(|t| t.span.start < ss.start);
        let word = |i: usize| toks.get(i).filter(|t| t.span.end <= ss.end).map(|t| a.text(t.span));
        let is =
            |w: Option<&str>, xs: &[&str]| w.is_some_and(|w| xs.iter().any(|x| w.eq_ignore_ascii_case(x)));
        let mut found: Option<(Span, i64)> = None;
        let mut i = first + 1;
        while let Some(w) = word(i) {
            let prev = word(i - 1);
            let of = is(word(i + 1), &["de", "du", "des", "d'", "d’"]);
            let shift = if w.eq_ignore_ascii_case("lendemain") && is(prev, &["le", "au"]) {
                // "a ordonné samedi …, au lendemain d'une attaque": the attack is the day before
                if is(prev, &["au"]) && of { -1 } else { 1 }
            } else if w.eq_ignore_ascii_case("veille") && is(prev, &["la"]) && !of {
                -1
            } else if w.eq_ignore_ascii_case("day") && is(prev, &["next", "following"]) {
                1
            } else {
                0
            };
            if shift != 0 {
                found = Some((Span::new(toks[i - 1].span.start, toks[i].span.end), shift));
                break;
            }
            i += 1;
        }
        let (phrase, shift) = found?;
        let dist =
            |s: Span| if s.start >= trig.end { s.start - trig.end } else { trig.start.saturating_sub(s.end) };
        let dates = || a.dates.iter().filter(|d| ss.contains(d.span) && !self.in_dateline(d.span));
        if dates().any(|d| dist(d.span) <= dist(phrase)) {
            return None;
        }
        let anchor = dates()
            .filter(|d| d.span.end <= phrase.start && d.precision == veille_core::Precision::Day)
            .max_by_key(|d| d.span.start)?;
        let day = anchor.date.as_ref()?.to_days()?;
        Some((veille_core::PartialDate::from_days(day + shift), anchor.span))
    }
}
