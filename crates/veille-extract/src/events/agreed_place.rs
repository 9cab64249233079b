//! An agreement told with no place of its own was reached where the talks were held: "Une
//! délégation malienne a été reçue jeudi à Nouakchott … Les deux parties se sont accordées sur un
//! mécanisme conjoint": the agreement is placed at Nouakchott, the place of the meeting or visit
//! told in its sentence or the two before.

use super::*;

impl Extractor<'_, '_> {
    pub(super) fn agreed_at_meeting(&self, drafts: &mut [Draft]) {
        for i in 0..drafts.len() {
            let d = &drafts[i];
            if d.kind != EventType::Agree || d.background || d.location.is_some() {
                continue;
            }
            let si = d.sentence;
            // the latest meeting before it, in its sentence or the two before, that a place locates
            let Some(loc) = drafts[..i]
                .iter()
                .rev()
                .take_while(|p| p.sentence + 2 >= si)
                .find(|p| p.kind == EventType::Consult && !p.background)
                .and_then(|p| p.location.clone())
            else {
                continue;
            };
            drafts[i].inherit_location(
                loc,
                self.a.explain,
                "an agreement with no place: where the meeting before it was held",
                None,
            );
        }
    }
}
