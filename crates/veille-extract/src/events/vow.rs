//! An official's vow about the perpetrators, told in the future or conditional passive with no
//! agent: "Le gouvernement … condamne cet acte et assure que « les auteurs seront traqués et
//! châtiés »", "a promis que ses auteurs seraient poursuivis". The one who vows is the actor: the
//! party of the statement before it in the sentence, else the source, else the subject of the
//! sentence's main clause; the perpetrators are the recipient. Without any such party the vow
//! stays unattributed (and is dropped as too little to report).

use super::*;

/// Forms of "être" in the future or the conditional that make a passive a vow.
const TO_BE: &[&str] = &["sera", "seront", "serait", "seraient"];

/// Adjectives of liability that state the law's threat with no agent, as a vow does ("toute
/// diffusion … est passible de poursuites").
const LIABLE: &[&str] = &["passible", "passibles"];

impl Extractor<'_, '_> {
    pub(super) fn vow_speakers(&self, drafts: &mut [Draft]) {
        if self.a.doc.lang != veille_core::Lang::Fr {
            return;
        }
        for i in 0..drafts.len() {
            let d = &drafts[i];
            if !matches!(d.kind, EventType::Threaten | EventType::Sanction)
                || d.nominal
                || d.background
                || d.actor.iter().any(|r| r.id.is_some())
                || !self.vow_form(d.trigger)
            {
                continue;
            }
            let si = d.sentence;
            let statement =
                drafts[..i].iter().rev().take_while(|p| p.sentence == si).find(|p| {
                    speech::statement(p.kind) && !p.nominal && p.actor.iter().any(|r| r.id.is_some())
                });
            let parties = if let Some(p) = statement {
                Some(((p.actor.clone(), p.actor_kinds.clone()), "a vow in a statement: the party making it"))
            } else if d.source.iter().any(|r| r.id.is_some()) {
                // (the source's kinds are not kept: a speaker is read as an organisation)
                let kinds = vec![EntityType::OtherOrg; d.source.len()];
                Some(((d.source.clone(), kinds), "a vow with no agent: its source makes it"))
            } else {
                let ss = self.a.seg.sentences[si].span;
                let (mcs, mce) = self.clause(si, ss.start);
                self.subject(mcs, mce.min(d.trigger.start))
                    .map(|g| self.group_refs(g))
                    .filter(|(r, _)| r.iter().any(|x| x.id.is_some()))
                    .map(|p| (p, "a vow with no agent: the subject of the sentence's main clause"))
            };
            let Some((parties, rule)) = parties else { continue };
            let d = &mut drafts[i];
            // "les auteurs", read as the subject, are the ones the vow is about
            if d.recipient.is_empty() && !d.actor.is_empty() {
                d.recipient = std::mem::take(&mut d.actor);
                d.recipient_kinds = std::mem::take(&mut d.actor_kinds);
            }
            d.set_actor(parties, self.a.explain, rule);
        }
    }

    /// The trigger is a passive in the future or the conditional: it begins with such a form of
    /// "être" ("seront traqués") or with a word of liability ("passible de poursuites"), or one
    /// stands right before it, a quotation mark aside
    /// ("seraient « traqués et châtiés »").
    fn vow_form(&self, trig: Span) -> bool {
        let first = self.a.text(trig).split_whitespace().next().unwrap_or("").to_lowercase();
        if TO_BE.contains(&first.as_str()) || LIABLE.contains(&first.as_str()) {
            return true;
        }
        let mut t = self.tok_before(trig.start);
        if let Some(k) = t.filter(|&k| matches!(self.tok_text(k), "«" | "\"" | "“")) {
            t = self.tok_before(self.a.seg.tokens[k].span.start);
        }
        t.is_some_and(|k| TO_BE.contains(&self.tok_text(k).to_lowercase().as_str()))
    }
}
