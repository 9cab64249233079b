//! A coup happens in the state whose government it overthrows. A coup whose overthrown party (its
//! recipient: that state's government or head of state, "le coup d'État d'août 2020 contre Ibrahim
//! Boubacar Keïta") belongs to one state is placed in that state (precision 3) when its own place
//! is in no state or in another one; with no recipient, a place in another state than its
//! putschist's (a person the knowledge base places in one state, "Tiani's regime, which took power
//! in a coup … drones from Ankara") gives way to his state. A city abroad in its sentence
//! ("renversé …, ses partisans réunis à Paris") is where others act, not where the coup was. Runs
//! before `authority.rs` reads the recipient from the place.

use super::*;

impl Extractor<'_, '_> {
    pub(super) fn coup_scene_from_parties(&self, d: &mut Draft) {
        let Some(kb) = self.kb else { return };
        if d.kind != EventType::Coerce || d.mode.as_deref() != Some("seize") {
            return;
        }
        let trigger = veille_text::fold_cow(self.a.text(d.trigger));
        let first = trigger.split([' ', '\'']).next().unwrap_or("");
        let coup = super::authority::COUPS.get().class(self.a.doc.lang, first).is_some()
            // "took power", "seized power": the power taken tells a coup
            || (self.a.doc.lang == veille_core::Lang::En && trigger.ends_with(" power"));
        if !coup {
            return;
        }
        let state_of = |r: &ActorRef| r.id.as_deref().and_then(|id| kb.country_of(id)).map(str::to_string);
        let one_state = |rs: &[ActorRef]| -> Option<String> {
            let mut states = rs.iter().filter_map(state_of);
            let first = states.next()?;
            states.all(|c| c == first).then_some(first)
        };
        let cc = if d.recipient.is_empty() {
            // a putschist: a person of one state (not another state said to back a coup); he only
            // corrects a place in another state, he does not place a coup told with none
            if d.location.as_ref().and_then(|l| l.country.as_deref()).is_none() {
                return;
            }
            let persons: Vec<ActorRef> = d
                .actor
                .iter()
                .zip(&d.actor_kinds)
                .filter(|(_, k)| **k == EntityType::Person)
                .map(|(r, _)| r.clone())
                .collect();
            if persons.len() != d.actor.len() {
                return;
            }
            one_state(&persons)
        } else {
            one_state(&d.recipient)
        };
        let Some(cc) = cc else { return };
        if d.location.as_ref().and_then(|l| l.country.as_deref()) == Some(cc.as_str()) {
            return;
        }
        self.place_in_country(d, &cc, "a coup happens in the state of the government it overthrows");
    }
}
