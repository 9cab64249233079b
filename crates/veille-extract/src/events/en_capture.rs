//! People taken by a verb of taking ground or goods (`data/captives.tsv`): "captured five
//! soldiers", "seized 12 hostages", "two soldiers had been captured" tell an abduction, not the
//! capture of a town nor the seizure of goods.

use super::*;

impl<'a, 'd> Extractor<'a, 'd> {
    /// An English assault or seizure whose trigger's first word is a verb of taking
    /// (`captives.tsv`, class `take`) and whose patient's head noun is a noun of people (class
    /// `person`) is an abduction of those people (ASSAULT, mode abduct).
    pub(super) fn en_captured_people(&self, d: &mut Draft) {
        if self.a.doc.lang != veille_core::Lang::En
            || !matches!(d.kind, EventType::Assault | EventType::Coerce)
        {
            return;
        }
        if !matches!(d.mode.as_deref(), None | Some("seize")) || d.recipient.is_empty() {
            return;
        }
        let list = crate::captives::WORDS.get();
        let trig = self.a.text(d.trigger);
        let first = trig.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        if list.class(veille_core::Lang::En, first) != Some(crate::captives::Class::Take) {
            return;
        }
        // "seized control of", "captured the town": only a trigger of one word
        if trig.len() != first.len() {
            return;
        }
        let person = |name: &str| {
            let head = name.rsplit(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).unwrap_or("");
            list.class(veille_core::Lang::En, head) == Some(crate::captives::Class::Person)
        };
        let Some(who) = d.recipient.iter().find(|r| person(&r.name)).map(|r| r.name.clone()) else {
            return;
        };
        d.retype(EventType::Assault, Some("abduct"), "political_violence");
        if self.a.explain {
            d.explain.push(step(
                "type",
                "captives.tsv: people taken by a verb of taking are abducted",
                Some(who),
            ));
        }
    }
}
