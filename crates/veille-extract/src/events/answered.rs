//! A bare denial answering a charge told before it in its sentence is the denier's own REJECT
//! (EVAL.md guidelines 3 and 6): "Niamey accuse Cotonou d'abriter des bases françaises, ce que le
//! Bénin a toujours démenti", "Niamey accused Abuja of harbouring French troops, an allegation
//! Nigeria denied". The party after "ce que" (or after the noun of charge; after the verb when the
//! subject is inverted: "ce que dément formellement l'armée") is its actor, the accuser of the
//! charge its recipient. A bare denial verb (role `answers` in the trigger lexicons) answering no
//! charge of its sentence ("L'armée a démenti que le poste ait été abandonné") names no event: it
//! stays the status of the act it denies; so does one neither confirmed nor denied ("ce que le
//! gouvernement n'a ni confirmé ni démenti"). Words in `data/refusals.tsv` (`ce`, `rel`, `claim`,
//! `nor`).

use super::refusals::Class;
use super::*;

impl Extractor<'_, '_> {
    /// For a draft of a bare denial verb: binds it to the charge of its sentence it answers (the
    /// last accusation of `earlier`, the drafts of its sentence before it) and returns true; false
    /// when it answers none (the draft is no event).
    pub(super) fn answered_charge(&self, d: &mut Draft, before: &[Draft], earlier: &[Draft]) -> bool {
        // "ce que le gouvernement n'a ni confirmé ni démenti": no answer
        let nor = self.tok_before(d.trigger.start).is_some_and(|k| self.refusal_class(k) == Some(Class::Nor));
        if nor || d.status == Status::Denied {
            return false;
        }
        let Some(accusation) =
            earlier.iter().rev().find(|p| p.kind == EventType::Accuse && p.trigger.end <= d.trigger.start)
        else {
            return self.answered_earlier_charge(d, before);
        };
        let Some((r, kinds)) = self.answering_party(d) else { return false };
        if r.is_empty() || r.iter().any(|x| x.id.is_some() && accusation.actor.iter().any(|a| a.id == x.id)) {
            return false;
        }
        d.set_actor(
            (r, kinds),
            self.a.explain,
            "a denial answering the charge before it: the party denying it",
        );
        self.answer_accuser(d, accusation, "a denial answering the charge before it: the accuser");
        true
    }

    /// The denial `d` answers `accusation`: its accuser (if told) is the recipient, bound by `rule`,
    /// and the denial itself is reported as fact.
    fn answer_accuser(&self, d: &mut Draft, accusation: &Draft, rule: &'static str) {
        if !accusation.actor.is_empty() {
            d.set_recipient((accusation.actor.clone(), accusation.actor_kinds.clone()), self.a.explain, rule);
        }
        d.status = Status::Asserted;
    }

    /// A denial whose subject is a party charged in an earlier sentence ("Niamey a accusé le Bénin
    /// d'abriter des bases françaises. […] Cotonou a démenti toute présence militaire"): the denier
    /// answers the last accusation of the article (`before`, the drafts of the sentences before
    /// its own) whose recipient is (the state of) the denier and whose accuser is another party (a
    /// group or organisation is a party of its own, not its base country's);
    /// the accuser is its recipient. False when the subject names no resolved party or no earlier
    /// charge targets it.
    fn answered_earlier_charge(&self, d: &mut Draft, before: &[Draft]) -> bool {
        // a state's government, forces and office holders are the state; an armed group, a militia
        // or an organisation is only itself, whatever country it is based in (the Katiba Macina
        // blaming the Dozos, both of Mali, is a charge of one party against another)
        let state = |r: &ActorRef| -> Option<String> {
            let id = r.id.as_deref()?;
            let key = merge::party_key(id);
            if key.len() == 2 {
                return Some(key.to_string());
            }
            let x = self.kb.and_then(|kb| kb.get(id));
            match x {
                Some(x)
                    if matches!(
                        x.kind,
                        EntityType::Person | EntityType::Country | EntityType::StateForce
                    ) =>
                {
                    x.country.clone()
                }
                _ => Some(key.to_string()),
            }
        };
        let denier: Vec<String> = d.actor.iter().filter_map(state).collect();
        if denier.is_empty() {
            return false;
        }
        let charged = |v: &[ActorRef]| v.iter().any(|r| state(r).is_some_and(|s| denier.contains(&s)));
        let Some(accusation) = before.iter().rev().find(|p| {
            p.kind == EventType::Accuse && charged(&p.recipient) && !p.actor.is_empty() && !charged(&p.actor)
        }) else {
            return false;
        };
        self.answer_accuser(
            d,
            accusation,
            "a denial answering the charge of an earlier sentence against its subject: the accuser",
        );
        true
    }

    /// The party of ", ce que X dément", ", ce que dément X", ", [a|an] <noun of charge> X denies":
    /// the opener right after the nearest comma before the trigger (at most twelve tokens before).
    fn answering_party(&self, d: &Draft) -> Option<(Vec<ActorRef>, Vec<EntityType>)> {
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[d.sentence].span;
        let trig = toks.partition_point(|t| t.span.start < d.trigger.start);
        let comma = (trig.saturating_sub(12)..trig)
            .rev()
            .take_while(|&k| toks[k].span.start >= ss.start)
            .find(|&k| toks[k].kind == veille_text::TokenKind::Punct)?;
        if self.tok_text(comma) != "," {
            return None;
        }
        let mut k = comma + 1;
        if self.refusal_class(k) == Some(Class::Ce) && self.refusal_class(k + 1) == Some(Class::Rel) {
            k += 2;
        } else {
            if self.tok_is(k, &["a", "an", "the"]) {
                k += 1;
            }
            if self.refusal_class(k) != Some(Class::Claim) {
                return None;
            }
            k += 1;
        }
        let from = toks.get(k)?.span.start;
        if from > d.trigger.start {
            return None;
        }
        if let Some(g) = self.groups_in(from, d.trigger.start).next() {
            return Some(self.group_refs(g));
        }
        if let Some(np) = self.np_before(d.trigger.start, from).filter(|np| np.start >= from) {
            let (r, kind, _) = self.np_ref(np);
            return Some((vec![r], vec![kind]));
        }
        // "ce que dément formellement l'armée": the subject after the verb and its adverbs
        let g = self.groups_in(d.trigger.end, ss.end).next()?;
        (self.tokens_between(d.trigger.end, g.start) <= 3).then(|| self.group_refs(g))
    }
}
