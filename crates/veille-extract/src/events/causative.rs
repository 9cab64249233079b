//! The one made to act by a causative verb ("forcing troops to withdraw", "compelled the army to
//! pull back", "contraignant les soldats à se replier", `data/causative.tsv`) is the actor of the
//! infinitive after it, not the subject of the causative verb nor a speaker.

use super::*;

impl<'a, 'd> Extractor<'a, 'd> {
    /// A verb trigger right after "to"/"à" (a reflexive pronoun between in French) whose object
    /// phrase, up to six words with no punctuation, follows a causative verb: that phrase acts.
    pub(super) fn causative_actor(&self, d: &mut Draft) {
        if d.nominal {
            return;
        }
        let toks = &self.a.seg.tokens;
        let Some(mut t) = self.tok_before(d.trigger.start) else { return };
        let lang = self.a.doc.lang;
        if lang == veille_core::Lang::Fr && self.tok_is(t, &["se", "s'", "s’"]) {
            let Some(p) = t.checked_sub(1) else { return };
            t = p;
        }
        let to = if lang == veille_core::Lang::En { "to" } else { "à" };
        if !self.tok_is(t, &[to]) {
            return;
        }
        let ss = self.a.seg.sentences[d.sentence].span;
        // the causative verb: the nearest before "to", two to seven tokens back, no punctuation between
        let mut cause = None;
        for k in 1..=7 {
            let Some(c) = t.checked_sub(k) else { break };
            let tk = toks[c];
            if tk.span.start < ss.start || tk.kind == veille_text::TokenKind::Punct {
                break;
            }
            if crate::causative::words().class(lang, self.tok_text(c)).is_some() {
                cause = Some(c);
                break;
            }
        }
        // the object phrase is at least one word
        let Some(c) = cause.filter(|&c| c + 1 < t) else { return };
        let (from, to_pos) = (toks[c].span.end, toks[t].span.start);
        let parties = if let Some(g) = self.groups_in(from, to_pos).next().filter(|g| g.end <= to_pos) {
            self.group_refs(g)
        } else if let Some(np) = self.np_after(from, to_pos) {
            let (r, k, _) = self.np_ref(np);
            (vec![r], vec![k])
        } else {
            return;
        };
        d.set_actor(parties, self.a.explain, "causative verb: the one made to act is the actor");
    }
}
