//! Which tagged spans become provisional entities: a confidence floor per language and label,
//! and a type check against names other resources know (`data/provisional.tsv`).
//!
//! 1. **Confidence.** A span's score is the mean over its tokens of the softmax probability of
//!    the chosen label ([`crate::NerSpan::score`]). Spans scored below the floor of their
//!    language and label are dropped. The floors are data (`min_score` rows), chosen on the
//!    development part of the training corpora (see `MAPPING.md`, "Provisional entities").
//! 2. **Known names.** A PER or ORG span whose whole text is a name another resource gives a
//!    different type ([`KnownNames`]: a gazetteer place, a knowledge-base alias of another
//!    kind) is not a person or organisation, unless a person/organisation cue word (`cue` rows:
//!    "colonel", "radio"…) comes right before it. A place name becomes a provisional place
//!    (LOC); an alias of another actor type is dropped. A PER or ORG span that is a description
//!    built on a demonym ("the French", "Malian officials", "Iranian") is dropped too.

use crate::{NerError, NerLabel, NerSpan};
use std::collections::HashMap;
use veille_core::{EntityType, Lang, Span};

static DEFAULT_TSV: &str = include_str!("../data/provisional.tsv");

/// What other resources say about an exact name. The pipeline implements it over the
/// gazetteer and the knowledge base; `buf` is a scratch buffer reused between calls.
pub trait KnownNames {
    /// The type a gazetteer or knowledge base gives to exactly this text, if any.
    fn known_kind(&self, name: &str, buf: &mut String) -> Option<EntityType>;
    /// Whether a word (as written) is a demonym or nationality adjective ("Malian", "French").
    fn is_demonym(&self, _word: &str, _buf: &mut String) -> bool {
        false
    }
}

/// A description, not a name: function words or lower-case words, a demonym, then only
/// lower-case words ("the French", "two Malian officials", "Iranian"). `buf` is scratch.
fn demonym_phrase(text: &str, known: &dyn KnownNames, buf: &mut String) -> bool {
    let fw = crate::corpus::function_words();
    let mut words = text.split_whitespace();
    let head = loop {
        let Some(w) = words.next() else { return false };
        buf.clear();
        buf.extend(w.chars().flat_map(char::to_lowercase));
        if w.starts_with(char::is_uppercase) && !fw.contains(buf.as_str()) {
            break w;
        }
    };
    known.is_demonym(head, buf) && words.all(|w| !w.starts_with(char::is_uppercase))
}

/// Labels a cue word vouches for (bits: PER 1, ORG 2).
const CUE_PER: u8 = 1;
const CUE_ORG: u8 = 2;

/// Confidence floors and cue words for turning tagged spans into provisional entities.
#[derive(Clone, Debug, Default)]
pub struct ProvisionalFilter {
    /// Floors by language (0 French and others, 1 English) and label (PER, ORG, LOC, MISC).
    min: [[f32; 4]; 2],
    /// Folded cue word → labels it introduces.
    cues: HashMap<String, u8>,
}

fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::En => 1,
        _ => 0,
    }
}

fn label_index(l: NerLabel) -> usize {
    match l {
        NerLabel::Per => 0,
        NerLabel::Org => 1,
        NerLabel::Loc => 2,
        NerLabel::Misc => 3,
    }
}

/// What the filter decided for one span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Kept with the tagger's label.
    Keep,
    /// Kept as a place: its text is a place name (a PER/ORG reading was rejected).
    AsPlace,
    /// Dropped (below the floor, or a name of another type).
    Drop,
}

impl ProvisionalFilter {
    /// The shipped floors and cues (`crates/veille-ner/data/provisional.tsv`).
    pub fn load_default() -> Result<ProvisionalFilter, NerError> {
        ProvisionalFilter::parse(DEFAULT_TSV)
    }

    /// A filter that keeps every span (no floor, no cue words): the tagger's raw output.
    pub fn keep_all() -> ProvisionalFilter {
        ProvisionalFilter::default()
    }

    /// Parses the TSV format: `min_score<TAB>fr|en<TAB>PER|ORG|LOC<TAB>0.xx` and
    /// `cue<TAB>PER|ORG<TAB>word` (`#` comments).
    pub fn parse(tsv: &str) -> Result<ProvisionalFilter, NerError> {
        let mut f = ProvisionalFilter::default();
        for (n, line) in tsv.lines().enumerate() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |m: &str| NerError::Invalid(format!("provisional.tsv line {}: {m}", n + 1));
            let cols: Vec<&str> = line.split('\t').collect();
            match cols.as_slice() {
                ["min_score", lang, label, v] => {
                    let l = match *lang {
                        "fr" => 0,
                        "en" => 1,
                        _ => return Err(bad("language must be fr or en")),
                    };
                    let lab =
                        NerLabel::parse(label).ok_or_else(|| bad("label must be PER, ORG, LOC or MISC"))?;
                    let v: f32 = v
                        .parse()
                        .ok()
                        .filter(|v| (0.0..=1.0).contains(v))
                        .ok_or_else(|| bad("score must be 0..1"))?;
                    f.min[l][label_index(lab)] = v;
                }
                ["cue", label, word] => {
                    let bit = match *label {
                        "PER" => CUE_PER,
                        "ORG" => CUE_ORG,
                        _ => return Err(bad("a cue introduces PER or ORG")),
                    };
                    *f.cues.entry(veille_text::fold_str(word.trim())).or_default() |= bit;
                }
                _ => {
                    return Err(bad(
                        "expected min_score<TAB>LANG<TAB>LABEL<TAB>SCORE or cue<TAB>LABEL<TAB>WORD",
                    ));
                }
            }
        }
        Ok(f)
    }

    /// The confidence floor of a language and label.
    pub fn min_score(&self, lang: Lang, label: NerLabel) -> f32 {
        self.min[lang_index(lang)][label_index(label)]
    }

    /// The same filter with another floor (for choosing floors on development data).
    pub fn with_min_score(mut self, lang: Lang, label: NerLabel, v: f32) -> ProvisionalFilter {
        self.min[lang_index(lang)][label_index(label)] = v;
        self
    }

    /// Whether the word right before `span` is a cue for `label` ("le colonel Kati",
    /// "Radio Gao"). Looks at one word, folded without allocating for ASCII words.
    fn cued(&self, text: &str, span: Span, label: NerLabel, buf: &mut String) -> bool {
        let bit = match label {
            NerLabel::Per => CUE_PER,
            NerLabel::Org => CUE_ORG,
            _ => return false,
        };
        if self.cues.is_empty() {
            return false;
        }
        let before =
            text[..span.start].trim_end_matches(|c: char| c.is_whitespace() || c == '\'' || c == '’');
        let start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-'))
            .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
        let word = &before[start..];
        if word.is_empty() {
            return false;
        }
        buf.clear();
        if word.is_ascii() {
            buf.extend(word.chars().map(|c| c.to_ascii_lowercase()));
        } else {
            buf.push_str(&veille_text::fold_str(word));
        }
        self.cues.get(buf.as_str()).is_some_and(|b| b & bit != 0)
    }

    /// The decision for one tagged span of `text` in a document of language `lang`.
    pub fn verdict(
        &self,
        text: &str,
        lang: Lang,
        s: &NerSpan,
        known: Option<&dyn KnownNames>,
        buf: &mut String,
    ) -> Verdict {
        let (span, label) = (s.span, s.label);
        if matches!(label, NerLabel::Per | NerLabel::Org)
            && let Some(k) = known
            && demonym_phrase(span.slice(text), k, buf)
        {
            return Verdict::Drop;
        }
        if matches!(label, NerLabel::Per | NerLabel::Org)
            && let Some(k) = known
            && let Some(kind) = k.known_kind(span.slice(text), buf)
            && !compatible(label, kind)
            && !self.cued(text, span, label, buf)
        {
            return match kind {
                EntityType::Place | EntityType::Country => Verdict::AsPlace,
                _ => Verdict::Drop,
            };
        }
        if s.score < self.min_score(lang, label) { Verdict::Drop } else { Verdict::Keep }
    }
}

/// Whether a tagger label agrees with a known entity type (PER with persons, ORG with any
/// organisation or force).
fn compatible(label: NerLabel, kind: EntityType) -> bool {
    match label {
        NerLabel::Per => kind == EntityType::Person,
        NerLabel::Org => !matches!(kind, EntityType::Person | EntityType::Place | EntityType::Country),
        NerLabel::Loc => matches!(kind, EntityType::Place | EntityType::Country),
        NerLabel::Misc => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Names;
    impl KnownNames for Names {
        fn is_demonym(&self, word: &str, _buf: &mut String) -> bool {
            matches!(word, "French" | "Malian")
        }
        fn known_kind(&self, name: &str, _buf: &mut String) -> Option<EntityType> {
            match name {
                "Gao" => Some(EntityType::Place),
                "Barkhane" => Some(EntityType::StateForce),
                "Koufa" => Some(EntityType::Person),
                _ => None,
            }
        }
    }

    fn filter() -> ProvisionalFilter {
        ProvisionalFilter::parse(
            "min_score\tfr\tPER\t0.5\nmin_score\ten\tORG\t0.25\ncue\tPER\tcolonel\ncue\tORG\tRadio\n",
        )
        .unwrap()
    }

    fn ns(span: Span, label: NerLabel, score: f32) -> NerSpan {
        NerSpan { span, label, score }
    }

    fn at(text: &str, name: &str) -> Span {
        let s = text.find(name).unwrap();
        Span::new(s, s + name.len())
    }

    #[test]
    fn parses_floors_and_rejects_bad_rows() {
        let f = filter();
        assert_eq!(f.min_score(Lang::Fr, NerLabel::Per), 0.5);
        assert_eq!(f.min_score(Lang::En, NerLabel::Org), 0.25);
        assert_eq!(f.min_score(Lang::En, NerLabel::Per), 0.0);
        assert!(ProvisionalFilter::parse("min_score\tfr\tPER\t1.5").is_err());
        assert!(ProvisionalFilter::parse("cue\tLOC\tà").is_err());
        assert!(ProvisionalFilter::parse("floor\tfr").is_err());
        ProvisionalFilter::load_default().expect("the shipped file parses");
    }

    #[test]
    fn floors_by_language_and_label() {
        let f = filter();
        let t = "Hamadou Sow a parlé.";
        let s = at(t, "Hamadou Sow");
        let mut b = String::new();
        assert_eq!(f.verdict(t, Lang::Fr, &ns(s, NerLabel::Per, 0.45), None, &mut b), Verdict::Drop);
        assert_eq!(f.verdict(t, Lang::Fr, &ns(s, NerLabel::Per, 0.55), None, &mut b), Verdict::Keep);
        assert_eq!(f.verdict(t, Lang::En, &ns(s, NerLabel::Per, 0.45), None, &mut b), Verdict::Keep);
    }

    #[test]
    fn place_names_are_not_persons_unless_cued() {
        let f = filter();
        let mut b = String::new();
        let t = "Des tirs ont visé Gao hier.";
        assert_eq!(
            f.verdict(t, Lang::Fr, &ns(at(t, "Gao"), NerLabel::Per, 0.9), Some(&Names), &mut b),
            Verdict::AsPlace
        );
        assert_eq!(
            f.verdict(t, Lang::Fr, &ns(at(t, "Gao"), NerLabel::Loc, 0.9), Some(&Names), &mut b),
            Verdict::Keep
        );
        let t = "Le colonel Gao a parlé ; RADIO Gao aussi.";
        assert_eq!(
            f.verdict(t, Lang::Fr, &ns(at(t, "Gao"), NerLabel::Per, 0.9), Some(&Names), &mut b),
            Verdict::Keep
        );
        let s = Span::new(t.rfind("Gao").unwrap(), t.rfind("Gao").unwrap() + 3);
        assert_eq!(f.verdict(t, Lang::Fr, &ns(s, NerLabel::Org, 0.9), Some(&Names), &mut b), Verdict::Keep);
        assert_eq!(
            f.verdict(t, Lang::Fr, &ns(s, NerLabel::Per, 0.9), Some(&Names), &mut b),
            Verdict::AsPlace
        );
    }

    #[test]
    fn aliases_of_another_actor_type_are_dropped() {
        let f = filter();
        let mut b = String::new();
        let t = "Barkhane et Koufa.";
        let bk = at(t, "Barkhane");
        assert_eq!(f.verdict(t, Lang::Fr, &ns(bk, NerLabel::Per, 0.9), Some(&Names), &mut b), Verdict::Drop);
        assert_eq!(f.verdict(t, Lang::Fr, &ns(bk, NerLabel::Org, 0.9), Some(&Names), &mut b), Verdict::Keep);
        let k = at(t, "Koufa");
        assert_eq!(f.verdict(t, Lang::Fr, &ns(k, NerLabel::Org, 0.9), Some(&Names), &mut b), Verdict::Drop);
        assert_eq!(f.verdict(t, Lang::Fr, &ns(k, NerLabel::Per, 0.9), Some(&Names), &mut b), Verdict::Keep);
    }

    #[test]
    fn demonym_descriptions_are_not_names() {
        let f = filter();
        let mut b = String::new();
        for (t, name) in [
            ("Bamako expelled the French diplomats.", "the French"),
            ("They sanctioned two Malian officials.", "two Malian officials"),
            ("Talks with French officials.", "French"),
        ] {
            let v = f.verdict(t, Lang::En, &ns(at(t, name), NerLabel::Org, 0.9), Some(&Names), &mut b);
            assert_eq!(v, Verdict::Drop, "{name}");
        }
        let t = "The French Foreign Legion and Malian Airlines.";
        for name in ["The French Foreign Legion", "Malian Airlines"] {
            let v = f.verdict(t, Lang::En, &ns(at(t, name), NerLabel::Org, 0.9), Some(&Names), &mut b);
            assert_eq!(v, Verdict::Keep, "{name}");
        }
    }
}
