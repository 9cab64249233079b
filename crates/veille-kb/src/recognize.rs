//! Recognition and resolution of actor mentions in one pass over the folded text.
//!
//! 1. `fold` the text, run the leftmost-longest automaton, keep matches on word boundaries whose
//!    case constraints hold (acronyms upper case; single-word names capitalised).
//! 2. Walk the matches once, composing neighbours: title + demonym / de + state (roles by date),
//!    noun + demonym (slots: army, government…), collective phrases, pronoun quote subjects,
//!    provisional names after cue nouns, and plain aliases (metonymy, geography traps, ambiguity).
//! 3. Learn acronyms defined in parentheses and tag their later uses.

use rustc_hash::FxHashSet;

use veille_core::{EntityMention, EntityType, Lang, MentionSource, PartialDate, Span};
use veille_text::{Folded, Segmentation, fold, fold_str};

use crate::kb::{Anaphoric, Kb, LookupHit};
use crate::matcher::Payload;
use crate::model::{AliasKind, CollectiveKind};

/// Annotates texts with actor mentions resolved against a [`Kb`]. Cheap to create; `Send + Sync`.
#[derive(Clone, Copy, Debug)]
pub struct Recognizer<'k> {
    kb: &'k Kb,
}

/// A match of the automaton that passed the boundary and case checks.
#[derive(Clone, Copy, Debug)]
struct Hit {
    fs: usize,
    fe: usize,
    s: usize,
    e: usize,
    pid: usize,
    /// Bit i set = payload i of the pattern passed its checks.
    ok: u32,
}

/// (role, fixed organisation, tail after the demonym) of a title payload.
type TitleParts = (Box<str>, Option<Box<str>>, Option<Box<str>>);

enum Res {
    Id(usize),
    Ambiguous(Vec<String>, String),
    Unresolved(String),
}

/// Today's date (UTC) from the system clock.
pub fn today() -> PartialDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    PartialDate::from_days(secs.div_euclid(86_400))
}

/// Words that may join a capitalised name ("Iyad Ag Ghaly", "Ansar ul Islam").
const NAME_PARTICLES: &[&str] = &[
    "de", "du", "des", "al", "ag", "ould", "ben", "ibn", "bin", "wa", "wal", "ul", "el", "ad", "abou", "abu",
    "ag",
];
const DETERMINERS: &[&str] = &["le", "la", "l'", "les", "the"];
/// Possessive determiners: "son armée", "its air force" stand for the state named just before.
const POSSESSIVES: &[&str] = &["son", "sa", "ses", "leur", "leurs", "its", "their"];
/// Words after which a bare anaphoric noun (mode `state_bare`) may stand without a determiner.
const BARE_NOUN_PREV: &[&str] =
    &["and", "but", "before", "after", "when", "while", "as", "then", "where", "until"];
/// How many previous mentions a coreference looks back over.
const ANTECEDENT_WINDOW: usize = 40;

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether the line holding byte `pos` has no lower-case letter (a headline in capitals, where
/// "UN" is the French article and not the United Nations).
fn all_caps_line(text: &str, pos: usize) -> bool {
    let a = text[..pos].rfind('\n').map_or(0, |k| k + 1);
    let b = text[pos..].find('\n').map_or(text.len(), |k| pos + k);
    !text[a..b].chars().any(char::is_lowercase)
}

/// The byte range of a dateline among the first lines of a report: a line start up to a credit in
/// parentheses followed by a dash ("DAKAR, Senegal (AP) -", "BAMAKO, 14 mars 2025 (AFP) -", "Kaya, 11 sept.
/// (AIB) –"). Empty when there is none.
fn dateline_range(text: &str) -> std::ops::Range<usize> {
    let mut a = 0;
    for _ in 0..4 {
        let b = text[a..].find('\n').map_or(text.len(), |k| a + k);
        let line = &text[a..b];
        if let Some(open) = line.find('(')
            && open <= 80
            && let Some(close) = line[open..].find(')').map(|k| open + k)
            && line[close + 1..].trim_start().starts_with(['-', '–', '—'])
        {
            return a..a + open;
        }
        // "OUALLAM, Niger - …": a place in capitals, a comma, a dash before the lead
        let caps = line.split([',', ' ']).next().unwrap_or("");
        if caps.chars().count() >= 3
            && caps.chars().all(|c| c.is_uppercase() || c == '-' || c == '\'')
            && line[caps.len()..].starts_with(',')
            && let Some(dash) = [" - ", " – ", " — "].iter().filter_map(|d| line.find(d)).min()
            && dash <= 80
        {
            return a..a + dash;
        }
        if b >= text.len() {
            break;
        }
        a = b + 1;
    }
    0..0
}

/// Case constraint: every upper-case letter of `pattern` is upper case in `orig` too.
fn case_ok(orig: &str, pattern: &str) -> bool {
    let mut o = orig.chars().filter(|c| c.is_alphabetic());
    for p in pattern.chars().filter(|c| c.is_alphabetic()) {
        match o.next() {
            Some(c) if p.is_uppercase() && !c.is_uppercase() => return false,
            Some(_) => {}
            None => return false,
        }
    }
    true
}

/// Mentions per state named so far in a report (ISO2 bytes → count), advanced incrementally over the
/// output mentions and the hits so that asking for the salient state stays linear in the document.
#[derive(Default)]
struct StateTally {
    counts: Vec<([u8; 2], u32)>,
    out_done: usize,
    hits_done: usize,
    dateline: Option<std::ops::Range<usize>>,
}

impl StateTally {
    fn add(&mut self, cc: &str) {
        let Ok(k) = <[u8; 2]>::try_from(cc.as_bytes()) else { return };
        match self.counts.iter_mut().find(|(c, _)| *c == k) {
            Some((_, n)) => *n += 1,
            None => self.counts.push((k, 1)),
        }
    }
    fn get(&self, cc: &str) -> u32 {
        self.counts.iter().find(|(c, _)| c == cc.as_bytes()).map_or(0, |x| x.1)
    }
}

struct Doc<'a> {
    text: &'a str,
    f: &'a Folded,
    hits: Vec<Hit>,
    /// Sentence start offsets (sorted).
    sent_starts: Vec<usize>,
    as_of: PartialDate,
    date_note: Option<String>,
    out: Vec<EntityMention>,
    /// Ids named with a strong alias so far (weak aliases resolve against them).
    seen: FxHashSet<String>,
    /// Running tally of the states a report names (see `Recognizer::salient_state`), kept incrementally.
    tally: StateTally,
}

impl<'a> Doc<'a> {
    fn ftext(&self) -> &str {
        &self.f.text
    }
    /// Folded text between two hits.
    fn gap(&self, a: usize, b: usize) -> &str {
        &self.f.text[self.hits[a].fe..self.hits[b].fs]
    }
    fn sentence_initial(&self, pos: usize) -> bool {
        let k = self.sent_starts.partition_point(|&s| s <= pos);
        let start = if k == 0 { 0 } else { self.sent_starts[k - 1] };
        !self.text[start..pos].chars().rev().any(char::is_alphanumeric)
    }
    /// The folded word before folded offset `fs` ("" at a clause start: punctuation or text start).
    fn prev_word(&self, fs: usize) -> &str {
        let t = &self.f.text[..fs];
        let t2 = t.trim_end_matches(' ');
        let end = t2.len();
        let start = t2
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_word_char(c) || c == '\'' || c == '-')
            .last()
            .map_or(end, |(i, _)| i);
        &t2[start..end]
    }
    /// The folded word before the word that ends at `fs`.
    fn prev_word2(&self, fs: usize) -> &str {
        let w = self.prev_word(fs);
        if w.is_empty() {
            return "";
        }
        let t = self.f.text[..fs].trim_end_matches(' ');
        self.prev_word(t.len() - w.len())
    }
    /// The folded word after folded offset `fe` (skipping spaces).
    fn next_word(&self, fe: usize) -> &str {
        let t = self.f.text[fe..].trim_start_matches(' ');
        let n = t
            .char_indices()
            .find(|&(_, c)| !(is_word_char(c) || c == '\'' || c == '-'))
            .map_or(t.len(), |(i, _)| i);
        &t[..n]
    }
    /// Index of the first hit starting at or after the end of hit `i` (hits may overlap).
    fn nx(&self, i: usize) -> usize {
        let fe = self.hits[i].fe;
        self.hits.partition_point(|h| h.fs < fe)
    }
    /// Whether a hit covers folded offset `f` (hits are sorted by start; overlaps are short).
    fn covered(&self, f: usize) -> bool {
        let k = self.hits.partition_point(|h| h.fs <= f);
        self.hits[k.saturating_sub(4)..k].iter().any(|h| f < h.fe)
    }
    fn hit_starting_at(&self, fs: usize) -> bool {
        self.hits.binary_search_by_key(&fs, |h| h.fs).is_ok()
    }
}

impl<'k> Recognizer<'k> {
    pub fn new(kb: &'k Kb) -> Self {
        Recognizer { kb }
    }

    pub fn kb(&self) -> &'k Kb {
        self.kb
    }

    /// Annotates `text` (a document's normalized text). Roles and memberships are resolved as of
    /// `published`; a date-less document is resolved as of today, and its date-dependent mentions
    /// say so in `reason`.
    pub fn annotate(
        &self,
        text: &str,
        seg: &Segmentation,
        lang: Lang,
        published: Option<PartialDate>,
    ) -> Vec<EntityMention> {
        self.annotate_folded(text, &fold(text), seg, lang, published)
    }

    /// As [`annotate`](Self::annotate), with the document's folded text already made
    /// (`veille_text::fold(text)`), so that a pipeline folds each document once for all its
    /// lexicon matchers. `folded` must be the fold of `text`.
    pub fn annotate_folded(
        &self,
        text: &str,
        folded: &Folded,
        seg: &Segmentation,
        lang: Lang,
        published: Option<PartialDate>,
    ) -> Vec<EntityMention> {
        let (as_of, note) = match published {
            Some(d) => (d.first_day(), None),
            None => {
                let t = today();
                (t, Some(format!("no publication date: resolved as of today ({t})")))
            }
        };
        self.annotate_folded_as_of(text, folded, seg, lang, as_of, note)
    }

    /// Like [`annotate`](Self::annotate) with an explicit resolution date (deterministic).
    pub fn annotate_as_of(
        &self,
        text: &str,
        seg: &Segmentation,
        _lang: Lang,
        as_of: PartialDate,
        date_note: Option<String>,
    ) -> Vec<EntityMention> {
        self.annotate_folded_as_of(text, &fold(text), seg, _lang, as_of, date_note)
    }

    /// As [`annotate_as_of`](Self::annotate_as_of), with the fold of `text` already made.
    pub fn annotate_folded_as_of(
        &self,
        text: &str,
        f: &Folded,
        seg: &Segmentation,
        _lang: Lang,
        as_of: PartialDate,
        date_note: Option<String>,
    ) -> Vec<EntityMention> {
        let mut doc = Doc {
            text,
            hits: Vec::new(),
            sent_starts: seg.sentences.iter().map(|s| s.span.start).collect(),
            as_of: as_of.first_day(),
            date_note,
            out: Vec::new(),
            seen: FxHashSet::default(),
            tally: StateTally::default(),
            f,
        };
        self.find_hits(&mut doc);
        self.walk(&mut doc);
        self.learn_acronyms(&mut doc);
        doc.out.sort_by_key(|m| (m.span.start, m.span.end));
        self.merge_affiliation_modifiers(text, &mut doc.out);
        doc.out
    }

    /// "al-Qaeda-linked JNIM", "the IS-affiliated ISWAP group": the group named after the
    /// affiliation word is the party; the one before it only qualifies it. The two mentions become
    /// one mention of the second group spanning both (so nothing reads the qualifier as an actor).
    fn merge_affiliation_modifiers(&self, text: &str, out: &mut Vec<EntityMention>) {
        let group = |m: &EntityMention| {
            m.id.is_some() && matches!(m.kind, EntityType::ArmedGroup | EntityType::Militia)
        };
        let mut i = 0;
        while i + 1 < out.len() {
            let (x, y) = (&out[i], &out[i + 1]);
            if group(x) && group(y) && x.id != y.id && x.span.end <= y.span.start {
                let gap = veille_text::fold_str(&text[x.span.end..y.span.start]);
                let rest = gap.trim_start_matches(['-', ' ']);
                let linked = self
                    .kb
                    .ctx
                    .affiliation
                    .iter()
                    .find_map(|w| rest.strip_prefix(w.as_str()).filter(|r| r.starts_with(' ')));
                // at most two plain words between the affiliation word and the group ("jihadist group")
                if let Some(r) = linked
                    && r.split_whitespace().count() <= 2
                    && r.chars().all(|c| c.is_alphabetic() || c == ' ')
                {
                    let start = x.span.start;
                    out.remove(i);
                    out[i].span = Span::new(start, out[i].span.end);
                    continue;
                }
            }
            i += 1;
        }
    }

    /// The last person mentioned before byte `pos` whose gender agrees with `gender` (the
    /// antecedent of "il"/"elle"/"he"/"she" as the subject of a quote verb).
    pub fn last_person_before<'m>(
        &self,
        mentions: &'m [EntityMention],
        pos: usize,
        gender: Option<char>,
    ) -> Option<&'m EntityMention> {
        let k = mentions.partition_point(|m| m.span.start < pos);
        mentions[..k]
            .iter()
            .rev()
            .take(ANTECEDENT_WINDOW)
            .filter(|m| m.span.end <= pos && m.kind == EntityType::Person && m.id.is_some())
            .find(|m| match (gender, m.id.as_deref().and_then(|id| self.kb.get(id)).and_then(|e| e.gender)) {
                (Some(g), Some(h)) => g == h,
                _ => true,
            })
    }

    // ------------------------------------------------------------ matching

    fn find_hits(&self, doc: &mut Doc) {
        let m = &self.kb.matcher;
        let ft = doc.f.text.as_str();
        let mut from = 0;
        while let Some((fs, fe, pid)) = m.find(ft, from) {
            let before_ok = ft[..fs].chars().next_back().is_none_or(|c| !is_word_char(c));
            let after_ok = ft[fe..].chars().next().is_none_or(|c| !is_word_char(c));
            let mut ok = 0u32;
            if before_ok && after_ok {
                let (s, e) = (doc.f.orig_start(fs), doc.f.orig_end(fe));
                let orig = &doc.text[s..e];
                for (i, p) in m.payloads[pid].iter().enumerate().take(32) {
                    let pass = match p {
                        Payload::Entity { case, cap_initial, .. } => {
                            case.as_deref().is_none_or(|c| {
                                case_ok(orig, c) && !(c.len() <= 2 && all_caps_line(doc.text, s))
                            }) && (!cap_initial || orig.chars().next().is_some_and(char::is_uppercase))
                        }
                        Payload::Demonym { case, .. } => case.as_deref().is_none_or(|c| case_ok(orig, c)),
                        Payload::Region { .. } => orig.chars().next().is_some_and(char::is_uppercase),
                        _ => true,
                    };
                    if pass {
                        ok |= 1 << i;
                    }
                }
                if ok != 0 {
                    doc.hits.push(Hit { fs, fe, s, e, pid, ok });
                    // continue after the first word, so that a match inside this one is also seen
                    // (used when this one yields no mention: "The group for the Support of…")
                    from = ft[fs..fe].find(|c: char| !is_word_char(c)).map_or(fe, |k| fs + k.max(1));
                    continue;
                }
            }
            // Rejected: retry from the next char so that a shorter pattern inside can match.
            from = fs + ft[fs..].chars().next().map_or(1, char::len_utf8);
        }
    }

    fn payloads<'d>(&'d self, h: &Hit) -> impl Iterator<Item = &'d Payload> + 'd {
        let ok = h.ok;
        self.kb.matcher.payloads[h.pid]
            .iter()
            .enumerate()
            .filter(move |(i, _)| ok & (1 << i) != 0)
            .map(|(_, p)| p)
    }

    fn demonym_of(&self, h: &Hit) -> Option<&str> {
        self.payloads(h).find_map(|p| match p {
            Payload::Demonym { country, .. } => Some(&**country),
            _ => None,
        })
    }

    /// Strong entity payloads of a hit: (entity index, alias kind).
    fn entities_of(&self, h: &Hit) -> Vec<(usize, AliasKind, bool)> {
        self.payloads(h)
            .filter_map(|p| match p {
                Payload::Entity { ent, kind, weak, .. } => Some((*ent as usize, *kind, *weak)),
                _ => None,
            })
            .collect()
    }

    /// An organisation or state named by hit `j` (names and, if `capitals`, capitals too).
    fn org_of(&self, h: &Hit, capitals: bool) -> Option<usize> {
        self.entities_of(h).into_iter().find_map(|(e, k, weak)| {
            let ent = &self.kb.entities[e];
            let org_kind = !matches!(ent.kind, EntityType::Person | EntityType::Place);
            (!weak && org_kind && (k == AliasKind::Name || capitals)).then_some(e)
        })
    }

    // ------------------------------------------------------------ the walk

    fn walk(&self, doc: &mut Doc) {
        let mut i = 0;
        while i < doc.hits.len() {
            let next = self
                .try_title(doc, i)
                .or_else(|| self.try_collective(doc, i))
                .or_else(|| self.try_noun(doc, i))
                .or_else(|| self.try_demonym(doc, i))
                .or_else(|| self.try_pronoun(doc, i))
                .or_else(|| self.try_entity(doc, i))
                .or_else(|| self.try_provisional(doc, i));
            match next {
                Some(n) => {
                    // skip hits overlapping what was consumed
                    let end = doc.hits[i..n.max(i + 1)].iter().map(|h| h.e).max().unwrap_or(0);
                    i = n.max(i + 1);
                    while i < doc.hits.len() && doc.hits[i].s < end {
                        i += 1;
                    }
                }
                None => i += 1,
            }
        }
    }

    fn emit(&self, doc: &mut Doc, span: Span, res: Res, source: MentionSource, kind: Option<EntityType>) {
        let surface = doc.text[span.start..span.end].to_string();
        let m = match res {
            Res::Id(e) => {
                let ent = &self.kb.entities[e];
                EntityMention {
                    span,
                    id: Some(ent.id.clone()),
                    name: ent.name.clone(),
                    kind: ent.kind,
                    country: ent.country.clone(),
                    source,
                    candidates: Vec::new(),
                    reason: None,
                    members: Vec::new(),
                }
            }
            Res::Ambiguous(c, why) => EntityMention {
                span,
                id: None,
                name: surface,
                kind: kind
                    .or_else(|| c.first().and_then(|id| self.kb.get(id)).map(|e| e.kind))
                    .unwrap_or(EntityType::OtherOrg),
                country: None,
                source,
                candidates: c,
                reason: Some(why),
                members: Vec::new(),
            },
            Res::Unresolved(why) => EntityMention {
                span,
                id: None,
                name: surface,
                kind: kind.unwrap_or(EntityType::OtherOrg),
                country: None,
                source,
                candidates: Vec::new(),
                reason: Some(why),
                members: Vec::new(),
            },
        };
        doc.out.push(m);
    }

    fn span_of(doc: &Doc, a: usize, b: usize) -> Span {
        Span::new(doc.hits[a].s, doc.hits[b].e)
    }

    /// Resolves a role in an organisation, with an optional apposed person.
    fn resolve_role(&self, doc: &Doc, role: &str, org: usize, person: Option<usize>) -> Option<Res> {
        let org_id = &self.kb.entities[org].id;
        let key = self.kb.role_key(role).unwrap_or(role);
        let office_slot =
            (self.kb.entities[org].kind == EntityType::Country).then(|| Kb::state_office_slot(key)).flatten();
        let state_office = office_slot.is_some();
        if !state_office && self.kb.role_records(role, org_id, None).is_empty() {
            return None; // the title does not apply to this organisation at all
        }
        if let Some(p) = person {
            return Some(Res::Id(p));
        }
        let holders = self.kb.role_holder(role, org_id, doc.as_of);
        Some(match holders.as_slice() {
            [one] => Res::Id(self.kb.by_id[&one.id]),
            // a state office whose holder the knowledge base does not know on that date: the official
            // acting in office is the state's government (EVAL.md guideline 4), never a guessed person
            [] if let Some(slot) = office_slot
                && let Some(g) =
                    self.kb.entities[org].country.as_deref().and_then(|cc| self.kb.slot_entity(cc, slot)) =>
            {
                Res::Id(self.kb.by_id[&g.id])
            }
            [] => Res::Unresolved(format!(
                "no holder of {role} for {org_id} on {} in the knowledge base",
                doc.as_of
            )),
            many => Res::Ambiguous(many.iter().map(|e| e.id.clone()).collect(), "ambiguous".into()),
        })
    }

    /// A person hit right after hit `k` in apposition ("…, Sergueï Lavrov", "le capitaine Ibrahim Traoré").
    fn apposed_person(&self, doc: &Doc, k: usize) -> Option<usize> {
        self.apposed_person_at(doc, doc.hits[k].fe)
    }

    /// A person hit in apposition after folded offset `from`.
    fn apposed_person_at(&self, doc: &Doc, from: usize) -> Option<usize> {
        let j = doc.hits.partition_point(|h| h.fs < from);
        let h = doc.hits.get(j)?;
        let gap = &doc.ftext()[from..h.fs];
        if gap.contains(['\n', '.', ';', '(']) || gap.matches(',').count() > 1 {
            return None;
        }
        let rank = &self.kb.ctx.rank;
        if !gap
            .split([' ', ','])
            .filter(|w| !w.is_empty())
            .all(|w| rank.contains(w) || DETERMINERS.contains(&w))
        {
            return None;
        }
        let ents = self.entities_of(h);
        let strong: Vec<usize> = ents
            .iter()
            .filter(|(e, _, weak)| !weak && self.kb.entities[*e].kind == EntityType::Person)
            .map(|x| x.0)
            .collect();
        if strong.len() == 1 {
            return Some(strong[0]);
        }
        None
    }

    fn with_note(&self, doc: &mut Doc) {
        if let (Some(note), Some(m)) = (&doc.date_note, doc.out.last_mut())
            && m.reason.is_none()
        {
            m.reason = Some(note.clone());
        }
    }

    fn try_title(&self, doc: &mut Doc, i: usize) -> Option<usize> {
        let h = doc.hits[i];
        let titles: Vec<TitleParts> = self
            .payloads(&h)
            .filter_map(|p| match p {
                Payload::Title { role, org, tail } => Some((role.clone(), org.clone(), tail.clone())),
                _ => None,
            })
            .collect();
        if titles.is_empty() || doc.ftext()[..h.fs].ends_with('-') {
            return None; // "vice-ministre", "ex-président": another or a former office
        }
        let j = doc.nx(i);
        // the role of the title read without a fixed organisation or a demonym tail, for the fallback below
        let alone = titles.iter().find(|(_, f, t)| f.is_none() && t.is_none()).map(|x| x.0.clone());
        for (role, fixed, tail) in titles {
            // (org entity, last hit consumed into the title span, end of the title span in folded text)
            let mut found: Option<(usize, usize, usize)> = None;
            if let Some(tail) = &tail {
                if let Some(hj) = doc.hits.get(j)
                    && doc.gap(i, j).chars().all(|c| c == ' ')
                    && let Some(c) = self.demonym_of(hj)
                    && doc.ftext()[hj.fe..].starts_with(&**tail)
                    && let Some(&org) = self.kb.by_id.get(&format!("kb:{c}"))
                {
                    found = Some((org, j, hj.fe + tail.len()));
                }
            } else if let Some(o) = fixed.as_deref().and_then(|o| self.kb.by_id.get(o)) {
                found = Some((*o, i, h.fe));
            } else if let Some(hj) = doc.hits.get(j) {
                let gap = doc.gap(i, j);
                if gap.chars().all(|c| c == ' ')
                    && !gap.is_empty()
                    && let Some(c) = self.demonym_of(hj)
                    && let Some(&org) = self.kb.by_id.get(&format!("kb:{c}"))
                {
                    found = Some((org, j, hj.fe));
                } else if self.kb.ctx.connector.contains(gap.trim())
                    && let Some(org) = self.org_of(hj, false)
                {
                    // "le président du Niger": the state stays its own mention; the role spans the title.
                    found = Some((org, i, h.fe));
                }
            }
            let Some((org, last, end_f)) = found else { continue };
            // the hit of the last word of the title phrase (tail words are not hits)
            let mut k = last;
            while k + 1 < doc.hits.len() && doc.hits[k + 1].fs < end_f {
                k += 1;
            }
            let person = if last == i && fixed.is_none() && tail.is_none() {
                // the org hit follows; a name may follow the org ("le président du Niger, Mohamed Bazoum")
                self.apposed_person(doc, j)
            } else {
                self.apposed_person_at(doc, end_f)
            };
            let Some(res) = self.resolve_role(doc, &role, org, person) else { continue };
            let span = Span::new(h.s, doc.f.orig_end(end_f));
            self.emit(doc, span, res, MentionSource::Role, Some(EntityType::Person));
            self.with_note(doc);
            return Some(k + 1);
        }
        self.try_title_alone(doc, i, alone.as_deref()?)
    }

    /// A state office named alone after a definite article ("le ministre de la Défense a annoncé…", "the
    /// interior minister said"): the office of the one state of the context, as for a bare "le gouvernement"
    /// (states named before, else places later in the sentence). Not a one-word title other than
    /// président/president ("the leader", "le chef"), not one followed by a complement naming another body
    /// ("le président de l'association") or by an unknown capitalised name ("le président Hama Amadou").
    fn try_title_alone(&self, doc: &mut Doc, i: usize, role: &str) -> Option<usize> {
        let h = doc.hits[i];
        let key = self.kb.role_key(role).unwrap_or(role);
        Kb::state_office_slot(key)?;
        let title = &doc.ftext()[h.fs..h.fe];
        if !(title.contains([' ', '-', '\'']) || title.starts_with("presiden")) {
            return None;
        }
        if !matches!(doc.prev_word(h.fs), "le" | "la" | "l'" | "the") {
            return None;
        }
        let next = doc.next_word(h.fe);
        if matches!(next, "de" | "du" | "des" | "of") || next.starts_with("d'") {
            return None;
        }
        // "le président Ibrahim Traoré": the name that follows is the mention (and the title before
        // it tells the event extractor that a head of state acts); the title is a mention of its own
        // only when the name is set off by a comma ("the interior minister, General Mohamed Toumba")
        let person = self.apposed_person_at(doc, h.fe);
        if person.is_some() && !doc.text[h.e..].trim_start_matches(' ').starts_with(',') {
            return None;
        }
        if person.is_none() && doc.text[h.e..].starts_with(' ') {
            let rest = doc.text[h.e..].trim_start_matches(' ');
            if rest.starts_with(char::is_uppercase) {
                return None;
            }
        }
        let states = self.context_states(doc, i);
        let cc = match states.as_slice() {
            [one] => *one,
            [] => return None,
            many => self.salient_state(doc, i, many)?,
        };
        let org = *self.kb.by_id.get(&format!("kb:{cc}"))?;
        let res = self.resolve_role(doc, role, org, person)?;
        self.emit(doc, Span::new(h.s, h.e), res, MentionSource::Role, Some(EntityType::Person));
        self.with_note(doc);
        Some(doc.nx(i))
    }

    fn try_collective(&self, doc: &mut Doc, i: usize) -> Option<usize> {
        let h = doc.hits[i];
        let kind = self.payloads(&h).find_map(|p| match p {
            Payload::Collective(k) => Some(k),
            _ => None,
        })?;
        let j = doc.nx(i);
        let named_org = doc.hits.get(j).and_then(|hj| {
            let gap = doc.gap(i, j).trim();
            (self.kb.ctx.connector.contains(gap) || gap == "de l'" || gap == "of the")
                .then(|| self.org_of(hj, false))
                .flatten()
                .filter(|&e| self.kb.entities[e].kind == EntityType::Igo)
        });
        let last_igo = |n: Option<usize>| -> Option<usize> {
            doc.out.iter().rev().take(ANTECEDENT_WINDOW).filter(|m| m.kind == EntityType::Igo).find_map(|m| {
                let id = m.id.as_deref()?;
                let ok = n.is_none_or(|n| self.kb.members_of(id, Some(doc.as_of)).len() == n);
                ok.then(|| self.kb.by_id[id])
            })
        };
        let span = Span::new(h.s, h.e);
        match kind {
            CollectiveKind::Members(n) => {
                let org = named_org.or_else(|| last_igo(Some(*n as usize)))?;
                let id = self.kb.entities[org].id.clone();
                let members: Vec<String> =
                    self.kb.members_of(&id, Some(doc.as_of)).into_iter().map(str::to_string).collect();
                if members.len() != *n as usize {
                    return None;
                }
                self.emit(doc, span, Res::Id(org), MentionSource::Coreference, None);
                if let Some(m) = doc.out.last_mut() {
                    m.members = members;
                }
                Some(i + 1)
            }
            CollectiveKind::JointForce => {
                let via_named = match named_org {
                    // "la force conjointe du G5 Sahel": that organisation's force, even after it ended
                    Some(o) => {
                        Some(self.kb.joint_force_of(&self.kb.entities[o].id, doc.as_of).or_else(|| {
                            self.kb
                                .affiliations
                                .iter()
                                .find(|a| {
                                    a.relation == "joint_force_of" && a.parent == self.kb.entities[o].id
                                })
                                .map(|a| a.child.as_str())
                        })?)
                    }
                    None => None,
                };
                let force = via_named
                    .or_else(|| {
                        doc.out.iter().rev().take(12).find_map(|m| {
                            let e = self.kb.get(m.id.as_deref()?)?;
                            (e.slot.as_deref() == Some("joint")).then_some(e.id.as_str())
                        })
                    })
                    .or_else(|| {
                        let o = last_igo(None)?;
                        self.kb.joint_force_of(&self.kb.entities[o].id, doc.as_of)
                    })?;
                let e = self.kb.by_id[force];
                let src = if via_named.is_some() { MentionSource::Alias } else { MentionSource::Coreference };
                self.emit(doc, span, Res::Id(e), src, None);
                Some(i + 1)
            }
            CollectiveKind::Leaders => {
                // only with the organisation named right after: "les chefs d'État de la Cedeao"
                let org = named_org?;
                let j = doc.nx(i);
                self.emit(doc, Self::span_of(doc, i, j), Res::Id(org), MentionSource::Alias, None);
                Some(j + 1)
            }
            CollectiveKind::LastIgo | CollectiveKind::LastIgoIs(_) => {
                // the last organisation of any kind named must be the IGO: "Human Rights Watch …
                // l'organisation" is not the UN named before it
                let last_org = doc.out.iter().rev().take(ANTECEDENT_WINDOW).find(|m| {
                    matches!(
                        m.kind,
                        EntityType::Igo
                            | EntityType::OtherOrg
                            | EntityType::ArmedGroup
                            | EntityType::Militia
                            | EntityType::Pmc
                    )
                })?;
                if last_org.kind != EntityType::Igo {
                    return None;
                }
                if let CollectiveKind::LastIgoIs(want) = kind {
                    // "le Conseil des ministres", "the Council of Ministers", "le conseil municipal": another body
                    let next = doc.next_word(h.fe);
                    let other_body = next.starts_with("d'")
                        || matches!(
                            next,
                            "de" | "des"
                                | "du"
                                | "of"
                                | "for"
                                | "national"
                                | "nationale"
                                | "militaire"
                                | "military"
                        )
                        || self.kb.ctx.qualifier.contains(next);
                    if other_body || last_org.id.as_deref() != Some(&**want) {
                        return None;
                    }
                }
                let org = *self.kb.by_id.get(last_org.id.as_deref()?)?;
                self.emit(doc, span, Res::Id(org), MentionSource::Coreference, None);
                Some(i + 1)
            }
            CollectiveKind::LastForce => {
                let force = doc.out.iter().rev().take(ANTECEDENT_WINDOW).find_map(|m| {
                    let e = self.kb.get(m.id.as_deref()?)?;
                    matches!(e.kind, EntityType::StateForce | EntityType::Pmc).then(|| self.kb.by_id[&e.id])
                })?;
                self.emit(doc, span, Res::Id(force), MentionSource::Coreference, None);
                Some(i + 1)
            }
        }
    }

    fn resolve_slot(&self, doc: &Doc, country: &str, slot: &str) -> Res {
        for o in &self.kb.overrides {
            if o.country == country && o.slot == slot && o.when.contains(doc.as_of) {
                return match o.ids.as_slice() {
                    [one] => Res::Id(self.kb.by_id[one]),
                    many => Res::Ambiguous(many.to_vec(), "ambiguous".into()),
                };
            }
        }
        // a branch the KB does not list for that state ("les forces spéciales tchadiennes") is that state's
        // armed forces; its intelligence services are its government
        let fallback = match slot {
            "sf" | "air" | "navy" | "gn" | "pg" | "rapid" => Some("army"),
            "intel" => Some("gov"),
            _ => None,
        };
        match self.kb.slot_entity(country, slot).or_else(|| self.kb.slot_entity(country, fallback?)) {
            Some(e) => Res::Id(self.kb.by_id[&e.id]),
            None => Res::Unresolved(format!("no `{slot}` entity for {country} in the knowledge base")),
        }
    }

    fn noun_slot(&self, h: &Hit) -> Option<Box<str>> {
        self.payloads(h).find_map(|p| match p {
            Payload::Noun { slot } => Some(slot.clone()),
            _ => None,
        })
    }

    fn try_noun(&self, doc: &mut Doc, i: usize) -> Option<usize> {
        self.try_noun_composed(doc, i).or_else(|| self.try_bare_noun(doc, i))
    }

    /// A state noun alone, resolved through the one state named before (coreference):
    /// "la junte" / "the junta" → the government of the one junta-led state (curated government)
    /// named in the last mentions; "l'armée", "le gouvernement", "the police" (modes in
    /// context.tsv) → that slot of the one state named before: a state, its government or forces,
    /// or a capital (also as a place: "à Bamako"). Several states → ambiguous; none → no mention.
    fn try_bare_noun(&self, doc: &mut Doc, i: usize) -> Option<usize> {
        let h = doc.hits[i];
        let mode = *self.kb.ctx.anaphoric.get(&doc.ftext()[h.fs..h.fe])?;
        let prev = doc.prev_word(h.fs);
        // a spaced hyphen is a dash, not a word: "NIAMEY, Niger - Police said…" starts a clause
        let prev = if prev.bytes().all(|b| b == b'-') { "" } else { prev };
        // "son armée", "its air force": a possessive names the state told just before
        let possessive = POSSESSIVES.contains(&prev);
        let determined = DETERMINERS.contains(&prev)
            || possessive
            || matches!(prev, "cette" | "this" | "that" | "du" | "au" | "aux");
        if !determined && mode != Anaphoric::StateBare {
            return None;
        }
        // bare: at a clause start or after a conjunction ("before police fired"), never the tail of
        // a compound ("the traffic police", "military police")
        if !(determined || prev.is_empty() || BARE_NOUN_PREV.contains(&prev)) {
            return None;
        }
        if self.kb.ctx.qualifier.contains(doc.next_word(h.fe)) {
            return None; // "les autorités locales", "religious authorities" are other bodies
        }
        let slot = self.noun_slot(&h)?;
        let states = self.context_states(doc, i);
        let mut ents: Vec<usize> = Vec::new();
        let mut ccs: Vec<&str> = Vec::new();
        for cc in states {
            let gi = if mode == Anaphoric::Junta {
                if !self.kb.junta_led(cc, doc.as_of) {
                    continue;
                }
                let Some(g) = self.kb.slot_entity(cc, "gov") else { continue };
                self.kb.by_id[&g.id]
            } else {
                match self.resolve_slot(doc, cc, &slot) {
                    Res::Id(e) => e,
                    _ => continue,
                }
            };
            if !ents.contains(&gi) {
                ents.push(gi);
                ccs.push(cc);
            }
        }
        // a possessive's state is the latest named (the possessor), not any of the article's
        if possessive && ents.len() > 1 {
            ents.truncate(1);
        }
        if ents.len() > 1
            && let Some(best) = self.salient_state(doc, i, &ccs)
            && let Some(k) = ccs.iter().position(|&c| c == best)
        {
            ents = vec![ents[k]];
        }
        let res = match ents.as_slice() {
            [] if mode == Anaphoric::Office => Res::Unresolved("no state named before the office".into()),
            [] => return None,
            [one] => Res::Id(*one),
            many => Res::Ambiguous(
                many.iter().map(|g| self.kb.entities[*g].id.clone()).collect(),
                "ambiguous".into(),
            ),
        };
        let kind = if slot.as_ref() == "gov" { EntityType::Country } else { EntityType::StateForce };
        self.emit(doc, Span::new(h.s, h.e), res, MentionSource::Coreference, Some(kind));
        Some(i + 1)
    }

    /// States a bare noun or title at hit `i` may refer to: states, governments and state forces named in
    /// the last mentions (most recent first), capitals and administrative divisions read as places
    /// ("à Bamako", "à Ménaka"); with none before, those later in the same sentence ("the governor of
    /// Gao", "Police in Niamey").
    fn context_states(&self, doc: &Doc, i: usize) -> Vec<&str> {
        let mut states: Vec<&str> = Vec::new();
        for m in doc.out.iter().rev().take(ANTECEDENT_WINDOW) {
            let Some(e) = m.id.as_deref().and_then(|id| self.kb.get(id)) else { continue };
            if !matches!(e.kind, EntityType::Country | EntityType::StateForce) {
                continue;
            }
            if let Some(cc) = e.country.as_deref()
                && !states.contains(&cc)
            {
                states.push(cc);
            }
        }
        for hk in doc.hits[..i].iter().rev().take(ANTECEDENT_WINDOW) {
            self.place_states(hk, &mut states);
        }
        if states.is_empty() {
            self.states_later_in_sentence(doc, i, &mut states);
        }
        states
    }

    /// The one of several candidate states a bare noun or title at hit `i` stands for, in a long report
    /// that names several: the only candidate named later in the same sentence ("le gouverneur de la
    /// région de Tillabéri"), else the state the document is about so far: the candidate with the most
    /// mentions (states, their governments and forces, capitals and regions as places), at least two and
    /// more than any other. None = stays ambiguous.
    fn salient_state<'s>(&self, doc: &mut Doc, i: usize, candidates: &[&'s str]) -> Option<&'s str> {
        let mut later: Vec<&str> = Vec::new();
        self.states_in_complement(doc, i, &mut later);
        let named_later: Vec<&'s str> = candidates.iter().copied().filter(|c| later.contains(c)).collect();
        if let [one] = named_later.as_slice() {
            return Some(one);
        }
        // advance the running tally to the mentions and hits seen so far
        let mut t = std::mem::take(&mut doc.tally);
        let dateline = t.dateline.get_or_insert_with(|| dateline_range(doc.text)).clone();
        for m in doc.out.iter().skip(t.out_done).filter(|m| !dateline.contains(&m.span.start)) {
            if let Some(cc) = m.id.as_deref().and_then(|id| self.kb.get(id)).and_then(|e| {
                matches!(e.kind, EntityType::Country | EntityType::StateForce)
                    .then_some(e.country.as_deref())
                    .flatten()
            }) {
                t.add(cc);
            }
        }
        t.out_done = t.out_done.max(doc.out.len());
        let mut places: Vec<&str> = Vec::new();
        for hk in doc.hits.iter().take(i).skip(t.hits_done).filter(|hk| !dateline.contains(&hk.s)) {
            places.clear();
            self.place_states(hk, &mut places);
            if let [cc] = places.as_slice() {
                t.add(cc);
            }
        }
        t.hits_done = t.hits_done.max(i);
        let counts: Vec<u32> = candidates.iter().map(|c| t.get(c)).collect();
        doc.tally = t;
        let (best, &n) = counts.iter().enumerate().max_by_key(|&(_, n)| *n)?;
        (n >= 2 && counts.iter().filter(|&&c| c == n).count() == 1).then(|| candidates[best])
    }

    /// Of several state forces of different states that share a name (Burkina Faso's and Cameroon's
    /// "BIR", ambiguous.tsv), the one of the state the report is about at hit `i` (`salient_state`: the
    /// one candidate state named later in the sentence, else the state it names most so far). None
    /// (the name stays ambiguous) when a candidate is not a state force, two share a state, or the
    /// report's state is not clear.
    fn same_name_force_by_state(&self, doc: &mut Doc, i: usize, cands: &[usize]) -> Option<usize> {
        let mut ccs: Vec<&str> = Vec::with_capacity(cands.len());
        for &e in cands {
            let ent = &self.kb.entities[e];
            if ent.kind != EntityType::StateForce {
                return None;
            }
            let cc = ent.country.as_deref()?;
            if ccs.contains(&cc) {
                return None;
            }
            ccs.push(cc);
        }
        let best = self.salient_state(doc, i, &ccs)?;
        ccs.iter().position(|&c| c == best).map(|k| cands[k])
    }

    /// The state of a capital or administrative-division hit.
    /// States named after hit `i` in its sentence, as places or as countries, added to `states` once each.
    fn states_later_in_sentence<'s>(&'s self, doc: &Doc, i: usize, states: &mut Vec<&'s str>) {
        let h = doc.hits[i];
        let k = doc.sent_starts.partition_point(|&s| s <= h.s);
        let end = doc.sent_starts.get(k).copied().unwrap_or(doc.text.len());
        for hk in doc.hits[i + 1..].iter().take_while(|hk| hk.s < end) {
            self.place_states(hk, states);
            if let Some(cc) = self.org_of(hk, false).and_then(|e| {
                let ent = &self.kb.entities[e];
                (ent.kind == EntityType::Country).then_some(ent.country.as_deref()).flatten()
            }) && !states.contains(&cc)
            {
                states.push(cc);
            }
        }
    }

    /// States named after hit `i` in its sentence that may tell its state: places anywhere in the sentence
    /// (the scene: "the army said it repelled an attack in Borno", "Un BIR a été engagé dans la province
    /// du Soum"), but a country only in the noun's own complement, reached through a short prepositional
    /// chain ("les autorités du Niger"), never one behind a verb, a possessive or a comma ("the
    /// government's handling of clashes near the border with Sudan", "The government blamed the RSF, …
    /// fighting Sudan's army"): that country is another party of the sentence.
    fn states_in_complement<'s>(&'s self, doc: &Doc, i: usize, states: &mut Vec<&'s str>) {
        let h = doc.hits[i];
        let k = doc.sent_starts.partition_point(|&s| s <= h.s);
        let end = doc.sent_starts.get(k).copied().unwrap_or(doc.text.len());
        for hk in doc.hits[i + 1..].iter().take_while(|hk| hk.s < end) {
            self.place_states(hk, states);
            if hk.fs < h.fe || !complement_chain(&doc.ftext()[h.fe..hk.fs]) {
                continue;
            }
            if let Some(cc) = self.org_of(hk, false).and_then(|e| {
                let ent = &self.kb.entities[e];
                (ent.kind == EntityType::Country).then_some(ent.country.as_deref()).flatten()
            }) && !states.contains(&cc)
            {
                states.push(cc);
            }
        }
    }

    fn place_states<'s>(&'s self, hk: &Hit, states: &mut Vec<&'s str>) {
        for p in self.payloads(hk) {
            let cc = match p {
                Payload::Region { country } => Some(&**country),
                Payload::Entity { ent, kind: AliasKind::Capital, weak: false, .. } => {
                    self.kb.entities[*ent as usize].country.as_deref()
                }
                _ => None,
            };
            if let Some(cc) = cc
                && !states.contains(&cc)
            {
                states.push(cc);
            }
        }
    }

    fn try_noun_composed(&self, doc: &mut Doc, i: usize) -> Option<usize> {
        let h = doc.hits[i];
        let slot = self.noun_slot(&h)?;
        let j = doc.nx(i);
        let hj = *doc.hits.get(j)?;
        let gap = doc.gap(i, j);
        let trimmed = gap.trim();
        let ctx = &self.kb.ctx;
        let filler_gap = !gap.is_empty()
            && !gap.contains(['\n', ',', '.'])
            && (trimmed.is_empty()
                || ctx.filler.contains(trimmed)
                || trimmed.split(' ').all(|w| ctx.filler.contains(w)));
        if filler_gap && let Some(c) = self.demonym_of(&hj) {
            let c = c.to_string();
            let res = self.resolve_slot(doc, &c, &slot);
            self.emit(doc, Self::span_of(doc, i, j), res, MentionSource::Demonym, None);
            // coordinated demonyms: "les armées malienne et burkinabè", "les forces maliennes, nigériennes et tchadiennes"
            let mut last = j;
            while let Some(k) = self.coordinated_demonym(doc, last) {
                let ck = self.demonym_of(&doc.hits[k]).unwrap_or_default().to_string();
                let res = self.resolve_slot(doc, &ck, &slot);
                let hk = doc.hits[k];
                self.emit(doc, Span::new(hk.s, hk.e), res, MentionSource::Demonym, None);
                last = k;
            }
            return Some(last + 1);
        }
        // "les autorités du Niger", "la junte au pouvoir à Bamako", "the government of Mali"
        let conn = trimmed.rsplit_once(' ').map_or(trimmed, |(a, b)| {
            if ctx.filler.contains(a) || ctx.filler.contains(a.trim()) { b } else { trimmed }
        });
        // only after a definite determiner: "les autorités du Niger", not "ses militaires du Niger"
        // or an indefinite one before a capital: "un tribunal militaire de Ouagadougou"
        let prev = doc.prev_word(h.fs);
        let definite = DETERMINERS.contains(&prev);
        let indefinite = matches!(prev, "un" | "une" | "a" | "an");
        if (definite || indefinite) && (ctx.connector.contains(conn) || ctx.connector.contains(trimmed)) {
            let ents = self.entities_of(&hj);
            let state = ents.iter().find(|(e, kind, weak)| {
                !weak
                    && (definite || *kind == AliasKind::Capital)
                    && self.kb.entities[*e].kind == EntityType::Country
                    && self.kb.entities[*e].slot.as_deref() == Some("state")
            });
            if let Some(&(e, kind, _)) = state {
                let c = self.kb.entities[e].country.clone()?;
                let res = self.resolve_slot(doc, &c, &slot);
                if kind == AliasKind::Name || indefinite {
                    // the state stays its own mention; a capital after an indefinite noun stays a
                    // place for the geoparser ("un tribunal de Ouagadougou")
                    self.emit(doc, Span::new(h.s, h.e), res, MentionSource::Demonym, None);
                    return Some(j);
                }
                self.emit(doc, Self::span_of(doc, i, j), res, MentionSource::Demonym, None);
                return Some(j + 1);
            }
        }
        None
    }

    /// The demonym hit coordinated right after hit `k` (", " / " et " / " and " / ", and "), if any.
    fn coordinated_demonym(&self, doc: &Doc, k: usize) -> Option<usize> {
        let n = doc.nx(k);
        let hn = doc.hits.get(n)?;
        let gap = doc.gap(k, n);
        if matches!(gap, ", " | " et " | " and " | ", and ") && self.demonym_of(hn).is_some() {
            Some(n)
        } else {
            None
        }
    }

    fn try_demonym(&self, doc: &mut Doc, i: usize) -> Option<usize> {
        let h = doc.hits[i];
        let c = self.demonym_of(&h)?.to_string();
        let j = doc.nx(i);
        let hj = *doc.hits.get(j)?;
        let gap = doc.gap(i, j);
        let spaced = !gap.is_empty() && gap.chars().all(|c| c == ' ');
        if spaced && let Some(slot) = self.noun_slot(&hj) {
            let res = self.resolve_slot(doc, &c, &slot);
            self.emit(doc, Self::span_of(doc, i, j), res, MentionSource::Demonym, None);
            return Some(j + 1);
        }
        // coordinated demonyms before one noun: "Malian and Russian forces", "Malian, Burkinabe and Nigerien troops"
        let mut chain = vec![i];
        let mut last = i;
        while let Some(k) = self.coordinated_demonym(doc, last) {
            chain.push(k);
            last = k;
        }
        if chain.len() > 1 {
            let n = doc.nx(last);
            if let Some(hn) = doc.hits.get(n).copied()
                && doc.gap(last, n) == " "
                && let Some(slot) = self.noun_slot(&hn)
            {
                for (x, &k) in chain.iter().enumerate() {
                    let ck = self.demonym_of(&doc.hits[k]).unwrap_or_default().to_string();
                    let res = self.resolve_slot(doc, &ck, &slot);
                    let span = if x + 1 == chain.len() {
                        Self::span_of(doc, k, n)
                    } else {
                        Span::new(doc.hits[k].s, doc.hits[k].e)
                    };
                    self.emit(doc, span, res, MentionSource::Demonym, None);
                }
                return Some(n + 1);
            }
        }
        // a demonym coordinated with a force alias: "Malian and Russian forces" ("Russian forces" is an alias)
        let n = doc.nx(last);
        if let Some(hn) = doc.hits.get(n).copied()
            && matches!(doc.gap(last, n), ", " | " and " | ", and " | " et ")
            && let Some(slot) = self.entities_of(&hn).into_iter().find_map(|(e, _, weak)| {
                let ent = &self.kb.entities[e];
                (!weak && ent.kind == EntityType::StateForce).then(|| ent.slot.clone()).flatten()
            })
            && matches!(slot.as_str(), "army" | "gov" | "police" | "gend" | "gn")
        {
            for &k in &chain {
                let ck = self.demonym_of(&doc.hits[k]).unwrap_or_default().to_string();
                let res = self.resolve_slot(doc, &ck, &slot);
                self.emit(doc, Span::new(doc.hits[k].s, doc.hits[k].e), res, MentionSource::Demonym, None);
            }
            return Some(n);
        }
        if !spaced {
            return None;
        }
        let org = *self.kb.by_id.get(&format!("kb:{c}"))?;
        for p in self.payloads(&hj) {
            if let Payload::Title { role, org: None, tail: None } = p {
                let person = self.apposed_person(doc, j);
                if let Some(res) = self.resolve_role(doc, role, org, person) {
                    self.emit(
                        doc,
                        Self::span_of(doc, i, j),
                        res,
                        MentionSource::Role,
                        Some(EntityType::Person),
                    );
                    self.with_note(doc);
                    return Some(j + 1);
                }
            }
        }
        None
    }

    fn try_pronoun(&self, doc: &mut Doc, i: usize) -> Option<usize> {
        let h = doc.hits[i];
        let g = self.payloads(&h).find_map(|p| match p {
            Payload::Pronoun(g) => Some(*g),
            _ => None,
        })?;
        let verb = doc.next_word(h.fe);
        if !self.kb.ctx.quote_verb.contains(verb) {
            return None;
        }
        // span of the pronoun itself: "il" in "a-t-il", "il" in "il a"
        let ft = &doc.f.text[h.fs..h.fe];
        let (ps, pe) = if let Some(rest) = ft.strip_prefix("a-t-") {
            (h.fe - rest.len(), h.fe)
        } else {
            let w = ft.split(' ').next().unwrap_or(ft);
            (h.fs, h.fs + w.len())
        };
        let span = Span::new(doc.f.orig_start(ps), doc.f.orig_end(pe));
        let ante = self.last_person_before(&doc.out, h.s, Some(g))?;
        let id = ante.id.clone()?;
        let e = self.kb.by_id[&id];
        self.emit(doc, span, Res::Id(e), MentionSource::Coreference, None);
        Some(i + 1)
    }

    fn try_provisional(&self, doc: &mut Doc, i: usize) -> Option<usize> {
        let h = doc.hits[i];
        let kind = self.payloads(&h).find_map(|p| match p {
            Payload::Provisional(t) => Some(*t),
            _ => None,
        })?;
        let text = doc.text;
        let rest = &text[h.e..];
        let lead = rest.len() - rest.trim_start_matches(' ').len();
        if lead == 0 || rest[lead..].starts_with('\n') {
            return None;
        }
        let start = h.e + lead;
        if doc.hit_starting_at(doc.f.text.len().min(doc.f.folded_offset(start))) {
            return None; // a known name follows
        }
        let mut end = start;
        let mut pos = start;
        let mut words = 0;
        loop {
            let w_end = text[pos..]
                .char_indices()
                .find(|&(_, c)| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
                .map_or(text.len(), |(k, _)| pos + k);
            if w_end == pos {
                break;
            }
            let w = &text[pos..w_end];
            let hyphen_name = w.split_once('-').is_some_and(|(a, b)| {
                NAME_PARTICLES.contains(&a) && b.chars().next().is_some_and(char::is_uppercase)
            });
            let cap = w.chars().next().is_some_and(char::is_uppercase) || hyphen_name && words > 0;
            let particle = NAME_PARTICLES.contains(&w.to_lowercase().as_str());
            if cap {
                end = w_end;
                words += 1;
            } else if !(particle && words > 0) {
                break;
            }
            if !text[w_end..].starts_with(' ') {
                break;
            }
            pos = w_end + 1;
        }
        if words == 0 {
            return None;
        }
        let span = Span::new(start, end);
        self.emit(
            doc,
            span,
            Res::Unresolved("not in knowledge base".into()),
            MentionSource::Capitalized,
            Some(kind),
        );
        // skip hits inside the provisional name
        let mut k = i + 1;
        while k < doc.hits.len() && doc.hits[k].s < end {
            k += 1;
        }
        Some(k)
    }

    fn try_entity(&self, doc: &mut Doc, i: usize) -> Option<usize> {
        let h = doc.hits[i];
        let ents = self.entities_of(&h);
        if ents.is_empty() {
            return None;
        }
        let kb = self.kb;
        let names: Vec<&(usize, AliasKind, bool)> =
            ents.iter().filter(|(_, k, _)| *k == AliasKind::Name).collect();
        let single_token = !doc.ftext()[h.fs..h.fe].contains([' ', '-']);
        let ctx = &kb.ctx;

        // Metonymy: only capitals/seats match.
        if names.is_empty() {
            let (e, kind, _) = ents[0];
            if !self.metonymy_actor(doc, &h, kind == AliasKind::Seat) {
                return Some(i + 1);
            }
            if kind == AliasKind::Capital && single_token && self.part_of_name(doc, &h) {
                return Some(i + 1);
            }
            // a state's capital stands for the state; an organisation's seat for the organisation
            let state = match kb.entities[e].country.as_deref() {
                Some(cc) => kb.by_id.get(&format!("kb:{cc}")).copied().unwrap_or(e),
                None => e,
            };
            self.emit(doc, Span::new(h.s, h.e), Res::Id(state), MentionSource::Metonymy, None);
            return Some(i + 1);
        }

        let is_country = names.iter().any(|(e, _, _)| kb.entities[*e].kind == EntityType::Country);
        if is_country {
            // geography traps: "le fleuve Niger", "the Niger River", "Niger Delta"
            let p1 = doc.prev_word(h.fs);
            let p2 = doc.prev_word2(h.fs);
            let two = format!("{p2} {p1}");
            if ctx.geo_before.iter().any(|g| g == p1 || *g == two)
                || ctx.geo_after.contains(doc.next_word(h.fe))
            {
                return Some(i + 1);
            }
            // dotted acronyms stay the state before a capitalised noun ("the U.S. Treasury")
            if single_token && !doc.ftext()[h.fs..h.fe].contains('.') && self.part_of_name(doc, &h) {
                return Some(i + 1);
            }
        }

        // English possessive / attributive title after a state or organisation: "Russia's foreign minister"
        let j = doc.nx(i);
        if let Some(hj) = doc.hits.get(j).copied() {
            let gap = doc.gap(i, j);
            if (gap == " " || gap == "'s ")
                && let Some(org) = self.org_of(&h, false)
            {
                for p in self.payloads(&hj) {
                    if let Payload::Title { role, org: None, tail: None } = p {
                        let person = self.apposed_person(doc, j);
                        if let Some(res) = self.resolve_role(doc, role, org, person) {
                            self.emit_alias(doc, i, &h, &names);
                            self.emit(
                                doc,
                                Span::new(hj.s, hj.e),
                                res,
                                MentionSource::Role,
                                Some(EntityType::Person),
                            );
                            self.with_note(doc);
                            return Some(j + 1);
                        }
                    }
                }
            }
            // English possessive + head noun: "Mali's junta", "Burkina Faso's army"
            if gap == "'s "
                && let Some(slot) = self.noun_slot(&hj)
                && let Some(c) = names
                    .iter()
                    .map(|x| &kb.entities[x.0])
                    .find(|e| e.kind == EntityType::Country && e.slot.as_deref() == Some("state"))
                    .and_then(|e| e.country.clone())
            {
                self.emit_alias(doc, i, &h, &names);
                let res = self.resolve_slot(doc, &c, &slot);
                self.emit(doc, Span::new(hj.s, hj.e), res, MentionSource::Demonym, None);
                return Some(j + 1);
            }
        }
        if names.is_empty() {
            return Some(i + 1);
        }
        self.emit_alias(doc, i, &h, &names);
        Some(i + 1)
    }

    fn emit_alias(&self, doc: &mut Doc, i: usize, h: &Hit, names: &[&(usize, AliasKind, bool)]) {
        let kb = self.kb;
        let span = Span::new(h.s, h.e);
        let mut strong: Vec<usize> = names.iter().filter(|x| !x.2).map(|x| x.0).collect();
        strong.dedup();
        if !strong.is_empty() {
            let res = if strong.len() == 1 {
                Res::Id(strong[0])
            } else {
                let seen: Vec<usize> =
                    strong.iter().copied().filter(|e| doc.seen.contains(&kb.entities[*e].id)).collect();
                if seen.len() == 1 {
                    Res::Id(seen[0])
                } else if let Some(e) = self.same_name_force_by_state(doc, i, &strong) {
                    Res::Id(e)
                } else {
                    Res::Ambiguous(
                        strong.iter().map(|e| kb.entities[*e].id.clone()).collect(),
                        "ambiguous".into(),
                    )
                }
            };
            if let Res::Id(e) = res {
                doc.seen.insert(kb.entities[e].id.clone());
            }
            self.emit(doc, span, res, MentionSource::Alias, None);
            return;
        }
        // weak aliases (surnames): only persons already named in full
        let cands: Vec<usize> = names.iter().map(|x| x.0).collect();
        let mut seen: Vec<usize> =
            cands.iter().copied().filter(|e| doc.seen.contains(&kb.entities[*e].id)).collect();
        if seen.is_empty() && !doc.text[..h.s].contains('\n') {
            // a surname in the headline ("Goïta, Traoré et Tiani misent…"): the one candidate the report
            // names in full further down
            for hk in doc.hits.iter().filter(|hk| hk.s >= h.e) {
                for (e, _, weak) in self.entities_of(hk) {
                    if !weak && cands.contains(&e) && !seen.contains(&e) {
                        seen.push(e);
                    }
                }
            }
        }
        let ids = || cands.iter().map(|e| kb.entities[*e].id.clone()).collect::<Vec<_>>();
        let res = match seen.as_slice() {
            [one] => Res::Id(*one),
            [] if cands.len() == 1 => Res::Ambiguous(ids(), "surname only, not named in full before".into()),
            _ => Res::Ambiguous(ids(), "ambiguous".into()),
        };
        self.emit(doc, span, res, MentionSource::Alias, Some(EntityType::Person));
    }

    /// Whether a capital or seat at hit `h` is used as an actor (see README: metonymy rule).
    fn metonymy_actor(&self, doc: &Doc, h: &Hit, seat: bool) -> bool {
        let ctx = &self.kb.ctx;
        let mut prev = doc.prev_word(h.fs);
        if seat && DETERMINERS.contains(&prev) {
            let p2 = doc.prev_word2(h.fs);
            if ctx.locative.contains(p2) {
                return false;
            }
            return true;
        }
        if prev.is_empty() && !doc.sentence_initial(h.s) {
            prev = ","; // after punctuation inside a sentence: a clause start
        }
        // a list of capitals ("Bamako, Ouagadougou et Niamey ont…"): each is an actor when the
        // list is; "Washington, qui a achevé…": a relative clause on the capital
        let after = &doc.text[h.e..];
        if (prev.is_empty() || prev == "," || ctx.actor_cue.contains(prev))
            && (after.starts_with(", qui ") || after.starts_with(", which ") || after.starts_with(", who "))
        {
            return true;
        }
        // a subject capital with a parenthetical: "Niamey, de son côté, accuse…"
        if (prev.is_empty() || prev == "," || ctx.actor_cue.contains(prev))
            && let Some(rest) = doc.ftext()[h.fe..].strip_prefix(", ")
            && ctx.incise.iter().any(|w| rest.strip_prefix(w.as_str()).is_some_and(|r| r.starts_with(',')))
        {
            return true;
        }
        if prev.is_empty() || prev == "," {
            let j = doc.nx(doc.hits.partition_point(|x| x.fs < h.fs));
            if let Some(hj) = doc.hits.get(j) {
                let gap = &doc.ftext()[h.fe..hj.fs];
                let capital = self.entities_of(hj).iter().any(|(_, k, _)| *k != AliasKind::Name);
                if capital && matches!(gap, ", " | " et " | " and " | ", and ") {
                    return self.metonymy_actor(doc, hj, false);
                }
            }
        }
        let two = format!("{} {prev}", doc.prev_word2(h.fs));
        if ctx.actor_cue.contains(two.as_str()) {
            return true; // "according to Moscow"
        }
        // the dative of a political verb: "a demandé à Paris de…", "reproche à Alger", "called on Abuja"
        if matches!(prev, "a" | "on") && ctx.actor_verb.contains(doc.prev_word2(h.fs)) {
            return true;
        }
        // the party of a political noun: "la décision de Bamako", "le soutien de Moscou", "Washington's decision"
        if matches!(prev, "de" | "d'") && ctx.actor_noun.contains(doc.prev_word2(h.fs)) {
            return true;
        }
        if let Some(rest) = doc.ftext()[h.fe..].strip_prefix("'s ")
            && ctx.actor_noun.contains(rest.split([' ', ',', '.']).next().unwrap_or(""))
        {
            return true;
        }
        if self.verb_before_adverbs(doc, h.fs) {
            return true; // "accuse régulièrement Cotonou", "a de nouveau appelé mardi Niamey à"
        }
        if ctx.locative.contains(prev) || DETERMINERS.contains(&prev) {
            return false;
        }
        if ctx.actor_cue.contains(prev) || ctx.actor_verb.contains(prev) {
            return true;
        }
        let after = &doc.text[h.e..];
        let next = doc.next_word(h.fe);
        // the original next word: "a" (has) is a verb, "à" a preposition
        let orig_next = after.trim_start().split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let next_is_verbish = orig_next == "a"
            || !next.is_empty()
                && orig_next.chars().next().is_some_and(char::is_lowercase)
                && !ctx.locative.contains(next)
                && !ctx.connector.contains(next)
                && !ctx.actor_cue.contains(next)
                && !next.starts_with(|c: char| c.is_ascii_digit());
        if prev.is_empty() || prev == "," {
            if after.starts_with("'s ") || after.starts_with("’s ") {
                return seat; // "Niamey's airport", "Bamako's suburbs": a place (political nouns returned above)
            }
            // clause start: an actor unless a dateline ("BAMAKO, 12 mars", "Niamey (AFP)")
            return seat
                || next_is_verbish
                || (!after.starts_with([',', '(', ':', ' ']) && !after.is_empty());
        }
        // after any other word ("accuse Paris", "la décision de Moscou"): left to the geoparser
        seat
    }

    /// Whether one or two adverbs or time phrases (`verb_adverb`) end the text before folded offset
    /// `fs` and a political verb (`actor_verb`) comes right before them.
    fn verb_before_adverbs(&self, doc: &Doc, fs: usize) -> bool {
        let ctx = &self.kb.ctx;
        let mut end = fs;
        for _ in 0..2 {
            let t = doc.ftext()[..end].trim_end_matches(' ');
            let Some(adv) = ctx
                .verb_adverb
                .iter()
                .find(|a| t.strip_suffix(a.as_str()).is_some_and(|r| r.is_empty() || r.ends_with(' ')))
            else {
                return false;
            };
            end = t.len() - adv.len();
            if ctx.actor_verb.contains(doc.prev_word(end)) {
                return true;
            }
        }
        false
    }

    /// A single-token state or capital name inside a longer capitalised name ("Chad Miller",
    /// "Paris Saint-Germain", "Washington Post").
    fn part_of_name(&self, doc: &Doc, h: &Hit) -> bool {
        if all_caps_line(doc.text, h.s) {
            return false; // a headline in capitals says nothing about names
        }
        let after = &doc.text[h.e..];
        if let Some(rest) = after.strip_prefix(' ')
            && rest.chars().next().is_some_and(char::is_uppercase)
        {
            // the next capitalised word is no knowledge-base name, or a person's name
            let fpos = doc.f.folded_offset(h.e + 1);
            match doc.hits.binary_search_by_key(&fpos, |x| x.fs) {
                Err(_) => return true,
                Ok(k) => {
                    let ents = self.entities_of(&doc.hits[k]);
                    if !ents.is_empty()
                        && ents.iter().all(|(e, _, _)| self.kb.entities[*e].kind == EntityType::Person)
                    {
                        return true;
                    }
                }
            }
        }
        // preceded by a capitalised word that is not a knowledge-base name ("Amadou Mali Keïta")
        let before = &doc.text[..h.s];
        if let Some(head) = before.strip_suffix(' ') {
            let w = head.rsplit(|c: char| !(c.is_alphanumeric() || c == '-')).next().unwrap_or("");
            let ws = head.len() - w.len();
            let fw = doc.f.folded_offset(ws);
            // (an article is no word of a name, capitalised or not: "(AFP) - Le Mali a…", "– La Russie")
            if w.chars().next().is_some_and(char::is_uppercase)
                && !doc.sentence_initial(ws)
                && !doc.covered(fw)
                && !DETERMINERS.iter().any(|d| w.eq_ignore_ascii_case(d))
            {
                return true;
            }
        }
        false
    }

    // ------------------------------------------------------------ acronyms

    fn learn_acronyms(&self, doc: &mut Doc) {
        let text = doc.text;
        doc.out.sort_by_key(|m| (m.span.start, m.span.end));
        // mentions are sorted by start and rarely overlap: look at the few before the insertion point
        fn overlapping(out: &[EntityMention], span: Span) -> bool {
            let k = out.partition_point(|m| m.span.start < span.end);
            out[k.saturating_sub(4)..k].iter().any(|m| m.span.overlaps(span))
        }
        let mut added: Vec<EntityMention> = Vec::new();
        let mut learned: Vec<(String, EntityMention)> = Vec::new();
        let mut from = 0;
        // the credit of a dateline ("NIAMEY, Niger (AFP) -") names the agency, not the place before it
        let credit = dateline_range(text).end;
        while let Some(k) = text[from..].find('(') {
            let p = from + k;
            from = p + 1;
            if p == credit && credit > 0 {
                continue;
            }
            let Some(q) = text[p + 1..].find(')').map(|x| p + 1 + x) else { break };
            let acr = &text[p + 1..q];
            let upper = acr.chars().filter(|c| c.is_uppercase()).count();
            if !(2..=10).contains(&acr.len())
                || upper < 2
                || !acr.chars().all(|c| c.is_alphanumeric() || c == '-')
                || !acr.chars().next().is_some_and(char::is_uppercase)
            {
                continue;
            }
            let acr_span = Span::new(p + 1, q);
            if added.iter().any(|m| m.span.overlaps(acr_span)) {
                continue;
            }
            if overlapping(&doc.out, acr_span) {
                // a known acronym, unless the text defines it as something else: "Reporters sans
                // frontières (RSF)" is not the KB's RSF; every reading of it in the document goes
                if !self.redefine_acronym(doc, p, acr_span) {
                    continue;
                }
            }
            let before = text[..p].trim_end().len();
            let k = doc.out.partition_point(|m| m.span.start < before);
            let def = doc.out[k.saturating_sub(4)..k].iter().rev().find(|m| m.span.end == before).cloned();
            let m = match def {
                Some(mut m) => {
                    m.span = acr_span;
                    m.source = MentionSource::Acronym;
                    m.members.clear();
                    m
                }
                None => match self.long_name(text, before, acr) {
                    Some((span, name, kind)) => {
                        let m = EntityMention {
                            span,
                            id: None,
                            name: name.clone(),
                            kind,
                            country: None,
                            source: MentionSource::Capitalized,
                            candidates: Vec::new(),
                            reason: Some("not in knowledge base".into()),
                            members: Vec::new(),
                        };
                        added.push(m.clone());
                        EntityMention { span: acr_span, source: MentionSource::Acronym, ..m }
                    }
                    None => continue,
                },
            };
            added.push(m.clone());
            if !learned.iter().any(|(a, _)| a == acr) {
                learned.push((acr.to_string(), m));
            }
        }
        for (acr, m) in learned {
            let mut from = 0;
            while let Some(k) = text[from..].find(acr.as_str()) {
                let s = from + k;
                let e = s + acr.len();
                from = e;
                let b = text[..s].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
                let a = text[e..].chars().next().is_none_or(|c| !c.is_alphanumeric());
                let span = Span::new(s, e);
                if a && b && !overlapping(&doc.out, span) && !added.iter().any(|o| o.span == span) {
                    added.push(EntityMention { span, ..m.clone() });
                }
            }
        }
        doc.out.append(&mut added);
    }

    /// "Long Form (ACR)" where ACR is already a KB mention: true (and the KB readings of ACR are
    /// removed from the whole document) when the long form is another entity: a KB one ending right
    /// before the parenthesis, or a capitalised phrase whose word initials spell ACR (or of several
    /// capitalised words) that shares no content word with the aliases of ACR's entity.
    fn redefine_acronym(&self, doc: &mut Doc, p: usize, acr_span: Span) -> bool {
        let text = doc.text;
        let k = doc.out.partition_point(|m| m.span.start < acr_span.end);
        let Some(known) = doc.out[k.saturating_sub(4)..k].iter().find(|m| m.span == acr_span) else {
            return false;
        };
        let Some(old) = known.id.clone() else { return false };
        let before = text[..p].trim_end().len();
        let kb_def = doc.out[k.saturating_sub(6)..k].iter().rev().find(|m| m.span.end == before);
        let other = match kb_def {
            Some(d) => d.id.as_ref().is_some_and(|id| *id != old),
            None => {
                let acr = &text[acr_span.start..acr_span.end];
                self.long_name(text, before, acr).is_some_and(|(span, name, _)| {
                    // the initials spell it, or a name of several capitalised words translates it
                    // ("Reporters Without Borders (RSF)")
                    let caps = name.split(' ').filter(|w| w.starts_with(char::is_uppercase)).count();
                    (initials_spell(&name, acr) || caps >= 2)
                        && !self.shares_alias_word(&old, &name)
                        && span.end == before
                })
            }
        };
        if other {
            let acr = &text[acr_span.start..acr_span.end];
            doc.out.retain(|m| {
                !(m.id.as_deref() == Some(old.as_str()) && &text[m.span.start..m.span.end] == acr)
            });
        }
        other
    }

    /// Whether a content word (4+ letters) of `name` occurs in an alias of KB entity `id`.
    fn shares_alias_word(&self, id: &str, name: &str) -> bool {
        let Some(e) = self.kb.get(id) else { return false };
        let words: Vec<String> =
            fold_str(name).split([' ', '\'', '-']).filter(|w| w.len() >= 4).map(str::to_string).collect();
        e.aliases.iter().map(|a| a.text.as_str()).chain(std::iter::once(e.name.as_str())).any(|a| {
            let fa = fold_str(a.trim_start_matches(['=', '~', '@']));
            fa.split([' ', '\'', '-']).any(|w| words.iter().any(|x| x == w))
        })
    }

    /// The capitalised phrase ending at `end` that an acronym abbreviates ("Mouvement pour le salut
    /// du Gourma (MSG)"): it starts at the farthest capitalised word, within 2×len+1 words and the
    /// same clause, whose initial is the acronym's initial.
    fn long_name(&self, text: &str, end: usize, acr: &str) -> Option<(Span, String, EntityType)> {
        let letters = acr.chars().filter(|c| c.is_alphabetic()).count();
        let a0 = veille_text::fold_str(&acr[..acr.chars().next()?.len_utf8()]);
        let mut best: Option<(usize, &str)> = None;
        for (n, (ws, w)) in word_spans_rev(&text[..end]).enumerate() {
            if n > 2 * letters + 1 || w.ends_with([',', '.', ';', ':', '!', '?', ')', '(', '»', '«']) {
                break;
            }
            let core = w
                .strip_prefix("l'")
                .or_else(|| w.strip_prefix("d'"))
                .or_else(|| w.strip_prefix("l’"))
                .unwrap_or(w);
            if core.chars().next().is_some_and(char::is_uppercase)
                && veille_text::fold_str(core).starts_with(&a0)
            {
                best = Some((ws + (w.len() - core.len()), core));
            }
        }
        let (start, first) = best?;
        let name = text[start..end].to_string();
        if name.split(' ').count() < 2 {
            return None;
        }
        let head_word = veille_text::fold_str(first);
        let kind = self
            .kb
            .ctx
            .provisional
            .iter()
            .find(|(f, _)| *f == head_word)
            .map(|x| x.1)
            .or_else(|| {
                ["front", "coordination", "rassemblement", "alliance"]
                    .contains(&head_word.as_str())
                    .then_some(EntityType::ArmedGroup)
            })
            .unwrap_or(EntityType::OtherOrg);
        Some((Span::new(start, end), name, kind))
    }
}

/// Whether the initials of the words of `name` spell `acr` in order (words whose initial is not the
/// next letter are skipped: "Conseil supérieur de la communication" spells CSC), starting with the
/// first word.
fn initials_spell(name: &str, acr: &str) -> bool {
    let mut letters = acr.chars().filter(|c| c.is_alphabetic()).map(|c| fold_str(&c.to_string()));
    let mut want = letters.next();
    for (n, w) in name.split([' ', '\'', '’', '-']).filter(|w| !w.is_empty()).enumerate() {
        let Some(l) = want.as_deref() else { break };
        let ini = fold_str(&w[..w.chars().next().map_or(0, char::len_utf8)]);
        if ini == l {
            want = letters.next();
        } else if n == 0 {
            return false;
        }
    }
    want.is_none()
}

/// Words of `s` from the end: (start byte, word), split on spaces.
fn word_spans_rev(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut end = s.len();
    std::iter::from_fn(move || {
        let t = s[..end].trim_end();
        if t.is_empty() {
            return None;
        }
        let ws = t.rfind(' ').map_or(0, |k| k + 1);
        end = ws;
        Some((ws, &t[ws..]))
    })
}

/// [`Kb::lookup`]: reads `name` as a one-line text.
pub(crate) fn lookup(kb: &Kb, name: &str, date: Option<PartialDate>) -> Vec<LookupHit> {
    let as_of = date.map(|d| d.first_day()).unwrap_or_else(today);
    let r = Recognizer::new(kb);
    let seg = veille_text::segment(name, Lang::Fr);
    let ms = r.annotate_as_of(name, &seg, Lang::Fr, as_of, None);
    let mut hits = Vec::new();
    // the mention covering most of the name
    if let Some(m) = ms.iter().max_by_key(|m| (m.span.len(), m.source == MentionSource::Role)) {
        let role_of = |id: &str| {
            kb.roles_of(id)
                .into_iter()
                .find(|r| r.when.contains(as_of))
                .map(|r| format!("{} ({}), {}", r.title_fr, r.org, r.when.fmt_range()))
        };
        match &m.id {
            Some(id) => {
                let e = kb.get(id);
                hits.push(LookupHit {
                    id: id.clone(),
                    name: m.name.clone(),
                    kind: m.kind,
                    country: m.country.clone(),
                    via: m.source,
                    role: e.filter(|e| e.kind == EntityType::Person).and_then(|_| role_of(id)),
                    note: (!m.members.is_empty()).then(|| format!("members: {}", m.members.join(", "))),
                });
            }
            None => {
                for c in &m.candidates {
                    if let Some(e) = kb.get(c) {
                        hits.push(LookupHit {
                            id: e.id.clone(),
                            name: e.name.clone(),
                            kind: e.kind,
                            country: e.country.clone(),
                            via: m.source,
                            role: role_of(c),
                            note: m.reason.clone(),
                        });
                    }
                }
            }
        }
    }
    if hits.is_empty() {
        // exact alias, ignoring case constraints ("aes", "jnim")
        let f = veille_text::fold_str(name.trim());
        for e in kb.entities() {
            if e.aliases.iter().any(|a| veille_text::fold_str(&a.text) == f) {
                hits.push(LookupHit {
                    id: e.id.clone(),
                    name: e.name.clone(),
                    kind: e.kind,
                    country: e.country.clone(),
                    via: MentionSource::Alias,
                    role: None,
                    note: None,
                });
            }
        }
        if hits.len() > 1 {
            for h in &mut hits {
                h.note = Some("ambiguous".into());
            }
        }
    }
    hits
}

/// Whether the folded text between a noun and a later name is a short prepositional chain binding the name
/// to the noun: it opens with a preposition ("de", "du", "d'", "of", "in", "à"…) and holds at most five words
/// and no punctuation ("de la région de", "of", "in the capital of").
fn complement_chain(gap: &str) -> bool {
    const PREPS: &[&str] = &["de", "du", "des", "of", "in", "a", "au", "aux", "en", "at"];
    let mut words = gap.split(' ').filter(|w| !w.is_empty());
    let Some(first) = words.next() else { return false };
    let first_ok = PREPS.contains(&first) || first.starts_with("d'");
    first_ok
        && gap.chars().all(|c| is_word_char(c) || c == ' ' || c == '\'' || c == '-')
        && gap.split(' ').filter(|w| !w.is_empty()).count() <= 5
}
