//! A statement noun with one adjective before the party completing it: "les accusations répétées
//! du gouvernement burkinabè", "les menaces répétées du JNIM", "le soutien indéfectible de la
//! Russie", "la visite officielle du président": the party after the adjective is the one who
//! speaks (or visits), as it is right after the bare noun ("les accusations du Bénin").

use super::*;

impl Extractor<'_, '_> {
    /// `sense` is a French statement noun (accusation, demand, refusal, support, meeting, threat)
    /// and between its end and the "de" complement at `to` lies one lower-case word that is no
    /// trigger (an adjective or participle), then only function words.
    pub(super) fn modified_statement_noun(&self, sense: &Sense, from: usize, to: usize) -> bool {
        if sense.pos != Pos::Noun
            || !speech::statement(sense.kind)
            || self.a.doc.lang != veille_core::Lang::Fr
        {
            return false;
        }
        let toks = &self.a.seg.tokens;
        let i = toks.partition_point(|t| t.span.start < from);
        if i >= toks.len() || toks[i].span.start >= to {
            return false;
        }
        let w = self.tok_text(i);
        w.chars().all(|c| c.is_alphabetic() && !c.is_uppercase())
            && w.chars().count() >= 4
            // (a word some cue lists, "répétées", but no trigger)
            && self.hit_covering(toks[i].span.start).is_none_or(|h| {
                self.lex.entry(&self.hits[h]).senses.is_empty() && self.hits[h].end == toks[i].span.end
            })
            && self.only_function_words(toks[i].span.end, to)
    }
}
