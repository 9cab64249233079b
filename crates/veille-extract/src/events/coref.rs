//! Restatements of one incident: headline, demonstratives, definite descriptions, scene country.

use super::*;

impl<'a, 'd> Extractor<'a, 'd> {
    /// A physical event (violence, deployment, coercion, withdrawal, protest) whose sentences name no
    /// place takes the document's one scene country, at country precision and with the rule in
    /// `--explain`; statements are left without a location.
    pub(super) fn scene_country(&self, d: &mut Draft, scene: Option<&str>) {
        // (background events too: "Les jihadistes imposent depuis plusieurs années un blocus …"
        // happened in the article's scene as well; annotators give them its country)
        let Some(cc) = scene.filter(|_| scene_kind(d.kind) && d.location.is_none()) else { return };
        self.place_in_country(d, cc, "no place in its sentences: the article's one scene country");
    }

    /// Sets a draft's location to country `cc` at country precision, with `why` in `--explain`.
    pub(super) fn place_in_country(&self, d: &mut Draft, cc: &str, why: &'static str) {
        let name =
            self.kb.and_then(|kb| kb.get(&format!("kb:{cc}"))).map_or(cc.to_string(), |e| e.name.clone());
        d.location =
            Some(Location { name, country: Some(cc.to_string()), precision: 3, ..Location::default() });
        d.location_reason = None;
        if self.a.explain {
            d.explain.push(step("location", why, Some(cc.to_string())));
        }
    }

    /// Document-level event coreference. An article tells its incident many times: headline,
    /// lead, claim ("L'attaque a été revendiquée par…"), statements, toll updates, a demonstrative
    /// noun paragraphs later ("Cette embuscade est…", "the raid"). A later mention of the same type
    /// merges into the earliest compatible event when nothing conflicts: modes compatible, parties
    /// compatible (no resolved party of one side on the other side of the other: a counter-attack
    /// stays separate), same or unknown place, same or unknown date; and the mention refers back
    /// (definite or demonstrative noun, pronoun or anaphoric subject), or shares a named party in the
    /// same role, or names no party, place or date of its own within three sentences. A mention
    /// that announces another incident ("une autre attaque", "par ailleurs", "a separate attack"),
    /// a counter-attack, and background never merge; background never absorbs a reported event.
    /// The earlier event keeps its status and trigger, takes the slots it lacks and the merged
    /// mention's sentence as evidence. Linear in the sentences times the events of one type.
    /// "Attaque meurtrière près de Banibangou : …" then "des terroristes ont attaqué vendredi le
    /// village de Fambita…": an event of the title is the first incident of its type the body tells
    /// with compatible parties (the title's place may be the wider area), not one of its own.
    pub(super) fn corefer_headline(&self, drafts: &mut Vec<Draft>) {
        if !self.is_headline(0) {
            return;
        }
        let mut i = 0;
        while i < drafts.len() && drafts[i].sentence == 0 {
            let h = &drafts[i];
            let country = |d: &Draft| d.location.as_ref().and_then(|l| l.country.clone());
            // two unresolved descriptions with no word in common ("vingt civils" / "dix
            // terroristes") are two sides, not one
            let differ = |a: &[ActorRef], b: &[ActorRef]| {
                !a.is_empty()
                    && !b.is_empty()
                    && a.iter().chain(b).all(|r| r.id.is_none())
                    && !a.iter().any(|x| b.iter().any(|y| names_overlap(&x.name, &y.name)))
            };
            // ("Niger : deuil national après l'attaque de Bankilaré": a definite noun the title
            // makes context names the incident the body tells, events/incident.rs)
            let target = if (h.background && !self.headline_context_reference(h)) || h.counter {
                None
            } else {
                drafts.iter().enumerate().skip(i + 1).find_map(|(j, d)| {
                    (d.sentence > 0
                        && d.kind == h.kind
                        && !d.background
                        && !d.counter
                        // a feared or announced one ("de possibles affrontements") is not the
                        // incident a title reports as done
                        && (matches!(h.status, Status::Hypothetical | Status::Pledged)
                            || !matches!(d.status, Status::Hypothetical | Status::Pledged))
                        && modes_compatible(h.mode.as_deref(), d.mode.as_deref())
                        && parties_agree(&h.actor, &d.actor)
                        && parties_agree(&h.recipient, &d.recipient)
                        && !crossing(&h.actor, &d.recipient)
                        && !crossing(&h.recipient, &d.actor)
                        && !differ(&h.actor, &d.actor)
                        && !differ(&h.recipient, &d.recipient)
                        // (a title that took the lead's date tells that day's incident)
                        && match (h.date.as_deref(), d.date.as_deref()) {
                            (Some(x), Some(y)) => x.starts_with(y) || y.starts_with(x),
                            _ => true,
                        }
                        && (self.places_agree(h, d)
                            || country(h).is_none()
                            || country(d).is_none()
                            || country(h) == country(d)))
                    .then_some(j)
                })
            };
            let Some(j) = target else {
                i += 1;
                continue;
            };
            let h = drafts.remove(i);
            let d = &mut drafts[j - 1];
            // the body's telling stands: its status, date and place
            let (date, precision, reason) = (d.date.take(), d.date_precision, d.date_reason.take());
            let location = d.location.clone();
            self.absorb(d, &h, "headline: the title announces the first such incident the body tells");
            (d.date, d.date_precision, d.date_reason) = (date, precision, reason);
            if location.is_some() {
                d.location = location;
            }
        }
    }

    pub(super) fn corefer_document(&self, drafts: &mut Vec<Draft>) {
        let mut i = 0;
        while i < drafts.len() {
            let d = &drafts[i];
            let ss = self.a.seg.sentences[d.sentence].span;
            let own_date = self
                .a
                .dates
                .iter()
                .any(|x| ss.contains(x.span) && x.date.is_some() && !self.in_dateline(x.span));
            // "called on the authorities to investigate the attack", "un deuil national après
            // l'attaque": a definite noun made context by its sentence, with no date there, names
            // the incident the article told before, if any
            let context_reference =
                (d.background && (d.definite_noun || self.demonstrative(d)) && !own_date) || d.reference;
            if (d.background && !context_reference)
                || d.counter
                || self.announces_other_incident(d)
                || self.additional_act(d)
            {
                i += 1;
                continue;
            }
            let own_place = self.a.places.iter().any(|p| ss.contains(p.span));
            // "Des habitants de Dargol … parlent de neuf soldats et de quatre chauffeurs tués": a
            // sentence naming only the place of the incident told before names no place of its own
            let places_here: Vec<String> = if own_place {
                self.a
                    .places
                    .iter()
                    .filter(|p| ss.contains(p.span))
                    .map(|p| veille_text::fold_str(&p.name))
                    .collect()
            } else {
                Vec::new()
            };
            let other_place = |p: &Draft| {
                own_place
                    && p.location.as_ref().is_none_or(|l| {
                        let at = veille_text::fold_str(&l.name);
                        places_here.iter().any(|x| *x != at)
                    })
            };
            // "JNIM claimed responsibility, saying its fighters had killed some 200 soldiers": an
            // attack told in a claim of responsibility with no place or date of its own is the one
            // told before
            let claim = d.kind == EventType::Assault
                && self.hits[self.hits_in(ss)].iter().any(|x| self.lex.entry(x).has(Cue::Claim));
            // "JNIM claimed the ambush in a statement on Sunday, saying its fighters had killed 15
            // soldiers", "a revendiqué l'opération mercredi, affirmant avoir abattu…": an act told
            // after the claim, every date of the sentence before it, has the claim's date, not one
            // of its own
            let claim_date = claim && own_date && self.claim_dated(d);
            let own_date = own_date && !claim_date;
            // (a pronoun subject refers to a party, not to an event: "The army said it had hit a
            // vehicle" is the army's own account; the sentence loop continues pronoun subjects)
            // (an assault noun named by a reaction refers back too: "a condamné une « attaque »")
            let anaphoric = d.definite_noun || d.reference;
            // "cette embuscade", "this attack": certainly an earlier one, whatever else its sentence names
            let demonstrative = self.demonstrative(d);
            let resolved = |v: &[ActorRef]| v.iter().any(|r| r.id.is_some());
            // "les assaillants ont d'abord fait sauter un engin explosif …, avant d'ouvrir le feu":
            // the same attackers' bomb and gunfire are one ambush
            let complex_attack = |p: &Draft, d: &Draft| {
                matches!(
                    (p.mode.as_deref(), d.mode.as_deref()),
                    (Some("firearms"), Some("explosives")) | (Some("explosives"), Some("firearms"))
                ) && d.actor.iter().all(|r| r.id.is_none() && self.definite_description(&r.name))
            };
            let fits = |j: usize| {
                let p = &drafts[j];
                if p.kind != d.kind
                    || p.background
                    || p.counter
                    || p.sentence >= d.sentence
                    || !(modes_compatible(p.mode.as_deref(), d.mode.as_deref()) || complex_attack(p, d))
                    || violence::crowd_control_apart(p, d)
                    || violence::abduction_after(p, d)
                    || incident::abduction_apart(p, d)
                    || self.air_strike_apart(p, d)
                    || !parties_agree(&p.actor, &d.actor)
                    || !parties_agree(&p.recipient, &d.recipient)
                    || crossing(&p.actor, &d.recipient)
                    || crossing(&p.recipient, &d.actor)
                    || !(demonstrative || self.places_agree(p, d))
                {
                    return false;
                }
                // a date of its own sentence that differs tells another incident, except after a
                // definite noun, whose sentence's date may be the statement's ("L'attaque a été
                // revendiquée mardi")
                let dates_agree = match (p.date.as_deref(), d.date.as_deref()) {
                    (Some(x), Some(y)) => x.starts_with(y) || y.starts_with(x),
                    _ => true,
                };
                if !dates_agree && own_date && !d.definite_noun && !d.reference {
                    return false;
                }
                let same_party = |a: &[ActorRef], b: &[ActorRef]| {
                    a.iter().any(|x| x.id.is_some() && b.iter().any(|y| y.id.is_some() && same_party(x, y)))
                };
                // two accounts of one party's act ("killed eight civilians" / "hit a terrorist
                // vehicle") name different unresolved parties on the other side
                let accounts_differ = |a: &[ActorRef], b: &[ActorRef]| {
                    !a.is_empty()
                        && !b.is_empty()
                        && !resolved(a)
                        && !resolved(b)
                        && !a.iter().any(|x| b.iter().any(|y| names_overlap(&x.name, &y.name)))
                };
                // a pledge or a possibility after an act is another event ("Ankara has also
                // pledged to train…")
                let realis = |s: Status| matches!(s, Status::Asserted | Status::Claimed);
                let same_mood = p.status == d.status || (realis(p.status) && realis(d.status));
                if !(anaphoric || demonstrative || same_mood) {
                    return false;
                }
                // a statement, pledge or aid told again with the same parties may be a second one
                // ("va fournir des armes…", then "mettra à la disposition … ses instructeurs"):
                // only incidents merge without a referring noun
                let incident = matches!(d.kind, EventType::Assault | EventType::Coerce | EventType::Protest);
                let near = p.also.iter().map(|&(s, _)| s).fold(p.sentence, usize::max) + 3 >= d.sentence;
                anaphoric
                    // ("L'assaut a été revendiqué mercredi par le JNIM, qui affirme avoir tué…": the
                    // sentence's date is the claim's, the act has none of its own)
                    || (claim && !own_place && (!own_date || d.date.is_none()) && near)
                    || incident
                        && ((same_party(&p.actor, &d.actor) && !accounts_differ(&p.recipient, &d.recipient))
                            || (same_party(&p.recipient, &d.recipient) && !accounts_differ(&p.actor, &d.actor))
                            // no party of its own but descriptions of those told before ("les
                            // assaillants"), no date or place of its own, within three sentences of
                            // the incident's latest mention
                            || (!resolved(&d.actor)
                                && !resolved(&d.recipient)
                                && d.actor.iter().all(|r| self.definite_description(&r.name))
                                && !own_date
                                && !other_place(p)
                                && near))
            };
            // (at most 64 events back: linear in long documents); a reaction names the article's
            // first such incident ("a condamné une « attaque lâche »", "un deuil après l'attaque")
            let target = if d.reference {
                (0..i).take(64).find(|&j| fits(j))
            } else {
                (0..i).rev().take(64).find(|&j| fits(j))
            };
            let Some(j) = target else {
                // "solidarité avec les populations éprouvées par les attaques", "a report which
                // attributed some killings to…": a plural noun a reaction is about, with no incident
                // before it and no identified party, names none in particular
                if self.unanchored_reference(d) {
                    drafts.remove(i);
                    continue;
                }
                i += 1;
                continue;
            };
            let mut d = drafts.remove(i);
            if context_reference {
                // the parties of its sentence are those of the statement about it
                d.actor.clear();
                d.actor_kinds.clear();
                d.recipient.clear();
                d.recipient_kinds.clear();
                d.location = None;
            }
            if anaphoric || demonstrative {
                // "Le gouvernement n'a pas communiqué sur l'attaque": a noun naming the incident again
                // brings only the parties its sentence resolves, and its sentence's date is the
                // statement's or the context's
                let resolved_only = |v: &mut Vec<ActorRef>, k: &mut Vec<EntityType>| {
                    (*v, *k) = std::mem::take(v)
                        .into_iter()
                        .zip(std::mem::take(k))
                        .filter(|(r, _)| r.id.is_some())
                        .unzip();
                };
                resolved_only(&mut d.actor, &mut d.actor_kinds);
                resolved_only(&mut d.recipient, &mut d.recipient_kinds);
                d.date = None;
            }
            if claim_date {
                d.date = None;
            }
            let p = &mut drafts[j];
            // (the first telling is the narrator's; a later "Aucun groupe n'a revendiqué
            // l'attaque" or a denial of an accusation does not change its status)
            self.absorb(p, &d, "document coreference: a later mention of the same incident");
            p.also.extend(d.also);
            p.quantities.extend(d.quantities);
        }
    }

    /// The text of a date expression of sentence `si` (not the one before: "…depuis juillet 2023.
    /// Elle demande aussi…") that resolves to `date`,
    /// writes its year in figures, and lies in a year before the publication's.
    /// No other trigger lies between the expression and the event's trigger ("a appelé à libérer
    /// Bazoum, détenu depuis juillet 2023": the year dates the detention, not the call).
    pub(super) fn explicit_past_year(&self, si: usize, trig: Span, date: &str) -> Option<String> {
        let published = self.a.doc.published.as_ref()?;
        let year: i32 = date.get(..4)?.parse().ok()?;
        if year >= published.year {
            return None;
        }
        let ss = self.a.seg.sentences[si].span;
        let (from, to) = (ss.start, ss.end);
        self.a
            .dates
            .iter()
            .filter(|x| x.span.start >= from && x.span.end <= to)
            .filter(|x| x.date.is_some_and(|d| d.to_string() == date))
            .filter(|x| {
                // "En 2022, …", "In 2023, the junta expelled … and turned to Russia": a year opening
                // the sentence dates all of it
                if self.tokens_between(ss.start, x.span.start) <= 1 {
                    return true;
                }
                let between = if x.span.end <= trig.start {
                    Span::new(x.span.end, trig.start)
                } else {
                    Span::new(trig.end, x.span.start)
                };
                // ("seized power in a coup in July 2023": a noun of the same kind between names
                // how the same event happened, it dates nothing else)
                !self.hits[self.hits_in(between)]
                    .iter()
                    .any(|h| !self.lex.entry(h).senses.is_empty() && !self.same_kind_hit(h, trig))
                    // "L'attaque n'a pas été revendiquée, mais … le JNIM, qui impose depuis 2022 un
                    // blocus": a year far from the trigger dates something else
                    && self.tokens_between(between.start, between.end) <= 8
            })
            .map(|x| self.a.text(x.span))
            .find(|t| t.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit)))
            .map(str::to_string)
    }

    /// A claim cue before the draft's trigger in its sentence, and every date of the sentence
    /// (outside the dateline) before the trigger: the dates are the claim's.
    fn claim_dated(&self, d: &Draft) -> bool {
        let ss = self.a.seg.sentences[d.sentence].span;
        self.hits[self.hits_in(Span::new(ss.start, d.trigger.start))]
            .iter()
            .any(|x| self.lex.entry(x).has(Cue::Claim))
            && self
                .a
                .dates
                .iter()
                .filter(|x| ss.contains(x.span) && x.date.is_some() && !self.in_dateline(x.span))
                .all(|x| x.span.end <= d.trigger.start)
    }

    /// A nominal trigger after a demonstrative ("cette embuscade", "this attack").
    pub(super) fn demonstrative(&self, d: &Draft) -> bool {
        d.nominal
            && self.tok_before(d.trigger.start).is_some_and(|t| {
                matches!(
                    veille_text::fold_cow(self.tok_text(t)).as_ref(),
                    "ce" | "cet" | "cette" | "ces" | "this" | "these" | "that" | "those"
                )
            })
    }

    /// An unresolved party named by a definite or demonstrative description ("les assaillants",
    /// "the attackers"): someone already told of.
    pub(super) fn definite_description(&self, name: &str) -> bool {
        let f = veille_text::fold_str(name);
        let first = f.split([' ', '\'']).next().unwrap_or("");
        matches!(
            first,
            "le" | "la" | "les" | "l" | "ces" | "ce" | "cet" | "cette" | "the" | "these" | "those"
        )
    }

    /// The mention announces an incident other than the ones told before: "une autre attaque",
    /// "a separate attack", "Par ailleurs, …", "Separately, …", "Dans un autre incident" (cue
    /// `other` before the trigger in its sentence).
    pub(super) fn announces_other_incident(&self, d: &Draft) -> bool {
        let ss = self.a.seg.sentences[d.sentence].span;
        self.hits[self.hits_in(Span::new(ss.start, d.trigger.start))]
            .iter()
            .any(|x| self.lex.entry(x).has(Cue::Other))
    }

    /// Two events' places agree: one unknown, the same place, one named in the other's sentence
    /// ("se rendait de Boulkessi à Douentza"), or one the region of the other.
    pub(super) fn places_agree(&self, p: &Draft, d: &Draft) -> bool {
        let (Some(x), Some(y)) = (&p.location, &d.location) else { return true };
        let same = |a: &Location, b: &Location| {
            (a.geonames_id.is_some() && a.geonames_id == b.geonames_id)
                || veille_text::fold_str(&a.name) == veille_text::fold_str(&b.name)
        };
        if same(x, y) {
            return true;
        }
        let named_in = |l: &Location, si: usize| {
            let ss = self.a.seg.sentences[si].span;
            let name = veille_text::fold_str(&l.name);
            self.a.places.iter().any(|m| ss.contains(m.span) && veille_text::fold_str(&m.name) == name)
        };
        if named_in(x, d.sentence) || named_in(y, p.sentence) {
            return true;
        }
        // a region and a place inside it
        let region_of = |r: &Location, l: &Location| {
            r.precision == 3 && r.admin1.is_some() && r.admin1 == l.admin1 && r.country == l.country
        };
        region_of(x, y) || region_of(y, x)
    }

    /// The sense of a trigger hit, given its neighbour ("l'attaque" is a noun, "attaque" after a
    /// subject a verb); None when the hit is no trigger here.
    pub(super) fn choose_sense(&self, h: usize) -> Option<&'a Sense> {
        let lex = self.lex;
        let e = &lex.entries[self.hits[h].entry as usize];
        if e.senses.is_empty() || e.has(Cue::Block) || self.inside_date(h) {
            return None;
        }
        let prev =
            self.tok_before(self.hits[h].start).and_then(|t| self.cues_at(self.a.seg.tokens[t].span.start));
        // "a décidé d'expulser": an infinitive after the elided "d'" is a verb, not a noun
        let infinitive = lex.forms[self.hits[h].entry as usize]
            .split(' ')
            .next()
            .is_some_and(|w| w.ends_with("er") || w.ends_with("ir") || w.ends_with("re"));
        let after_det = prev.is_some_and(|(ph, cues)| {
            let pf = lex.forms[self.hits[ph].entry as usize].as_str();
            cues.contains(&Cue::Det)
                || (cues.contains(&Cue::Gen) && pf != "de" && !(infinitive && matches!(pf, "d'" | "d")))
        }) || (prev.is_none() && self.after_det_adjective(self.hits[h].start))
            || self.en_plural_noun_reading(h)
            || self.en_noun_after_preposition(h)
            || self.en_plural_after_participle(h)
            || self.det_before_quote(self.hits[h].start)
            // "après l'attaque", "malgré la menace": the article read inside a context phrase
            || self.article_in_cue_phrase(self.hits[h].start)
            || self.fr_plural_noun_reading(h);
        // ", l'accusant de…": an object clitic, not an article
        // ("les accusent": a clitic before a verb, events/clitic.rs)
        let after_det = after_det && !self.clitic_participle(h) && !self.clitic_before_verb(h);
        // "l'envoi de vivres", "sent relief materials": what a sending word carries decides its
        // reading (role `goods`); sending an envoy or an inquiry mission is none of them
        let sent = self.sent_object(h);
        // ("n'ont reçu aucun convoi", "sent no troops": a negated object tells no act)
        if sent == Some(sending::Sent::Nothing) {
            return None;
        }
        // ("a dépêché à Bamako son ministre": a word with an envoy reading is then a visit)
        let envoy = sent == Some(sending::Sent::Envoy) && self.envoy_entry(h);
        // ("a reçu une délégation": receiving envoys is the word's visit reading)
        if sent == Some(sending::Sent::Envoy) && !envoy && !self.receiving_entry(h) {
            return None;
        }
        let goods = sent == Some(sending::Sent::Goods);
        let senses = e
            .senses
            .iter()
            .map(|&s| &lex.senses[s as usize])
            .filter(move |s| s.goods == goods && s.envoy == envoy);
        let pick = |pos: &[Pos]| senses.clone().find(|s| pos.contains(&s.pos));
        let sense = if after_det {
            pick(&[Pos::Noun, Pos::Fixed])
        } else {
            pick(&[Pos::Verb, Pos::Fixed]).or_else(|| pick(&[Pos::Noun]))
        }?;
        if self.governed(h, sense) || self.resultative_leave(h, sense) {
            return None;
        }
        // "le départ des soldats français": a word read as a withdrawal only with a force after it
        if sense.force_de && !self.names_force_after(h) && !self.owned_departure_from_country(h) {
            return None;
        }
        // "set up a joint force", not "set up checkpoints": a mobilization only of a force
        if sense.force_obj && !self.names_force_obj(h) {
            return None;
        }
        // "former une cinquantaine de pilotes", not "former un gouvernement": training of people
        if sense.trainee_obj && !self.names_trainee_obj(h) {
            return None;
        }
        // "la reprise de Kidal": a word read as a recapture only with a place after it
        if sense.place_obj && !self.names_place_after(h) {
            return None;
        }
        // "ont récupéré onze fusils": a verb of taking back is a seizure only of materiel
        if sense.seized_obj && !self.names_seized_after(h) {
            return None;
        }
        Some(sense)
    }
    /// The hit's first word lies in a date the date reader found ("In March 2024", "the March 15
    /// attack", "COTONOU, March 3"): a month name, not a trigger word. Only the first word counts:
    /// a gapped phrase ("tendu mardi une embuscade") may hold a date inside.
    fn inside_date(&self, h: usize) -> bool {
        let (s, e) = (self.hits[h].start, self.hits[h].end);
        let text = &self.a.doc.text[s..e];
        let e = s + text.find(char::is_whitespace).unwrap_or(text.len());
        self.a.dates.iter().any(|d| d.span.start < e && s < d.span.end)
    }

    /// The word before `pos` is a definite article or demonstrative read inside a longer cue phrase
    /// ("Après l'explosion", "after the strike"), not as a determiner hit of its own.
    pub(super) fn article_in_cue_phrase(&self, pos: usize) -> bool {
        let Some(t) = self.tok_before(pos) else { return false };
        let ts = self.a.seg.tokens[t].span;
        matches!(
            veille_text::fold_cow(self.tok_text(t)).as_ref(),
            "le" | "la" | "l'" | "cette" | "cet" | "the" | "this"
        ) && self
            .cues_at(ts.start)
            .is_none_or(|(ph, _)| self.hits[ph].start < ts.start || self.hits[ph].end > ts.end)
    }
}

impl Extractor<'_, '_> {
    /// Every reading of hit `h` has a kind that the trigger hit at `trig` can also have.
    pub(super) fn same_kind_hit(&self, h: &Hit, trig: Span) -> bool {
        let kinds = |x: &Hit| self.lex.entry(x).senses.iter().map(|&k| self.lex.senses[k as usize].kind);
        let Some(t) = self.hits[self.hits_in(trig)].iter().find(|x| x.start == trig.start) else {
            return false;
        };
        kinds(h).all(|k| kinds(t).any(|tk| tk == k))
    }
}

/// Events placed by the article's scene when their sentences name no place: physical events and
/// aid (goods and money are received somewhere, `aid_place.rs`).
pub(super) fn scene_kind(kind: EventType) -> bool {
    physical_kind(kind) || kind == EventType::Aid
}

/// Violence, deployments, coercion, withdrawals and protests: events that happen somewhere, unlike
/// statements.
pub(super) fn physical_kind(kind: EventType) -> bool {
    matches!(
        kind,
        EventType::Assault
            | EventType::Mobilize
            | EventType::Coerce
            | EventType::Retreat
            | EventType::Protest
    )
}
