//! A visit to a capital with no host told is received by the state of that capital: "quelques
//! heures après la visite à N'Djamena du chef de la diplomatie française" (a visit Chad receives),
//! "Lors de sa visite à Ouagadougou, le président ghanéen s'était engagé…". Only when the visitor
//! is untold or a party of another state: a state's own official touring its capital receives no
//! one, and a visit to a town or a region (a governor "visited Monguno") has no host state.

use super::*;

impl Extractor<'_, '_> {
    /// Gives a visit (CONSULT visit) with no recipient, placed in a capital, the capital's state
    /// as its recipient, when no actor of it belongs to that state.
    pub(super) fn visit_hosts(&self, drafts: &mut [Draft]) {
        for d in drafts.iter_mut() {
            if d.kind != EventType::Consult || d.mode.as_deref() != Some("visit") || !d.recipient.is_empty() {
                continue;
            }
            let Some(loc) = d.location.as_ref().filter(|l| l.precision == 1) else { continue };
            let Some(cc) = loc.country.clone() else { continue };
            let capital = self.a.places.iter().any(|p| {
                p.name == loc.name
                    && p.country.as_deref() == Some(cc.as_str())
                    && p.feature_code.as_deref() == Some("PPLC")
            });
            if !capital || !d.actor.iter().all(|r| self.party_state(r).is_some_and(|s| s != cc)) {
                continue;
            }
            let host = self.state_ref(&cc);
            let name = host.name.clone();
            d.set_recipient((vec![host], vec![EntityType::Country]), false, "");
            if self.a.explain {
                d.explain.push(step(
                    "recipient",
                    "a visit to a capital: the state of the capital receives it",
                    Some(name),
                ));
            }
        }
    }

    /// The state an identified party belongs to: the knowledge base's country of its id, else the
    /// country of its mentions, else the state its id is ("kb:TD").
    pub(super) fn party_state(&self, r: &ActorRef) -> Option<String> {
        let id = r.id.as_deref()?;
        if let Some(cc) = self.kb.and_then(|kb| kb.country_of(id)) {
            return Some(cc.to_string());
        }
        if let Some(cc) =
            self.a.entities.iter().find(|e| e.id.as_deref() == Some(id)).and_then(|e| e.country.clone())
        {
            return Some(cc);
        }
        id.strip_prefix("kb:")
            .filter(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()))
            .map(str::to_string)
    }
}
