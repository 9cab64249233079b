//! Violence announced against "any" target ("JNIM announced that it would attack any tanker heading
//! to Mali", "said it would target \"any village that takes up arms with the junta\""): a party
//! promising to strike whoever does something threatens (PLOVER THREATEN, mode violence, EVAL.md
//! guideline 3: "menace d'attaquer tout convoi" is one THREATEN); no attack is planned against one
//! target. English only; the free-choice quantifier is the cue `anyq`.

use super::*;

/// Tokens read after the verb for the quantifier ("attack any", "target \"any").
const ANY_WINDOW: usize = 2;

impl Extractor<'_, '_> {
    /// A pledged or hypothetical English assault verb whose object opens with "any": a threat of
    /// violence by the same actor, told as fact.
    pub(super) fn en_threat_against_any(&self, d: &mut Draft) {
        if self.a.doc.lang != veille_core::Lang::En
            || d.kind != EventType::Assault
            || d.nominal
            || d.status != Status::Pledged
        {
            return;
        }
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[d.sentence].span;
        let first = toks.partition_point(|t| t.span.start < d.trigger.end);
        let any = toks
            .iter()
            .enumerate()
            .skip(first)
            .take(ANY_WINDOW)
            .take_while(|(_, t)| t.span.start < ss.end)
            .find(|(_, t)| t.kind == veille_text::TokenKind::Word)
            .is_some_and(|(_, t)| self.cues_at(t.span.start).is_some_and(|(_, c)| c.contains(&Cue::Anyq)));
        if !any {
            return;
        }
        d.kind = EventType::Threaten;
        d.mode = Some("violence".to_string());
        d.status = Status::Asserted;
        if self.a.explain {
            d.explain.push(step("trigger", "violence announced against \"any\" target: a threat", None));
        }
    }
}

impl Extractor<'_, '_> {
    /// Token `t` opens a free-choice phrase: "any" (cue `anyq`), "anyone", "anybody", "anything".
    pub(super) fn en_free_choice_at(&self, t: usize) -> bool {
        self.cues_at(self.a.seg.tokens[t].span.start).is_some_and(|(_, c)| c.contains(&Cue::Anyq))
            || self.tok_is(t, &["anyone", "anybody", "anything", "whoever"])
    }
}
