//! Parties told by the group they claim to belong to: "les assaillants, qui se réclameraient de
//! l'Etat islamique au Sahel, ont incendié…", "des hommes armés se réclamant du JNIM". An
//! unresolved actor so qualified is that armed group.

use super::*;

impl Extractor<'_, '_> {
    /// The armed group after "(, qui) se réclamant/réclame… de" right after the phrase ending at
    /// byte `end`.
    fn claimed_affiliation(&self, end: usize, limit: usize) -> Option<&Group> {
        let toks = &self.a.seg.tokens;
        let mut i = toks.partition_point(|t| t.span.start < end);
        if i < toks.len() && self.tok_text(i) == "," {
            i += 1;
        }
        if i < toks.len() && self.tok_is(i, &["qui"]) {
            i += 1;
        }
        if !(i + 2 < toks.len() && self.tok_is(i, &["se", "s'", "s’"])) {
            return None;
        }
        let verb = veille_text::fold_cow(self.tok_text(i + 1));
        if !verb.starts_with("reclam") || !self.tok_is(i + 2, &["de", "d'", "d’", "du", "des"]) {
            return None;
        }
        let from = toks[i + 2].span.start;
        let g = self.groups_in(from, limit).next()?;
        (self.tokens_between(from, g.start) <= 2
            && g.ments
                .iter()
                .all(|&m| matches!(self.a.entities[m].kind, EntityType::ArmedGroup | EntityType::Militia)))
        .then_some(g)
    }

    /// Replaces an unresolved actor qualified by the group it claims to belong to by that group.
    pub(super) fn affiliated_actor(&self, d: &mut Draft) {
        if self.a.doc.lang != veille_core::Lang::Fr || d.actor.len() != 1 || d.actor[0].id.is_some() {
            return;
        }
        let ss = self.a.seg.sentences[d.sentence].span;
        let Some(text) = self.a.doc.text.get(ss.start..d.trigger.start) else { return };
        let Some(k) = text.rfind(d.actor[0].name.as_str()) else { return };
        let end = ss.start + k + d.actor[0].name.len();
        let Some(g) = self.claimed_affiliation(end, d.trigger.start) else { return };
        let parties = self.group_refs(g);
        d.set_actor(
            parties,
            self.a.explain,
            "unnamed party claiming to belong to an armed group: that group",
        );
    }
}
