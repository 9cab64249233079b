//! Participle appositions between a French subject and its verb group: "Les assaillants, venus
//! du Nigeria voisin, ont incendié…", "Les agents, déployés en grand nombre, ont fait usage…".
//! The phrase set off by commas describes the subject; a party named inside it ("du Nigeria")
//! is no subject, and the subject is the noun phrase before the first comma.

use super::*;

/// Endings of French past participles (and participial adjectives) that open an apposition.
const ENDINGS: &[&str] =
    &["é", "ée", "és", "ées", "is", "ise", "ises", "us", "ue", "ues", "it", "ite", "its", "ites", "ts"];

/// Tokens the apposition may span between its commas.
const MAX_TOKENS: usize = 24;

impl Extractor<'_, '_> {
    /// Token `t` is a lower-case French past participle ("venus", "arrivés", "appuyée").
    pub(super) fn participle_word(&self, t: usize) -> bool {
        if self.a.doc.lang != veille_core::Lang::Fr {
            return false;
        }
        let w = self.tok_text(t);
        w.chars().count() > 3
            && w.chars().next().is_some_and(char::is_lowercase)
            && ENDINGS.iter().any(|e| w.ends_with(e))
            && self.word_class(t) != Some(WordClass::Stop)
            && !self.in_date(self.a.seg.tokens[t].span)
    }

    /// A French past participle (`participle_word`) lies between two positions.
    pub(super) fn participle_word_between(&self, from: usize, to: usize) -> bool {
        let toks = &self.a.seg.tokens;
        let i = toks.partition_point(|t| t.span.start < from);
        let j = toks.partition_point(|t| t.span.start < to);
        (i..j).any(|t| self.participle_word(t))
    }

    /// Group `g` lies in a participle apposition of the clause [cs, before): a comma, a past
    /// participle, then a second comma right before the verb group (at most four tokens before
    /// `before`), with `g` between the commas.
    pub(super) fn in_participle_apposition(&self, cs: usize, g: &Group, before: usize) -> bool {
        if self.a.doc.lang != veille_core::Lang::Fr || g.start <= cs {
            return false;
        }
        let toks = &self.a.seg.tokens;
        // the comma opening the apposition: the last one before the group
        let gi = toks.partition_point(|t| t.span.start < g.start);
        let mut k = gi;
        let open = loop {
            if k == 0 || gi - k > MAX_TOKENS {
                return false;
            }
            k -= 1;
            if toks[k].span.start < cs {
                return false;
            }
            if self.tok_text(k) == "," {
                break k;
            }
        };
        if open == 0 || toks[open - 1].span.start < cs || !self.participle_word(open + 1) {
            return false;
        }
        // the comma closing it: after the group, then only the verb group before `before`
        let mut i = toks.partition_point(|t| t.span.start < g.end);
        while i < toks.len() && toks[i].span.start < before && i - open <= MAX_TOKENS {
            if self.tok_text(i) == "," {
                return self.tokens_between(toks[i].span.end, before) <= 4
                    && !(i + 1..toks.len())
                        .take_while(|&j| toks[j].span.start < before)
                        .any(|j| toks[j].kind == veille_text::TokenKind::Punct);
            }
            i += 1;
        }
        false
    }
}
