//! Clause subjects, relative clauses and the parties a noun phrase refers to.

use super::*;

impl<'a, 'd> Extractor<'a, 'd> {
    /// Clause bounds around byte `pos` of sentence `si`.
    pub(super) fn clause(&self, si: usize, pos: usize) -> (usize, usize) {
        let ss = self.a.seg.sentences[si].span;
        let k = self.bounds.partition_point(|b| b.1 <= pos);
        let cs = self.bounds[..k].last().map_or(ss.start, |b| b.1.max(ss.start)).min(pos);
        let ce = self.bounds[k..].iter().find(|b| b.0 >= pos).map_or(ss.end, |b| b.0.min(ss.end)).max(pos);
        (cs.max(ss.start), ce.min(ss.end))
    }

    pub(super) fn groups_in(&self, from: usize, to: usize) -> impl Iterator<Item = &Group> {
        let i = self.groups.partition_point(|g| g.start < from);
        self.groups[i..].iter().take_while(move |g| g.end <= to)
    }

    /// The subject of the clause [cs, before): its first group not introduced by a preposition.
    pub(super) fn subject(&self, cs: usize, before: usize) -> Option<&Group> {
        if let Some(g) = self.en_object_relative_subject(cs, before) {
            return Some(g);
        }
        // "La Cédéao, dont le Niger s'est retiré…": the party after "dont" (relative.rs)
        if let Some(g) = self.dont_subject(cs, before) {
            return Some(g);
        }
        // "la demande de la Cedeao, qui réclamait…": a relative verb's subject is the antecedent
        if let Some(q) = self.relative_pronoun_before(before) {
            return self.group_ending_before(q).filter(|g| g.end >= cs && self.tokens_between(g.end, q) <= 1);
        }
        let outside = |g: &&Group| {
            !self.in_relative_clause(cs, g.start)
                && !self.in_scene_phrase(cs, g, before)
                && !self.in_fronted(cs, g, before)
                && !self.in_participle_apposition(cs, g, before)
        };
        self.groups_in(cs, before)
            .filter(outside)
            .find(|g| self.marker(g, cs).is_none())
            // "Un poste des FAMa a été attaqué", "Le dernier contingent de la Minusma a quitté": the
            // head noun is no entity, its complement is
            .or_else(|| {
                self.groups_in(cs, before)
                    .filter(outside)
                    .find(|g| self.marker(g, cs) == Some(Cue::Gen) && self.tokens_between(cs, g.start) <= 9)
            })
            // "…, plusieurs centaines d'hommes d'Africa Corps ont été acheminés": the complement
            // right before the verb group (only auxiliaries between)
            .or_else(|| {
                self.groups_in(cs, before)
                    .last()
                    .filter(|g| self.marker(g, cs) == Some(Cue::Gen) && self.only_auxiliaries(g.end, before))
            })
    }

    /// "La chaîne a « regretté une décision injustifiée »", "Le gouvernement, qui…, « condamne
    /// fermement cet acte »", "… et « met en garde tous ceux qui… »": a quotation opened inside the
    /// verb group (its marks right before the verb, at most one word between) quotes the verb, not a
    /// speaker's clause: the subject is the one of the clause before the marks (not after a colon
    /// or semicolon, which open the speaker's own words).
    pub(super) fn subject_before_quote(&self, si: usize, cs: usize, verb: usize) -> Option<&Group> {
        let q = self.a.quotes.iter().find(|q| q.span.start == cs && q.outer.start < q.span.start)?;
        if self.tokens_between(q.span.start, verb) > 1 {
            return None;
        }
        let ss = self.a.seg.sentences[si].span;
        let before =
            self.tok_before(q.outer.start).filter(|&t| self.a.seg.tokens[t].span.start >= ss.start)?;
        if matches!(self.tok_text(before), ":" | ";") {
            return None;
        }
        let (pcs, _) = self.clause(si, self.a.seg.tokens[before].span.start);
        self.subject(pcs, q.outer.start).filter(|g| g.end <= q.outer.start)
    }

    /// "In northern Mali, JNIM fighters attacked…": a group inside a clause-opening prepositional
    /// phrase closed by a comma before the verb is the scene, not the subject.
    pub(super) fn in_scene_phrase(&self, cs: usize, g: &Group, before: usize) -> bool {
        let toks = &self.a.seg.tokens;
        let first = toks.partition_point(|t| t.span.start < cs);
        if first >= toks.len() || toks[first].span.start >= g.start {
            return false;
        }
        let opens_pp = self
            .cues_at(toks[first].span.start)
            .is_some_and(|(_, c)| c.iter().any(|c| matches!(c, Cue::Loc | Cue::Dat | Cue::Accord)));
        if !opens_pp {
            return false;
        }
        // the first comma of the clause closes the phrase: after the group, before the verb
        let mut i = first + 1;
        while i < toks.len() && toks[i].span.start < before {
            if self.tok_text(i) == "," {
                return toks[i].span.start >= g.end;
            }
            i += 1;
        }
        false
    }

    /// Start of a relative pronoun ("qui", "who", "which") right before the verb group at `pos`
    /// (only auxiliaries between).
    pub(super) fn relative_pronoun_before(&self, pos: usize) -> Option<usize> {
        let toks = &self.a.seg.tokens;
        let mut p = pos;
        for _ in 0..3 {
            let t = toks[self.tok_before(p)?].span;
            // ("qui a tué", "qui aurait tué", "who would have killed": the auxiliary "a" and a
            // conditional auxiliary are part of the verb group too)
            let w = &self.a.doc.text[t.start..t.end];
            if w == "a" && self.a.doc.lang == veille_core::Lang::Fr {
                p = t.start;
                continue;
            }
            match self.cues_at(t.start) {
                Some((_, c)) if c.iter().any(|c| matches!(c, Cue::Aux | Cue::Passive)) => p = t.start,
                Some((h, c))
                    if self.hits[h].start == t.start
                        && self.hits[h].end == t.end
                        && c.contains(&Cue::Hypo) =>
                {
                    p = t.start
                }
                _ => {
                    return matches!(w, "qui" | "who" | "which").then_some(t.start);
                }
            }
        }
        None
    }

    /// Byte `pos` lies in a relative clause set off by commas (", qui reliait Gao à Tessit,")
    /// opened after `from`: its words are not the main clause's subject.
    pub(super) fn in_relative_clause(&self, from: usize, pos: usize) -> bool {
        let toks = &self.a.seg.tokens;
        let mut open = false;
        let mut prev_comma = false;
        // ", dont le M62,", ", dont Amnesty International,": "dont" and a determiner right before
        // the party name the members of the phrase before it, not a relative clause
        let mut members = false;
        let i = toks.partition_point(|t| t.span.start < from);
        for (k, t) in toks[i..].iter().enumerate().take_while(|(_, t)| t.span.end <= pos) {
            let w = &self.a.doc.text[t.span.start..t.span.end];
            if w == "," {
                open = false;
                prev_comma = true;
                continue;
            }
            if prev_comma && matches!(w, "qui" | "who" | "which" | "dont") {
                open = true;
                members = w == "dont";
            } else if members && !self.tok_is(i + k, &["le", "la", "les", "l'", "l’"]) {
                members = false;
            }
            prev_comma = false;
        }
        open && !members
    }

    /// The party of a decision noun governing the infinitive at `pos`: "la décision du Tchad de
    /// [pos]", "l'intention de Moscou de [pos]", "Chad's decision to [pos]".
    pub(super) fn decider(&self, pos: usize) -> Option<&Group> {
        const NOUNS: [&str; 9] =
            ["decision", "volonte", "intention", "projet", "choix", "plan", "plans", "intent", "move"];
        let toks = &self.a.seg.tokens;
        let t = self.tok_before(pos)?;
        let w = veille_text::fold_str(self.tok_text(t));
        let ts = toks[t].span.start;
        match w.as_str() {
            "de" | "d'" => {
                // FR: NOUN de/du/de la GROUP de [pos]
                let g = self.group_ending_before(ts)?;
                if self.tokens_between(g.end, ts) > 0 {
                    return None;
                }
                let mut p = g.start;
                for _ in 0..3 {
                    let b = self.tok_before(p)?;
                    let bw = veille_text::fold_str(self.tok_text(b));
                    if NOUNS.contains(&bw.as_str()) {
                        return Some(g);
                    }
                    if !matches!(bw.as_str(), "de" | "d'" | "du" | "des" | "la" | "l'" | "le" | "les") {
                        return None;
                    }
                    p = toks[b].span.start;
                }
                None
            }
            "to" => {
                // EN: GROUP 's NOUN to [pos]
                let n = self.tok_before(ts)?;
                if !NOUNS.contains(&veille_text::fold_cow(self.tok_text(n)).as_ref()) {
                    return None;
                }
                let s = self.tok_before(toks[n].span.start)?;
                if !matches!(self.tok_text(s), "'s" | "’s" | "s") {
                    return None;
                }
                let g = self.group_ending_before(toks[s].span.start)?;
                (self.tokens_between(g.end, toks[s].span.start) == 0).then_some(g)
            }
            _ => None,
        }
    }

    /// Inside the report's dateline ("BAMAKO, 5 juin 2025 (AFP) -"): where it was filed, not what
    /// it tells.
    pub(super) fn in_dateline(&self, s: Span) -> bool {
        self.dateline.is_some_and(|d| d.contains(s))
    }

    /// The token right before `pos` when it is a word of the clause starting at `cs`.
    pub(super) fn clause_word_before(&self, pos: usize, cs: usize) -> Option<usize> {
        let t = self.tok_before(pos)?;
        let tok = &self.a.seg.tokens[t];
        (tok.span.start >= cs && tok.kind == veille_text::TokenKind::Word).then_some(t)
    }

    /// The noun at `pos` is the object of a present participle right after a comma (articles and
    /// possessives between): ", affichant leur soutien", ", expressing its support".
    pub(super) fn participle_object(&self, pos: usize, cs: usize) -> bool {
        let mut p = pos;
        for _ in 0..3 {
            let Some(t) = self.clause_word_before(p, cs) else { return false };
            let sp = self.a.seg.tokens[t].span;
            match self.cues_at(sp.start) {
                Some((h, c)) if c.contains(&Cue::Det) => p = self.hits[h].start,
                Some(_) => return false,
                None => {
                    let w = self.tok_text(t);
                    return (w.ends_with("ant") || w.ends_with("ing"))
                        && self.tok_before(sp.start).is_some_and(|c| self.tok_text(c) == ",");
                }
            }
        }
        false
    }

    /// The noun at `pos` is the object of a condemning or accusing verb right before it (articles
    /// and up to two plain words between): "condemned the heinous attack", "a condamné l'attaque".
    /// Whoever condemns an attack is not its author.
    pub(super) fn condemned_object(&self, pos: usize, cs: usize) -> bool {
        let mut p = pos;
        let mut plain = 0;
        for _ in 0..5 {
            let Some(t) = self.clause_word_before(p, cs) else { return false };
            let sp = self.a.seg.tokens[t].span;
            match self.cues_at(sp.start) {
                Some((h, c)) if c.contains(&Cue::Det) => p = self.hits[h].start,
                // a modifier that is only a cue ("terrorist", "deadly") is a plain word here
                Some((h, _)) if plain < 2 && self.lex.entry(&self.hits[h]).senses.is_empty() => {
                    plain += 1;
                    p = self.hits[h].start;
                }
                Some((h, _)) => {
                    let e = self.lex.entry(&self.hits[h]);
                    return e.senses.iter().any(|&k| {
                        let g = &self.lex.senses[k as usize];
                        g.kind == EventType::Accuse && g.pos == Pos::Verb
                    });
                }
                None if plain < 2 => {
                    plain += 1;
                    p = sp.start;
                }
                None => return false,
            }
        }
        false
    }

    /// A pronoun ("il", "elle", "he", "they") starts at `pos`.
    pub(super) fn is_pronoun_at(&self, pos: usize) -> bool {
        self.cues_at(pos).is_some_and(|(_, c)| c.contains(&Cue::Pron) || c.contains(&Cue::First)) || {
            let toks = &self.a.seg.tokens;
            let i = toks.partition_point(|t| t.span.start < pos);
            i < toks.len()
                && self.tok_is(i, &["il", "elle", "ils", "elles", "he", "she", "it", "they", "we", "nous"])
        }
    }

    /// The words right after a speech or denial verb are a perfect infinitive ("affirme avoir
    /// détruit", "nie être intervenu").
    pub(super) fn infinitive_perfect_after(&self, pos: usize) -> bool {
        let toks = &self.a.seg.tokens;
        let i = toks.partition_point(|t| t.span.start < pos);
        i < toks.len() && self.tok_is(i, &["avoir", "d'avoir", "d’avoir", "être", "d'être", "d’être"])
    }

    /// Token `t` is one of `words` (ASCII case ignored; accented and curly-apostrophe variants are
    /// listed): no allocation.
    pub(super) fn tok_is(&self, t: usize, words: &[&str]) -> bool {
        let w = self.tok_text(t);
        words.iter().any(|x| x.eq_ignore_ascii_case(w))
    }

    /// The last entity group ending at or before `pos`.
    pub(super) fn group_ending_before(&self, pos: usize) -> Option<&Group> {
        let i = self.groups.partition_point(|g| g.start < pos);
        self.groups[..i].iter().rev().find(|g| g.end <= pos)
    }

    /// Only auxiliaries ("ont été", "were", "a") between two positions, and at least one.
    pub(super) fn only_auxiliaries(&self, from: usize, to: usize) -> bool {
        let toks = &self.a.seg.tokens;
        let mut i = toks.partition_point(|t| t.span.start < from);
        let mut n = 0;
        while i < toks.len() && toks[i].span.start < to {
            match self.cues_at(toks[i].span.start) {
                Some((h, cues)) if cues.iter().any(|c| matches!(c, Cue::Passive | Cue::Aux)) => {
                    let end = self.hits[h].end;
                    while i < toks.len() && toks[i].span.start < end {
                        i += 1;
                    }
                    n += 1;
                }
                _ => return false,
            }
        }
        n > 0
    }

    // ---- references -------------------------------------------------------------------------

    /// The parties of a group and their kinds, as a new pair of lists.
    pub(super) fn group_refs(&self, g: &Group) -> (Vec<ActorRef>, Vec<EntityType>) {
        let (mut r, mut k) = (Vec::new(), Vec::new());
        self.refs(g, &mut r, &mut k);
        (r, k)
    }

    pub(super) fn refs(&self, g: &Group, out: &mut Vec<ActorRef>, kinds: &mut Vec<EntityType>) {
        for &m in &g.ments {
            let e = &self.a.entities[m];
            if !e.members.is_empty() {
                for id in &e.members {
                    let name =
                        self.names.get(id.as_str()).map(|s| s.to_string()).unwrap_or_else(|| id.clone());
                    push_ref(
                        out,
                        kinds,
                        ActorRef { id: Some(id.clone()), name, acled_class: None },
                        EntityType::Country,
                    );
                }
            } else {
                push_ref(
                    out,
                    kinds,
                    ActorRef { id: e.id.clone(), name: e.name.clone(), acled_class: None },
                    e.kind,
                );
            }
        }
    }

    /// A party named by an unresolved noun phrase: "le groupe", "the militants", "les militaires"
    /// stand for the one party of a compatible kind the article named before them (an armed group,
    /// else a militia; a state force); any other phrase, or one with no or several such parties
    /// before it, stays the text's own words. The flag tells whether the phrase was bound.
    pub(super) fn np_ref(&self, np: Span) -> (ActorRef, EntityType, bool) {
        let text = &self.a.doc.text[np.start..np.end];
        let phrase = ActorRef { id: None, name: text.to_string(), acled_class: None };
        let list = crate::anaphora::PHRASES.get();
        // "au moins vingt soldats", "28 soldiers", "un détachement militaire": a listed bare noun
        // of soldiers or military units heading the phrase (its last one or two words)
        let head = || {
            let mut it = text.rsplitn(3, ' ');
            let last = it.next()?;
            let two = it.next().map(|w| &text[text.len() - last.len() - 1 - w.len()..]);
            two.and_then(|t| list.class(self.a.doc.lang, t))
                .or_else(|| list.class(self.a.doc.lang, last))
                .filter(|&c| c == crate::anaphora::Anaphor::Force)
        };
        let Some(class) = list.class(self.a.doc.lang, text).or_else(head) else {
            return (phrase, EntityType::OtherOrg, false);
        };
        if class == crate::anaphora::Anaphor::Owned {
            return match self.owner_before(np) {
                Some(m) => {
                    let e = &self.a.entities[m];
                    (ActorRef { id: e.id.clone(), name: e.name.clone(), acled_class: None }, e.kind, true)
                }
                None => (phrase, EntityType::OtherOrg, false),
            };
        }
        let ents = &self.a.entities;
        let fits = |m: usize| self.anaphor_fits(class, m);
        for kinds in class.tiers() {
            let mut found: Option<usize> = None;
            for g in self.groups.iter().take_while(|g| g.end <= np.start) {
                for &m in &g.ments {
                    let e = &ents[m];
                    if e.id.is_none() || !e.members.is_empty() || !kinds.contains(&e.kind) || !fits(m) {
                        continue;
                    }
                    match found {
                        // two forces of one state ("l'armée", "le BIR"): the latest named
                        Some(f)
                            if ents[f].id != e.id
                                && !(class == crate::anaphora::Anaphor::Force
                                    && ents[f].country.is_some()
                                    && ents[f].country == e.country) =>
                        {
                            // (the one named in its sentence or the one before, events/pron_subject.rs)
                            return match self.salient_np_party(np, kinds, &fits) {
                                Some((r, k)) => (r, k, true),
                                None => (phrase, EntityType::OtherOrg, false),
                            };
                        }
                        _ => found = Some(m),
                    }
                }
            }
            if let Some(m) = found {
                let e = &ents[m];
                return (
                    ActorRef { id: e.id.clone(), name: e.name.clone(), acled_class: None },
                    e.kind,
                    true,
                );
            }
        }
        (phrase, EntityType::OtherOrg, false)
    }

    /// Whether entity mention `m` can be what a phrase of `class` refers to, beyond its kind: an
    /// NGO ("l'ONG", "l'organisation") is no medium (a medium's name or noun, cue `media`, "RFI",
    /// "Radio France Internationale"); a UN agency ("l'agence onusienne") is an intergovernmental
    /// body with no country, no armed role (ACLED class 8) and no member states (the regional
    /// blocs are none).
    fn anaphor_fits(&self, class: crate::anaphora::Anaphor, m: usize) -> bool {
        use crate::anaphora::Anaphor;
        let e = &self.a.entities[m];
        let agency = || {
            e.id.as_deref().is_some_and(|id| {
                self.kb.is_some_and(|kb| {
                    kb.country_of(id).is_none()
                        && kb.acled_class(id) == Some(8)
                        && kb.members_of(id, None).is_empty()
                })
            })
        };
        match (class, e.kind) {
            (Anaphor::Ngo | Anaphor::Organisation, EntityType::OtherOrg) => {
                !self.cues_at(e.span.start).is_some_and(|(_, c)| c.contains(&Cue::Media))
            }
            (Anaphor::Organisation, EntityType::Igo) => true,
            (Anaphor::Agency, EntityType::Igo) => agency(),
            (Anaphor::Ngo | Anaphor::Organisation | Anaphor::Agency, _) => false,
            _ => true,
        }
    }

    /// The owner of a possessive vehicle phrase at `np` ("leur véhicule", "their vehicle"): the
    /// first identified party that is no state or place named in its sentence before it ("two
    /// members of the CJTF died when their vehicle ran over a landmine"); none when the sentence
    /// names only bare nouns ("deux gendarmes … leur véhicule": events/branch.rs `scene_victims`).
    fn owner_before(&self, np: Span) -> Option<usize> {
        let ss = self.a.seg.sentences[self.sentence_of(np.start)].span;
        let ents = &self.a.entities;
        let first_in = |from: usize, to: usize| {
            let i = self.groups.partition_point(|g| g.start < from);
            self.groups[i..].iter().take_while(|g| g.end <= to).find_map(|g| {
                g.ments.iter().copied().find(|&m| {
                    let e = &ents[m];
                    e.id.is_some()
                        && e.members.is_empty()
                        && !matches!(e.kind, EntityType::Country | EntityType::Place)
                })
            })
        };
        first_in(ss.start, np.start)
    }

    pub(super) fn state_ref(&self, cc: &str) -> ActorRef {
        let id = format!("kb:{cc}");
        let name = self.name_of(&id);
        ActorRef { id: Some(id), name, acled_class: None }
    }

    /// Canonical name of a KB id: from the document's mentions, else the KB, else the id.
    pub(super) fn name_of(&self, id: &str) -> String {
        if let Some(n) = self.names.get(id) {
            return n.to_string();
        }
        if let Some(e) = self.kb.and_then(|kb| kb.get(id)) {
            return e.name.clone();
        }
        id.trim_start_matches("kb:").to_string()
    }

    /// Whether a person mention carries a head-of-state/government title ("le président X").
    pub(super) fn is_head(&self, m: usize) -> bool {
        let e = &self.a.entities[m];
        // a title resolved by the KB ("le Premier ministre nigérien"), or one inside the mention

        let r = self.hits_in(e.span);
        if self.hits[r.clone()].iter().any(|h| self.lex.entry(h).has(Cue::Head)) {
            return true;
        }
        let mut pos = e.span.start;
        for _ in 0..3 {
            let Some(t) = self.tok_before(pos) else { return false };
            let ts = self.a.seg.tokens[t].span.start;
            if let Some((_, cues)) = self.cues_at(ts)
                && cues.contains(&Cue::Head)
            {
                return true;
            }
            pos = ts;
        }
        false
    }

    pub(super) fn last_person_before(&self, pos: usize) -> Option<Group> {
        self.a
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityType::Person && e.span.end <= pos)
            .max_by_key(|(_, e)| e.span.start)
            .map(|(i, e)| Group { start: e.span.start, end: e.span.end, ments: vec![i], sentence: 0 })
    }

    pub(super) fn group_at(&self, s: Span) -> Option<Group> {
        let ents = &self.a.entities;
        self.groups.iter().find(|g| g.ments.iter().any(|&m| ents[m].span.overlaps(s))).cloned().or_else(
            || {
                ents.iter().position(|e| e.span.overlaps(s) && e.kind != EntityType::Place).map(|i| Group {
                    start: ents[i].span.start,
                    end: ents[i].span.end,
                    ments: vec![i],
                    sentence: 0,
                })
            },
        )
    }

    // ---- the extraction proper --------------------------------------------------------------

    /// "the joint force, which Niger left in 2024", "the town, which jihadists have besieged since
    /// 2022": in an English object relative the party between the pronoun and the verb group
    /// (only auxiliaries between) is the verb's subject, not the antecedent.
    pub(super) fn en_object_relative_subject(&self, cs: usize, before: usize) -> Option<&Group> {
        if self.a.doc.lang != veille_core::Lang::En {
            return None;
        }
        let g = self.group_ending_before(before).filter(|g| g.start >= cs)?;
        if self.tokens_between(g.end, before) > 0 && !self.only_auxiliaries(g.end, before) {
            return None;
        }
        let p = self.tok_before(g.start)?;
        if self.tok_is(p, &["which", "whom"]) {
            return Some(g);
        }
        // "an allegation Cotonou denies", "a charge Benin rejects": a denial verb right after a
        // party that follows an accusation noun, with no pronoun
        let kind_at = |pos: usize, kind: EventType, pos_: Pos| {
            self.hit_covering(pos).is_some_and(|h| {
                self.lex.entry(&self.hits[h]).senses.iter().any(|&k| {
                    let s = &self.lex.senses[k as usize];
                    s.kind == kind && s.pos == pos_
                })
            })
        };
        let accusation = kind_at(self.a.seg.tokens[p].span.start, EventType::Accuse, Pos::Noun)
            || self.tok_is(p, &["charge", "charges", "claim", "claims"]);
        (accusation && kind_at(before, EventType::Reject, Pos::Verb)).then_some(g)
    }
}
