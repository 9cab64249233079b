//! French readings that report no event of their own (precision on whole articles).
//!
//! A charge quoted in the accuser's own words: "accuse Alger de « soutenir le terrorisme
//! international »", "a accusé certaines puissances de « fournir renseignements et appui
//! logistique » aux groupes armés", "accusent un Français d'avoir « mobilisé des responsables
//! politiques »". The quotation marks give the accuser's characterization of the accused, not an
//! act of support, aid, mobilization or cooperation the article reports (EVAL.md guideline 3: the
//! content of a speech act is no second event). Violent acts and arrests an accusation names
//! ("accuse l'armée d'avoir « exécuté » des civils") are incidents and stay, claimed.

use super::*;
use veille_core::Lang;

impl Extractor<'_, '_> {
    /// The token right before `pos` opens a quotation.
    fn opening_quote_before(&self, pos: usize) -> Option<usize> {
        let t = self.tok_before(pos)?;
        matches!(self.tok_text(t), "«" | "\"" | "“").then_some(t)
    }

    /// A non-violent act quoted as the complement of an accusation earlier in its sentence:
    /// "accuser X de « VERB…", "d'avoir « VERB…".
    fn quoted_charge(&self, d: &Draft) -> bool {
        if d.nominal
            || !matches!(
                d.kind,
                EventType::Support | EventType::Aid | EventType::Mobilize | EventType::Cooperate
            )
        {
            return false;
        }
        let Some(q) = self.opening_quote_before(d.trigger.start) else { return false };
        let Some(p) = self.tok_before(self.a.seg.tokens[q].span.start) else { return false };
        let prep = veille_text::fold_cow(self.tok_text(p)).to_lowercase();
        if !matches!(prep.as_str(), "de" | "d'" | "avoir" | "d'avoir") {
            return false;
        }
        let ss = self.a.seg.sentences[d.sentence].span;
        self.hits[self.hits_in(Span::new(ss.start, d.trigger.start))].iter().any(|x| {
            self.lex.entry(x).senses.iter().any(|&k| self.lex.senses[k as usize].kind == EventType::Accuse)
        })
    }

    /// French readings that name no event of their own (see the module comment), with the rule
    /// for `--explain`.
    pub(super) fn fr_no_event(&self, d: &Draft) -> Option<&'static str> {
        if self.a.doc.lang != Lang::Fr {
            return None;
        }
        if self.quoted_charge(d) {
            return Some("a charge quoted in the accuser's words: its content, no act of its own");
        }
        None
    }
}
