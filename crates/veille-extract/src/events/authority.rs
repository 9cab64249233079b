//! Parties a state measure implies when the text names none, and parties the knowledge base could
//! not tell apart, read from the event's scene:
//!
//! - a coup ("le coup d'État de juillet 2023", "after the coup in Niamey", words in `data/coups.tsv`)
//!   is done to the government of the state where it happened;
//! - a curfew with no named author ("un couvre-feu a été instauré dans la région de Kayes") is the
//!   measure of the government of the state where it applies (only authorities impose curfews), and so
//!   is a ban (`data/bans.tsv`: "l'interdiction de la pêche le long du fleuve", "motorcycles were banned");
//! - an unresolved party the knowledge base found ambiguous between states' bodies ("la police"
//!   with Niger and Benin named, "Police" with Chad and Sudan) is the candidate of the state where
//!   the event happened.

use super::*;
use crate::wordlist::EmbeddedList;

pub(super) static COUPS: EmbeddedList<()> =
    EmbeddedList::new(include_str!("../../data/coups.tsv"), "coups.tsv", |c| (c == "coup").then_some(()));

pub(super) static BANS: EmbeddedList<()> =
    EmbeddedList::new(include_str!("../../data/bans.tsv"), "bans.tsv", |c| (c == "ban").then_some(()));

impl Extractor<'_, '_> {
    /// The event's country: its location's, else the country of the report's dateline (`filed`).
    fn measure_country<'s>(&self, d: &'s Draft, filed: Option<&'s str>) -> Option<&'s str> {
        d.location.as_ref().and_then(|l| l.country.as_deref()).or(filed)
    }

    /// A coup (COERCE seize whose trigger opens with a word of `coups.tsv`) with no recipient is done
    /// to the government of the state where it happened: the event's country, else the one state its
    /// sentence names before it ("ECOWAS imposed sanctions on Niger after the coup"), which then places
    /// it; not when an actor is another state's. An
    /// actor that is that state or its government is dropped (a government does not overthrow itself:
    /// "Le Burkina Faso, dirigé par une junte issue d'un coup d'État").
    pub(super) fn coup_target(&self, d: &mut Draft) {
        let Some(kb) = self.kb else { return };
        if d.kind != EventType::Coerce || d.mode.as_deref() != Some("seize") || !d.recipient.is_empty() {
            return;
        }
        let trigger = veille_text::fold_cow(self.a.text(d.trigger));
        let first = trigger.split([' ', '\'']).next().unwrap_or("");
        if COUPS.get().class(self.a.doc.lang, first).is_none() {
            return;
        }
        let cc = match d.location.as_ref().and_then(|l| l.country.clone()) {
            Some(cc) => cc,
            None => {
                let Some(cc) = self.sentence_one_state(kb, d.sentence, d.trigger.start) else { return };
                self.place_in_country(d, &cc, "a coup with no place: the one state its sentence names");
                cc
            }
        };
        // (a coup another state is said to stage or back tells no scene: "accuse Abidjan d'abriter
        // les auteurs d'un coup")
        if d.actor.iter().any(|r| r.id.as_deref().and_then(|id| kb.country_of(id)).is_some_and(|c| c != cc)) {
            return;
        }
        let Some(gov) = kb.slot_entity(&cc, "gov") else { return };
        let state = format!("kb:{cc}");
        let mut i = 0;
        while i < d.actor.len() {
            let id = d.actor[i].id.as_deref();
            if id == Some(state.as_str()) || id == Some(gov.id.as_str()) {
                d.actor.remove(i);
                if i < d.actor_kinds.len() {
                    d.actor_kinds.remove(i);
                }
            } else {
                i += 1;
            }
        }
        d.recipient = vec![ActorRef { id: Some(gov.id.clone()), name: gov.name.clone(), acled_class: None }];
        d.recipient_kinds = vec![EntityType::Country];
        if self.a.explain {
            d.explain.push(step(
                "recipient",
                "coups.tsv: a coup is done to the government of the state where it happened",
                Some(gov.id.clone()),
            ));
        }
        // a coup with no author named is the army's of that state ("le coup d'État de 2023",
        // "since the coup"): soldiers take power, a junta comes out of it
        if d.actor.is_empty() {
            self.army_of_state_as_actor(
                kb,
                d,
                &cc,
                "coups.tsv: a coup with no author is done by the army of its state",
            );
        }
    }

    /// The one state (a country mention) that sentence `si` names before `before`, if it names exactly
    /// one there (a state named after a coup is rarely its scene: "au pouvoir depuis le coup d'État, a
    /// rompu avec la France").
    fn sentence_one_state(&self, kb: &Kb, si: usize, before: usize) -> Option<String> {
        let ss = self.a.seg.sentences[si].span;
        let mut found: Option<&str> = None;
        for e in &self.a.entities {
            if e.span.start < ss.start || e.span.end > before || e.kind != EntityType::Country {
                continue;
            }
            let Some(cc) = state_army::mention_state(kb, e) else {
                continue;
            };
            match found {
                None => found = Some(cc),
                Some(f) if f == cc => {}
                Some(_) => return None,
            }
        }
        found.map(str::to_string)
    }

    /// A curfew, or a ban (COERCE restrict whose trigger opens with a word of `bans.tsv`), with no
    /// actor, placed in a state, is imposed by that state's government.
    pub(super) fn curfew_authority(&self, d: &mut Draft) {
        let Some(kb) = self.kb else { return };
        if d.kind != EventType::Coerce || !d.actor.is_empty() {
            return;
        }
        let what = match d.mode.as_deref() {
            Some("curfew") => "a curfew with no named author: the government of the state where it applies",
            Some("restrict") => {
                let trigger = veille_text::fold_cow(self.a.text(d.trigger));
                let first = trigger.split([' ', '\'']).find(|w| w.len() > 2).unwrap_or("");
                if BANS.get().class(self.a.doc.lang, first).is_none() {
                    return;
                }
                "bans.tsv: a ban with no named author: the government of the state where it applies"
            }
            _ => return,
        };
        let Some(cc) = d.location.as_ref().and_then(|l| l.country.as_deref()) else { return };
        let Some(gov) = kb.slot_entity(cc, "gov") else { return };
        d.actor = vec![ActorRef { id: Some(gov.id.clone()), name: gov.name.clone(), acled_class: None }];
        d.actor_kinds = vec![EntityType::Country];
        if self.a.explain {
            d.explain.push(step("actor", what, Some(gov.id.clone())));
        }
    }

    /// An unresolved party whose words are a mention the knowledge base left ambiguous between
    /// bodies of several states ("la police": Niger's or Benin's) is the one candidate of the state
    /// where the event happened (its location's country, else the report's dateline country).
    pub(super) fn ambiguous_by_scene(&self, d: &mut Draft, filed: Option<&str>) {
        let Some(kb) = self.kb else { return };
        if d.actor.iter().chain(&d.recipient).all(|r| r.id.is_some()) {
            return;
        }
        let Some(cc) = self.measure_country(d, filed).map(str::to_string) else { return };
        let mut changed = Vec::new();
        for (refs, kinds) in [(&mut d.actor, &mut d.actor_kinds), (&mut d.recipient, &mut d.recipient_kinds)]
        {
            for (i, r) in refs.iter_mut().enumerate() {
                if r.id.is_some() {
                    continue;
                }
                let Some(e) = self
                    .a
                    .entities
                    .iter()
                    .find(|e| e.id.is_none() && e.candidates.len() > 1 && self.a.text(e.span) == r.name)
                else {
                    continue;
                };
                let mut in_scene = e.candidates.iter().filter(|c| kb.country_of(c) == Some(cc.as_str()));
                let (Some(c), None) = (in_scene.next(), in_scene.next()) else { continue };
                let Some(ent) = kb.get(c) else { continue };
                changed.push(format!("{} -> {}", r.name, c));
                r.id = Some(c.clone());
                if let Some(k) = kinds.get_mut(i) {
                    *k = ent.kind;
                }
            }
        }
        if self.a.explain && !changed.is_empty() {
            d.explain.push(step(
                "actor",
                "an ambiguous body read as the candidate of the state where the event happened",
                Some(changed.join(", ")),
            ));
        }
    }
}
