//! Sentence and token segmentation (byte spans into the normalized text).
//!
//! Tokens: words (hyphenated words stay whole: "anti-djihadiste", "vingt-sept", "a-t-il";
//! French elisions split: "l'armée" → "l'" + "armée", except the words of `data/elisions.tsv`
//! [whole] such as "aujourd'hui"; English possessive "'s" split), numbers ("5 000" with groups of
//! three digits after a space, "5.000", "5,000", "3.5" are ONE token), punctuation (one token per
//! mark, "..." as one), symbols. Abbreviations of `data/abbreviations.tsv`, initials ("I.") and
//! dotted acronyms ("U.S.", "p.") keep their period.
//!
//! Sentences end at a newline, or after `. ! ? … ...` (with any closing quotes or brackets that
//! follow) when the next token does not start with a lower-case letter or `, ; : )`. So
//! "« Oui. », a-t-il dit." is one sentence, while a quote holding several full sentences is split
//! where its inner sentences end.

use crate::lexicon::{FxMap, FxSet};
use std::ops::Range;
use std::sync::OnceLock;

use serde::Serialize;
use veille_core::{Lang, Span};

use crate::fold::fold_char;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// Letters, possibly with digits, hyphens, an apostrophe or an abbreviation period.
    Word,
    /// Digits with optional group or decimal separators ("5 000", "1,5").
    Number,
    /// Punctuation mark (one per token; "..." is one token).
    Punct,
    /// Anything else ("%", "€", "°", "+").
    Symbol,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub span: Span,
    /// Indices into [`Segmentation::tokens`].
    pub tokens: Range<usize>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Segmentation {
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
}

impl Segmentation {
    /// Index of the sentence holding token `tok`.
    pub fn sentence_of(&self, tok: usize) -> Option<usize> {
        let k = self.sentences.partition_point(|s| s.tokens.end <= tok);
        (k < self.sentences.len() && self.sentences[k].tokens.contains(&tok)).then_some(k)
    }
    /// Index of the first token whose span starts at or after byte `pos`.
    pub fn token_at_or_after(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < pos)
    }
}

struct Abbrevs {
    exact: FxMap<&'static str, bool>,
    any: FxMap<String, bool>,
}

fn abbrevs() -> &'static Abbrevs {
    static A: OnceLock<Abbrevs> = OnceLock::new();
    A.get_or_init(|| {
        let mut a = Abbrevs { exact: FxMap::default(), any: FxMap::default() };
        for line in include_str!("../data/abbreviations.tsv").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut f = line.split('\t');
            let (Some(form), Some(case), end) = (f.next(), f.next(), f.next()) else { continue };
            let may_end = end == Some("yes");
            if case == "any" {
                a.any.insert(form.to_lowercase(), may_end);
            } else {
                a.exact.insert(form, may_end);
            }
        }
        a
    })
}

struct Elisions {
    prefix: FxSet<&'static str>,
    whole: FxSet<&'static str>,
}

fn elisions() -> &'static Elisions {
    static E: OnceLock<Elisions> = OnceLock::new();
    E.get_or_init(|| {
        let mut e = Elisions { prefix: FxSet::default(), whole: FxSet::default() };
        let mut section = "";
        for line in include_str!("../data/elisions.tsv").lines().map(str::trim) {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            if line.starts_with('[') {
                section = line;
                continue;
            }
            match section {
                "[prefix]" => e.prefix.insert(line),
                _ => e.whole.insert(line),
            };
        }
        e
    })
}

/// Abbreviation lookup of `word` (without its period): Some(may end a sentence).
fn abbrev(word: &str, buf: &mut String) -> Option<bool> {
    let a = abbrevs();
    if let Some(&e) = a.exact.get(word) {
        return Some(e);
    }
    buf.clear();
    buf.extend(word.chars().flat_map(char::to_lowercase));
    a.any.get(buf.as_str()).copied()
}

#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

#[inline]
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || (!c.is_ascii() && unicode_normalization::char::is_combining_mark(c))
}

fn fold_into(s: &str, buf: &mut String) {
    buf.clear();
    for c in s.chars() {
        fold_char(c, buf);
    }
}

struct Tokenizer<'t> {
    text: &'t str,
    lang: Lang,
    tokens: Vec<Token>,
    /// Abbreviation tokens that may end a sentence ("etc.").
    may_end: FxSet<usize>,
    /// Tokens ending with an abbreviation / initial period that never end a sentence.
    buf: String,
}

impl<'t> Tokenizer<'t> {
    fn push(&mut self, s: usize, e: usize, kind: TokenKind) {
        self.tokens.push(Token { span: Span::new(s, e), kind });
    }

    /// End of the run of word chars from `i`. ASCII bytes are tested as they are (a word char
    /// there is an ASCII letter or digit); only other chars are decoded.
    fn alnum_end(&self, mut i: usize) -> usize {
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii() {
                if !b.is_ascii_alphanumeric() {
                    break;
                }
                i += 1;
                continue;
            }
            match char_at(self.text, i) {
                Some(c) if is_word_char(c) => i += c.len_utf8(),
                _ => break,
            }
        }
        i
    }

    fn word(&mut self, start: usize) -> usize {
        let text = self.text;
        let mut j = self.alnum_end(start);
        loop {
            match char_at(text, j) {
                Some('-' | '\u{2011}') if char_at(text, j + 1).is_some_and(is_word_char) => {
                    j = self.alnum_end(j + 1);
                }
                Some('\'') if char_at(text, j + 1).is_some_and(char::is_alphabetic) => {
                    let next_end = self.alnum_end(j + 1);
                    fold_into(&text[start..next_end], &mut self.buf);
                    if elisions().whole.contains(self.buf.as_str()) {
                        j = next_end;
                        continue;
                    }
                    let pre = &text[start..j];
                    let next_upper = char_at(text, j + 1).is_some_and(char::is_uppercase);
                    // N'Guigmi, M'Bour: a name, not an elision.
                    let name = (pre == "N" || pre == "M") && next_upper;
                    fold_into(pre, &mut self.buf);
                    if self.lang != Lang::En && !name && elisions().prefix.contains(self.buf.as_str()) {
                        self.push(start, j + 1, TokenKind::Word);
                        return j + 1;
                    }
                    if self.lang == Lang::En && next_end == j + 2 && matches!(&text[j + 1..j + 2], "s" | "S")
                    {
                        self.push(start, j, TokenKind::Word);
                        self.push(j, j + 2, TokenKind::Word);
                        return j + 2;
                    }
                    j = next_end;
                }
                _ => break,
            }
        }
        // A trailing period: dotted acronym, initial or abbreviation.
        if char_at(text, j) == Some('.') {
            let word = &text[start..j];
            let single = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
            if single {
                // U.S. / U.N. / p. / i.e.
                let mut k = j + 1;
                let mut dotted = false;
                while let Some(c) = char_at(text, k) {
                    if c.is_alphabetic() && char_at(text, k + c.len_utf8()) == Some('.') {
                        k += c.len_utf8() + 1;
                        dotted = true;
                    } else {
                        break;
                    }
                }
                if dotted {
                    self.push(start, k, TokenKind::Word);
                    return k;
                }
                if word.chars().all(char::is_uppercase) || abbrev(word, &mut self.buf).is_some() {
                    self.push(start, j + 1, TokenKind::Word);
                    return j + 1;
                }
            } else if let Some(may_end) = abbrev(word, &mut self.buf) {
                if may_end {
                    self.may_end.insert(self.tokens.len());
                }
                self.push(start, j + 1, TokenKind::Word);
                return j + 1;
            }
        }
        self.push(start, j, TokenKind::Word);
        j
    }

    fn number(&mut self, start: usize) -> usize {
        let b = self.text.as_bytes();
        let digits = |mut i: usize| {
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            i
        };
        let mut j = digits(start);
        let mut group = j - start;
        let mut spaced = false;
        let mut other_sep = false;
        loop {
            if j + 1 < b.len() && (b[j] == b'.' || b[j] == b',') && b[j + 1].is_ascii_digit() && !spaced {
                let e = digits(j + 1);
                j = e;
                other_sep = true;
                continue;
            }
            if j + 3 < b.len()
                && b[j] == b' '
                && !other_sep
                && (1..=3).contains(&group)
                && (!spaced || group == 3)
            {
                let e = digits(j + 1);
                if e - (j + 1) == 3 {
                    j = e;
                    group = 3;
                    spaced = true;
                    continue;
                }
            }
            break;
        }
        // Digits glued to letters: "1er", "15h30", "3e", "10km" → one word token.
        if char_at(self.text, j).is_some_and(char::is_alphabetic) && !spaced {
            let e = self.alnum_end(j);
            self.push(start, e, TokenKind::Word);
            return e;
        }
        self.push(start, j, TokenKind::Number);
        j
    }

    fn run(&mut self) {
        let text = self.text;
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let c = char_at(text, i).expect("char boundary");
            let len = c.len_utf8();
            if c.is_whitespace() {
                i += len;
            } else if c.is_ascii_digit() {
                i = self.number(i);
            } else if is_word_char(c) {
                i = self.word(i);
            } else if c == '.' {
                let mut e = i;
                while e < b.len() && b[e] == b'.' {
                    e += 1;
                }
                self.push(i, e, TokenKind::Punct);
                i = e;
            } else {
                let kind = if is_punct(c) { TokenKind::Punct } else { TokenKind::Symbol };
                self.push(i, i + len, kind);
                i += len;
            }
        }
    }
}

fn is_punct(c: char) -> bool {
    matches!(
        c,
        ',' | ';'
            | ':'
            | '!'
            | '?'
            | '…'
            | '«'
            | '»'
            | '"'
            | '\''
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '-'
            | '–'
            | '—'
            | '‐'
            | '‑'
            | '/'
            | '‹'
            | '›'
            | '¿'
            | '¡'
            | '·'
            | '•'
    )
}

/// Segments `text` (normalized) into sentences and tokens; see the module doc.
pub fn segment(text: &str, lang: Lang) -> Segmentation {
    let mut tk = Tokenizer {
        text,
        lang,
        tokens: Vec::with_capacity(text.len() / 5 + 1),
        may_end: FxSet::default(),
        buf: String::new(),
    };
    tk.run();
    let tokens = tk.tokens;
    let sentences = split_sentences(text, &tokens, &tk.may_end);
    Segmentation { sentences, tokens }
}

fn split_sentences(text: &str, tokens: &[Token], may_end: &FxSet<usize>) -> Vec<Sentence> {
    let n = tokens.len();
    let mut out = Vec::new();
    let newline_between = |a: usize, b: usize| text[tokens[a].span.end..tokens[b].span.start].contains('\n');
    let tok = |k: usize| tokens[k].span.slice(text);
    let mut start = 0;
    let mut k = 0;
    while k < n {
        let mut end_here = k + 1 == n || newline_between(k, k + 1);
        let t = tok(k);
        let terminal =
            matches!(t, "!" | "?" | "…") || t.starts_with('.') && tokens[k].kind == TokenKind::Punct;
        if !end_here && (terminal || may_end.contains(&k)) {
            // Absorb closing marks: » ) ] and a closing " (attached to the previous token).
            let mut e = k;
            while e + 1 < n && !newline_between(e, e + 1) && is_closer(text, tokens, e + 1) {
                e += 1;
            }
            if e + 1 == n || newline_between(e, e + 1) {
                k = e;
                end_here = true;
            } else {
                let next = tok(e + 1);
                let first = next.chars().next().unwrap_or(' ');
                // "le 3 sept. 2024": a month abbreviation's period before a year.
                let month_abbrev = t == "."
                    && k > 0
                    && first.is_ascii_digit()
                    && tokens[k - 1].span.end == tokens[k].span.start
                    && is_month_abbrev(tokens[k - 1].span.slice(text));
                let continues = month_abbrev
                    || first.is_lowercase()
                    || matches!(next, "," | ";" | ":" | ")" | "]" | "!" | "?" | "…" | "-" | "–" | "—")
                    || next.starts_with('.');
                // "etc." ends a sentence only before a capitalised word.
                let abbrev_ok = terminal || first.is_uppercase();
                if !continues && abbrev_ok {
                    k = e;
                    end_here = true;
                }
            }
        }
        if end_here {
            out.push(Sentence {
                span: Span::new(tokens[start].span.start, tokens[k].span.end),
                tokens: start..k + 1,
            });
            start = k + 1;
        }
        k += 1;
    }
    out
}

fn is_month_abbrev(word: &str) -> bool {
    let mut f = crate::fold::fold_str(word);
    f.push('.');
    crate::dates::calendar().months.contains_key(&f)
}

/// Is token `k` a closing quote or bracket?
fn is_closer(text: &str, tokens: &[Token], k: usize) -> bool {
    match tokens[k].span.slice(text) {
        "»" | ")" | "]" | "›" => true,
        "\"" | "'" => {
            // Closing when attached to what precedes it or followed by space/punctuation.
            let s = tokens[k].span.start;
            let before = text[..s].chars().next_back();
            before.is_some_and(|c| !c.is_whitespace())
                || char_at(text, tokens[k].span.end).is_none_or(|c| c.is_whitespace() || is_punct(c))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(t: &str, lang: Lang) -> Vec<&str> {
        segment(t, lang).tokens.iter().map(|k| k.span.slice(t)).collect()
    }
    fn sents(t: &str, lang: Lang) -> Vec<&str> {
        segment(t, lang).sentences.iter().map(|s| s.span.slice(t)).collect()
    }

    #[test]
    fn tokens_fr() {
        assert_eq!(
            toks("L'armée d'AES a tué 5 000 hommes aujourd'hui.", Lang::Fr),
            ["L'", "armée", "d'", "AES", "a", "tué", "5 000", "hommes", "aujourd'hui", "."]
        );
        assert_eq!(
            toks("M. I. Traoré, 1,5 million", Lang::Fr),
            ["M.", "I.", "Traoré", ",", "1,5", "million"]
        );
        assert_eq!(toks("N'Djamena et N'Guigmi", Lang::Fr), ["N'Djamena", "et", "N'Guigmi"]);
        assert_eq!(toks("a-t-il dit... le 1er mai à 15h30", Lang::Fr)[..3], ["a-t-il", "dit", "..."]);
    }

    #[test]
    fn tokens_en() {
        assert_eq!(
            toks("Mali's U.S.-trained troops: 5,000 men.", Lang::En),
            ["Mali", "'s", "U.S.", "-", "trained", "troops", ":", "5,000", "men", "."]
        );
    }

    #[test]
    fn sentences() {
        let t = "« Nous sommes prêts. », a-t-il déclaré. Le Gén. Traoré est arrivé.\nTitre sans point\nFin ?";
        assert_eq!(
            sents(t, Lang::Fr),
            [
                "« Nous sommes prêts. », a-t-il déclaré.",
                "Le Gén. Traoré est arrivé.",
                "Titre sans point",
                "Fin ?"
            ]
        );
        let t = "Lt. Col. John Smith met U.S. officials on Sept. 10, 2025. He left.";
        assert_eq!(
            sents(t, Lang::En),
            ["Lt. Col. John Smith met U.S. officials on Sept. 10, 2025.", "He left."]
        );
        let t = "Il a dit : « Je pars. Vous restez. » Puis il est parti.";
        assert_eq!(sents(t, Lang::Fr), ["Il a dit : « Je pars.", "Vous restez. »", "Puis il est parti."]);
    }
}
