//! Document-level reasoning: who reports, who followed suit, what is no event.

use super::*;

impl<'a, 'd> Extractor<'a, 'd> {
    /// Folds the mention `d` into the event `into` it tells again (coreference): the first
    /// telling's status stands, the other slots fill in from the mention (`fill_from`), and the
    /// mention's trigger is kept as another telling, with `rule` in `--explain`.
    pub(super) fn absorb(&self, into: &mut Draft, d: &Draft, rule: &str) {
        self.trace_merge(into, d, rule);
        let status = into.status;
        fill_from(into, d);
        into.status = status;
        into.also.push((d.sentence, d.trigger));
        if self.a.explain {
            into.explain.push(step("trigger", rule, Some(self.a.text(d.trigger).to_string())));
        }
    }

    /// "Niger followed suit on Tuesday", "Alger a fait de même", "Le Niger lui a emboîté le pas":
    /// the subject did what the last act told in the three sentences before was (not a violent
    /// one, nor a participle clause's or background): the same type and mode, the same recipient,
    /// the subject as its actor, dated by its own sentence. "Alger a riposté de la même façon",
    /// "Bamako a répliqué par une mesure de réciprocité" (cue `reciprocal`): the subject answered
    /// the last sanction told before with the same measure, against its author.
    pub(super) fn followed_suit(&self, si: usize, drafts: &mut Vec<Draft>) {
        let ss = self.a.seg.sentences[si].span;
        for i in self.hits_in(ss) {
            let back = self.has_cue(i, Cue::Reciprocal);
            if !back && !self.has_cue(i, Cue::Same) {
                continue;
            }
            let hit = self.hits[i];
            let trig = Span::new(hit.start, hit.end);
            let (cs, _) = self.clause(si, hit.start);
            let Some(g) = self.subject(cs, hit.start) else { continue };
            let (actor, actor_kinds) = self.group_refs(g);
            if actor.iter().all(|r| r.id.is_none()) {
                continue;
            }
            let Some(prev) = drafts.iter().rev().find(|p| {
                p.sentence + 3 >= si
                    && p.trigger.end <= hit.start
                    && !p.background
                    && !p.participle
                    && p.kind != EventType::Assault
                    && p.actor.iter().any(|r| r.id.is_some())
                    && (!back || p.kind == EventType::Sanction)
            }) else {
                continue;
            };
            if same_ids(&prev.actor, &actor) {
                continue;
            }
            let mut d = prev.clone();
            // the same act against the same recipients, or, answered in kind, against its author
            let (theirs, kinds) = if back {
                (&prev.actor, &prev.actor_kinds)
            } else {
                (&prev.recipient, &prev.recipient_kinds)
            };
            let keep = |r: &ActorRef| !actor.iter().any(|x| same_party(x, r)) && (!back || r.id.is_some());
            d.recipient = theirs.iter().filter(|r| keep(r)).cloned().collect();
            d.recipient_kinds = theirs.iter().zip(kinds).filter(|(r, _)| keep(r)).map(|(_, k)| *k).collect();
            d.actor = actor;
            d.actor_kinds = actor_kinds;
            d.sentence = si;
            d.trigger = trig;
            d.evidence = ss;
            d.source = Vec::new();
            d.status = Status::Asserted;
            d.location = None;
            d.location_reason = None;
            d.quantities = Vec::new();
            d.also = Vec::new();
            d.subject_pron = false;
            d.subject_anaphor = false;
            d.definite_noun = false;
            d.nominal = false;
            d.coordinated = false;
            let mut ex = Vec::new();
            let explain = self.a.explain;
            let mut note = |slot: &str, rule: &str, text: Option<&str>| {
                if explain {
                    ex.push(step(slot, rule, text.map(str::to_string)));
                }
            };
            note(
                "trigger",
                if back {
                    "`reciprocal`: the measure told before, by the subject against its author"
                } else {
                    "`followed suit`: the act told before, by the subject"
                },
                Some(self.a.text(prev.trigger)),
            );
            (d.date, d.date_precision, d.date_reason) = self.date(si, trig, &mut note);
            d.explain = ex;
            drafts.push(d);
        }
    }

    /// The one state whose force, government or officials are the only parties reporting in the
    /// article ("Dans un communiqué, l'état-major …", "selon l'armée", "Le Gouvernement informe
    /// que …", "the military said"): its force if one speaks, else its government or the state. None
    /// when parties of two states, or an armed group, speak.
    pub(super) fn reporter(&self) -> Option<(ActorRef, EntityType, &'a str)> {
        let ents = &self.a.entities;
        let mut cc: Option<&'a str> = None;
        let mut best: Option<usize> = None;
        for x in &self.hits {
            let e = self.lex.entry(x);
            let accord = e.has(Cue::Accord);
            if !(accord || e.has(Cue::Speech)) || self.in_dateline(Span::new(x.start, x.end)) {
                continue;
            }
            let si = self.sentence_of(x.start);
            let ss = self.a.seg.sentences[si].span;
            // "selon l'état-major", ", a indiqué l'armée": the party right after
            let after =
                self.groups_in(x.end, ss.end).next().filter(|g| self.tokens_between(x.end, g.start) <= 4);
            let g = if accord {
                after
            } else {
                let (cs, _) = self.clause(si, x.start);
                self.subject(cs, x.start).or(after)
            };
            let Some(g) = g else { continue };
            for &m in &g.ments {
                let en = &ents[m];
                if en.id.is_none() {
                    continue;
                }
                match en.kind {
                    EntityType::StateForce | EntityType::Country => {}
                    EntityType::ArmedGroup | EntityType::Militia | EntityType::Pmc => return None,
                    // a person speaks for the state only through a state office in the KB; a
                    // group's leader speaks for the group
                    EntityType::Person => {
                        let Some(kb) = self.kb else { continue };
                        let kind_of = |org: &str| kb.get(org).map(|o| o.kind);
                        let roles = kb.roles_of(en.id.as_deref().unwrap_or_default());
                        if roles.iter().any(|r| {
                            matches!(kind_of(&r.org), Some(EntityType::ArmedGroup | EntityType::Militia))
                        }) {
                            return None;
                        }
                        if !roles.iter().any(|r| {
                            matches!(kind_of(&r.org), Some(EntityType::Country | EntityType::StateForce))
                        }) {
                            continue;
                        }
                    }
                    _ => continue,
                }
                let Some(c) = en.country.as_deref() else { continue };
                if cc.is_some_and(|k| k != c) {
                    return None;
                }
                cc = Some(c);
                let rank = |k: EntityType| match k {
                    EntityType::StateForce => 0,
                    EntityType::Country => 1,
                    _ => 2,
                };
                if best.is_none_or(|b| rank(en.kind) < rank(ents[b].kind)) {
                    best = Some(m);
                }
            }
        }
        let (cc, b) = (cc?, &ents[best?]);
        if b.kind == EntityType::Person {
            return Some((self.state_ref(cc), EntityType::Country, cc));
        }
        Some((ActorRef { id: b.id.clone(), name: b.name.clone(), acled_class: None }, b.kind, cc))
    }

    /// "Toujours selon l'état-major, des frappes aériennes ont visé un regroupement de terroristes",
    /// "Huit individus ont été interpellés": in an article where one state's force, government or
    /// officials alone report, an operation with no named author is the reporter's own (arrests,
    /// seizures, restrictions, deployments; strikes on an enemy or from the air, never on
    /// civilians nor on the reporter's own side). The reporter is its source when it has none.
    pub(super) fn reporters_operations(&self, drafts: &mut [Draft]) {
        let Some((rep, rep_kind, cc)) = self.reporter() else { return };
        let ents = &self.a.entities;
        let country_of = |id: &str| {
            ents.iter()
                .find(|e| e.id.as_deref() == Some(id))
                .and_then(|e| e.country.as_deref())
                .or_else(|| self.kb.and_then(|kb| kb.country_of(id)))
        };
        for d in drafts.iter_mut() {
            // (an event too bare to be reported without the reporter stays unreported: no place,
            // no named party, or for non-violent acts no party at all)
            let kept = d.location.is_some()
                || !d.quantities.is_empty()
                || d.recipient.iter().any(|r| r.id.is_some());
            let kept = (kept || (d.kind == EventType::Assault && d.enemy && !d.recipient.is_empty()))
                && (d.kind == EventType::Assault || !d.recipient.is_empty());
            if d.background || !d.actor.is_empty() || !kept {
                continue;
            }
            let own_side =
                d.recipient.iter().any(|r| r.id.as_deref().is_some_and(|id| country_of(id) == Some(cc)));
            let operation = match d.kind {
                EventType::Coerce | EventType::Mobilize => true,
                EventType::Assault => {
                    !d.civilians && (d.enemy || matches!(d.mode.as_deref(), Some("aerial" | "drone")))
                }
                _ => false,
            };
            if own_side || !operation {
                continue;
            }
            d.actor = vec![rep.clone()];
            d.actor_kinds = vec![rep_kind];
            if self.a.explain {
                d.explain.push(step(
                    "actor",
                    "no named author: the operation of the state force or government reporting in the article",
                    Some(rep.name.clone()),
                ));
            }
            if d.source.is_empty() {
                d.source = vec![rep.clone()];
                // an army's own operation report (EVAL.md guideline 6)
                if rep_kind == EntityType::StateForce && d.status == Status::Asserted {
                    d.status = Status::Claimed;
                }
            }
        }
    }

    /// `d` has an actor and all its parties are descriptions ("des habitants", "the attackers"):
    /// no entity, no proper name, no armed party (a description of soldiers or fighters is a
    /// party: "quelque 600 militaires tchadiens doivent être déployés"), no identified source.
    pub(super) fn descriptions_only(&self, d: &Draft) -> bool {
        !d.actor.is_empty()
            && d.actor.iter().zip(&d.actor_kinds).chain(d.recipient.iter().zip(&d.recipient_kinds)).all(
                |(r, &k)| {
                    r.id.is_none()
                        && !is_party(k)
                        && !self.proper_name(&r.name)
                        && !self.speaker_name(&r.name)
                },
            )
            && !d.actor.iter().any(|r| self.names_armed_party(&r.name))
            && d.source.iter().all(|r| r.id.is_none())
    }

    /// A reading that names no event of its own, whatever its arguments: people fleeing or
    /// evacuated, support told by a participle qualifying a noun, one party "adopting" a text,
    /// cooperation with one side only.
    pub(super) fn not_an_event(&self, d: &Draft) -> Option<&'static str> {
        if self.flight_under_fire(d) {
            return Some("attackers falling back under a strike: its targets, no withdrawal");
        }
        if self.defused_device(d) {
            return Some("an explosive device defused, found or made: no attack");
        }
        if self.ended_agreement(d) {
            return Some("an agreement or cooperation ended, scrapped or denounced: no agreement of its own");
        }
        if self.time_given(d) {
            return Some("a span of time given: a deadline, not aid");
        }
        if self.generic_delivery(d) {
            return Some("aid told of a quantified noun ('any convoy that'): a kind, no delivery");
        }
        if let Some(rule) = self.no_statement_of_support(d) {
            return Some(rule);
        }
        if self.force_mourning(d) {
            return Some("a force regretting its own dead: a toll, no disapproval");
        }
        if self.denounced_accusation(d) {
            return Some("denouncing an accusation answers it: no accusation of its own");
        }
        if self.stationed_state(d) {
            return Some("a participle of presence qualifying a noun: where forces are, no deployment");
        }
        // "en vertu du décret de « mobilisation générale » adopté en avril 2023": a text adopted by
        // one party is a decision, in the background as well
        if d.kind == EventType::Agree && d.joint && d.actor.len() + d.recipient.len() < 2 {
            return Some("one party adopting a text: a decision, not an agreement");
        }
        if self.en_loot_of_attack(d) {
            return Some("weapons taken by an armed group: loot of its attack, no seizure of its own");
        }
        // "airlifted food to besieged towns", "the kidnapped schoolgirls": an English participle
        // between a determiner or preposition and its noun qualifies the noun, no act of its own
        if self.prenominal_participle(d) {
            return Some("a participle before its noun qualifies it: no event of its own");
        }
        // "supplies reach the town mostly by air", "any convoy bringing supplies", "NGOs say
        // deliveries have slowed": aid is given by a named donor (a state, an agency, an NGO); told of
        // descriptions only, or of no party, it is goods moving, not an act of aid
        if d.kind == EventType::Aid
            && d.actor.iter().zip(&d.actor_kinds).chain(d.recipient.iter().zip(&d.recipient_kinds)).all(
                |(r, &k)| {
                    r.id.is_none()
                        && !is_party(k)
                        && !self.proper_name(&r.name)
                        // ("The Sokoto state government": a proper name inside the description)
                        && !r.name.split_whitespace().skip(1).any(|w| w.starts_with(char::is_uppercase))
                },
            )
            && d.source.iter().all(|r| r.id.is_none())
        {
            return Some("aid with no identified donor or receiver");
        }
        // "with food and fuel arriving mostly by air": a movement told of things or descriptions
        // naming no armed party is no mobilization, in the background as well
        if d.background && d.kind == EventType::Mobilize && self.descriptions_only(d) {
            return Some("a movement with no identified party");
        }
        // "des renforts, appuyés par des éléments de l'Africa Corps, sont arrivés", "une offensive
        // largement appuyée par des drones": a participle qualifying a noun tells who took part,
        // not a statement of support (in the background as well)
        if d.kind == EventType::Support && !d.nominal && self.reduced_participle_by(d) {
            return Some("support told by a participle qualifying a noun: no statement of support");
        }
        if d.background {
            return None;
        }
        match d.kind {
            // "des centaines d'habitants ont quitté le village", "une douzaine de blessés ont été
            // évacués", "women who had left the town": civilians fleeing are no party withdrawing
            EventType::Retreat
                if d.mode.as_deref() == Some("withdraw")
                    && !d.actor.is_empty()
                    && d.actor.iter().all(|r| r.id.is_none() && self.noncombatants(d.sentence, &r.name)) =>
            {
                Some("civilians fleeing or evacuated: no party withdraws")
            }
            // "les candidats ont jusqu'au 15 février pour se faire enrôler", "the attackers, who
            // arrived in gun trucks", "the army chief of staff visiting wounded troops": a
            // mobilization, a meeting, an accusation or a threat is a party's act; told of
            // descriptions only, it is movement or talk, not such an event (an actor the text does
            // not give, or an identified party asserting it, leaves it alone)
            EventType::Mobilize | EventType::Consult | EventType::Accuse | EventType::Threaten
                if self.descriptions_only(d) && !self.armed_description_demand(d) =>
            {
                Some("a state-level act with no identified party")
            }
            // "en étroite collaboration avec les FAMa", "Without cooperation with Niger…": cooperation
            // is between two sides (or the members of an alliance); with one side only, it names a
            // manner or a wish, not a joint act
            // (a government and its own army are one side: "le Gouvernement… les services de
            // renseignement, en étroite collaboration avec les FAMa")
            EventType::Cooperate
                if self.sides(d) < 2
                    && !d.actor_kinds.iter().chain(&d.recipient_kinds).any(|&k| k == EntityType::Igo) =>
            {
                Some("cooperation with one side only")
            }
            // "le gouvernement a adopté un décret": an agreement needs two parties
            EventType::Agree if d.joint && d.actor.len() + d.recipient.len() < 2 => {
                Some("one party adopting a text: a decision, not an agreement")
            }
            _ => None,
        }
    }

    /// How many sides the parties of `d` make: resolved parties of one state count once, every
    /// unresolved description once.
    pub(super) fn sides(&self, d: &Draft) -> usize {
        let parties: Vec<&ActorRef> = d.actor.iter().chain(&d.recipient).collect();
        parties
            .iter()
            .enumerate()
            .filter(|(i, r)| match r.id.as_deref() {
                Some(id) => !parties[..*i]
                    .iter()
                    .any(|p| p.id.as_deref().is_some_and(|q| party_key(q) == party_key(id))),
                None => true,
            })
            .count()
    }

    /// `name` is a proper name the tagger (or an acronym defined in the text) found, though the
    /// knowledge base lacks it ("Iraqi President Saddam Hussein", "The Hamas", "Ceasefire
    /// Violations Committee"): an identified party, not a description like "the attackers". A
    /// tagger name in capitals only may be a generic noun ("l'ONG Alarme Phone Sahara" tagged
    /// "ONG"): it needs a capitalised word in lower case.
    pub(super) fn proper_name(&self, name: &str) -> bool {
        let cased = |w: &str| w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase);
        self.a.entities.iter().any(|e| {
            e.id.is_none()
                && e.name == name
                && match e.source {
                    MentionSource::Acronym => true,
                    MentionSource::Tagger => name.split_whitespace().any(cased),
                    _ => false,
                }
        })
    }

    /// A description of soldiers, fighters or attackers: a word of `name` that `anaphora.tsv` lists
    /// with its definite article ("militaires" as in "les militaires", "troops" as in "the troops").
    pub(super) fn names_armed_party(&self, name: &str) -> bool {
        let lang = self.a.doc.lang;
        let det = if lang == veille_core::Lang::En { "the" } else { "les" };
        let phrases = crate::anaphora::PHRASES.get();
        // (an organisation or agency, "l'ONG", is no armed party)
        let armed = |p: &str| {
            phrases.class(lang, p).is_some_and(|c| {
                !c.tiers()
                    .iter()
                    .flat_map(|t| t.iter())
                    .any(|k| matches!(k, EntityType::OtherOrg | EntityType::Igo))
            })
        };
        name.split_whitespace().any(|w| armed(w) || armed(&format!("{det} {w}")))
    }

    /// The unresolved party `name`, as written in sentence `si`, is headed by civilians, people or
    /// the wounded (cues `civilian`, `evacuee`, `injured`).
    pub(super) fn noncombatants(&self, si: usize, name: &str) -> bool {
        let ss = self.a.seg.sentences[si].span;
        let Some(off) = self.a.doc.text[ss.start..ss.end].find(name) else { return false };
        let span = Span::new(ss.start + off, ss.start + off + name.len());
        self.hits[self.hits_in(span)].iter().any(|x| {
            let e = self.lex.entry(x);
            e.has(Cue::Civilian) || e.has(Cue::Evacuee) || e.has(Cue::Injured)
        })
    }

    /// A verb trigger used as a past participle with no auxiliary before it in its clause, or
    /// right after a comma, and its agent right after it ("appuyés par", "backed by").
    pub(super) fn reduced_participle_by(&self, d: &Draft) -> bool {
        let toks = &self.a.seg.tokens;
        let n = toks.partition_point(|t| t.span.start < d.trigger.end);
        let by = toks
            .get(n)
            .is_some_and(|_| self.cues_at(toks[n].span.start).is_some_and(|(_, c)| c.contains(&Cue::By)));
        let word = self.a.text(d.trigger);
        let en = self.a.doc.lang == veille_core::Lang::En;
        let participle = if en {
            word.ends_with("ed")
        } else {
            ["é", "ée", "és", "ées", "u", "ue", "us", "ues"].iter().any(|e| word.ends_with(e))
        };
        if !by || !participle || word.contains(' ') {
            return false;
        }
        let Some(t) = self.tok_before(d.trigger.start) else { return false };
        if self.tok_text(t) == "," {
            return true;
        }
        let (cs, _) = self.clause(d.sentence, d.trigger.start);
        if self.after_noun(t, cs, en) {
            return true;
        }
        let first = toks.partition_point(|t| t.span.start < cs);
        !toks[first..=t].iter().enumerate().any(|(i, tk)| {
            (!en && self.tok_is(first + i, &["a", "ont", "est", "sont", "et"]))
                || self.tok_is(first + i, &["and", "qui", "que", "who", "which", "that"])
                || self.cues_at(tk.span.start).is_some_and(|(_, c)| {
                    c.iter().any(|c| matches!(c, Cue::Aux | Cue::Passive | Cue::Refl | Cue::Pron))
                })
        })
    }

    /// Token `t` (or the word before it, when `t` is an adverb in "-ment"/"-ly") is a word of the
    /// clause starting at `cs`, inside an assault or mobilization trigger, that is no auxiliary,
    /// copula, pronoun or conjunction: a participle right after it qualifies that operation ("une opération de ratissage appuyée par un hélicoptère",
    /// "une offensive largement appuyée par des drones", "troops backed by"), with any auxiliary
    /// before in the clause belonging to another verb ("l'armée a lancé une opération appuyée par").
    fn after_noun(&self, t: usize, cs: usize, en: bool) -> bool {
        let toks = &self.a.seg.tokens;
        let adverb = |k: usize| {
            let w = self.tok_text(k);
            if en { w.ends_with("ly") } else { w.ends_with("ment") }
        };
        let k = if adverb(t) && t > 0 { t - 1 } else { t };
        if toks[k].span.start < cs || toks[k].kind != veille_text::TokenKind::Word {
            return false;
        }
        // (the noun tells an operation or an assault: "une décision saluée par la société civile"
        // is a statement of support)
        let ks = toks[k].span;
        let i = self.hits.partition_point(|h| h.start <= ks.start);
        let operation = self.hits[..i].iter().rev().take(8).filter(|h| h.end >= ks.end).any(|h| {
            self.lex.entry(h).senses.iter().any(|&x| {
                matches!(self.lex.senses[x as usize].kind, EventType::Assault | EventType::Mobilize)
            })
        });
        // (auxiliaries, copulas and pronouns are cues; "a", conjunctions and relatives are not)
        operation
            && !self.tok_is(k, &["a", "et", "ou", "qui", "que", "and", "or", "who", "which", "that"])
            && !self.cues_at(ks.start).is_some_and(|(_, c)| {
                c.iter().any(|c| matches!(c, Cue::Aux | Cue::Passive | Cue::Refl | Cue::Pron))
            })
    }

    /// The one country of every place mention that has one (datelines aside), with how many
    /// mentions name it; `None` when two countries occur, or none.
    pub(super) fn one_place_country(&self) -> Option<(&'a str, usize)> {
        let mut cc: Option<&'a str> = None;
        let mut n = 0;
        for p in &self.a.places {
            if self.in_dateline(p.span) {
                continue;
            }
            // "a signé à Moscou": a city abroad where diplomacy happens is no second scene
            if veille_geo::is_foreign_city(p) {
                continue;
            }
            let Some(c) = p.country.as_deref() else { continue };
            match cc {
                Some(x) if x != c => return None,
                _ => cc = Some(c),
            }
            n += 1;
        }
        cc.map(|c| (c, n))
    }

    /// An English past participle trigger between a determiner or preposition and the noun it
    /// qualifies ("the besieged town", "to besieged towns", "the kidnapped students").
    pub(super) fn prenominal_participle(&self, d: &Draft) -> bool {
        if self.a.doc.lang != veille_core::Lang::En || d.nominal {
            return false;
        }
        let word = self.a.text(d.trigger);
        if word.contains(' ') || !word.ends_with("ed") || word.starts_with(char::is_uppercase) {
            return false;
        }
        let toks = &self.a.seg.tokens;
        let Some(t) = self.tok_before(d.trigger.start) else { return false };
        let n = toks.partition_point(|x| x.span.start < d.trigger.end);
        let Some(next) = toks.get(n) else { return false };
        const BEFORE: &[&str] = &[
            "the", "a", "an", "to", "of", "in", "for", "on", "at", "from", "into", "its", "their", "his",
            "her", "our", "these", "those",
        ];
        // a noun of people may carry a casualty or civilian cue ("12 kidnapped travellers")
        let people_cues = |c: &[Cue]| {
            c.iter().all(|c| {
                matches!(
                    c,
                    Cue::Civilian | Cue::UTroops | Cue::Fatal | Cue::Injured | Cue::Abducted | Cue::Deportee
                )
            })
        };
        let noun_after = next.kind == veille_text::TokenKind::Word
            && self.tok_text(n).starts_with(char::is_lowercase)
            && self.word_class(n).is_none()
            && self.cues_at(next.span.start).is_none_or(|(x, c)| {
                self.lex.entry(&self.hits[x]).senses.is_empty()
                    && self.hits[x].start == next.span.start
                    && people_cues(c)
            })
            && !self
                .tok_is(n, &["by", "and", "or", "as", "after", "before", "with", "near", "during", "when"]);
        // a figure before it: "12 kidnapped travellers", "two abducted aid workers" (not a year)
        let figure_before = {
            let w = self.tok_text(t);
            (w.len() < 4 && w.bytes().all(|c| c.is_ascii_digit()))
                || self.tok_is(
                    t,
                    &[
                        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
                        "hundreds", "several", "other",
                    ],
                )
        };
        (self.tok_is(t, BEFORE) || figure_before) && noun_after
    }

    /// "saying its fighters had killed 23 soldiers and seized armored vehicles", "claimed
    /// responsibility … and seized weapons", "qui affirme avoir tué « vingt apostats » et saisi des
    /// armes": weapons or military vehicles an armed group takes are the loot of its attack, not a
    /// seizure (COERCE) of their own; a state force's seizure of weapons stays an operation.
    pub(super) fn en_loot_of_attack(&self, d: &Draft) -> bool {
        if d.kind != EventType::Coerce
            || d.mode.as_deref() != Some("seize")
            || d.actor.is_empty()
            || !d.actor_kinds.iter().all(|&k| matches!(k, EntityType::ArmedGroup | EntityType::Militia))
        {
            return false;
        }
        let ss = self.a.seg.sentences[d.sentence].span;
        let end = self.first_comma(d.trigger.end, ss.end);
        self.hits[self.hits_in(Span::new(d.trigger.end, end))]
            .iter()
            .any(|x| self.lex.entry(x).has(Cue::UWeapons) && self.tokens_between(d.trigger.end, x.start) <= 4)
    }
}
