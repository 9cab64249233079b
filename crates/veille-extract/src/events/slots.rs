//! Location, date and figures of a draft, and the finished record.

use super::*;

const NO_DATE: &str = "no date in the event's sentence";

impl<'a, 'd> Extractor<'a, 'd> {
    /// Sentence `si` names a place, or a state ("au Niger") but not only its government ("le
    /// ministère de la Défense", "le gouvernement nigérien"): its events have a scene of their own
    /// and inherit none.
    pub(super) fn sentence_names_scene(&self, si: usize) -> bool {
        let ss = self.a.seg.sentences[si].span;
        self.a.places.iter().any(|p| ss.contains(p.span))
            || self.a.entities.iter().any(|e| {
                e.kind == EntityType::Country
                    && ss.contains(e.span)
                    && e.id.as_deref().is_none_or(|id| !id.contains('-'))
            })
    }

    /// The event location a place mention gives: its gazetteer fields and the mention's span.
    pub(super) fn location_of(&self, p: &veille_core::PlaceMention) -> Location {
        let a = self.a;
        let (s, e) = a.chars.span(p.span);
        Location {
            name: p.name.clone(),
            country: p.country.clone(),
            admin1: p.admin1.clone(),
            lat: p.lat,
            lon: p.lon,
            geonames_id: p.geonames_id,
            precision: p.precision,
            admin2: p.admin2.clone(),
            offset_km: p.offset_km,
            bearing: p.bearing.clone(),
            mention: Some(TextSpan { start: s, end: e, text: a.text(p.span).to_string() }),
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn location(
        &self,
        kind: EventType,
        si: usize,
        cs: usize,
        ce: usize,
        trig: Span,
        used: &[Span],
        note: &mut impl FnMut(&str, &str, Option<&str>),
    ) -> (Option<Location>, Option<String>) {
        let a = self.a;
        let ss = a.seg.sentences[si].span;
        let free = |s: Span| !used.iter().any(|u| u.overlaps(s));
        // where a statement was made is not where the event happened: "…, a annoncé l'état-major
        // à Paris" — places after a later speech verb are left out
        let said_at = self.hits[self.hits_in(Span::new(trig.end, ss.end))]
            .iter()
            .find(|x| {
                let f = self.lex.forms[x.entry as usize].as_str();
                self.lex.entry(x).has(Cue::Speech) || f.starts_with("annonc") || f.starts_with("announc")
            })
            .map_or(ss.end, |x| x.start);
        // « Ils ont tiré sur tout ce qui bougeait », a confié un rescapé réfugié à Djibo: inside a
        // direct quotation, a place of the attribution is the speaker's, not the event's
        let quote = a.quotes.iter().find(|q| q.span.contains(trig) && !q.indirect).map(|q| q.span);
        let places: Vec<&veille_core::PlaceMention> = a
            .places
            .iter()
            .filter(|p| {
                ss.contains(p.span)
                    && quote.is_none_or(|q| q.contains(p.span))
                    && free(p.name_span)
                    && (p.span.end <= trig.start || p.span.start < said_at)
                    // a dateline ("NIAMEY, 12 mars (AFP) –") says where the report was filed
                    && !veille_geo::is_dateline_mention(&a.doc.text, p)
                    && !self.in_dateline(p.span)
                    && !self.possessor_place(p.span)
                    // "crossed into Chad": a withdrawal is placed where the force leaves
                    && (kind != EventType::Retreat || !self.destination_place(p.span.start))
                    && !self.agent_name_not_place(p)
            })
            .collect();
        // "a refusé de rappeler son ambassadeur à Niamey", "accuse l'armée d'avoir tué des civils
        // près de Solenzo": a place after an infinitive trigger of the clause (or, for a speech act,
        // after any other trigger) is that event's, not this one's
        let speech_act = matches!(
            kind,
            EventType::Reject
                | EventType::Request
                | EventType::Accuse
                | EventType::Threaten
                | EventType::Support
        );
        let next_trigger = self.hits[self.hits_in(Span::new(trig.end, ce))]
            .iter()
            .find(|x| {
                let e = self.lex.entry(x);
                // an infinitive or a gerund ("de libérer", "to free", "of killing"), not a noun
                // ("des dizaines de manifestants")
                let verb = e.senses.iter().any(|&k| self.lex.senses[k as usize].pos != Pos::Noun);
                !e.senses.is_empty()
                    && (speech_act
                        || verb
                            && self.tok_before(x.start).is_some_and(|t| {
                                if self.tok_is(t, &["of"]) {
                                    self.lex.forms[x.entry as usize].ends_with("ing")
                                } else {
                                    self.tok_is(
                                        t,
                                        &[
                                            "de",
                                            "d'",
                                            "d’",
                                            "à",
                                            "a",
                                            "pour",
                                            "to",
                                            "avoir",
                                            "d'avoir",
                                            "d’avoir",
                                        ],
                                    )
                                }
                            }))
            })
            .map_or(ce, |x| x.start);
        let after = places
            .iter()
            .filter(|p| p.span.start >= trig.end && p.span.end <= ce.min(next_trigger))
            // "des renforts venus de Ouahigouya … vers Djibo": where forces come from is not where
            // they are sent
            .filter(|p| kind != EventType::Mobilize || !self.origin_place(p.span.start))
            // "accuse l'armée d'exactions à Moura": the place of what a statement says
            .filter(|_| !statement_place::content_place_after(kind))
            .min_by_key(|p| p.span.start);
        let before = places
            .iter()
            .filter(|p| p.span.end <= trig.start && p.span.start >= cs)
            .filter(|_| !statement_place::never_placed(kind))
            .max_by_key(|p| p.span.start);
        // a statement's place is where it was made, if the text puts it in its clause: a place
        // elsewhere in the sentence, or a country named as a scene, is the place of what it is
        // about ("accuse l'armée … dans la région de la Boucle du Mouhoun", "threatened military
        // intervention in Niger"; EVAL.md guideline 8: statements mostly have no place)
        let any = places
            .iter()
            .filter(|_| !speech_act && !statement_place::clause_placed_only(kind))
            .find(|p| !(p.span.start >= next_trigger && p.span.end <= ce));
        // "a convoqué l'ambassadeur du Mali à Nouakchott": where an envoy was summoned
        let summoned = self.summons_place(trig, ce, &places);
        let (p, rule) = match (summoned, after, before, any) {
            (Some(p), ..) => (Some(p), "a summons: the place right after the summoned envoy"),
            (None, Some(p), _, _) => (Some(*p), "place after the trigger in its clause"),
            (None, None, Some(p), _) => (Some(*p), "place before the trigger in its clause"),
            // "tués … en territoire malien": the clause's own territory beats a place of another
            // clause ("a convoqué l'ambassadeur à Nouakchott, après la mort de bergers tués …")
            (None, None, None, Some(p)) if self.territory_country(cs, ce).is_none() => {
                (Some(*p), "place elsewhere in the sentence")
            }
            _ => (None, ""),
        };
        // "Djibo, chef-lieu de la province du Soum": the town inside the area the clause names
        let (p, rule) =
            match p.filter(|_| !speech_act).and_then(|p| self.place_inside_area(p, &places, cs, ce)) {
                Some(q) => (Some(q), "a place inside the admin area its clause names"),
                None => (p, rule),
            };
        if kind == EventType::Retreat
            && let Some(g) = self.country_left(ce, trig, p.map(|p| p.span.start))
        {
            let e = &a.entities[g.ments[0]];
            note("location", "the country a withdrawal leaves", Some(a.text(e.span)));
            return (Some(self.country_location(e)), None);
        }
        if let Some(p) = p {
            note("location", rule, Some(a.text(p.span)));
            return (Some(self.location_of(p)), None);
        }
        if !speech_act && let Some(loc) = self.territory_country(cs, ce) {
            note("location", "a state named by its territory", loc.mention.as_ref().map(|m| m.text.as_str()));
            return (Some(loc), None);
        }
        // a country named as a destination or scene: "déployée au Mali", "in Niger"; the country
        // left ("ont quitté le Niger")
        for g in self.groups_in(cs, ce).filter(|_| !speech_act) {
            let left = kind == EventType::Retreat && g.start >= trig.end;
            // "withdrew toward Mali": where a withdrawal goes is not where it happens
            if kind == EventType::Retreat && self.destination_place(g.start) {
                continue;
            }
            if !left
                && (!free(Span::new(g.start, g.end))
                    || !matches!(self.marker(g, cs), Some(Cue::Dat | Cue::Loc)))
            {
                continue;
            }
            let m = g.ments[0];
            let e = &a.entities[m];
            // "near the Niger border", "à la frontière avec le Mali": not where it happened
            let border =
                || veille_geo::cues::Cues::shared().is_ok_and(|c| c.named_for_border(&a.doc.text, e.span));
            if e.kind == EntityType::Country && !border() {
                note("location", "country named as the scene or destination", Some(a.text(e.span)));
                return (Some(self.country_location(e)), None);
            }
        }
        (None, Some("no place named in the event's sentence".to_string()))
    }

    /// The place of a summons (trigger role `summons`): a place after the trigger, before any comma,
    /// within a few words ("l'ambassadeur du Mali à Nouakchott", "summoned France's ambassador in
    /// Niamey"), introduced by "à"/"in"/"at".
    fn summons_place<'p>(
        &self,
        trig: Span,
        ce: usize,
        places: &[&'p veille_core::PlaceMention],
    ) -> Option<&'p veille_core::PlaceMention> {
        let summons = self.hits[self.hits_in(trig)]
            .iter()
            .any(|x| self.lex.entry(x).senses.iter().any(|&k| self.lex.senses[k as usize].summons));
        if !summons {
            return None;
        }
        let end = self.first_comma(trig.end, ce);
        places
            .iter()
            .copied()
            .filter(|p| p.span.start >= trig.end && p.span.end <= end)
            .min_by_key(|p| p.span.start)
            .filter(|p| {
                p.span.start <= trig.end + 40
                    && self.tok_before(p.span.start).is_some_and(|t| self.tok_is(t, &["à", "a", "in", "at"]))
            })
    }

    /// A statement (accusation, request, refusal, threat, support) whose sentence names a place:
    /// the place is what it is about, not where it happened, so it has no location; but the
    /// place still makes it a report worth keeping, as an event with a location is.
    pub(super) fn statement_names_place(&self, d: &Draft) -> bool {
        let statement = matches!(
            d.kind,
            EventType::Reject
                | EventType::Request
                | EventType::Accuse
                | EventType::Threaten
                | EventType::Support
        );
        let ss = self.a.seg.sentences[d.sentence].span;
        statement
            && self.a.places.iter().any(|p| {
                ss.contains(p.span)
                    && !veille_geo::is_dateline_mention(&self.a.doc.text, p)
                    && !self.in_dateline(p.span)
            })
    }

    pub(super) fn date(
        &self,
        si: usize,
        trig: Span,
        note: &mut impl FnMut(&str, &str, Option<&str>),
    ) -> (Option<String>, Option<veille_core::Precision>, Option<String>) {
        self.date_with(si, trig, &|_| true, note)
    }

    /// The date of an event of type `kind`: as [`Self::date`], but an incident (not a statement)
    /// is not dated by the day its report was made ("a indiqué lundi l'état-major", "police said
    /// on Tuesday"; `timing.rs`).
    pub(super) fn event_date(
        &self,
        (kind, mode, status): (EventType, Option<&str>, Status),
        si: usize,
        trig: Span,
        note: &mut impl FnMut(&str, &str, Option<&str>),
    ) -> (Option<String>, Option<veille_core::Precision>, Option<String>) {
        let ss = self.a.seg.sentences[si].span;
        // "a annoncé dimanche leur retrait": a decision is taken the day it is announced
        let announce = timing::incident(kind, mode);
        let statement = timing::undated_by_statement(kind, mode, status);
        let said = |s: Span| statement && self.statement_date(s, trig, announce);
        // "accuse l'armée d'avoir exécuté 40 civils en mars", "a rappelé son ambassadeur après que
        // l'armée a accusé Alger d'avoir abattu un drone dans la nuit du 31 mars": a date told
        // after the content of a statement or a measure dates that content (unless it is the
        // statement's own day: "menace …, dans un message diffusé vendredi")
        let content = timing::has_content(kind);
        let other =
            |s: Span| content && self.dates_later_trigger(s, trig) && !self.statement_date(s, trig, true);
        let skipped =
            self.a.dates.iter().find(|d| {
                ss.contains(d.span) && !self.in_dateline(d.span) && (said(d.span) || other(d.span))
            });
        let Some(skipped) = skipped else { return self.date(si, trig, note) };
        let rule = if said(skipped.span) {
            "date of the statement that reports it, not of the event"
        } else {
            "date of a later trigger of its sentence, not of this event"
        };
        note("date", rule, Some(self.a.text(skipped.span)));
        let out = self.date_with(si, trig, &|s| !said(s) && !other(s), note);
        match out {
            (None, _, Some(r)) if r == NO_DATE => {
                (None, None, Some("the sentence dates only the statement that reports the event".to_string()))
            }
            o => o,
        }
    }

    fn date_with(
        &self,
        si: usize,
        trig: Span,
        keep: &dyn Fn(Span) -> bool,
        note: &mut impl FnMut(&str, &str, Option<&str>),
    ) -> (Option<String>, Option<veille_core::Precision>, Option<String>) {
        let a = self.a;
        let ss = a.seg.sentences[si].span;
        let dist = |d: &&crate::analysis::DateRef| {
            if d.span.start >= trig.end {
                d.span.start - trig.end
            } else {
                trig.start.saturating_sub(d.span.end)
            }
        };
        let filed = |d: &&crate::analysis::DateRef| !self.in_dateline(d.span) && keep(d.span);
        // "l'attaque qui a visé la veille", "; le lendemain, une patrouille…" (day_after.rs)
        if let Some((date, anchor)) = self.day_relative_in_sentence(si, trig) {
            note(
                "date",
                "la veille / le lendemain of a day told before it in its sentence",
                Some(a.text(anchor)),
            );
            return (Some(date.to_string()), Some(veille_core::Precision::Day), None);
        }
        let mut pick = a.dates.iter().filter(|d| ss.contains(d.span)).filter(filed).min_by_key(dist);
        let mut rule = "date in the event's sentence";
        // A sentence with no date of its own is not dated by the one before ("Dans la foulée, le
        // gouverneur a instauré un couvre-feu", "Il a également suspendu…": annotators leave these
        // undated), except when it says the day relative to it: "Le lendemain, l'armée a mené des
        // frappes", "La veille, …" (a day after or before the date of the sentence before)
        let mut shift = 0;
        let own_date = a.dates.iter().any(|d| ss.contains(d.span) && !self.in_dateline(d.span));
        if pick.is_none() && si > 0 && !own_date {
            shift = self.relative_day(ss);
            if shift == 0 {
                // "Deux jours plus tôt, …", "three days later" (timing.rs)
                shift = self.days_shift(ss);
            }
            if shift != 0 {
                // the last day told before, not a statement's ("La veille, … avaient incendié le
                // marché" after a paragraph on the zone's situation)
                pick = (0..si).rev().find_map(|k| {
                    let ps = a.seg.sentences[k].span;
                    a.dates
                        .iter()
                        .filter(|d| ps.contains(d.span) && d.precision == veille_core::Precision::Day)
                        .filter(|d| !self.statement_date(d.span, trig, true))
                        .filter(filed)
                        .max_by_key(|d| d.span.start)
                });
                rule = "date in the sentence before";
            }
        }
        match pick {
            Some(d) => match d.date {
                Some(date) if shift != 0 && d.precision == veille_core::Precision::Day => {
                    let rule = match shift {
                        1 => "the day after the date of the sentence before (le lendemain)",
                        -1 => "the day before the date of the sentence before (la veille)",
                        _ => "days after or before the date of a sentence before (deux jours plus tôt)",
                    };
                    note("date", rule, Some(a.text(d.span)));
                    match date.to_days() {
                        Some(n) => (
                            Some(veille_core::PartialDate::from_days(n + shift).to_string()),
                            Some(d.precision),
                            None,
                        ),
                        None => (None, None, Some("relative day not resolved".to_string())),
                    }
                }
                Some(date) => {
                    note("date", rule, Some(a.text(d.span)));
                    (Some(date.to_string()), Some(d.precision), None)
                }
                None => (
                    None,
                    None,
                    Some(
                        d.reason
                            .clone()
                            .unwrap_or_else(|| format!("date expression `{}` not resolved", a.text(d.span))),
                    ),
                ),
            },
            None => (None, None, Some(NO_DATE.to_string())),
        }
    }

    /// Binds figures to the events of their sentence (or, for casualties, the previous one).
    pub(super) fn attach_figures(&self, drafts: &mut [Draft]) {
        let a = self.a;
        for f in &a.figures {
            let si = self.sentence_of(f.span.start);
            let Some((kind, rule)) = self.figure_kind(f) else { continue };
            let fits = |k: EventType| match kind {
                QuantityKind::Fatalities | QuantityKind::Injured | QuantityKind::Abducted => {
                    k == EventType::Assault
                }
                QuantityKind::Troops => matches!(
                    k,
                    EventType::Mobilize | EventType::Aid | EventType::Retreat | EventType::Cooperate
                ),
                QuantityKind::Weapons => {
                    matches!(k, EventType::Aid | EventType::Mobilize | EventType::Coerce)
                }
                QuantityKind::Money => matches!(k, EventType::Aid | EventType::Sanction | EventType::Agree),
            };
            // an event is in a sentence by its trigger or by a later mention merged into it
            let trigger_in = |d: &Draft, si: usize| {
                (d.sentence == si)
                    .then_some(d.trigger)
                    .or_else(|| d.also.iter().find(|(s, _)| *s == si).map(|&(_, t)| t))
            };
            let dist = |d: &Draft| trigger_in(d, si).map_or(usize::MAX, |t| t.start.abs_diff(f.span.start));
            let mut best: Option<usize> = (0..drafts.len())
                .filter(|&i| fits(drafts[i].kind))
                // "le retrait de ses 1 000 soldats": the figure completes the trigger noun
                .find(|&i| {
                    trigger_in(&drafts[i], si).is_some_and(|t| {
                        t.end <= f.span.start && self.only_function_words(t.end, f.span.start)
                    })
                })
                .or_else(|| {
                    (0..drafts.len())
                        .filter(|&i| fits(drafts[i].kind) && trigger_in(&drafts[i], si).is_some())
                        .min_by_key(|&i| dist(&drafts[i]))
                });
            let mut how = "figure in the event's sentence";
            // "Le Nigeria est confronté depuis 2009 à l'insurrection, qui a fait plus de 40 000
            // morts": a figure of a conflict's size told in a sentence of its own is its
            // cumulative toll, not the toll of the incident told before
            if best.is_none()
                && matches!(kind, QuantityKind::Fatalities | QuantityKind::Injured | QuantityKind::Abducted)
                && si > 0
                && f.value < en_readings::CUMULATIVE_TOLL
            {
                best = (0..drafts.len())
                    .rev()
                    .find(|&i| trigger_in(&drafts[i], si - 1).is_some() && fits(drafts[i].kind));
                // "…, raconte-t-il. Des sources sécuritaires parlent d'une dizaine de morts": past a
                // sentence with no event at all (a quotation), the one before it
                if best.is_none()
                    && si > 1
                    && !drafts.iter().any(|d| trigger_in(d, si - 1).is_some())
                    && !self.hits[self.hits_in(self.a.seg.sentences[si - 1].span)]
                        .iter()
                        .any(|h| !self.lex.entry(h).senses.is_empty())
                {
                    best = (0..drafts.len())
                        .rev()
                        .find(|&i| trigger_in(&drafts[i], si - 2).is_some() && fits(drafts[i].kind));
                }
                how = "casualty figure in the sentence after the event";
            }
            let Some(i) = best else { continue };
            // a figure given by a party ("selon l'armée", "the group said")
            let claimed_by = self.figure_claimant(si, f.span);
            let (s, e) = a.chars.span(f.span);
            let d = &mut drafts[i];
            d.quantities.push(QuantityRecord {
                kind,
                value: f.value,
                approx: f.approx,
                start: s,
                end: e,
                claimed_by,
            });
            if a.explain {
                d.explain.push(step(
                    "quantities",
                    &format!("{rule}; {how}"),
                    Some(a.text(f.span).to_string()),
                ));
            }
        }
    }

    /// The party giving a figure: the nearest "selon X"/"X said" after it in its sentence
    /// (within a few words), else one before it.
    pub(super) fn figure_claimant(&self, si: usize, fs: Span) -> Option<ActorRef> {
        let ss = self.a.seg.sentences[si].span;
        let mut best: Option<(usize, Option<&Group>)> = None;
        for i in self.hits_in(ss) {
            let h = self.hits[i];
            let cues = &self.lex.entry(&h).cues;
            if !(cues.contains(&Cue::Accord) || cues.contains(&Cue::Speech)) {
                continue;
            }
            let dist = if h.start >= fs.end {
                self.tokens_between(fs.end, h.start)
            } else {
                100 + self.tokens_between(h.end, fs.start)
            };
            if h.start >= fs.end && dist > 6 {
                continue;
            }
            // "two sources told The Associated Press", "ont indiqué jeudi à l'AFP": who is told is
            // not who gives the figure
            let told = matches!(self.lex.forms[h.entry as usize].as_str(), "told" | "tell" | "tells");
            let g = self
                .groups_in(h.end, ss.end)
                .next()
                .filter(|g| self.tokens_between(h.end, g.start) <= 4)
                .filter(|g| !told && self.marker(g, h.end) != Some(Cue::Dat))
                .or_else(|| {
                    self.groups_in(ss.start, h.start)
                        .last()
                        .filter(|g| self.tokens_between(g.end, h.start) <= 1)
                });
            if best.is_none_or(|(d, _)| dist < d) {
                best = Some((dist, g));
            }
        }
        let g = best?.1?;
        let e = &self.a.entities[g.ments[0]];
        Some(ActorRef { id: e.id.clone(), name: e.name.clone(), acled_class: None })
    }

    /// What a number counts, from the words around it.
    pub(super) fn figure_kind(&self, f: &crate::analysis::Figure) -> Option<(QuantityKind, &'static str)> {
        let toks = &self.a.seg.tokens;
        let si = self.sentence_of(f.span.start);
        let send = self.a.seg.sentences[si].span.end;
        // "tuant 12", "killing 12"
        if let Some(t) = self.tok_before(f.span.start)
            && let Some((_, cues)) = self.cues_at(toks[t].span.start)
        {
            if cues.contains(&Cue::Fatal) {
                return Some((QuantityKind::Fatalities, "casualty word before the number"));
            }
            if cues.contains(&Cue::Injured) {
                return Some((QuantityKind::Injured, "casualty word before the number"));
            }
        }

        let mut i = toks.partition_point(|t| t.span.start < f.span.end);
        let mut unit: Option<QuantityKind> = None;
        let mut n = 0;
        while i < toks.len() && n < 6 && toks[i].span.start < send {
            let t = toks[i];
            let txt = &self.a.doc.text[t.span.start..t.span.end];
            if matches!(txt, "." | ";" | ":" | "(" | ")") || (txt == "," && n > 1) {
                break;
            }
            if let Some((h, cues)) = self.cues_at(t.span.start) {
                for c in cues {
                    match c {
                        Cue::Fatal => {
                            return Some((QuantityKind::Fatalities, "casualty word after the number"));
                        }
                        Cue::Injured => {
                            return Some((QuantityKind::Injured, "casualty word after the number"));
                        }
                        Cue::Abducted => {
                            return Some((QuantityKind::Abducted, "casualty word after the number"));
                        }
                        Cue::UTroops if n <= 1 => unit = unit.or(Some(QuantityKind::Troops)),
                        Cue::UWeapons if n <= 2 => unit = unit.or(Some(QuantityKind::Weapons)),
                        Cue::UMoney if n <= 2 => unit = unit.or(Some(QuantityKind::Money)),
                        _ => {}
                    }
                }
                let end = self.hits[h].end;
                while i < toks.len() && toks[i].span.start < end {
                    i += 1;
                }
            } else {
                i += 1;
            }
            n += 1;
        }
        unit.map(|u| (u, "unit noun after the number"))
    }

    pub(super) fn finish(&self, d: Draft) -> EventRecord {
        let a = self.a;
        let recipient_class = if d.civilians {
            RecipientClass::Civilians
        } else if d.recipient_kinds.iter().any(|k| is_party(*k) || *k == EntityType::Country) {
            RecipientClass::Armed
        } else {
            RecipientClass::Unknown
        };
        let acled = self.acled.map(d.kind, d.mode.as_deref(), recipient_class);
        // a headline's rounded figure ("Dozens of soldiers killed") yields to the body's
        let headline = self.is_headline(0).then(|| a.chars.span(a.seg.sentences[0].span));
        let in_headline = |q: &QuantityRecord| headline.is_some_and(|(s, e)| q.start >= s && q.end <= e);
        let best = |kind: QuantityKind| {
            let body = d.quantities.iter().any(|q| q.kind == kind && !in_headline(q));
            let of_kind = d.quantities.iter().filter(|q| q.kind == kind && !(body && in_headline(q)));
            of_kind
                .clone()
                .filter(|q| q.claimed_by.is_none())
                .map(|q| q.value)
                .min()
                .or_else(|| of_kind.map(|q| q.value).min())
        };
        let (ts, te) = a.chars.span(d.trigger);
        // the sentences of later mentions merged into this event, each once
        let mut later: Vec<usize> = d.also.iter().map(|&(si, _)| si).collect();
        later.sort_unstable();
        later.dedup();
        let later_evidence: Vec<Span> =
            later.iter().map(|&si| a.seg.sentences[si].span).filter(|s| !d.evidence.contains(*s)).collect();
        let rule_needed = d.fatalities_rule_needed();
        let mut explain = d.explain;
        if a.explain {
            if let Some(ac) = &acled {
                let rule = format!("acled.tsv: {} / {:?} / {recipient_class:?}", d.kind, d.mode);
                explain.push(ExplainStep {
                    slot: "acled".into(),
                    rule,
                    text: Some(format!("{} / {}", ac.event_type, ac.sub_event_type)),
                });
            }
            if let Some(kb) = self.kb {
                let classes: Vec<String> = d
                    .actor
                    .iter()
                    .chain(&d.recipient)
                    .filter_map(|r| r.id.as_deref())
                    .filter_map(|id| kb.acled_class(id).map(|c| format!("{id}={c}")))
                    .collect();
                if !classes.is_empty() {
                    explain.push(step(
                        "acled_actor_class",
                        "kb.acled_class (ACLED inter code)",
                        Some(classes.join(", ")),
                    ));
                }
            }
            if rule_needed {
                explain.push(step(
                    "fatalities",
                    "smallest figure not given by a party, else smallest claimed",
                    None,
                ));
            }
        }
        let (mut actor, mut recipient, mut source) = (d.actor, d.recipient, d.source);
        if let Some(kb) = self.kb {
            for r in actor.iter_mut().chain(recipient.iter_mut()).chain(source.iter_mut()) {
                r.acled_class = r.id.as_deref().and_then(|id| kb.acled_class(id));
            }
        }
        EventRecord {
            id: event_id(&a.doc.id, d.evidence, d.trigger),
            kind: d.kind,
            mode: d.mode,
            acled,
            status: d.status,
            date: d.date,
            date_precision: d.date_precision,
            actor,
            recipient,
            source,
            location: d.location,
            fatalities: best(QuantityKind::Fatalities),
            troops: best(QuantityKind::Troops),
            quantities: d.quantities,
            evidence: std::iter::once(d.evidence)
                .chain(later_evidence)
                .map(|sp| {
                    let (es, ee) = a.chars.span(sp);
                    TextSpan { start: es, end: ee, text: a.text(sp).to_string() }
                })
                .collect(),
            context: d.context.into_iter().collect(),
            background: d.background,
            trigger: Some(TextSpan { start: ts, end: te, text: a.text(d.trigger).to_string() }),
            date_reason: d.date_reason,
            location_reason: d.location_reason,
            explain,
        }
    }
}

impl<'a, 'd> Extractor<'a, 'd> {
    /// "Il a annoncé l'envoi de renforts dans la zone", "des ratissages se poursuivaient sur les
    /// lieux": an event whose sentence names no place but points back to one with a phrase of
    /// cues.tsv (`place_anaphor`) happened where the last event told before with a place did. A statement has no place (EVAL.md guideline 8), and a phrase
    /// with a complement ("dans la zone des trois frontières") names a place of its own.
    pub(super) fn inherit_anaphoric_place(&self, drafts: &mut [Draft]) {
        let placed = |k: EventType| {
            matches!(
                k,
                EventType::Assault
                    | EventType::Protest
                    | EventType::Coerce
                    | EventType::Mobilize
                    | EventType::Aid
            )
        };
        // the place comes from an incident or a visit told before
        // (or the place a withdrawal left: "ont quitté le camp de Ber … le contrôle de la localité")
        let source = |k: EventType| placed(k) || matches!(k, EventType::Consult | EventType::Retreat);
        let toks = &self.a.seg.tokens;
        for i in 0..drafts.len() {
            let d = &drafts[i];
            // a visit "sur les lieux (de l'attaque)" is made where the incident happened
            let visit = d.kind == EventType::Consult && d.mode.as_deref() == Some("visit");
            if d.location.is_some() || d.background || !(placed(d.kind) || visit) || d.sentence == 0 {
                continue;
            }
            let ss = self.a.seg.sentences[d.sentence].span;
            let cue = self.hits[self.hits_in(ss)].iter().any(|h| {
                let t = toks.partition_point(|t| t.span.start < h.end);
                self.lex.entry(h).has(Cue::PlaceAnaphor)
                    && h.end <= ss.end
                    && !(t < toks.len()
                        && toks[t].span.start < ss.end
                        && self.tok_is(t, &["de", "des", "du", "d'", "d’", "of"]))
            });
            if !cue || self.sentence_names_scene(d.sentence) {
                continue;
            }
            let Some(loc) = drafts[..i]
                .iter()
                .rev()
                .find(|p| p.sentence < d.sentence && !p.background && source(p.kind) && p.location.is_some())
                .and_then(|p| p.location.clone())
            else {
                continue;
            };
            drafts[i].inherit_location(
                loc,
                self.a.explain,
                "a phrase pointing back to a place: the place of the event before",
                None,
            );
        }
    }
}

impl Extractor<'_, '_> {
    /// "in Niger's Tillaberi region", "Nigeria's Zamfara state": an English possessor right
    /// before another place name (at most one lower-case word between) only says whose that place
    /// is; the place is the one named after it.
    pub(super) fn possessor_place(&self, s: Span) -> bool {
        if self.a.doc.lang != veille_core::Lang::En {
            return false;
        }
        let Some(after) = self.after_possessive(s.end) else {
            return false;
        };
        self.a.places.iter().any(|p| {
            p.span.start >= after
                && p.span.start <= after + 40
                && self.one_lower_word_at_most(after, p.span.start, |_| true)
        })
    }
}
