//! Date mentions, absolute and relative to the publication date.
//!
//! Absolute: "10 septembre 2025", "le 3 avril", "mardi 3 avril", "Sept. 10, 2025", "September 10",
//! "10 September 2025", "10/09/2025", "2025-09-10", "avril 2025", "en avril", "in April",
//! "mi-mars", "début janvier", "fin 2024", "en 2023", "dans la nuit du 3 au 4 avril".
//! Relative: the phrases of `data/relative.tsv` ("hier", "la semaine dernière", "last month"),
//! weekdays ("mardi", "mardi dernier", "on Tuesday", "last Tuesday", "la nuit de samedi à
//! dimanche"), "il y a trois jours", "two days ago".
//!
//! Rules (documented conventions):
//! - A date without a year takes the year told earlier in its sentence ("en 2023, … le 26
//!   juillet"), else the publication year, unless that puts it after the
//!   publication date; then it takes the previous year. Without a publication date its date is
//!   None ("no year in the text and no publication date").
//! - A bare weekday ("mardi", "on Tuesday") is the most recent such day on or before the
//!   publication day; with "dernier"/"last" it is the most recent one strictly before it; with
//!   "prochain"/"next" the first one strictly after it.
//! - A night "de samedi à dimanche" / "du 3 au 4 avril" is dated by its first day.
//! - Week precision: the date is the Monday of that ISO week.
//! - Numeric dates: French and other languages read day first (DD/MM/YYYY); English text reads
//!   day first when the first number is > 12, month first when the second is > 12, and when
//!   both are ≤ 12 (and differ) the order is unknown: date None ("ambiguous day/month order").
//!   ISO YYYY-MM-DD always parses.
//! - Relative dates need the publication date: without one, date None ("relative date without
//!   publication date"). When the publication date is known only to the month (or year), a
//!   day- or week-level relative date ("hier", "mardi") is given that month (or year), with
//!   month (year) precision and a reason saying so; month/year offsets still resolve exactly.
//! - Spans cover the date words, including modifiers ("début janvier", "mi-mars") and a
//!   leading weekday ("mardi 3 avril"), not the preposition or article ("en", "le", "in", "on").

use crate::lexicon::FxMap;
use std::sync::OnceLock;

use serde::Serialize;
use veille_core::{Lang, PartialDate, Precision, Span};

use crate::lexicon::{FoldedTokens, PhraseTable, WordSet, rows};
use crate::quantity::parse_digits;
use crate::segment::{Segmentation, TokenKind};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DateMention {
    pub span: Span,
    pub date: Option<PartialDate>,
    pub precision: Precision,
    /// True when the date is computed from the publication date.
    pub relative: bool,
    /// Why `date` is None or less precise than the text says.
    pub reason: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RelKind {
    Day,
    Week,
    Month,
    Year,
    Weekend,
    Last,
    Next,
    Modifier,
    Context,
    IlYa,
    Ago,
    Unit,
    Future,
}

/// How many tokens before a bare weekday a future cue is looked for.
const FUTURE_WINDOW: usize = 6;

pub(crate) struct Calendar {
    pub(crate) months: FxMap<String, (u8, bool)>,
    pub(crate) weekdays: FxMap<String, u8>,
    rel: PhraseTable<(RelKind, i64)>,
    /// Folded tokens that can start a date expression (besides digits): a one-lookup gate.
    triggers: WordSet,
}

pub(crate) fn calendar() -> &'static Calendar {
    static C: OnceLock<Calendar> = OnceLock::new();
    C.get_or_init(|| {
        let months: FxMap<String, (u8, bool)> = rows(include_str!("../data/months.tsv"))
            .filter_map(|r| Some((r[0].to_string(), (r.get(1)?.parse().ok()?, r.get(2) == Some(&"yes")))))
            .collect();
        let weekdays: FxMap<String, u8> = rows(include_str!("../data/weekdays.tsv"))
            .filter_map(|r| Some((r[0].to_string(), r.get(1)?.parse().ok()?)))
            .collect();
        let mut rel = PhraseTable::default();
        for r in rows(include_str!("../data/relative.tsv")) {
            let kind = match r.get(1).copied() {
                Some("day") => RelKind::Day,
                Some("week") => RelKind::Week,
                Some("month") => RelKind::Month,
                Some("year") => RelKind::Year,
                Some("weekend") => RelKind::Weekend,
                Some("last") => RelKind::Last,
                Some("next") => RelKind::Next,
                Some("modifier") => RelKind::Modifier,
                Some("context") => RelKind::Context,
                Some("ilya") => RelKind::IlYa,
                Some("ago") => RelKind::Ago,
                Some("unit") => RelKind::Unit,
                Some("future") => RelKind::Future,
                _ => continue,
            };
            let off = r.get(2).and_then(|o| o.parse().ok()).unwrap_or(0);
            rel.insert(r[0], (kind, off));
        }
        let mut triggers = WordSet::default();
        triggers.extend(months.keys().cloned());
        triggers.extend(weekdays.keys().cloned());
        // Context words ("en", "de", "in") only matter when looked back at from a month or year.
        triggers.extend(
            rel.entries()
                .filter(|(_, (k, _))| {
                    !matches!(k, RelKind::Context | RelKind::Unit | RelKind::Ago | RelKind::Future)
                })
                .map(|(t, _)| t[0].clone()),
        );
        triggers.extend(crate::quantity::lexicon().number_words().map(str::to_string));
        triggers.extend(["nuit", "dans", "la", "premier"].map(str::to_string));
        Calendar { months, weekdays, rel, triggers }
    })
}

/// What a matched expression means before resolution.
#[derive(Clone, Copy, Debug)]
enum Meaning {
    /// Year known or not; month and day known or not.
    Absolute {
        year: Option<i32>,
        month: Option<u8>,
        day: Option<u8>,
    },
    /// Offset in days / weeks / months / years from publication.
    Offset {
        unit: Precision,
        n: i64,
    },
    /// A weekday: -1 = strictly before, 0 = on or before, 1 = strictly after publication.
    Weekday {
        wd: u8,
        dir: i8,
    },
    Weekend {
        n: i64,
    },
    /// Numeric date whose day/month order cannot be told.
    Ambiguous,
}

struct Ctx<'a> {
    text: &'a str,
    seg: &'a Segmentation,
    ft: &'a FoldedTokens,
    cal: &'a Calendar,
    lang: Lang,
}

impl Ctx<'_> {
    fn tok(&self, i: usize) -> &str {
        self.seg.tokens.get(i).map_or("", |t| t.span.slice(self.text))
    }
    fn is_num(&self, i: usize) -> bool {
        self.seg.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Number)
    }
    fn attached(&self, a: usize, b: usize) -> bool {
        b < self.seg.tokens.len() && self.seg.tokens[a].span.end == self.seg.tokens[b].span.start
    }
    fn rel(&self, i: usize, limit: usize) -> Option<(usize, RelKind, i64)> {
        self.cal.rel.longest(self.ft, i, limit).map(|(n, &(k, o))| (n, k, o))
    }
    fn rel_kind(&self, i: usize, limit: usize, kind: RelKind) -> Option<usize> {
        self.rel(i, limit).and_then(|(n, k, _)| (k == kind).then_some(n))
    }
    fn month(&self, i: usize) -> Option<(u8, bool)> {
        self.cal.months.get(self.ft.get(i)).copied()
    }
    /// A month name, or a month abbreviation whose period is a separate token ("3 sept. 2024",
    /// where "sept." is not taken as an abbreviation because "sept" is also "seven"):
    /// (month, tokens used).
    fn month_dotted(&self, i: usize) -> Option<(u8, usize)> {
        if self.tok(i + 1) == "." && self.attached(i, i + 1) {
            let mut f = String::with_capacity(8);
            f.push_str(self.ft.get(i));
            f.push('.');
            if let Some(&(m, _)) = self.cal.months.get(&f) {
                return Some((m, 2));
            }
        }
        self.month(i).map(|(m, _)| (m, 1))
    }
    fn weekday(&self, i: usize) -> Option<u8> {
        self.cal.weekdays.get(self.ft.get(i)).copied()
    }
    /// Day of month: "3", "1er", "3rd", "10th", "premier".
    fn day(&self, i: usize) -> Option<u8> {
        let f = self.ft.get(i);
        if f == "premier" {
            return Some(1);
        }
        let digits = f.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > 2 {
            return None;
        }
        let suffix = &f[digits..];
        let ok_suffix = if self.is_num(i) {
            suffix.is_empty()
        } else {
            matches!(suffix, "er" | "re" | "e" | "eme" | "st" | "nd" | "rd" | "th")
        };
        let d: u8 = f[..digits].parse().ok()?;
        (ok_suffix && (1..=31).contains(&d)).then_some(d)
    }
    fn year(&self, i: usize) -> Option<i32> {
        let t = self.tok(i);
        if self.is_num(i) && t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) {
            let y: i32 = t.parse().ok()?;
            return (1900..=2100).contains(&y).then_some(y);
        }
        None
    }
    /// A number for "il y a N jours" / "N days ago": digits or number words (un/a = 1).
    fn count(&self, i: usize, limit: usize) -> Option<(i64, usize)> {
        if self.is_num(i) {
            return parse_digits(self.tok(i)).map(|v| (v as i64, i + 1));
        }
        if matches!(self.ft.get(i), "un" | "une" | "a" | "an") {
            return Some((1, i + 1));
        }
        crate::quantity::number_words_at(self.ft, i, limit, self.lang).map(|(v, k)| (v as i64, k))
    }

    fn span(&self, a: usize, b_incl: usize) -> Span {
        self.seg.tokens[a].span.cover(self.seg.tokens[b_incl].span)
    }

    /// Tries every pattern at token `i`; returns (span, meaning, precision, next token).
    fn at(&self, i: usize, start: usize, limit: usize) -> Option<(Span, Meaning, Precision, usize)> {
        let f = self.ft.get(i);
        let gate = f.as_bytes().first().is_some_and(u8::is_ascii_digit)
            || self.cal.triggers.contains(f)
            || f.split_once('-').is_some_and(|(p, _)| self.cal.triggers.contains(p));
        if !gate {
            return None;
        }
        // "la nuit de samedi à dimanche", "dans la nuit du 3 au 4 avril".
        if f == "nuit"
            || ((f == "dans" || f == "la") && (self.ft.get(i + 1) == "nuit" || self.ft.get(i + 2) == "nuit"))
        {
            let n = (i..i + 3).find(|&k| self.ft.get(k) == "nuit")?;
            let first = i;
            let k = n + 1;
            if matches!(self.ft.get(k), "de" | "du" | "of") {
                // weekday → weekday
                if let Some(wd) = self.weekday(k + 1)
                    && matches!(self.ft.get(k + 2), "a" | "au" | "to")
                    && self.weekday(k + 3).is_some()
                {
                    return Some((
                        self.span(first, k + 3),
                        Meaning::Weekday { wd, dir: 0 },
                        Precision::Day,
                        k + 4,
                    ));
                }
                // du D au D MONTH [YEAR]
                if let Some(d) = self.day(k + 1)
                    && matches!(self.ft.get(k + 2), "au" | "a" | "to")
                    && self.day(k + 3).is_some()
                    && let Some((m, _)) = self.month(k + 4)
                {
                    let y = self.year(k + 5);
                    let end = if y.is_some() { k + 5 } else { k + 4 };
                    return Some((
                        self.span(first, end),
                        Meaning::Absolute { year: y, month: Some(m), day: Some(d) },
                        Precision::Day,
                        end + 1,
                    ));
                }
                if let Some(wd) = self.weekday(k + 1) {
                    return Some((
                        self.span(first, k + 1),
                        Meaning::Weekday { wd, dir: 0 },
                        Precision::Day,
                        k + 2,
                    ));
                }
            }
            if f == "nuit" || n != i {
                return None;
            }
        }
        // Numeric: DD/MM/YYYY, YYYY-MM-DD.
        if self.is_num(i)
            && let Some(m) = self.numeric(i)
        {
            return Some(m);
        }
        // [weekday [,]] D MONTH [YEAR]
        let mut k = i;
        let mut wd_first = false;
        if self.weekday(k).is_some() {
            k += 1;
            if self.tok(k) == "," {
                k += 1;
            }
            wd_first = true;
        }
        if let Some(d) = self.day(k)
            && let Some((m, mlen)) = self.month_dotted(k + 1)
        {
            let mend = k + mlen;
            let (y, end) = match self.year(mend + 1) {
                Some(y) => (Some(y), mend + 1),
                None => (None, mend),
            };
            return Some((
                self.span(i, end),
                Meaning::Absolute { year: y, month: Some(m), day: Some(d) },
                Precision::Day,
                end + 1,
            ));
        }
        if let Some(d) = self.day(k)
            && matches!(self.ft.get(k + 1), "au" | "-" | "et" | "and" | "to")
            && self.day(k + 2).is_some()
            && let Some((m, _)) = self.month(k + 3)
        {
            let (y, end) = match self.year(k + 4) {
                Some(y) => (Some(y), k + 4),
                None => (None, k + 3),
            };
            return Some((
                self.span(i, end),
                Meaning::Absolute { year: y, month: Some(m), day: Some(d) },
                Precision::Day,
                end + 1,
            ));
        }
        // MONTH D[,] [YEAR]  ("Sept. 10, 2025", "September 10", "Tuesday, September 10")
        if let Some((m, _)) = self.month(k)
            && let Some(d) = self.day(k + 1)
            && self.month(k + 2).is_none()
        {
            let mut end = k + 1;
            let mut y = None;
            let yk = if self.tok(k + 2) == "," { k + 3 } else { k + 2 };
            if let Some(yy) = self.year(yk) {
                y = Some(yy);
                end = yk;
            }
            return Some((
                self.span(i, end),
                Meaning::Absolute { year: y, month: Some(m), day: Some(d) },
                Precision::Day,
                end + 1,
            ));
        }
        if wd_first {
            // A weekday not followed by a day: relative weekday, handled below.
            return self.weekday_expr(i, start, limit);
        }
        // [modifier] MONTH [YEAR] / [modifier] YEAR  ("mi-mars", "début janvier", "fin 2024")
        let mut k = i;
        let mut modified = false;
        if let Some(n) = self.rel_kind(k, limit, RelKind::Modifier) {
            k += n;
            modified = true;
            if self.tok(k) == "-" && self.attached(k - 1, k) {
                k += 1;
            }
        } else if let Some((pre, rest)) = f.split_once('-')
            && self.rel_kind_word(pre) == Some(RelKind::Modifier)
        {
            // "mi-mars", "mid-March" as one token
            if let Some(&(m, _)) = self.cal.months.get(rest) {
                let (y, end) = match self.year(i + 1) {
                    Some(y) => (Some(y), i + 1),
                    None => (None, i),
                };
                return Some((
                    self.span(i, end),
                    Meaning::Absolute { year: y, month: Some(m), day: None },
                    Precision::Month,
                    end + 1,
                ));
            }
            if let Ok(y) = rest.parse::<i32>()
                && (1900..=2100).contains(&y)
            {
                return Some((
                    self.span(i, i),
                    Meaning::Absolute { year: Some(y), month: None, day: None },
                    Precision::Year,
                    i + 1,
                ));
            }
        }
        let context_before = || {
            i > start && {
                // a context word ends right before token i ("en", "in", "au mois de")
                (start..i).rev().take(3).any(|s| {
                    self.rel(s, i).is_some_and(|(n, kind, _)| kind == RelKind::Context && s + n == i)
                })
            }
        };
        if let Some((m, ambiguous)) = self.month(k) {
            if let Some(y) = self.year(k + 1) {
                return Some((
                    self.span(i, k + 1),
                    Meaning::Absolute { year: Some(y), month: Some(m), day: None },
                    Precision::Month,
                    k + 2,
                ));
            }
            let capital_ok =
                self.lang != Lang::En || self.tok(k).chars().next().is_some_and(char::is_uppercase);
            // "de sept blessés": an ambiguous month that is also a number word, before a noun, counts
            let number = ambiguous
                && self.followed_by_noun_unit(k + 1)
                && crate::quantity::number_words_at(self.ft, k, limit, self.lang).is_some();
            if (modified || context_before()) && capital_ok && !number {
                return Some((
                    self.span(i, k),
                    Meaning::Absolute { year: None, month: Some(m), day: None },
                    Precision::Month,
                    k + 1,
                ));
            }
            return None;
        }
        if let Some(y) = self.year(k)
            && (modified || context_before())
            && !self.followed_by_noun_unit(k + 1)
        {
            return Some((
                self.span(i, k),
                Meaning::Absolute { year: Some(y), month: None, day: None },
                Precision::Year,
                k + 1,
            ));
        }
        if modified {
            return None;
        }
        // Relative phrases.
        if let Some((n, kind, off)) = self.rel(i, limit) {
            let unit = match kind {
                RelKind::Day => Some(Precision::Day),
                RelKind::Week => Some(Precision::Week),
                RelKind::Month => Some(Precision::Month),
                RelKind::Year => Some(Precision::Year),
                _ => None,
            };
            if let Some(unit) = unit {
                return Some((self.span(i, i + n - 1), Meaning::Offset { unit, n: off }, unit, i + n));
            }
            if kind == RelKind::Weekend {
                return Some((self.span(i, i + n - 1), Meaning::Weekend { n: off }, Precision::Week, i + n));
            }
            if kind == RelKind::IlYa
                && let Some((num, k)) = self.count(i + n, limit)
                && let Some((un, RelKind::Unit, days)) = self.rel(k, limit)
            {
                let (unit, nn) = ago_unit(days, num);
                return Some((self.span(i, k + un - 1), Meaning::Offset { unit, n: -nn }, unit, k + un));
            }
            if matches!(kind, RelKind::Last | RelKind::Next) && self.weekday(i + n).is_some() {
                let wd = self.weekday(i + n)?;
                let dir = if kind == RelKind::Last { -1 } else { 1 };
                return Some((self.span(i, i + n), Meaning::Weekday { wd, dir }, Precision::Day, i + n + 1));
            }
        }
        // "two days ago", "3 weeks ago"
        if let Some((num, k)) = self.count(i, limit)
            && let Some((un, RelKind::Unit, days)) = self.rel(k, limit)
            && self.rel_kind(k + un, limit, RelKind::Ago).is_some()
        {
            let (unit, nn) = ago_unit(days, num);
            return Some((self.span(i, k + un), Meaning::Offset { unit, n: -nn }, unit, k + un + 1));
        }
        if self.weekday(i).is_some() {
            return self.weekday_expr(i, start, limit);
        }
        None
    }

    fn rel_kind_word(&self, w: &str) -> Option<RelKind> {
        self.cal.rel.get_single(w).map(|&(k, _)| k)
    }

    fn followed_by_noun_unit(&self, i: usize) -> bool {
        // "en 2000 soldats" is not a year: a lower-case noun right after the number.
        let t = self.tok(i);
        self.seg.tokens.get(i).is_some_and(|x| x.kind == TokenKind::Word)
            && t.chars().next().is_some_and(char::is_lowercase)
            && !crate::lang::is_stopword(self.ft.get(i))
            && !self.ft.get(i).ends_with('\'')
            && !matches!(self.ft.get(i), "a" | "et" | "ou")
    }

    /// weekday [dernier|prochain|passé]
    /// A future or scheduling cue in the few words before token `i`, in the same clause
    /// ("est attendue jeudi", "doit se rendre mardi", "will travel to Bamako on Tuesday").
    fn future_before(&self, i: usize, start: usize) -> bool {
        let from = i.saturating_sub(FUTURE_WINDOW).max(start);
        for j in (from..i).rev() {
            let t = self.tok(j);
            if matches!(t, "," | ";" | ":" | "(" | ")" | "«" | "»" | "\"" | "—" | "–") {
                return false;
            }
            if self.rel_kind(j, i, RelKind::Future).is_some() {
                return true;
            }
        }
        false
    }

    fn weekday_expr(
        &self,
        i: usize,
        start: usize,
        limit: usize,
    ) -> Option<(Span, Meaning, Precision, usize)> {
        let wd = self.weekday(i)?;
        // Capitalised weekday required in English ("Sunday"), any case in French.
        if self.lang == Lang::En && !self.tok(i).chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        if let Some((n, kind, _)) = self.rel(i + 1, limit) {
            match kind {
                RelKind::Last => {
                    return Some((
                        self.span(i, i + n),
                        Meaning::Weekday { wd, dir: -1 },
                        Precision::Day,
                        i + n + 1,
                    ));
                }
                RelKind::Next => {
                    return Some((
                        self.span(i, i + n),
                        Meaning::Weekday { wd, dir: 1 },
                        Precision::Day,
                        i + n + 1,
                    ));
                }
                _ => {}
            }
        }
        // a bare weekday after a future cue is the next such day ("est attendue jeudi")
        let dir = if self.future_before(i, start) { 1 } else { 0 };
        Some((self.span(i, i), Meaning::Weekday { wd, dir }, Precision::Day, i + 1))
    }

    fn numeric(&self, i: usize) -> Option<(Span, Meaning, Precision, usize)> {
        // DD.MM.YYYY is one number token: always day first.
        let t = self.tok(i);
        let parts: Vec<&str> = t.split('.').collect();
        if let [d, m, y] = parts.as_slice()
            && (1..=2).contains(&d.len())
            && (1..=2).contains(&m.len())
            && y.len() == 4
        {
            let date = PartialDate::ymd(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)?;
            let span = self.seg.tokens[i].span;
            return Some((
                span,
                Meaning::Absolute { year: Some(date.year), month: date.month, day: date.day },
                Precision::Day,
                i + 1,
            ));
        }
        let sep = self.tok(i + 1);
        if !(matches!(sep, "/" | "-")
            && self.attached(i, i + 1)
            && self.is_num(i + 2)
            && self.attached(i + 1, i + 2)
            && self.tok(i + 3) == sep
            && self.attached(i + 2, i + 3)
            && self.is_num(i + 4)
            && self.attached(i + 3, i + 4))
        {
            return None;
        }
        let (a, b, c) = (self.tok(i), self.tok(i + 2), self.tok(i + 4));
        let all_digits = [a, b, c].iter().all(|s| s.bytes().all(|x| x.is_ascii_digit()));
        if !all_digits {
            return None;
        }
        let span = self.span(i, i + 4);
        let (na, nb, nc): (u32, u32, u32) = (a.parse().ok()?, b.parse().ok()?, c.parse().ok()?);
        if a.len() == 4 {
            // YYYY-MM-DD / YYYY/MM/DD
            let d = PartialDate::ymd(na as i32, nb as u8, nc as u8)?;
            return Some((
                span,
                Meaning::Absolute { year: Some(d.year), month: d.month, day: d.day },
                Precision::Day,
                i + 5,
            ));
        }
        if sep != "/" || a.len() > 2 || b.len() > 2 || !(c.len() == 4 || c.len() == 2) {
            return None;
        }
        let year = if c.len() == 2 { 2000 + nc as i32 } else { nc as i32 };
        let valid = |d: u32, m: u32| PartialDate::ymd(year, m as u8, d as u8);
        let dm = valid(na, nb);
        let md = valid(nb, na);
        let chosen = match self.lang {
            Lang::En => match (dm, md) {
                (Some(x), None) | (None, Some(x)) => Some(x),
                (Some(x), Some(_)) if na == nb => Some(x),
                (Some(_), Some(_)) => {
                    return Some((span, Meaning::Ambiguous, Precision::Day, i + 5));
                }
                (None, None) => None,
            },
            _ => dm.or(md),
        }?;
        Some((
            span,
            Meaning::Absolute { year: Some(chosen.year), month: chosen.month, day: chosen.day },
            Precision::Day,
            i + 5,
        ))
    }
}

fn ago_unit(days: i64, n: i64) -> (Precision, i64) {
    match days {
        1 => (Precision::Day, n),
        7 => (Precision::Week, n),
        30 => (Precision::Month, n),
        _ => (Precision::Year, n),
    }
}

const NO_PUB: &str = "relative date without publication date";

fn resolve(
    m: Meaning,
    precision: Precision,
    published: Option<PartialDate>,
) -> (Option<PartialDate>, Precision, bool, Option<String>) {
    match m {
        Meaning::Ambiguous => {
            (None, precision, false, Some("ambiguous day/month order in a numeric date".into()))
        }
        Meaning::Absolute { year: Some(y), month, day } => {
            let d = match (month, day) {
                (Some(m), Some(d)) => PartialDate::ymd(y, m, d),
                (Some(m), None) => PartialDate::month(y, m),
                _ => Some(PartialDate::year(y)),
            };
            match d {
                Some(d) => (Some(d), precision, false, None),
                None => (None, precision, false, Some("not a valid calendar date".into())),
            }
        }
        Meaning::Absolute { year: None, month, day } => {
            let Some(p) = published else {
                return (None, precision, false, Some("no year in the text and no publication date".into()));
            };
            let m = month.unwrap_or(1);
            let mut y = p.year;
            // After publication → previous year.
            let pm = p.month.unwrap_or(12);
            let pd = p.day.unwrap_or(31);
            if (m, day.unwrap_or(1)) > (pm, pd) {
                y -= 1;
            }
            let d = match day {
                Some(d) => PartialDate::ymd(y, m, d),
                None => PartialDate::month(y, m),
            };
            match d {
                Some(d) => (Some(d), precision, true, None),
                None => (None, precision, true, Some("not a valid calendar date".into())),
            }
        }
        Meaning::Offset { unit, n } => {
            let Some(p) = published else { return (None, precision, true, Some(NO_PUB.into())) };
            match unit {
                Precision::Day | Precision::Week => match p.to_days() {
                    Some(days) => {
                        let target = if unit == Precision::Day {
                            days + n
                        } else {
                            let monday = days - i64::from(p.weekday().unwrap_or(1) - 1);
                            // "il y a deux semaines" counts days; "la semaine dernière" weeks.
                            monday + 7 * n
                        };
                        (Some(PartialDate::from_days(target)), unit, true, None)
                    }
                    None => coarse(p),
                },
                Precision::Month => match p.month {
                    Some(pm) => {
                        let idx = i64::from(p.year) * 12 + i64::from(pm) - 1 + n;
                        let d = PartialDate::month(idx.div_euclid(12) as i32, (idx.rem_euclid(12) + 1) as u8);
                        (d, Precision::Month, true, None)
                    }
                    None => coarse(p),
                },
                Precision::Year => (Some(PartialDate::year(p.year + n as i32)), Precision::Year, true, None),
            }
        }
        Meaning::Weekday { wd, dir } => {
            let Some(p) = published else { return (None, precision, true, Some(NO_PUB.into())) };
            let (Some(days), Some(pwd)) = (p.to_days(), p.weekday()) else { return coarse(p) };
            let back = (i64::from(pwd) - i64::from(wd)).rem_euclid(7);
            let target = match dir {
                0 => days - back,
                -1 => days - if back == 0 { 7 } else { back },
                _ => {
                    let fwd = (i64::from(wd) - i64::from(pwd)).rem_euclid(7);
                    days + if fwd == 0 { 7 } else { fwd }
                }
            };
            (Some(PartialDate::from_days(target)), Precision::Day, true, None)
        }
        Meaning::Weekend { n } => {
            let Some(p) = published else { return (None, precision, true, Some(NO_PUB.into())) };
            let (Some(days), Some(pwd)) = (p.to_days(), p.weekday()) else { return coarse(p) };
            let back = (i64::from(pwd) - 6).rem_euclid(7);
            let mut sat = days - back;
            if n < 0 && back <= 1 {
                sat -= 7;
            }
            (Some(PartialDate::from_days(sat)), Precision::Week, true, None)
        }
    }
}

/// A day/week-level relative date when the publication date is known only to the month or year.
fn coarse(p: PartialDate) -> (Option<PartialDate>, Precision, bool, Option<String>) {
    let prec = p.precision();
    let what = if prec == Precision::Month { "month" } else { "year" };
    (Some(p), prec, true, Some(format!("publication date known only to the {what}: resolved to that {what}")))
}

/// Finds the date mentions of `text`; see the module doc.
pub fn dates(text: &str, seg: &Segmentation, lang: Lang, published: Option<PartialDate>) -> Vec<DateMention> {
    let ft = FoldedTokens::new(text, seg);
    dates_folded(text, seg, &ft, lang, published)
}

pub(crate) fn dates_folded(
    text: &str,
    seg: &Segmentation,
    ft: &FoldedTokens,
    lang: Lang,
    published: Option<PartialDate>,
) -> Vec<DateMention> {
    let cx = Ctx { text, seg, ft, cal: calendar(), lang };
    let mut out = Vec::new();
    for s in &seg.sentences {
        let mut i = s.tokens.start;
        // "Il est rappelé qu'en 2023, la Cedeao … à la suite du coup d'État du 26 juillet": a date
        // without a year after an explicit year of its sentence takes that year
        let mut year_told: Option<i32> = None;
        while i < s.tokens.end {
            match cx.at(i, s.tokens.start, s.tokens.end) {
                Some((span, m, prec, next)) => {
                    let m = match m {
                        Meaning::Absolute { year: Some(y), .. } => {
                            year_told = Some(y);
                            m
                        }
                        Meaning::Absolute { year: None, month, day } if year_told.is_some() => {
                            Meaning::Absolute { year: year_told, month, day }
                        }
                        _ => m,
                    };
                    let (date, precision, relative, reason) = resolve(m, prec, published);
                    out.push(DateMention { span, date, precision, relative, reason });
                    i = next.max(i + 1);
                }
                None => i += 1,
            }
        }
    }
    out
}
