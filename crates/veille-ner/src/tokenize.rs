//! Sentence and token segmentation used for training and tagging.
//!
//! The pipeline's tokens come from `veille_text::segment`; until that lands, this simple
//! segmenter is the one place that decides token boundaries, so training and tagging agree.
//! [`Model::tag`](crate::Model::tag) accepts any token spans, so swapping segmenters needs no
//! change to the model.
//!
//! Rules: whitespace separates tokens; punctuation is its own token; French elisions
//! (`l’`, `d'`, `qu’`…) end a token after the apostrophe; hyphens and dots inside words stay
//! (`Pré-Botté`, `U.S.`); digits keep their inner `.`/`,` (`5,000`, `3.5`). A sentence ends after
//! `.`, `!`, `?` or `…` when the next token starts with an upper-case letter, a digit or a quote,
//! and at a blank line.

use std::ops::Range;
use veille_core::Span;

/// One sentence: its byte span and the range of its tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SentenceSpan {
    pub span: Span,
    pub tokens: Range<usize>,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Tokens (byte spans) of `text`.
pub fn tokens(text: &str) -> Vec<Span> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let end_of = |k: usize| if k < n { chars[k].0 } else { text.len() };
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        if is_word_char(c) {
            let mut j = i + 1;
            while j < n {
                let d = chars[j].1;
                if is_word_char(d) {
                    j += 1;
                } else if (d == '-' || d == '.' || d == ',' || d == '/' || d == '&')
                    && j + 1 < n
                    && is_word_char(chars[j + 1].1)
                {
                    // inner hyphen (Pré-Botté), dotted abbreviation (U.S), number 5,000 / 3.5
                    if d == ',' && !(chars[j - 1].1.is_ascii_digit() && chars[j + 1].1.is_ascii_digit()) {
                        break;
                    }
                    if d == '/' && !chars[j - 1].1.is_ascii_digit() {
                        break;
                    }
                    j += 2;
                } else if is_apostrophe(d) && j + 1 < n && chars[j + 1].1.is_alphabetic() {
                    let len = j - start;
                    let next_upper = chars[j + 1].1.is_uppercase();
                    if len == 1 && c == 'N' && next_upper {
                        // N’Djamena, N'Guigmi: one name
                        j += 2;
                    } else if len <= 2 || is_elision(&chars[start..j]) {
                        // French elision: l’armée, d'Abidjan, qu’il -> split after the apostrophe
                        j += 1;
                        break;
                    } else if is_english_clitic(&chars[j + 1..]) {
                        // Syria's, don't: the clitic is its own token
                        break;
                    } else {
                        // aujourd'hui, Dar'a: one word
                        j += 2;
                    }
                } else {
                    break;
                }
            }
            // Keep a final dot on abbreviations made of single letters and dots ("U.S.").
            if j < n && chars[j].1 == '.' && j - start >= 2 && chars[j - 2].1 == '.' {
                j += 1;
            }
            out.push(Span::new(chars[start].0, end_of(j)));
            i = j;
        } else if is_apostrophe(c)
            && i + 1 < n
            && chars[i + 1].1.is_alphabetic()
            && !out.is_empty()
            && out.last().is_some_and(|s: &Span| s.end == chars[i].0)
        {
            // "'s" clitic glued to the previous word
            let mut j = i + 1;
            while j < n && chars[j].1.is_alphabetic() {
                j += 1;
            }
            out.push(Span::new(chars[start].0, end_of(j)));
            i = j;
        } else {
            // punctuation: runs of the same char (…, --, ...) form one token
            let mut j = i + 1;
            while j < n && chars[j].1 == c && !c.is_alphanumeric() {
                j += 1;
            }
            out.push(Span::new(chars[start].0, end_of(j)));
            i = j;
        }
    }
    out
}

fn is_english_clitic(rest: &[(usize, char)]) -> bool {
    let mut k = 0;
    while k < rest.len() && rest[k].1.is_alphabetic() {
        k += 1;
    }
    let w: String = rest[..k].iter().map(|&(_, c)| c.to_ascii_lowercase()).collect();
    matches!(w.as_str(), "s" | "t" | "ll" | "re" | "ve" | "d" | "m")
}

fn is_elision(word: &[(usize, char)]) -> bool {
    let w: String = word.iter().map(|&(_, c)| c.to_lowercase().next().unwrap_or(c)).collect();
    matches!(w.as_str(), "qu" | "jusqu" | "lorsqu" | "puisqu" | "quoiqu" | "presqu")
}

/// Sentences of `text` over its [`tokens`].
pub fn sentences(text: &str, toks: &[Span]) -> Vec<SentenceSpan> {
    let mut out = Vec::new();
    let mut first = 0usize;
    for k in 0..toks.len() {
        let t = toks[k].slice(text);
        let last = k + 1 == toks.len();
        let mut boundary = last;
        if !last {
            let gap = &text[toks[k].end..toks[k + 1].start];
            if gap.matches('\n').count() >= 2 {
                boundary = true;
            } else if matches!(t, "." | "!" | "?" | "…" | "..." | "!!" | "??") {
                let next = toks[k + 1].slice(text);
                let c = next.chars().next().unwrap_or(' ');
                boundary =
                    c.is_uppercase() || c.is_ascii_digit() || matches!(c, '«' | '"' | '“' | '(' | '-' | '—');
            } else if gap.contains('\n') && t.ends_with(['.', '!', '?', ':']) {
                boundary = true;
            }
        }
        if boundary {
            out.push(SentenceSpan { span: Span::new(toks[first].start, toks[k].end), tokens: first..k + 1 });
            first = k + 1;
        }
    }
    out
}

/// Sentences and tokens in one call.
pub fn segment(text: &str) -> (Vec<SentenceSpan>, Vec<Span>) {
    let toks = tokens(text);
    let sents = sentences(text, &toks);
    (sents, toks)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokens(text).iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn french_elision_hyphens_numbers() {
        assert_eq!(
            words("L’armée a tué 5,000 jihadistes à Pré-Botté, aujourd'hui."),
            vec!["L’", "armée", "a", "tué", "5,000", "jihadistes", "à", "Pré-Botté", ",", "aujourd'hui", "."]
        );
        assert_eq!(words("qu’il"), vec!["qu’", "il"]);
        assert_eq!(words("à N’Djamena n'a"), vec!["à", "N’Djamena", "n'", "a"]);
    }

    #[test]
    fn english_abbreviations_and_possessive() {
        assert_eq!(
            words("The U.S. said Syria's army..."),
            vec!["The", "U.S.", "said", "Syria", "'s", "army", "..."]
        );
    }

    #[test]
    fn sentence_split() {
        let text = "Il est parti. Le 3 mai, rien. fin.\n\nTitre";
        let (s, t) = segment(text);
        let got: Vec<&str> = s.iter().map(|x| x.span.slice(text)).collect();
        assert_eq!(got, vec!["Il est parti.", "Le 3 mai, rien. fin.", "Titre"]);
        assert_eq!(s.last().unwrap().tokens.end, t.len());
    }
}
