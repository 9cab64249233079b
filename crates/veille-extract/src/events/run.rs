//! The document pass: every trigger hit becomes a draft, drafts are merged and finished.

use super::*;

impl<'a, 'd> Extractor<'a, 'd> {
    pub(super) fn run(&self) -> Vec<(super::learned::Cues, EventRecord)> {
        let mut drafts: Vec<Draft> = Vec::new();
        for si in 0..self.a.seg.sentences.len() {
            let ss = self.a.seg.sentences[si].span;
            let first_of_sentence = drafts.len();
            for h in self.hits_in(ss) {
                let Some(sense) = self.choose_sense(h) else {
                    if self.trace && !self.lex.entry(&self.hits[h]).senses.is_empty() {
                        let t = self.a.text(Span::new(self.hits[h].start, self.hits[h].end));
                        self.trace_line("DROP", &[t, "-", "no sense fits its context", "", ""]);
                    }
                    continue;
                };
                let Some(mut d) = self.draft(si, h, sense) else { continue };
                // "…, ce que Niamey dément", "…, an allegation Nigeria denied" (events/answered.rs)
                if sense.answers
                    && !self.answered_charge(
                        &mut d,
                        &drafts[..first_of_sentence],
                        &drafts[first_of_sentence..],
                    )
                {
                    self.note_dropped(
                        drafts.last_mut(),
                        &d,
                        "a bare denial answering no charge of its sentence",
                    );
                    continue;
                }
                // "a mis fin à l'accord de coopération": a tie cut, no withdrawal (events/ended.rs)
                self.retreat_ends_tie(&mut d);
                // "X, en coordination avec Y, ont conduit une opération conjointe" (events/joint.rs)
                self.joint_partners(&mut d);
                // "un lot de blindés, acquis auprès de la Russie, a été réceptionné" (events/supplier.rs)
                self.aid_supplier(&mut d);
                self.en_threat_against_any(&mut d);
                // "pledged fresh support for…": promised support is aid (events/precision.rs)
                self.promised_support(&mut d);
                self.agent_after_title(&mut d);
                self.caused_act(&mut d);
                // "la France, dont les derniers soldats ont quitté le pays" (events/relative.rs)
                self.dont_troops_of_state(&mut d);
                self.en_captured_people(&mut d);
                self.judged_act(&mut d, &drafts[first_of_sentence..]);
                // "qui a chassé les forces françaises": a state expelling another's forces
                self.ousted_foreign_party(h, &mut d);
                // "la force … doit être opérationnelle": a deployment only of a force, to come
                if self.not_a_force_to_come(h, &mut d) {
                    self.note_dropped(
                        drafts.last_mut(),
                        &d,
                        "no identified force told as becoming operational",
                    );
                    continue;
                }
                // "réunis jeudi à Accra": a gathering participle is a meeting only with a date or place
                if self.not_a_meeting(h, &d) {
                    self.note_dropped(
                        drafts.last_mut(),
                        &d,
                        "a gathering participle with no date or place after it",
                    );
                    continue;
                }
                // "Le Conseil des ministres, réuni lundi": one government's own body meeting
                if self.cabinet_meeting(h, &d) {
                    self.note_dropped(drafts.last_mut(), &d, "a meeting of one government's own body");
                    continue;
                }
                if !self.passive_reply(&d, sense) {
                    self.trace_drop(&d, "a passive reply with no party of its own");
                    continue;
                }
                if !self.border_closure(&mut d) {
                    self.trace_drop(&d, "a border closure read as no event");
                    continue;
                }
                self.enemy_reply(&mut d, &drafts);
                // ("The army said that it had neutralised 14 attackers", events/incident.rs)
                self.speaker_reply(&mut d, &drafts);
                if let Some(rule) = self.generic_statement(si, h, &d) {
                    // no record is left to carry the step: the event before it notes the drop
                    self.note_dropped(drafts.last_mut(), &d, rule);
                    continue;
                }
                // "demanded that France withdraw its troops" (events/en_demanded.rs)
                if let Some(rule) = self.en_demanded_act(&d) {
                    self.note_dropped(drafts.last_mut(), &d, rule);
                    continue;
                }
                // "ce n'est pas la première fois que …", "si …" (events/fr_readings.rs)
                if let Some(rule) = self.fr_unreported(si, &d) {
                    self.note_dropped(drafts.last_mut(), &d, rule);
                    continue;
                }
                // "la multiplication de ces attaques", "a string of attacks", "les attaques se
                // multiplient": a summary of incidents or violence in general, no incident of its
                // own, whether or not the article told incidents before it
                if self.series_mention(h, &d) {
                    self.note_dropped(
                        drafts.last_mut(),
                        &d,
                        "a plural assault noun telling a series of incidents",
                    );
                    continue;
                }
                // "les populations déplacées par les violences": what befell the people named
                if self.affected_description(h, &d) {
                    self.note_dropped(
                        drafts.last_mut(),
                        &d,
                        "violence describing people by what befell them",
                    );
                    continue;
                }
                // "ayant fui les violences", "facing attacks": violence people live with (events/embedded.rs)
                if self.endured_violence(h, &d) {
                    self.note_dropped(
                        drafts.last_mut(),
                        &d,
                        "a plural assault noun after a verb of fleeing or facing",
                    );
                    continue;
                }
                // "libérer les personnes détenues": the people to free, no arrest (events/embedded.rs)
                if self.held_people_description(h, &d) {
                    self.note_dropped(
                        drafts.last_mut(),
                        &d,
                        "a participle of detention describing people to be freed",
                    );
                    continue;
                }
                // "the militants arrived on motorcycles": no force is mobilized
                if self.non_state_arrival(sense, &d) {
                    self.note_dropped(drafts.last_mut(), &d, "a movement by no state party: no mobilization");
                    continue;
                }
                // "any convoy that tried to supply Fada", "tout convoi qui ravitaillerait": a kind
                if self.free_choice_description(h, &d) {
                    self.note_dropped(drafts.last_mut(), &d, "it describes a noun after \"any\"/\"tout\"");
                    continue;
                }
                // "the army routinely says its operations kill…": what usually happens
                if self.habitual_violence(h, &d) {
                    self.note_dropped(drafts.last_mut(), &d, "violence told with a habitual adverb");
                    continue;
                }
                // "notre capacité à frapper l'ennemi", "able to strike": an ability (events/embedded.rs)
                if self.capacity_act(h, &d) {
                    self.note_dropped(drafts.last_mut(), &d, "an act named as an ability");
                    continue;
                }
                // "the group warned that it would attack any convoy": the threat's content
                if self.threatened_act(&d, &drafts[first_of_sentence..]) {
                    self.note_dropped(
                        drafts.last_mut(),
                        &d,
                        "the act the threat announces, by the threatening party",
                    );
                    continue;
                }
                // "la junte les juge compromises : elle a menacé…": a pronoun subject after a colon or
                // semicolon is the subject of the sentence's clause before it
                if d.actor.is_empty() && d.subject_pron {
                    let (cs, _) = self.clause(si, d.trigger.start);
                    // the segmenter may have ended a sentence at the colon
                    let from = if cs <= ss.start && si > 0 {
                        self.a.seg.sentences[si - 1].span.start
                    } else {
                        ss.start
                    };
                    let after_stop = self.tok_before(cs).is_some_and(|t| {
                        let sp = self.a.seg.tokens[t].span;
                        sp.start >= from && matches!(&self.a.doc.text[sp.start..sp.end], ":" | ";")
                    });
                    if after_stop && let Some(g) = self.subject(from, cs) {
                        d.set_actor(
                            self.group_refs(g),
                            self.a.explain,
                            "pronoun subject: subject of the clause before the colon",
                        );
                    }
                }
                // ", accusing them of…": the participle's subject is the main clause's actor
                // "HRW accuse l'armée d'avoir exécuté…", "accused soldiers of killing…": the accused act,
                // the accuser asserts it
                // also a bare infinitive: "reproche à la junte … de détenir le président"
                let mut before = self.tok_before(d.trigger.start);
                // "accused soldiers of summarily executing…": an adverb between
                if let Some(t) = before
                    && self.a.doc.lang == veille_core::Lang::En
                    && self.tok_text(t).ends_with("ly")
                {
                    before = self.tok_before(self.a.seg.tokens[t].span.start);
                }
                let after_avoir =
                    before.is_some_and(|t| match veille_text::fold_cow(self.tok_text(t)).as_ref() {
                        "avoir" | "d'avoir" | "having" | "of" => true,
                        "de" | "d'" => !d.nominal,
                        _ => false,
                    });
                if after_avoir
                    && let Some(acc) = drafts[first_of_sentence..]
                        .iter()
                        .rev()
                        .find(|p| p.kind == EventType::Accuse && !p.recipient.is_empty())
                {
                    d.actor = acc.recipient.clone();
                    d.actor_kinds = acc.recipient_kinds.clone();
                    d.source = acc.actor.clone();
                    if d.status == Status::Asserted {
                        d.status = Status::Claimed;
                    }
                    if self.a.explain {
                        d.explain.push(step(
                            "actor",
                            "complement of an accusation: the accused act, the accuser is the source",
                            None,
                        ));
                    }
                }
                // "la décision du Tchad de mettre fin à…", "Chad's decision to end…": the one who
                // decided acts
                if !d.nominal
                    && let Some(g) = self.decider(d.trigger.start)
                {
                    let parties = self.group_refs(g);
                    if !parties.0.is_empty() {
                        d.set_actor(parties, self.a.explain, "the one whose decision or intention it is");
                    }
                }
                let diplomatic_noun = d.nominal
                    && matches!(d.kind, EventType::Consult | EventType::Cooperate | EventType::Agree);
                // "ont manifesté … pour réclamer", "gathered … to demand": a purpose clause shares
                // the main subject
                let purpose = !d.nominal
                    && self.tok_before(d.trigger.start).is_some_and(|t| {
                        matches!(veille_text::fold_cow(self.tok_text(t)).as_ref(), "pour" | "to")
                    });
                // "une opération …, au cours de laquelle trente terroristes ont été neutralisés": the
                // violence told in the operation's relative clause is the operation's actor's
                let op_relative =
                    d.kind == EventType::Assault && self.in_relative_of_circumstance(d.trigger.start);
                // "Police fired tear gas … and then arrested them": an active verb coordinated with
                // the one before shares its named subject
                if (d.participle || diplomatic_noun || purpose || op_relative || d.coordinated)
                    && d.actor.is_empty()
                    && let Some(main) = drafts[first_of_sentence..].last()
                    && (!d.coordinated
                        || main.actor.iter().any(|r| r.id.is_some())
                        || self.collective_actor(main)
                        || self.en_coordinated_violence(&d, main))
                {
                    d.actor = main.actor.clone();
                    d.actor_kinds = main.actor_kinds.clone();
                }
                // "the government hit back on Monday, accusing Algiers of…": a participle clause
                // after a main clause that tells no event takes that clause's subject
                if d.participle
                    && d.actor.is_empty()
                    && drafts.len() == first_of_sentence
                    && let (mcs, mce) = self.clause(si, ss.start)
                    && let Some(g) = self.subject(mcs, mce.min(d.trigger.start))
                {
                    d.set_actor(
                        self.group_refs(g),
                        self.a.explain,
                        "participle clause: subject of the main clause",
                    );
                }
                // "L'association X a condamné « un massacre » et réclamé une enquête": a statement
                // verb coordinated with a statement verb shares its speaker, named or not
                if d.coordinated
                    && d.actor.is_empty()
                    && speech::statement(d.kind)
                    && let Some(main) = drafts[first_of_sentence..].iter().rev().find(|p| {
                        !p.nominal && !p.background && speech::statement(p.kind) && !p.actor.is_empty()
                    })
                {
                    d.set_actor(
                        (main.actor.clone(), main.actor_kinds.clone()),
                        self.a.explain,
                        "statement coordinated with a statement: its speaker",
                    );
                }
                // no event in the main clause ("a conduit une opération"): its subject
                if op_relative
                    && d.actor.is_empty()
                    && let Some(g) = self.subject(ss.start, d.trigger.start)
                {
                    let parties = self.group_refs(g);
                    if !parties.0.iter().any(|x| d.recipient.iter().any(|y| y.id.is_some() && y.id == x.id)) {
                        d.set_actor(
                            parties,
                            self.a.explain,
                            "relative of circumstance: subject of the main clause",
                        );
                    }
                }
                // "tué onze civils lors de frappes de drones", "killed in an ambush": a noun after
                // "lors de"/"during"/"in" names how the event before it in the sentence happened
                if d.nominal
                    && !d.background
                    && let Some(prev) =
                        drafts.iter_mut().rev().take_while(|p| p.sentence + 2 >= si).find(|p| {
                            // (or an event of a sentence before that took this sentence's verb: a
                            // headline read with its lead)
                            let verb = if p.sentence == si {
                                Some(p.trigger).filter(|_| !p.nominal)
                            } else {
                                p.also.iter().rev().find(|(s, _)| *s == si).map(|&(_, t)| t)
                            };
                            p.kind == d.kind
                                && modes_compatible(p.mode.as_deref(), d.mode.as_deref())
                                && verb.is_some_and(|t| t.end <= d.trigger.start)
                        })
                    && self.means_of_previous(d.trigger.start)
                {
                    if prev.mode.is_none() {
                        prev.mode = d.mode.clone();
                    }
                    // "vingt soldats tués dans l'attaque du JNIM": the noun's agent, right after it,
                    // did it (also over the speaker taken for a pronoun or an agentless passive:
                    // "affirme que sept civils ont été tués dans une frappe de l'armée")
                    if (prev.actor.is_empty() || same_ids(&prev.actor, &prev.source))
                        && let Some(g) = self.groups_in(d.trigger.end, ss.end).next().filter(|g| {
                            self.tokens_between(d.trigger.end, g.start) <= 3
                                && (matches!(self.marker(g, ss.start), Some(Cue::Gen | Cue::By))
                                    // "lors de heurts entre les forces de l'ordre et…"
                                    || (self.marker(g, ss.start) == Some(Cue::With)
                                        && d.kind == EventType::Assault
                                        && {
                                            let k = self.a.seg.tokens.partition_point(|x| x.span.start < d.trigger.end);
                                            k < self.a.seg.tokens.len() && self.tok_is(k, &["entre", "between"])
                                        }))
                        })
                    {
                        let parties = self.group_refs(g);
                        if !parties
                            .0
                            .iter()
                            .any(|x| x.id.is_some() && prev.recipient.iter().any(|y| y.id == x.id))
                        {
                            prev.set_actor(
                                parties,
                                self.a.explain,
                                "agent of the noun that names how it happened",
                            );
                        }
                    }
                    if prev.location.is_none() {
                        prev.location = d.location.take();
                        prev.location_reason = d.location_reason.take();
                    }
                    if self.a.explain {
                        prev.explain.push(step(
                            "trigger",
                            "merged: a noun after `lors de`/`during` names how the event happened",
                            Some(self.a.text(d.trigger).to_string()),
                        ));
                    }
                    continue;
                }
                // "La Cédéao a exhorté Niamey à libérer M. Bazoum, une demande aussitôt rejetée par
                // Niamey": a noun in apposition names the same-type event before it, whatever the
                // participle after it binds
                let appositive = d.nominal
                    && self.tok_before(d.trigger.start).is_some_and(|t| {
                        matches!(veille_text::fold_cow(self.tok_text(t)).as_ref(), "une" | "un" | "a" | "an")
                            && self
                                .tok_before(self.a.seg.tokens[t].span.start)
                                .is_some_and(|c| self.tok_text(c) == ",")
                    })
                    // (", the first visit by…", ", la première visite de…": events/incident.rs)
                    || self.ordinal_apposition(&d);
                if appositive
                    && let Some(prev) = drafts[first_of_sentence..]
                        .iter_mut()
                        .find(|p| p.kind == d.kind && !p.nominal && p.trigger.end <= d.trigger.start)
                {
                    if self.a.explain {
                        prev.explain.push(step(
                            "trigger",
                            "apposition: a noun names the event before it again",
                            Some(self.a.text(d.trigger).to_string()),
                        ));
                    }
                    continue;
                }
                // the same event read twice in one sentence ("appréciée et approuvée"); a protest's
                // purpose ("ont observé une journée ville morte pour protester contre…") whatever its
                // mode
                let protest_purpose = purpose && d.kind == EventType::Protest;
                // ("since the attack": the incident it comes after, events/incident.rs)
                let anchored = self.time_anchor(&d);
                let same_reading = |p: &Draft| {
                    p.kind == d.kind
                        // "Cet assaut intervient après l'attaque de Chatoumane": the event told before
                        // and the context it is compared to are two
                        && (p.background == d.background || !(self.demonstrative(p) || self.demonstrative(&d)))
                        // "Après l'explosion, des individus armés ont ouvert le feu sur l'escorte, qui
                        // a riposté": a counter-attack is not the background incident it answers
                        && !(p.counter != d.counter && p.background != d.background)
                        && (protest_purpose
                            || modes_compatible(p.mode.as_deref(), d.mode.as_deref())
                            || incident::one_mobilization(p, &d))
                        && compatible(&p.actor, &d.actor)
                        && compatible(&p.recipient, &d.recipient)
                        // "urged the authorities to…, and called on the African Commission to…"
                        && (d.kind != EventType::Request
                            || p.nominal
                            || d.nominal
                            || !merge::other_addressees(&p.recipient, &d.recipient))
                        // "a appelé l'État à … et réclamé une enquête": two demands (merge.rs)
                        && !self.coordinated_demands(p, &d)
                        // "ont ouvert le feu sur l'escorte, qui a riposté": the reply is its own
                        // event; what follows a reply in its sentence ("ont riposté et mis hors
                        // d'état de nuire…", "la riposte a permis de neutraliser…") is the reply
                        && (p.counter || !d.counter)
                        && !violence::distinct_abduction(p, &d)
                        && !self.new_attacker_in_sentence(p, &d)
                        && !(anchored && self.apart_from_anchor(&d, p))
                        && !(self.time_anchor(p) && self.apart_from_anchor(p, &d))
                };
                // "repelled an attack …, neutralising 15 insurgents", "a riposté, tuant…": a
                // participle or coordinated verb right after a reply continues the reply
                let after_reply = (d.participle || d.coordinated)
                    && drafts[first_of_sentence..].last().is_some_and(|p| p.counter && same_reading(p));
                let found = if after_reply {
                    Some(drafts.len() - 1)
                } else {
                    drafts[first_of_sentence..].iter().position(same_reading).map(|k| first_of_sentence + k)
                };
                if let Some(k) = found {
                    let prev = &mut drafts[k];
                    let militia = incident::one_mobilization(prev, &d);
                    self.trace_merge(prev, &d, "merged: same type and arguments in the same sentence");
                    fill_from(prev, &d);
                    if militia {
                        prev.mode = Some("militia".to_string());
                    }
                    if self.a.explain {
                        prev.explain.push(step(
                            "trigger",
                            "merged: same type and arguments in the same sentence",
                            Some(self.a.text(d.trigger).to_string()),
                        ));
                    }
                    continue;
                }
                // continuation: "Elle sera déployée au Mali…", "Douze soldats ont été tués." continue
                // the previous sentence's event
                let unnamed = d.actor.iter().chain(&d.recipient).all(|r| r.id.is_none());
                let window = if d.actor.is_empty() && d.subject_pron { 2 } else { 1 };
                // "Des hélicoptères de l'armée ont bombardé lundi … dans la province du Soum. L'armée
                // affirme avoir détruit trois bases…": the same actor's assault told again in the
                // next sentence, with no place or date of its own, elaborates the first one
                let ss_d = self.a.seg.sentences[si].span;
                let elaborates = |p: &Draft| {
                    d.kind == EventType::Assault
                        && !d.background
                        && !p.background
                        && p.sentence + 1 == si
                        && !d.actor.is_empty()
                        && d.actor.iter().all(|r| r.id.is_some())
                        && p.actor.len() == d.actor.len()
                        && d.actor.iter().all(|x| p.actor.iter().any(|y| y.id == x.id))
                        && compatible(&p.recipient, &d.recipient)
                        && d.location.is_none()
                        && !self.a.dates.iter().any(|x| x.span.start >= ss_d.start && x.span.end <= ss_d.end)
                };
                // ("l'envoi de renforts supplémentaires": a further act, events/additional.rs)
                let other_incident = self.announces_other_incident(&d) || self.additional_act(&d);
                if !other_incident
                    && let Some(prev) = drafts[..first_of_sentence]
                        .iter_mut()
                        .rev()
                        .take(3)
                        .find(|p| p.kind == d.kind && elaborates(p) && !violence::abduction_after(p, &d))
                {
                    merge_into(prev, d, self);
                    continue;
                }
                // (a counter-attack is its own event; a pronoun subject's act of another mode,
                // "Il a aussi enlevé trois chauffeurs", is a second event of the same actor)
                let own_date =
                    self.a.dates.iter().any(|x| x.span.start >= ss_d.start && x.span.end <= ss_d.end);
                if ((d.actor.is_empty() && d.subject_pron)
                    || (unnamed && d.kind == EventType::Assault && d.mode.is_none()))
                    && !d.counter
                    && !other_incident
                    && let Some(prev) = drafts[..first_of_sentence].iter_mut().rev().take(6).find(|p| {
                        p.kind == d.kind
                            && p.sentence + window >= si
                            // a reported event does not continue a background one, nor a series
                            // named by a plural noun when it has its own date ("les attaques se sont
                            // multipliées. Samedi encore, des assaillants ont tué…")
                            && p.background == d.background
                            && !(own_date && p.nominal && self.a.text(p.trigger).ends_with(['s', 'x']))
                            && (!d.subject_pron
                                || d.kind == EventType::Protest
                                || p.mode.is_none()
                                || d.mode.is_none()
                                || p.mode == d.mode)
                            && !violence::abduction_after(p, &d)
                            && !self.headline_reply(p, &d)
                    })
                {
                    // ("avoir « repoussé » l'attaque et « neutralisé »…": the reply, events/incident.rs)
                    let reply = if d.definite_noun { self.repelled_restated(&d, prev) } else { None };
                    merge_into(prev, d, self);
                    if let Some(c) = reply {
                        drafts.push(c);
                    }
                    continue;
                }
                // "Le JNIM a revendiqué l'attentat": a definite nominal trigger names an event of
                // the sentences before
                if d.definite_noun
                    && !other_incident
                    && let Some(prev) = drafts[..first_of_sentence].iter_mut().rev().take(6).find(|p| {
                        p.kind == d.kind
                                && p.sentence + 2 >= si
                                && p.sentence < si
                                && p.background == d.background
                                // (a counter-attack is named by its own noun, "la riposte", and
                                // that noun names no attack but the counter-attack)
                                && p.counter == d.counter
                                && self.may_restate(p, &d)
                    })
                {
                    // (the first telling's status stands: "The army did not say when the strikes
                    // took place" does not deny them)
                    // ("L'armée a indiqué avoir repoussé l'attaque et neutralisé…": the reply to it
                    // is an event of its own, events/incident.rs)
                    let reply = self.repelled_restated(&d, prev);
                    self.absorb(prev, &d, "coreference: a definite noun names this event again");
                    if let Some(c) = reply {
                        drafts.push(c);
                    }
                    continue;
                }
                // headline + lead: "Kidal : l'armée reprend l'aérodrome après de violents combats.
                // Les FAMa … ont repris jeudi le contrôle …": a short first sentence announces the
                // event the second one tells; the lead's reading is kept, completed by the headline's
                if si == 1
                    && self.is_headline(0)
                    && let Some(k) = drafts[..first_of_sentence].iter().position(|p| {
                        p.sentence == 0
                            && p.kind == d.kind
                            && p.background == d.background
                            && modes_compatible(p.mode.as_deref(), d.mode.as_deref())
                            && compatible(&p.actor, &d.actor)
                            && compatible(&p.recipient, &d.recipient)
                    })
                {
                    let head = drafts.remove(k);
                    self.trace_merge(&d, &head, "headline: the first sentence announces this event");
                    fill_from(&mut d, &head);
                    d.evidence = head.evidence.cover(d.evidence);
                    if self.a.explain {
                        d.explain.push(step(
                            "trigger",
                            "headline: the first sentence announces this event",
                            Some(self.a.text(head.trigger).to_string()),
                        ));
                    }
                }
                // "le capitaine Traoré s'en est pris aux « puissances » qu'il accuse de…": a pronoun
                // subject after the first clause is the subject of the sentence's clause before it
                // (an event's actor, else its subject), before any older mention
                // (not an attack noun a context phrase names: "said it had killed 20 militants since
                // the attack")
                if d.actor.is_empty() && d.subject_pron && !d.reference {
                    let (cs, _) = self.clause(si, d.trigger.start);
                    let earlier = drafts[first_of_sentence..]
                        .iter()
                        .rev()
                        .find(|p| p.trigger.end <= cs && !p.actor.is_empty() && !p.background)
                        .map(|p| (p.actor.clone(), p.actor_kinds.clone()))
                        .or_else(|| {
                            let (mcs, mce) = self.clause(si, ss.start);
                            (mce <= cs).then_some(())?;
                            match self.subject(mcs, mce) {
                                Some(g) => Some(self.group_refs(g)),
                                // "The rights group said it regretted…": a definite description
                                // opening the sentence, bound to the party it refers to
                                None => self.bound_np_subject(mcs, mce),
                            }
                        })
                        .filter(|(r, _)| !r.is_empty() && cs > ss.start);
                    if let Some(parties) = earlier {
                        d.set_actor(parties, self.a.explain, "pronoun subject: subject of the clause before");
                    }
                }
                // "Le ministre a salué… Il a également annoncé…": a French pronoun opening its
                // sentence is the previous sentence's named subject (events/pron_subject.rs)
                if let Some(parties) = self.pronoun_previous_subject(&d, si) {
                    d.set_actor(parties, self.a.explain, "pronoun subject: subject of the previous sentence");
                }
                // "…, elle va appuyer la force": a pronoun subject is the previous sentence's actor
                if d.actor.is_empty()
                    && d.subject_pron
                    && let Some(prev) = drafts[..first_of_sentence]
                        .iter()
                        .rev()
                        .find(|p| p.sentence + 1 == si && !p.actor.is_empty())
                {
                    d.set_actor(
                        (prev.actor.clone(), prev.actor_kinds.clone()),
                        self.a.explain,
                        "pronoun subject: actor of the previous sentence",
                    );
                }
                // "l'armée les a neutralisés": the party an object clitic stands for
                self.clitic_object(&mut d, &drafts);
                self.victims_in_ranks(&mut d);
                self.affiliated_actor(&mut d);
                let repel = self.repelled(&d);
                drafts.push(d);
                if let Some(r) = repel {
                    drafts.push(r);
                }
            }
            self.followed_suit(si, &mut drafts);
        }
        // a verb form, an ordinal, an adjective or a place read as a party (events/junk.rs)
        self.drop_junk_parties(&mut drafts);
        self.corefer_document(&mut drafts);
        self.corefer_headline(&mut drafts);
        // (after coreference: the attack has gathered its mentions)
        self.raid_damage(&mut drafts);
        // "Réunis dimanche en sommet à Niamey, le Mali, le Burkina Faso et le Niger ont annoncé…",
        // "Arrivé lundi à Bamako pour une visite…, le ministre…": a sentence-initial participle
        // clause has the main clause's subject
        for d in drafts.iter_mut() {
            let Some(comma) = self.initial_participle_clause(d.sentence) else { continue };
            if d.trigger.start >= comma || d.actor.iter().any(|r| r.id.is_some()) {
                continue;
            }
            let ss = self.a.seg.sentences[d.sentence].span;
            let Some(g) = self.groups_in(comma, ss.end).next() else { continue };
            if !self.only_function_words(comma, g.start) {
                continue;
            }
            let parties = self.group_refs(g);
            if parties.0.is_empty() {
                continue;
            }
            d.set_actor(parties, self.a.explain, "initial participle clause: subject of the main clause");
        }
        // "Les FAMa, appuyées par des éléments d'Africa Corps, ont repris …": support in apposition
        // to the actor of an operation is taking part in it (a co-actor), not a statement of support
        let mut i = 0;
        while i < drafts.len() {
            let d = &drafts[i];
            let in_apposition = d.kind == EventType::Support
                && !d.nominal
                && !d.actor.is_empty()
                && self.tok_before(d.trigger.start).is_some_and(|t| self.tok_text(t) == ",");
            let host = if in_apposition {
                drafts.iter().position(|p| {
                    p.sentence == d.sentence
                        && matches!(
                            p.kind,
                            EventType::Assault | EventType::Mobilize | EventType::Retreat | EventType::Coerce
                        )
                        && (p
                            .actor
                            .iter()
                            .any(|x| x.id.is_some() && d.recipient.iter().any(|y| y.id == x.id))
                            || self.supports_unnamed_force(p, d))
                })
            } else {
                None
            };
            match host {
                Some(k) => {
                    let d = drafts.remove(i);
                    let k = if k > i { k - 1 } else { k };
                    let p = &mut drafts[k];
                    for (r, kind) in d.actor.into_iter().zip(d.actor_kinds) {
                        push_ref(&mut p.actor, &mut p.actor_kinds, r, kind);
                    }
                    if self.a.explain {
                        p.explain.push(step(
                            "actor",
                            "support in apposition to the actor: a co-actor",
                            Some(self.a.text(d.trigger).to_string()),
                        ));
                    }
                }
                None => i += 1,
            }
        }
        // "… à Dinangourou. Le lendemain, l'armée a mené des frappes dans le secteur": a violent or
        // physical event whose sentence names no place happened where the previous sentence's did
        let physical = |k: EventType| {
            matches!(k, EventType::Assault | EventType::Protest | EventType::Coerce | EventType::Mobilize)
        };
        for i in 0..drafts.len() {
            let d = &drafts[i];
            if d.location.is_some() || d.background || !physical(d.kind) || d.sentence == 0 {
                continue;
            }
            if self.sentence_names_scene(d.sentence) {
                continue;
            }
            let Some(loc) = drafts[..i]
                .iter()
                .rev()
                .take_while(|p| p.sentence + 1 >= d.sentence)
                .find(|p| {
                    p.sentence + 1 == d.sentence && !p.background && physical(p.kind) && p.location.is_some()
                })
                .and_then(|p| p.location.clone())
            else {
                continue;
            };
            drafts[i].inherit_location(
                loc,
                self.a.explain,
                "no place in its sentence: the place of the sentence before",
                None,
            );
        }
        // (a phrase pointing back to a place first: "dans la zone", "sur les lieux")
        self.inherit_anaphoric_place(&mut drafts);
        self.lead_place(&mut drafts);
        // "…ont été expulsés d'Algérie, a dénoncé l'ONG Alarme Phone Sahara.": an accusation verb
        // right after a comma, its subject inverted at the end of the sentence; the party after it
        // is the accuser and the author of the act before it (if any) the accused
        for i in 0..drafts.len() {
            let d = &drafts[i];
            if d.kind != EventType::Accuse || d.nominal || d.recipient.is_empty() {
                continue;
            }
            let ss = self.a.seg.sentences[d.sentence].span;
            let mut t = self.tok_before(d.trigger.start);
            while let Some(k) = t.filter(|&k| matches!(self.tok_text(k), "a" | "ont")) {
                t = self.tok_before(self.a.seg.tokens[k].span.start);
            }
            let after_comma = t.is_some_and(|k| {
                self.tok_text(k) == ","
                    && self.a.seg.tokens[k].span.start > ss.start
                    && t != self.tok_before(d.trigger.start)
            });
            if !after_comma || self.tokens_between(d.trigger.end, ss.end) > 8 {
                continue;
            }
            let accused = drafts[..i]
                .iter()
                .rev()
                .find(|p| p.sentence == d.sentence && !p.background && p.kind != EventType::Accuse)
                .map(|p| (p.actor.clone(), p.actor_kinds.clone()));
            let d = &mut drafts[i];
            // the subject read across the comma is the act's author: the accused
            let (before, before_kinds) = (std::mem::take(&mut d.actor), std::mem::take(&mut d.actor_kinds));
            d.actor = std::mem::take(&mut d.recipient);
            d.actor_kinds = std::mem::take(&mut d.recipient_kinds);
            (d.recipient, d.recipient_kinds) = accused.unwrap_or((before, before_kinds));
            if self.a.explain {
                d.explain.push(step("actor", "inverted subject after a comma: the accuser", None));
            }
        }
        // anaphoric subject ("L'initiative est approuvée par la Russie"): the recipient is the actor
        // of the latest event of an earlier sentence
        for i in 0..drafts.len() {
            if drafts[i].recipient.is_empty()
                && drafts[i].subject_anaphor
                && matches!(drafts[i].kind, EventType::Support | EventType::Accuse | EventType::Reject)
                && let Some(j) = (0..i)
                    .rev()
                    .find(|&j| drafts[j].sentence < drafts[i].sentence && !drafts[j].actor.is_empty())
            {
                let (r, k) = (drafts[j].actor.clone(), drafts[j].actor_kinds.clone());
                drafts[i].set_recipient((r, k), self.a.explain, "anaphor: actor of the previous event");
            }
        }
        self.accusing_participles(&mut drafts);
        self.denounced_agreements(&mut drafts);
        self.ended_ties(&mut drafts);
        self.ended_commitment_partner(&mut drafts);
        // "WFP is suspending road deliveries": an agency stopping its own work (events/withdrawal.rs)
        self.own_work_suspended(&mut drafts);
        self.decision_recipients(&mut drafts);
        // (after the places read from the sentence before: a reply takes the attack's)
        self.bind_counters(&mut drafts);
        self.corefer_counters(&mut drafts);
        // (before releases: a release takes the author of its abduction)
        self.bind_attributions(&mut drafts);
        self.bind_releases(&mut drafts);
        // ("leur libération": the release told before, events/incident.rs)
        self.corefer_possessive(&mut drafts);
        self.calls_to_protest(&mut drafts);
        self.attackers_arrival(&mut drafts);
        self.speaker_names(&mut drafts);
        // "les deux pays": the states named last (events/pairs.rs)
        self.numbered_states(&mut drafts);
        // "Sommet de l'AES" told with its members named: a meeting of the member states
        // (events/summit_members.rs)
        self.summit_members(&mut drafts);
        // "la visite à N'Djamena du chef de la diplomatie française": Chad receives it
        // (events/visit_host.rs)
        self.visit_hosts(&mut drafts);
        // "fermée par Niamey depuis le coup d'État": the measure's state lived the coup
        // (events/coup_scene.rs)
        self.coup_dating_measure(&mut drafts);
        // an agreement with no place: where its meeting was held (events/agreed_place.rs)
        self.agreed_at_meeting(&mut drafts);
        // "les auteurs seront traqués": the party vowing it (events/vow.rs)
        self.vow_speakers(&mut drafts);
        // ", a annoncé le ministère", "annonçant le déploiement": the announcing state (events/announced.rs)
        self.announced_measures(&mut drafts);
        // "ne négocierons jamais", "n'entend pas céder": a refusal (events/refusals.rs)
        self.negated_intentions(&mut drafts);
        self.drop_junk_parties(&mut drafts);
        // readings that name no event of their own (the event before notes the drop)
        let mut kept: Vec<Draft> = Vec::with_capacity(drafts.len());
        for d in drafts {
            if let Some(rule) = self
                .not_an_event(&d)
                .or_else(|| self.en_no_event(&d, &kept))
                .or_else(|| self.fr_no_event(&d))
                .or_else(|| self.refused_talks(&d, &kept))
            {
                self.note_dropped(kept.last_mut(), &d, rule);
                continue;
            }
            kept.push(d);
        }
        let mut drafts = kept;
        // "…, Human Rights Watch said today": an NGO telling a state's abuses accuses it
        // (events/accused.rs)
        self.reported_abuses(&mut drafts);
        self.no_self_targets(&mut drafts);
        self.attach_figures(&mut drafts);
        self.reporters_operations(&mut drafts);
        // (after the reporter's operations: the force reporting names its own acts first)
        // "Les soldats y ont récupéré onze fusils": the operation's force (events/seized.rs)
        self.operation_seizures(&mut drafts);
        // "Six individus ont été arrêtés": the state force reporting or named (events/seized.rs)
        self.agentless_coercions(&mut drafts);
        // (after the reporter's operations: they take its source first)
        self.communique_sources(&mut drafts);
        self.reported_operations(&mut drafts);
        // the one country of the document's places: the scene of an article about one country's
        // incidents when two mentions name it; from one mention on, the scene a parent group's
        // regional branch is read in
        let one_country = self.one_place_country();
        let scene = one_country.filter(|&(_, n)| n >= 2).map(|(cc, _)| cc);
        let branch_scene = one_country.map(|(cc, _)| cc);
        let filed = self.dateline_country();
        let filed_at = self.dateline_paragraph_place();
        let main = self.main_place_country();
        drafts
            .into_iter()
            .filter(|d| {
                // only unresolved noun phrases, no place, no figure: too little to report
                let named = d.actor.iter().chain(&d.recipient).any(|r| r.id.is_some())
                    // "L'association Tabital Pulaaku a réclamé…": a statement by a proper name
                    || (speech::statement(d.kind) && d.actor.iter().any(|r| self.named_speaker(&r.name)))
                    || (speech::statement(d.kind) && d.actor.iter().any(|r| self.speaker_of(&r.name, d.kind)))
                    || self.addressed_to_civilians(d)
                    // "Plusieurs centaines de militants se sont rassemblés devant le palais de
                    // justice": protesters are told by description, seldom by name
                    || self.described_protesters(d)
                    // "Le syndicat des transporteurs a annoncé une grève": the same, told by its noun
                    || self.described_protest_noun(d)
                    // "les ravisseurs ont exigé une rançon": a demand or threat by an armed band
                    || self.armed_description_demand(d)
                    // "neuf suspects ont été interpellés": an arrest of people told by description
                    || self.described_detainees(d)
                    // "des frappes aériennes ont permis de neutraliser une vingtaine de terroristes":
                    // a strike from the air on the enemy is a state's (events/aircraft.rs)
                    || (d.kind == EventType::Assault && d.enemy && matches!(d.mode.as_deref(), Some("aerial" | "drone")));
                let keep = named
                    || d.background
                    || d.location.is_some()
                    || !d.quantities.is_empty()
                    || self.statement_names_place(d);
                if !keep {
                    self.trace_drop(d, "no named party, place or figure");
                }
                keep
            })
            .filter(|d| {
                // with no party at all, only violence and protests are worth reporting (their
                // perpetrators are often unknown)
                let keep = d.background
                    || !d.actor.is_empty()
                    || !d.recipient.is_empty()
                    || matches!(d.kind, EventType::Assault | EventType::Protest)
                    // "des renforts ont été acheminés vers Djibo": reinforcements sent to a place
                    || self.unattributed_reinforcements(d)
                    // a curfew is told by its place ("un couvre-feu est instauré à Ménaka")
                    || (d.kind == EventType::Coerce && d.mode.as_deref() == Some("curfew") && d.location.is_some());
                if !keep {
                    self.trace_drop(d, "no party: only violence and protests are kept without one");
                }
                keep
            })
            .filter(|d| {
                let keep = d.background
                    || !d.actor.is_empty()
                    || !d.recipient.is_empty()
                    || d.location.is_some()
                    || !d.quantities.is_empty()
                    || self.statement_names_place(d);
                if !keep {
                    self.trace_drop(d, "no party, place or figure");
                }
                keep
            })
            .filter_map(|mut d| {
                self.aid_recipient_country(&mut d);
                self.scene_country(&mut d, scene);
                self.coup_country(&mut d);
                self.regional_branches(&mut d, branch_scene);
                self.scene_forces(&mut d);
                self.scene_reinforcements(&mut d);
                self.scene_aircraft(&mut d);
                self.filed_from_country(&mut d, filed);
                self.unknown_place_country(&mut d, branch_scene, filed, main);
                self.main_country(&mut d, main);
                self.filed_at_place(&mut d, filed_at);
                self.scene_victims(&mut d);
                self.scene_facilities(&mut d);
                self.scene_strike(&mut d);
                self.comma_clause_subject(&mut d);
                self.claim_answered(&mut d);
                self.and_clause_subject(&mut d);
                self.blockade_author(&mut d);
                self.ambiguous_by_scene(&mut d, filed);
                self.coup_scene_from_parties(&mut d);
                self.coup_target(&mut d);
                self.curfew_authority(&mut d);
                self.own_act_source(&mut d);
                // no party and no place of its own: no incident reported (events/reference.rs)
                if self.unanchored_assault(&d) {
                    self.trace_drop(&d, "an assault with no party and no place of its own");
                    return None;
                }
                Some((super::learned::Cues::of(&d), self.finish(d)))
            })
            .collect()
    }
}

impl Extractor<'_, '_> {
    /// One `VEILLE_TRACE_DROPS` line on stderr: `tag`, the document id, then `fields`,
    /// tab-separated.
    fn trace_line(&self, tag: &str, fields: &[&str]) {
        eprintln!("{tag}\t{}\t{}", self.a.doc.id, fields.join("\t"));
    }

    /// With `VEILLE_TRACE_DROPS` set, one tab-separated line on stderr per dropped reading:
    /// `DROP`, document id, trigger, type, why, actors, recipients.
    fn trace_drop(&self, d: &Draft, why: &str) {
        if self.trace {
            let [trigger, kind, _, actors, recipients] = self.traced_reading(d);
            self.trace_line("DROP", &[&trigger, &kind, why, &actors, &recipients]);
        }
    }

    /// With `VEILLE_TRACE_DROPS`, a reading folded into another event (`d` into `p`, by `rule`) is
    /// printed on stderr too: one MERGE line with both triggers, types, modes and parties.
    pub(super) fn trace_merge(&self, p: &Draft, d: &Draft, rule: &str) {
        if self.trace {
            let (d, p) = (self.traced_reading(d), self.traced_reading(p));
            let fields: Vec<&str> =
                d.iter().map(String::as_str).chain([rule]).chain(p.iter().map(String::as_str)).collect();
            self.trace_line("MERGE", &fields);
        }
    }

    /// A reading as the trace prints it: trigger, type, mode ("-" for none), actors, recipients.
    fn traced_reading(&self, d: &Draft) -> [String; 5] {
        [
            self.a.text(d.trigger).to_string(),
            format!("{:?}", d.kind),
            d.mode.as_deref().unwrap_or("-").to_string(),
            party_names(&d.actor),
            party_names(&d.recipient),
        ]
    }

    /// A reading dropped by a filter leaves no record to carry the step: with `--explain`, the
    /// event kept before it (`prev`) notes the drop, the rule and the dropped trigger.
    fn note_dropped(&self, prev: Option<&mut Draft>, d: &Draft, why: &str) {
        self.trace_drop(d, why);
        if self.a.explain
            && let Some(prev) = prev
        {
            let t = self.a.text(d.trigger).to_string();
            prev.explain.push(step("filter", &format!("a later trigger dropped: {why}"), Some(t)));
        }
    }
}
