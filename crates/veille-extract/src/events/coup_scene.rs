//! A coup happens in the state whose government it overthrows. A coup whose overthrown party (its
//! recipient: that state's government or head of state, "le coup d'État d'août 2020 contre Ibrahim
//! Boubacar Keïta") belongs to one state is placed in that state (precision 3) when its own place
//! is in no state or in another one; with no recipient, a place in another state than its
//! putschist's (a person the knowledge base places in one state, "Tiani's regime, which took power
//! in a coup … drones from Ankara") gives way to his state. A city abroad in its sentence
//! ("renversé …, ses partisans réunis à Paris") is where others act, not where the coup was. Runs
//! before `authority.rs` reads the recipient from the place.
//!
//! A coup that dates a state's measure, told after a context phrase ("la frontière reste fermée
//! par Niamey depuis le coup d'État de juillet 2023", "une frontière que le Niger maintient close
//! depuis le putsch", "relations soured after the coup"), is the coup that state lived through:
//! it is placed in the state of the measure's actors (or of its own actors, the subject of the
//! governing verb), states, governments or forces and no person, at country precision; not when that act is done to a state ("suspended aid to
//! Mali after the 2021 coup": the coup may be the recipient's), unless it names its own place before any comma ("depuis
//! le coup d'État au Niger"). A town of its sentence ("au grand dam des commerçants de
//! Malanville", "Les relations entre Cotonou et Niamey") is not where it happened.

use super::*;

impl Extractor<'_, '_> {
    /// A COERCE seize whose trigger opens with a word of `coups.tsv`, or an English "took power".
    fn coup_reading(&self, d: &Draft) -> bool {
        if d.kind != EventType::Coerce || d.mode.as_deref() != Some("seize") {
            return false;
        }
        let trigger = veille_text::fold_cow(self.a.text(d.trigger));
        let first = trigger.split([' ', '\'']).next().unwrap_or("");
        super::authority::COUPS.get().class(self.a.doc.lang, first).is_some()
            // "took power", "seized power": the power taken tells a coup
            || (self.a.doc.lang == veille_core::Lang::En && trigger.ends_with(" power"))
    }

    /// A context phrase ("depuis le", "après le", "since the": cue `background`) within the four
    /// words before the trigger of `d`, in its sentence.
    fn after_context_phrase(&self, d: &Draft) -> bool {
        let ss = self.a.seg.sentences[d.sentence].span;
        let mut pos = d.trigger.start;
        for _ in 0..4 {
            let Some(t) = self.tok_before(pos) else { return false };
            let ts = self.a.seg.tokens[t].span.start;
            if ts < ss.start {
                return false;
            }
            match self.cues_at(ts) {
                Some((_, cues)) if cues.contains(&Cue::Background) => return true,
                Some((ph, _)) => pos = self.hits[ph].start,
                None => pos = ts,
            }
        }
        false
    }

    /// The one state all of `rs` belong to, none of them a person (none when empty): a state, its
    /// government or its forces, not an official the knowledge base may have resolved loosely.
    fn bodies_state(&self, rs: &[ActorRef], kinds: &[EntityType]) -> Option<String> {
        if kinds.contains(&EntityType::Person) {
            return None;
        }
        let mut states = rs.iter().map(|r| self.party_state(r));
        let first = states.next()??;
        states.all(|c| c.as_deref() == Some(first.as_str())).then_some(first)
    }

    /// A coup dating a state's measure is placed in that state (see the module).
    pub(super) fn coup_dating_measure(&self, drafts: &mut [Draft]) {
        for i in 0..drafts.len() {
            let d = &drafts[i];
            if !self.coup_reading(d) || !self.after_context_phrase(d) {
                continue;
            }
            // its own place: a mention after the trigger, before any comma
            let ss = self.a.seg.sentences[d.sentence].span;
            let (os, oe) =
                self.a.chars.span(Span::new(d.trigger.end, self.first_comma(d.trigger.end, ss.end)));
            let own = d
                .location
                .as_ref()
                .and_then(|l| l.mention.as_ref())
                .is_some_and(|m| m.start >= os && m.end <= oe);
            if own {
                continue;
            }
            // the nearest act before it in its sentence; one done to a state ("suspended aid to
            // Mali after the 2021 coup", "sanctions on Niger after the coup") may date that
            // state's coup instead: left alone
            let measure =
                drafts[..i].iter().rev().take_while(|g| g.sentence == d.sentence).find(|g| {
                    g.trigger.end <= d.trigger.start && !g.actor.is_empty() && !self.coup_reading(g)
                });
            if measure.is_some_and(|g| g.recipient.iter().any(|r| self.party_state(r).is_some())) {
                continue;
            }
            let Some(cc) = measure
                .and_then(|g| self.bodies_state(&g.actor, &g.actor_kinds))
                .or_else(|| self.bodies_state(&d.actor, &d.actor_kinds))
            else {
                continue;
            };
            if d.location.as_ref().and_then(|l| l.country.as_deref()) == Some(cc.as_str()) {
                continue;
            }
            self.place_in_country(
                &mut drafts[i],
                &cc,
                "a coup dating a state's measure ('depuis le coup d'État'): that state's coup",
            );
        }
    }

    pub(super) fn coup_scene_from_parties(&self, d: &mut Draft) {
        let Some(kb) = self.kb else { return };
        if !self.coup_reading(d) {
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
