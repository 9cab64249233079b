//! Quotations and their speakers.
//!
//! Direct quotes: « … », “…” and "…" (the last two are both `"` after normalization), matched
//! inside one paragraph. The speaker is looked for right after the closing mark (", a-t-il
//! déclaré", ", a déclaré X", ", selon X", ", said X", ", X said", ", X told reporters") and
//! then right before the opening mark ("X a déclaré : « … »", "Selon X, « … »", "X said: "…"").
//! An inverted pronoun ("a-t-il", "déclare-t-elle") gives the pronoun as the speaker span; the
//! coreference stage resolves it.
//!
//! Indirect speech: "X a affirmé que …", "X said that …", "X said the …": the quote span is the
//! clause after the verb (to the end of the sentence), `indirect` is true.
//!
//! Speech verbs, sources ("selon", "according to") and auxiliaries are in `data/speech.tsv`.

use std::sync::OnceLock;

use serde::Serialize;
use veille_core::{Lang, Span};

use crate::lexicon::{FoldedTokens, PhraseTable, rows};
use crate::segment::{Segmentation, TokenKind};

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// The quoted words (without the marks), or the reported clause for indirect speech.
    pub span: Span,
    /// The quote with its marks (same as `span` for indirect speech).
    pub outer: Span,
    /// Who speaks, when the text says so (may be a pronoun: "il", "he").
    pub speaker: Option<Span>,
    /// The speech verb or source word ("déclaré", "selon", "said").
    pub cue: Option<Span>,
    /// Reported speech without quotation marks.
    pub indirect: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Cue {
    Verb,
    Source,
    Aux,
}

fn cues() -> &'static PhraseTable<Cue> {
    static T: OnceLock<PhraseTable<Cue>> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = PhraseTable::default();
        for r in rows(include_str!("../data/speech.tsv")) {
            let kind = match r.get(1).copied() {
                Some("verb") => Cue::Verb,
                Some("source") => Cue::Source,
                Some("aux") => Cue::Aux,
                _ => continue,
            };
            t.insert(r[0], kind);
        }
        t
    })
}

const PRONOUNS: [&str; 5] = ["il", "elle", "ils", "elles", "on"];

/// Time words that may sit between a speech verb and its subject ("a déclaré lundi X").
fn is_time_word(f: &str) -> bool {
    matches!(
        f,
        "lundi"
            | "mardi"
            | "mercredi"
            | "jeudi"
            | "vendredi"
            | "samedi"
            | "dimanche"
            | "soir"
            | "matin"
            | "hier"
            | "aujourd'hui"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "yesterday"
            | "today"
            | "tonight"
            | "later"
            | "earlier"
            // adverbs: "a déclaré haut et fort", "a également affirmé"
            | "haut"
            | "fort"
            | "publiquement"
            | "ensuite"
            | "encore"
            | "aussi"
            | "egalement"
            | "notamment"
            | "clairement"
            | "also"
            | "again"
            | "publicly"
    )
}

/// Words that end a speaker noun phrase read forwards ("a déclaré le ministre lors de…").
fn np_stop(f: &str) -> bool {
    matches!(
        f,
        "lors"
            | "sous"
            | "dans"
            | "pendant"
            | "devant"
            | "au"
            | "aux"
            | "sur"
            | "apres"
            | "avant"
            | "que"
            | "qu'"
            | "qui"
            | "mardi"
            | "lundi"
            | "mercredi"
            | "jeudi"
            | "vendredi"
            | "samedi"
            | "dimanche"
            | "hier"
            | "during"
            | "in"
            | "on"
            | "at"
            | "after"
            | "before"
            | "while"
            | "when"
            | "that"
            | "who"
            | "yesterday"
            | "today"
            | "and"
            | "et"
            | "to"
            | "a"
            | "en"
    )
}

struct Ctx<'a> {
    text: &'a str,
    seg: &'a Segmentation,
    ft: &'a FoldedTokens,
}

impl Ctx<'_> {
    fn tok(&self, i: usize) -> &str {
        self.seg.tokens.get(i).map_or("", |t| t.span.slice(self.text))
    }
    fn span(&self, a: usize, b_incl: usize) -> Span {
        self.seg.tokens[a].span.cover(self.seg.tokens[b_incl].span)
    }
    fn cue(&self, i: usize, limit: usize) -> Option<(usize, Cue)> {
        cues().longest(self.ft, i, limit).map(|(n, &c)| (n, c))
    }
    fn is_punct(&self, i: usize) -> bool {
        self.seg.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Word && t.kind != TokenKind::Number)
    }
    fn quote_mark(&self, i: usize) -> bool {
        matches!(self.tok(i), "«" | "»" | "\"")
    }

    /// An inverted verb-pronoun token ("a-t-il", "déclare-t-elle", "dit-il"):
    /// (speaker span = the pronoun, cue span).
    fn inversion(&self, i: usize, limit: usize) -> Option<(Span, Span)> {
        let f = self.ft.get(i);
        let (head, pron) = f.rsplit_once('-')?;
        if !PRONOUNS.contains(&pron) {
            return None;
        }
        let head = head.strip_suffix("-t").unwrap_or(head);
        let t = self.seg.tokens[i].span;
        let speaker = Span::new(t.end - pron.len(), t.end);
        let verb_end = t.start + self.tok(i).find('-').unwrap_or(0);
        if matches!(cues().get_single(head), Some(Cue::Aux)) {
            // "a-t-il déclaré"
            if i + 1 < limit && matches!(self.cue(i + 1, limit), Some((_, Cue::Verb))) {
                return Some((speaker, self.seg.tokens[i + 1].span));
            }
            return None;
        }
        matches!(cues().get_single(head), Some(Cue::Verb)).then(|| (speaker, Span::new(t.start, verb_end)))
    }

    /// Noun phrase read forwards from `i`: up to punctuation or an adjunct word, max 8 tokens.
    fn np_forward(&self, i: usize, limit: usize) -> Option<Span> {
        // "a annoncé lundi soir le gouvernement": skip leading time words.
        let mut i = i;
        while i < limit && is_time_word(self.ft.get(i)) {
            i += 1;
        }
        // A preposition here starts an adjunct ("a déclaré dans un communiqué"), not a speaker.
        if i >= limit
            || matches!(self.tok(i), "à" | "À" | "et" | "and")
            || matches!(
                self.ft.get(i),
                "dans"
                    | "lors"
                    | "pendant"
                    | "sur"
                    | "apres"
                    | "avant"
                    | "au"
                    | "aux"
                    | "during"
                    | "in"
                    | "on"
                    | "at"
                    | "after"
                    | "before"
                    | "que"
                    | "qu'"
                    | "that"
            )
        {
            return None;
        }
        let mut k = i;
        while k < limit && k < i + 8 {
            if self.is_punct(k) || (k > i && np_stop(self.ft.get(k))) || self.quote_mark(k) {
                break;
            }
            if k > i && matches!(self.cue(k, limit), Some((_, Cue::Verb))) {
                break;
            }
            k += 1;
        }
        (k > i).then(|| self.span(i, k - 1))
    }

    /// Subject noun phrase read backwards from just before `v` (exclusive), within the sentence.
    fn np_backward(&self, v: usize, sent_start: usize) -> Option<Span> {
        let mut e = v;
        // skip an auxiliary ("X a déclaré")
        if e > sent_start && matches!(self.cue(e - 1, e), Some((1, Cue::Aux))) {
            e -= 1;
        }
        // "X, ministre de la Défense, a déclaré": skip the apposition.
        if e > sent_start && self.tok(e - 1) == "," {
            let mut k = e - 1;
            while k > sent_start && self.tok(k - 1) != "," && k + 10 > e {
                k -= 1;
            }
            if k > sent_start && self.tok(k - 1) == "," {
                e = k - 1;
            }
        }
        let mut s = e;
        while s > sent_start && s + 8 > e {
            let p = s - 1;
            if self.is_punct(p) || self.quote_mark(p) {
                break;
            }
            if matches!(self.cue(p, e), Some((_, Cue::Source))) {
                break;
            }
            // Another verb or a coordination/relative word: the words read so far are not the
            // subject ("X a rejeté ces accusations et dit", "Les médecins qui l'ont trouvée
            // ont déclaré"): no speaker rather than a wrong one.
            if matches!(self.cue(p, e), Some((_, Cue::Aux | Cue::Verb)))
                || matches!(
                    self.ft.get(p),
                    "et" | "and" | "qui" | "que" | "qu'" | "mais" | "but" | "who" | "that"
                )
            {
                return None;
            }
            s -= 1;
        }
        (s < e).then(|| self.span(s, e - 1))
    }

    /// Speaker and cue after a closing mark at token `c`.
    fn after(&self, c: usize, limit: usize) -> Option<(Option<Span>, Span)> {
        let mut i = c + 1;
        if self.tok(i) == "," {
            i += 1;
        }
        if i >= limit {
            return None;
        }
        if let Some((sp, cue)) = self.inversion(i, limit) {
            return Some((Some(sp), cue));
        }
        match self.cue(i, limit) {
            // ", a déclaré X"
            // (With no subject after the verb, the verb belongs to the sentence's own subject,
            // as in 'X, président de la fondation « Amor », a déclaré que…': no match.)
            Some((n, Cue::Aux)) if matches!(self.cue(i + n, limit), Some((_, Cue::Verb))) => {
                let (m, _) = self.cue(i + n, limit)?;
                let cue = self.span(i + n, i + n + m - 1);
                return self.np_forward(i + n + m, limit).map(|sp| (Some(sp), cue));
            }
            // ", selon X" / ", said X" / ", according to X"
            Some((n, kind)) if kind != Cue::Aux => {
                let cue = self.span(i, i + n - 1);
                return Some((self.np_forward(i + n, limit), cue));
            }
            _ => {}
        }
        // ", X said" / ", le ministre a déclaré" / ", X told reporters": only after a comma
        // (inside or after the closing mark) or a final ! ? . inside it.
        let boundary =
            self.tok(c + 1) == "," || matches!(self.tok(c.saturating_sub(1)), "," | "!" | "?" | ".");
        if !boundary {
            return None;
        }
        let mut k = i;
        while k < limit && k < i + 8 && !self.is_punct(k) {
            if let Some((n, Cue::Verb)) = self.cue(k, limit) {
                return (k > i).then(|| (Some(self.span(i, k - 1)), self.span(k, k + n - 1)));
            }
            if k > i
                && let Some((1, Cue::Aux)) = self.cue(k, limit)
                && let Some((n, Cue::Verb)) = self.cue(k + 1, limit)
            {
                return Some((Some(self.span(i, k - 1)), self.span(k + 1, k + n)));
            }
            k += 1;
        }
        None
    }

    /// Speaker and cue before an opening mark at token `o`.
    fn before(&self, o: usize, sent_start: usize) -> Option<(Option<Span>, Span)> {
        let mut e = o;
        while e > sent_start && matches!(self.tok(e - 1), ":" | ",") {
            e -= 1;
        }
        if e > sent_start && matches!(self.ft.get(e - 1), "que" | "qu'" | "that") {
            e -= 1;
        }
        if e == sent_start {
            return None;
        }
        // "X a déclaré :" — a speech verb right before.
        for n in 1..=2 {
            if e >= sent_start + n
                && let Some((m, Cue::Verb)) = self.cue(e - n, e)
                && e - n + m == e
            {
                let v = e - n;
                // "…, a-t-il poursuivi, « … »": the inverted pronoun speaks.
                if v > sent_start
                    && let Some((sp, _)) = self.inversion(v - 1, e)
                {
                    return Some((Some(sp), self.span(v, e - 1)));
                }
                return Some((self.np_backward(v, sent_start), self.span(v, e - 1)));
            }
        }
        // "Selon X, « … »": a source word earlier in the sentence; X runs to the next comma.
        let mut k = e;
        while k > sent_start {
            k -= 1;
            if self.quote_mark(k) {
                break;
            }
            if let Some((n, Cue::Source)) = self.cue(k, e) {
                let from = k + n;
                let mut to = from;
                while to < e && self.tok(to) != "," {
                    to += 1;
                }
                let sp = (to > from).then(|| self.span(from, to - 1));
                return Some((sp, self.span(k, k + n - 1)));
            }
        }
        None
    }
}

/// Finds the quotations of `text`; see the module doc.
pub fn quotes(text: &str, seg: &Segmentation, lang: Lang) -> Vec<Quote> {
    let ft = FoldedTokens::new(text, seg);
    quotes_folded(text, seg, &ft, lang)
}

pub(crate) fn quotes_folded(text: &str, seg: &Segmentation, ft: &FoldedTokens, lang: Lang) -> Vec<Quote> {
    let cx = Ctx { text, seg, ft };
    let n = seg.tokens.len();
    let mut out = Vec::new();
    let mut covered: Vec<Span> = Vec::new();
    let mut used_cues: Vec<Span> = Vec::new();
    // Direct quotes.
    let mut last: Option<(usize, Option<Span>, Option<Span>)> = None;
    let mut i = 0;
    while i < n {
        let t = cx.tok(i);
        let opening = match t {
            "«" => true,
            "\"" => {
                let s = seg.tokens[i].span;
                let before_ok =
                    s.start == 0 || text[..s.start].ends_with(|c: char| c.is_whitespace() || c == '(');
                let after_ok = text[s.end..].starts_with(|c: char| !c.is_whitespace());
                before_ok && after_ok
            }
            _ => false,
        };
        if !opening {
            i += 1;
            continue;
        }
        let close_mark = if t == "«" { "»" } else { "\"" };
        let mut depth = 0;
        let mut close = None;
        // A quote longer than 400 tokens is taken as an unmatched mark (bounds the scan).
        for k in i + 1..n.min(i + 400) {
            if text[seg.tokens[k - 1].span.end..seg.tokens[k].span.start].contains("\n\n") {
                break;
            }
            let tk = cx.tok(k);
            if tk == t && t == "«" {
                depth += 1;
            } else if tk == close_mark {
                if depth == 0 {
                    close = Some(k);
                    break;
                }
                depth -= 1;
            }
        }
        let Some(c) = close else {
            i += 1;
            continue;
        };
        if c == i + 1 {
            i = c + 1;
            continue;
        }
        let span = cx.span(i + 1, c - 1);
        let outer = cx.span(i, c);
        let sent_after = seg.sentence_of(c).map_or(n, |s| seg.sentences[s].tokens.end);
        let sent_before = seg.sentence_of(i).map_or(0, |s| seg.sentences[s].tokens.start);
        let found = cx.after(c, sent_after).or_else(|| cx.before(i, sent_before));
        let (mut speaker, mut cue) = match found {
            Some((sp, cue)) => (sp, Some(cue)),
            None => (None, None),
        };
        // « … » et « … »: a second quote joined to the first shares its speaker.
        if speaker.is_none()
            && let Some((prev_close, prev_speaker, prev_cue)) = last
            && seg.sentence_of(prev_close) == seg.sentence_of(i)
            && (prev_close + 1..i).all(|k| matches!(cx.ft.get(k), "et" | "and" | "," | "ou" | "or" | "puis"))
        {
            speaker = prev_speaker;
            cue = prev_cue;
        }
        last = Some((c, speaker, cue));
        used_cues.extend(cue);
        out.push(Quote { span, outer, speaker, cue, indirect: false });
        covered.push(outer);
        i = c + 1;
    }
    // Indirect speech.
    for s in &seg.sentences {
        let (a, b) = (s.tokens.start, s.tokens.end);
        let mut k = a;
        while k < b {
            let Some((m, Cue::Verb)) = cx.cue(k, b) else {
                k += 1;
                continue;
            };
            let mut after = k + m;
            // "a déclaré haut et fort que", "said again that"
            while after < b
                && after < k + m + 4
                && (is_time_word(cx.ft.get(after)) || cx.ft.get(after) == "et")
            {
                after += 1;
            }
            let inside = covered.iter().any(|c| c.contains(seg.tokens[k].span))
                || used_cues.iter().any(|c: &Span| c.overlaps(seg.tokens[k].span));
            let clause_start = match cx.ft.get(after) {
                "que" | "qu'" | "that" => Some(after + 1),
                // "The army said 12 soldiers were killed": English reporting without "that".
                _ if lang == Lang::En && matches!(cx.ft.get(k), "said" | "says") && after < b => {
                    let f = cx.tok(after);
                    let starts_clause = !cx.is_punct(after)
                        && !np_stop(cx.ft.get(after))
                        && (f.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                            || matches!(
                                cx.ft.get(after),
                                "the"
                                    | "a"
                                    | "an"
                                    | "he"
                                    | "she"
                                    | "they"
                                    | "it"
                                    | "its"
                                    | "his"
                                    | "her"
                                    | "their"
                                    | "some"
                                    | "no"
                            ));
                    starts_clause.then_some(after)
                }
                _ => None,
            };
            let Some(cs) = clause_start.filter(|&cs| cs < b && !inside) else {
                k += 1;
                continue;
            };
            // Clause: to the end of the sentence, without final punctuation.
            let mut e = b;
            while e > cs && cx.is_punct(e - 1) {
                e -= 1;
            }
            if e <= cs || cx.quote_mark(cs) {
                k += 1;
                continue;
            }
            let span = cx.span(cs, e - 1);
            if covered.iter().any(|c| c.overlaps(span)) {
                k += 1;
                continue;
            }
            let speaker = cx.np_backward(k, a);
            out.push(Quote { span, outer: span, speaker, cue: Some(cx.span(k, k + m - 1)), indirect: true });
            covered.push(span);
            k = e;
        }
    }
    out.sort_by_key(|q| q.outer.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn run(t: &str, lang: Lang) -> Vec<(String, Option<String>, Option<String>, bool)> {
        let seg = segment(t, lang);
        quotes(t, &seg, lang)
            .into_iter()
            .map(|q| {
                (
                    q.span.slice(t).to_string(),
                    q.speaker.map(|s| s.slice(t).to_string()),
                    q.cue.map(|s| s.slice(t).to_string()),
                    q.indirect,
                )
            })
            .collect()
    }

    #[test]
    fn inverted_pronoun() {
        let got = run("« Nous sommes prêts », a-t-il déclaré.", Lang::Fr);
        assert_eq!(got, [("Nous sommes prêts".into(), Some("il".into()), Some("déclaré".into()), false)]);
    }
}
