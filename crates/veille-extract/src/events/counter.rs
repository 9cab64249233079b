//! Counter-attacks. The reply of an attacked force ("l'escorte, qui a riposté", "ont engagé une
//! poursuite", "a repoussé une attaque", "fought back") is an ASSAULT of its own (guideline 2):
//! by the party attacked, against the attackers. The reply often names neither side ("Les forces
//! de défense ont riposté"): both are read from the attack it answers.

use super::*;

/// How far back (in sentences) a reply looks for the attack it answers.
const REPLY_WINDOW: usize = 3;

impl<'a, 'd> Extractor<'a, 'd> {
    /// The trigger of `d` is a verb of repelling ("repousser", "repel", lexicon cue `repel`).
    fn repel_at(&self, s: Span) -> bool {
        self.hit_covering(s.start).is_some_and(|h| self.has_cue(h, Cue::Repel))
    }

    /// "une unité du BIR a repoussé mardi une attaque terroriste contre le détachement", "troops
    /// repelled an attack on their base": the attack noun is the attackers' event, whose subject
    /// undergoes it; repelling it is the subject's own counter-attack, against the attack's authors.
    /// Returns that second event (None when the nominal attack is not the object of such a verb).
    pub(super) fn repelled(&self, d: &Draft) -> Option<Draft> {
        if d.kind != EventType::Assault || !d.nominal || d.counter || d.background || d.recipient.is_empty() {
            return None;
        }
        let (cs, _) = self.clause(d.sentence, d.trigger.start);
        let rh = self.repel_verb_before(cs, d)?;
        let mut c = d.clone();
        c.actor = d.recipient.clone();
        c.actor_kinds = d.recipient_kinds.clone();
        c.recipient = d.actor.clone();
        c.recipient_kinds = d.actor_kinds.clone();
        self.as_reply(
            &mut c,
            Span::new(rh.start, rh.end),
            "repelling an attack: the subject's own counter-attack",
        );
        if self.a.explain {
            c.explain.push(step("actor", "the party that repels the attack", None));
            if !c.recipient.is_empty() {
                c.explain.push(step("recipient", "the authors of the attack repelled", None));
            }
        }
        Some(c)
    }

    /// The last verb of repelling between `from` and the attack noun of `d` that governs it: a
    /// date, a determiner or an adjective at most between them ("a repoussé mardi une violente
    /// attaque").
    pub(super) fn repel_verb_before(&self, from: usize, d: &Draft) -> Option<Hit> {
        let rh = *self.hits[self.hits_in(Span::new(from, d.trigger.start))]
            .iter()
            .rev()
            .find(|x| self.lex.entry(x).has(Cue::Repel))?;
        (self.tokens_between(rh.end, d.trigger.start) <= 4).then_some(rh)
    }

    /// Makes `c`, a copy of the attack's draft, the reply told by the repelling verb at `at`: its
    /// own trigger, a verb event with no figures or merged words of the attack, explained by `rule`.
    pub(super) fn as_reply(&self, c: &mut Draft, at: Span, rule: &'static str) {
        c.trigger = at;
        c.counter = true;
        c.nominal = false;
        c.definite_noun = false;
        c.participle = false;
        c.also = Vec::new();
        c.quantities = Vec::new();
        c.explain = Vec::new();
        if self.a.explain {
            c.explain.push(step("trigger", rule, Some(self.a.text(at).to_string())));
        }
    }

    /// A counter-attack ("riposter", "la riposte", "engager une poursuite") that does not name its
    /// sides takes them from the attack it answers: the latest attack told before it within three
    /// sentences (not a background one, nor another reply). The attacked party replies (when the
    /// reply names no identified party: "les forces de défense ont riposté"); the attackers are the
    /// target (when the reply names none).
    pub(super) fn bind_counters(&self, drafts: &mut Vec<Draft>) {
        let mut unanswered = Vec::new();
        for i in 0..drafts.len() {
            let d = &drafts[i];
            if d.kind != EventType::Assault || !d.counter || d.background || self.repel_at(d.trigger) {
                continue;
            }
            let (si, at) = (d.sentence, d.trigger.start);
            let mut best: Option<(usize, usize)> = None;
            for (j, p) in drafts.iter().enumerate() {
                if j == i || p.kind != EventType::Assault || p.counter || p.background {
                    continue;
                }
                for (s, t) in std::iter::once((p.sentence, p.trigger)).chain(p.also.iter().copied()) {
                    if s <= si
                        && s + REPLY_WINDOW >= si
                        && t.end <= at
                        && best.is_none_or(|(b, _)| t.start > b)
                    {
                        best = Some((t.start, j));
                    }
                }
            }
            let Some((_, j)) = best else {
                if self.retaliation_between_states(&drafts[i]) {
                    unanswered.push(i);
                }
                continue;
            };
            let attacked: Vec<(ActorRef, EntityType)> = drafts[j]
                .recipient
                .iter()
                .cloned()
                .zip(drafts[j].recipient_kinds.iter().copied())
                .filter(|(r, _)| r.id.is_some())
                .collect();
            let attackers = (drafts[j].actor.clone(), drafts[j].actor_kinds.clone());
            let place = drafts[j].location.clone();
            let d = &mut drafts[i];
            if d.actor.iter().all(|r| r.id.is_none())
                && !attacked.is_empty()
                && !attacked.iter().any(|(x, _)| attackers.0.iter().any(|y| same_party(x, y)))
            {
                let parties = attacked.into_iter().unzip();
                d.set_actor(parties, self.a.explain, "counter-attack: the party attacked replies");
            }
            if d.recipient.is_empty()
                && !attackers.0.is_empty()
                && !attackers.0.iter().any(|x| d.actor.iter().any(|y| same_party(x, y)))
            {
                d.set_recipient(attackers, self.a.explain, "counter-attack: against the attackers");
            }
            // "Les forces de défense ont riposté": where the attack was
            if let Some(loc) = place.filter(|_| d.location.is_none()) {
                d.inherit_location(
                    loc,
                    self.a.explain,
                    "counter-attack: the place of the attack it answers",
                    None,
                );
            }
        }
        // "Abidjan riposte", "Bamako a aussitôt riposté par une mesure identique": with no attack
        // told before it, a reply between states alone answers a diplomatic measure, not fire
        for i in unanswered.into_iter().rev() {
            drafts.remove(i);
        }
    }

    /// A reply ("riposter", "retaliate") that names only states or governments as its sides (at
    /// least one), no armed party, no unresolved party and no casualty: a diplomatic retaliation
    /// when no attack was told before it.
    fn retaliation_between_states(&self, d: &Draft) -> bool {
        let parties = || d.actor.iter().chain(&d.recipient);
        parties().next().is_some()
            && parties().all(|r| r.id.is_some())
            && d.actor_kinds.iter().chain(&d.recipient_kinds).all(|k| *k == EntityType::Country)
            && d.quantities.is_empty()
    }
}

impl<'a, 'd> Extractor<'a, 'd> {
    /// "Niger : l'armée repousse une attaque … Une unité des FAN a repoussé lundi une attaque … En
    /// riposte, les FAN ont neutralisé…": an article tells the reply to an incident several times
    /// (headline, lead, toll), like the incident itself. A reply merges into an earlier reply
    /// told (or told again) in the three sentences before when their sides agree (no resolved party on opposite sides) and
    /// their places agree; the first telling keeps its trigger and status.
    pub(super) fn corefer_counters(&self, drafts: &mut Vec<Draft>) {
        let reply = |d: &Draft| d.kind == EventType::Assault && d.counter && !d.background;
        let mut i = 0;
        while i < drafts.len() {
            if reply(&drafts[i]) {
                let d = &drafts[i];
                let same = (0..i).rev().find(|&k| {
                    let p = &drafts[k];
                    reply(p)
                        && d.sentence
                            <= p.also.iter().map(|x| x.0).fold(p.sentence, usize::max) + REPLY_WINDOW
                        && parties_agree(&p.actor, &d.actor)
                        && parties_agree(&p.recipient, &d.recipient)
                        && !crossing(&p.actor, &d.recipient)
                        && !crossing(&p.recipient, &d.actor)
                        && self.places_agree(p, d)
                });
                if let Some(k) = same {
                    let d = drafts.remove(i);
                    self.absorb(&mut drafts[k], &d, "coreference: the same reply told again");
                    continue;
                }
            }
            i += 1;
        }
    }
}

impl<'a, 'd> Extractor<'a, 'd> {
    /// "L'armée affirme avoir neutralisé une cinquantaine d'assaillants", "Plusieurs assaillants ont
    /// été mis hors d'état de nuire", "troops killed twenty attackers": after an attack on a named
    /// party, violence whose patient is named as the enemy (cue `enemy`) is the attacked side's
    /// reply (guideline 2), not the attack told again. It becomes a counter-attack (its sides are
    /// then read from the attack by [`Extractor::bind_counters`]) when the attack was told within
    /// three sentences before, its patient is not the party attacked and its named actor, if any,
    /// is not the attack's author.
    pub(super) fn enemy_reply(&self, d: &mut Draft, drafts: &[Draft]) {
        if d.kind != EventType::Assault || !d.enemy || d.counter || d.background {
            return;
        }
        // (the latest violence told before it: another operation it may continue, "des frappes …
        // ont permis de neutraliser", is not an attack it answers)
        let Some(p) = drafts
            .iter()
            .rev()
            .take_while(|p| p.sentence + REPLY_WINDOW >= d.sentence)
            .find(|p| p.kind == EventType::Assault && !p.counter && !p.background)
        else {
            return;
        };
        let state = |k: &EntityType| matches!(k, EntityType::StateForce | EntityType::Country);
        // (the enemy is its patient, bound: not the subject of a verb read as a participle)
        if d.recipient.is_empty() || d.recipient_kinds.iter().any(state) {
            return;
        }
        if p.enemy || p.actor_kinds.iter().any(state) {
            return;
        }
        // the attack on a state party it answers (that one, or one told just before it)
        let on_state = |p: &Draft| {
            p.kind == EventType::Assault
                && !p.counter
                && !p.background
                && !p.enemy
                && !p.actor_kinds.iter().any(state)
                && p.recipient.iter().zip(&p.recipient_kinds).any(|(r, k)| r.id.is_some() && state(k))
        };
        // ("des frappes de drones … ont permis de neutraliser…": the violence of its own sentence
        // that it continues, when that is no attack on a state party)
        if p.sentence == d.sentence && !on_state(p) {
            return;
        }
        let Some(p) =
            drafts.iter().rev().take_while(|p| p.sentence + REPLY_WINDOW >= d.sentence).find(|p| on_state(p))
        else {
            return;
        };
        if crossing(&d.recipient, &p.recipient) || crossing(&d.actor, &p.actor) {
            return;
        }
        d.counter = true;
        if self.a.explain {
            d.explain.push(step("trigger", "violence against the enemy after an attack: the reply", None));
        }
    }
}

impl<'a, 'd> Extractor<'a, 'd> {
    /// "les assaillants ont été repoussés", "the attackers were repelled": a passive of repelling with
    /// no agent (lexicon roles `subj=recipient,counter`) is the attacked force's reply only when
    /// its subject names the enemy (cue `enemy`); "l'élection a été repoussée" is no event, and an
    /// attack noun as the subject ("l'incursion … a été repoussée par …") is left to the attack's
    /// own reading (false: the reading is dropped). Other drafts are left alone (true).
    pub(super) fn passive_reply(&self, d: &Draft, sense: &Sense) -> bool {
        if !(sense.counter && sense.subj_recipient) {
            return true;
        }
        // (through a quotation describing the subject: events/quoted_insert.rs)
        let cs = self.clause_start_through_quotes(d.sentence, d.trigger.start);
        self.hits[self.hits_in(Span::new(cs, d.trigger.start))]
            .iter()
            .any(|x| self.lex.entry(x).has(Cue::Enemy))
    }
}

impl<'a, 'd> Extractor<'a, 'd> {
    /// The patient side of an active trigger: from its end to the clause end, but not into an agent
    /// phrase ("une embuscade tendue par des terroristes", "an ambush laid by militants": the
    /// enemy named there is the author, not the patient).
    pub(super) fn patient_side_active(&self, from: usize, ce: usize) -> Span {
        let end = self.hits[self.hits_in(Span::new(from, ce))]
            .iter()
            .find(|x| self.lex.entry(x).has(Cue::By))
            .map_or(ce, |x| x.start);
        Span::new(from, end)
    }
}
