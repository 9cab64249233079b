//! The event extractor: triggers → arguments → status → figures → date → location → ACLED.
//!
//! One lexicon pass per document ([`crate::lexicon`]) yields trigger and cue hits. Arguments are
//! bound by a shallow clause analysis, not by proximity alone:
//!
//! - **clauses**: a sentence is cut after a complementizer ("que", "that"), at `;` and `:`, and at
//!   quotation bounds; the subject of a clause is its first entity group not introduced by a
//!   preposition;
//! - **groups**: entity mentions joined by commas, "et", "and", "ainsi que" (coordination) form one
//!   argument; a collective mention ("les trois pays de l'AES") stands for its members;
//! - **markers**: the preposition before a group ("par"/"by", "contre"/"against", "à"/"to",
//!   "de"/"of", "avec"/"with", "selon"/"according to") gives its role;
//! - **voice**: active verbs take the subject as actor and the direct object as recipient;
//!   passives ("a été attaqué par", "attacked by") swap them; nominalizations take "de X"/"by X"
//!   as actor ("l'attaque du JNIM contre l'armée"), and otherwise the clause subject ("ont annoncé
//!   le déploiement");
//! - **source**: the subject of a speech verb governing the clause ("X a assuré que …"), the
//!   speaker of a quotation (a pronoun speaker, "a-t-il déclaré", is the last person named), a
//!   "selon X"/"according to X" phrase, or the claimant of a claim of responsibility.
//!
//! Status: denied > hypothetical > pledged > claimed > asserted (the first cue found wins, in that
//! order of priority). `claimed` also applies when the source is a party to the event (an army's
//! own toll). Figures: every number with a casualty word or a unit noun is kept in `quantities`;
//! the best `fatalities`/`troops` is the smallest figure NOT given by a party, else the smallest
//! claimed one (a conservative choice, like ACLED's). Dates: the nearest date expression in the
//! event's sentence, else in the sentence before, else null with a reason (the publication date is
//! never used silently). Background events ("dans un contexte de retrait") are kept, undated.

use crate::acled::{AcledMap, RecipientClass};
use crate::analysis::Analysis;
use crate::lexicon::{Cue, Hit, LangLexicon, Lexicon, Pos, Sense, Tense};
use crate::party::{self, WordClass};
use crate::{ExtractError, Stage};
use std::collections::HashMap;
use std::sync::Arc;
use veille_core::record::{
    ActorRef, EventRecord, ExplainStep, Location, QuantityKind, QuantityRecord, TextSpan,
};
use veille_core::{EntityType, EventType, MentionSource, Span, Status};
use veille_kb::Kb;

/// The event stage: lexicons and the ACLED table, loaded once.
pub struct EventStage {
    lex: Lexicon,
    acled: AcledMap,
    kb: Option<Arc<Kb>>,
    /// State institutions → their government (`institutions.rs`), run over the entity layer first.
    inst: crate::institutions::Institutions,
}

impl EventStage {
    pub fn load() -> Result<EventStage, ExtractError> {
        crate::party::check()?;
        crate::anaphora::check()?;
        Ok(EventStage {
            lex: Lexicon::load()?,
            acled: AcledMap::load()?,
            kb: None,
            inst: crate::institutions::Institutions::load()?,
        })
    }
    /// Uses the knowledge base for canonical names of member states and ACLED actor classes.
    pub fn with_kb(mut self, kb: Arc<Kb>) -> Self {
        self.inst = self.inst.with_kb(&kb);
        self.kb = Some(kb);
        self
    }
    pub fn lexicon(&self) -> &Lexicon {
        &self.lex
    }
}

impl Stage for EventStage {
    fn name(&self) -> &'static str {
        "events"
    }
    fn run(&self, a: &mut Analysis<'_>) {
        let Some(lex) = self.lex.for_lang(a.doc.lang) else { return };
        let notes = self.kb.as_deref().map(|kb| self.inst.resolve(a, kb)).unwrap_or_default();
        let events = Extractor::new(a, lex, &self.acled, self.kb.as_deref()).run();
        a.events = events;
        crate::institutions::explain(a, &notes);
    }
}

/// Entity mentions joined by coordination: one argument.
#[derive(Clone, Debug)]
struct Group {
    start: usize,
    end: usize,
    /// Indices into `Analysis::entities`.
    ments: Vec<usize>,
    sentence: usize,
}

/// An event being built, before figures are attached and the record is written.
#[derive(Clone)]
struct Draft {
    sentence: usize,
    trigger: Span,
    kind: EventType,
    mode: Option<String>,
    context: Option<String>,
    status: Status,
    actor: Vec<ActorRef>,
    actor_kinds: Vec<EntityType>,
    recipient: Vec<ActorRef>,
    recipient_kinds: Vec<EntityType>,
    source: Vec<ActorRef>,
    location: Option<Location>,
    location_reason: Option<String>,
    date: Option<String>,
    date_precision: Option<veille_core::Precision>,
    date_reason: Option<String>,
    background: bool,
    civilians: bool,
    quantities: Vec<QuantityRecord>,
    evidence: Span,
    explain: Vec<ExplainStep>,
    /// The clause subject is a pronoun or an anaphoric noun phrase.
    subject_pron: bool,
    subject_anaphor: bool,
    /// A nominal trigger with a definite determiner ("l'attaque", "the attack").
    definite_noun: bool,
    /// A participle clause after a comma (", accusing them of…"): shares the main subject.
    participle: bool,
    /// A nominal trigger.
    nominal: bool,
    /// A reply to an earlier event (lexicon role `counter`: "riposter").
    counter: bool,
    /// Later mentions of the same incident merged into this one (document-level coreference):
    /// their sentence and trigger.
    also: Vec<(usize, Span)>,
    /// An active verb coordinated with the one before ("… et dénoncé", "and then arrested").
    coordinated: bool,
    /// Its patient is named as the enemy of a state force ("une vingtaine de terroristes ont été
    /// neutralisés", "ont visé un regroupement de terroristes").
    enemy: bool,
    /// An act of two parties or more (lexicon role `joint`).
    joint: bool,
}

struct Extractor<'a, 'd> {
    a: &'a Analysis<'d>,
    lex: &'a LangLexicon,
    acled: &'a AcledMap,
    hits: Vec<Hit>,
    groups: Vec<Group>,
    names: HashMap<&'a str, &'a str>,
    kb: Option<&'a Kb>,
    /// Clause boundaries (see [`Extractor::build_bounds`]).
    bounds: Vec<(usize, usize)>,
    /// The dateline ("BAMAKO, 3 juin (AFP) –", "ABUJA, Nigeria (Reuters) -"): where and when the
    /// report was filed, and by whom; no party, place or date of an event is read from it.
    dateline: Option<Span>,
}

fn is_party(k: EntityType) -> bool {
    matches!(k, EntityType::StateForce | EntityType::ArmedGroup | EntityType::Militia | EntityType::Pmc)
}

impl<'a, 'd> Extractor<'a, 'd> {
    fn new(a: &'a Analysis<'d>, lex: &'a LangLexicon, acled: &'a AcledMap, kb: Option<&'a Kb>) -> Self {
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
        // (a medium's name stays a media cue: "a suspendu la BBC", "suspended RFI" is censorship)
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
                e.senses.is_empty() && e.cues == [Cue::Media]
            }
        });
        let mut names = HashMap::new();
        for m in &a.entities {
            if let Some(id) = &m.id {
                names.entry(id.as_str()).or_insert(m.name.as_str());
            }
        }
        let dateline = find_dateline(&a.doc.text);
        let mut x =
            Extractor { a, lex, acled, hits, groups: Vec::new(), names, kb, bounds: Vec::new(), dateline };
        x.groups = x.build_groups();
        x.bounds = x.build_bounds();
        x
    }

    // ---- lookups over hits and tokens -------------------------------------------------------

    /// Index of the hit covering byte `pos`.
    fn hit_covering(&self, pos: usize) -> Option<usize> {
        let k = self.hits.partition_point(|h| h.start <= pos);
        (k > 0 && self.hits[k - 1].end > pos).then(|| k - 1)
    }

    fn cues_at(&self, pos: usize) -> Option<(usize, &'a [Cue])> {
        let lex = self.lex;
        self.hit_covering(pos).map(|i| (i, lex.entries[self.hits[i].entry as usize].cues.as_slice()))
    }

    fn has_cue(&self, hit: usize, c: Cue) -> bool {
        self.lex.entry(&self.hits[hit]).has(c)
    }

    /// Index of the last token ending at or before `pos`.
    fn tok_before(&self, pos: usize) -> Option<usize> {
        let k = self.a.seg.tokens.partition_point(|t| t.span.end <= pos);
        k.checked_sub(1)
    }

    fn tokens_between(&self, from: usize, to: usize) -> usize {
        let t = &self.a.seg.tokens;
        let i = t.partition_point(|t| t.span.start < from);
        let j = t.partition_point(|t| t.span.start < to);
        j.saturating_sub(i)
    }

    fn hits_in(&self, s: Span) -> std::ops::Range<usize> {
        let i = self.hits.partition_point(|h| h.start < s.start);
        let j = self.hits.partition_point(|h| h.start < s.end);
        i..j
    }

    fn sentence_of(&self, pos: usize) -> usize {
        let s = &self.a.seg.sentences;
        s.partition_point(|s| s.span.end <= pos).min(s.len().saturating_sub(1))
    }

    // ---- entity groups ----------------------------------------------------------------------

    fn build_groups(&self) -> Vec<Group> {
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
        let mut order: Vec<usize> = (0..ents.len())
            .filter(|&i| {
                ents[i].kind != EntityType::Place
                    && !modifier(i)
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
            let sp = ents[i].span;
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
    fn scene_comma_ends(&self, g: &Group, next: usize) -> bool {
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
    fn byline_agency(&self, s: Span) -> bool {
        let text = self.a.doc.text.as_str();
        if party::words().class(self.a.doc.lang, &text[s.start..s.end]) != Some(WordClass::Agency) {
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
    fn listener(&self, pos: usize) -> bool {
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
    fn lead_preposition(&self, pos: usize) -> Option<Cue> {
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
    fn is_coordination(&self, from: usize, to: usize, lead: Option<Cue>) -> bool {
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
                        || (saw && lead.is_some_and(|l| cues.contains(&l)))
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
    fn marker(&self, g: &Group, clause_start: usize) -> Option<Cue> {
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
                    // "Des soldats…" at the start of a clause: an article, not a preposition.
                    if matches!(c, Cue::Gen)
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
    fn outer_marker(&self, pos: usize, clause_start: usize) -> Option<Cue> {
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
    fn build_bounds(&self) -> Vec<(usize, usize)> {
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
            b.push((q.span.start, q.span.start));
            b.push((q.span.end, q.span.end));
        }
        if let Some(d) = self.dateline {
            b.push((d.start, d.end));
        }
        b.sort_unstable();
        b.dedup();
        b
    }

    /// Clause bounds around byte `pos` of sentence `si`.
    fn clause(&self, si: usize, pos: usize) -> (usize, usize) {
        let ss = self.a.seg.sentences[si].span;
        let k = self.bounds.partition_point(|b| b.1 <= pos);
        let cs = self.bounds[..k].last().map_or(ss.start, |b| b.1.max(ss.start)).min(pos);
        let ce = self.bounds[k..].iter().find(|b| b.0 >= pos).map_or(ss.end, |b| b.0.min(ss.end)).max(pos);
        (cs.max(ss.start), ce.min(ss.end))
    }

    fn groups_in(&self, from: usize, to: usize) -> impl Iterator<Item = &Group> {
        let i = self.groups.partition_point(|g| g.start < from);
        self.groups[i..].iter().take_while(move |g| g.end <= to)
    }

    /// The subject of the clause [cs, before): its first group not introduced by a preposition.
    fn subject(&self, cs: usize, before: usize) -> Option<&Group> {
        // "la demande de la Cedeao, qui réclamait…": a relative verb's subject is the antecedent
        if let Some(q) = self.relative_pronoun_before(before) {
            return self.group_ending_before(q).filter(|g| g.end >= cs && self.tokens_between(g.end, q) <= 1);
        }
        let outside =
            |g: &&Group| !self.in_relative_clause(cs, g.start) && !self.in_scene_phrase(cs, g, before);
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
    fn subject_before_quote(&self, si: usize, cs: usize, verb: usize) -> Option<&Group> {
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
    fn in_scene_phrase(&self, cs: usize, g: &Group, before: usize) -> bool {
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
    fn relative_pronoun_before(&self, pos: usize) -> Option<usize> {
        let toks = &self.a.seg.tokens;
        let mut p = pos;
        for _ in 0..3 {
            let t = toks[self.tok_before(p)?].span;
            match self.cues_at(t.start) {
                Some((_, c)) if c.iter().any(|c| matches!(c, Cue::Aux | Cue::Passive)) => p = t.start,
                _ => {
                    let w = &self.a.doc.text[t.start..t.end];
                    return matches!(w, "qui" | "who" | "which").then_some(t.start);
                }
            }
        }
        None
    }

    /// Byte `pos` lies in a relative clause set off by commas (", qui reliait Gao à Tessit,")
    /// opened after `from`: its words are not the main clause's subject.
    fn in_relative_clause(&self, from: usize, pos: usize) -> bool {
        let toks = &self.a.seg.tokens;
        let mut open = false;
        let mut prev_comma = false;
        let i = toks.partition_point(|t| t.span.start < from);
        for t in toks[i..].iter().take_while(|t| t.span.end <= pos) {
            let w = &self.a.doc.text[t.span.start..t.span.end];
            if w == "," {
                open = false;
                prev_comma = true;
                continue;
            }
            if prev_comma && matches!(w, "qui" | "who" | "which" | "dont") {
                open = true;
            }
            prev_comma = false;
        }
        open
    }

    /// The party of a decision noun governing the infinitive at `pos`: "la décision du Tchad de
    /// [pos]", "l'intention de Moscou de [pos]", "Chad's decision to [pos]".
    fn decider(&self, pos: usize) -> Option<&Group> {
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
    fn in_dateline(&self, s: Span) -> bool {
        self.dateline.is_some_and(|d| d.contains(s))
    }

    /// The token right before `pos` when it is a word of the clause starting at `cs`.
    fn clause_word_before(&self, pos: usize, cs: usize) -> Option<usize> {
        let t = self.tok_before(pos)?;
        let tok = &self.a.seg.tokens[t];
        (tok.span.start >= cs && tok.kind == veille_text::TokenKind::Word).then_some(t)
    }

    /// The noun at `pos` is the object of a present participle right after a comma (articles and
    /// possessives between): ", affichant leur soutien", ", expressing its support".
    fn participle_object(&self, pos: usize, cs: usize) -> bool {
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
    fn condemned_object(&self, pos: usize, cs: usize) -> bool {
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
    fn is_pronoun_at(&self, pos: usize) -> bool {
        self.cues_at(pos).is_some_and(|(_, c)| c.contains(&Cue::Pron) || c.contains(&Cue::First)) || {
            let toks = &self.a.seg.tokens;
            let i = toks.partition_point(|t| t.span.start < pos);
            i < toks.len()
                && self.tok_is(i, &["il", "elle", "ils", "elles", "he", "she", "it", "they", "we", "nous"])
        }
    }

    /// The words right after a speech or denial verb are a perfect infinitive ("affirme avoir
    /// détruit", "nie être intervenu").
    fn infinitive_perfect_after(&self, pos: usize) -> bool {
        let toks = &self.a.seg.tokens;
        let i = toks.partition_point(|t| t.span.start < pos);
        i < toks.len() && self.tok_is(i, &["avoir", "d'avoir", "d’avoir", "être", "d'être", "d’être"])
    }

    /// Token `t` is one of `words` (ASCII case ignored; accented and curly-apostrophe variants are
    /// listed): no allocation.
    fn tok_is(&self, t: usize, words: &[&str]) -> bool {
        let w = self.tok_text(t);
        words.iter().any(|x| x.eq_ignore_ascii_case(w))
    }

    /// The last entity group ending at or before `pos`.
    fn group_ending_before(&self, pos: usize) -> Option<&Group> {
        let i = self.groups.partition_point(|g| g.start < pos);
        self.groups[..i].iter().rev().find(|g| g.end <= pos)
    }

    /// Only auxiliaries ("ont été", "were", "a") between two positions, and at least one.
    fn only_auxiliaries(&self, from: usize, to: usize) -> bool {
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
    fn group_refs(&self, g: &Group) -> (Vec<ActorRef>, Vec<EntityType>) {
        let (mut r, mut k) = (Vec::new(), Vec::new());
        self.refs(g, &mut r, &mut k);
        (r, k)
    }

    fn refs(&self, g: &Group, out: &mut Vec<ActorRef>, kinds: &mut Vec<EntityType>) {
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
    fn np_ref(&self, np: Span) -> (ActorRef, EntityType, bool) {
        let text = &self.a.doc.text[np.start..np.end];
        let phrase = ActorRef { id: None, name: text.to_string(), acled_class: None };
        let list = crate::anaphora::phrases();
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
        let ents = &self.a.entities;
        for kinds in class.tiers() {
            let mut found: Option<usize> = None;
            for g in self.groups.iter().take_while(|g| g.end <= np.start) {
                for &m in &g.ments {
                    let e = &ents[m];
                    if e.id.is_none() || !e.members.is_empty() || !kinds.contains(&e.kind) {
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
                            return (phrase, EntityType::OtherOrg, false);
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

    fn state_ref(&self, cc: &str) -> ActorRef {
        let id = format!("kb:{cc}");
        let name = self.name_of(&id);
        ActorRef { id: Some(id), name, acled_class: None }
    }

    /// Canonical name of a KB id: from the document's mentions, else the KB, else the id.
    fn name_of(&self, id: &str) -> String {
        if let Some(n) = self.names.get(id) {
            return n.to_string();
        }
        if let Some(e) = self.kb.and_then(|kb| kb.get(id)) {
            return e.name.clone();
        }
        id.trim_start_matches("kb:").to_string()
    }

    /// Whether a person mention carries a head-of-state/government title ("le président X").
    fn is_head(&self, m: usize) -> bool {
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

    fn last_person_before(&self, pos: usize) -> Option<Group> {
        self.a
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityType::Person && e.span.end <= pos)
            .max_by_key(|(_, e)| e.span.start)
            .map(|(i, e)| Group { start: e.span.start, end: e.span.end, ments: vec![i], sentence: 0 })
    }

    fn group_at(&self, s: Span) -> Option<Group> {
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

    fn run(&self) -> Vec<EventRecord> {
        let mut drafts: Vec<Draft> = Vec::new();
        for si in 0..self.a.seg.sentences.len() {
            let ss = self.a.seg.sentences[si].span;
            let first_of_sentence = drafts.len();
            for h in self.hits_in(ss) {
                let Some(sense) = self.choose_sense(h) else { continue };
                let Some(mut d) = self.draft(si, h, sense) else { continue };
                if let Some(rule) = self.generic_statement(si, h, &d) {
                    // no record is left to carry the step: the event before it notes the drop
                    if self.a.explain
                        && let Some(prev) = drafts.last_mut()
                    {
                        let t = self.a.text(d.trigger).to_string();
                        prev.explain.push(step(
                            "filter",
                            &format!("a later trigger dropped: {rule}"),
                            Some(t),
                        ));
                    }
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
                    && (!d.coordinated || main.actor.iter().any(|r| r.id.is_some()))
                {
                    d.actor = main.actor.clone();
                    d.actor_kinds = main.actor_kinds.clone();
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
                    prev.explain.push(ExplainStep {
                        slot: "trigger".into(),
                        rule: "merged: a noun after `lors de`/`during` names how the event happened".into(),
                        text: Some(self.a.text(d.trigger).to_string()),
                    });
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
                    });
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
                if let Some(prev) = drafts[first_of_sentence..].iter_mut().find(|p| {
                    p.kind == d.kind
                        // "Cet assaut intervient après l'attaque de Chatoumane": the event told before
                        // and the context it is compared to are two
                        && (p.background == d.background || !(self.demonstrative(p) || self.demonstrative(&d)))
                        && (protest_purpose || modes_compatible(p.mode.as_deref(), d.mode.as_deref()))
                        && compatible(&p.actor, &d.actor)
                        && compatible(&p.recipient, &d.recipient)
                }) {
                    fill_from(prev, &d);
                    prev.explain.push(ExplainStep {
                        slot: "trigger".into(),
                        rule: "merged: same type and arguments in the same sentence".into(),
                        text: Some(self.a.text(d.trigger).to_string()),
                    });
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
                let other_incident = self.announces_other_incident(&d);
                if !other_incident
                    && let Some(prev) = drafts[..first_of_sentence]
                        .iter_mut()
                        .rev()
                        .take(3)
                        .find(|p| p.kind == d.kind && elaborates(p))
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
                    })
                {
                    merge_into(prev, d, self);
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
                    })
                {
                    // (the first telling's status stands: "The army did not say when the strikes
                    // took place" does not deny them)
                    self.absorb(prev, &d, "coreference: a definite noun names this event again");
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
                if d.actor.is_empty() && d.subject_pron {
                    let (cs, _) = self.clause(si, d.trigger.start);
                    let earlier = drafts[first_of_sentence..]
                        .iter()
                        .rev()
                        .find(|p| p.trigger.end <= cs && !p.actor.is_empty() && !p.background)
                        .map(|p| (p.actor.clone(), p.actor_kinds.clone()))
                        .or_else(|| {
                            let (mcs, mce) = self.clause(si, ss.start);
                            (mce <= cs)
                                .then_some(())
                                .and_then(|_| self.subject(mcs, mce))
                                .map(|g| self.group_refs(g))
                        })
                        .filter(|(r, _)| !r.is_empty() && cs > ss.start);
                    if let Some(parties) = earlier {
                        d.set_actor(parties, self.a.explain, "pronoun subject: subject of the clause before");
                    }
                }
                // "…, elle va appuyer la force": a pronoun subject is the previous sentence's actor
                if d.actor.is_empty()
                    && d.subject_pron
                    && let Some(prev) = drafts[..first_of_sentence]
                        .iter()
                        .rev()
                        .find(|p| p.sentence + 1 == si && !p.actor.is_empty())
                {
                    d.actor = prev.actor.clone();
                    d.actor_kinds = prev.actor_kinds.clone();
                    if self.a.explain {
                        d.explain.push(step(
                            "actor",
                            "pronoun subject: actor of the previous sentence",
                            None,
                        ));
                    }
                }
                drafts.push(d);
            }
            self.followed_suit(si, &mut drafts);
        }
        self.corefer_document(&mut drafts);
        self.corefer_headline(&mut drafts);
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
                        && p.actor.iter().any(|x| x.id.is_some() && d.recipient.iter().any(|y| y.id == x.id))
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
            let ss = self.a.seg.sentences[d.sentence].span;
            if self.a.places.iter().any(|p| ss.contains(p.span))
                // a state named ("au Niger"), not its government ("le ministère de la Défense")
                || self.a.entities.iter().any(|e| {
                    e.kind == EntityType::Country
                        && ss.contains(e.span)
                        && e.id.as_deref().is_none_or(|id| !id.contains('-'))
                })
            {
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
            let d = &mut drafts[i];
            d.location = Some(loc);
            d.location_reason = None;
            if self.a.explain {
                d.explain.push(step(
                    "location",
                    "no place in its sentence: the place of the sentence before",
                    None,
                ));
            }
        }
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
                let d = &mut drafts[i];
                d.recipient = r;
                d.recipient_kinds = k;
                if self.a.explain {
                    d.explain.push(step("recipient", "anaphor: actor of the previous event", None));
                }
            }
        }
        // readings that name no event of their own (the event before notes the drop)
        let mut kept: Vec<Draft> = Vec::with_capacity(drafts.len());
        for d in drafts {
            if let Some(rule) = self.not_an_event(&d) {
                if self.a.explain
                    && let Some(prev) = kept.last_mut()
                {
                    let t = self.a.text(d.trigger).to_string();
                    prev.explain.push(step("filter", &format!("a later trigger dropped: {rule}"), Some(t)));
                }
                continue;
            }
            kept.push(d);
        }
        let mut drafts = kept;
        self.attach_figures(&mut drafts);
        self.reporters_operations(&mut drafts);
        let scene = self.document_scene_country();
        drafts
            .into_iter()
            .filter(|d| {
                // only unresolved noun phrases, no place, no figure: too little to report
                let named = d.actor.iter().chain(&d.recipient).any(|r| r.id.is_some());
                named || d.background || d.location.is_some() || !d.quantities.is_empty()
            })
            .filter(|d| {
                // with no party at all, only violence and protests are worth reporting (their
                // perpetrators are often unknown)
                d.background
                    || !d.actor.is_empty()
                    || !d.recipient.is_empty()
                    || matches!(d.kind, EventType::Assault | EventType::Protest)
                    // a curfew is told by its place ("un couvre-feu est instauré à Ménaka")
                    || (d.kind == EventType::Coerce && d.mode.as_deref() == Some("curfew") && d.location.is_some())
            })
            .filter(|d| {
                d.background
                    || !d.actor.is_empty()
                    || !d.recipient.is_empty()
                    || d.location.is_some()
                    || !d.quantities.is_empty()
            })
            .map(|mut d| {
                self.scene_country(&mut d, scene);
                self.finish(d)
            })
            .collect()
    }

    /// Folds the mention `d` into the event `into` it tells again (coreference): the first
    /// telling's status stands, the other slots fill in from the mention (`fill_from`), and the
    /// mention's trigger is kept as another telling, with `rule` in `--explain`.
    fn absorb(&self, into: &mut Draft, d: &Draft, rule: &str) {
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
    /// the subject as its actor, dated by its own sentence.
    fn followed_suit(&self, si: usize, drafts: &mut Vec<Draft>) {
        let ss = self.a.seg.sentences[si].span;
        for i in self.hits_in(ss) {
            if !self.has_cue(i, Cue::Same) {
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
            }) else {
                continue;
            };
            if same_ids(&prev.actor, &actor) {
                continue;
            }
            let mut d = prev.clone();
            d.recipient.retain(|r| !actor.iter().any(|x| same_party(x, r)));
            d.recipient_kinds = prev
                .recipient
                .iter()
                .zip(&prev.recipient_kinds)
                .filter(|(r, _)| !actor.iter().any(|x| same_party(x, r)))
                .map(|(_, k)| *k)
                .collect();
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
                "`followed suit`: the act told before, by the subject",
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
    fn reporter(&self) -> Option<(ActorRef, EntityType, &'a str)> {
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
    fn reporters_operations(&self, drafts: &mut [Draft]) {
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

    /// A reading that names no event of its own, whatever its arguments: people fleeing or
    /// evacuated, support told by a participle qualifying a noun, one party "adopting" a text,
    /// cooperation with one side only.
    fn not_an_event(&self, d: &Draft) -> Option<&'static str> {
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
            // "des renforts, appuyés par des éléments de l'Africa Corps, sont arrivés", "soldiers,
            // backed by Russian fighters": a participle qualifying a noun tells who took part, not
            // a statement of support
            EventType::Support if !d.nominal && self.reduced_participle_by(d) => {
                Some("support told by a participle qualifying a noun: no statement of support")
            }
            // "les candidats ont jusqu'au 15 février pour se faire enrôler", "the attackers, who
            // arrived in gun trucks", "the army chief of staff visiting wounded troops": a
            // mobilization, a meeting, an accusation or a threat is a party's act; told of
            // descriptions only, it is movement or talk, not such an event (an actor the text does
            // not give, or an identified party asserting it, leaves it alone)
            EventType::Mobilize | EventType::Consult | EventType::Accuse | EventType::Threaten
                if !d.actor.is_empty()
                    && d.actor
                        .iter()
                        .zip(&d.actor_kinds)
                        .chain(d.recipient.iter().zip(&d.recipient_kinds))
                        .all(|(r, &k)| r.id.is_none() && !is_party(k) && !self.proper_name(&r.name))
                    // (a description of soldiers or fighters is a party: "quelque 600 militaires
                    // tchadiens doivent être déployés")
                    && !d.actor.iter().any(|r| self.names_armed_party(&r.name))
                    && d.source.iter().all(|r| r.id.is_none()) =>
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
    fn sides(&self, d: &Draft) -> usize {
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
    fn proper_name(&self, name: &str) -> bool {
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
    fn names_armed_party(&self, name: &str) -> bool {
        let lang = self.a.doc.lang;
        let det = if lang == veille_core::Lang::En { "the" } else { "les" };
        let phrases = crate::anaphora::phrases();
        name.split_whitespace()
            .any(|w| phrases.class(lang, w).is_some() || phrases.class(lang, &format!("{det} {w}")).is_some())
    }

    /// The unresolved party `name`, as written in sentence `si`, is headed by civilians, people or
    /// the wounded (cues `civilian`, `evacuee`, `injured`).
    fn noncombatants(&self, si: usize, name: &str) -> bool {
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
    fn reduced_participle_by(&self, d: &Draft) -> bool {
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
        let first = toks.partition_point(|t| t.span.start < cs);
        !toks[first..=t].iter().enumerate().any(|(i, tk)| {
            (!en && self.tok_is(first + i, &["a", "ont", "est", "sont", "et"]))
                || self.tok_is(first + i, &["and", "qui", "que", "who", "which", "that"])
                || self.cues_at(tk.span.start).is_some_and(|(_, c)| {
                    c.iter().any(|c| matches!(c, Cue::Aux | Cue::Passive | Cue::Refl | Cue::Pron))
                })
        })
    }

    /// The one country every place of the document lies in (datelines aside), when at least two
    /// place mentions name it: the scene of an article about one country's incidents.
    fn document_scene_country(&self) -> Option<&'a str> {
        let mut cc: Option<&str> = None;
        let mut n = 0;
        for p in &self.a.places {
            if self.in_dateline(p.span) {
                continue;
            }
            let Some(c) = p.country.as_deref() else { continue };
            match cc {
                Some(x) if x != c => return None,
                _ => cc = Some(c),
            }
            n += 1;
        }
        cc.filter(|_| n >= 2)
    }

    /// A physical event (violence, deployment, coercion, withdrawal, protest) whose sentences name no
    /// place takes the document's one scene country, at country precision and with the rule in
    /// `--explain`; statements and background events are left without a location.
    fn scene_country(&self, d: &mut Draft, scene: Option<&str>) {
        let physical = matches!(
            d.kind,
            EventType::Assault
                | EventType::Mobilize
                | EventType::Coerce
                | EventType::Retreat
                | EventType::Protest
        );
        let Some(cc) = scene.filter(|_| physical && d.location.is_none() && !d.background) else { return };
        let name =
            self.kb.and_then(|kb| kb.get(&format!("kb:{cc}"))).map_or(cc.to_string(), |e| e.name.clone());
        d.location =
            Some(Location { name, country: Some(cc.to_string()), precision: 3, ..Location::default() });
        d.location_reason = None;
        if self.a.explain {
            d.explain.push(step(
                "location",
                "no place in its sentences: the article's one scene country",
                Some(cc.to_string()),
            ));
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
    fn corefer_headline(&self, drafts: &mut Vec<Draft>) {
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
            let target = if h.background || h.counter {
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

    fn corefer_document(&self, drafts: &mut Vec<Draft>) {
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
            let context_reference = d.background && (d.definite_noun || self.demonstrative(d)) && !own_date;
            if (d.background && !context_reference) || d.counter || self.announces_other_incident(d) {
                i += 1;
                continue;
            }
            let own_place = self.a.places.iter().any(|p| ss.contains(p.span));
            // "JNIM claimed responsibility, saying its fighters had killed some 200 soldiers": an
            // attack told in a claim of responsibility with no place or date of its own is the one
            // told before
            let claim = d.kind == EventType::Assault
                && self.hits[self.hits_in(ss)].iter().any(|x| self.lex.entry(x).has(Cue::Claim));
            // (a pronoun subject refers to a party, not to an event: "The army said it had hit a
            // vehicle" is the army's own account; the sentence loop continues pronoun subjects)
            let anaphoric = d.definite_noun;
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
            // (at most 64 events back: linear in long documents)
            let target = (0..i).rev().take(64).find(|&j| {
                let p = &drafts[j];
                if p.kind != d.kind
                    || p.background
                    || p.counter
                    || p.sentence >= d.sentence
                    || !(modes_compatible(p.mode.as_deref(), d.mode.as_deref()) || complex_attack(p, d))
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
                if !dates_agree && own_date && !d.definite_noun {
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
                    || (claim && !own_place && !own_date && near)
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
                                && !own_place
                                && near))
            });
            let Some(j) = target else {
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
    fn explicit_past_year(&self, si: usize, trig: Span, date: &str) -> Option<String> {
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
                !self.hits[self.hits_in(between)].iter().any(|h| !self.lex.entry(h).senses.is_empty())
                    // "L'attaque n'a pas été revendiquée, mais … le JNIM, qui impose depuis 2022 un
                    // blocus": a year far from the trigger dates something else
                    && self.tokens_between(between.start, between.end) <= 8
            })
            .map(|x| self.a.text(x.span))
            .find(|t| t.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit)))
            .map(str::to_string)
    }

    /// A nominal trigger after a demonstrative ("cette embuscade", "this attack").
    fn demonstrative(&self, d: &Draft) -> bool {
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
    fn definite_description(&self, name: &str) -> bool {
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
    fn announces_other_incident(&self, d: &Draft) -> bool {
        let ss = self.a.seg.sentences[d.sentence].span;
        self.hits[self.hits_in(Span::new(ss.start, d.trigger.start))]
            .iter()
            .any(|x| self.lex.entry(x).has(Cue::Other))
    }

    /// Two events' places agree: one unknown, the same place, one named in the other's sentence
    /// ("se rendait de Boulkessi à Douentza"), or one the region of the other.
    fn places_agree(&self, p: &Draft, d: &Draft) -> bool {
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
    fn choose_sense(&self, h: usize) -> Option<&'a Sense> {
        let lex = self.lex;
        let e = &lex.entries[self.hits[h].entry as usize];
        if e.senses.is_empty() || e.has(Cue::Block) {
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
        }) || (prev.is_none() && self.after_det_adjective(self.hits[h].start));
        let senses = e.senses.iter().map(|&s| &lex.senses[s as usize]);
        let pick = |pos: &[Pos]| senses.clone().find(|s| pos.contains(&s.pos));
        let sense = if after_det {
            pick(&[Pos::Noun, Pos::Fixed])
        } else {
            pick(&[Pos::Verb, Pos::Fixed]).or_else(|| pick(&[Pos::Noun]))
        }?;
        if self.governed(h, sense) || self.resultative_leave(h, sense) {
            return None;
        }
        Some(sense)
    }

    /// "the clashes left three people dead", "left dozens wounded": `leave` with a victim count
    /// and a state reports a toll, not a withdrawal.
    fn resultative_leave(&self, h: usize, sense: &Sense) -> bool {
        if sense.kind != EventType::Retreat
            || sense.pos != Pos::Verb
            || self.a.doc.lang != veille_core::Lang::En
        {
            return false;
        }
        let hit = self.hits[h];
        if !self.lex.forms[hit.entry as usize].starts_with("le") {
            return false;
        }
        let toks = &self.a.seg.tokens;
        let k = toks.partition_point(|t| t.span.start < hit.end);
        for (k, t) in toks.iter().enumerate().skip(k).take(6) {
            if t.kind == veille_text::TokenKind::Punct {
                return false;
            }
            if matches!(self.tok_text(k), "dead" | "wounded" | "injured" | "homeless") {
                return true;
            }
        }
        false
    }

    /// "a deadly raid", "the latest offensive": an English adjective (by its ending) between a
    /// determiner and the word at `pos` makes that word a noun.
    fn after_det_adjective(&self, pos: usize) -> bool {
        if self.a.doc.lang != veille_core::Lang::En {
            return false;
        }
        let toks = &self.a.seg.tokens;
        let Some(t) = self.tok_before(pos) else { return false };
        let w = self.tok_text(t);
        let adjective = ["ly", "al", "ous", "ive", "ic", "ful", "est", "ed", "ist"]
            .iter()
            .any(|s| w.len() > s.len() + 2 && w.ends_with(s));
        adjective
            && self
                .tok_before(toks[t].span.start)
                .and_then(|p| self.cues_at(toks[p].span.start))
                .is_some_and(|(_, cues)| cues.contains(&Cue::Det))
    }

    /// A trigger that only names the content of another one is no event of its own: "accord de
    /// coopération", "mettre fin à son accord", "menacé de déployer", "appelé à manifester".
    fn governed(&self, h: usize, sense: &Sense) -> bool {
        if self.infinitive_content(h, sense) || self.condition_of_threat(h) || self.imputed_act(h) {
            return true;
        }
        let toks = &self.a.seg.tokens;
        let mut pos = self.hits[h].start;
        let mut crossed_de = false;
        // up to three function words, or five through a light noun ("l'ouverture d'une")
        let mut light = false;
        let mut adjective = sense.pos == Pos::Noun;
        // "a appelé dimanche à la libération de…": one date word between the verb and its
        // complement does not count
        let mut dated = 0;
        for i in 0..6 {
            if (i >= 3 + dated && !light) || i >= 5 + dated {
                return false;
            }
            let Some(t) = self.tok_before(pos) else { return false };
            if dated == 0 && self.in_date(toks[t].span) {
                dated = 1;
                pos = toks[t].span.start;
                continue;
            }
            let Some((ph, cues)) = self.cues_at(toks[t].span.start) else {
                // "called for an independent inquiry": one plain word before the noun
                if std::mem::take(&mut adjective) {
                    pos = toks[t].span.start;
                    continue;
                }
                return false;
            };
            let pe = self.lex.entry(&self.hits[ph]);
            if let Some(&ps) = pe.senses.first() {
                let gov = &self.lex.senses[ps as usize];
                return match gov.kind {
                    // the complement of a speech-like or demand-like trigger is its content;
                    // "demande une enquête", "réclame l'ouverture de négociations": a requested
                    // inquiry or talks named by a noun too (a refused thing is background instead)
                    EventType::Threaten => {
                        sense.pos != Pos::Noun
                            || (gov.pos == Pos::Verb
                                && matches!(sense.kind, EventType::Accuse | EventType::Consult))
                    }
                    EventType::Reject => sense.pos != Pos::Noun,
                    // "demanding the release of", "demande une enquête": what is asked (a demanded
                    // withdrawal stays an event: its party binding is pinned by the French table)
                    EventType::Request => sense.pos != Pos::Noun || sense.mode.as_deref() != Some("withdraw"),
                    // ending, suspending or rejecting an agreement is not an agreement
                    EventType::Retreat | EventType::Sanction => {
                        sense.kind == EventType::Agree
                            // "suspended its budget support", "halted military aid": the aid
                            // stopped is the sanction's object
                            || (gov.kind == EventType::Sanction
                                && sense.kind == EventType::Aid
                                && sense.pos == Pos::Noun)
                    }
                    // "accord de coopération", "accord de défense": the noun names the accord
                    EventType::Agree => crossed_de && gov.pos == Pos::Noun,
                    _ => false,
                };
            }
            // "a évoqué la coopération militaire", "discussed security cooperation": a topic
            if cues.contains(&Cue::Topic) {
                return sense.pos == Pos::Noun;
            }
            light |= cues.contains(&Cue::Light);
            if cues.contains(&Cue::Gen) || cues.contains(&Cue::Dat) || cues.contains(&Cue::Light) {
                crossed_de = true;
            } else if !cues.contains(&Cue::Det) {
                return false;
            }
            pos = self.hits[ph].start;
        }
        false
    }

    /// "soupçonnés de collaborer avec…", "suspected of supplying…", "accusés de vouloir renverser…",
    /// "the plotters had planned to attack…": an act a suspicion imputes, or an intention imputed by
    /// an accusation or a suspicion, is not told as done: no event of its own. The trigger must
    /// follow the suspicion through "de"/"of"/"to" ("a suspected attack" stays an event).
    fn imputed_act(&self, h: usize) -> bool {
        let toks = &self.a.seg.tokens;
        let hit = self.hits[h];
        let mut pos = hit.start;
        let mut linked = false;
        let mut intent: Option<usize> = None;
        for step_back in 0..6 {
            let Some(t) = self.tok_before(pos) else { return false };
            let ts = toks[t].span.start;
            if let Some((ph, cues)) = self.cues_at(ts) {
                if cues.contains(&Cue::Suspect) {
                    return linked;
                }
                // "vouloir renverser", "planned to attack"
                if cues.contains(&Cue::Intent) && intent.is_none() && (linked || step_back == 0) {
                    intent = Some(self.hits[ph].start);
                    linked = false;
                    pos = self.hits[ph].start;
                    continue;
                }
                // "accusés de vouloir renverser": an accusation imputes the intention
                if intent.is_some()
                    && linked
                    && self
                        .lex
                        .entry(&self.hits[ph])
                        .senses
                        .iter()
                        .any(|&x| self.lex.senses[x as usize].kind == EventType::Accuse)
                {
                    return true;
                }
            }
            match veille_text::fold_cow(self.tok_text(t)).as_ref() {
                "de" | "d'" | "d'avoir" | "of" | "to" => linked = true,
                "avoir" | "having" | "had" | "have" | "has" | "been" => {}
                _ => break,
            }
            pos = ts;
        }
        // "the plotters had planned to attack": an intention of suspects named before it in the
        // clause
        let Some(ip) = intent else { return false };
        let si = self.sentence_of(hit.start);
        let (cs, _) = self.clause(si, hit.start);
        self.hits[self.hits_in(Span::new(cs, ip))].iter().any(|x| self.lex.entry(x).has(Cue::Suspect))
    }

    /// An infinitive verb trigger ("de déployer", "à libérer", "to release") whose nearest trigger
    /// before it in the sentence is a threat, request or refusal names that act's content, however
    /// far its object reaches ("exhorté les autorités du Mali, du Burkina et du Niger à libérer…",
    /// "menace d'attaquer tout convoi qui tenterait de ravitailler la ville").
    fn infinitive_content(&self, h: usize, sense: &Sense) -> bool {
        let hit = self.hits[h];
        let Some(mut t) = self.tok_before(hit.start) else { return false };
        let mut before = veille_text::fold_str(self.tok_text(t));
        if sense.pos == Pos::Noun
            && matches!(
                before.as_str(),
                "l'" | "le" | "la" | "les" | "un" | "une" | "des" | "the" | "a" | "an"
            )
        {
            let Some(p) = self.tok_before(self.a.seg.tokens[t].span.start) else { return false };
            t = p;
            before = veille_text::fold_str(self.tok_text(t));
        }
        // "met en garde les habitants contre l'enrôlement", "warned against the deployment"
        let against = sense.pos == Pos::Noun && matches!(before.as_str(), "contre" | "against");
        // "…dans tous les villages qui refuseraient de…": a conditional relative clause inside the
        // content
        let relative = sense.pos == Pos::Verb
            && sense.tense == Tense::Cond
            && matches!(before.as_str(), "qui" | "who" | "which");
        // "urged the authorities to open an independent investigation": the object of a
        // content infinitive is content too
        let object = sense.pos == Pos::Noun && self.object_of_infinitive(hit.start);
        if !against && !relative && !object {
            if sense.pos != Pos::Verb || sense.tense != Tense::Base {
                return false;
            }
            // the inflected word of a multiword trigger may come first ("prendre le contrôle") or
            // last ("s'en prendre")
            let form = &self.lex.forms[hit.entry as usize];
            let infinitive = match self.a.doc.lang {
                veille_core::Lang::En => before == "to",
                _ => {
                    matches!(before.as_str(), "de" | "d'" | "a" | "pour")
                        && form
                            .split(' ')
                            .any(|w| w.ends_with("er") || w.ends_with("ir") || w.ends_with("re"))
                }
            };
            if !infinitive {
                return false;
            }
        }
        let si = self.sentence_of(hit.start);
        let (cs, _) = self.clause(si, hit.start);
        for p in (0..h).rev() {
            let ph = self.hits[p];
            if ph.start < cs {
                break;
            }
            let e = self.lex.entry(&ph);
            if e.senses.is_empty() || e.has(Cue::Block) {
                continue;
            }
            let gov = &self.lex.senses[e.senses[0] as usize];
            let governs = if against {
                gov.kind == EventType::Threaten
            } else {
                matches!(gov.kind, EventType::Threaten | EventType::Request | EventType::Reject)
                    // "a expulsé l'ambassadeur, qui avait 48 heures pour quitter le territoire":
                    // leaving is the expulsion's content
                    || (sense.kind == EventType::Retreat
                        && matches!(gov.kind, EventType::Sanction | EventType::Coerce)
                        && matches!(gov.mode.as_deref(), Some("expel" | "deport")))
                    // "menace de s'en prendre aux convois qui tenteraient de ravitailler…": content
                    // inside content
                    || self.infinitive_content(p, gov)
                    // "marched … to denounce the killing": the protest's cause, not an accusation
                    || (sense.kind == EventType::Accuse && gov.kind == EventType::Protest)
                    // "will provide £12 million to support communities": the aid's purpose
                    || (sense.kind == EventType::Support && gov.kind == EventType::Aid)
            };
            return governs && !self.participle_between(ph.end, hit.start);
        }
        false
    }

    /// A noun at `pos` is the object of an infinitive that is no trigger ("to open an independent
    /// investigation", "d'ouvrir une enquête"): a plain verb right after the infinitive marker,
    /// then only determiners and plain words (up to four tokens back).
    fn object_of_infinitive(&self, pos: usize) -> bool {
        let toks = &self.a.seg.tokens;
        let mut p = pos;
        let mut verb: Option<usize> = None;
        for _ in 0..4 {
            let Some(t) = self.tok_before(p) else { return false };
            let hit = self.cues_at(toks[t].span.start);
            if let Some(v) = verb {
                let w = self.tok_text(t);
                let marker = match self.a.doc.lang {
                    veille_core::Lang::En => w.eq_ignore_ascii_case("to"),
                    _ => {
                        let v = self.tok_text(v);
                        matches!(veille_text::fold_cow(w).as_ref(), "de" | "d'" | "a" | "pour")
                            && (v.ends_with("er") || v.ends_with("ir") || v.ends_with("re"))
                    }
                };
                if marker {
                    return true;
                }
            }
            verb = match hit {
                None => Some(t),
                Some((_, cues)) if cues.contains(&Cue::Det) => None,
                Some(_) => return false,
            };
            p = toks[t].span.start;
        }
        false
    }

    /// A trigger inside a condition clause ("si"/"if") that follows a threat in its sentence is part
    /// of the threat's content: "a menacé de dénoncer les accords si la France ne retirait pas ses
    /// militaires", "threatened to strike if the army did not withdraw".
    fn condition_of_threat(&self, h: usize) -> bool {
        let hit = self.hits[h];
        let si = self.sentence_of(hit.start);
        let ss = self.a.seg.sentences[si].span;
        let (cs, _) = self.clause(si, hit.start);
        if cs <= ss.start {
            return false;
        }
        let Some(ch) = self.hit_covering(cs - 1) else { return false };
        if !(self.has_cue(ch, Cue::Sub) && self.has_cue(ch, Cue::Hypo)) {
            return false;
        }
        self.hits[self.hits_in(ss)].iter().take_while(|p| p.end <= self.hits[ch].start).any(|p| {
            let e = self.lex.entry(p);
            !e.has(Cue::Block)
                && e.senses.first().is_some_and(|&s| self.lex.senses[s as usize].kind == EventType::Threaten)
        })
    }

    /// The clause of `pos` opens with a relative of circumstance ("au cours de laquelle", "lors
    /// duquel", "during which": cue `sub` whose form names the antecedent).
    fn in_relative_of_circumstance(&self, pos: usize) -> bool {
        let si = self.sentence_of(pos);
        let (cs, _) = self.clause(si, pos);
        if cs <= self.a.seg.sentences[si].span.start {
            return false;
        }
        self.hit_covering(cs - 1).is_some_and(|ch| {
            let form = self.lex.forms[self.hits[ch].entry as usize].as_str();
            self.has_cue(ch, Cue::Sub) && (form.contains("quel") || form.ends_with("which"))
        })
    }

    /// The words right before `pos` (through an article) are "lors de", "au cours de", "during" or
    /// "in": a noun there names the manner of an event already told.
    fn means_of_previous(&self, pos: usize) -> bool {
        let mut words: [String; 3] = Default::default();
        let mut p = pos;
        for w in words.iter_mut() {
            let Some(t) = self.tok_before(p) else { break };
            *w = veille_text::fold_str(self.tok_text(t));
            p = self.a.seg.tokens[t].span.start;
        }
        let det =
            |w: &str| matches!(w, "l'" | "le" | "la" | "les" | "un" | "une" | "des" | "a" | "an" | "the");
        let (w1, w2) = if det(&words[0]) { (&words[1], &words[2]) } else { (&words[0], &words[1]) };
        matches!((w2.as_str(), w1.as_str()), ("lors", "de" | "d'") | ("cours", "de" | "d'"))
            // "lors des frappes": "des" is "de" + "les"
            || matches!(w1.as_str(), "during" | "in" | "lors" | "dans")
    }

    /// A participle clause opens between two positions (", jugeant sa décision de…", ", saying…").
    fn participle_between(&self, from: usize, to: usize) -> bool {
        let toks = &self.a.seg.tokens;
        let i = toks.partition_point(|t| t.span.start < from);
        let mut after_comma = false;
        for t in toks[i..].iter().take_while(|t| t.span.end <= to) {
            let w = &self.a.doc.text[t.span.start..t.span.end];
            if after_comma && (w.ends_with("ant") || w.ends_with("ing")) {
                return true;
            }
            after_comma = w == ",";
        }
        false
    }

    /// The comma before a past participle in apposition (", interpellés vendredi à Ouagadougou",
    /// ", abducted last week"): the participle is passive and qualifies the noun before the comma.
    fn apposition_comma(&self, h: usize, sense: &Sense) -> Option<usize> {
        if sense.pos != Pos::Verb || sense.tense != Tense::Base || sense.subj_recipient {
            return None;
        }
        let hit = self.hits[h];
        let t = self.tok_before(hit.start)?;
        let ct = self.a.seg.tokens[t].span;
        if &self.a.doc.text[ct.start..ct.end] != "," {
            return None;
        }
        // "a, de son côté, condamné", "has, for its part, rejected": an aside between the
        // auxiliary and its participle, no apposition
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[self.sentence_of(hit.start)].span;
        if let Some(open) = (t.saturating_sub(6)..t).rev().find(|&k| self.tok_text(k) == ",")
            && toks[open].span.start > ss.start
            && open > 0
            && self.tok_is(
                open - 1,
                &["a", "ont", "avait", "avaient", "aura", "est", "sont", "has", "have", "had"],
            )
        {
            return None;
        }
        // "Mali's military rulers, who seized power in 2021, expelled French forces": the comma
        // closes a relative clause opened after the subject; the verb is the main clause's
        if let Some(open) = (t.saturating_sub(30)..t).rev().find(|&k| self.tok_text(k) == ",")
            && toks[open].span.start > ss.start
            && open + 1 < t
            && self.tok_is(open + 1, &["who", "which", "qui", "lequel", "laquelle", "lesquels", "lesquelles"])
        {
            return None;
        }
        // the verb word itself (the first word of a multiword trigger)
        let word = self.a.doc.text[hit.start..hit.end].split(' ').next().unwrap_or("");
        let participle = match self.a.doc.lang {
            veille_core::Lang::En => word.ends_with("ed"),
            _ => ["é", "ée", "és", "ées", "u", "us", "ue", "ues", "is", "ise", "ises", "it", "its"]
                .iter()
                .any(|e| word.ends_with(e)),
        };
        participle.then_some(ct.start)
    }

    /// A past participle with no auxiliary in its clause ("Mali : vingt soldats tués dans l'attaque
    /// de…", "douze suspects interpellés", "Over 100 killed as jihadis storm…"): a reduced passive
    /// whose noun phrase before it is the patient, never the actor. English needs no object after
    /// it ("Gunmen killed five herders" is active). Only verbs that take an object.
    fn bare_participle(&self, h: usize, sense: &Sense, cs: usize) -> bool {
        let transitive = match sense.kind {
            EventType::Assault | EventType::Coerce | EventType::Sanction | EventType::Accuse => true,
            EventType::Retreat => sense.mode.as_deref() == Some("release"),
            _ => false,
        };
        if !transitive || sense.pos != Pos::Verb || sense.tense != Tense::Base || sense.subj_recipient {
            return false;
        }
        let hit = self.hits[h];
        let toks = &self.a.seg.tokens;
        let en = self.a.doc.lang == veille_core::Lang::En;
        let raw = self.a.doc.text[hit.start..hit.end].split(' ').next().unwrap_or("");
        let word: std::borrow::Cow<str> = if raw.chars().any(char::is_uppercase) {
            std::borrow::Cow::Owned(raw.to_lowercase())
        } else {
            std::borrow::Cow::Borrowed(raw)
        };
        let participle = if en {
            word.ends_with("ed") || matches!(word.as_ref(), "shot" | "held" | "struck" | "slain" | "taken")
        } else {
            ["é", "ée", "és", "ées", "i", "ie", "is", "ies", "ise", "ises", "u", "us", "ite", "ites", "its"]
                .iter()
                .any(|e| word.ends_with(e))
        };
        if !participle {
            return false;
        }
        // a multiword trigger with its object inside ("opened fire", "closed its borders", "a tendu
        // une embuscade") is active; "pris en otage", "pris d'assaut" may be passive
        if let Some((_, rest)) = self.a.doc.text[hit.start..hit.end].split_once(' ') {
            let second = rest.split(' ').next().unwrap_or("");
            if en {
                return false;
            }
            let det =
                ["le", "la", "les", "l'", "un", "une", "des", "du", "sa", "son", "ses", "leur", "leurs"];
            if det.iter().any(|d| second.eq_ignore_ascii_case(d)) || second.starts_with("l'") {
                return false;
            }
        }
        // no auxiliary, reflexive, clitic, pronoun or relative word in the clause before it
        let first = toks.partition_point(|t| t.span.start < cs);
        let before = toks[first..].iter().take_while(|t| t.span.end <= hit.start).count();
        if before == 0 {
            return false;
        }
        for (k, tk) in toks.iter().enumerate().skip(first).take(before) {
            if (!en && self.tok_is(k, &["a"]))
                || self.tok_is(k, &["qui", "que", "qu'", "qu’", "who", "which", "that"])
                || self.cues_at(tk.span.start).is_some_and(|(_, c)| {
                    c.iter().any(|c| {
                        matches!(
                            c,
                            Cue::Aux
                                | Cue::Passive
                                | Cue::Refl
                                | Cue::Clitic
                                | Cue::Pron
                                | Cue::First
                                | Cue::Que
                                | Cue::Hypo
                                | Cue::Pledge
                        )
                    })
                })
            {
                return false;
            }
        }
        // the word before (adverbs and dates skipped) is no coordinator or comma: "a attaqué puis
        // incendié" shares the auxiliary, ", interpellés" is an apposition (read elsewhere)
        let mut k = first + before - 1;
        while k > first && (self.word_class(k) == Some(WordClass::Adverb) || self.in_date(toks[k].span)) {
            k -= 1;
        }
        if self.tok_is(k, &[",", "puis", "et", "ou", "ni", "mais", "and", "or", "then", "but"]) {
            return false;
        }
        if !en {
            return true;
        }
        // English: nothing after it that opens an object
        let n = toks.partition_point(|t| t.span.start < hit.end);
        let Some(next) = toks.get(n) else { return true };
        // a closing punctuation mark, not a quotation opening an object ('condemned "any…"')
        if self.tok_is(n, &[",", ".", ";", ":", ")", "-", "–", "—"]) || self.in_date(next.span) {
            return true;
        }
        if next.kind == veille_text::TokenKind::Punct {
            return false;
        }
        if next.kind == veille_text::TokenKind::Number
            || self.figure_at(next.span.start).is_some()
            || self.groups_in(next.span.start, usize::MAX).next().is_some_and(|g| g.start == next.span.start)
        {
            return false;
        }
        self.word_class(n) == Some(WordClass::Stop)
            || self.cues_at(next.span.start).is_some_and(|(_, c)| {
                c.iter().any(|c| matches!(c, Cue::By | Cue::Loc | Cue::Sub | Cue::Background | Cue::Accord))
            })
    }

    fn is_passive(&self, h: usize, sense: &Sense) -> bool {
        if sense.pos == Pos::Noun {
            return false;
        }
        let hit = self.hits[h];
        let form = &self.lex.forms[hit.entry as usize];
        let not_participle = match self.a.doc.lang {
            veille_core::Lang::En => form.ends_with("ing") || (form.ends_with('s') && !form.ends_with("ss")),
            _ => ["ant", "ent", "ons", "ez", "ait", "er", "ir", "ra", "ront", "rait"]
                .iter()
                .any(|e| form.ends_with(e)),
        };
        // "plusieurs centaines de femmes se sont rassemblées": a reflexive verb is active
        if not_participle || form.starts_with("se ") || form.starts_with("s'") {
            return false;
        }
        // "Mali : quatorze soldats tués dans une embuscade": in a French headline a past participle
        // with no auxiliary before it is passive
        let toks = &self.a.seg.tokens;
        if self.a.doc.lang == veille_core::Lang::Fr
            && ["é", "ée", "és", "ées"]
                .iter()
                .any(|e| self.a.text(Span::new(hit.start, hit.end)).ends_with(e))
            && self.sentence_of(hit.start) == 0
            && self.is_headline(0)
        {
            let mut pos = hit.start;
            let mut aux = false;
            for _ in 0..3 {
                let Some(t) = self.tok_before(pos) else { break };
                let w = veille_text::fold_cow(self.tok_text(t));
                aux |= matches!(
                    w.as_ref(),
                    "a" | "ont" | "avait" | "avaient" | "aurait" | "auraient" | "n'" | "s'" | "se"
                ) || self.cues_at(toks[t].span.start).is_some_and(|(_, c)| c.contains(&Cue::Passive));
                pos = toks[t].span.start;
            }
            if !aux {
                return true;
            }
        }
        // "Le communiqué fait état de quatre militaires tués et de neuf blessés": a French past
        // participle right after a casualty noun or a number is passive
        if self.a.doc.lang == veille_core::Lang::Fr
            && ["é", "ée", "és", "ées"]
                .iter()
                .any(|e| self.a.text(Span::new(hit.start, hit.end)).ends_with(e))
            && let Some(t) = self.tok_before(hit.start)
            && (self.tok_text(t).chars().all(|c| c.is_ascii_digit())
                || self.cues_at(toks[t].span.start).is_some_and(|(_, c)| {
                    c.contains(&Cue::Civilian) || c.contains(&Cue::UTroops) || c.contains(&Cue::Fatal)
                }))
        {
            return true;
        }
        // "par"/"by" right after
        let next = toks.partition_point(|t| t.span.start < hit.end);
        if next < toks.len()
            && let Some((nh, _)) = self.cues_at(toks[next].span.start)
            && self.has_cue(nh, Cue::By)
        {
            return true;
        }
        // an auxiliary among the two previous words ("a été attaqué", "were killed")
        let mut pos = hit.start;
        for _ in 0..2 {
            let Some(t) = self.tok_before(pos) else { return false };
            let ts = toks[t].span.start;
            if let Some((ph, cues)) = self.cues_at(ts) {
                if cues.contains(&Cue::Passive) {
                    // "s'est retirée", "se sont affrontés": reflexive, not passive
                    let refl =
                        self.tok_before(self.hits[ph].start).and_then(|r| self.cues_at(toks[r].span.start));
                    return !refl.is_some_and(|(_, c)| c.contains(&Cue::Refl));
                }
                // another cue word in between ("is considering sanctions"): no auxiliary of ours
                return false;
            } else {
                pos = ts;
            }
        }
        false
    }

    /// A statement about a state of conflict, not a report of one incident: "le Mali est en proie
    /// depuis 2012 aux violences de groupes jihadistes", "violence linked to armed groups has killed
    /// thousands". The conflict noun (cue `generic`) is the trigger with a "depuis/since <year>" in
    /// its clause, or it heads the subject of a killing verb and nothing dates the event to a day.
    fn generic_statement(&self, si: usize, h: usize, d: &Draft) -> Option<&'static str> {
        if d.kind != EventType::Assault || d.date_precision == Some(veille_core::Precision::Day) {
            return None;
        }
        let hit = self.hits[h];
        let (cs, ce) = self.clause(si, hit.start);
        let toks = &self.a.seg.tokens;
        if self.has_cue(h, Cue::Generic) {
            let since_year = self.hits[self.hits_in(Span::new(cs, ce))].iter().any(|x| {
                self.lex.entry(x).has(Cue::Since) && {
                    let k = toks.partition_point(|t| t.span.start < x.end);
                    k < toks.len() && {
                        let w = self.tok_text(k);
                        w.len() == 4
                            && (w.starts_with("19") || w.starts_with("20"))
                            && w.bytes().all(|b| b.is_ascii_digit())
                    }
                }
            });
            return since_year.then_some("generic statement: a conflict noun with \"since <year>\"");
        }
        if d.nominal {
            return None;
        }
        let range = self.hits_in(Span::new(cs, hit.start));
        let subject_head = range.clone().any(|x| {
            self.has_cue(x, Cue::Generic)
                && self.tokens_between(cs, self.hits[x].start) <= 6
                && self.groups_in(cs, self.hits[x].start).next().is_none()
        });
        subject_head.then_some("generic statement: a conflict noun as the subject of the verb")
    }

    fn draft(&self, si: usize, h: usize, sense: &Sense) -> Option<Draft> {
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
        let bare = apposition.is_none() && !self.is_passive(h, sense) && self.bare_participle(h, sense, cs);
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
        let first_by = self.hits[self.hits_in(Span::new(hit.end, ce))]
            .iter()
            .find(|x| self.lex.entry(x).has(Cue::By))
            .filter(|x| {
                self.tokens_between(hit.end, x.start) <= 3
                    || self.tok_before(x.start).is_some_and(|t| self.tok_text(t) == ",")
                    // "enlevés en avril dans le sud-ouest du Niger par des jihadistes": a bare
                    // participle's agent, no other verb between
                    || (bare
                        && self.tokens_between(hit.end, x.start) <= 12
                        && !self.hits[self.hits_in(Span::new(hit.end, x.start))]
                            .iter()
                            .any(|y| !self.lex.entry(y).senses.is_empty()))
            })
            .copied();
        let by_g = first(Some(Cue::By))
            .or_else(|| self.groups_in(hit.end, ce).find(|g| self.marker(g, cs) == Some(Cue::By)))
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
            .filter(|g| sense.pos != Pos::Noun || self.tokens_between(hit.end, g.start) <= 3);
        let against_g = first(Some(Cue::Against));
        let dat_g = first(Some(Cue::Dat));
        let with_g = first(Some(Cue::With));
        let gen_g = first(Some(Cue::Gen)).filter(near);
        let gen_adj = gen_g.filter(|g| self.only_function_words(hit.end, g.start));
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
            && self.medium_undergoes(hit.start, hit.end, cs, ce, passive)
        {
            mode = Some(if mode.as_deref() == Some("expel") { "deport" } else { "censor" }.to_string());
            kind = EventType::Coerce;
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

        let (mut actor_g, mut recipient_g): (Option<&Group>, Option<&Group>) = (None, None);
        let mut rules: (&str, &str) = ("", "");
        // "le retrait du Burkina Faso de la Cedeao", "exigé le retrait des forces françaises": a
        // party named right after a withdrawal noun is the one withdrawing, not the clause subject
        // ("son retrait du Mali": after a possessive, "du Mali" is the place left)
        let possessive = self.tok_before(hit.start).is_some_and(|t| {
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
        if sense.pos == Pos::Noun && subject_first && by_g.is_none() && subj.is_some() {
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
        } else {
            actor_g = subj;
            rules.0 = "active: subject";
            recipient_g = match kind {
                EventType::Aid => dat_g.or(if sense.rcpt_de { gen_g } else { None }).or(do_g),
                EventType::Mobilize => None,
                EventType::Retreat => gen_g.or(do_g),
                EventType::Consult | EventType::Cooperate | EventType::Agree => do_g.or(with_g).or(dat_g),
                EventType::Request => dat_g.or(do_g).or(gen_g),
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
                push_ref(
                    &mut recipient,
                    &mut recipient_kinds,
                    ActorRef { id: None, name: a.text(np).to_string(), acled_class: None },
                    EntityType::OtherOrg,
                );
                note("recipient", "unresolved noun phrase: the patient noun's complement", Some(a.text(np)));
            }
        }
        if gerund
            && recipient.is_empty()
            && matches!(kind, EventType::Assault | EventType::Coerce)
            && let Some(np) = self.np_after(hit.end, rce)
        {
            push_ref(
                &mut recipient,
                &mut recipient_kinds,
                ActorRef { id: None, name: a.text(np).to_string(), acled_class: None },
                EntityType::OtherOrg,
            );
            note("recipient", "unresolved noun phrase: object of a gerund", Some(a.text(np)));
        }
        // "une attaque d'individus armés", "une attaque de terroristes": the bare "de" complement
        // (no article) of a violent noun is its author
        if sense.pos == Pos::Noun && kind == EventType::Assault && !patient_gen && actor.is_empty() {
            let toks = &a.seg.tokens;
            let next = toks.partition_point(|t| t.span.start < hit.end);
            if let Some(t) = toks.get(next)
                && self.tok_is(next, &["de", "d'", "d’"])
                && let Some(np) = self.np_after(t.span.end, rce)
                && self.cues_at(np.start).is_none_or(|(_, c)| !c.contains(&Cue::Det) && !c.contains(&Cue::Gen))
                // "des tirs de mortier", "une attaque de drones": a weapon, not an author
                && !self.hits[self.hits_in(np)].iter().any(|x| self.lex.entry(x).has(Cue::UWeapons))
            {
                push_ref(
                    &mut actor,
                    &mut actor_kinds,
                    ActorRef { id: None, name: a.text(np).to_string(), acled_class: None },
                    EntityType::OtherOrg,
                );
                note(
                    "actor",
                    "unresolved noun phrase: bare `de` complement of a violent noun",
                    Some(a.text(np)),
                );
            }
        }
        // parties with no entity: bare noun phrases ("des hommes armés", "civilians"), unresolved
        if sense.pos != Pos::Noun && !participle_clause {
            let vstart = apposition.unwrap_or(hit.start);
            let by_np = || first_by.and_then(|x| self.np_after(x.end, self.first_comma(x.end, ce)));
            let takes_object = matches!(
                kind,
                EventType::Assault
                    | EventType::Coerce
                    | EventType::Sanction
                    | EventType::Accuse
                    | EventType::Threaten
                    | EventType::Reject
                    | EventType::Support
                    | EventType::Request
            );
            let (actor_np, recipient_np) = if passive || sense.subj_recipient {
                (
                    if actor.is_empty() { by_np() } else { None },
                    if recipient.is_empty() && !matches!(kind, EventType::Mobilize | EventType::Retreat) {
                        self.np_before(vstart, cs)
                    } else {
                        None
                    },
                )
            } else {
                (
                    if actor.is_empty() { self.np_before(vstart, cs) } else { None },
                    if recipient.is_empty() && takes_object { self.np_after(hit.end, rce) } else { None },
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
        if (sense.pos == Pos::Noun || (!passive && !sense.subj_recipient && !participle_clause))
            && actor.is_empty()
            && !background
            && let Some(np) = self.np_after(cs, hit.start).filter(|np| {
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
            push_ref(
                &mut source,
                &mut source_kinds,
                ActorRef { id: None, name: a.text(np).to_string(), acled_class: None },
                EntityType::OtherOrg,
            );
            note("source", "unresolved speaker noun phrase", Some(a.text(np)));
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
            let possessive = ft < toks.len()
                && self.tok_is(ft, &["its", "their", "son", "sa", "ses", "leur", "leurs"])
                && speech_right_before;
            if ft < toks.len()
                && toks[ft].span.start < hit.start
                && !named_subject
                && (pron
                    || possessive
                    || (speech_right_before
                    && actor.is_empty()
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
        for x in &self.hits[clause_hits.clone()] {
            let e = self.lex.entry(x);
            let f = self.lex.forms[x.entry as usize].as_str();
            if e.has(Cue::Deny) {
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
            let first = toks.partition_point(|t| t.span.start < cs);
            let (mut none_subj, mut ne) = (false, false);
            for t in toks[first..].iter().take_while(|t| t.span.end <= hit.start) {
                let w = &a.doc.text[t.span.start..t.span.end];
                none_subj |= ["aucun", "aucune", "nul", "nulle"].iter().any(|x| w.eq_ignore_ascii_case(x));
                ne |= ["n'", "n’", "ne"].iter().any(|x| w.eq_ignore_ascii_case(x));
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
                if actor.is_empty() {
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
            let pron_later = self.hits[self.hits_in(Span::new(cs, hit.start))]
                .iter()
                .any(|x| self.lex.entry(x).has(Cue::Pron))
                && self.groups_in(cs, hit.start).next().is_none();
            ((pron || pron_later) && actor.is_empty(), anaphor)
        };

        // -- civilians targeted (ACLED)
        let civilians =
            self.hits[self.hits_in(Span::new(cs, ce))].iter().any(|x| self.lex.entry(x).has(Cue::Civilian));

        // -- the patient is an enemy of a state force: before a passive verb, after any other
        // trigger (not "tués lors d'attaques terroristes", whose patient comes before)
        let patient_side = if passive { Span::new(cs, hit.start) } else { Span::new(hit.end, ce) };
        let enemy = self.hits[self.hits_in(patient_side)].iter().any(|x| self.lex.entry(x).has(Cue::Enemy));

        // -- location and date
        let (location, location_reason) = self.location(kind, si, cs, ce, trig, &used, &mut note);
        let definite_noun = sense.pos == Pos::Noun
            && self.tok_before(hit.start).and_then(|t| self.cues_at(a.seg.tokens[t].span.start)).is_some_and(
                |(ph, c)| {
                    c.contains(&Cue::Det)
                        && matches!(
                            self.lex.forms[self.hits[ph].entry as usize].as_str(),
                            "le" | "la" | "l" | "cette" | "ce" | "cet" | "the" | "this"
                        )
                },
            );
        let (mut date, mut date_precision, mut date_reason) = if background {
            (None, None, Some("background: reported context, not dated".to_string()))
        } else {
            self.date(si, trig, &mut note)
        };
        // "En 2022, la junte avait exigé…", "since the July 2023 coup", "depuis 2012": an event dated
        // by an explicit year before the publication's is context, not news
        if let Some(y) = date.as_deref().and_then(|d| self.explicit_past_year(si, trig, d)) {
            background = true;
            note("background", "dated by an explicit year before the publication", Some(&y));
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
        })
    }

    /// A medium undergoes the suspension or expulsion at `start..end`: its object, past dates and
    /// inserts between commas ("a suspendu, mardi, pour trois mois, la diffusion de…", "ont suspendu
    /// lundi « jusqu'à nouvel ordre » deux radios"), or the subject of a passive ("plusieurs médias,
    /// dont RFI, ont été suspendus"); not a channel named by a speech verb or a relative clause
    /// further on ("…, a annoncé le gouvernement dans un communiqué lu à la télévision").
    fn medium_undergoes(&self, start: usize, end: usize, cs: usize, ce: usize, passive: bool) -> bool {
        let toks = &self.a.seg.tokens;
        let first = toks.partition_point(|t| t.span.start < end);
        // (over a quoted insert too: the clause ends at a quotation mark)
        let se = self.a.seg.sentences[self.sentence_of(start)].span.end.max(ce);
        for (k, t) in toks.iter().enumerate().skip(first).take(16) {
            if t.span.start >= se
                || self.tok_is(
                    k,
                    &[
                        "qui", "que", "qu'", "dont", "who", "which", "that", ";", ":", "a", "ont", "has",
                        "have", "said",
                    ],
                )
            {
                break;
            }
            let Some((x, cues)) = self.cues_at(t.span.start) else { continue };
            if cues.contains(&Cue::Media) {
                return true;
            }
            // another verb group: "…, a annoncé lundi la télévision publique"
            let e = self.lex.entry(&self.hits[x]);
            if cues.iter().any(|c| matches!(c, Cue::Speech | Cue::Pledge | Cue::Aux | Cue::Claim))
                || e.senses.iter().any(|&i| self.lex.senses[i as usize].pos == Pos::Verb)
            {
                break;
            }
        }
        passive
            && self.hits[self.hits_in(Span::new(cs, start))]
                .iter()
                .any(|x| self.lex.entry(x).has(Cue::Media) && self.tokens_between(x.end, start) <= 12)
    }

    /// The sentence opens with a past participle clause ("Réunis dimanche à Niamey, …", "Arrivé
    /// lundi soir à Bamako, …"): the end of its comma.
    fn initial_participle_clause(&self, si: usize) -> Option<usize> {
        let ss = self.a.seg.sentences[si].span;
        let toks = &self.a.seg.tokens;
        let first = toks.partition_point(|t| t.span.start < ss.start);
        let t0 = toks.get(first).filter(|t| t.span.end <= ss.end)?;
        let w = &self.a.doc.text[t0.span.start..t0.span.end];
        if !w.chars().next().is_some_and(char::is_uppercase) || w.chars().count() < 4 {
            return None;
        }
        let lw = w.to_lowercase();
        let participle = ["é", "ée", "és", "ées", "is", "ise", "ises"].iter().any(|e| lw.ends_with(e))
            && !matches!(
                lw.as_str(),
                "depuis" | "puis" | "mais" | "jadis" | "après" | "près" | "dès" | "très"
            );
        if !participle
            || self.cues_at(t0.span.start).is_some()
            || self.a.entities.iter().any(|e| e.span.overlaps(t0.span))
            || self.a.places.iter().any(|p| p.span.overlaps(t0.span))
        {
            return None;
        }
        toks[first..]
            .iter()
            .take_while(|t| t.span.end <= ss.end)
            .find(|t| &self.a.doc.text[t.span.start..t.span.end] == ",")
            .map(|t| t.span.end)
    }

    /// +1 when the sentence dates its events on the day after the one told before ("le
    /// lendemain", "the next day", "the following day"), -1 for the day before ("la veille", "the
    /// day before"), else 0.
    fn relative_day(&self, ss: Span) -> i64 {
        let toks = &self.a.seg.tokens;
        let first = toks.partition_point(|t| t.span.start < ss.start);
        let words = &toks[first..];
        let word = |i: usize| {
            words.get(i).filter(|t| t.span.end <= ss.end).map(|t| &self.a.doc.text[t.span.start..t.span.end])
        };
        let is =
            |w: Option<&str>, xs: &[&str]| w.is_some_and(|w| xs.iter().any(|x| w.eq_ignore_ascii_case(x)));
        let mut i = 0;
        while let Some(w) = word(i) {
            let prev = if i > 0 { word(i - 1) } else { None };
            if w.eq_ignore_ascii_case("lendemain") && is(prev, &["le", "au"]) {
                return 1;
            }
            // "la veille", not "à la veille de" (the eve of something told later)
            if w.eq_ignore_ascii_case("veille")
                && is(prev, &["la"])
                && !is(word(i + 1), &["de", "du", "des", "d'", "d’"])
            {
                return -1;
            }
            if w.eq_ignore_ascii_case("day") && is(prev, &["next", "following"]) {
                return 1;
            }
            i += 1;
        }
        0
    }

    /// Sentence `si` reads as a headline: a title with a colon ("Ménaka : arrivée d'un renfort") or
    /// a short sentence with no date, followed by another sentence.
    fn is_headline(&self, si: usize) -> bool {
        let seg = &self.a.seg;
        if si + 1 >= seg.sentences.len() {
            return false;
        }
        let ss = seg.sentences[si].span;
        let toks = &seg.tokens;
        let first = toks.partition_point(|t| t.span.start < ss.start);
        let words = toks[first..].iter().take_while(|t| t.span.end <= ss.end);
        let n = words.clone().count();
        let colon = words.clone().any(|t| &self.a.doc.text[t.span.start..t.span.end] == ":");
        let dated = self.a.dates.iter().any(|x| ss.contains(x.span));
        // the first line of an article, alone in its paragraph and with no full stop: a title,
        // however long ("Over 100 killed as jihadis storm besieged town in northern Burkina Faso,
        // residents say")
        let rest = &self.a.doc.text[ss.end..];
        let own_line = si == 0
            && rest.trim_start_matches([' ', '\t']).starts_with('\n')
            && !self.a.doc.text[ss.start..ss.end].trim_end().ends_with(['.', '!', '?'])
            && !self.a.doc.text[..ss.start].contains('\n');
        (colon && n <= 20) || (n <= 12 && !dated) || (own_line && n <= 30)
    }

    /// A past infinitive ("avoir", "d'avoir", "d'être") among the words from `from` to `to`.
    fn perfect_infinitive_between(&self, from: usize, to: usize) -> bool {
        let toks = &self.a.seg.tokens;
        let first = toks.partition_point(|t| t.span.start < from);
        toks[first..].iter().take_while(|t| t.span.end <= to).any(|t| {
            let w = &self.a.doc.text[t.span.start..t.span.end];
            // not "être" alone: "doivent être déployés" is a passive infinitive
            matches!(w, "avoir" | "d'avoir" | "d’avoir" | "d'être" | "d’être" | "to have")
        })
    }

    fn tok_text(&self, t: usize) -> &str {
        let sp = self.a.seg.tokens[t].span;
        &self.a.doc.text[sp.start..sp.end]
    }

    fn in_date(&self, s: Span) -> bool {
        self.a.dates.iter().any(|d| d.span.contains(s))
    }

    /// Cues that end a bare noun phrase.
    fn is_structural(cues: &[Cue]) -> bool {
        cues.iter().any(|c| {
            matches!(
                c,
                Cue::By
                    | Cue::Against
                    | Cue::Dat
                    | Cue::Loc
                    | Cue::With
                    | Cue::Que
                    | Cue::Speech
                    | Cue::Sub
                    | Cue::Coord
                    | Cue::Accord
                    | Cue::Passive
                    | Cue::Pledge
                    | Cue::Hypo
                    | Cue::Deny
                    | Cue::Claim
                    | Cue::Aux
                    | Cue::Pron
                    | Cue::Anaphor
                    | Cue::Refl
                    | Cue::Background
                    | Cue::First
            )
        })
    }

    /// A bare noun phrase (no entity) as the subject of the verb starting at `verb`: "des hommes
    /// armés ont tué", "Gunmen killed". None when the words before the verb group are no such
    /// phrase.
    fn np_before(&self, verb: usize, cs: usize) -> Option<Span> {
        let toks = &self.a.seg.tokens;
        let mut t = self.tok_before(verb)?;
        // the verb group: auxiliaries, modals, negation, dates
        loop {
            let sp = toks[t].span;
            if sp.start < cs {
                return None;
            }
            // "a été entièrement détruite", "must travel": adverbs and modals inside the group
            let aux = self.tok_text(t) == "a"
                || self.word_class(t) == Some(WordClass::Adverb)
                || self.in_date(sp)
                || self.cues_at(sp.start).is_some_and(|(h, c)| {
                    self.lex.entry(&self.hits[h]).senses.is_empty()
                        && c.iter().any(|c| {
                            matches!(
                                c,
                                Cue::Aux
                                    | Cue::Passive
                                    | Cue::Pledge
                                    | Cue::Hypo
                                    | Cue::Deny
                                    | Cue::Refl
                                    | Cue::Clitic
                            )
                        })
                });
            // "ont en outre été expulsés": a two-word adverb
            if !aux
                && t > 0
                && party::words()
                    .class(self.a.doc.lang, &self.a.doc.text[toks[t - 1].span.start..toks[t].span.end])
                    == Some(WordClass::Adverb)
            {
                t = t.checked_sub(2)?;
                continue;
            }
            if !aux {
                break;
            }
            t = t.checked_sub(1)?;
        }
        let mut end = toks[t].span.end;
        let mut start = None;
        let mut words = 0;
        let mut de = false;
        loop {
            let tk = toks[t];
            if tk.span.start < cs || tk.kind == veille_text::TokenKind::Punct || self.in_date(tk.span) {
                break;
            }
            if tk.kind == veille_text::TokenKind::Number {
                // "Over 100 killed": a figure alone names the victims
                start = Some(tk.span.start);
                words = words.max(1);
                break;
            }
            // "as jihadis storm", "qui a visé": a conjunction or relative word ends the phrase; a
            // relative pronoun right before the verb group stands for the phrase before it
            // ("hundreds of students who were protesting")
            if self.word_class(t) == Some(WordClass::Stop) {
                if words > 0 || !self.tok_is(t, &["qui", "who", "which", "that"]) {
                    break;
                }
                end = toks[t.checked_sub(1)?].span.end;
                t -= 1;
                continue;
            }
            match self.cues_at(tk.span.start) {
                Some((h, c)) if c.contains(&Cue::Det) || c.contains(&Cue::Gen) => {
                    let form = self.lex.forms[self.hits[h].entry as usize].as_str();
                    if words > 0 && !de && matches!(form, "de" | "d" | "of") {
                        // "une trentaine de civils", "dozens of villagers": go on to the head
                        de = true;
                    } else {
                        if words > 0 {
                            start = Some(self.hits[h].start);
                        }
                        break;
                    }
                }
                Some((h, c))
                    if Self::is_structural(c) || !self.lex.entry(&self.hits[h]).senses.is_empty() =>
                {
                    // "Le groupe a menacé…", "the militants burned…": a listed anaphoric phrase is
                    // the subject (bound to its party, or kept, by `np_ref`)
                    let hs = self.hits[h].start;
                    if c.contains(&Cue::Anaphor)
                        && hs >= cs
                        && crate::anaphora::phrases()
                            .class(self.a.doc.lang, &self.a.doc.text[hs..end])
                            .is_some()
                    {
                        return Some(Span::new(hs, end));
                    }
                    break;
                }
                _ => {
                    start = Some(tk.span.start);
                    words += 1;
                    if words >= 4 {
                        break;
                    }
                }
            }
            match t.checked_sub(1) {
                Some(p) => t = p,
                None => break,
            }
        }
        // "au moins vingt soldats": the figure with its qualifier, whose preposition-like first
        // word ended the walk
        let mut start = start?;
        if let Some(f) = self.figure_at(start)
            && f.start < start
            && f.start >= cs
        {
            start = f.start;
        }
        self.np_ok(Span::new(start, end), words)
    }

    /// The verb group at `pos` follows a coordinator ("and then arrested", "et ont incendié"):
    /// auxiliaries and adverbs between.
    fn coordinated_verb(&self, pos: usize) -> bool {
        let toks = &self.a.seg.tokens;
        let mut t = self.tok_before(pos);
        for _ in 0..4 {
            let Some(k) = t else { return false };
            if self.tok_is(k, &["et", "and", "puis", "ou", "or"]) {
                return true;
            }
            let group = self.tok_is(k, &["a", "ont", "then", "ensuite"])
                || self.word_class(k) == Some(WordClass::Adverb)
                || self
                    .cues_at(toks[k].span.start)
                    .is_some_and(|(_, c)| c.iter().any(|c| matches!(c, Cue::Aux | Cue::Passive)));
            if !group {
                return false;
            }
            t = self.tok_before(toks[k].span.start);
        }
        false
    }

    /// The class of token `t` in the list of words that head no party (`data/nonparty.tsv`).
    fn word_class(&self, t: usize) -> Option<WordClass> {
        party::words().class(self.a.doc.lang, self.tok_text(t))
    }

    /// The figure ("au moins 58", "about a dozen") whose span starts at or covers `pos`.
    fn figure_at(&self, pos: usize) -> Option<Span> {
        let f = &self.a.figures;
        let k = f.partition_point(|q| q.span.start <= pos);
        k.checked_sub(1).map(|k| f[k].span).filter(|s| pos < s.end)
    }

    /// A bare noun phrase right after the first preposition with cue `c` in [from, to) (at most
    /// eight words after `from`; "sur"/"on" only when `surface_ok`) that opens a noun phrase: an article, a figure or a noun of people
    /// ("pour les déplacés", "contre des responsables", "to displaced people"); an infinitive ("pour
    /// renforcer") opens none.
    fn prep_np(&self, from: usize, to: usize, c: Cue, surface_ok: bool) -> Option<Span> {
        let toks = &self.a.seg.tokens;
        let x = self.hits[self.hits_in(Span::new(from, to))]
            .iter()
            .find(|x| self.lex.entry(x).has(c))
            .filter(|x| self.tokens_between(from, x.start) <= 8)
            .filter(|x| surface_ok || !matches!(self.lex.forms[x.entry as usize].as_str(), "sur" | "on"))?;
        let t = toks.get(toks.partition_point(|t| t.span.start < x.end)).filter(|t| t.span.start < to)?;
        let opens = self.figure_at(t.span.start).is_some()
            || self.cues_at(t.span.start).is_some_and(|(h, cs)| {
                cs.contains(&Cue::Det)
                    || cs.contains(&Cue::Gen)
                    || (cs.contains(&Cue::Civilian) && self.hits[h].start == t.span.start)
            });
        if !opens {
            return None;
        }
        self.np_after(x.end, to).filter(|np| np.start == t.span.start)
    }

    /// A bare noun phrase starting at `from`: "le chef du village", "une dizaine de civils",
    /// "two Chinese nationals".
    fn np_after(&self, from: usize, ce: usize) -> Option<Span> {
        let toks = &self.a.seg.tokens;
        let mut i = toks.partition_point(|t| t.span.start < from);
        let (mut start, mut end, mut words, mut de) = (None::<usize>, 0usize, 0usize, false);
        let mut fig = false;
        while i < toks.len() && toks[i].span.start < ce {
            let tk = toks[i];
            if tk.kind == veille_text::TokenKind::Punct {
                break;
            }
            // "au moins 58 civils", "about a dozen civilians": the figure with its qualifier
            if start.is_none()
                && let Some(f) = self.figure_at(tk.span.start)
                && f.end <= ce
            {
                start = Some(tk.span.start);
                end = f.end;
                fig = true;
                while i < toks.len() && toks[i].span.start < f.end {
                    i += 1;
                }
                continue;
            }
            if self.in_date(tk.span) {
                if start.is_none() {
                    i += 1;
                    continue;
                }
                break;
            }
            if tk.kind == veille_text::TokenKind::Number {
                start.get_or_insert(tk.span.start);
                end = tk.span.end;
                i += 1;
                continue;
            }
            match self.cues_at(tk.span.start) {
                Some((h, c))
                    if c.contains(&Cue::Det)
                        || (c.contains(&Cue::Gen) && (start.is_none() || ((words > 0 || fig) && !de))) =>
                {
                    if start.is_some() && c.contains(&Cue::Gen) {
                        de = true;
                    }
                    start.get_or_insert(self.hits[h].start);
                    let e = self.hits[h].end;
                    while i < toks.len() && toks[i].span.start < e {
                        i += 1;
                    }
                    continue;
                }
                Some((h, c))
                    if Self::is_structural(c)
                        || c.contains(&Cue::Gen)
                        || !self.lex.entry(&self.hits[h]).senses.is_empty() =>
                {
                    break;
                }
                // "20 militants who had attacked…", "des hommes qui": a relative pronoun ends it
                _ if start.is_some()
                    && (self.tok_is(i, &["who", "whom", "whose", "which", "that", "qui", "dont"])
                        || self.word_class(i) == Some(WordClass::Stop)) =>
                {
                    break;
                }
                // "Gunmen launched an attack", "Teachers held a protest": an English past tense
                // followed by an article or a particle is the verb, not part of the phrase
                _ if words > 0 && self.a.doc.lang == veille_core::Lang::En && self.past_verb_at(i) => {
                    break;
                }
                _ => {
                    start.get_or_insert(tk.span.start);
                    end = tk.span.end;
                    words += 1;
                    if words >= 4 {
                        break;
                    }
                }
            }
            i += 1;
        }
        self.np_ok(Span::new(start?, end), words)
    }

    /// Token `i` reads as an English past-tense verb: "-ed" or a common irregular form, followed
    /// by an article or a verb particle ("launched an", "carried out", "held a").
    fn past_verb_at(&self, i: usize) -> bool {
        let w = self.tok_text(i);
        let past = (w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed"))
            || self.tok_is(i, &["held", "made", "took", "led", "sent", "gave", "struck", "began", "fought"]);
        past && i + 1 < self.a.seg.tokens.len()
            && (self
                .tok_is(i + 1, &["a", "an", "the", "out", "up", "off", "down", "their", "its", "his", "her"])
                // "Soldiers took 14 of the men"
                || self.a.seg.tokens[i + 1].kind == veille_text::TokenKind::Number
                || self.figure_at(self.a.seg.tokens[i + 1].span.start).is_some())
    }

    /// A noun phrase usable as an unresolved party: words, no entity or place inside.
    fn np_ok(&self, s: Span, words: usize) -> Option<Span> {
        if words == 0 || s.is_empty() || s.end <= s.start {
            return None;
        }
        // a preposition or adverb is no party ("after", "of Sahel", "lors")
        let first = self.a.text(s).split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let first = veille_text::fold_str(first);
        const NOT_HEADS: &[&str] = &[
            "after", "before", "since", "during", "of", "for", "from", "about", "over", "apres", "avant",
            "depuis", "lors", "pendant", "pour", "vers", "sans", "avec", "chez",
        ];
        if NOT_HEADS.contains(&first.as_str()) && self.figure_at(s.start).is_none_or(|f| f.start != s.start) {
            return None;
        }
        // a lone pronoun, article or question word is no party ("them", "what", "a")
        if words == 1
            && self.figure_at(s.start).is_none()
            && matches!(
                veille_text::fold_cow(self.a.text(s)).as_ref(),
                "them"
                    | "what"
                    | "which"
                    | "who"
                    | "a"
                    | "an"
                    | "the"
                    | "it"
                    | "eux"
                    | "elles"
                    | "ce"
                    | "quoi"
                    | "qui"
            )
        {
            return None;
        }
        // "In a separate attack": a phrase announcing another incident names no party
        if let Some(t) = self.tok_before(s.end)
            && self.cues_at(self.a.seg.tokens[t].span.start).is_some_and(|(_, c)| c.contains(&Cue::Other))
        {
            return None;
        }
        if !self.noun_headed(s) {
            return None;
        }
        // an entity inside is a party of its own; a place may qualify the noun ("les habitants de
        // Djibo") but may not head it
        let overlaps_named =
            self.a.entities.iter().any(|e| e.span.overlaps(s) && e.kind != EntityType::Place)
                || {
                    // the head: the first word after articles and "de"
                    let toks = &self.a.seg.tokens;
                    let mut i = toks.partition_point(|t| t.span.start < s.start);
                    while i < toks.len()
                        && toks[i].span.start < s.end
                        && self
                            .cues_at(toks[i].span.start)
                            .is_some_and(|(_, c)| c.contains(&Cue::Det) || c.contains(&Cue::Gen))
                    {
                        i += 1;
                    }
                    let head = if i < toks.len() { toks[i].span.start } else { s.start };
                    self.a.places.iter().any(|p| p.span.start <= head && head < p.span.end)
                }
                || self.a.places.iter().any(|p| p.span == s);
        (!overlaps_named).then_some(s)
    }

    /// The phrase reads as a noun phrase with a noun head (`data/nonparty.tsv`): it does not open
    /// with an adverb, a preposition, a conjunction or a relative word ("entièrement", "as jihadis",
    /// "qui a visé"), nor with a present participle or an infinitive after no article ("disant",
    /// "heading north", "de relayer"); some word of it is no adjective, adverb or verb form
    /// ("terrestre", "a separate"); its head is no abstract noun ("leur protection", "the same
    /// day"). French heads come first, English ones last (before "of").
    fn noun_headed(&self, s: Span) -> bool {
        let toks = &self.a.seg.tokens;
        let fr = self.a.doc.lang != veille_core::Lang::En;
        let mut i = toks.partition_point(|t| t.span.start < s.start);
        // a figure opens a noun phrase ("plus de 150 migrants", "over 100")
        if self.figure_at(s.start).is_some()
            || toks.get(i).is_some_and(|t| t.kind == veille_text::TokenKind::Number)
        {
            return true;
        }
        let mut first = true;
        let mut after_article = false;
        let mut after_de = false;
        let mut nouns = 0;
        let mut head: Option<usize> = None;
        let mut past_of = false;
        while i < toks.len() && toks[i].span.end <= s.end {
            let tk = toks[i];
            if tk.kind != veille_text::TokenKind::Word {
                i += 1;
                continue;
            }
            let class = self.word_class(i);
            // "Dès les premières heures": "dès" folds to the article "des"
            if first && fr && self.tok_is(i, &["dès", "Dès"]) {
                return false;
            }
            if let Some((h, c)) = self.cues_at(tk.span.start)
                && self.hits[h].start == tk.span.start
                && (c.contains(&Cue::Det) || c.contains(&Cue::Gen))
            {
                let de = self.tok_is(i, &["de", "d'", "d’", "of"]);
                if !fr && de {
                    past_of = true;
                }
                after_de = de;
                after_article = !de;
                let e = self.hits[h].end;
                while i < toks.len() && toks[i].span.start < e {
                    i += 1;
                }
                first = false;
                continue;
            }
            let w = self.tok_text(i);
            if first && matches!(class, Some(WordClass::Stop | WordClass::Adverb)) {
                return false;
            }
            let lw = veille_text::fold_cow(w);
            let participle = !after_article
                && head.is_none()
                && w.len() > 4
                && if fr { lw.ends_with("ant") } else { lw.ends_with("ing") };
            if participle {
                return false;
            }
            // "de relayer", "d'abriter": an infinitive
            let infinitive = fr
                && after_de
                && head.is_none()
                && ["er", "ir", "oir", "re"].iter().any(|x| lw.ends_with(x))
                && !w.chars().next().is_some_and(char::is_uppercase);
            if infinitive {
                return false;
            }
            first = false;
            after_article = false;
            after_de = false;
            match class {
                Some(WordClass::Adverb | WordClass::Adjective | WordClass::Stop) => {}
                _ => {
                    nouns += 1;
                    if fr {
                        head.get_or_insert(i);
                    } else if !past_of {
                        head = Some(i);
                    }
                }
            }
            i += 1;
        }
        // "relations broke down over": a phrase does not end on a preposition
        let last_stop = toks[..i]
            .iter()
            .rposition(|t| t.kind == veille_text::TokenKind::Word)
            .is_some_and(|l| toks[l].span.start >= s.start && self.word_class(l) == Some(WordClass::Stop));
        nouns > 0 && !last_stop && head.is_none_or(|h| self.word_class(h) != Some(WordClass::Abstract))
    }

    fn group_is_named(&self, g: &Group) -> bool {
        g.ments
            .iter()
            .any(|&m| self.a.entities[m].kind == EntityType::Person || self.a.entities[m].id.is_some())
    }

    /// End of the right context of a trigger: the first comma after it that is not inside an
    /// entity group ("Le JNIM, qui a attaqué Kati, menace Bamako").
    fn first_comma(&self, from: usize, ce: usize) -> usize {
        let toks = &self.a.seg.tokens;
        let mut i = toks.partition_point(|t| t.span.start < from);
        while i < toks.len() && toks[i].span.start < ce {
            let t = toks[i].span;
            if &self.a.doc.text[t.start..t.end] == ","
                && !self
                    .groups_in(t.start.saturating_sub(200), ce)
                    .any(|g| g.start < t.start && t.end <= g.end)
            {
                return t.start;
            }
            i += 1;
        }
        ce
    }

    fn only_function_words(&self, from: usize, to: usize) -> bool {
        let toks = &self.a.seg.tokens;
        let mut i = toks.partition_point(|t| t.span.start < from);
        while i < toks.len() && toks[i].span.start < to {
            match self.cues_at(toks[i].span.start) {
                Some((h, cues))
                    if cues.iter().any(|c| matches!(c, Cue::Det | Cue::Gen | Cue::By | Cue::Dat)) =>
                {
                    let end = self.hits[h].end;
                    while i < toks.len() && toks[i].span.start < end {
                        i += 1;
                    }
                }
                _ => return false,
            }
        }
        true
    }

    fn source_is_party(
        &self,
        source: &[ActorRef],
        kinds: &[EntityType],
        actor: &[ActorRef],
        recipient: &[ActorRef],
        ents: &[veille_core::EntityMention],
    ) -> bool {
        let ids: Vec<&str> = actor.iter().chain(recipient).filter_map(|r| r.id.as_deref()).collect();
        source.iter().zip(kinds).any(|(s, k)| {
            if s.id.as_deref().is_some_and(|id| ids.contains(&id)) || is_party(*k) {
                return true;
            }
            // a person or government of a state that is a party
            let cc = ents.iter().find(|e| e.id.is_some() && e.id == s.id).and_then(|e| e.country.as_deref());
            cc.is_some_and(|cc| {
                ids.iter().any(|id| {
                    id.strip_prefix("kb:").is_some_and(|x| x == cc || x.starts_with(&format!("{cc}-")))
                })
            })
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn location(
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
            .min_by_key(|p| p.span.start);
        let before = places
            .iter()
            .filter(|p| p.span.end <= trig.start && p.span.start >= cs)
            .max_by_key(|p| p.span.start);
        let any = places.iter().find(|p| !(p.span.start >= next_trigger && p.span.end <= ce));
        let (p, rule) = match (after, before, any) {
            (Some(p), _, _) => (Some(*p), "place after the trigger in its clause"),
            (None, Some(p), _) => (Some(*p), "place before the trigger in its clause"),
            (None, None, Some(p)) => (Some(*p), "place elsewhere in the sentence"),
            _ => (None, ""),
        };
        if let Some(p) = p {
            note("location", rule, Some(a.text(p.span)));
            let (s, e) = a.chars.span(p.span);
            return (
                Some(Location {
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
                }),
                None,
            );
        }
        // a country named as a destination or scene: "déployée au Mali", "in Niger"; the country
        // left ("ont quitté le Niger")
        for g in self.groups_in(cs, ce) {
            let left = kind == EventType::Retreat && g.start >= trig.end;
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
                let cc = e
                    .country
                    .clone()
                    .or_else(|| e.id.as_deref().and_then(|i| i.strip_prefix("kb:")).map(str::to_string));
                note("location", "country named as the scene or destination", Some(a.text(e.span)));
                let (s, en) = a.chars.span(e.span);
                return (
                    Some(Location {
                        name: e.name.clone(),
                        country: cc,
                        precision: 3,
                        mention: Some(TextSpan { start: s, end: en, text: a.text(e.span).to_string() }),
                        ..Location::default()
                    }),
                    None,
                );
            }
        }
        (None, Some("no place named in the event's sentence".to_string()))
    }

    fn date(
        &self,
        si: usize,
        trig: Span,
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
        let filed = |d: &&crate::analysis::DateRef| !self.in_dateline(d.span);
        let mut pick = a.dates.iter().filter(|d| ss.contains(d.span)).filter(filed).min_by_key(dist);
        let mut rule = "date in the event's sentence";
        // A sentence with no date of its own is not dated by the one before ("Dans la foulée, le
        // gouverneur a instauré un couvre-feu", "Il a également suspendu…": annotators leave these
        // undated), except when it says the day relative to it: "Le lendemain, l'armée a mené des
        // frappes", "La veille, …" (a day after or before the date of the sentence before)
        let mut shift = 0;
        if pick.is_none() && si > 0 {
            shift = self.relative_day(ss);
            if shift != 0 {
                let ps = a.seg.sentences[si - 1].span;
                pick =
                    a.dates.iter().filter(|d| ps.contains(d.span)).filter(filed).max_by_key(|d| d.span.start);
                rule = "date in the sentence before";
            }
        }
        match pick {
            Some(d) => match d.date {
                Some(date) if shift != 0 && d.precision == veille_core::Precision::Day => {
                    let rule = if shift > 0 {
                        "the day after the date of the sentence before (le lendemain)"
                    } else {
                        "the day before the date of the sentence before (la veille)"
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
            None => (None, None, Some("no date in the event's sentence".to_string())),
        }
    }

    /// Binds figures to the events of their sentence (or, for casualties, the previous one).
    fn attach_figures(&self, drafts: &mut [Draft]) {
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
            if best.is_none()
                && matches!(kind, QuantityKind::Fatalities | QuantityKind::Injured | QuantityKind::Abducted)
                && si > 0
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
    fn figure_claimant(&self, si: usize, fs: Span) -> Option<ActorRef> {
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
    fn figure_kind(&self, f: &crate::analysis::Figure) -> Option<(QuantityKind, &'static str)> {
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

    fn finish(&self, d: Draft) -> EventRecord {
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

impl Draft {
    /// Replaces the actor by `parties` (refs and kinds), noting `rule` when explaining.
    fn set_actor(&mut self, parties: (Vec<ActorRef>, Vec<EntityType>), explain: bool, rule: &str) {
        (self.actor, self.actor_kinds) = parties;
        if explain {
            self.explain.push(step("actor", rule, None));
        }
    }

    fn fatalities_rule_needed(&self) -> bool {
        self.quantities
            .iter()
            .filter(|q| matches!(q.kind, QuantityKind::Fatalities | QuantityKind::Troops))
            .count()
            > 1
    }
}

fn merge_into(prev: &mut Draft, d: Draft, x: &Extractor<'_, '_>) {
    if d.location.as_ref().is_some_and(|l| more_specific(l, prev.location.as_ref())) {
        prev.location = d.location;
        prev.location_reason = None;
    }
    prev.also.push((d.sentence, d.trigger));
    if prev.date.is_none() && d.date.is_some() {
        prev.date = d.date;
        prev.date_precision = d.date_precision;
        prev.date_reason = None;
    }
    if prev.recipient.is_empty() {
        prev.recipient = d.recipient;
        prev.recipient_kinds = d.recipient_kinds;
    }
    prev.evidence = prev.evidence.cover(d.evidence);
    if x.a.explain {
        prev.explain.push(ExplainStep {
            slot: "trigger".into(),
            rule: "continuation: a pronoun subject continues the previous event".into(),
            text: Some(x.a.text(d.trigger).to_string()),
        });
        prev.explain.extend(d.explain.into_iter().filter(|s| s.slot == "location" || s.slot == "date"));
    }
}

/// A location another reading gives is better than the one an event has: it has none, or only a
/// country or region ("in western Niger") that the new, more specific place lies in.
fn more_specific(new: &Location, old: Option<&Location>) -> bool {
    match old {
        None => true,
        Some(o) => {
            o.precision == 3
                && new.precision < 3
                && (o.country.is_none() || o.country == new.country)
                && (o.admin1.is_none() || o.admin1 == new.admin1)
        }
    }
}

/// Two modes can name one event: equal, one unknown, an explosive attack read twice ("un
/// kamikaze a fait exploser un véhicule piégé": suicide-attack and explosives), or the damage of
/// a bomb or strike ("un engin explosif a détruit un véhicule": explosives and destroy).
fn modes_compatible(a: Option<&str>, b: Option<&str>) -> bool {
    let weapon =
        |m: &str| matches!(m, "explosives" | "suicide-attack" | "drone" | "aerial" | "heavy-weapons");
    match (a, b) {
        (Some(x), Some(y)) => {
            x == y
                || matches!((x, y), ("explosives", "suicide-attack") | ("suicide-attack", "explosives"))
                || (x == "destroy" && weapon(y))
                || (y == "destroy" && weapon(x))
        }
        _ => true,
    }
}

/// Fills the empty slots of `prev` from another reading of the same event.
fn fill_from(prev: &mut Draft, d: &Draft) {
    // the more specific mode wins ("suicide-attack" over "explosives", the weapon over "destroy")
    if d.mode.is_some()
        && d.mode.as_deref() != Some("destroy")
        && (prev.mode.is_none() || matches!(prev.mode.as_deref(), Some("explosives" | "destroy")))
    {
        prev.mode = d.mode.clone();
    }
    let unresolved = |v: &[ActorRef]| v.iter().all(|r| r.id.is_none());
    if prev.actor.is_empty() || (unresolved(&prev.actor) && !unresolved(&d.actor)) {
        prev.actor = d.actor.clone();
        prev.actor_kinds = d.actor_kinds.clone();
    }
    if prev.recipient.is_empty() || (unresolved(&prev.recipient) && !unresolved(&d.recipient)) {
        prev.recipient = d.recipient.clone();
        prev.recipient_kinds = d.recipient_kinds.clone();
    }
    if prev.source.is_empty() {
        prev.source = d.source.clone();
    }
    if d.location.as_ref().is_some_and(|l| more_specific(l, prev.location.as_ref())) {
        prev.location = d.location.clone();
        prev.location_reason = None;
    }
    if prev.date.is_none() && d.date.is_some() && !prev.background {
        prev.date = d.date.clone();
        prev.date_precision = d.date_precision;
        prev.date_reason = None;
    }
    // the stronger status wins (denied > hypothetical > pledged > claimed > asserted): "des renforts
    // seraient acheminés" keeps the verb's future in the past over the noun's default
    let rank = |s: Status| match s {
        Status::Asserted => 0,
        Status::Claimed => 1,
        Status::Pledged => 2,
        Status::Hypothetical => 3,
        Status::Denied => 4,
    };
    if rank(d.status) > rank(prev.status) {
        prev.status = d.status;
    }
    prev.civilians |= d.civilians;
    prev.enemy |= d.enemy;
}

/// The explain rule of an unresolved phrase bound to the one compatible party named before it.
const ANAPHOR_RULE: &str = "anaphoric phrase: the one compatible party named before";

fn push_ref(out: &mut Vec<ActorRef>, kinds: &mut Vec<EntityType>, r: ActorRef, k: EntityType) {
    if r.id.is_some() && out.iter().any(|o| o.id == r.id) {
        return;
    }
    if r.id.is_none() && out.iter().any(|o| o.id.is_none() && o.name == r.name) {
        return;
    }
    out.push(r);
    kinds.push(k);
}

/// Two readings' parties are compatible: equal, or one side unknown or only unresolved names.
fn compatible(a: &[ActorRef], b: &[ActorRef]) -> bool {
    let unresolved = |v: &[ActorRef]| v.iter().all(|r| r.id.is_none());
    same_ids(a, b) || unresolved(a) || unresolved(b)
}

/// The key of a party for document coreference: a state's id, its government's and its forces'
/// reduce to the state ("kb:ML-FAMA" → "ML"); other ids are themselves.
fn party_key(id: &str) -> &str {
    let bare = id.strip_prefix("kb:").unwrap_or(id);
    let cc = bare.split('-').next().unwrap_or(bare);
    if cc.len() == 2 && cc.chars().all(|c| c.is_ascii_uppercase()) && !matches!(cc, "AU" | "EU" | "UN") {
        cc
    } else {
        bare
    }
}

fn same_party(x: &ActorRef, y: &ActorRef) -> bool {
    match (x.id.as_deref(), y.id.as_deref()) {
        (Some(a), Some(b)) => party_key(a) == party_key(b),
        _ => false,
    }
}

/// Two unresolved party names overlap: one contains the other, or they share a word of four
/// letters or more ("des hommes armés" / "les hommes armés").
fn names_overlap(a: &str, b: &str) -> bool {
    let (a, b) = (veille_text::fold_str(a), veille_text::fold_str(b));
    a.contains(&b)
        || b.contains(&a)
        || a.split_whitespace().any(|w| w.len() >= 4 && b.split_whitespace().any(|v| v == w))
}

/// Parties of two mentions of one incident: one side names no resolved party, or they share one.
fn parties_agree(a: &[ActorRef], b: &[ActorRef]) -> bool {
    let resolved = |v: &[ActorRef]| v.iter().any(|r| r.id.is_some());
    !resolved(a) || !resolved(b) || a.iter().any(|x| b.iter().any(|y| same_party(x, y)))
}

/// A resolved party of `a` is (the state of) a resolved party of `b`: the two mentions put it on
/// opposite sides (an attack and the army's counter-attack).
fn crossing(a: &[ActorRef], b: &[ActorRef]) -> bool {
    a.iter().any(|x| b.iter().any(|y| same_party(x, y)))
}

fn same_ids(a: &[ActorRef], b: &[ActorRef]) -> bool {
    a.len() == b.len() && a.iter().all(|x| b.iter().any(|y| y.id == x.id && y.name == x.name))
}

/// The dateline of a report: at the start of one of its first lines, a short capitalised prefix
/// ending in a dash ("BAMAKO (AFP) -", "Niamey, le 3 juin 2025 (ANP) –", "ABUJA, Nigeria (Reuters)
/// -", "Kaya, 11 sept. (AIB) –") that has an all-capital first word, a short parenthesised agency
/// or a figure (its date), and no sentence end. The span runs to the end of the dash.
fn find_dateline(text: &str) -> Option<Span> {
    let mut line_start = 0;
    for _ in 0..6 {
        if line_start >= text.len() || line_start > 1500 {
            return None;
        }
        let line_end = text[line_start..].find('\n').map_or(text.len(), |k| line_start + k);
        let line = &text[line_start..line_end];
        if let Some(span) = dateline_in_line(line) {
            return Some(Span::new(line_start + span.start, line_start + span.end));
        }
        line_start = line_end + 1;
    }
    None
}

fn dateline_in_line(line: &str) -> Option<Span> {
    let lead = line.len() - line.trim_start().len();
    let body = &line[lead..];
    let mut cut = body.len().min(110);
    while !body.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &body[..cut];
    let (dash, dash_len) = [" - ", " – ", " — ", " -- "]
        .iter()
        .filter_map(|d| head.find(d).map(|k| (k, d.len())))
        .min_by_key(|&(k, _)| k)?;
    let prefix = &head[..dash];
    let first = prefix.split(|c: char| c == ',' || c.is_whitespace()).next()?;
    if !first.chars().next().is_some_and(char::is_uppercase) || prefix.split_whitespace().count() > 10 {
        return None;
    }
    // no sentence end, quotation or clause inside ("Kaya, 11 sept. (AIB)" keeps its abbreviation)
    let sentence_end = prefix.char_indices().any(|(k, c)| {
        matches!(c, '!' | '?' | '«' | '»' | '"' | '“' | ':' | ';')
            || (c == '.' && prefix[k + 1..].trim_start().chars().next().is_none_or(char::is_uppercase))
    });
    if sentence_end {
        return None;
    }
    let letters: Vec<char> = first.chars().filter(|c| c.is_alphabetic()).collect();
    let all_caps = letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase());
    // a short agency in parentheses: "(AFP)", "(Reuters)", "(Agence Anadolu)"
    let agency = prefix.find('(').zip(prefix.find(')')).is_some_and(|(o, c)| {
        o < c && {
            let inner = &prefix[o + 1..c];
            let words: Vec<&str> = inner.split_whitespace().collect();
            !words.is_empty()
                && words.len() <= 3
                && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
                && prefix[c + 1..].trim().is_empty()
        }
    });
    let dated = prefix.chars().any(|c| c.is_ascii_digit()) && prefix.contains(',');
    (all_caps || agency || dated).then(|| Span::new(lead, lead + dash + dash_len))
}

fn step(slot: &str, rule: &str, text: Option<String>) -> ExplainStep {
    ExplainStep { slot: slot.to_string(), rule: rule.to_string(), text }
}

/// Stable id of an event: FNV-1a (64 bits) of the document id, the evidence span and the trigger.
pub fn event_id(doc_id: &str, evidence: Span, trigger: Span) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    eat(doc_id.as_bytes());
    for n in [evidence.start, evidence.end, trigger.start, trigger.end] {
        eat(&(n as u64).to_le_bytes());
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod dateline_tests {
    use super::find_dateline;

    #[test]
    fn datelines_are_found_at_the_top_of_a_report() {
        for (text, dateline) in [
            ("BAMAKO (AFP) - Des hommes armés ont attaqué un poste.", "BAMAKO (AFP) - "),
            (
                "Titre : une attaque\n\nNiamey, le 3 juin 2025 (ANP) – L'armée a riposté.",
                "Niamey, le 3 juin 2025 (ANP) – ",
            ),
            ("ABUJA, Nigeria (Reuters) - Gunmen killed ten people.", "ABUJA, Nigeria (Reuters) - "),
            ("Kaya, 11 sept. (AIB) – Les FDS ont neutralisé des terroristes.", "Kaya, 11 sept. (AIB) – "),
            ("BAMAKO, Dec 21 (Reuters) - Mali launched a force.", "BAMAKO, Dec 21 (Reuters) - "),
        ] {
            let d = find_dateline(text).unwrap_or_else(|| panic!("no dateline in {text}"));
            assert_eq!(&text[d.start..d.end], dateline);
        }
    }

    #[test]
    fn sentences_with_dashes_are_no_datelines() {
        for text in [
            "Le JNIM - qui a revendiqué l'attaque - menace Bamako.",
            "Des hommes armés ont attaqué Boni. Le bilan - provisoire - est de dix morts.",
            "Mali : trois soldats tués - selon l'armée",
            "The army said on Monday - a day after the attack - that it had killed 20 militants.",
        ] {
            assert_eq!(find_dateline(text), None, "{text}");
        }
    }
}
