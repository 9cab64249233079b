//! When an event happened, as against when it was told (word lists in `data/timing.tsv`):
//!
//! - a date right after a speech, claim or denial verb, "annoncer"/"announce" or a publication
//!   word ("a indiqué lundi l'état-major", "police said on Tuesday", "un communiqué publié
//!   mercredi") says when the statement was made; it dates a statement-type event (an
//!   accusation, a request…), not the incident the statement reports;
//! - an incident recalled in the pluperfect and dated by an earlier month ("En mars, une attaque
//!   … avait fait 44 morts", "les ministres avaient annoncé en janvier…") is context, and so is
//!   one named by a bare participle dated by an earlier month ("cinq ouvriers enlevés en avril
//!   ont été libérés"): background, undated (EVAL.md guideline 7).

use super::*;
use crate::wordlist::{EmbeddedList, WordList};
use std::sync::OnceLock;

const TIMING: &str = include_str!("../../data/timing.tsv");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Timing {
    Statement,
    Plup,
    PlupRefl,
    Period,
    /// A number word ("deux", "three").
    Num(u8),
    /// Words after "N jours" telling the days are before ("plus tôt", "earlier").
    Earlier,
    /// Words after "N jours" telling the days are after ("plus tard", "later").
    Later,
    /// A day unit ("jours", "days").
    Days,
}

fn class(c: &str) -> Option<Timing> {
    match c {
        "statement" => Some(Timing::Statement),
        "plup" => Some(Timing::Plup),
        "plup_refl" => Some(Timing::PlupRefl),
        "period" => Some(Timing::Period),
        "earlier" => Some(Timing::Earlier),
        "later" => Some(Timing::Later),
        "days" => Some(Timing::Days),
        _ => c.strip_prefix("num:").and_then(|n| n.parse().ok()).map(Timing::Num),
    }
}

pub(super) static LIST: EmbeddedList<Timing> = EmbeddedList::new(TIMING, "timing.tsv", class);

/// The day units of `timing.tsv` (class `days`: "jours", "days") in `lang`, as one automaton
/// (ASCII case ignored) for a quick test that a sentence may count days.
fn day_units(lang: veille_core::Lang) -> &'static aho_corasick::AhoCorasick {
    static UNITS: OnceLock<[aho_corasick::AhoCorasick; 2]> = OnceLock::new();
    let units = UNITS.get_or_init(|| {
        let mut out: [Vec<String>; 2] = Default::default();
        for line in TIMING.lines().filter(|l| !l.starts_with('#')) {
            if let [l, word, "days"] = line.split('\t').collect::<Vec<_>>()[..] {
                let i = usize::from(veille_core::Lang::parse(l) == Some(veille_core::Lang::En));
                out[i].push(word.to_ascii_lowercase());
            }
        }
        out.map(|words| {
            aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(words)
                .expect("timing.tsv day units build an automaton")
        })
    });
    &units[usize::from(lang == veille_core::Lang::En)]
}

/// The first words of the period phrases (class `period`), so that a clause is searched for
/// phrases only from the words that can open one.
fn period_starts() -> &'static WordList<()> {
    static STARTS: OnceLock<WordList<()>> = OnceLock::new();
    STARTS.get_or_init(|| {
        let mut rows = String::new();
        for line in TIMING.lines().filter(|l| !l.starts_with('#')) {
            let c: Vec<&str> = line.split('\t').collect();
            if let [lang, phrase, "period"] = c[..]
                && let Some(first) = phrase.split_whitespace().next()
            {
                rows.push_str(&format!("{lang}\t{first}\tstart\n"));
            }
        }
        WordList::parse(&rows, "timing.tsv", |_| Some(())).unwrap_or_default()
    })
}

/// Whether the day a statement was made ("a indiqué lundi", "said on Tuesday") is NOT the date of
/// an event of this type, mode and status that the statement reports: an incident (an attack, a
/// protest, an arrest) happened before it was told; an act announced for later, a possible one
/// or a denied one has no date of its own. A statement-type event (accusation, request, refusal,
/// threat, support) is dated by it, and so are a meeting and a decision told as done ("a annoncé
/// dimanche leur retrait", "announced on Thursday 15 million euros in aid"), not a denied one ("a
/// démenti jeudi avoir mené la moindre négociation").
pub(super) fn undated_by_statement(kind: EventType, mode: Option<&str>, status: Status) -> bool {
    match kind {
        EventType::Reject
        | EventType::Request
        | EventType::Accuse
        | EventType::Threaten
        | EventType::Support => false,
        _ if incident(kind, mode) => true,
        _ => matches!(status, Status::Pledged | Status::Hypothetical | Status::Denied),
    }
}

/// Event types whose complement tells another event (what is said, asked, refused, threatened,
/// or what a measure answers): a date after that content dates it, not them.
pub(super) fn has_content(kind: EventType) -> bool {
    matches!(
        kind,
        EventType::Reject
            | EventType::Request
            | EventType::Accuse
            | EventType::Threaten
            | EventType::Support
            | EventType::Sanction
    )
}

/// An incident, not a decision: an attack, a protest, an arrest.
pub(super) fn incident(kind: EventType, mode: Option<&str>) -> bool {
    matches!(kind, EventType::Assault | EventType::Protest)
        || (kind == EventType::Coerce && mode == Some("arrest"))
}

/// Months between a recalled incident and the publication for the pluperfect to make it context
/// ("Début septembre, le JNIM avait annoncé…" in an October article is the news's own start).
const RECALL_MONTHS: i64 = 2;

/// How many months `date` (ISO, month precision or finer) lies before the publication's month;
/// None without a publication month.
fn months_before(date: &str, published: Option<&veille_core::PartialDate>) -> Option<i64> {
    let p = published?;
    let pm = p.month?;
    let d = veille_core::PartialDate::parse_iso(date).ok()?;
    let dm = d.month?;
    Some((i64::from(p.year) * 12 + i64::from(pm)) - (i64::from(d.year) * 12 + i64::from(dm)))
}

impl<'a, 'd> Extractor<'a, 'd> {
    /// The date mention at `d` follows a statement verb or a publication word (at most one word
    /// between: "said on Tuesday", "a indiqué lundi", "un communiqué publié mercredi") that is
    /// not the trigger `trig` itself. With `announce` false, "annoncer"/"announce" does not count
    /// (a decision announced on a day is taken that day: "a annoncé jeudi l'interdiction…").
    pub(super) fn statement_date(&self, d: Span, trig: Span, announce: bool) -> bool {
        let Some(t) = self.tok_before(d.start) else { return false };
        let ss = self.a.seg.sentences[self.sentence_of(d.start)].span;
        let lang = self.a.doc.lang;
        for k in [Some(t), t.checked_sub(1)].into_iter().flatten() {
            let tk = self.a.seg.tokens[k].span;
            if tk.start < ss.start || tk.overlaps(trig) {
                return false;
            }
            if let Some((h, cues)) = self.cues_at(tk.start) {
                let hs = Span::new(self.hits[h].start, self.hits[h].end);
                if hs.overlaps(trig) {
                    return false;
                }
                let f = self.lex.forms[self.hits[h].entry as usize].as_str();
                let negation = f.split(' ').any(|w| matches!(w, "pas" | "not" | "never" | "jamais" | "n'a"));
                // an English verb in the past or "says", not a noun ("in Borno state late Monday")
                let w = self.tok_text(k);
                let verb_form = lang != veille_core::Lang::En
                    || w.ends_with("ed")
                    || matches!(w, "said" | "says" | "told" | "wrote");
                if verb_form
                    && (cues.iter().any(|c| matches!(c, Cue::Speech | Cue::Claim))
                        || (cues.contains(&Cue::Deny) && !negation)
                        || (announce && (f.starts_with("annonc") || f.starts_with("announc"))))
                {
                    return true;
                }
            }
            if LIST.get().class(lang, self.tok_text(k)) == Some(Timing::Statement) {
                return true;
            }
        }
        false
    }

    /// The date mention at `d` comes after the trigger `trig` with another trigger between: it
    /// dates that one ("a salué l'accord mais accuse les milices d'avoir incendié en janvier un
    /// hameau", "accused Cotonou of hosting French bases … since the July 2023 coup").
    pub(super) fn dates_later_trigger(&self, d: Span, trig: Span) -> bool {
        d.start >= trig.end
            && self.hits[self.hits_in(Span::new(trig.end, d.start))]
                .iter()
                .any(|h| !Span::new(h.start, h.end).overlaps(trig) && !self.lex.entry(h).senses.is_empty())
    }

    /// "Deux jours plus tôt", "trois jours plus tard", "two days earlier": the days (signed) the
    /// sentence `ss` puts between its event and the day told before; 0 if it says nothing so.
    pub(super) fn days_shift(&self, ss: Span) -> i64 {
        let toks = &self.a.seg.tokens;
        let lang = self.a.doc.lang;
        // most sentences name no day unit: a byte search skips the per-word lookups
        let bytes = &self.a.doc.text.as_bytes()[ss.start..ss.end];
        if !day_units(lang).is_match(bytes) {
            return 0;
        }
        let first = toks.partition_point(|t| t.span.start < ss.start);
        let last = toks.partition_point(|t| t.span.end <= ss.end);
        let class = |k: usize| if k < last { LIST.get().class(lang, self.tok_text(k)) } else { None };
        for i in first..last {
            let n = match class(i) {
                Some(Timing::Num(n)) => i64::from(n),
                _ if toks[i].kind == veille_text::TokenKind::Number => {
                    match self.tok_text(i).parse::<i64>() {
                        Ok(n) if (1..=14).contains(&n) => n,
                        _ => continue,
                    }
                }
                _ => continue,
            };
            if class(i + 1) != Some(Timing::Days) {
                continue;
            }
            // "plus tôt" is two words: the class is read on the pair, then on one word
            let two = (i + 3 < last).then(|| {
                let sp = Span::new(toks[i + 2].span.start, toks[i + 3].span.end);
                LIST.get().class(lang, &self.a.doc.text[sp.start..sp.end])
            });
            match two.flatten().or_else(|| class(i + 2)) {
                Some(Timing::Earlier) => return -n,
                Some(Timing::Later) => return n,
                _ => {}
            }
        }
        0
    }

    /// `date` lies in a year before the publication's that its sentence `si` tells explicitly
    /// before it ("qu'en 2023, la Cedeao avait imposé des sanctions … à la suite du coup d'État du
    /// 26 juillet"): the year, for `--explain`.
    pub(super) fn past_year_told(&self, si: usize, date: &str) -> Option<String> {
        let published = self.a.doc.published.as_ref()?;
        let d = veille_core::PartialDate::parse_iso(date).ok()?;
        if d.year >= published.year {
            return None;
        }
        let ss = self.a.seg.sentences[si].span;
        let at = self.a.dates.iter().find(|x| ss.contains(x.span) && x.date == Some(d))?;
        self.a
            .dates
            .iter()
            .filter(|x| ss.contains(x.span) && x.span.end <= at.span.start)
            .filter(|x| {
                x.precision == veille_core::Precision::Year && x.date.is_some_and(|y| y.year == d.year)
            })
            .map(|x| self.a.text(x.span).to_string())
            .find(|t| t.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit)))
    }

    /// The week-precision `date` of sentence `si` is a weekend ("ce week-end", "last weekend"),
    /// not a week ("la semaine dernière", "last week").
    pub(super) fn weekend_date(&self, si: usize, date: &str) -> bool {
        let ss = self.a.seg.sentences[si].span;
        self.a.dates.iter().any(|x| {
            ss.contains(x.span)
                && x.date.is_some_and(|d| d.to_string() == date)
                && veille_text::fold_cow(self.a.text(x.span)).replace('-', "").contains("weekend")
        })
    }

    /// A pluperfect auxiliary among the words of [cs, ce) ("avait", "avaient", "s'étaient"), not
    /// in a relative clause opened after the trigger ("l'attaque de Djenné, au cours de laquelle
    /// quatre gendarmes avaient été tués": the attack is not told in the pluperfect).
    fn pluperfect_in(&self, cs: usize, ce: usize, trig: Span) -> bool {
        let toks = &self.a.seg.tokens;
        let first = toks.partition_point(|t| t.span.start < cs);
        let lang = self.a.doc.lang;
        for (i, t) in toks[first..].iter().take_while(|t| t.span.end <= ce).enumerate() {
            let k = first + i;
            if t.span.start >= trig.end
                && self.tok_is(k, &["qui", "dont", "où", "laquelle", "lequel", "lesquels", "lesquelles"])
            {
                return false;
            }
            let plup = match LIST.get().class(lang, self.tok_text(k)) {
                Some(Timing::Plup) => true,
                Some(Timing::PlupRefl) => {
                    k > first && matches!(self.tok_text(k - 1), "s'" | "s’" | "S'" | "S’")
                }
                _ => false,
            };
            if plup {
                return true;
            }
        }
        false
    }

    /// The date mention `x` dates the trigger of clause [cs, ce): it opens the sentence ("En mars
    /// 2025, une attaque …"), or is in the clause within eight words of the trigger with no other
    /// trigger between ("avaient annoncé en janvier la mise sur pied", not "réquisitionnés … en
    /// vertu du décret adopté en avril 2023", nor "l'attaque de Djenné, en janvier, au cours de
    /// laquelle quatre gendarmes avaient été tués" for the killing); not a "depuis"/"since" date
    /// (a state that lasts).
    fn dates_trigger(&self, x: Span, (cs, ce): (usize, usize), trig: Span) -> bool {
        let ss = self.a.seg.sentences[self.sentence_of(x.start)].span;
        if self.tok_before(x.start).is_some_and(|t| {
            self.a.seg.tokens[t].span.start >= ss.start && self.tok_is(t, &["depuis", "since"])
        }) {
            return false;
        }
        if self.tokens_between(ss.start, x.start) <= 1 {
            return true;
        }
        let between =
            if x.end <= trig.start { Span::new(x.end, trig.start) } else { Span::new(trig.end, x.start) };
        x.start >= cs
            && x.end <= ce
            && self.tokens_between(between.start, between.end) <= 8
            && !self.hits[self.hits_in(between)].iter().any(|h| !self.lex.entry(h).senses.is_empty())
    }

    /// A period phrase of `timing.tsv` ("ces derniers mois", "depuis des mois", "in recent
    /// months") in the clause [cs, ce) within six words of the trigger, no other trigger between:
    /// the event is ongoing or repeated context. Returns the phrase.
    pub(super) fn period_phrase(&self, cs: usize, ce: usize, trig: Span) -> Option<&'a str> {
        const WINDOW: usize = 6;
        let toks = &self.a.seg.tokens;
        let lang = self.a.doc.lang;
        let first = toks.partition_point(|t| t.span.start < cs);
        let last = toks.partition_point(|t| t.span.end <= ce);
        let tb = toks.partition_point(|t| t.span.end <= trig.start);
        let ta = toks.partition_point(|t| t.span.start < trig.end);
        let from = tb.saturating_sub(WINDOW).max(first);
        let to = (ta + WINDOW).min(last);
        let text: &'a str = &self.a.doc.text;
        for i in from..to {
            if period_starts().class(lang, self.tok_text(i)).is_none() {
                continue;
            }
            for n in 2..=6 {
                let j = i + n - 1;
                if j >= last {
                    break;
                }
                let sp = Span::new(toks[i].span.start, toks[j].span.end);
                if sp.overlaps(trig) {
                    break;
                }
                let phrase = &text[sp.start..sp.end];
                if LIST.get().class(lang, phrase) != Some(Timing::Period) {
                    continue;
                }
                let between = if sp.end <= trig.start {
                    Span::new(sp.end, trig.start)
                } else {
                    Span::new(trig.end, sp.start)
                };
                let clear = !self.hits[self.hits_in(between)].iter().any(|h| {
                    !Span::new(h.start, h.end).overlaps(trig) && !self.lex.entry(h).senses.is_empty()
                });
                if clear {
                    return Some(phrase);
                }
            }
        }
        None
    }

    /// The event dated `date` (month precision) is an incident recalled as context: told in the
    /// pluperfect in its clause [cs, ce), or named by a bare participle right before its date
    /// ("enlevés en avril"), in a month before the publication's. Returns the rule for
    /// `--explain`.
    pub(super) fn recalled_incident(
        &self,
        cs: usize,
        ce: usize,
        trig: Span,
        bare: bool,
        date: Option<&str>,
        precision: Option<veille_core::Precision>,
    ) -> Option<&'static str> {
        if precision != Some(veille_core::Precision::Month) {
            return None;
        }
        let date = date?;
        if months_before(date, self.a.doc.published.as_ref())? < RECALL_MONTHS {
            return None;
        }
        let ss = self.a.seg.sentences[self.sentence_of(trig.start)].span;
        let mention = |x: &&crate::analysis::DateRef| {
            ss.contains(x.span) && x.date.is_some_and(|d| d.to_string() == date)
        };
        if self.pluperfect_in(cs, ce, trig)
            && self.a.dates.iter().filter(mention).any(|x| self.dates_trigger(x.span, (cs, ce), trig))
        {
            return Some("told in the pluperfect, dated by an earlier month: recalled context");
        }
        if bare
            && self
                .a
                .dates
                .iter()
                .filter(mention)
                .any(|x| x.span.start >= trig.end && self.tokens_between(trig.end, x.span.start) <= 2)
        {
            return Some("a bare participle dated by an earlier month: recalled context");
        }
        None
    }
}
