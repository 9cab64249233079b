//! Quantities: "5 000 hommes", "au moins 27", "une dizaine de soldats", "dozens of people".
//!
//! One pass over the tokens of each sentence. A quantity is an optional qualifier phrase
//! ("au moins", "more than"; `data/quantifiers.tsv`), a core (digits, number words of
//! `data/numbers.tsv`, an approximate noun of `data/approx_nouns.tsv`, or a vague determiner +
//! approximate noun), an optional scale ("2 millions"), then an optional unit noun (after
//! "de"/"d'"/"of" for approximate nouns and scales). Vague plurals use the multiplier-2
//! convention documented in `data/quantifiers.tsv` ("des centaines" = 200, "dozens" = 24).
//!
//! Not quantities: years (a bare 1900–2100 with no unit, or after "en"/"in"/"depuis"…), the day
//! of a date ("10 septembre", "September 10"), times ("15:30", "15 h"), numeric dates
//! ("10/09/2025", "2025-09-10"), ordinals ("1er", "3rd"), numbers inside names ("Résolution
//! 2100", "n° 12", "G5"), and "un"/"une"/"a"/"an" alone.

use crate::lexicon::{FxMap, FxSet};
use std::sync::OnceLock;

use serde::Serialize;
use veille_core::{Lang, Span};

use crate::lang::is_stopword;
use crate::lexicon::{FoldedTokens, PhraseTable, WordSet, rows};
use crate::segment::{Segmentation, TokenKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Qualifier {
    Exact,
    AtLeast,
    AtMost,
    About,
    MoreThan,
    LessThan,
    /// A vague plural ("des centaines", "dozens"): value by convention.
    Vague,
}

impl Qualifier {
    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "Exact" => Qualifier::Exact,
            "AtLeast" => Qualifier::AtLeast,
            "AtMost" => Qualifier::AtMost,
            "About" => Qualifier::About,
            "MoreThan" => Qualifier::MoreThan,
            "LessThan" => Qualifier::LessThan,
            "Vague" => Qualifier::Vague,
            _ => return None,
        })
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quantity {
    /// Qualifier + number ("au moins 27", "une dizaine"), without the unit.
    pub span: Span,
    pub value: u64,
    /// True unless the text gives an exact count.
    pub approx: bool,
    pub qualifier: Qualifier,
    /// Folded unit noun ("hommes", "soldats", "people", "%").
    pub unit: Option<String>,
    pub unit_span: Option<Span>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum NumKind {
    Unit,
    Hundred,
    Scale,
    Article,
}

pub(crate) struct QuantityLexicon {
    numbers: FxMap<&'static str, (u64, NumKind)>,
    /// Languages of each number word: bit 1 = French, bit 2 = English.
    num_lang: FxMap<&'static str, u8>,
    approx: FxMap<&'static str, u64>,
    quals: PhraseTable<(Qualifier, u64)>,
    special_units: PhraseTable<&'static str>,
    blockers: FxSet<&'static str>,
    /// Folded words that make a number hyphened to them a compound adjective ("16-year").
    compounds: FxSet<&'static str>,
    /// Folded tokens that can start a quantity (besides digits): a one-lookup gate.
    triggers: WordSet,
}

impl QuantityLexicon {
    pub(crate) fn number_words(&self) -> impl Iterator<Item = &str> {
        self.numbers.keys().copied()
    }
}

pub(crate) fn lexicon() -> &'static QuantityLexicon {
    static L: OnceLock<QuantityLexicon> = OnceLock::new();
    L.get_or_init(|| {
        let mut numbers = FxMap::default();
        let mut num_lang: FxMap<&'static str, u8> = FxMap::default();
        for r in rows(include_str!("../data/numbers.tsv")) {
            let kind = match r.get(2).copied() {
                Some("hundred") => NumKind::Hundred,
                Some("scale") => NumKind::Scale,
                Some("article") => NumKind::Article,
                _ => NumKind::Unit,
            };
            if let Some(v) = r.get(1).and_then(|v| v.parse().ok()) {
                numbers.insert(r[0], (v, kind));
                let bit = match r.get(3).copied() {
                    Some("fr") => 1,
                    Some("en") => 2,
                    _ => 3,
                };
                *num_lang.entry(r[0]).or_insert(0) |= bit;
            }
        }
        let approx: FxMap<&'static str, u64> = rows(include_str!("../data/approx_nouns.tsv"))
            .filter_map(|r| Some((r[0], r.get(1)?.parse().ok()?)))
            .collect();
        let mut quals = PhraseTable::default();
        for r in rows(include_str!("../data/quantifiers.tsv")) {
            if let (Some(q), Some(m)) =
                (r.get(1).and_then(|q| Qualifier::parse(q)), r.get(2).and_then(|m| m.parse().ok()))
            {
                quals.insert(r[0], (q, m));
            }
        }
        let mut special_units = PhraseTable::default();
        for r in rows(include_str!("../data/units_special.tsv")) {
            if let Some(u) = r.get(1) {
                special_units.insert(r[0], *u);
            }
        }
        let blockers = rows(include_str!("../data/number_blockers.tsv")).map(|r| r[0]).collect();
        let compounds = rows(include_str!("../data/number_compounds.tsv")).map(|r| r[0]).collect();
        let mut triggers = WordSet::default();
        triggers.extend(numbers.keys().map(|k: &&str| k.to_string()));
        triggers.extend(approx.keys().map(|k: &&str| k.to_string()));
        triggers.extend(quals.first_words().map(str::to_string));
        QuantityLexicon { numbers, num_lang, approx, quals, special_units, blockers, compounds, triggers }
    })
}

/// Parses a digit token: "5 000", "5.000", "5,000" (groups of three → thousands), "1,5", "3.5"
/// (one separator not followed by exactly three digits → decimal). Returns the value as f64.
pub(crate) fn parse_digits(s: &str) -> Option<f64> {
    let mut groups: Vec<&str> = Vec::new();
    let mut seps: Vec<u8> = Vec::new();
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        if matches!(b, b' ' | b'.' | b',') {
            groups.push(&s[start..i]);
            seps.push(b);
            start = i + 1;
        } else if !b.is_ascii_digit() {
            return None;
        }
    }
    groups.push(&s[start..]);
    if groups.iter().any(|g| g.is_empty()) {
        return None;
    }
    if seps.is_empty() {
        return s.parse::<f64>().ok();
    }
    let thousands = seps.iter().all(|&c| c == seps[0])
        && groups[0].len() <= 3
        && groups[1..].iter().all(|g| g.len() == 3);
    if thousands {
        return groups.concat().parse::<f64>().ok();
    }
    if seps.len() == 1 && seps[0] != b' ' {
        return format!("{}.{}", groups[0], groups[1]).parse::<f64>().ok();
    }
    None
}

struct Core {
    value: f64,
    /// Token index after the core (and its scale).
    end: usize,
    qualifier: Qualifier,
    /// Unit must come after "de"/"of" (approximate nouns and scales).
    needs_de: bool,
    digits: bool,
}

struct Ctx<'a> {
    text: &'a str,
    seg: &'a Segmentation,
    ft: &'a FoldedTokens,
    lex: &'a QuantityLexicon,
    months: &'a FxMap<String, (u8, bool)>,
    weekdays: &'a FxMap<String, u8>,
    lang: Lang,
}

impl Ctx<'_> {
    fn num(&self, i: usize) -> Option<(u64, NumKind)> {
        self.lex.numbers.get(self.ft.get(i)).copied()
    }
    fn tok(&self, i: usize) -> &str {
        self.seg.tokens.get(i).map_or("", |t| t.span.slice(self.text))
    }
    fn attached(&self, a: usize, b: usize) -> bool {
        b < self.seg.tokens.len() && self.seg.tokens[a].span.end == self.seg.tokens[b].span.start
    }

    fn number_words(&self, i: usize, limit: usize) -> Option<(f64, usize)> {
        number_words(self.ft, self.lex, i, limit, self.lang)
    }

    fn core(&self, j: usize, limit: usize) -> Option<Core> {
        let lex = self.lex;
        // Vague determiner + approximate noun: "plusieurs dizaines", "des centaines", "several hundred".
        if let Some((len, &(Qualifier::Vague, mult))) = lex.quals.longest(self.ft, j, limit) {
            let k = j + len;
            let base = lex.approx.get(self.ft.get(k)).copied().or_else(|| {
                self.num(k).and_then(|(v, kd)| matches!(kd, NumKind::Hundred | NumKind::Scale).then_some(v))
            });
            return base.map(|b| Core {
                value: (mult * b) as f64,
                end: k + 1,
                qualifier: Qualifier::Vague,
                needs_de: true,
                digits: false,
            });
        }
        let tok = self.seg.tokens.get(j)?;
        // Digits, with an optional scale: "2 millions", "1,5 million".
        if tok.kind == TokenKind::Number {
            let v = parse_digits(self.tok(j))?;
            let mut c =
                Core { value: v, end: j + 1, qualifier: Qualifier::Exact, needs_de: false, digits: true };
            if let Some((s, NumKind::Scale | NumKind::Hundred)) = self.num(j + 1) {
                c.value *= s as f64;
                c.end = j + 2;
                c.needs_de = s >= 1_000_000;
                c.digits = false;
            } else if let Some(&b) = lex.approx.get(self.ft.get(j + 1)) {
                c.value *= b as f64;
                c.end = j + 2;
                c.qualifier = Qualifier::About;
                c.needs_de = true;
                c.digits = false;
            }
            return Some(c);
        }
        // Article + approximate noun: "une dizaine", "a dozen", "un millier".
        if let Some((_, NumKind::Article)) = self.num(j)
            && let Some(&b) = lex.approx.get(self.ft.get(j + 1))
        {
            return Some(Core {
                value: b as f64,
                end: j + 2,
                qualifier: Qualifier::About,
                needs_de: true,
                digits: false,
            });
        }
        // Number words, then an optional approximate noun ("trois centaines").
        if let Some((v, k)) = self.number_words(j, limit) {
            // "2 millions de personnes" but "trois mille déplacés"
            let scaled = matches!(self.num(k - 1), Some((v, NumKind::Scale)) if v >= 1_000_000);
            if let Some(&b) = lex.approx.get(self.ft.get(k)) {
                return Some(Core {
                    value: v * b as f64,
                    end: k + 1,
                    qualifier: Qualifier::About,
                    needs_de: true,
                    digits: false,
                });
            }
            return Some(Core {
                value: v,
                end: k,
                qualifier: Qualifier::Exact,
                needs_de: scaled,
                digits: false,
            });
        }
        // Bare plural approximate noun: "hundreds", "dozens", "dizaines de morts".
        let t = self.ft.get(j);
        if t.ends_with('s')
            && let Some(&b) = lex.approx.get(t)
        {
            return Some(Core {
                value: (2 * b) as f64,
                end: j + 1,
                qualifier: Qualifier::Vague,
                needs_de: true,
                digits: false,
            });
        }
        None
    }

    fn is_month(&self, i: usize) -> bool {
        self.months.contains_key(self.ft.get(i))
    }

    /// Digit core that belongs to a date, a time, a numeric date or a name.
    fn blocked(&self, start: usize, core_tok: usize, sent_start: usize) -> bool {
        let t = self.tok(core_tok);
        if core_tok > 0 {
            let p = core_tok - 1;
            let pt = self.tok(p);
            if self.is_month(p) || self.lex.blockers.contains(self.ft.get(p)) {
                return true;
            }
            if matches!(pt, "/" | ":" | "-" | "." | "–") && self.attached(p, core_tok) {
                return true;
            }
            // Part of a name: a capitalised word (not sentence-initial) right before the number.
            if start == core_tok
                && p > sent_start
                && self.seg.tokens[p].kind == TokenKind::Word
                && pt.chars().next().is_some_and(char::is_uppercase)
                && !self.weekdays.contains_key(self.ft.get(p))
            {
                return true;
            }
        }
        let n = core_tok + 1;
        let nt = self.tok(n);
        if matches!(nt, "/" | ":" | "-" | "–")
            && self.attached(core_tok, n)
            && self.seg.tokens.get(n + 1).is_some_and(|x| x.kind == TokenKind::Number)
        {
            return true;
        }
        // "the 16-year insurgency", "a 29-year-old farmer": a compound adjective, not a count
        if matches!(nt, "-" | "‑")
            && self.attached(core_tok, n)
            && self.attached(n, n + 1)
            && self.seg.tokens.get(n + 1).is_some_and(|x| x.kind == TokenKind::Word)
            && self.lex.compounds.contains(self.ft.get(n + 1).split('-').next().unwrap_or_default())
        {
            return true;
        }
        if self.is_month(n)
            || matches!(
                self.ft.get(n),
                "h" | "heures" | "heure" | "h." | "gmt" | "utc" | "am" | "pm" | "a.m." | "p.m."
            )
        {
            return true;
        }
        // "au 4 avril": the first day of a range "du 3 au 4 avril".
        if matches!(self.ft.get(n), "au" | "-" | "et" | "and" | "to") && self.is_month(n + 2) {
            return true;
        }
        // Years.
        if t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) {
            let y: u32 = t.parse().unwrap_or(0);
            if (1900..=2100).contains(&y) {
                let prev = if core_tok > 0 { self.ft.get(core_tok - 1) } else { "" };
                let year_prep = matches!(
                    prev,
                    "en" | "in"
                        | "depuis"
                        | "since"
                        | "fin"
                        | "debut"
                        | "mi"
                        | "during"
                        | "until"
                        | "jusqu'en"
                        | "l'an"
                        | "early"
                        | "late"
                        | "mid"
                        | "courant"
                        | ","
                );
                if year_prep || !self.has_noun_unit(core_tok + 1) {
                    return true;
                }
            }
        }
        false
    }

    fn unit_word(&self, i: usize) -> bool {
        let Some(tok) = self.seg.tokens.get(i) else { return false };
        let f = self.ft.get(i);
        tok.kind == TokenKind::Word
            && self.tok(i).chars().next().is_some_and(char::is_lowercase)
            && !f.ends_with('\'')
            && !is_stopword(f)
            && !self.is_month(i)
            && !self.weekdays.contains_key(f)
            && !self.lex.numbers.contains_key(f)
            && !matches!(
                f,
                "a" | "y" | "en" | "ont" | "sont" | "etaient" | "ete" | "avaient" | "dont" | "ou" | "parmi"
            )
    }

    fn has_noun_unit(&self, i: usize) -> bool {
        self.unit_word(i)
    }

    /// Unit after the core at token `k`: (unit, span).
    fn unit(&self, k: usize, needs_de: bool, limit: usize) -> Option<(String, Span)> {
        if k >= limit {
            return None;
        }
        if let Some((len, u)) = self.lex.special_units.longest(self.ft, k, limit) {
            let span = self.seg.tokens[k].span.cover(self.seg.tokens[k + len - 1].span);
            return Some(((*u).to_string(), span));
        }
        let mut i = k;
        // "deux des assaillants"
        if self.ft.get(i) == "des" && self.lang != Lang::En && i + 1 < limit && self.unit_word(i + 1) {
            return Some((self.ft.get(i + 1).to_string(), self.seg.tokens[i + 1].span));
        }
        if matches!(self.ft.get(i), "de" | "d'" | "of") {
            i += 1;
            // "27 de leurs soldats", "20 of the attackers": a partitive with a determiner.
            if matches!(
                self.ft.get(i),
                "leurs"
                    | "ses"
                    | "nos"
                    | "vos"
                    | "ces"
                    | "the"
                    | "their"
                    | "its"
                    | "his"
                    | "her"
                    | "these"
                    | "those"
                    | "our"
            ) && i + 1 < limit
                && self.unit_word(i + 1)
            {
                return Some((self.ft.get(i + 1).to_string(), self.seg.tokens[i + 1].span));
            }
        } else if needs_de && self.lang != Lang::En {
            return None;
        }
        if i >= limit {
            return None;
        }
        if self.unit_word(i) {
            return Some((self.ft.get(i).to_string(), self.seg.tokens[i].span));
        }
        // "five Malian soldiers", "12 Nigerien troops": skip one capitalised adjective.
        let t = self.tok(i);
        if self.lang == Lang::En
            && self.seg.tokens[i].kind == TokenKind::Word
            && t.chars().next().is_some_and(char::is_uppercase)
            && i + 1 < limit
            && self.unit_word(i + 1)
        {
            return Some((self.ft.get(i + 1).to_string(), self.seg.tokens[i + 1].span));
        }
        // a capitalised noun or acronym right after the number: "50 000 Volontaires pour la
        // défense de la patrie", "trois VDP", "deux Français"
        if self.capitalised_unit(i) {
            return Some((self.ft.get(i).to_string(), self.seg.tokens[i].span));
        }
        None
    }

    /// A capitalised word that can be counted: not a month, weekday, number or function word,
    /// and not the first word of a two-capital name ("3 Ibrahim Traoré").
    fn capitalised_unit(&self, i: usize) -> bool {
        let Some(tok) = self.seg.tokens.get(i) else { return false };
        let t = self.tok(i);
        let f = self.ft.get(i);
        let next_cap = self.seg.tokens.get(i + 1).is_some_and(|n| {
            n.kind == TokenKind::Word && self.tok(i + 1).chars().next().is_some_and(char::is_uppercase)
        });
        tok.kind == TokenKind::Word
            && t.chars().next().is_some_and(char::is_uppercase)
            && t.chars().count() >= 2
            && !next_cap
            && !f.ends_with('\'')
            && !is_stopword(f)
            && !self.is_month(i)
            && !self.weekdays.contains_key(f)
            && !self.lex.numbers.contains_key(f)
    }
}

/// Compositional number words from token `i`: "vingt-sept", "deux cent trente", "vingt et
/// un", "quatre-vingt-dix", "one hundred and twenty", "trois mille".
fn number_words(
    ft: &FoldedTokens,
    lex: &QuantityLexicon,
    i: usize,
    limit: usize,
    lang: Lang,
) -> Option<(f64, usize)> {
    let bit = match lang {
        Lang::Fr => 1,
        Lang::En => 2,
        Lang::Other => 3,
    };
    let (mut total, mut group, mut any, mut k) = (0u64, 0u64, false, i);
    let mut last_kind = None;
    while k < limit {
        let t = ft.get(k);
        if (t == "et" || t == "and") && any {
            // "vingt et un", "one hundred and five"
            if lex
                .numbers
                .get(ft.get(k + 1))
                .copied()
                .is_some_and(|(_, kd)| kd == NumKind::Unit || (kd == NumKind::Article && t == "et"))
                && !(t == "et" && ft.get(k + 1) == "une" && lex.approx.contains_key(ft.get(k + 2)))
                // "vingt et un" joins, "deux et un" does not: only a ten before "et un".
                && !(t == "et" && group % 10 != 0)
            {
                k += 1;
                continue;
            }
            break;
        }
        let mut ok = true;
        let mut parts = 0;
        for part in t.split('-') {
            let Some(&(v, kind)) = lex.numbers.get(part) else {
                ok = false;
                break;
            };
            if lex.num_lang.get(part).copied().unwrap_or(3) & bit == 0 {
                ok = false;
                break;
            }
            parts += 1;
            match kind {
                NumKind::Unit | NumKind::Article => {
                    if kind == NumKind::Article && !any && parts == 1 {
                        // "un"/"a" only count as the head of "un million", "a hundred"
                        if !matches!(
                            lex.numbers.get(ft.get(k + 1)).copied(),
                            Some((_, NumKind::Scale | NumKind::Hundred))
                        ) {
                            ok = false;
                            break;
                        }
                    }
                    // quatre-vingt(s) = 80
                    if v == 20 && group % 100 == 4 && last_kind == Some(NumKind::Unit) {
                        group = group - 4 + 80;
                    } else {
                        group += v;
                    }
                }
                NumKind::Hundred => group = group.max(1) * v,
                NumKind::Scale => {
                    total += group.max(1) * v;
                    group = 0;
                }
            }
            last_kind = Some(kind);
        }
        if !ok || parts == 0 {
            break;
        }
        any = true;
        k += 1;
    }
    any.then_some(((total + group) as f64, k))
}

/// Number words at token `i` (for the date reader: "il y a trois jours").
pub(crate) fn number_words_at(ft: &FoldedTokens, i: usize, limit: usize, lang: Lang) -> Option<(f64, usize)> {
    number_words(ft, lexicon(), i, limit, lang)
}

/// Finds the quantities of `text`; see the module doc.
pub fn quantities(text: &str, seg: &Segmentation, lang: Lang) -> Vec<Quantity> {
    let ft = FoldedTokens::new(text, seg);
    quantities_folded(text, seg, &ft, lang)
}

pub(crate) fn quantities_folded(
    text: &str,
    seg: &Segmentation,
    ft: &FoldedTokens,
    lang: Lang,
) -> Vec<Quantity> {
    let cal = crate::dates::calendar();
    let cx = Ctx { text, seg, ft, lex: lexicon(), months: &cal.months, weekdays: &cal.weekdays, lang };
    let mut out = Vec::new();
    for s in &seg.sentences {
        let limit = s.tokens.end;
        let mut i = s.tokens.start;
        while i < limit {
            match quantity_at(&cx, i, s.tokens.start, limit) {
                Some((q, next)) => {
                    out.push(q);
                    i = next;
                }
                None => i += 1,
            }
        }
    }
    out
}

fn quantity_at(cx: &Ctx, i: usize, sent_start: usize, limit: usize) -> Option<(Quantity, usize)> {
    let f = cx.ft.get(i);
    let digit = f.as_bytes().first().is_some_and(u8::is_ascii_digit);
    if !digit
        && !cx.lex.triggers.contains(f)
        // (the part before a first hyphen, "vingt-cinq": a byte scan, the token is short)
        && !f.bytes().position(|b| b == b'-').is_some_and(|k| cx.lex.numbers.contains_key(&f[..k]))
    {
        return None;
    }
    // Frequent function words ("de", "des", "au", "a", "un") start a quantity only when a
    // number or another quantity word follows within two tokens.
    let content_word =
        cx.lex.approx.contains_key(f) || cx.lex.numbers.get(f).is_some_and(|&(_, k)| k != NumKind::Article);
    if !digit && f.len() <= 3 && !content_word {
        let next_ok = |k: usize| {
            let g = cx.ft.get(k);
            g.as_bytes().first().is_some_and(u8::is_ascii_digit) || cx.lex.triggers.contains(g)
        };
        if !next_ok(i + 1) && !next_ok(i + 2) {
            return None;
        }
    }
    let (prefix, j) = match cx.lex.quals.longest(cx.ft, i, limit) {
        Some((len, &(q, _))) if q != Qualifier::Vague => (Some(q), i + len),
        _ => (None, i),
    };
    if j >= limit {
        return None;
    }
    let core = cx.core(j, limit)?;
    if core.digits && cx.blocked(i, j, sent_start) {
        return None;
    }
    // "de milliers", "of thousands": "des dizaines de milliers", "hundreds of thousands".
    let mut core = core;
    if matches!(cx.ft.get(core.end), "de" | "of")
        && core.end + 1 < limit
        && let Some(&b) = cx.lex.approx.get(cx.ft.get(core.end + 1))
        && b >= 1000
        && cx.ft.get(core.end + 1).ends_with('s')
    {
        core.value *= b as f64;
        core.end += 2;
        core.needs_de = true;
    }
    let value = core.value.round();
    if !(0.0..1e15).contains(&value) {
        return None;
    }
    let qualifier = prefix.unwrap_or(core.qualifier);
    let approx = qualifier != Qualifier::Exact || core.value.fract() != 0.0;
    let span = Span::new(cx.seg.tokens[i].span.start, cx.seg.tokens[core.end - 1].span.end);
    let unit = cx.unit(core.end, core.needs_de, limit);
    let next = core.end;
    Some((
        Quantity {
            span,
            value: value as u64,
            approx,
            qualifier,
            unit_span: unit.as_ref().map(|u| u.1),
            unit: unit.map(|u| u.0),
        },
        next,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits() {
        assert_eq!(parse_digits("5 000"), Some(5000.0));
        assert_eq!(parse_digits("5.000"), Some(5000.0));
        assert_eq!(parse_digits("5,000"), Some(5000.0));
        assert_eq!(parse_digits("1,5"), Some(1.5));
        assert_eq!(parse_digits("3.5"), Some(3.5));
        assert_eq!(parse_digits("1 234 567"), Some(1_234_567.0));
        assert_eq!(parse_digits("1.2.3"), None);
    }
}
