//! Where aid happens: the state that receives it.
//!
//! "Niger's military government on Monday took delivery of three armed drones built by Turkey",
//! "Le lot comprend deux drones fournis par la Turquie" (to Burkina Faso): a delivery, a donation
//! or a distribution told with no place in its sentence is received on the territory of the state
//! it goes to, far more often than anywhere else. An aid event with no location whose recipients
//! include a state, its government or its forces (one state only) takes that state at country
//! precision, with the rule in `--explain`. Aid to an unnamed group ("des familles déplacées") or
//! to a body with no state gives no place; nor does aid to several states.

use super::*;

impl Extractor<'_, '_> {
    /// An aid event with no location takes the state of its recipient (see the module).
    pub(super) fn aid_recipient_country(&self, d: &mut Draft) {
        if d.kind != EventType::Aid || d.location.is_some() {
            return;
        }
        let mut state: Option<&str> = None;
        for r in &d.recipient {
            // (the entity layer carries each resolved party's type and state)
            let Some(id) = r.id.as_deref() else { continue };
            let Some(e) = self.a.entities.iter().find(|e| e.id.as_deref() == Some(id)) else { continue };
            if !matches!(e.kind, EntityType::Country | EntityType::StateForce) {
                continue;
            }
            let Some(cc) = e.country.as_deref() else { continue };
            match state {
                Some(s) if s != cc => return,
                _ => state = Some(cc),
            }
        }
        let Some(cc) = state else { return };
        let cc = cc.to_string();
        self.place_in_country(d, &cc, "aid with no place: received in the state of its recipient");
    }
}
