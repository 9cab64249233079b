//! One trigger hit to one draft event: actor, recipient, source, status, mode.

use super::*;

impl<'a, 'd> Extractor<'a, 'd> {
    pub(super) fn draft(&self, si: usize, h: usize, sense: &Sense) -> Option<Draft> {
        let a = self.a;
        let hit = self.hits[h];
        let trig = Span::new(hit.start, hit.end);
        let ss = a.seg.sentences[si].span;
        let (cs, ce) = self.clause(si, hit.start);
        let mut ex: Vec<ExplainStep> = Vec::new();
        let explain = a.explain;
        let mut note = |slot: &str, rule: &str, text: Option<&str>| {
            if explain {
                ex.push(step(slot, rule, text.map(str::to_string)));
            }
        };
        // "les deux journalistes, interpellés vendredi par…": a past participle in apposition
        let apposition = self.apposition_comma(h, sense);
        let bare = apposition.is_none()
            && ((!self.is_passive(h, sense) && self.bare_participle(h, sense, cs))
                // (a participle qualifying its noun reaches its agent as far: "Cinq ouvriers
                // indiens enlevés en avril dans le sud-ouest du Niger par des jihadistes")
                || (!sense.subj_recipient && self.adjectival_participle(h)));
        // "called on the authorities to release a journalist detained since May", "nine FLA
        // fighters detained in Bamako": an English participle qualifying the noun before it
        let postnominal = apposition.is_none() && self.postnominal_participle(h, sense, cs);
        let bare = bare || postnominal;
        let voice =
            if apposition.is_some() || bare || self.is_passive(h, sense) { "passive" } else { "active" };
        if explain {
            note(
                "trigger",
                &format!("lexicon `{}` ({:?}, {voice})", sense.entry, sense.pos).to_lowercase(),
                Some(a.text(trig)),
            );
        }

        // -- arguments
        // ", tuant quatre gardes" / ", killing four soldiers": the participle shares the main
        // clause's event and has no subject of its own
        let form = self.lex.forms[hit.entry as usize].as_str();
        let participle_clause = (form.ends_with("ant") || form.ends_with("ing"))
            && self
                .tok_before(hit.start)
                .is_some_and(|t| &a.doc.text[a.seg.tokens[t].span.start..a.seg.tokens[t].span.end] == ",");
        let subj = match apposition {
            // the noun the participle qualifies, right before its comma
            Some(c) => {
                self.group_ending_before(c).filter(|g| g.end >= cs && self.tokens_between(g.end, c) == 0)
            }
            None if participle_clause => None,
            // (its noun is the patient: the group right before it, else the noun phrase there)
            None if postnominal => self
                .group_ending_before(hit.start)
                .filter(|g| g.end >= cs && self.tokens_between(g.end, hit.start) <= 1),
            None if sense.pos == Pos::Noun && self.condemned_object(hit.start, cs) => None,
            // ", affichant leur soutien aux militaires", ", voicing its support for": the noun
            // object of a participle after a comma takes the subject of the sentence's main clause
            None if sense.pos == Pos::Noun && self.participle_object(hit.start, cs) => {
                let (mcs, mce) = self.clause(si, ss.start);
                self.subject(mcs, mce.min(hit.start))
            }
            None => self.subject(cs, hit.start).or_else(|| self.subject_before_quote(si, cs, hit.start)),
        };
        // "La partie AES a réaffirmé sa décision de quitter la CEDEAO et a rejeté…": a group after
        // another verb of the clause is that verb's object, never the subject of a coordinated
        // verb; the subject is the one of the clause before (or none)
        let subj = match subj {
            Some(g)
                if sense.pos == Pos::Verb
                    && self.coordinated_verb(hit.start)
                    && self.hits[self.hits_in(Span::new(cs, g.start))]
                        .iter()
                        .any(|x| !self.lex.entry(x).senses.is_empty()) =>
            {
                // (up to three clauses back: "assure que l'appareil n'a jamais quitté … et accuse")
                let mut end = cs;
                let mut found = None;
                for _ in 0..3 {
                    if end <= ss.start {
                        break;
                    }
                    let pcs = self.clause(si, end - 1).0;
                    found = self.subject(pcs, end).filter(|p| p.end <= end);
                    if found.is_some() || pcs >= end {
                        break;
                    }
                    end = pcs;
                }
                found
            }
            s => s,
        };
        let rce = self.first_comma(hit.end, ce);
        let right: Vec<(&Group, Option<Cue>)> =
            self.groups_in(hit.end, rce).map(|g| (g, self.marker(g, cs))).collect();
        let first = |c: Option<Cue>| right.iter().find(|(_, m)| *m == c).map(|(g, _)| *g);
        let near = |g: &&Group| self.tokens_between(hit.end, g.start) <= 8;
        // the agent may follow a comma: "tués près de Tabatol, …, par des combattants de l'EIGS"
        // the agent phrase: the first "par"/"by" of the clause right after the trigger or after a
        // comma ("tués samedi à Gayéri, chef-lieu de la province, par des jihadistes présumés"); a
        // "par" further on belongs to another verb ("selon des habitants joints par l'AFP")
        let by_hit = self.hits[self.hits_in(Span::new(hit.end, ce))]
            .iter()
            .find(|x| self.lex.entry(x).has(Cue::By))
            .copied();
        let first_by = by_hit.filter(|x| {
            self.tokens_between(hit.end, x.start) <= 3
                    || self.tok_before(x.start).is_some_and(|t| self.tok_text(t) == ",")
                    // "enlevés en avril dans le sud-ouest du Niger par des jihadistes": a bare
                    // participle's agent, no other verb between
                    || (bare
                        && self.tokens_between(hit.end, x.start) <= 12
                        // ("Les personnes libérées ont été prises en charge par…": the agent of
                        // the verb group between)
                        && !self.auxiliary_between(hit.end, x.start)
                        && !self.hits[self.hits_in(Span::new(hit.end, x.start))]
                            .iter()
                            .any(|y| !self.lex.entry(y).senses.is_empty()))
        });
        let by_g = first(Some(Cue::By))
            .or_else(|| self.groups_in(hit.end, ce).find(|g| self.marker(g, cs) == Some(Cue::By)))
            // "tuées mardi dans une embuscade tendue à un convoi escorté par l'armée": a "par"
            // too far from the trigger, with no comma before it, after another past participle,
            // is that participle's agent
            .filter(|g| {
                first_by.is_some()
                    || by_hit
                        .is_none_or(|h| g.start < h.start || !self.participle_word_between(hit.end, h.start))
            })
            .filter(|g| {
                first_by.is_none_or(|b| {
                    // "par des combattants de l'EIGS": the group completes the agent noun
                    g.start < b.start
                        || (self.tokens_between(b.end, g.start) <= 4
                            && self.groups_in(b.end, ce).next().is_some_and(|n| n.start == g.start))
                })
            })
            // a noun's agent follows it closely ("l'attaque par le JNIM"), not the agent of a
            // participle further on ("une enquête sur des violences commises par …")
            .filter(|g| sense.pos != Pos::Noun || self.noun_agent_near(hit.end, g.start));
        let against_g = first(Some(Cue::Against));
        let dat_g = first(Some(Cue::Dat));
        let with_g = first(Some(Cue::With));
        // "the departure of French troops": a noun trigger that ends on its own "of"/"de" has the
        // group right after it as its de-complement (the preposition is inside the trigger)
        let own_of = sense.pos == Pos::Noun
            && self.tok_before(hit.end).is_some_and(|t| {
                a.seg.tokens[t].span.start > hit.start && self.tok_is(t, &["of", "de", "du", "des", "d'"])
            });
        let gen_g = first(Some(Cue::Gen))
            .or_else(|| {
                right
                    .first()
                    .filter(|(g, m)| own_of && m.is_none() && self.only_function_words(hit.end, g.start))
                    .map(|(g, _)| *g)
            })
            .filter(near);
        let gen_adj = gen_g.filter(|g| self.only_function_words(hit.end, g.start)).or_else(|| {
            // "le retrait des militaires de l'opération Barkhane", "le retrait de la force
            // française Barkhane": the party completing the troops or unit named after the noun
            right.iter().map(|(g, _)| *g).find(|g| self.troops_of_party(sense, hit.end, g))
        });
        // "les accusations répétées du gouvernement burkinabè": one adjective before the party
        // completing a statement noun (events/modified_noun.rs)
        let gen_adj =
            gen_adj.or_else(|| gen_g.filter(|g| self.modified_statement_noun(sense, hit.end, g.start)));
        let do_g = first(None).filter(near);
        // a second "de" complement: "une frappe de l'armée … un rassemblement de l'EIGS"
        let gen2 = right
            .iter()
            .filter(|(g, m)| *m == Some(Cue::Gen) && Some(g.start) != gen_adj.map(|x| x.start))
            .map(|(g, _)| *g)
            .find(|g| self.tokens_between(hit.end, g.start) <= 10);
        let passive = voice == "passive";
        // an English gerund with no article before it and no "of" after it ("of killing villagers";
        // not "the killing of an imam")
        let gerund = sense.pos == Pos::Noun
            && form.ends_with("ing")
            && self.tok_before(hit.start).is_none_or(|t| {
                self.cues_at(a.seg.tokens[t].span.start).is_none_or(|(_, c)| !c.contains(&Cue::Det))
            })
            && {
                let n = a.seg.tokens.partition_point(|t| t.span.start < hit.end);
                n < a.seg.tokens.len()
                    && !matches!(self.tok_text(n), "of" | "by")
                    && a.seg.tokens[n].kind != veille_text::TokenKind::Punct
            };
        let patient_gen = matches!(
            sense.mode.as_deref(),
            Some(
                "abduct"
                    | "arrest"
                    | "release"
                    | "targeted"
                    | "torture"
                    | "expel"
                    | "restrict"
                    | "censor"
                    | "deport"
                    | "convict"
            )
        );
        let mut kind = sense.kind;
        let mut mode = sense.mode.clone();
        // "a condamné deux officiers à dix ans de prison": a court's sentence, not a condemnation
        if kind == EventType::Accuse
            && self.lex.forms[hit.entry as usize].starts_with("condamn")
            && self.hits[self.hits_in(ss)].iter().any(|x| self.lex.entry(x).has(Cue::Penal))
        {
            kind = EventType::Sanction;
            mode = Some("convict".to_string());
        }
        // suspending a broadcaster or expelling journalists: censorship and deportation (COERCE)
        if kind == EventType::Sanction
            && matches!(mode.as_deref(), Some("discontinue" | "expel"))
            && self.object_of_class(hit.start, hit.end, cs, ce, passive, Cue::Media)
        {
            mode = Some(if mode.as_deref() == Some("expel") { "deport" } else { "censor" }.to_string());
            kind = EventType::Coerce;
        }

        // "a suspendu trois ONG", "suspended political parties", "a suspendu la Constitution": a
        // body, a right or an activity suspended is restricted by the authority (COERCE), not a
        // sanction between states ("a suspendu son aide aux ONG" stays one)
        if kind == EventType::Sanction
            && mode.as_deref() == Some("discontinue")
            && self.lex.forms[hit.entry as usize].starts_with("suspen")
            && self.object_of_class(hit.start, hit.end, cs, ce, passive, Cue::Restricted)
        {
            mode = Some("restrict".to_string());
            kind = EventType::Coerce;
        }

        // "ont suspendu les activités de RFI": a medium's suspended activities are censorship too
        if kind == EventType::Coerce
            && mode.as_deref() == Some("restrict")
            && self.lex.forms[hit.entry as usize].starts_with("suspen")
            && self.object_of_class(hit.start, hit.end, cs, ce, passive, Cue::Media)
        {
            mode = Some("censor".to_string());
        }

        // "plus de 150 migrants ont été expulsés d'Algérie": expelling migrants, refugees or
        // foreign nationals is deportation (COERCE), not a diplomatic sanction
        if kind == EventType::Sanction
            && mode.as_deref() == Some("expel")
            && self.hits[self.hits_in(Span::new(cs, self.first_comma(hit.end, ce)))]
                .iter()
                .any(|x| self.lex.entry(x).has(Cue::Deportee))
        {
            mode = Some("deport".to_string());
            kind = EventType::Coerce;
        }

        // -- background
        let mut background = false;
        {
            let mut pos = hit.start;
            for _ in 0..4 {
                let Some(t) = self.tok_before(pos) else { break };
                let ts = a.seg.tokens[t].span.start;
                if ts < ss.start {
                    break;
                }
                if let Some((ph, cues)) = self.cues_at(ts) {
                    if cues.contains(&Cue::Background) {
                        background = true;
                        note(
                            "background",
                            "context phrase before the trigger",
                            Some(a.text(Span::new(self.hits[ph].start, self.hits[ph].end))),
                        );
                        break;
                    }
                    pos = self.hits[ph].start;
                } else {
                    pos = ts;
                }
            }
        }

        // "a refusé la demande de l'ONU", "une enquête sur des allégations de violences": a noun
        // that a refusal or an investigation is about names an earlier event
        if !background && sense.pos == Pos::Noun {
            let mut pos = hit.start;
            for _ in 0..4 {
                let Some(t) = self.tok_before(pos) else { break };
                let ts = a.seg.tokens[t].span.start;
                if ts < cs {
                    break;
                }
                let Some((ph, cues)) = self.cues_at(ts) else { break };
                let pe = self.lex.entry(&self.hits[ph]);
                if let Some(&ps) = pe.senses.first() {
                    let gov = &self.lex.senses[ps as usize];
                    let about = gov.kind == EventType::Reject
                        || (gov.kind == EventType::Accuse && gov.mode.as_deref() == Some("investigate"));
                    if about {
                        background = true;
                        note(
                            "background",
                            "object of a refusal or an investigation",
                            Some(a.text(Span::new(self.hits[ph].start, self.hits[ph].end))),
                        );
                    }
                    break;
                }
                let word = veille_text::fold_str(self.tok_text(t));
                if !(cues.contains(&Cue::Det)
                    || cues.contains(&Cue::Gen)
                    || matches!(word.as_str(), "sur" | "into" | "about"))
                {
                    break;
                }
                pos = self.hits[ph].start;
            }
        }

        let reference = self.reaction_reference(hit.start, si, sense);
        if reference {
            note(
                "actor",
                "assault noun named by a reaction or a context phrase: the clause subject is not its author",
                None,
            );
        }
        let (mut actor_g, mut recipient_g): (Option<&Group>, Option<&Group>) = (None, None);
        let mut rules: (&'static str, &'static str) = ("", "");
        // "le retrait du Burkina Faso de la Cedeao", "exigé le retrait des forces françaises": a
        // party named right after a withdrawal noun is the one withdrawing, not the clause subject
        // ("son retrait du Mali": after a possessive, "du Mali" is the place left)
        // ("Wagner, dont le départ du Mali…": the party before ", dont" owns it, events/withdrawal.rs)
        let dont_owner =
            (kind == EventType::Retreat && mode.as_deref() == Some("withdraw") && sense.pos == Pos::Noun)
                .then(|| self.dont_antecedent(hit.start))
                .flatten();
        let possessive = dont_owner.is_some()
            || self.tok_before(hit.start).is_some_and(|t| {
                matches!(
                    veille_text::fold_cow(self.tok_text(t)).as_ref(),
                    "son" | "sa" | "ses" | "leur" | "leurs" | "its" | "their" | "his" | "her"
                )
            });
        // "the withdrawal from Niger": "from" names the place left, never the one leaving
        let from_complement = gen_adj.is_some_and(|g| {
            self.tok_before(g.start).is_some_and(|t| veille_text::fold_cow(self.tok_text(t)) == "from")
        });
        let own_withdrawal = kind == EventType::Retreat
            && mode.as_deref() == Some("withdraw")
            && gen_adj.is_some()
            && !possessive
            && !from_complement;
        let subject_first =
            matches!(kind, EventType::Mobilize | EventType::Retreat) && !background && !own_withdrawal;
        if let Some(g) = dont_owner.filter(|_| by_g.is_none()) {
            actor_g = Some(g);
            rules.0 = "nominal withdrawal owned by `dont`: the party before it leaves";
        } else if sense.pos == Pos::Noun && subject_first && by_g.is_none() && subj.is_some() {
            // "Les trois pays ont annoncé le déploiement d'une force": the subject deploys; the
            // complement is what is deployed
            actor_g = subj;
            rules.0 = "nominal mobilization: subject of the governing verb";
            if kind == EventType::Retreat {
                recipient_g = gen_g.filter(|g| Some(g.start) != gen_adj.map(|x| x.start));
            }
        } else if sense.pos == Pos::Noun {
            if let Some(g) = by_g {
                actor_g = Some(g);
                rules.0 = "nominal: `par`/`by` X";
            } else if let Some(g) =
                // "leur retrait de la Cédéao": after a possessive, "de X" is what is left
                gen_adj.filter(|_| {
                    !(patient_gen || (kind == EventType::Retreat && (from_complement || possessive)))
                })
            {
                actor_g = Some(g);
                rules.0 = "nominal: `de`/`of` X";
            }
            if patient_gen && gen_adj.is_some() {
                recipient_g = gen_adj;
                rules.1 = "nominal: `de`/`of` X (patient)";
            }
            // "accused soldiers of killing villagers", "for harbouring rebels": a bare gerund takes
            // a direct object
            if recipient_g.is_none() && gerund && matches!(kind, EventType::Assault | EventType::Coerce) {
                recipient_g = do_g;
                rules.1 = "gerund: direct object";
            }
            if recipient_g.is_none() {
                recipient_g = match kind {
                    EventType::Aid => dat_g.or(if sense.rcpt_de { gen_g } else { None }),
                    // "imposé des sanctions au Niger", "lancé un ultimatum à la France"
                    EventType::Support | EventType::Request | EventType::Sanction | EventType::Threaten => {
                        dat_g.or(against_g)
                    }
                    EventType::Consult | EventType::Cooperate | EventType::Agree => with_g,
                    EventType::Mobilize | EventType::Retreat => None,
                    EventType::Assault | EventType::Coerce => against_g.or(gen2),
                    _ => against_g,
                };
                if recipient_g.is_some() {
                    rules.1 = "nominal: prepositional recipient";
                }
                // "une série d'attaques meurtrières du JNIM contre des camps militaires": a "de"
                // complement the target's "contre"/"against" follows is the author, not the target
                if actor_g.is_none()
                    && matches!(kind, EventType::Assault | EventType::Coerce)
                    && let Some(g) = gen2.filter(|g| recipient_g.is_some_and(|r| r.start == g.start))
                    && a.seg.tokens.get(a.seg.tokens.partition_point(|t| t.span.start < g.end)).is_some_and(
                        |t| self.cues_at(t.span.start).is_some_and(|(_, c)| c.contains(&Cue::Against)),
                    )
                {
                    actor_g = Some(g);
                    rules.0 = "nominal: `de` X before the target's `contre`: X attacks";
                    recipient_g = None;
                }
            }
            // "des heurts entre les forces de l'ordre et des manifestants", "clashes between the
            // army and JNIM": the first side named fights
            let between = |g: &Group| {
                self.tokens_between(hit.end, g.start) <= 3
                    && self.tok_before(g.start).is_some_and(|t| {
                        let k = a.seg.tokens.partition_point(|x| x.span.start < hit.end);
                        (k..=t).any(|i| self.tok_is(i, &["entre", "between"]))
                    })
            };
            if actor_g.is_none()
                && kind == EventType::Assault
                && let Some(g) = with_g.filter(|g| between(g))
            {
                actor_g = Some(g);
                rules.0 = "nominal: `entre`/`between` X and Y: X fights";
            }
            // "des soldats ont été tués par l'explosion d'une mine": the subject of the passive
            // verb the event noun is the agent of undergoes the event
            let passive_agent =
                self.noun_is_passive_agent(hit.start, cs) || self.noun_after_perish(hit.start, cs);
            if passive_agent
                && recipient_g.is_none()
                && matches!(kind, EventType::Assault | EventType::Coerce)
                && let Some(s) = subj.filter(|s| actor_g.is_none_or(|a| a.start != s.start))
            {
                recipient_g = Some(s);
                rules.1 = "subject of a passive verb whose agent is the event noun";
            }
            // "douze militaires ont trouvé la mort dans une embuscade tendue par l'EIS": the subject
            // of a verb of dying is the one the event befell, before any prepositional complement
            if kind == EventType::Assault
                && self.noun_after_perish(hit.start, cs)
                && let Some(s) = subj.filter(|s| actor_g.is_none_or(|a| a.start != s.start))
            {
                recipient_g = Some(s);
                rules.1 = "subject of a verb of dying before the event noun";
            }
            let undergo = self.hits[self.hits_in(Span::new(cs, hit.start))]
                .iter()
                .any(|x| self.lex.entry(x).has(Cue::Undergo));
            // "a essuyé une attaque de l'EIGS": the subject undergoes, the de-complement attacks
            if undergo
                && recipient_g.is_none()
                && subj.is_some_and(|s| actor_g.is_none_or(|a| a.start != s.start))
            {
                recipient_g = subj;
                rules.1 = "subject of `subir`/`suffer`: undergoes the event";
            } else if actor_g.is_none()
                // "l'armée a confirmé une attaque contre l'une de ses unités": the subject of a
                // speech verb tells of an attack on a target, it does not make it
                && !(kind == EventType::Assault
                    && self.hits[self.hits_in(Span::new(cs, hit.start))]
                        .iter()
                        .any(|x| self.lex.entry(x).has(Cue::Speech))
                    && self.hits[self.hits_in(Span::new(hit.end, ce))]
                        .iter()
                        .any(|x| self.lex.entry(x).has(Cue::Against)))
                // "Le gouvernement n'a pas communiqué sur ce massacre": a demonstrative names an
                // attack told before; the clause subject is not its author
                && !(kind == EventType::Assault
                    && self.tok_before(hit.start).is_some_and(|t| {
                        self.tok_is(t, &["ce", "cet", "cette", "ces", "this", "these"])
                    }))
                // "police dispersed the protesters": a noun naming the protesters themselves is
                // not the protest of the verb's subject
                && !(kind == EventType::Protest
                    && ["ers", "ors", "er", "or", "ants", "ant", "istes", "iste"].iter().any(|x| form.ends_with(x)))
                && !passive_agent
                // "a condamné une « attaque lâche »", "un deuil national après l'attaque": the
                // reacting subject is not the author of the incident its noun names
                && !reference
                && let Some(s) = subj.filter(|s| recipient_g.is_none_or(|r| r.start != s.start))
            {
                actor_g = Some(s);
                rules.0 = if sense.subj_recipient { "" } else { "nominal: subject of the governing verb" };
                if sense.subj_recipient {
                    actor_g = None;
                    recipient_g = Some(s);
                    rules.1 = "subject undergoes the event";
                }
            }
        } else if passive && by_g.is_none() && matches!(kind, EventType::Mobilize | EventType::Retreat) {
            // "des éléments de Wagner ont été déployés": the forces moved are the actor
            actor_g = subj;
            rules.0 = "passive without agent: the forces moved";
        } else if passive || sense.subj_recipient {
            recipient_g = subj;
            actor_g = by_g;
            rules = ("passive: `par`/`by` X", "passive: subject");
            // "avait reçu des menaces de mort de l'État islamique", "tombés dans une embuscade du
            // JNIM": the subject undergoes it, the de-complement right after the trigger does it
            if actor_g.is_none()
                && sense.subj_recipient
                && let Some(g) =
                    gen_g.filter(|g| g.start >= hit.end && self.tokens_between(hit.end, g.start) <= 2)
            {
                actor_g = Some(g);
                rules.0 = "subject undergoes it: de-complement after the trigger";
            }
        } else {
            actor_g = subj;
            rules.0 = "active: subject";
            recipient_g = match kind {
                EventType::Aid => dat_g.or(if sense.rcpt_de { gen_g } else { None }).or(do_g),
                EventType::Mobilize => None,
                EventType::Retreat => gen_g.or(do_g),
                EventType::Consult | EventType::Cooperate | EventType::Agree => do_g.or(with_g).or(dat_g),
                // "urged the African Union to press the junta": the direct object right after the
                // verb is the one asked, not the party of the infinitive after it
                EventType::Request => match (do_g, dat_g) {
                    (Some(o), Some(d)) if o.start < d.start && self.only_function_words(hit.end, o.start) => {
                        Some(o)
                    }
                    _ => dat_g.or(do_g).or(gen_g),
                },
                EventType::Assault | EventType::Coerce => do_g.or(against_g).or(gen_g).or(dat_g),
                _ => do_g.or(against_g).or(dat_g).or(gen_g).or(with_g),
            };
            rules.1 = "active: object or prepositional complement";
        }

        // "demanded that France withdraw", "exige que la France retire": the one asked is the
        // subject of the complement clause
        if recipient_g.is_none() && kind == EventType::Request && sense.pos != Pos::Noun {
            let next_que = self.hits[self.hits_in(Span::new(hit.end, ss.end))]
                .iter()
                .find(|x| self.lex.entry(x).has(Cue::Que))
                .filter(|x| self.tokens_between(hit.end, x.start) <= 1)
                .copied();
            if let Some(q) = next_que {
                let (qcs, qce) = self.clause(si, q.end);
                recipient_g = self.groups_in(qcs, qce).find(|g| self.marker(g, qcs).is_none());
                if recipient_g.is_some() {
                    rules.1 = "subject of the requested clause";
                }
            }
        }
        let mut actor = Vec::new();
        let mut actor_kinds = Vec::new();
        let mut recipient = Vec::new();
        let mut recipient_kinds = Vec::new();
        let mut used = Vec::new();
        if let Some(g) = actor_g {
            self.refs(g, &mut actor, &mut actor_kinds);
            used.push(Span::new(g.start, g.end));
            note("actor", rules.0, Some(a.text(Span::new(g.start, g.end))));
        }
        if let Some(g) = recipient_g {
            self.refs(g, &mut recipient, &mut recipient_kinds);
            used.push(Span::new(g.start, g.end));
            note("recipient", rules.1, Some(a.text(Span::new(g.start, g.end))));
        }
        // a patient noun's bare "de" complement: "à l'arrestation de trois individus", "the abduction
        // of two aid workers"
        if sense.pos == Pos::Noun && patient_gen && recipient.is_empty() {
            let toks = &a.seg.tokens;
            let mut next = toks.partition_point(|t| t.span.start < hit.end);
            // "des arrestations arbitraires de bergers": one adjective between noun and "de"
            if toks.get(next).is_some_and(|t| {
                t.kind == veille_text::TokenKind::Word
                    && self.cues_at(t.span.start).is_none()
                    && !self.in_date(t.span)
            }) && toks
                .get(next + 1)
                .is_some_and(|t| self.cues_at(t.span.start).is_some_and(|(_, c)| c.contains(&Cue::Gen)))
            {
                next += 1;
            }
            if let Some(t) = toks.get(next)
                && let Some((dh, c)) = self.cues_at(t.span.start)
                && c.contains(&Cue::Gen)
                && let Some(np) = self.np_after(self.hits[dh].end, rce)
            {
                push_name(&mut recipient, &mut recipient_kinds, a.text(np));
                note("recipient", "unresolved noun phrase: the patient noun's complement", Some(a.text(np)));
            }
        }
        if gerund
            && recipient.is_empty()
            && matches!(kind, EventType::Assault | EventType::Coerce)
            && let Some(np) = self.np_after(hit.end, rce)
        {
            push_name(&mut recipient, &mut recipient_kinds, a.text(np));
            note("recipient", "unresolved noun phrase: object of a gerund", Some(a.text(np)));
        }
        // "l'attaque de la base militaire de Barkaram", "the storming of an army post": a force's post
        // (facilities.tsv) as the "de"/"of" complement of a violent noun is its target, never its
        // author (scene_facilities reads it as the force of the scene's state)
        let mut facility_gen = false;
        if sense.pos == Pos::Noun && kind == EventType::Assault && recipient.is_empty() {
            let toks = &a.seg.tokens;
            let next = toks.partition_point(|t| t.span.start < hit.end);
            if let Some(t) = toks.get(next)
                && let Some((dh, c)) = self.cues_at(t.span.start)
                && c.contains(&Cue::Gen)
                && let Some(np) = self.np_after(self.hits[dh].end, rce)
                && self.facility_slot(a.text(np)).is_some()
            {
                facility_gen = true;
                push_name(&mut recipient, &mut recipient_kinds, a.text(np));
                note(
                    "recipient",
                    "unresolved noun phrase: a force's post after a violent noun's `de`",
                    Some(a.text(np)),
                );
            }
        }
        // "une attaque d'individus armés", "une attaque de terroristes": the bare "de" complement
        // (no article) of a violent noun is its author
        if sense.pos == Pos::Noun
            && kind == EventType::Assault
            && !patient_gen
            && !facility_gen
            && actor.is_empty()
        {
            let toks = &a.seg.tokens;
            let next = toks.partition_point(|t| t.span.start < hit.end);
            if let Some(t) = toks.get(next)
                && self.tok_is(next, &["de", "d'", "d’"])
                && let Some(np) = self.np_after(t.span.end, rce)
                && self.cues_at(np.start).is_none_or(|(_, c)| !c.contains(&Cue::Det) && !c.contains(&Cue::Gen))
                // "des tirs de mortier", "une attaque de drones": a weapon, not an author
                && !self.hits[self.hits_in(np)].iter().any(|x| self.lex.entry(x).has(Cue::UWeapons))
            {
                // "un massacre de civils", "des exécutions de villageois": civilians are the victims
                if self.hits[self.hits_in(np)].iter().any(|x| self.lex.entry(x).has(Cue::Civilian)) {
                    if recipient.is_empty() {
                        push_name(&mut recipient, &mut recipient_kinds, a.text(np));
                        note(
                            "recipient",
                            "unresolved noun phrase: civilians after a violent noun are its victims",
                            Some(a.text(np)),
                        );
                    }
                } else {
                    push_name(&mut actor, &mut actor_kinds, a.text(np));
                    note(
                        "actor",
                        "unresolved noun phrase: bare `de` complement of a violent noun",
                        Some(a.text(np)),
                    );
                }
            }
        }
        // parties with no entity: bare noun phrases ("des hommes armés", "civilians"), unresolved
        if sense.pos != Pos::Noun && !participle_clause {
            let vstart = apposition.unwrap_or(hit.start);
            let by_np = || first_by.and_then(|x| self.np_after(x.end, self.first_comma(x.end, ce)));
            let takes_object = takes_object(kind);
            let (actor_np, recipient_np) = if passive || sense.subj_recipient {
                (
                    if actor.is_empty() { by_np() } else { None },
                    // ("les chauffeurs ont été relâchés": the released, when nothing else is told)
                    if recipient.is_empty()
                        && (!matches!(kind, EventType::Mobilize | EventType::Retreat)
                            || (passive
                                && actor.is_empty()
                                && mode.as_deref() == Some("release")
                                && self.after_auxiliary(hit.start)))
                    {
                        self.np_before(vstart, cs)
                    } else {
                        None
                    },
                )
            } else {
                (
                    if actor.is_empty() { self.np_before(vstart, cs) } else { None },
                    // ("a suspendu de nombreux médias", never "de fabrication turque": clitic.rs)
                    if recipient.is_empty() && takes_object {
                        self.np_after(hit.end, rce)
                            .filter(|np| !self.bare_de_phrase(np.start))
                            // "a exigé une rançon": what is demanded is not the one asked
                            .filter(|np| kind != EventType::Request || !self.demanded_thing(*np))
                    } else {
                        None
                    },
                )
            };
            if let Some(np) = actor_np {
                let (r, k, bound) = self.np_ref(np);
                push_ref(&mut actor, &mut actor_kinds, r, k);
                note(
                    "actor",
                    if bound { ANAPHOR_RULE } else { "unresolved noun phrase (no entity)" },
                    Some(a.text(np)),
                );
            }
            if let Some(np) = recipient_np {
                let (r, k, bound) = self.np_ref(np);
                push_ref(&mut recipient, &mut recipient_kinds, r, k);
                note(
                    "recipient",
                    if bound { ANAPHOR_RULE } else { "unresolved noun phrase (no entity)" },
                    Some(a.text(np)),
                );
            }
        }
        // a prepositional recipient with no entity: "une aide pour les déplacés", "sanctions contre
        // des responsables", "gave aid to displaced families"
        if recipient.is_empty() && !(passive || sense.subj_recipient) {
            let cue = match kind {
                EventType::Aid => Some(Cue::Dat),
                EventType::Sanction | EventType::Threaten | EventType::Accuse => Some(Cue::Against),
                EventType::Assault | EventType::Coerce if sense.pos == Pos::Noun => Some(Cue::Against),
                _ => None,
            };
            // "sauté sur la route", "une enquête sur des allégations": "sur"/"on" names a place or a
            // topic, except after a sanction or a threat ("des sanctions sur les dirigeants")
            let surface_ok = matches!(kind, EventType::Sanction | EventType::Threaten);
            if let Some(np) = cue.and_then(|c| self.prep_np(hit.end, rce, c, surface_ok)) {
                let (r, k, bound) = self.np_ref(np);
                push_ref(&mut recipient, &mut recipient_kinds, r, k);
                let rule = if bound {
                    ANAPHOR_RULE
                } else {
                    "unresolved noun phrase after the recipient preposition"
                };
                note("recipient", rule, Some(a.text(np)));
            }
        }
        // "En signe de colère, les syndicats…": a fronted adverbial is no subject (fronted.rs)
        let np_from = self.fronted_end(cs, hit.start).unwrap_or(cs);
        if (sense.pos == Pos::Noun || (!passive && !sense.subj_recipient && !participle_clause))
            && actor.is_empty()
            && !background
            && let Some(np) = self.np_after(np_from, hit.start).filter(|np| {
                // the subject of the clause's verb, not the head of the trigger's own phrase
                // ("des milliers de manifestants") nor the patient of a passive or of another trigger
                np.end < hit.start
                    && !self.only_function_words(np.end, hit.start)
                    && !self.hits[self.hits_in(Span::new(np.end, hit.start))]
                        .iter()
                        .any(|x| self.lex.entry(x).has(Cue::Passive) || !self.lex.entry(x).senses.is_empty())
            })
        {
            let (r, k, bound) = self.np_ref(np);
            // "troops repelled an attack on their base": the subject of `repel`/`suffer` undergoes it
            if sense.pos == Pos::Noun
                && recipient.is_empty()
                && self.hits[self.hits_in(Span::new(np.end, hit.start))]
                    .iter()
                    .any(|x| self.lex.entry(x).has(Cue::Undergo))
            {
                push_ref(&mut recipient, &mut recipient_kinds, r, k);
                let rule =
                    if bound { ANAPHOR_RULE } else { "unresolved noun phrase subject of `repel`/`suffer`" };
                note("recipient", rule, Some(a.text(np)));
            } else {
                push_ref(&mut actor, &mut actor_kinds, r, k);
                note(
                    "actor",
                    if bound { ANAPHOR_RULE } else { "unresolved noun phrase subject of the clause" },
                    Some(a.text(np)),
                );
            }
        }
        // "la coopération entre Moscou et Bamako" with only one side named: it acts
        if actor.is_empty()
            && recipient_g.is_some()
            && recipient_g.map(|g| g.start) == with_g.map(|g| g.start)
            && matches!(kind, EventType::Cooperate | EventType::Consult | EventType::Agree)
            && recipient.len() == 1
            // "Il s'est entretenu avec X": a pronoun subject is someone else, named before
            && !(kind == EventType::Consult
                && sense.pos == Pos::Verb
                && self.hits[self.hits_in(Span::new(cs, hit.start))]
                    .iter()
                    .any(|x| self.lex.entry(x).has(Cue::Pron)))
        {
            actor.append(&mut recipient);
            actor_kinds.append(&mut recipient_kinds);
            note("actor", "`entre`/`between`/`avec` X with no subject: X takes part", None);
        }
        // "entre X et Y": one side acts, the other receives
        if actor.is_empty()
            && recipient.len() >= 2
            && matches!(kind, EventType::Cooperate | EventType::Consult | EventType::Agree)
        {
            actor.push(recipient.remove(0));
            actor_kinds.push(recipient_kinds.remove(0));
            note("actor", "`entre`/`between` X and Y: X acts", None);
        }

        // -- source
        let mut source = Vec::new();
        let mut source_kinds = Vec::new();
        let mut source_group: Option<Group> = None;
        let mut source_rule = "";
        // a quotation's speaker the text names with no entity (« … », a déclaré le porte-parole)
        let mut source_np: Option<Span> = None;
        let in_quote = a.quotes.iter().find(|q| q.span.contains(trig));
        if let Some(q) = in_quote {
            let sp = q.speaker.and_then(|s| self.group_at(s).filter(|g| self.group_is_named(g)));
            source_group = sp.or_else(|| self.last_person_before(q.outer.start));
            source_rule = "speaker of the quotation";
            // "…, its spokesperson said", "a déclaré le porte-parole de l'armée"
            if let Some(sp) = q.speaker
                && let Some(b) = self.spokesperson_speaker(
                    a.seg.sentences.partition_point(|x| x.span.end <= sp.start),
                    sp.start,
                    sp.end,
                    source_group.as_ref().filter(|g| g.start < sp.end && g.end > sp.start),
                )
            {
                source_group = Some(b);
                source_rule = "spokesperson: the body he speaks for";
            }
            if source_group.is_none() {
                source_np = q.speaker.filter(|s| !self.is_pronoun_at(s.start)).and_then(|s| self.np_ok(s, 1));
            }
        }
        for i in self.hits_in(ss) {
            if source_group.is_some() || source_np.is_some() {
                break;
            }
            let sh = self.hits[i];
            let cues = &self.lex.entry(&sh).cues;
            if (cues.contains(&Cue::Speech) || cues.contains(&Cue::Deny))
                && sh.start >= cs
                && sh.end <= hit.start
                && self.infinitive_perfect_after(sh.end)
            {
                // "L'armée affirme avoir détruit…", "dément avoir conclu": the one who asserts or
                // denies it is the subject of the speech verb
                source_group = self.subject(cs, sh.start).cloned();
                source_rule = "subject of the speech or denial verb governing the infinitive";
            } else if cues.contains(&Cue::Speech) && sh.end <= hit.start && cs >= sh.end {
                // "X a assuré que …": the speaker is the subject before the speech verb
                let (scs, _) = self.clause(si, sh.start);
                source_group = self.subject(scs, sh.start).cloned();
                source_rule = "subject of the speech verb governing the clause";
                // "a spokesman for the army said", "its spokesperson said", "He said" after one
                if let Some(b) = self.spokesperson_speaker(si, scs, sh.start, source_group.as_ref()) {
                    source_group = Some(b);
                    source_rule = "spokesperson: the body he speaks for";
                }
            } else if cues.contains(&Cue::Speech) && sh.start >= hit.end {
                let form = &self.lex.forms[sh.entry as usize];
                if form.contains("-t-il") || form.contains("-t-elle") {
                    source_group = self.last_person_before(ss.start);
                    source_rule = "pronoun speaker: last person named before";
                } else {
                    // "…, ont indiqué à l'AFP des sources locales", "officers told VOA": the
                    // party the speech is addressed to hears it, it does not assert it
                    source_group = self
                        .groups_in(sh.end, ss.end)
                        .find(|g| !self.listener(g.start))
                        .filter(|g| self.tokens_between(sh.end, g.start) <= 4)
                        .or_else(|| {
                            self.groups_in(hit.end, sh.start)
                                .last()
                                .filter(|g| self.tokens_between(g.end, sh.start) <= 1)
                        })
                        .cloned();
                    source_rule = "speech verb after the report";
                }
            } else if cues.contains(&Cue::Accord) {
                source_group = self
                    .groups_in(sh.end, ss.end)
                    .next()
                    .filter(|g| self.tokens_between(sh.end, g.start) <= 4)
                    .cloned();
                source_rule = "`selon`/`according to` X";
            }
        }
        if let Some(g) = &source_group {
            self.refs(g, &mut source, &mut source_kinds);
            note("source", source_rule, Some(a.text(Span::new(g.start, g.end))));
        } else if let Some(np) = source_np {
            // "…, the rights group said": a definite description of the one party of its kind
            // named before (data/anaphora.tsv) is that party
            let (r, k, bound) = self.np_ref(np);
            if bound {
                push_ref(&mut source, &mut source_kinds, r, k);
                note("source", "speaker noun phrase bound to the party it refers to", Some(a.text(np)));
            } else {
                push_name(&mut source, &mut source_kinds, a.text(np));
                note("source", "unresolved speaker noun phrase", Some(a.text(np)));
            }
        } else if let Some(sh) = self.hits[self.hits_in(Span::new(hit.end, ss.end))]
            .iter()
            .find(|x| self.lex.entry(x).has(Cue::Speech))
        {
            // "…, the group said": the speaker is the actor itself
            let prev = self.tok_before(sh.start).and_then(|t| self.cues_at(a.seg.tokens[t].span.start));
            if prev.is_some_and(|(_, c)| c.contains(&Cue::Anaphor)) && !actor.is_empty() {
                source = actor.clone();
                source_kinds = actor_kinds.clone();
                note("source", "`the group said`: the actor speaks", None);
            }
        }
        // "The army said it had killed…": a pronoun subject right after a speech verb is its speaker
        let only_unresolved = actor.iter().all(|r| r.id.is_none());
        if only_unresolved && source_group.is_some() && cs > ss.start && in_quote.is_none_or(|q| q.indirect) {
            let toks = &a.seg.tokens;
            let ft = toks.partition_point(|t| t.span.start < cs);
            let named_subject = self.groups_in(cs, hit.start).next().is_some();
            let pron = self.hits[self.hits_in(Span::new(cs, hit.start))]
                .iter()
                .any(|x| self.lex.entry(x).has(Cue::Pron));
            // "they would deploy", "affirme avoir détruit", "said it had killed"
            let speech_right_before = self.hits[self.hits_in(Span::new(ss.start, cs))]
                .iter()
                .next_back()
                .is_some_and(|x| self.lex.entry(x).has(Cue::Speech) || self.lex.entry(x).has(Cue::Que));
            // "the army said its aircraft had killed…": a possessive opening the reported clause
            let possessive = ft < toks.len() && self.tok_is(ft, POSSESSIVES) && speech_right_before;
            // "Benin said that 54 soldiers had been killed": the subject of a passive the speaker
            // reports undergoes it; the speaker is no agent the text gives (only of its own
            // operations against an enemy: "said 20 terrorists were neutralised"; a measure or
            // deployment told by its authority stays the authority's: "officers had been deployed")
            let passive_told = passive
                && kind == EventType::Assault
                && !self.hits[self.hits_in(Span::new(cs, hit.start))]
                    .iter()
                    .any(|x| self.lex.entry(x).has(Cue::Enemy));
            if ft < toks.len()
                && toks[ft].span.start < hit.start
                && !named_subject
                // ("said it had killed 20 militants since the attack": the attack a context
                // phrase names is not the speaker's)
                && !reference
                && (pron
                    || possessive
                    || (speech_right_before
                    && actor.is_empty()
                    && !passive_told
                    // "l'armée a confirmé une attaque terroriste": the teller of an attack named by
                    // a noun is not its author
                    && !(sense.pos == Pos::Noun && kind == EventType::Assault)))
                && let Some(g) = &source_group
            {
                actor.clear();
                actor_kinds.clear();
                self.refs(g, &mut actor, &mut actor_kinds);
                note("actor", "pronoun subject of reported speech: the speaker", None);
            }
        }
        // `Orano said it "deplored" the decision`, "La chaîne a « regretté… »": the verb quoted from
        // inside its verb group has its subject before the marks
        if actor.is_empty()
            && !passive
            && sense.pos == Pos::Verb
            && speech::statement(kind)
            && let Some((r, k, rule)) = self.subject_outside_verb_quote(si, trig)
        {
            actor = r;
            actor_kinds = k;
            note("actor", rule, None);
        }
        // '"Attacks on aid workers are unacceptable," said the UN coordinator', "La milice a dit
        // soutenir la démarche": a statement with no subject of its own in the words a speaker
        // reports (a quotation, or an infinitive after the speech verb) is the speaker's
        if actor.is_empty()
            && (!passive || sense.pos == Pos::Fixed)
            && speech::statement(kind)
            && !source.is_empty()
            && source.iter().all(|r| r.id.is_some())
            && source_rule != "`selon`/`according to` X"
            && (in_quote.is_some_and(|q| !q.indirect) || (sense.pos == Pos::Verb && self.tokens_between(cs, hit.start) == 0))
            && self.groups_in(cs, hit.start).next().is_none()
            && !self.hits[self.hits_in(Span::new(cs, hit.start))]
                .iter()
                .any(|x| self.lex.entry(x).has(Cue::Pron) || self.lex.entry(x).has(Cue::Anaphor))
            // ("tous ceux qui apportent leur soutien": a relative's subject is someone else)
            && !(a.seg.tokens.partition_point(|t| t.span.start < cs)
                ..a.seg.tokens.partition_point(|t| t.span.start < hit.start))
                .any(|t| {
                    self.tok_is(t, &["qui", "que", "qu'", "ceux", "celles", "who", "which", "that", "those"])
                })
        {
            actor = source.clone();
            actor_kinds = source_kinds.clone();
            note("actor", "statement with no subject in reported words: the speaker", None);
        }

        // first person inside a quote or reported speech: "Nos spécialistes peuvent aider"
        let clause_hits = self.hits_in(Span::new(cs, hit.start));
        if actor.is_empty()
            && source_group.is_some()
            && self.hits[clause_hits.clone()].iter().any(|x| self.lex.entry(x).has(Cue::First))
            && let Some(g) = &source_group
        {
            let e = &a.entities[g.ments[0]];
            if e.kind == EntityType::Person {
                if let Some(cc) = &e.country {
                    push_ref(&mut actor, &mut actor_kinds, self.state_ref(cc), EntityType::Country);
                    note("actor", "first person of the speaker: the speaker's state", Some(cc));
                }
            } else {
                self.refs(g, &mut actor, &mut actor_kinds);
                note("actor", "first person of the speaker", None);
            }
        }

        // a head of state or government acting materially stands for the state
        if let Some(g) = actor_g {
            for (i, &m) in g.ments.iter().enumerate() {
                let e = &a.entities[m];
                if e.kind == EntityType::Person
                    && i < actor.len()
                    && self.is_head(m)
                    && let Some(cc) = &e.country
                {
                    if source.is_empty() {
                        source.push(actor[i].clone());
                    }
                    actor[i] = self.state_ref(cc);
                    actor_kinds[i] = EntityType::Country;
                    note("actor", "head of state/government acting for the state", Some(a.text(e.span)));
                }
            }
        }

        // "Le gouvernement informe … qu'un couvre-feu est instauré", "le ministre a indiqué que
        // 1 500 soldats seraient déployés": a measure or deployment with no agent of its own, told
        // by a state or one of its officials, is that state's
        if matches!(kind, EventType::Coerce | EventType::Sanction | EventType::Mobilize)
            && (voice == "passive"
                || sense.pos == Pos::Noun
                // "seraient déployés", "sera instauré": a conditional or future passive
                || self.tok_before(hit.start).is_some_and(|t| {
                    matches!(
                        veille_text::fold_cow(self.tok_text(t)).as_ref(),
                        "serait" | "seraient" | "sera" | "seront"
                    )
                }))
            && actor.iter().all(|r| r.id.is_none())
            && source.len() == 1
        {
            let state = match source_kinds.first() {
                Some(EntityType::Country) => Some(source[0].clone()),
                Some(EntityType::Person) => a
                    .entities
                    .iter()
                    .find(|e| e.id.is_some() && e.id == source[0].id)
                    .and_then(|e| e.country.as_deref())
                    .map(|cc| self.state_ref(cc)),
                _ => None,
            };
            if let Some(st) = state {
                note("actor", "no agent: the state that tells the measure", Some(&st.name));
                actor = vec![st];
                actor_kinds = vec![EntityType::Country];
            }
        }

        // "the army said it had attacked…", "police said they arrested…": with a speaker named by
        // a plain noun phrase (no entity), an active verb whose subject is a third-person pronoun
        // opening the reported clause acts for the speaker (entity speakers: see above)
        if actor.is_empty()
            && voice == "active"
            && sense.pos == Pos::Verb
            && source_group.is_none()
            && source_np.is_some()
            && source.len() == 1
            && cs > ss.start
            // « Ils ont tiré sur tout ce qui bougeait », a confié un rescapé: a third person inside a
            // direct quotation is not its speaker
            && in_quote.is_none_or(|q| q.indirect)
            && self.groups_in(cs, hit.start).next().is_none()
            && {
                let k = a.seg.tokens.partition_point(|x| x.span.start < cs);
                k < a.seg.tokens.len()
                    && a.seg.tokens[k].span.start < hit.start
                    && self.tok_is(k, &["it", "they", "il", "elle", "ils", "elles"])
            }
        {
            actor.clone_from(&source);
            actor_kinds.clone_from(&source_kinds);
            note("actor", "pronoun subject after a speech verb: the speaker", None);
        }

        // "Le gouvernement a rappelé que « la loi s'applique à tous » et mis en garde ceux qui…": a
        // bare participle after "et" shares the auxiliary, and the subject, of the speech verb
        // before the complementizer, not the subject of the completive clause between
        if actor.is_empty()
            && voice == "active"
            && sense.pos == Pos::Verb
            && a.doc.lang == veille_core::Lang::Fr
            && let Some(g) = self.speaker_of_coordinated_participle(si, hit.start)
        {
            self.refs(&g, &mut actor, &mut actor_kinds);
            note(
                "actor",
                "participle after `et` coordinated with the speech verb before `que`: its subject",
                Some(a.text(Span::new(g.start, g.end))),
            );
        }

        // -- status
        let mut status = Status::Asserted;
        let mut status_rule = String::from("default: reported as fact");
        // "announced that it would pull out": an announcement reports speech too
        let has_speech_before = self.hits[self.hits_in(Span::new(ss.start, hit.start))]
            .iter()
            .any(|x| self.lex.entry(x).has(Cue::Speech) || self.lex.entry(x).has(Cue::Pledge));
        let mut deny = false;
        // reported speech: a speech verb and a complementizer before the trigger's clause ("a
        // indiqué que … seraient déployés"): its conditional is a future in the past
        let reported = has_speech_before
            && cs > ss.start
            && self.hits[self.hits_in(Span::new(ss.start, cs))]
                .iter()
                .any(|x| self.lex.entry(x).has(Cue::Que));
        let mut hypo = sense.tense == Tense::Cond && !reported;
        let mut pledge = sense.tense == Tense::Fut || (sense.tense == Tense::Cond && reported);
        // the conditional of hearsay ("aurait été interpellé, selon sa famille")
        let mut hearsay = false;
        // "a annoncé avoir mené des frappes", "affirme avoir neutralisé": an act told as done by
        // the one who did it
        let mut told_done = false;
        // "…, appelant Niamey à …", "… et mis en garde …": a verb that opens its own group after a
        // comma or a coordinator is not negated by a "n'… pas" before it (the negation of another
        // verb); a denial verb ("a démenti …") still governs it
        let own_group = sense.pos != Pos::Noun && self.opens_own_group(hit.start);
        for x in &self.hits[clause_hits.clone()] {
            let e = self.lex.entry(x);
            let f = self.lex.forms[x.entry as usize].as_str();
            if e.has(Cue::Deny) && !(own_group && x.end <= hit.start && negation_form(f)) {
                deny = true;
            }
            let perfect_after = x.end <= hit.start && self.perfect_infinitive_between(x.end, hit.start);
            if e.has(Cue::Hypo) {
                if (f == "would" && has_speech_before) || (matches!(f, "serait" | "seraient") && reported) {
                    pledge = true;
                } else if matches!(f, "aurait" | "auraient" | "serait" | "seraient")
                    && self.hits[self.hits_in(ss)].iter().any(|y| self.lex.forms[y.entry as usize] == "selon")
                {
                    // "aurait été interpellé, selon sa famille"; without an attribution the
                    // conditional stays a possibility ("l'EIGS aurait exécuté plusieurs otages")
                    hearsay = true;
                } else {
                    hypo = true;
                }
            }
            if (e.has(Cue::Pledge) || e.has(Cue::Speech)) && perfect_after {
                told_done = true;
            } else if e.has(Cue::Pledge) || e.cue_tense == Some(Tense::Fut) {
                pledge = true;
            }
        }
        // "n'enverra plus", "ne s'est pas retiré": French negation around the verb
        if sense.pos != Pos::Noun {
            let toks = &a.seg.tokens;
            let prev_ne = self.tok_before(hit.start).is_some_and(|t| {
                matches!(veille_text::fold_cow(self.tok_text(t)).as_ref(), "n'" | "ne" | "n")
            });
            let next = toks.partition_point(|t| t.span.start < hit.end);
            let next_neg = next < toks.len()
                && matches!(
                    veille_text::fold_cow(self.tok_text(next)).as_ref(),
                    "pas" | "plus" | "jamais" | "point"
                );
            if prev_ne && next_neg {
                deny = true;
            }
            // "aucun soldat n'a été fait prisonnier": a negated subject and "ne" before the verb
            // ("nul n'est au-dessus de la loi et mis en garde …": a "ne" before a comma or a
            // coordinator negates another verb)
            let first = toks.partition_point(|t| t.span.start < cs);
            let (mut none_subj, mut ne) = (false, false);
            for t in toks[first..].iter().take_while(|t| t.span.end <= hit.start) {
                let w = &a.doc.text[t.span.start..t.span.end];
                none_subj |= ["aucun", "aucune", "nul", "nulle"].iter().any(|x| w.eq_ignore_ascii_case(x));
                if ["n'", "n’", "ne"].iter().any(|x| w.eq_ignore_ascii_case(x)) {
                    ne = true;
                } else if [",", "et", "mais", "puis"].iter().any(|x| w.eq_ignore_ascii_case(x)) {
                    ne = false;
                }
            }
            if none_subj && ne {
                deny = true;
            }
        }
        // "Si la CEDEAO intervient, …": a condition earlier in the sentence
        if self.hits[self.hits_in(Span::new(ss.start, hit.start))].iter().any(|x| {
            let e = self.lex.entry(x);
            e.has(Cue::Sub) && e.has(Cue::Hypo)
        }) {
            hypo = true;
        }
        // "X a démenti que …" / "X denied that …": the clause before the complementizer
        if !deny && cs > ss.start {
            let (mut pcs, _) = self.clause(si, cs.saturating_sub(1));
            // "denied that …" read as indirect speech: the quotation opens after the complementizer
            if pcs > ss.start && self.tokens_between(pcs, cs) <= 1 {
                pcs = self.clause(si, pcs - 1).0;
            }
            deny =
                self.hits[self.hits_in(Span::new(pcs, cs))].iter().any(|x| self.lex.entry(x).has(Cue::Deny));
        }
        if deny {
            (status, status_rule) = (Status::Denied, "denial or negation before the trigger".into());
        } else if hypo {
            (status, status_rule) =
                (Status::Hypothetical, "modal, conditional or condition before the trigger".into());
        } else if pledge {
            (status, status_rule) = (Status::Pledged, "future, promise or announcement".into());
        } else if hearsay {
            (status, status_rule) = (Status::Claimed, "conditional of hearsay".into());
        } else if told_done {
            (status, status_rule) = (Status::Claimed, "told as done by its author (past infinitive)".into());
        }
        // claim of responsibility in the same sentence
        if kind == EventType::Assault
            && let Some(ci) = self.hits_in(ss).find(|&i| self.has_cue(i, Cue::Claim) && i != h)
        {
            let ch = self.hits[ci];
            let claimer = self
                .groups_in(ch.end, ss.end)
                .next()
                .filter(|g| {
                    self.marker(g, ch.end.saturating_sub(1)) == Some(Cue::By)
                        || self.tokens_between(ch.end, g.start) <= 1
                })
                .filter(|g| self.marker(g, ss.start) == Some(Cue::By))
                .cloned()
                .or_else(|| {
                    // "revendiquée par le Groupe de soutien à l'islam et aux musulmans (JNIM)": the
                    // agent of a passive claim, however long its name, not the clause subject
                    let by = a.seg.tokens.partition_point(|t| t.span.start < ch.end);
                    if by < a.seg.tokens.len() && self.tok_is(by, &["par", "by"]) {
                        return self
                            .groups_in(ch.end, ss.end)
                            .next()
                            .filter(|g| self.tokens_between(ch.end, g.start) <= 14)
                            .cloned();
                    }
                    let (ccs, _) = self.clause(si, ch.start);
                    self.subject(ccs, ch.start).cloned()
                });
            if let Some(g) = claimer {
                let mut refs = Vec::new();
                let mut kinds = Vec::new();
                self.refs(&g, &mut refs, &mut kinds);
                // "des jihadistes ont attaqué …, une attaque revendiquée par le JNIM": a clause agent
                // named only by a description yields to the group that claims the attack
                let vague_agent = !actor.is_empty()
                    && actor.iter().all(|r| r.id.is_none())
                    && refs.iter().zip(&kinds).any(|(r, k)| {
                        r.id.is_some() && matches!(k, EntityType::ArmedGroup | EntityType::Militia)
                    });
                if actor.is_empty() || vague_agent {
                    actor = refs.clone();
                    actor_kinds = kinds.clone();
                    note("actor", "claimant of responsibility", Some(a.text(Span::new(g.start, g.end))));
                }
                if source.is_empty() {
                    source = refs;
                    source_kinds = kinds;
                    note("source", "claimant of responsibility", Some(a.text(Span::new(g.start, g.end))));
                }
            }
            if status == Status::Asserted {
                (status, status_rule) = (Status::Claimed, "claim of responsibility".into());
            }
        }
        if status == Status::Asserted
            && !source.is_empty()
            && self.source_is_party(&source, &source_kinds, &actor, &recipient, &a.entities)
            // "Orano said it deplored the decision": a speaker telling its own statement makes it
            // (the statement is reported as fact, not claimed)
            && !(speech::statement(kind) && source.iter().all(|s| actor.iter().any(|x| same_party(s, x))))
        {
            (status, status_rule) = (Status::Claimed, "the source is a party to the event".into());
        }
        note("status", &status_rule, None);

        // -- subject kind (for continuation and anaphora)
        let (subject_pron, subject_anaphor) = {
            let toks = &a.seg.tokens;
            let first_tok = toks.partition_point(|t| t.span.start < cs);
            let mut pron = false;
            let mut anaphor = false;
            if first_tok < toks.len()
                && toks[first_tok].span.start < hit.start
                && let Some((_, cues)) = self.cues_at(toks[first_tok].span.start)
            {
                pron = cues.contains(&Cue::Pron);
                anaphor = cues.contains(&Cue::Anaphor);
            }
            // "Déjà engagée…, elle va appuyer": a pronoun before the trigger, no named subject
            // ("Au nom du gouvernement, il a remis…": a fronted phrase before the comma names no
            // subject; the pronoun after it is the subject)
            let pron_later = self.hits[self.hits_in(Span::new(cs, hit.start))].iter().any(|x| {
                self.lex.entry(x).has(Cue::Pron)
                    && (self.groups_in(cs, hit.start).next().is_none()
                        || (self.groups_in(x.start, hit.start).next().is_none()
                            && self.tok_before(x.start).is_some_and(|t| {
                                let sp = a.seg.tokens[t].span;
                                sp.start >= cs && &a.doc.text[sp.start..sp.end] == ","
                            })))
            });
            ((pron || pron_later) && actor.is_empty(), anaphor)
        };

        // -- civilians targeted (ACLED)
        let civilians =
            self.hits[self.hits_in(Span::new(cs, ce))].iter().any(|x| self.lex.entry(x).has(Cue::Civilian));

        // -- the patient is an enemy of a state force: before a passive verb, after any other
        // trigger (not "tués lors d'attaques terroristes", whose patient comes before)
        let patient_side =
            if passive { Span::new(cs, hit.start) } else { self.patient_side_active(hit.end, ce) };
        let enemy = self.hits[self.hits_in(patient_side)].iter().any(|x| self.lex.entry(x).has(Cue::Enemy));

        // -- location and date
        let (location, location_reason) = self.location(kind, si, cs, ce, trig, &used, &mut note);
        let definite_noun = sense.pos == Pos::Noun
            && (self.tok_before(hit.start).and_then(|t| self.cues_at(a.seg.tokens[t].span.start)).is_some_and(
                |(ph, c)| {
                    c.contains(&Cue::Det)
                        && matches!(
                            self.lex.forms[self.hits[ph].entry as usize].as_str(),
                            "le" | "la" | "l" | "cette" | "ce" | "cet" | "the" | "this"
                        )
                },
            )
            // "Après l'explosion", "after the strike": the article inside a context cue phrase
            || self.article_in_cue_phrase(hit.start));
        let (mut date, mut date_precision, mut date_reason) = if background {
            (None, None, Some("background: reported context, not dated".to_string()))
        } else {
            self.event_date((kind, mode.as_deref(), status), si, trig, &mut note)
        };
        // "En 2022, la junte avait exigé…", "since the July 2023 coup", "depuis 2012": an event dated
        // by an explicit year before the publication's is context, not news
        if let Some(y) = date.as_deref().and_then(|d| self.explicit_past_year(si, trig, d)) {
            background = true;
            note("background", "dated by an explicit year before the publication", Some(&y));
            (date, date_precision, date_reason) =
                (None, None, Some("background: reported context, not dated".to_string()));
        }
        // "qu'en 2023, … à la suite du coup d'État du 26 juillet": dated in a past year its
        // sentence tells
        if !background && let Some(y) = date.as_deref().and_then(|d| self.past_year_told(si, d)) {
            background = true;
            note("background", "dated in an earlier year told in its sentence", Some(&y));
            (date, date_precision, date_reason) =
                (None, None, Some("background: reported context, not dated".to_string()));
        }
        // "En mars, une attaque … avait fait 44 morts", "cinq ouvriers enlevés en avril": an
        // incident recalled from an earlier month is context (timing.rs)
        if !background
            && let Some(rule) = self.recalled_incident(cs, ce, trig, bare, date.as_deref(), date_precision)
        {
            background = true;
            note("background", rule, date.as_deref());
            (date, date_precision, date_reason) =
                (None, None, Some("background: reported context, not dated".to_string()));
        }
        // "ont été expulsés ces deux dernières années", "impose depuis des mois un blocus": an
        // event told over a period, with no day of its own, is ongoing or repeated context
        if !background
            && date_precision != Some(veille_core::Precision::Day)
            && let Some(p) = self.period_phrase(cs, ce, trig)
        {
            background = true;
            note("background", "told over a period, not on a day: context", Some(p));
            (date, date_precision, date_reason) =
                (None, None, Some("background: reported context, not dated".to_string()));
        }
        // "l'an dernier", "this year", "earlier this year": a year alone places context, it does
        // not date an incident
        if date_precision == Some(veille_core::Precision::Year) {
            let year = date.take().unwrap_or_default();
            note("date", "a year alone does not date an incident", Some(&year));
            (date_precision, date_reason) =
                (None, Some(format!("a year alone ({year}) does not date an incident")));
        }
        // "la semaine dernière", "last week": a week does not date an event (the day is unknown;
        // annotators leave it undated), a weekend does
        if date_precision == Some(veille_core::Precision::Week)
            && !date.as_deref().is_some_and(|d| self.weekend_date(si, d))
        {
            let week = date.take().unwrap_or_default();
            note("date", "a week alone does not date an event", Some(&week));
            (date_precision, date_reason) =
                (None, Some(format!("a week alone (from {week}) does not date an event")));
        }
        // a day after the publication: scheduled ("un couvre-feu est instauré à compter du lundi 7")
        if matches!(status, Status::Asserted | Status::Claimed)
            && date_precision == Some(veille_core::Precision::Day)
            && let (Some(d), Some(p)) = (date.as_deref(), a.doc.published.as_ref())
            && p.precision() == veille_core::Precision::Day
            && veille_core::PartialDate::parse_iso(d).ok().and_then(|d| d.to_days()) > p.to_days()
        {
            status = Status::Pledged;
            note("status", "dated after the publication: scheduled", None);
        }

        // "Près de 500 soldats supplémentaires ont été déployés", "troops were flown to Marte": a
        // passive mobilization with no agent, its subject a description of soldiers (events/reinforced.rs)
        let agentless_forces = kind == EventType::Mobilize
            && sense.pos == Pos::Verb
            && passive
            && apposition.is_none()
            && !bare
            && !participle_clause
            && first_by.is_none()
            && actor.is_empty()
            && self.np_before(hit.start, cs).is_some_and(|np| self.describes_soldiers(a.text(np)));
        Some(Draft {
            sentence: si,
            trigger: trig,
            kind,
            mode,
            context: sense.context.clone(),
            status,
            actor,
            actor_kinds,
            recipient,
            recipient_kinds,
            source,
            location,
            location_reason,
            date,
            date_precision,
            date_reason,
            background,
            civilians,
            quantities: Vec::new(),
            evidence: ss,
            explain: ex,
            subject_pron,
            subject_anaphor,
            definite_noun,
            participle: participle_clause,
            nominal: sense.pos == Pos::Noun,
            counter: sense.counter,
            also: Vec::new(),
            coordinated: sense.pos == Pos::Verb && voice == "active" && self.coordinated_verb(hit.start),
            enemy,
            joint: sense.joint,
            reference,
            agentless_forces,
            passive: voice == "passive",
            actor_rule: if actor_g.is_some() { rules.0 } else { "" },
            recipient_rule: if recipient_g.is_some() { rules.1 } else { "" },
            actor_gap: actor_g.map_or(u8::MAX, |g| {
                let (x, y) = if g.end <= hit.start { (g.end, hit.start) } else { (hit.end, g.start) };
                self.tokens_between(x, y).min(200) as u8
            }),
        })
    }
}

impl Extractor<'_, '_> {
    /// The event noun at `start` is the agent of a passive verb ("ont été tués par l'explosion
    /// d'une mine", "were killed by an airstrike"): `par`/`by` (after articles) right before it, a
    /// passive auxiliary at most four words before that, inside the clause from `cs`. The
    /// subject of such a verb undergoes the event; it does not make it.
    pub(super) fn noun_is_passive_agent(&self, start: usize, cs: usize) -> bool {
        let toks = &self.a.seg.tokens;
        let Some(mut t) = self.tok_before(start) else { return false };
        let det = |t: usize| self.cues_at(toks[t].span.start).is_some_and(|(_, c)| c.contains(&Cue::Det));
        let skip_dets = |mut t: usize| {
            while toks[t].span.start >= cs && !self.tok_is(t, &["par", "by"]) && det(t) && t > 0 {
                t -= 1;
            }
            t
        };
        t = skip_dets(t);
        // "par l'explosion d'une mine": the noun completing the agent noun
        if toks[t].span.start >= cs && self.tok_is(t, &["de", "d'", "d’", "of"]) && t >= 2 {
            t = skip_dets(t - 2);
        }
        if toks[t].span.start < cs || !self.tok_is(t, &["par", "by"]) {
            return false;
        }
        (t.saturating_sub(4)..t).any(|i| {
            toks[i].span.start >= cs
                && toks[i].kind == veille_text::TokenKind::Word
                && self.tok_is(i, &["été", "ete", "être", "been", "was", "were", "being"])
        })
    }

    /// "trois VDP ont péri dans l'explosion d'une mine", "two soldiers died in the ambush": the
    /// event noun follows, within a few words, a verb of dying or being hurt with no doer (cue
    /// `perish`); its subject underwent the event, like the subject of a passive verb whose agent
    /// is the noun.
    pub(super) fn noun_after_perish(&self, start: usize, cs: usize) -> bool {
        self.hits[self.hits_in(Span::new(cs, start))]
            .iter()
            .any(|x| self.lex.entry(x).has(Cue::Perish) && self.tokens_between(x.end, start) <= 6)
    }
}

/// Types whose verb takes its recipient as direct object ("a attaqué le camp", "accuse Paris",
/// "sanctioned the officers").
pub(super) fn takes_object(kind: EventType) -> bool {
    matches!(
        kind,
        EventType::Assault
            | EventType::Coerce
            | EventType::Sanction
            | EventType::Accuse
            | EventType::Threaten
            | EventType::Reject
            | EventType::Support
            | EventType::Request
    )
}

/// A cue form that negates a verb ("n'a pas", "did not"), not a denial verb ("a démenti").
fn negation_form(f: &str) -> bool {
    f.starts_with("n'") || f.starts_with("ne ") || f.contains(" not") || f.contains("n't") || f == "never"
}

impl<'a, 'd> Extractor<'a, 'd> {
    /// A present participle opening its own verb group after a comma ("…, appelant Niamey à …").
    fn opens_own_group(&self, start: usize) -> bool {
        let Some(t) = self.tok_before(start) else { return false };
        if self.tok_text(t) != "," {
            return false;
        }
        let k = self.a.seg.tokens.partition_point(|x| x.span.start < start);
        k < self.a.seg.tokens.len() && self.tok_text(k).ends_with("ant")
    }

    /// For a bare participle right after "et" ("… que P et mis en garde …"): the subject of the
    /// speech verb (a compound tense: "a rappelé", "a affirmé") before the last complementizer
    /// of the sentence before it. `None` when the token before is no "et", when no speech verb
    /// with its auxiliary governs a complementizer before, or when that subject names no party.
    fn speaker_of_coordinated_participle(&self, si: usize, start: usize) -> Option<Group> {
        let t = self.tok_before(start)?;
        if !self.tok_is(t, &["et"]) {
            return None;
        }
        let ss = self.a.seg.sentences[si].span;
        let before = self.hits_in(Span::new(ss.start, self.a.seg.tokens[t].span.start));
        let q = self.hits[before.clone()].iter().rev().find(|x| self.lex.entry(x).has(Cue::Que))?;
        // the speech verb right before the complementizer (a few tokens at most: "a rappelé
        // mercredi sur la radio que"), itself after an auxiliary
        let sp = self.hits[before]
            .iter()
            .rev()
            .find(|x| x.end <= q.start && self.lex.entry(x).has(Cue::Speech))
            .filter(|x| self.tokens_between(x.end, q.start) <= 6)?;
        // (an adverb may stand between: "a seulement rappelé")
        let mut aux = self.tok_before(sp.start)?;
        if self.word_class(aux) == Some(WordClass::Adverb) {
            aux = self.tok_before(self.a.seg.tokens[aux].span.start)?;
        }
        let aux_ok = self.tok_is(aux, &["a", "ont", "avait", "avaient"])
            || self.cues_at(self.a.seg.tokens[aux].span.start).is_some_and(|(_, c)| c.contains(&Cue::Aux));
        if !aux_ok {
            return None;
        }
        let (pcs, _) = self.clause(si, sp.start);
        self.subject(pcs, sp.start).filter(|g| self.group_is_named(g)).cloned()
    }
}
