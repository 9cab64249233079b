//! Acts people are tried or arrested for: "la Cour a condamné trois responsables du JNIM pour
//! l'attaque du camp de Kati", "jugés pour leur participation à l'attaque du poste", "sentenced
//! two men for the attack on the base". The court or the police that judges or arrests is not the
//! author of the attack: the parties tried are.

use super::*;

/// Words between "pour"/"for" and the assault noun, at most ("pour leur participation à l'").
const MAX_GAP: usize = 6;

impl<'a, 'd> Extractor<'a, 'd> {
    /// An assault noun after "pour"/"for" that follows a conviction or an arrest of its sentence
    /// (`before`: the drafts of the sentence so far) is acted by the party tried or arrested: the
    /// entity group right before "pour" after the judicial trigger; with none, the judge or police loses
    /// the act it was given as the clause subject.
    pub(super) fn judged_act(&self, d: &mut Draft, before: &[Draft]) {
        if d.kind != EventType::Assault || !d.nominal {
            return;
        }
        let Some(j) = before.iter().rev().find(|p| {
            (p.kind == EventType::Sanction && p.mode.as_deref() == Some("convict"))
                || (p.kind == EventType::Coerce && p.mode.as_deref() == Some("arrest"))
        }) else {
            return;
        };
        if j.trigger.end > d.trigger.start {
            return;
        }
        let toks = &self.a.seg.tokens;
        let from = toks.partition_point(|t| t.span.start < j.trigger.end);
        let to = toks.partition_point(|t| t.span.start < d.trigger.start);
        let Some(p) = (from..to).rev().take(MAX_GAP).find(|&t| self.tok_is(t, &["pour", "for"])) else {
            return;
        };
        // (the group right before "pour", no punctuation between: "trois responsables du JNIM pour";
        // not the agent of an earlier clause: "arrêtés lors d'une opération de l'armée, étaient jugés pour")
        let tried = self
            .groups_in(j.trigger.end, toks[p].span.start)
            .last()
            .filter(|g| {
                let k = toks.partition_point(|t| t.span.start < g.end);
                !toks[k..p].iter().any(|t| t.kind == veille_text::TokenKind::Punct)
            })
            .map(|g| self.group_refs(g));
        match tried {
            Some(parties) if !parties.0.is_empty() => {
                d.set_actor(
                    parties,
                    self.a.explain,
                    "an act people are tried or arrested for: the parties tried",
                );
            }
            _ => {
                let judge = |r: &ActorRef| j.actor.iter().any(|a| a.id.is_some() && a.id == r.id);
                if !d.actor.is_empty() && d.actor.iter().all(judge) {
                    d.set_actor(
                        (Vec::new(), Vec::new()),
                        self.a.explain,
                        "an act people are tried or arrested for: not the judge's",
                    );
                }
            }
        }
    }
}
