//! Regional branches: the bare name of a parent group ("l'État islamique", "l'EI", "Islamic State
//! fighters") read as the province that operates in the event's scene (`data/kb/provinces.tsv`).

use super::*;

impl<'a, 'd> Extractor<'a, 'd> {
    /// Each party of the event whose id is a parent group with a regional branch in the scene (the
    /// country and first-level division of the event's place, else the document's one scene country)
    /// becomes that branch; with no scene the parent stays itself.
    pub(super) fn regional_branches(&self, d: &mut Draft, doc_scene: Option<&str>) {
        let Some(kb) = self.kb else { return };
        let (country, admin1) = match d.location.as_ref().and_then(|l| l.country.as_deref().map(|c| (c, l))) {
            Some((c, l)) => (c.to_string(), l.admin1.clone()),
            None => match doc_scene {
                Some(c) => (c.to_string(), None),
                None => return,
            },
        };
        let date = self.a.doc.published.unwrap_or_else(veille_kb::today);
        let mut changed = Vec::new();
        for r in d.actor.iter_mut().chain(d.recipient.iter_mut()).chain(d.source.iter_mut()) {
            let Some(id) = r.id.as_deref() else { continue };
            if let Some(b) = kb.regional_branch(id, &country, admin1.as_deref(), date) {
                changed.push(format!("{id} -> {b}"));
                r.id = Some(b.to_string());
            }
        }
        if self.a.explain && !changed.is_empty() {
            d.explain.push(step(
                "actor",
                &format!("provinces.tsv: the parent group named in a scene of {country}"),
                Some(changed.join(", ")),
            ));
        }
    }
}

impl<'a, 'd> Extractor<'a, 'd> {
    /// "Five soldiers were killed", "vingt-neuf soldats", "les militaires": an unresolved party of a
    /// physical event headed by a state-force noun of `anaphora.tsv` (class force) that no named force
    /// took is the army (the gendarmerie for gendarmes) of the state where the event happened, when that
    /// state is the only one in play: every state, government or state force the document names belongs
    /// to it, and it names no IGO, mission or private military company (whose soldiers they could be).
    pub(super) fn scene_forces(&self, d: &mut Draft) {
        let Some(kb) = self.kb else { return };
        if !matches!(
            d.kind,
            EventType::Assault | EventType::Coerce | EventType::Mobilize | EventType::Retreat
        ) {
            return;
        }
        let Some(cc) = d.location.as_ref().and_then(|l| l.country.as_deref()) else { return };
        let lang = self.a.doc.lang;
        let phrases = crate::anaphora::PHRASES.get();
        let det = if lang == veille_core::Lang::En { "the" } else { "les" };
        let slot_of = |name: &str| -> Option<&'static str> {
            let words: Vec<&str> = name.split_whitespace().collect();
            let first = veille_text::fold_str(words.first()?);
            let force = |p: &str| phrases.class(lang, p) == Some(crate::anaphora::Anaphor::Force);
            // the head: the first force noun; after it only a place phrase ("seven soldiers outside Djibo")
            let h = words.iter().position(|w| force(w) || force(&format!("{det} {w}")))?;
            let head = words[h];
            const LOCATIVE: &[&str] =
                &["near", "outside", "in", "at", "around", "pres", "a", "au", "aux", "dans", "autour", "sur"];
            // "aucun soldat", "no soldiers": nobody; a capitalised word before the head names someone
            if ["aucun", "aucuns", "no", "none", "nul"].contains(&first.as_str())
                || words[1.min(h)..h].iter().any(|w| w.starts_with(char::is_uppercase))
                || words.get(h + 1).is_some_and(|w| !LOCATIVE.contains(&veille_text::fold_str(w).as_str()))
            {
                return None;
            }
            Some(if veille_text::fold_str(head).starts_with("gendarme") { "gend" } else { "army" })
        };
        let unresolved =
            d.actor.iter().chain(&d.recipient).any(|r| r.id.is_none() && slot_of(&r.name).is_some());
        if !unresolved || !self.one_state_in_sentence(kb, cc, d.sentence) {
            return;
        }
        let mut changed = Vec::new();
        scene_slots(kb, cc, &mut d.actor, &mut d.actor_kinds, slot_of, &mut changed);
        scene_slots(kb, cc, &mut d.recipient, &mut d.recipient_kinds, slot_of, &mut changed);
        if self.a.explain && !changed.is_empty() {
            d.explain.push(step(
                "actor",
                "force noun in a scene with one state in play",
                Some(changed.join(", ")),
            ));
        }
    }

    /// "celle de Kafolo, qui avait coûté la vie à quatorze soldats", "où une quarantaine de militaires
    /// avaient trouvé la mort": an attack with no recipient whose death toll counts bare soldiers or
    /// gendarmes (the unit noun of its fatalities figure is a state-force noun of `anaphora.tsv`) was
    /// done to the force of the state where it happened, under the same condition as `scene_forces`.
    pub(super) fn scene_victims(&self, d: &mut Draft) {
        let Some(kb) = self.kb else { return };
        // no recipient, or only places and posts written as such ("la base de Barkaram", "la ville")
        // (or a vehicle of its victims with no owner named: "leur véhicule a roulé sur une mine")
        let owned = |r: &ActorRef| {
            crate::anaphora::PHRASES.get().class(self.a.doc.lang, &r.name)
                == Some(crate::anaphora::Anaphor::Owned)
        };
        if d.kind != EventType::Assault
            || !d.recipient.iter().all(|r| r.id.is_none() && (self.no_assailant(r, None) || owned(r)))
        {
            return;
        }
        let Some(cc) = d.location.as_ref().and_then(|l| l.country.clone()) else { return };
        let victims = d.quantities.iter().filter(|q| q.kind == QuantityKind::Fatalities).find_map(|q| {
            let f = self.a.figures.iter().find(|f| self.a.chars.span(f.span) == (q.start, q.end))?;
            let unit = self.a.text(f.unit_span?);
            self.state_force_noun(unit).then_some((f.span.start, unit))
        });
        let Some((start, unit)) = victims else { return };
        if !self.one_state_in_sentence(kb, &cc, self.sentence_of(start)) {
            return;
        }
        let slot = if veille_text::fold_str(unit).starts_with("gendarme") { "gend" } else { "army" };
        let Some(e) = kb.slot_entity(&cc, slot) else { return };
        let r = ActorRef { id: Some(e.id.clone()), name: unit.to_string(), acled_class: None };
        d.set_recipient(
            (vec![r], vec![EntityType::StateForce]),
            self.a.explain,
            "a toll of bare soldiers: the scene state's force is the recipient",
        );
    }

    /// `cc` is the only state in play around sentence `si`: the document names no private military
    /// company (whose men fight beside an army), and the sentence names no IGO and no state or state
    /// force of another state than `cc`. Other states, missions or intergovernmental bodies may be
    /// named elsewhere in the document (a neighbour's reaction, a regional bloc's call, a past
    /// operation); a document naming none at all passes too.
    fn one_state_in_sentence(&self, kb: &veille_kb::Kb, cc: &str, si: usize) -> bool {
        let ss = self.a.seg.sentences[si].span;
        self.a.entities.iter().filter(|e| e.id.is_some()).all(|e| match e.kind {
            EntityType::Pmc => false,
            _ if e.span.start < ss.start || e.span.end > ss.end => true,
            EntityType::Igo => false,
            EntityType::Country | EntityType::StateForce => state_army::mention_state(kb, e) == Some(cc),
            _ => true,
        })
    }
}

impl<'a, 'd> Extractor<'a, 'd> {
    /// The force slot ("army", "gend", "police") of a facility of `facilities.tsv` that `name`
    /// names, after an optional determiner and with at most a place complement after it ("le camp
    /// militaire de Tessit", "an army post there", "la base de Bohoma"); None for anything else.
    pub(super) fn facility_slot(&self, name: &str) -> Option<&'static str> {
        let lang = self.a.doc.lang;
        const DET: &[&str] = &[
            "le", "la", "l'", "les", "un", "une", "des", "ce", "cette", "son", "sa", "leur", "a", "an",
            "the", "its", "their",
        ];
        const PLACE: &[&str] = &["pres", "a", "au", "dans", "near", "in", "at", "outside", "there", "of"];
        let folded = veille_text::fold_str(name);
        let mut words: Vec<&str> = folded.split_whitespace().collect();
        // "l'armée" folds to one word: split the elided article
        let first_owned;
        if let Some(rest) = words.first().and_then(|w| w.strip_prefix("l'")) {
            first_owned = rest.to_string();
            words[0] = &first_owned;
        } else if words.first().is_some_and(|w| DET.contains(w)) {
            words.remove(0);
        }
        let raw: Vec<&str> = name.split_whitespace().collect();
        let offset = raw.len() - words.len();
        (1..=words.len()).rev().find_map(|k| {
            let tag = crate::facilities::PHRASES.get().class(lang, &words[..k].join(" "))?;
            // "la base de Bohoma", "a base in Wajiroko": a bare "base"/"poste" only with its place
            let (slot, placed) = crate::facilities::placed(tag);
            let Some(&next) = words.get(k) else { return (!placed).then_some(slot) };
            // a place complement: "de Tessit", "d'Inatès", "near Gao", "there"
            let capital_after =
                |i: usize| raw.get(offset + i).is_some_and(|w| w.starts_with(char::is_uppercase));
            let ok = if next == "de" || next == "du" {
                capital_after(k + 1)
            } else if let Some(r) = next.strip_prefix("d'") {
                !r.is_empty()
                    && raw
                        .get(offset + k)
                        .and_then(|w| w.strip_prefix("d'").or_else(|| w.strip_prefix("d’")))
                        .is_some_and(|w| w.starts_with(char::is_uppercase))
            } else {
                PLACE.contains(&next) && (next == "there" || capital_after(k + 1))
            };
            // ("leur base de Sambisa", "une base de Boko Haram": a bare noun of someone else's)
            (ok && !(placed && self.placed_facility_of_other(&raw, offset + k))).then_some(slot)
        })
    }

    /// "le camp militaire de Tessit", "an army post there", "la brigade de gendarmerie", "an army
    /// convoy": an unresolved target of an attack that is a facility or unit of `facilities.tsv`
    /// (after an optional determiner, with at most a place complement after it) is that force of the
    /// state where the attack happened (its place's country, known once the place is resolved), unless
    /// the sentence names another state's force, a mission or a private military company.
    pub(super) fn scene_facilities(&self, d: &mut Draft) {
        let Some(kb) = self.kb else { return };
        if d.kind != EventType::Assault {
            return;
        }
        let Some(cc) = d.location.as_ref().and_then(|l| l.country.as_deref()) else { return };
        let slot_of = |name: &str| self.facility_slot(name);
        if !d.recipient.iter().any(|r| r.id.is_none() && slot_of(&r.name).is_some())
            || self.sentence_names_other_force(kb, d.sentence, cc, &[EntityType::Pmc, EntityType::Igo])
            // (a state's forces do not attack their own post)
            || d.actor.iter().any(|r| {
                r.id.as_deref().is_some_and(|id| id == format!("kb:{cc}") || kb.country_of(id) == Some(cc))
            })
        {
            return;
        }
        let mut changed = Vec::new();
        scene_slots(kb, cc, &mut d.recipient, &mut d.recipient_kinds, slot_of, &mut changed);
        if self.a.explain && !changed.is_empty() {
            d.explain.push(step(
                "recipient",
                "facilities.tsv: a force's post or unit attacked, in the scene's state",
                Some(changed.join(", ")),
            ));
        }
    }
}

/// Each unresolved party of `refs` whose name `slot_of` reads as a force slot ("army", "gend",
/// "police") becomes that force of state `cc` in the knowledge base, of kind state force; every
/// change is noted in `changed` as "name -> id".
fn scene_slots(
    kb: &veille_kb::Kb,
    cc: &str,
    refs: &mut [ActorRef],
    kinds: &mut [EntityType],
    slot_of: impl Fn(&str) -> Option<&'static str>,
    changed: &mut Vec<String>,
) {
    for (i, r) in refs.iter_mut().enumerate() {
        if r.id.is_some() {
            continue;
        }
        let Some(e) = slot_of(&r.name).and_then(|s| kb.slot_entity(cc, s)) else { continue };
        changed.push(format!("{} -> {}", r.name, e.id));
        r.id = Some(e.id.clone());
        if let Some(k) = kinds.get_mut(i) {
            *k = EntityType::StateForce;
        }
    }
}

impl<'a, 'd> Extractor<'a, 'd> {
    /// A bare "base"/"poste" whose words are `raw` (its complement from `at`) is no post of the
    /// scene's force when a possessive opens it ("leur base de Sambisa", "its base in Kidal") or its
    /// complement names a party other than a state ("une base de Boko Haram").
    fn placed_facility_of_other(&self, raw: &[&str], at: usize) -> bool {
        const POSSESSIVE: &[&str] = &["son", "sa", "ses", "leur", "leurs", "its", "their", "his", "her"];
        if raw.first().is_some_and(|w| POSSESSIVE.contains(&veille_text::fold_cow(w).as_ref())) {
            return true;
        }
        let complement = raw.get(at + 1..).map(|w| w.join(" ")).unwrap_or_default();
        !complement.is_empty()
            && self.a.entities.iter().any(|e| {
                !matches!(e.kind, EntityType::Country | EntityType::Place)
                    && complement.starts_with(self.a.text(e.span))
            })
    }
}
