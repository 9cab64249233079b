//! Fronted adverbials: a French clause that opens with a prepositional or adverbial phrase closed
//! by a comma ("En signe de colère, les syndicats ont entamé une grève", "À Malanville, des
//! commerçants ont observé une journée de grève", "Après Bamako, Niamey a rappelé son
//! ambassadeur") has its subject after that comma; the phrase is a circumstance, never the party
//! acting. The words that open such a phrase are listed in `data/fronted.tsv`.

use super::*;
use crate::wordlist::EmbeddedList;

/// Tokens a fronted phrase may span before its comma.
const MAX_TOKENS: usize = 20;

pub(super) static LIST: EmbeddedList<()> =
    EmbeddedList::new(include_str!("../../data/fronted.tsv"), "fronted.tsv", |c| {
        (c == "opener").then_some(())
    });

impl Extractor<'_, '_> {
    /// The start of the first token after the comma that closes a fronted adverbial opening the
    /// clause at `cs`, when that comma lies before `before` (the verb or the trigger); None when
    /// the clause opens with no listed word or no comma closes the phrase in time.
    pub(super) fn fronted_end(&self, cs: usize, before: usize) -> Option<usize> {
        if self.a.doc.lang != veille_core::Lang::Fr {
            return None;
        }
        let toks = &self.a.seg.tokens;
        let mut first = toks.partition_point(|t| t.span.start < cs);
        // the dateline is no part of the clause
        if let Some(d) = self.dateline {
            while first < toks.len() && toks[first].span.start < d.end && toks[first].span.start < before {
                first += 1;
            }
        }
        let t0 =
            toks.get(first).filter(|t| t.span.start < before && t.kind == veille_text::TokenKind::Word)?;
        let lang = self.a.doc.lang;
        let w = self.tok_text(first);
        let listed = |s: &str| LIST.get().class(lang, s).is_some();
        let opens = if listed(w) {
            // "Dès les premières heures", never the article "Des hommes armés"
            !self.tok_is(first, &["des", "Des", "DES"])
        } else {
            // "D'après l'armée", "Jusqu'à présent": an elided first word read with the next
            toks.get(first + 1).is_some_and(|t1| listed(&self.a.doc.text[t0.span.start..t1.span.end]))
        };
        if !opens {
            return None;
        }
        let mut i = first + 1;
        while i < toks.len() && i - first <= MAX_TOKENS && toks[i].span.start < before {
            if self.tok_text(i) == "," {
                return toks.get(i + 1).map(|t| t.span.start).filter(|&p| p < before);
            }
            i += 1;
        }
        None
    }

    /// Group `g` lies inside a fronted adverbial of the clause [cs, before): it is no subject.
    pub(super) fn in_fronted(&self, cs: usize, g: &Group, before: usize) -> bool {
        g.start >= cs && self.fronted_end(cs, before).is_some_and(|e| g.end <= e)
    }
}
