//! A country named with a compass part after a locative — "in northern Mali", "dans le nord du
//! Mali", "in north-east Nigeria", "au nord du Niger" — is the scene of the clause (EVAL.md
//! guideline 8: the country, no place), never its object, subject or recipient. The geoparser
//! reads the phrase (a place mention with a bearing and no distance); the preposition that opens
//! it (the first word of the phrase, or the word before it) says it is a locative.

use super::*;

impl Extractor<'_, '_> {
    /// The locative cue (`Loc` or `Dat`) of a group named by a place phrase with a compass part:
    /// "[in] northern Mali", "[dans] le nord du Mali", "au nord du Niger".
    pub(super) fn regional_scene_marker(&self, g: &Group) -> Option<Cue> {
        let places = &self.a.places;
        let i = places.partition_point(|p| p.name_span.start < g.start);
        let p = places.get(i).filter(|p| {
            p.name_span.start == g.start
                && p.bearing.is_some()
                && p.offset_km.is_none()
                && p.span.start < p.name_span.start
        })?;
        let toks = &self.a.seg.tokens;
        let first = toks.partition_point(|t| t.span.start < p.span.start);
        let locative = |pos: usize| {
            self.cues_at(pos)
                .and_then(|(_, cues)| [Cue::Loc, Cue::Dat].into_iter().find(|c| cues.contains(c)))
        };
        if first < toks.len()
            && let Some(c) = locative(toks[first].span.start)
        {
            return Some(c);
        }
        let t = self.tok_before(p.span.start)?;
        locative(toks[t].span.start)
    }
}

impl Extractor<'_, '_> {
    /// "selon des sources jointes par Mondafrique", "reached by Sahel Tribune": a name the
    /// gazetteer does not hold right after an agent preposition is an outlet or a person, not the
    /// place of the event.
    pub(super) fn agent_name_not_place(&self, p: &veille_core::PlaceMention) -> bool {
        p.geonames_id.is_none()
            && self.tok_before(p.span.start).is_some_and(|t| self.tok_is(t, &["par", "by", "selon"]))
    }

    /// The country a withdrawal leaves, named after its trigger as an object or a `de`/`from`
    /// complement ("le retrait des soldats allemands du Mali", "the pullout of troops from Niger",
    /// "ont quitté le Niger", "leaving Mali") before any other place of the clause: the place of a
    /// RETREAT is the place left, not where the troops went ("… when the last aircraft landed in
    /// Chad"; EVAL.md guideline 8 and the RETREAT rules).
    pub(super) fn country_left(&self, ce: usize, trig: Span, place_start: Option<usize>) -> Option<&Group> {
        let a = self.a;
        for g in self
            .groups_in(trig.end, ce)
            .take_while(|g| place_start.is_none_or(|s| g.start < s))
            .filter(|g| self.tokens_between(trig.end, g.start) <= 8)
        {
            let e = &a.entities[g.ments[0]];
            if e.kind != EntityType::Country {
                continue;
            }
            let mut t = self.tok_before(g.start)?;
            while self.tok_is(t, &["le", "la", "l'", "l’", "the"]) {
                t = t.checked_sub(1)?;
            }
            // "le retrait du Mali, du Burkina Faso et du Niger de la Cédéao": a "de" right after
            // the noun names who withdraws (and the states listed with it), not the place left
            if self.tokens_between(trig.end, a.seg.tokens[t].span.start) == 0
                && self.tok_is(t, &["de", "du", "des", "d'", "d’"])
            {
                return None;
            }
            let from = self.tok_is(t, &["from", "de", "du", "des", "d'", "d’"]);
            let object = self.tok_is(
                t,
                &["quitter", "quitté", "quittent", "quitte", "leave", "leaving", "left", "leaves"],
            );
            if (from || object)
                && !veille_geo::cues::Cues::shared().is_ok_and(|c| c.named_for_border(&a.doc.text, e.span))
            {
                return Some(g);
            }
        }
        None
    }
}

impl Extractor<'_, '_> {
    /// "qui ont 48 heures pour quitter le territoire malien", "sur l'ensemble du territoire
    /// nigérien", "on Nigerien soil": a state named by its territory is where the clause's event
    /// happens (EVAL.md guideline 8: country set, no place), whatever the preposition before it.
    pub(super) fn territory_country(&self, cs: usize, ce: usize) -> Option<Location> {
        let a = self.a;
        let e = self.groups_in(cs, ce).map(|g| &a.entities[g.ments[0]]).find(|e| {
            if e.kind != EntityType::Country {
                return false;
            }
            let t = a.text(e.span);
            let first = t.split_whitespace().next().unwrap_or("");
            let last = t.split_whitespace().next_back().unwrap_or("");
            ["territoire", "sol", "territory", "soil"].iter().any(|w| first.eq_ignore_ascii_case(w))
                || ["territory", "soil"].iter().any(|w| last.eq_ignore_ascii_case(w))
        })?;
        Some(self.country_location(e))
    }

    /// A country mention as an event's location: the country only (precision 3, no place), with
    /// the mention as evidence; the code is the entity's country, else read off its `kb:` id.
    pub(super) fn country_location(&self, e: &veille_core::EntityMention) -> Location {
        let a = self.a;
        let cc = e
            .country
            .clone()
            .or_else(|| e.id.as_deref().and_then(|i| i.strip_prefix("kb:")).map(str::to_string));
        let (s, en) = a.chars.span(e.span);
        Location {
            name: e.name.clone(),
            country: cc,
            precision: 3,
            mention: Some(TextSpan { start: s, end: en, text: a.text(e.span).to_string() }),
            ..Location::default()
        }
    }
}
