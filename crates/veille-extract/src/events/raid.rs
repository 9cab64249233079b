//! The damage a raid does is the raid: burning, looting or destroying property told after (or
//! beside) an attack, by the same attackers, at the same place and time, is one incident
//! (EVAL.md guideline 2; `data/dev/README.md`, the attack and the burning are one event).

use super::*;

impl Extractor<'_, '_> {
    /// "Des hommes armés ont attaqué le village de X … Les assaillants ont incendié des boutiques
    /// avant de se retirer", "opened fire on worshippers and then set fire to shops", "un véhicule
    /// blindé a été détruit": a destruction of property (mode `destroy`) is merged into the
    /// attack told before it in the same sentence or in the three sentences after the attack's
    /// latest mention, when nothing tells another incident: no cue of another one ("Par
    /// ailleurs, …", "La veille, …" with its own date), no place of its own elsewhere, no date of
    /// its own that differs, and its authors are the attack's (the same party, or a description
    /// or pronoun for them, or none named), not the attack's victims. A destruction told first
    /// ("Islamist militants torch fuel convoy") is the incident itself and stays. The attack keeps
    /// its own mode, parties and status; the destruction adds its sentence and figures.
    pub(super) fn raid_damage(&self, drafts: &mut Vec<Draft>) {
        let damage = |d: &Draft| {
            d.kind == EventType::Assault
                && d.mode.as_deref() == Some("destroy")
                && !d.background
                && !d.counter
        };
        if !drafts.iter().any(damage) {
            return;
        }
        let mut i = 0;
        while i < drafts.len() {
            let d = &drafts[i];
            if !damage(d) || self.announces_other_incident(d) {
                i += 1;
                continue;
            }
            let ss = self.a.seg.sentences[d.sentence].span;
            let own_date = self
                .a
                .dates
                .iter()
                .any(|x| ss.contains(x.span) && x.date.is_some() && !self.in_dateline(x.span));
            let own_place = d.location.as_ref().is_some_and(|l| l.precision < 3);
            // the authors: the attack's own, or a description, a pronoun or no one
            let unnamed_authors = d.actor.iter().all(|r| r.id.is_none());
            let fits = |p: &Draft| {
                let last = p.also.iter().map(|&(s, _)| s).fold(p.sentence, usize::max);
                p.kind == EventType::Assault
                    && !matches!(p.mode.as_deref(), Some("destroy" | "crowd-control"))
                    && !p.background
                    && !p.counter
                    // (an attack threatened or feared is no raid: "would attack any tanker")
                    && matches!(p.status, Status::Asserted | Status::Claimed)
                    && (p.sentence < d.sentence || (p.sentence == d.sentence && p.trigger.start < d.trigger.start))
                    && last + 3 >= d.sentence
                    && (unnamed_authors || parties_agree(&p.actor, &d.actor))
                    && !crossing(&p.recipient, &d.actor)
                    && (!own_place || self.places_agree(p, d))
                    && match (p.date.as_deref(), d.date.as_deref()) {
                        (Some(x), Some(y)) => x.starts_with(y) || y.starts_with(x),
                        (None, Some(_)) => !own_date,
                        _ => true,
                    }
            };
            let Some(j) = (0..i).rev().take(16).find(|&j| fits(&drafts[j])) else {
                i += 1;
                continue;
            };
            let mut d = drafts.remove(i);
            // (the property burnt is not the attack's target; the attack keeps its own)
            d.recipient.clear();
            d.recipient_kinds.clear();
            let p = &mut drafts[j];
            self.absorb(p, &d, "raid damage: property burnt or destroyed in the attack told before");
            p.also.extend(d.also);
            p.quantities.extend(d.quantities);
        }
    }
}
