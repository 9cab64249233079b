//! Spokespersons: "a spokesman for the junta said…", "its spokesperson said…", "Son porte-parole a
//! prévenu que…", and "He said…" right after a sentence whose subject is a spokesperson. The
//! spokesperson stands for the body he speaks for: the speaker of the clause is that body, so what
//! the body does in the reported words is the body's act.

use super::*;

/// Nouns naming one who speaks for a body (English and French).
const SPOKES: &[&str] = &["spokesman", "spokeswoman", "spokesperson", "porte-parole", "porte-paroles"];
/// Possessives before the noun: "its spokesperson", "son porte-parole".
const POSSESSIVE: &[&str] = &["its", "their", "son", "sa", "leur"];
/// Prepositions linking the noun to its body: "spokesman for the army", "porte-parole de l'armée".
const OF: &[&str] = &["for", "of", "de", "du", "des", "d'", "d’"];
/// Singular subject pronouns that take up the spokesperson of the sentence before.
const HE: &[&str] = &["he", "she", "il", "elle"];

impl<'a, 'd> Extractor<'a, 'd> {
    /// The body a speech verb's speaker stands for when the subject of [cs, verb) is a spokesperson
    /// with no named body of its own as the subject group (`current`): the group after "for"/"de",
    /// the group right before the noun ("police spokesperson", "the army's spokesman"), or, after a
    /// possessive, the subject of the sentence before. A singular pronoun subject right before the
    /// verb ("He said…") takes up a spokesperson who opens the sentence before.
    pub(super) fn spokesperson_speaker(
        &self,
        si: usize,
        cs: usize,
        verb: usize,
        current: Option<&Group>,
    ) -> Option<Group> {
        if current.is_some_and(|g| !self.group_is_person(g)) {
            return None;
        }
        let toks = &self.a.seg.tokens;
        let from = toks.partition_point(|t| t.span.start < cs);
        let to = toks.partition_point(|t| t.span.start < verb);
        // cheap gate: a spokesperson noun among the clause's first tokens before the verb
        let k = (from..to.min(from + 8)).find(|&t| self.tok_is(t, SPOKES));
        let Some(k) = k else {
            return self.pronoun_after_spokesperson(si, from, to);
        };
        self.spokesperson_body(si, k, verb)
    }

    /// "He said…" where the sentence before opens with a spokesperson of a body.
    fn pronoun_after_spokesperson(&self, si: usize, from: usize, to: usize) -> Option<Group> {
        // the clause is the pronoun alone (an auxiliary or adverb may follow it)
        if si == 0 || to <= from || to - from > 2 || !self.tok_is(from, HE) {
            return None;
        }
        let prev = self.a.seg.sentences[si - 1].span;
        let toks = &self.a.seg.tokens;
        let pf = toks.partition_point(|t| t.span.start < prev.start);
        let pt = toks.partition_point(|t| t.span.start < prev.end);
        let k = (pf..pt.min(pf + 6)).find(|&t| self.tok_is(t, SPOKES))?;
        self.spokesperson_body(si - 1, k, prev.end)
    }

    /// The body of the spokesperson noun at token `k` of sentence `si` (groups before `limit`).
    fn spokesperson_body(&self, si: usize, k: usize, limit: usize) -> Option<Group> {
        let toks = &self.a.seg.tokens;
        let ks = toks[k].span;
        // "spokesman for the junta", "porte-parole de l'armée malienne"
        if k + 1 < toks.len()
            && self.tok_is(k + 1, OF)
            && let Some(g) = self.groups_in(ks.end, limit).next()
            && self.tokens_between(ks.end, g.start) <= 3
            && !self.group_is_person(g)
        {
            return Some(g.clone());
        }
        // "police spokesperson", "the army's spokesman", "Nigeria's army spokesperson"
        if let Some(g) = self.group_ending_before(ks.start)
            && g.sentence == si
            && self.tokens_between(g.end, ks.start) <= 1
            && !self.group_is_person(g)
        {
            return Some(g.clone());
        }
        // "its spokesperson", "son porte-parole": the subject of the sentence before
        if k > 0 && self.tok_is(k - 1, POSSESSIVE) && si > 0 {
            let prev = self.a.seg.sentences[si - 1].span;
            return self.subject(prev.start, prev.end).filter(|g| !self.group_is_person(g)).cloned();
        }
        None
    }

    fn group_is_person(&self, g: &Group) -> bool {
        g.ments.iter().all(|&m| self.a.entities[m].kind == EntityType::Person)
    }
}
