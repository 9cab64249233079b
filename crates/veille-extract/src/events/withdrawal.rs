//! Withdrawals named by the forces that leave: "le départ des soldats français", "the departure of
//! the last French troops", "le retrait des militaires de l'opération Barkhane".

use super::*;

/// How many words after a withdrawal noun the force it names may start.
const FORCE_WINDOW: usize = 6;

impl<'a, 'd> Extractor<'a, 'd> {
    /// The first token after the trigger hit `h` and the end of its sentence: where the words a
    /// trigger reads after it start and stop.
    fn tokens_after_hit(&self, h: usize) -> (usize, usize) {
        let end = self.hits[h].end;
        let si = self.sentence_of(self.hits[h].start);
        (self.a.seg.tokens.partition_point(|t| t.span.start < end), self.a.seg.sentences[si].span.end)
    }

    /// A group of mentions starts at byte `pos` (before `sent_end`) and names an armed party.
    fn party_group_at(&self, pos: usize, sent_end: usize) -> bool {
        self.groups_in(pos, sent_end)
            .next()
            .is_some_and(|g| g.start == pos && g.ments.iter().any(|&m| is_party(self.a.entities[m].kind)))
    }

    /// The words right after the trigger hit `h` name a force through "de"/"of": a troop or unit
    /// noun (cues `u_troops`, `unit`: "des soldats", "de la force", "of the troops"), a named
    /// armed party ("de Barkhane", "of Wagner") or a mission kept in one country ("de la Minusma";
    /// not another organisation: "le départ de la Cédéao" is a state leaving it). One plain word may come between ("des
    /// derniers soldats"). A word read only with such a complement (role `force_de`: "départ")
    /// is no withdrawal without it ("au départ", "le départ du convoi", "point de départ").
    pub(super) fn names_force_after(&self, h: usize) -> bool {
        let (first, sent_end) = self.tokens_after_hit(h);
        let toks = &self.a.seg.tokens;
        let mut linked = false;
        let mut plain = 0;
        for t in toks.iter().skip(first).take(FORCE_WINDOW) {
            if t.span.start >= sent_end {
                break;
            }
            if linked
                && self.groups_in(t.span.start, sent_end).next().is_some_and(|g| {
                    g.start == t.span.start && g.ments.iter().any(|&m| self.leaves_as_force(m))
                })
            {
                return true;
            }
            match self.cues_at(t.span.start) {
                Some((_, cues)) if cues.contains(&Cue::UTroops) || cues.contains(&Cue::Unit) => {
                    return linked;
                }
                Some((_, cues)) if cues.contains(&Cue::Gen) => linked = true,
                Some((_, cues)) if cues.contains(&Cue::Det) => {}
                _ if linked && plain == 0 && t.kind != veille_text::TokenKind::Punct => plain += 1,
                _ => return false,
            }
        }
        false
    }

    /// The object of the trigger hit `h`, within [`FORCE_WINDOW`] words after it and before a
    /// clause mark or a preposition ("to", "in", "pour"), is a force: a troop or unit noun (cues
    /// `u_troops`, `unit`: "a rapid intervention force", "a new battalion") or a named armed
    /// party; or a participle right after a troop or unit noun ("the mission set up in 2022"). A
    /// word read only with such an object (role `force_obj`: "set up") is no mobilization without
    /// it ("set up checkpoints", "the task force was set up to fight", "set up a committee").
    pub(super) fn names_force_obj(&self, h: usize) -> bool {
        let (first, sent_end) = self.tokens_after_hit(h);
        let toks = &self.a.seg.tokens;
        // "the mission set up in 2022": a participle right after a force noun it describes
        if self.tok_before(self.hits[h].start).is_some_and(|t| self.force_noun_at(toks[t].span.start)) {
            return true;
        }
        for t in toks.iter().skip(first).take(FORCE_WINDOW) {
            if t.span.start >= sent_end || t.kind == veille_text::TokenKind::Punct {
                return false;
            }
            if self.party_group_at(t.span.start, sent_end) {
                return true;
            }
            if self.force_noun_at(t.span.start) {
                return true;
            }
            match self.cues_at(t.span.start) {
                Some((_, cues)) if cues.contains(&Cue::Det) => {}
                // a preposition or another event word ends the object
                Some(_) => return false,
                None => {}
            }
        }
        false
    }

    /// The object or "de" complement of the training word hit `h`, within [`FORCE_WINDOW`] words
    /// after it and before a punctuation mark, names people trained: a trainee or troop noun (cues
    /// `trainee`, `u_troops`: "former une cinquantaine de pilotes", "la formation des soldats") or
    /// a named armed party with its article ("former les Forces armées maliennes", not "la
    /// formation de bataillons d'intervention rapide"). Determiners, "de", a figure or
    /// an approximate number ("cinquantaine", "centaines") and one adjective right before the noun
    /// ("de jeunes officiers") may come before it; a unit noun ("former une force"), any other
    /// noun ("former une coalition de combattants") or cue word ends the object. A word read only
    /// with such an object (role `trainee_obj`) is no training without it ("former un
    /// gouvernement").
    pub(super) fn names_trainee_obj(&self, h: usize) -> bool {
        let (first, sent_end) = self.tokens_after_hit(h);
        let toks = &self.a.seg.tokens;
        let trainee = |i: usize| {
            toks.get(i).is_some_and(|t| {
                self.cues_at(t.span.start)
                    .is_some_and(|(_, c)| c.contains(&Cue::Trainee) || c.contains(&Cue::UTroops))
            })
        };
        for (i, t) in toks.iter().enumerate().skip(first).take(FORCE_WINDOW) {
            if t.span.start >= sent_end || t.kind == veille_text::TokenKind::Punct {
                return false;
            }
            if self.party_group_at(t.span.start, sent_end) {
                // "la formation de bataillons d'intervention rapide": a party named without its
                // article after a bare "de" is a kind of unit being formed, not a force trained
                return !(i > first && self.tok_is(i - 1, &["de", "d'", "d’"]));
            }
            if trainee(i) {
                return true;
            }
            match self.cues_at(t.span.start) {
                Some((_, cues)) if cues.contains(&Cue::Det) || cues.contains(&Cue::Gen) => {}
                Some(_) => return false,
                None if t.kind == veille_text::TokenKind::Number || trainee(i + 1) => {}
                None => {
                    let w = &self.a.doc.text[t.span.start..t.span.end];
                    if !(w.ends_with("aine") || w.ends_with("aines")) {
                        return false;
                    }
                }
            }
        }
        false
    }

    /// "son départ du Mali", "Wagner, dont le départ du Mali avait été annoncé": a word read only
    /// with a force after it (role `force_de`) owned by a possessive or by "dont le"/"dont la", with
    /// a country right after its "de": the owner leaves that country (the place left, never the
    /// one leaving). "leur départ" alone, "leur départ de l'organisation" stay no withdrawal.
    pub(super) fn owned_departure_from_country(&self, h: usize) -> bool {
        let start = self.hits[h].start;
        if self.noun_owner(start).is_none() {
            return false;
        }
        let toks = &self.a.seg.tokens;
        let first = toks.partition_point(|t| t.span.start < self.hits[h].end);
        let Some(t) = toks.get(first) else { return false };
        if !self.cues_at(t.span.start).is_some_and(|(_, c)| c.contains(&Cue::Gen)) {
            return false;
        }
        let Some(next) = toks.get(first + 1) else { return false };
        self.a.entities.iter().any(|e| e.span.start == next.span.start && e.kind == EntityType::Country)
    }

    /// The owner of a noun starting at `start`: a possessive determiner right before it ("son",
    /// "leur", "its"), `Some(None)`; "dont le"/"dont la" right before it, `Some(Some(p))` with `p`
    /// the start of "dont" (the antecedent ends before it).
    pub(super) fn noun_owner(&self, start: usize) -> Option<Option<usize>> {
        let t = self.tok_before(start)?;
        if self.tok_is(t, POSSESSIVES) {
            return Some(None);
        }
        if self.tok_is(t, &["le", "la", "l'", "l’"]) {
            let d = self.tok_before(self.a.seg.tokens[t].span.start)?;
            if self.tok_is(d, &["dont"]) {
                return Some(Some(self.a.seg.tokens[d].span.start));
            }
        }
        None
    }

    /// "Wagner, dont le départ du Mali avait été annoncé": the party closing right before the
    /// comma of ", dont" owns the withdrawal noun starting at `start`.
    pub(super) fn dont_antecedent(&self, start: usize) -> Option<&Group> {
        let d = self.noun_owner(start)??;
        let g = self.group_ending_before(d)?;
        (self.tokens_between(g.end, d) <= 1 && g.ments.iter().any(|&m| self.leaves_as_force(m))).then_some(g)
    }

    /// Mention `m` names a body whose departure is a withdrawal: an armed party, or a mission an
    /// organisation keeps in one country (an IGO with a country of its own: "le départ de la
    /// Minusma", "the departure of EUTM Mali"; not "le départ de la Cédéao", a state leaving it).
    fn leaves_as_force(&self, m: usize) -> bool {
        let e = &self.a.entities[m];
        is_party(e.kind) || (e.kind == EntityType::Igo && e.country.is_some())
    }

    /// "le retrait des militaires de l'opération Barkhane", "le retrait de la force française
    /// Barkhane": between a withdrawal noun and the named party after it only function words and
    /// the troop or unit noun the party completes (with at most one plain word, an adjective):
    /// that party withdraws, as if it came right after the noun. The party must be an armed one (a
    /// force, a group): "le retrait des forces des États-Unis" names the state's army, not the state.
    pub(super) fn troops_of_party(&self, sense: &Sense, from: usize, g: &Group) -> bool {
        if sense.kind != EventType::Retreat
            || sense.mode.as_deref() != Some("withdraw")
            || sense.pos != Pos::Noun
            || !g.ments.iter().any(|&m| is_party(self.a.entities[m].kind))
        {
            return false;
        }
        let to = g.start;
        let toks = &self.a.seg.tokens;
        let mut i = toks.partition_point(|t| t.span.start < from);
        let (mut troops, mut plain, mut n) = (false, 0, 0);
        while i < toks.len() && toks[i].span.start < to {
            n += 1;
            if n > FORCE_WINDOW {
                return false;
            }
            match self.cues_at(toks[i].span.start) {
                Some((_, cues)) if cues.contains(&Cue::UTroops) || cues.contains(&Cue::Unit) => troops = true,
                Some((_, cues)) if cues.contains(&Cue::Gen) || cues.contains(&Cue::Det) => {}
                _ if troops && plain == 0 && toks[i].kind != veille_text::TokenKind::Punct => plain += 1,
                _ => return false,
            }
            i += 1;
        }
        troops
    }
}

/// How many function words (articles, "de"/"of") may come between a recapture word and its place.
const PLACE_OBJ_WINDOW: usize = 2;

impl<'a, 'd> Extractor<'a, 'd> {
    /// The words right after the trigger hit `h` are a place: its object ("ont repris Kidal") or its
    /// "de"/"of" complement ("la reprise de Kidal", "la reprise du contrôle de Ménaka"), with only
    /// articles and "de" between. A word read only with such a complement (role `place_obj`:
    /// "reprendre", "reprise") is no assault without it ("la reprise des pourparlers", "les cours
    /// ont repris à Gao").
    pub(super) fn names_place_after(&self, h: usize) -> bool {
        let end = self.hits[h].end;
        let toks = &self.a.seg.tokens;
        let first = toks.partition_point(|t| t.span.start < end);
        for t in toks.iter().skip(first).take(PLACE_OBJ_WINDOW + 1) {
            if self.a.places.iter().any(|p| p.name_span.start == t.span.start || p.span.start == t.span.start)
            {
                return true;
            }
            match self.cues_at(t.span.start) {
                Some((_, cues)) if cues.contains(&Cue::Det) || cues.contains(&Cue::Gen) => {}
                _ => return false,
            }
        }
        false
    }
}

impl<'a, 'd> Extractor<'a, 'd> {
    /// A noun's agent follows it closely: at most three words between, not counting the words of a
    /// place named in its "de" complement ("la reprise de Kidal par les FAMa", "l'attaque de
    /// Tin-Zaouatène par les rebelles").
    pub(super) fn noun_agent_near(&self, from: usize, to: usize) -> bool {
        let n = self.tokens_between(from, to);
        if n <= 3 {
            return true;
        }
        let place: usize = self
            .a
            .places
            .iter()
            .filter(|p| p.name_span.start >= from && p.name_span.end <= to)
            .map(|p| self.tokens_between(p.name_span.start, p.name_span.end))
            .sum();
        n.saturating_sub(place) <= 3
    }
}

impl Extractor<'_, '_> {
    /// A party that governs no one and speaks for no bloc of states: an agency, an NGO (an
    /// organisation of no state's: "the junta" is one of its state's), a description ("humanitarian
    /// partners", "une ONG"), or an intergovernmental body with no member states in the knowledge
    /// base (a UN agency, not the EU or ECOWAS).
    fn runs_own_work(&self, r: &ActorRef, k: EntityType) -> bool {
        match k {
            EntityType::OtherOrg => r.id.as_deref().is_none_or(|id| {
                !self.a.entities.iter().any(|e| e.id.as_deref() == Some(id) && e.country.is_some())
            }),
            EntityType::Igo => {
                r.id.as_deref().is_some_and(|id| self.kb.is_some_and(|kb| kb.members_of(id, None).is_empty()))
            }
            _ => false,
        }
    }

    /// "WFP said it was suspending road deliveries", "MSF annonce la suspension temporaire de ses
    /// cliniques mobiles", "humanitarian partners have temporarily suspended road movements": a
    /// party of [`Self::runs_own_work`] cutting something off, with no identified party on the
    /// receiving end, stops its own work there: a withdrawal (RETREAT withdraw), not a sanction.
    pub(super) fn own_work_suspended(&self, drafts: &mut [Draft]) {
        for d in drafts.iter_mut() {
            if d.kind != EventType::Sanction
                || d.mode.as_deref() != Some("discontinue")
                || d.actor.is_empty()
                || !d.actor.iter().zip(&d.actor_kinds).all(|(r, &k)| self.runs_own_work(r, k))
                || d.recipient.iter().any(|r| r.id.is_some())
            {
                continue;
            }
            d.retype(EventType::Retreat, Some("withdraw"), "humanitarian");
            if self.a.explain {
                d.explain.push(step(
                    "type",
                    "an agency or NGO cutting off its own work: a withdrawal, no sanction",
                    None,
                ));
            }
        }
    }
}
