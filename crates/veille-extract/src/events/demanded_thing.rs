//! What a demand asks for is not the one asked: a noun phrase after a REQUEST trigger headed by a
//! noun of a thing demanded (`data/demanded.tsv`, class `thing`: "a exigé une rançon de quinze
//! millions", "to demand more security patrols", "called for an independent investigation") is the
//! content of the demand and never its recipient; and "urged X to press Y" asks X, the direct
//! object right after the verb, not the party of the infinitive after it.

use super::*;
use crate::demanded::{Demanded, WORDS};

impl Extractor<'_, '_> {
    /// The noun phrase `np` names a thing demanded: its head is a `thing` noun. In French the head
    /// is the first word that is no determiner or figure, or the word after it past a leading
    /// adjective ("une meilleure protection"); in English the last word before a preposition
    /// ("more protection from the army", "the release of") or the end; a phrase cut before an
    /// event noun ("an independent" before "investigation") is read with the word after it.
    pub(super) fn demanded_thing(&self, np: Span) -> bool {
        let toks = &self.a.seg.tokens;
        let lang = self.a.doc.lang;
        let list = WORDS.get();
        let is_thing = |t: usize| list.class(lang, self.tok_text(t)) == Some(Demanded::Thing);
        let i0 = toks.partition_point(|t| t.span.start < np.start);
        let iend = toks.partition_point(|t| t.span.start < np.end);
        if i0 >= iend {
            return false;
        }
        // ("more protection from the army", "security forces": in English the head comes last)
        if lang != veille_core::Lang::En {
            // the first word past determiners and figures, or the one after it when that one is
            // a leading adjective ("une meilleure protection", "une nouvelle enquête")
            let first = (i0..iend).find(|&i| {
                toks[i].kind != veille_text::TokenKind::Number
                    && self.cues_at(toks[i].span.start).is_none_or(|(_, c)| !c.contains(&Cue::Det))
            });
            return first.is_some_and(|f| {
                is_thing(f)
                    || (f + 1 < iend
                        && toks[f + 1].kind == veille_text::TokenKind::Word
                        && self.cues_at(toks[f + 1].span.start).is_none()
                        && is_thing(f + 1))
            });
        }
        // ("more protection from the army": the head closes before the first preposition)
        let stops = crate::party::WORDS.get();
        let head = (i0 + 1..iend)
            .find(|&i| {
                stops.class(lang, self.tok_text(i)) == Some(crate::party::WordClass::Stop)
                    || self.cues_at(toks[i].span.start).is_some_and(|(_, c)| {
                        c.iter()
                            .any(|c| matches!(c, Cue::Gen | Cue::Dat | Cue::By | Cue::Against | Cue::With))
                    })
            })
            .unwrap_or(iend);
        if head > i0 && is_thing(head - 1) {
            return true;
        }
        iend < toks.len() && toks[iend].kind == veille_text::TokenKind::Word && is_thing(iend)
    }
}
