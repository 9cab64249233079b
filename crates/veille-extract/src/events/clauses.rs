//! Token, cue and clause helpers: entity groups, clause bounds, role markers.

use super::*;

impl<'a, 'd> Extractor<'a, 'd> {
    pub(super) fn new(
        a: &'a Analysis<'d>,
        lex: &'a LangLexicon,
        acled: &'a AcledMap,
        kb: Option<&'a Kb>,
    ) -> Self {
        let mut hits = Vec::with_capacity(a.doc.text.len() / 12);
        // a multiword trigger may be read across a date right after its verb ("a retiré en 2024 la
        // licence")
        let mut gaps: Vec<(usize, usize)> = a
            .dates
            .iter()
            .map(|d| (a.folded().folded_offset(d.span.start), a.folded().folded_offset(d.span.end)))
            .collect();
        gaps.sort_unstable();
        lex.scan_with_gaps(a.folded(), &a.doc.text, &gaps, &mut hits);
        // words inside an entity name ("United States", "Islamic State") are not cues; a multiword
        // trigger that starts before a name and runs into it ("la création d'une force unifiée")
        // stays a trigger
        let mut spans: Vec<Span> =
            a.entities.iter().filter(|e| e.kind != EntityType::Place).map(|e| e.span).collect();
        spans.sort_unstable();
        // (a medium's name stays a media cue: "a suspendu la BBC", "suspended RFI" is censorship;
        // so does a restricted body tagged as a name: "suspended ten NGOs", "la Constitution")
        let mut k = 0;
        hits.retain(|h| {
            while k < spans.len() && spans[k].end <= h.start {
                k += 1;
            }
            let inside = spans[k..]
                .iter()
                .take_while(|s| s.start < h.end)
                .any(|s| s.start <= h.start && s.overlaps(Span::new(h.start, h.end)));
            !inside || {
                let e = lex.entry(h);
                e.senses.is_empty() && matches!(e.cues.as_slice(), [Cue::Media] | [Cue::Restricted])
            }
        });
        let mut names = HashMap::new();
        for m in &a.entities {
            if let Some(id) = &m.id {
                names.entry(id.as_str()).or_insert(m.name.as_str());
            }
        }
        let dateline = find_dateline(&a.doc.text);
        let day_words = super::day_after::has_day_words(&a.folded().text);
        let mut x = Extractor {
            a,
            lex,
            acled,
            hits,
            groups: Vec::new(),
            names,
            kb,
            bounds: Vec::new(),
            dateline,
            day_words,
            trace: *TRACE_DROPS,
        };
        x.groups = x.build_groups();
        x.bounds = x.build_bounds();
        x
    }

    // ---- lookups over hits and tokens -------------------------------------------------------

    /// Index of the hit covering byte `pos`.
    pub(super) fn hit_covering(&self, pos: usize) -> Option<usize> {
        let k = self.hits.partition_point(|h| h.start <= pos);
        (k > 0 && self.hits[k - 1].end > pos).then(|| k - 1)
    }

    pub(super) fn cues_at(&self, pos: usize) -> Option<(usize, &'a [Cue])> {
        let lex = self.lex;
        self.hit_covering(pos).map(|i| (i, lex.entries[self.hits[i].entry as usize].cues.as_slice()))
    }

    /// A troop or unit noun at `pos` (cues `u_troops`, `unit`: "des soldats", "a new battalion").
    pub(super) fn force_noun_at(&self, pos: usize) -> bool {
        self.cues_at(pos).is_some_and(|(_, c)| c.contains(&Cue::UTroops) || c.contains(&Cue::Unit))
    }

    pub(super) fn has_cue(&self, hit: usize, c: Cue) -> bool {
        self.lex.entry(&self.hits[hit]).has(c)
    }

    /// Index of the last token ending at or before `pos`.
    pub(super) fn tok_before(&self, pos: usize) -> Option<usize> {
        let k = self.a.seg.tokens.partition_point(|t| t.span.end <= pos);
        k.checked_sub(1)
    }

    pub(super) fn tokens_between(&self, from: usize, to: usize) -> usize {
        let t = &self.a.seg.tokens;
        let i = t.partition_point(|t| t.span.start < from);
        let j = t.partition_point(|t| t.span.start < to);
        j.saturating_sub(i)
    }

    pub(super) fn hits_in(&self, s: Span) -> std::ops::Range<usize> {
        let i = self.hits.partition_point(|h| h.start < s.start);
        let j = self.hits.partition_point(|h| h.start < s.end);
        i..j
    }

    pub(super) fn sentence_of(&self, pos: usize) -> usize {
        let s = &self.a.seg.sentences;
        s.partition_point(|s| s.span.end <= pos).min(s.len().saturating_sub(1))
    }

    // ---- entity groups ----------------------------------------------------------------------

    pub(super) fn build_groups(&self) -> Vec<Group> {
        let ents = &self.a.entities;
        let text = self.a.doc.text.as_str();
        // "the al-Qaeda-linked JNIM", "Islamic State-affiliated fighters": the name before the
        // hyphen only qualifies the party that follows
        let modifier = |i: usize| {
            let rest = &text[ents[i].span.end..];
            ["-linked", "-affiliated", "-allied", "-aligned", "-inspired", "-loyal"]
                .iter()
                .any(|m| rest.get(..m.len()).is_some_and(|r| r.eq_ignore_ascii_case(m)))
        };
        // "Niger's junta": (possessor, party) pairs; the possessor is no party of its own, the
        // party's group starts at it ("attacks on Chad's army": the preposition still marks it)
        let owners: Vec<(usize, usize)> = if self.a.doc.lang == veille_core::Lang::En {
            (0..ents.len())
                .filter(|&i| ents[i].kind != EntityType::Place)
                .filter_map(|i| self.possessor_of_party(i).map(|h| (i, h)))
                .collect()
        } else {
            Vec::new()
        };
        let mut order: Vec<usize> = (0..ents.len())
            .filter(|&i| {
                ents[i].kind != EntityType::Place
                    && !modifier(i)
                    && !owners.iter().any(|&(o, _)| o == i)
                    && !self.in_dateline(ents[i].span)
                    && !self.byline_agency(ents[i].span)
            })
            // an unresolved name that is no noun phrase ("Islamist", "Joint"): no party
            .filter(|&i| {
                ents[i].id.is_some() || ents[i].kind == EntityType::Person || self.noun_headed(ents[i].span)
            })
            .collect();
        order.sort_by_key(|&i| (ents[i].span.start, std::cmp::Reverse(ents[i].span.end)));
        let mut kept: Vec<usize> = Vec::with_capacity(order.len());
        for i in order {
            if let Some(&p) = kept.last()
                && ents[p].span.overlaps(ents[i].span)
            {
                // keep the resolved or longer one
                if ents[p].id.is_none() && ents[i].id.is_some() {
                    kept.pop();
                    kept.push(i);
                }
                continue;
            }
            kept.push(i);
        }
        let mut groups: Vec<Group> = Vec::new();
        for i in kept {
            let mut sp = ents[i].span;
            if let Some(&(o, _)) = owners.iter().find(|&&(_, h)| h == i) {
                sp.start = sp.start.min(ents[o].span.start);
            }
            let si = self.sentence_of(sp.start);
            let first_of_sentence = groups.len() < 2 || groups[groups.len() - 2].sentence != si;
            if let Some(g) = groups.last_mut()
                && g.sentence == si
                && !(first_of_sentence && self.scene_comma_ends(g, i))
                && self.is_coordination(g.end, sp.start, self.lead_preposition(g.start))
            {
                g.end = sp.end;
                g.ments.push(i);
                continue;
            }
            groups.push(Group { start: sp.start, end: sp.end, ments: vec![i], sentence: si });
        }
        groups
    }

    /// "Au Niger, la junte a suspendu…", "In Burkina Faso, the military government…", "Selon
    /// l'armée, les jihadistes…": the first group of a sentence opening with a preposition is a
    /// scene-setting phrase, and a comma after it ends it when the next mention follows an article
    /// or is of another kind ("In Niger, JNIM…"); a repeated preposition ("au Mali, au Niger et au
    /// Tchad") or a list of names of one kind ("In Mali, Niger and Chad") still coordinates.
    pub(super) fn scene_comma_ends(&self, g: &Group, next: usize) -> bool {
        let toks = &self.a.seg.tokens;
        let ents = &self.a.entities;
        let sent = self.a.seg.sentences[g.sentence].span;
        let first = toks.partition_point(|t| t.span.start < sent.start);
        if first >= toks.len() || toks[first].span.start >= g.start {
            return false;
        }
        let opens_pp = self.cues_at(toks[first].span.start).is_some_and(|(_, c)| {
            c.iter().any(|c| matches!(c, Cue::Loc | Cue::Dat | Cue::Gen | Cue::Accord | Cue::By | Cue::With))
        });
        if !opens_pp {
            return false;
        }
        let next_start = ents[next].span.start;
        let mut i = toks.partition_point(|t| t.span.start < g.end);
        if i >= toks.len() || self.tok_text(i) != "," {
            return false;
        }
        i += 1;
        let mut det = false;
        while i < toks.len() && toks[i].span.start < next_start {
            match self.cues_at(toks[i].span.start) {
                Some((h, c)) if c.contains(&Cue::Det) && !c.contains(&Cue::Coord) => {
                    // "du Mali, du Niger": a preposition-article repeated is coordination
                    if c.iter().any(|c| matches!(c, Cue::Loc | Cue::Dat | Cue::Gen)) {
                        return false;
                    }
                    det = true;
                    let end = self.hits[h].end;
                    while i < toks.len() && toks[i].span.start < end {
                        i += 1;
                    }
                }
                _ => return false,
            }
        }
        let last = *g.ments.last().unwrap_or(&next);
        det || ents[last].kind != ents[next].kind
    }

    /// A news agency named as the teller of the report, not a party to it: in a dateline's
    /// parentheses ("BAMAKO, 5 juin (AFP) -") or after "told", "à", "par" ("a indiqué à l'AFP",
    /// "joints par Reuters", "told The Associated Press"); "selon l'AFP" stays a source.
    pub(super) fn byline_agency(&self, s: Span) -> bool {
        let text = self.a.doc.text.as_str();
        if party::WORDS.get().class(self.a.doc.lang, &text[s.start..s.end]) != Some(WordClass::Agency) {
            return false;
        }
        let Some(mut t) = self.tok_before(s.start) else { return false };
        if self.tok_is(t, &["l'", "l’", "the"]) {
            let Some(p) = self.tok_before(self.a.seg.tokens[t].span.start) else { return false };
            t = p;
        }
        self.tok_is(t, &["(", "told", "à", "a", "au", "par", "by", "with", "avec"])
    }

    /// A mention addressed by speech: a dative complement ("à l'AFP", "aux journalistes", "to
    /// reporters") or the object of "told"/"tell".
    pub(super) fn listener(&self, pos: usize) -> bool {
        if self.lead_preposition(pos) == Some(Cue::Dat) {
            return true;
        }
        let Some(mut t) = self.tok_before(pos) else { return false };
        if self.tok_is(t, &["the"]) {
            let Some(p) = self.tok_before(self.a.seg.tokens[t].span.start) else { return false };
            t = p;
        }
        self.tok_is(t, &["told", "tell", "tells", "telling"])
    }

    /// The preposition cue right before a mention (articles skipped): "du Mali" → `Gen`,
    /// "aux autorités" → `Dat`, "contre le JNIM" → `Against`.
    pub(super) fn lead_preposition(&self, pos: usize) -> Option<Cue> {
        let mut pos = pos;
        for _ in 0..3 {
            let t = self.tok_before(pos)?;
            let (h, cues) = self.cues_at(self.a.seg.tokens[t].span.start)?;
            if let Some(&c) =
                cues.iter().find(|c| matches!(c, Cue::Gen | Cue::Dat | Cue::Against | Cue::With | Cue::By))
            {
                return Some(c);
            }
            if !cues.contains(&Cue::Det) {
                return None;
            }
            pos = self.hits[h].start;
        }
        None
    }

    /// True when the text between two mentions is only commas, coordinators and determiners, and
    /// after a comma or coordinator the preposition of the first mention repeated ("du Mali, du
    /// Burkina Faso et du Niger", "à Bamako et à Niamey").
    pub(super) fn is_coordination(&self, from: usize, to: usize, lead: Option<Cue>) -> bool {
        let toks = &self.a.seg.tokens;
        let mut i = toks.partition_point(|t| t.span.start < from);
        let mut saw = false;
        let mut after_coord = false;
        while i < toks.len() && toks[i].span.start < to {
            let t = toks[i];
            let txt = &self.a.doc.text[t.span.start..t.span.end];
            if txt == "," || txt == "&" {
                saw = true;
                after_coord = false;
                i += 1;
                continue;
            }
            match self.cues_at(t.span.start) {
                Some((h, cues))
                    if cues.contains(&Cue::Coord)
                        || cues.contains(&Cue::Det)
                        || (saw && lead.is_some_and(|l| cues.contains(&l)) && !cues.contains(&Cue::Affil))
                        // "l'armée burkinabè et des VDP": a plural or partitive article after "et"
                        || (after_coord
                            && matches!(self.lex.forms[self.hits[h].entry as usize].as_str(), "des" | "du")) =>
                {
                    saw |= cues.contains(&Cue::Coord);
                    after_coord = cues.contains(&Cue::Coord);
                    let end = self.hits[h].end;
                    while i < toks.len() && toks[i].span.start < end {
                        i += 1;
                    }
                }
                _ => return false,
            }
        }
        saw
    }

    /// The preposition-like cue introducing a group (None for a subject or direct object).
    pub(super) fn marker(&self, g: &Group, clause_start: usize) -> Option<Cue> {
        if let Some(c) = self.regional_scene_marker(g) {
            return Some(c);
        }
        let toks = &self.a.seg.tokens;
        let mut pos = g.start;
        loop {
            let t = self.tok_before(pos)?;
            let ts = toks[t].span.start;
            if ts < clause_start {
                return None;
            }
            let (h, cues) = self.cues_at(ts)?;
            let hs = self.hits[h].start;
            // "par le Groupe de soutien…": a cue phrase running into the name ("le groupe") is its
            // article
            if self.hits[h].end > g.start {
                pos = hs;
                continue;
            }
            for c in [Cue::By, Cue::Accord, Cue::Against, Cue::Dat, Cue::With, Cue::Loc, Cue::Gen] {
                if cues.contains(&c) {
                    // "Des soldats…" at the start of a clause: an article, not a preposition
                    // (", liée au JNIM," is an affiliation, never an article)
                    if matches!(c, Cue::Gen)
                        && !cues.contains(&Cue::Affil)
                        && self.tok_before(hs).is_none_or(|p| {
                            toks[p].span.start < clause_start || toks[p].kind == veille_text::TokenKind::Punct
                        })
                    {
                        return None;
                    }
                    if c == Cue::Gen
                        && let Some(outer) = self.outer_marker(hs, clause_start)
                    {
                        return Some(outer);
                    }
                    return Some(c);
                }
            }
            if cues.contains(&Cue::Det) {
                pos = hs;
                continue;
            }
            return None;
        }
    }

    /// "par des hommes du JNIM", "contre le camp de la MINUSMA": the preposition governing the
    /// noun whose complement the group is (up to three words back).
    pub(super) fn outer_marker(&self, pos: usize, clause_start: usize) -> Option<Cue> {
        let toks = &self.a.seg.tokens;
        let mut pos = pos;
        for _ in 0..3 {
            let t = self.tok_before(pos)?;
            let ts = toks[t].span.start;
            if ts < clause_start || toks[t].kind == veille_text::TokenKind::Punct {
                return None;
            }
            match self.cues_at(ts) {
                Some((h, cues)) => {
                    for c in [Cue::By, Cue::Against, Cue::Dat, Cue::Accord] {
                        if cues.contains(&c) {
                            return Some(c);
                        }
                    }
                    // articles, "de", and nouns that happen to be cues ("hommes", "civils") are crossed
                    let nounish = |c: &Cue| {
                        matches!(
                            c,
                            Cue::Det
                                | Cue::Gen
                                | Cue::UTroops
                                | Cue::UWeapons
                                | Cue::UMoney
                                | Cue::Civilian
                                | Cue::Head
                        )
                    };
                    if !cues.iter().all(nounish) || !self.lex.entry(&self.hits[h]).senses.is_empty() {
                        return None;
                    }
                    pos = self.hits[h].start;
                }
                None => pos = ts,
            }
        }
        None
    }

    // ---- clauses ----------------------------------------------------------------------------

    /// Every clause boundary of the document, as byte intervals sorted by position: complementizers,
    /// speech verbs and subordinators (the hit), the comma closing a sentence-initial subordinate
    /// clause, `;` and `:`, quotation bounds (empty intervals). Computed once per document.
    pub(super) fn build_bounds(&self) -> Vec<(usize, usize)> {
        let toks = &self.a.seg.tokens;
        let mut b: Vec<(usize, usize)> = Vec::new();
        for (h, hit) in self.hits.iter().enumerate() {
            let is_sub = self.has_cue(h, Cue::Sub);
            if is_sub || self.has_cue(h, Cue::Que) || self.has_cue(h, Cue::Speech) {
                b.push((hit.start, hit.end));
            }
            if is_sub {
                // "Si la CEDEAO intervient, le Burkina…": the subordinate clause ends at its comma
                let ss = self.a.seg.sentences[self.sentence_of(hit.start)].span;
                let sentence_initial =
                    self.tok_before(hit.start).is_none_or(|p| toks[p].span.end <= ss.start);
                let mut k = toks.partition_point(|t| t.span.start < hit.end);
                while sentence_initial && k < toks.len() && toks[k].span.start < ss.end {
                    let t = toks[k].span;
                    if &self.a.doc.text[t.start..t.end] == "," {
                        b.push((t.start, t.end));
                        break;
                    }
                    k += 1;
                }
            }
        }
        for t in toks {
            if t.kind == veille_text::TokenKind::Punct {
                let txt = &self.a.doc.text[t.span.start..t.span.end];
                if txt == ";" || txt == ":" {
                    b.push((t.span.start, t.span.end));
                }
            }
        }
        for q in &self.a.quotes {
            if self.scare_quote(q)
                || self.en_scare_quote(q)
                || self.det_quoted_object(q)
                || self.quoted_participle(q)
            {
                continue;
            }
            b.push((q.span.start, q.span.start));
            b.push((q.span.end, q.span.end));
        }
        if let Some(d) = self.dateline {
            b.push((d.start, d.end));
        }
        self.en_as_bounds(&mut b);
        self.where_bounds(&mut b);
        b.sort_unstable();
        b.dedup();
        b
    }
}

impl Extractor<'_, '_> {
    /// The quoted words begin with a trigger that has an event reading (« neutralisé », « repoussé
    /// avec vigueur »), not a quoted description (« sans fondement »).
    pub(super) fn quote_opens_with_trigger(&self, q: &crate::analysis::QuoteRef) -> bool {
        self.hits_in(Span::new(q.span.start, q.span.end)).next().is_some_and(|h| {
            self.hits[h].start == q.span.start
                && !self.lex.entries[self.hits[h].entry as usize].senses.is_empty()
        })
    }

    /// A few words quoted inside a clause, right after a word, starting with an event trigger ("affirme avoir « neutralisé » plus
    /// de cinquante terroristes", "l'assaut avait été « repoussé avec vigueur »"): the writer marks
    /// the party's own wording, the clause goes on through the marks. A statement quoted after a
    /// colon, a comma or at the start of a sentence is a clause of its own.
    fn scare_quote(&self, q: &crate::analysis::QuoteRef) -> bool {
        // (French guillemets: an English quote of a few words is as often a whole short saying)
        if q.indirect
            || self.a.doc.lang != veille_core::Lang::Fr
            || self.tokens_between(q.outer.start, q.outer.end) > 6
        {
            return false;
        }
        // (the quoted words begin with an event's verb or noun: « neutralisé », « repoussé avec
        // vigueur »; a quoted description, « sans fondement », keeps its bounds)
        if !self.quote_opens_with_trigger(q) {
            return false;
        }
        let ss = self.a.seg.sentences[self.sentence_of(q.outer.start)].span;
        self.tok_before(q.outer.start).is_some_and(|t| {
            let tok = &self.a.seg.tokens[t];
            tok.span.start >= ss.start && tok.kind != veille_text::TokenKind::Punct
        })
    }
}

impl Extractor<'_, '_> {
    /// "Niger's junta", "Burkina Faso's military government", "Russia's Wagner group": an English
    /// possessor right before another party's name (at most one lower-case word between, no cue; not a
    /// place nor a person) only says whose it is; the party is the one named after it.
    pub(super) fn possessor_of_party(&self, i: usize) -> Option<usize> {
        let ents = &self.a.entities;
        let after = self.after_possessive(ents[i].span.end)?;
        let found = ents.iter().skip(i + 1).take_while(|e| e.span.start <= after + 60).position(|e| {
            e.span.start >= after
                && !matches!(e.kind, EntityType::Place | EntityType::Person)
                && (e.id.is_none() || e.id != ents[i].id)
                && self.one_lower_word_at_most(after, e.span.start, |t| self.cues_at(t.span.start).is_none())
        });
        found.map(|k| i + 1 + k)
    }

    /// Where the words after an English possessive ending at byte `end` start ("Niger's junta").
    pub(super) fn after_possessive(&self, end: usize) -> Option<usize> {
        let rest = &self.a.doc.text[end..];
        ["'s ", "’s "].iter().find(|m| rest.starts_with(**m)).map(|m| end + m.len())
    }

    /// Between byte `from` and byte `to` there is at most one token, a lower-case word that
    /// passes `also` ("Niger's Tillaberi region", "Chad's army": what may stand between a
    /// possessive and what it owns).
    pub(super) fn one_lower_word_at_most(
        &self,
        from: usize,
        to: usize,
        also: impl Fn(&veille_text::Token) -> bool,
    ) -> bool {
        let text = self.a.doc.text.as_str();
        let toks = &self.a.seg.tokens;
        let a = toks.partition_point(|t| t.span.start < from);
        let b = toks.partition_point(|t| t.span.start < to);
        b - a <= 1
            && toks[a..b].iter().all(|t| {
                t.kind == veille_text::TokenKind::Word
                    && text[t.span.start..t.span.end].starts_with(|c: char| c.is_lowercase())
                    && also(t)
            })
    }
}
