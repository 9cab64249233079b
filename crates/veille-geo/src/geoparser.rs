//! Place mentions: gazetteer hits in one pass, context cues, disambiguation.
//!
//! 1. The document is folded once ([`veille_text::fold`]) and turned into a *key text* (every
//!    non-alphanumeric char a space, same byte length). One byte trie over all name keys padded
//!    with spaces (`" tin akoff "`), walked from the space before each capitalised word, finds
//!    every whole-word gazetteer name in one pass.
//! 2. Hits must be capitalised in the text; the longest non-overlapping hits win.
//! 3. Each hit reads its context ([`crate::cues`]): locative cue, admin noun ("région de"),
//!    feature noun ("fleuve"), relative phrase ("à 30 km au nord de"), right noun ("X region").
//! 4. Unknown capitalised names after a strong cue become places "not in gazetteer" (after a
//!    loose-spelling lookup).
//! 5. Candidates are scored: prior (feature type, population), cue fit, the document's country
//!    focus, admin areas named in the document, and distance to places already resolved.

use crate::GeoError;
use crate::cues::{Context, Cues, Loc, StopKind, Word, word_after, words_before};
use crate::gazetteer::{
    FOCUS, Fnv, Gazetteer, MatchKind, Place, PlaceIdx, haversine_km, loose_key, name_key, prior,
};
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use veille_core::{EntityMention, EntityType, Lang, PlaceMention, Span};
use veille_text::ByteTrie;
use veille_text::{Segmentation, TokenKind, fold};

/// Maps and sets keyed by short strings (admin keys, country codes): FNV instead of SipHash.
type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
type FnvSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// Why a capitalised name after a cue has no gazetteer id.
pub const NOT_IN_GAZETTEER: &str = "not in gazetteer";

/// Part of the reason of a city outside the gazetteer's countries ("à Moscou"): see
/// [`is_foreign_city`].
const FOREIGN_CITY: &str = "a city abroad, in";

/// Whether a place mention is a city outside the gazetteer's countries ("à Moscou", "in Geneva"),
/// known only by name and country: where diplomacy happens, rarely the scene of a report's incidents.
pub fn is_foreign_city(m: &PlaceMention) -> bool {
    m.geonames_id.is_none() && m.reason.as_deref().is_some_and(|r| r.contains(FOREIGN_CITY))
}

/// The geoparser: a gazetteer, its name automaton and the cue lexicon. Build once, share
/// across threads (`Send + Sync`).
pub struct Geoparser<'g> {
    gaz: &'g Gazetteer,
    /// The padded name keys (" tin akoff "), walked from each space of a document's key text.
    names: ByteTrie,
    /// Pattern id → places with that key.
    pat_places: Vec<&'g [PlaceIdx]>,
    /// Pattern id → range of its padded key in `pat_arena`.
    pat_arena: String,
    pat_ranges: Vec<(u32, u32)>,
    cues: Cues,
    /// Admin key ("borno") → the first-level admin areas of that name, as (country, name).
    admin1: FnvMap<String, Vec<(&'g str, &'g str)>>,
    /// Admin key ("mayo sava", "tangaza") → the second-level admin areas of that name, as
    /// (country, admin1 name).
    admin2: FnvMap<String, Vec<(&'g str, Option<&'g str>)>>,
    /// The [`admin_key`] of every admin name of the gazetteer's admin table, made once: the
    /// resolver asks for the keys of each candidate's admin1 and admin2 names.
    admin_keys: FnvMap<&'static str, Box<str>>,
}

/// A toponym found in the text, before resolution.
#[derive(Clone, Debug)]
struct Hit {
    /// Original-text span of the toponym.
    span: Span,
    /// Folded-text span.
    fspan: (usize, usize),
    key: String,
    /// Exact candidates (from the automaton) or loose ones (unknown-name lookup).
    cands: Vec<PlaceIdx>,
    matched: MatchKind,
    ctx: Context,
    /// Claimed by an actor mention of the same extent (e.g. "Mali" as a state).
    claimed: bool,
}

impl<'g> Geoparser<'g> {
    pub fn new(gaz: &'g Gazetteer) -> Result<Geoparser<'g>, GeoError> {
        // All padded patterns (" tin akoff ") in one buffer; ranges index it.
        let mut arena = String::with_capacity(gaz.len() * 16);
        let mut ranges: Vec<(u32, u32)> = Vec::with_capacity(gaz.len() * 3 / 2);
        let mut pat_places: Vec<&'g [PlaceIdx]> = Vec::with_capacity(gaz.len() * 3 / 2);
        gaz.for_each_name_key(|k, v| {
            if k.len() < 3 || k.bytes().all(|b| b.is_ascii_digit()) {
                return;
            }
            let start = arena.len() as u32;
            arena.push(' ');
            arena.push_str(k);
            arena.push(' ');
            ranges.push((start, arena.len() as u32));
            pat_places.push(v);
        });
        // Other names of first-level areas ("Extrême-Nord"): names with no gazetteer row, so
        // that the whole name wins over a shorter one inside it ("Nord") and is read as that area
        let cues = Cues::load_default()?;
        for (_, name) in cues.admin1_names() {
            let start = arena.len() as u32;
            arena.push(' ');
            arena.push_str(&name_key(name));
            arena.push(' ');
            ranges.push((start, arena.len() as u32));
            pat_places.push(&[]);
        }
        let pats: Vec<&str> = ranges.iter().map(|&(s, e)| &arena[s as usize..e as usize]).collect();
        let names = ByteTrie::new(&pats);
        drop(pats);
        let mut admin_keys: FnvMap<&'static str, Box<str>> = FnvMap::default();
        let mut admin1: FnvMap<String, Vec<(&'g str, &'g str)>> = FnvMap::default();
        for (cc, name) in gaz.admin1_areas() {
            let k = admin_key(name);
            admin_keys.insert(name, k.as_str().into());
            admin1.entry(k).or_default().push((cc, name));
        }
        for (cc, name) in cues.admin1_names() {
            admin1.entry(admin_key(name)).or_default().push((cc, name));
        }
        for v in admin1.values_mut() {
            v.sort_unstable();
            v.dedup();
        }
        let mut admin2: FnvMap<String, Vec<(&'g str, Option<&'g str>)>> = FnvMap::default();
        for (cc, a1, name) in gaz.admin2_areas() {
            let k = admin_key(name);
            admin_keys.insert(name, k.as_str().into());
            if k.len() >= 4 && cues.stop(&k).is_none() {
                admin2.entry(k).or_default().push((cc, a1));
            }
        }
        for v in admin2.values_mut() {
            v.sort_unstable();
            v.dedup_by_key(|x| x.0);
        }
        Ok(Geoparser {
            gaz,
            names,
            pat_places,
            pat_arena: arena,
            pat_ranges: ranges,
            cues,
            admin1,
            admin2,
            admin_keys,
        })
    }

    /// A geoparser over the shared embedded gazetteer ([`Gazetteer::shared`]).
    pub fn load_default() -> Result<Geoparser<'static>, GeoError> {
        Geoparser::new(Gazetteer::shared()?)
    }

    /// The name key of pattern `pat` (without its padding spaces).
    fn pat_key(&self, pat: usize) -> &str {
        let (s, e) = self.pat_ranges[pat];
        &self.pat_arena[s as usize + 1..e as usize - 1]
    }

    pub fn gazetteer(&self) -> &'g Gazetteer {
        self.gaz
    }

    /// Heap bytes of the name automaton.
    pub fn automaton_bytes(&self) -> usize {
        self.names.memory_usage()
    }

    /// Place mentions of a document, in text order. `entities` are the actor mentions of the
    /// knowledge base (their spans are not places unless a locative cue precedes them).
    pub fn annotate(
        &self,
        text: &str,
        seg: &Segmentation,
        lang: Lang,
        entities: &[EntityMention],
    ) -> Vec<PlaceMention> {
        self.annotate_folded(text, &fold(text), seg, lang, entities)
    }

    /// As [`Geoparser::annotate`], with the document's folded text already made
    /// (`veille_text::fold(text)`), so that a pipeline folds each document once for all its
    /// lexicon matchers. `folded` must be the fold of `text`.
    pub fn annotate_folded(
        &self,
        text: &str,
        folded: &veille_text::Folded,
        seg: &Segmentation,
        lang: Lang,
        entities: &[EntityMention],
    ) -> Vec<PlaceMention> {
        let ftext = folded.text.as_str();
        // Key text: same bytes as the folded text, non-alphanumerics made spaces, padded.
        // ASCII bytes are tested as bytes; only other chars are decoded.
        let mut key = Vec::with_capacity(ftext.len() + 2);
        key.push(b' ');
        key.extend_from_slice(ftext.as_bytes());
        let mut i = 1;
        while i < key.len() {
            let b = key[i];
            if b.is_ascii() {
                if !b.is_ascii_alphanumeric() {
                    key[i] = b' ';
                }
                i += 1;
                continue;
            }
            let c = ftext[i - 1..].chars().next().unwrap_or(' ');
            let n = c.len_utf8();
            if !c.is_alphanumeric() {
                key[i..i + n].fill(b' ');
            }
            i += n;
        }
        key.push(b' ');

        // Sentence-initial word starts (original offsets): a few per document, a short list
        // searched in place of a hashed set built for each document
        let initial: Vec<usize> = seg
            .sentences
            .iter()
            .filter_map(|s| seg.tokens[s.tokens.clone()].iter().find(|t| t.kind == TokenKind::Word))
            .map(|t| t.span.start)
            .collect();

        // 1–2. Whole-word hits, capitalised, longest non-overlapping.
        let mut raw: Vec<(usize, usize, usize)> = Vec::new(); // folded start, end, pattern
        // Every padded key (" tin akoff ") occurring in the key text starts at one of its spaces,
        // right before a word (key position q + 1 = folded position q); only capitalised words
        // are kept, so the trie is walked from those alone.
        for q in 0..ftext.len() {
            if key[q] != b' ' || key[q + 1] == b' ' {
                continue;
            }
            if !text[folded.orig_start(q)..].chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            self.names.for_each_at(&key, q, |pat, end| raw.push((q, end - 2, pat as usize)));
        }
        raw.sort_by(|a, b| (b.1 - b.0).cmp(&(a.1 - a.0)).then(a.0.cmp(&b.0)));
        let mut taken: Vec<(usize, usize)> = Vec::new();
        let mut hits: Vec<Hit> = Vec::new();
        for (fs, fe, pat) in raw {
            if taken.iter().any(|&(s, e)| fs < e && s < fe) {
                continue;
            }
            taken.push((fs, fe));
            hits.push(Hit {
                span: Span::new(folded.orig_start(fs), folded.orig_end(fe)),
                fspan: (fs, fe),
                key: self.pat_key(pat).to_string(),
                cands: self.pat_places[pat].to_vec(),
                matched: MatchKind::Exact,
                ctx: Context::default(),
                claimed: false,
            });
        }

        // A hit followed by a capitalised word may be the head of a longer name spelt
        // differently ("Fada Ngourma" for "Fada N'Gourma"): the loose key of both words decides.
        for h in &mut hits {
            let Some(next) = next_word(text, h.span.end) else { continue };
            let whole = Span::new(h.span.start, next.end);
            let k = name_key(whole.slice(text));
            let lp = self.gaz.by_loose_key(&loose_key(&k));
            if !lp.is_empty() {
                h.span = whole;
                h.fspan = (h.fspan.0, folded.folded_offset(next.end));
                h.key = k;
                h.cands = lp.to_vec();
                h.matched = MatchKind::Loose;
            }
        }
        let hits: Vec<Hit> = {
            // extensions may now overlap a following hit: keep the first
            let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
            let mut sorted = hits;
            sorted.sort_by_key(|h| h.span.start);
            for h in sorted {
                if out.last().is_some_and(|p: &Hit| p.span.overlaps(h.span)) {
                    continue;
                }
                out.push(h);
            }
            out
        };

        // 4. Unknown capitalised names after a cue.
        // Spans already taken (gazetteer hits, actor mentions), merged into sorted disjoint
        // intervals so that each token is checked by binary search.
        let blocked = merge_spans(
            hits.iter()
                .map(|h| h.span)
                .chain(entities.iter().filter(|e| e.kind != EntityType::Place).map(|e| e.span)),
        );
        let covered = |s: Span, _hits: &[Hit]| {
            let k = blocked.partition_point(|b| b.end <= s.start);
            k < blocked.len() && blocked[k].start < s.end
        };
        let mut extra = Vec::new();
        let toks = &seg.tokens;
        let mut t = 0;
        while t < toks.len() {
            let tok = toks[t];
            let first = text[tok.span.start..].chars().next().unwrap_or(' ');
            if tok.kind != TokenKind::Word || !first.is_uppercase() || covered(tok.span, &hits) {
                t += 1;
                continue;
            }
            // a run of capitalised words ("Tin Hama", "Ouro Guélobé")
            let mut end = t + 1;
            while end < toks.len()
                && toks[end].kind == TokenKind::Word
                && (toks[end].span.start == toks[end - 1].span.end
                    || (toks[end].span.start == toks[end - 1].span.end + 1
                        && text.as_bytes()[toks[end - 1].span.end] == b' '))
                && text[toks[end].span.start..].chars().next().is_some_and(char::is_uppercase)
                && !covered(toks[end].span, &hits)
                && end - t < 4
            {
                end += 1;
            }
            let span = Span::new(tok.span.start, toks[end - 1].span.end);
            t = end;
            let word = span.slice(text);
            let letters = word.chars().filter(|c| c.is_alphabetic()).count();
            if letters < 3 || word.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) {
                continue; // acronyms are organisations, not places
            }
            let k = name_key(word);
            let first_word = k.split(' ').next().unwrap_or("");
            if self.cues.stop(&k).is_some()
                || self.cues.stop(first_word) == Some(StopKind::Title)
                || self.cues.is_demonym(&k)
            {
                continue;
            }
            let fs = folded.folded_offset(span.start);
            let fe = folded.folded_offset(span.end);
            let ctx = self.context(ftext, fs, fe, lang);
            let prev_word = words_before(ftext, fs, 1);
            let known_only = prev_word.first().is_some_and(|w| self.cues.known_only_after(w.text, lang));
            let strong = (matches!(ctx.loc, Some(Loc::Strong | Loc::Near)) && !known_only)
                || ctx.admin.is_some()
                || ctx.relative();
            let feature_p = ctx.feature.is_some_and(|f| f.contains('P'));
            let lp = if k.len() >= 4 { self.gaz.by_loose_key(&loose_key(&k)) } else { &[] };
            // a spelling variant at the head of a sentence, said to be hit ("Tinzaouatène a été
            // bombardée"): a place of the reports' area
            let initial_hit = initial.contains(&span.start)
                && lp.iter().any(|&c| SAHEL.contains(&self.gaz.place(c).country))
                && self.cues.place_verb_follows(&ftext[fe..]);
            if !lp.is_empty() && (strong || feature_p || ctx.loc == Some(Loc::Weak) || initial_hit) {
                extra.push(Hit {
                    span,
                    fspan: (fs, fe),
                    key: k,
                    cands: lp.to_vec(),
                    matched: MatchKind::Loose,
                    ctx,
                    claimed: false,
                });
            } else if strong || feature_p {
                extra.push(Hit {
                    span,
                    fspan: (fs, fe),
                    key: k,
                    cands: Vec::new(),
                    matched: MatchKind::Loose,
                    ctx,
                    claimed: false,
                });
            }
        }
        // Places found by another stage (the NER tagger's LOC spans, a KB place) that the
        // gazetteer and the cues missed: kept as places, resolved by spelling if possible.
        for e in entities.iter().filter(|e| e.kind == EntityType::Place) {
            if e.span.is_empty()
                || e.span.end > text.len()
                || !text.is_char_boundary(e.span.start)
                || !text.is_char_boundary(e.span.end)
            {
                continue;
            }
            // the name itself: its capitalised words ("the Anzourou area" → "Anzourou"); a span
            // with none ("They came", "American diplomat" → a demonym) is no place
            let Some(span) = self.name_core(text, e.span) else { continue };
            if hits.iter().chain(&extra).any(|h| h.span.overlaps(span))
                // "l'État islamique en Afrique de l'Ouest (Iswap)", "(ActuNiger)": a name alone
                // in parentheses glosses the name before it (an acronym, an outlet)
                || parenthesised(text, span)
            {
                continue;
            }
            let k = name_key(span.slice(text));
            if k.len() < 3 || self.cues.stop(&k).is_some() || self.cues.is_demonym(&k) {
                continue;
            }
            let e = EntityMention { span, ..e.clone() };
            let (fs, fe) = (folded.folded_offset(e.span.start), folded.folded_offset(e.span.end));
            let exact = self.gaz.by_key(&k);
            let (cands, matched) = if !exact.is_empty() {
                (exact.to_vec(), MatchKind::Exact)
            } else if k.len() >= 4 {
                (self.gaz.by_loose_key(&loose_key(&k)).to_vec(), MatchKind::Loose)
            } else {
                (Vec::new(), MatchKind::Loose)
            };
            extra.push(Hit {
                span: e.span,
                fspan: (fs, fe),
                key: k,
                cands,
                matched,
                ctx: self.context(ftext, fs, fe, lang),
                claimed: false,
            });
        }

        // 3. Context of the gazetteer hits; claims by actor mentions; stop names.
        let mut kept: Vec<Hit> = Vec::with_capacity(hits.len() + extra.len());
        for mut h in hits {
            h.ctx = self.context(ftext, h.fspan.0, h.fspan.1, lang);
            let claim = entities.iter().find(|e| e.span.overlaps(h.span) && e.kind != EntityType::Place);
            if let Some(e) = claim {
                let same = e.span == h.span || (h.span.contains(e.span) && e.kind == EntityType::Country);
                let cue = matches!(h.ctx.loc, Some(Loc::Strong | Loc::Near)) || h.ctx.relative();
                // "le lac Tchad", "Lake Chad": a feature noun before a state's name makes it
                // geography, whatever the actor layer read
                let feature =
                    e.kind == EntityType::Country && h.ctx.feature.is_some_and(|f| !f.contains('A'));
                if !(same && (cue || feature)) {
                    continue;
                }
                h.claimed = true;
            }
            kept.push(h);
        }
        kept.extend(extra);
        kept.sort_by_key(|h| h.span.start);

        // Lists inherit the cue of their head: "les régions de Gao, Tombouctou et Kidal".
        for i in 1..kept.len() {
            let c = &kept[i].ctx;
            if c.admin.is_some()
                || c.feature.is_some()
                || c.relative()
                || matches!(c.loc, Some(Loc::Strong | Loc::Near))
            {
                continue;
            }
            let gap = &ftext[kept[i - 1].fspan.1..kept[i].fspan.0];
            let g = gap.trim();
            if matches!(
                g,
                "," | "et"
                    | ", et"
                    | "and"
                    | ", and"
                    | "ou"
                    | "or"
                    | "et de"
                    | "et d"
                    | "et du"
                    | "et de la"
                    | "et des"
            ) {
                let prev = kept[i - 1].ctx.clone();
                kept[i].ctx.loc = prev.loc.filter(|l| *l != Loc::Near).or(prev.loc.map(|_| Loc::Strong));
                kept[i].ctx.admin = prev.admin;
                kept[i].ctx.feature = prev.feature;
            }
        }

        // Stop names and weak, person-like hits.
        let mut final_hits = Vec::with_capacity(kept.len());
        for (i, h) in kept.iter().enumerate() {
            let cue_admin = h.ctx.admin.is_some() || h.ctx.feature.is_some();
            let cue_loc = matches!(h.ctx.loc, Some(Loc::Strong | Loc::Near)) || h.ctx.relative();
            match self.cues.stop(&h.key) {
                Some(StopKind::Never | StopKind::Title) => continue,
                Some(StopKind::Cue) if !cue_admin => continue,
                Some(StopKind::Person) if !(cue_admin || cue_loc) => continue,
                _ => {}
            }
            let dateline = initial.contains(&h.span.start) && is_dateline(text, h.span.end);
            if !cue_loc && !cue_admin && !dateline && looks_like_acronym(h.span.slice(text)) {
                continue; // "FAMa", "FLA", "EIGS": organisations
            }
            if !cue_loc && !cue_admin && self.after_title(text, folded, h.fspan.0) {
                continue; // "le colonel Kofi Togo", "President Bamba"
            }
            if !cue_loc && !cue_admin && after_open_quote(text, h.span.start) {
                continue; // « Loko », "Help for All": names of organisations, festivals
            }
            if !cue_admin && self.cues.institution(ftext, h.fspan.0, h.fspan.1) {
                continue; // "le palais de Koulouba": the presidency, not where things happen
            }
            if in_lowercase_compound(text, h.span.start) {
                continue; // "Ile-de-France"
            }
            if !cue_admin
                && (h.cands.iter().any(|&c| self.gaz.place(c).is_country())
                    || self.cues.foreign_city(&h.key).is_some())
                && self.cues.border(ftext, h.fspan.0, h.fspan.1)
            {
                continue; // "près de la frontière avec le Niger": not where it happened
            }
            if h.ctx.admin.is_some() && self.cues.border(ftext, h.fspan.0, h.fspan.1) {
                continue; // "près de la frontière avec la wilaya du Hodh Ech Chargui": neither
            }
            if h.matched == MatchKind::Exact && !h.ctx.any() {
                let best = h.cands.iter().map(|&c| prior(self.gaz.place(c))).fold(0.0f32, f32::max);
                let sentence_initial = initial.contains(&h.span.start);
                let prev_cap = i > 0 && kept[i - 1].span.end + 1 >= h.span.start;
                let next_cap = capitalised_word_follows(text, h.span.end);
                let before_cap =
                    capitalised_word_precedes(text, h.span.start).is_some_and(|w| !initial.contains(&w));
                let initial_place = sentence_initial
                    && !next_cap
                    && h.cands.iter().any(|&c| SAHEL.contains(&self.gaz.place(c).country))
                    && (self.cues.place_verb_follows(&ftext[h.fspan.1..])
                        || coordinated_place(&kept, i, ftext)
                        || kept
                            .iter()
                            .any(|o| o.key == h.key && o.span.start != h.span.start && o.ctx.any()));
                if best < 0.45
                    && !dateline
                    && !initial_place
                    && (sentence_initial || next_cap || (before_cap && !prev_cap))
                {
                    continue; // a village name in a person name or a heading word: too weak
                }
                let country = h.cands.iter().any(|&c| self.gaz.place(c).is_country());
                if before_cap && !prev_cap && !country {
                    continue; // "Anissa Kaja", "Radio Niamey": part of another name
                }
            }
            final_hits.push(i);
        }
        let hits: Vec<&Hit> = final_hits.iter().map(|&i| &kept[i]).collect();
        self.resolve(text, folded, &hits, entities)
    }

    /// A person title before the name, maybe with given names between ("Colonel Kofi Togo").
    fn after_title(&self, text: &str, folded: &veille_text::Folded, fs: usize) -> bool {
        let words = words_before(&folded.text, fs, 3);
        for w in &words {
            if self.cues.stop(w.text) == Some(StopKind::Title) {
                return true;
            }
            let o = folded.orig_start(w.start);
            if !text[o..].chars().next().is_some_and(char::is_uppercase) {
                return false;
            }
        }
        false
    }

    /// The longest run of capitalised words in `span`, with name particles ("de", "el", "of")
    /// allowed between them; words are joined by spaces, hyphens or apostrophes only. `None`
    /// when the span has no capitalised word.
    fn name_core(&self, text: &str, span: Span) -> Option<Span> {
        let s = span.slice(text);
        let mut best: Option<(usize, usize)> = None;
        let mut run: Option<(usize, usize)> = None; // start, end of the run's last capitalised word
        let mut i = 0;
        let mut buf = String::new();
        while i < s.len() {
            let rest = &s[i..];
            let Some(c) = rest.chars().next() else { break };
            if !c.is_alphanumeric() {
                if !c.is_whitespace() && !matches!(c, '-' | '\'' | '’') {
                    // a comma, a full stop, a bracket ends a name
                    if let Some(r) = run.take()
                        && best.is_none_or(|b| r.1 - r.0 > b.1 - b.0)
                    {
                        best = Some(r);
                    }
                }
                i += c.len_utf8();
                continue;
            }
            let len = rest.find(|ch: char| !ch.is_alphanumeric()).unwrap_or(rest.len());
            let word = &rest[..len];
            let (ws, we) = (i, i + len);
            i = we;
            if c.is_uppercase() || (c.is_numeric() && run.is_some()) {
                run = Some(run.map_or((ws, we), |r| (r.0, we)));
                continue;
            }
            buf.clear();
            buf.push_str(&word.to_lowercase());
            if run.is_some() && self.cues.is_name_particle(&buf) {
                continue; // kept only if a capitalised word follows
            }
            if let Some(r) = run.take()
                && best.is_none_or(|b| r.1 - r.0 > b.1 - b.0)
            {
                best = Some(r);
            }
        }
        if let Some(r) = run
            && best.is_none_or(|b| r.1 - r.0 > b.1 - b.0)
        {
            best = Some(r);
        }
        best.map(|(a, b)| Span::new(span.start + a, span.start + b))
    }

    fn context(&self, ftext: &str, fs: usize, fe: usize, lang: Lang) -> Context {
        let words: Vec<Word<'_>> = words_before(ftext, fs, 10);
        let mut ctx = self.cues.left(&words, lang);
        self.cues.right(word_after(ftext, fe), &mut ctx);
        ctx
    }

    /// 5. Scores candidates and builds the mentions.
    fn resolve(
        &self,
        text: &str,
        folded: &veille_text::Folded,
        hits: &[&Hit],
        entities: &[EntityMention],
    ) -> Vec<PlaceMention> {
        let gaz = self.gaz;
        // Document focus: countries named, and the countries of strong candidates. Each hit's
        // own contribution is left out when it is scored (an ambiguous "Niger" must not vote
        // for itself).
        let mut focus: FnvMap<&str, f32> = FnvMap::default();
        let mut own: Vec<Option<(&str, f32)>> = Vec::with_capacity(hits.len());
        for h in hits {
            let mut best: Option<(&Place, f32)> = None;
            for &c in &h.cands {
                let p = gaz.place(c);
                let s = prior(p);
                if best.is_none_or(|(_, b)| s > b) {
                    best = Some((p, s));
                }
            }
            own.push(best.map(|(p, s)| {
                let w = if p.is_country() {
                    // "le lac Tchad" is a lake, not a mention of the country
                    if h.ctx.feature.is_some_and(|f| !f.contains('A')) { 0.0 } else { 1.0 }
                } else if s >= 0.55 {
                    0.5
                } else {
                    0.0
                };
                *focus.entry(p.country).or_default() += w;
                (p.country, w)
            }));
        }
        // State actors named in the text (armies, governments, ministries with a country) say
        // which country the document is about as much as its places do.
        for e in entities {
            if let Some(cc) = e.country.as_deref().filter(|_| e.kind == EntityType::StateForce)
                && let Some(c) = gaz.country(cc)
            {
                *focus.entry(c.iso2).or_default() += 0.5;
            }
        }
        let focus_total: f32 = focus.values().sum();
        // Countries some place of the document lies in: a state's forces alone (an army named
        // like another's, "le BIR") do not make the document about their state.
        let placed: FnvSet<&str> = own.iter().flatten().filter(|&&(_, w)| w > 0.0).map(|&(c, _)| c).collect();
        // The one country the document is about: most of the evidence, at least a country named
        // or two strong places.
        let dominant: Option<&str> = focus
            .iter()
            .filter(|&(c, &w)| w >= 1.0 && w >= 0.66 * focus_total && placed.contains(c))
            .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(&c, _)| c);
        // Admin names present in the document (keys), to favour places inside them.
        let doc_keys: FnvSet<&str> = hits.iter().map(|h| h.key.as_str()).collect();

        // Everything but the proximity to anchors, once per candidate (both passes share it).
        let base: Vec<Vec<(PlaceIdx, f32)>> = hits
            .iter()
            .enumerate()
            .map(|(hi, h)| {
                h.cands
                    .iter()
                    .map(|&c| {
                        let p = gaz.place(c);
                        let mut s = self.fit(p, &h.ctx);
                        if h.matched == MatchKind::Loose {
                            s *= 0.85;
                        }
                        let (own_cc, own_w) = own[hi].unwrap_or(("", 0.0));
                        let total = focus_total - own_w;
                        if total > 0.0 {
                            let mut f = focus.get(p.country).copied().unwrap_or(0.0);
                            if p.country == own_cc {
                                f -= own_w;
                            }
                            s += 0.3 * f / total;
                        }
                        if !p.is_country() {
                            let a1 = gaz.admin1_name(p).map(|n| self.admin_key_of(n));
                            let a2 = gaz.admin2_name(p).map(|n| self.admin_key_of(n));
                            if [a1.as_deref(), a2.as_deref()]
                                .into_iter()
                                .flatten()
                                .any(|k| k != h.key && doc_keys.contains(k))
                            {
                                s += if p.is_admin() { 0.1 } else { 0.25 };
                            }
                            // the seat of "le cercle de Koro" lies in the cercle of that name
                            // (or bears that name itself, not as an alternate)
                            if h.ctx.seat
                                && p.is_populated()
                                && (a2.as_deref() == Some(h.key.as_str()) || name_key(p.name) == h.key)
                            {
                                s += 0.2;
                            }
                        }
                        (c, s)
                    })
                    .collect()
            })
            .collect();
        let score_all = |anchors: &[(usize, (f64, f64))]| -> Vec<Vec<(PlaceIdx, f32)>> {
            base.iter()
                .enumerate()
                .map(|(hi, cands)| {
                    let mut v: Vec<(PlaceIdx, f32)> = cands
                        .iter()
                        .map(|&(c, mut s)| {
                            let p = gaz.place(c);
                            if let Some(xy) = p.coords() {
                                // anchors are in text order: the 12 mentions either side count
                                let k = anchors.partition_point(|(ai, _)| *ai < hi);
                                let near = &anchors[k.saturating_sub(12)..(k + 12).min(anchors.len())];
                                let d = near
                                    .iter()
                                    .filter(|(ai, _)| *ai != hi)
                                    .map(|(_, a)| haversine_km(xy, *a))
                                    .fold(f64::INFINITY, f64::min);
                                s += if d < 30.0 {
                                    0.3
                                } else if d < 100.0 {
                                    0.2
                                } else if d < 300.0 {
                                    0.1
                                } else {
                                    0.0
                                };
                            }
                            (c, s)
                        })
                        .collect();
                    v.sort_by(|a, b| b.1.total_cmp(&a.1).then(gaz.place(a.0).id.cmp(&gaz.place(b.0).id)));
                    v
                })
                .collect()
        };
        // First pass without proximity; confident, non-country, non-region choices become anchors.
        let first = score_all(&[]);
        let anchors: Vec<(usize, (f64, f64))> = first
            .iter()
            .enumerate()
            .filter_map(|(hi, v)| {
                let (c, s) = *v.first()?;
                let margin = s - v.get(1).map_or(0.0, |x| x.1);
                let p = gaz.place(c);
                (margin > 0.15 && !p.is_country() && p.admin_level() != Some(1)).then_some((hi, p.coords()?))
            })
            .collect();
        let scored = score_all(&anchors);

        let mut out = Vec::with_capacity(hits.len());
        for (h, v) in hits.iter().zip(scored) {
            let span = match h.ctx.phrase_start {
                Some(ps) if h.ctx.relative() => Span::new(folded.orig_start(ps), h.span.end),
                _ => h.span,
            };
            let surface = h.span.slice(text).to_string();
            // Only villages of other countries, none of which the document names, while it is
            // about one country whose villages the gazetteer does not hold ("Hamdallaye" in an
            // article on Conakry is not the Nigerien village): the name is a place of that country
            // that the gazetteer lacks.
            let foreign_homonym = dominant.filter(|y| {
                !FOCUS.contains(y)
                    && !v.is_empty()
                    && v.iter().all(|&(c, _)| {
                        let p = gaz.place(c);
                        !p.is_country()
                            && p.country != *y
                            && prior(p) < 0.45
                            && focus.get(p.country).copied().unwrap_or(0.0) == 0.0
                    })
            });
            // An unknown name after an admin or settlement noun ("la province du Lac", "le village
            // de Tchoukoutalia") is a unit of the country the document is about.
            let unknown_country = if v.is_empty()
                && (h.ctx.admin.is_some() || h.ctx.feature.is_some_and(|f| f.contains('P')))
            {
                dominant
            } else {
                None
            };
            // "le lac Tchad", "Lake Chad": a lake or a river named like a country is not the
            // country; it is the document's country when it is about one, else unknown
            let feature_like_country = v.first().is_some_and(|&(c, _)| gaz.place(c).is_country())
                && h.ctx.feature.is_some_and(|f| !f.contains('A'));
            let unknown_country = if feature_like_country { dominant } else { unknown_country };
            // "à Moscou", "in Geneva": a city of a state outside the gazetteer's countries (or
            // one the gazetteer only knows as a hamlet of the area) is a place of that state
            let foreign_city = self.cues.foreign_city(&h.key).filter(|_| {
                h.ctx.admin.is_none()
                    && v.iter().all(|&(c, _)| {
                        let p = gaz.place(c);
                        !p.is_country() && !p.is_admin() && prior(p) < 0.45
                    })
            });
            if let Some(cc) = foreign_city {
                // "Paris's interests", "Moscow's influence": a capital abroad as a possessor stands
                // for its state, it is no place
                let rest = &text[h.span.end..];
                if rest.starts_with("'s") || rest.starts_with("’s") {
                    continue;
                }
                out.push(PlaceMention {
                    span,
                    name_span: h.span,
                    name: surface,
                    geonames_id: None,
                    country: Some(cc.to_string()),
                    admin1: None,
                    admin2: None,
                    lat: None,
                    lon: None,
                    feature_class: Some("P".to_string()),
                    feature_code: None,
                    precision: if h.ctx.relative() || h.ctx.loc == Some(Loc::Near) { 2 } else { 1 },
                    offset_km: h.ctx.offset_km,
                    bearing: h.ctx.bearing.map(str::to_string),
                    score: 0.5,
                    reason: Some(format!("{NOT_IN_GAZETTEER} ({FOREIGN_CITY} {cc})")),
                });
                continue;
            }
            if let Some((cc, name)) = self.admin1_area(h, &v, dominant) {
                out.push(PlaceMention {
                    span,
                    name_span: h.span,
                    name: name.to_string(),
                    geonames_id: None,
                    country: Some(cc.to_string()),
                    admin1: Some(name.to_string()),
                    admin2: None,
                    lat: None,
                    lon: None,
                    feature_class: Some("A".to_string()),
                    feature_code: Some("ADM1".to_string()),
                    precision: 3,
                    offset_km: h.ctx.offset_km,
                    bearing: h.ctx.bearing.map(str::to_string),
                    score: 0.5,
                    reason: Some(format!("{NOT_IN_GAZETTEER} (a first-level admin area of the admin table)")),
                });
                continue;
            }
            // "Tangaza", "le Mayo-Sava": a name the gazetteer lacks that is a second-level admin
            // area of the admin table (a Nigerian LGA, a Cameroonian department) lies in its country
            if let Some((cc, a1)) = self.admin2_area(h, &v, dominant) {
                out.push(PlaceMention {
                    span,
                    name_span: h.span,
                    name: surface,
                    geonames_id: None,
                    country: Some(cc.to_string()),
                    admin1: a1.map(str::to_string),
                    admin2: None,
                    lat: None,
                    lon: None,
                    feature_class: Some("A".to_string()),
                    feature_code: Some("ADM2".to_string()),
                    precision: if h.ctx.relative() || h.ctx.loc == Some(Loc::Near) { 2 } else { 1 },
                    offset_km: h.ctx.offset_km,
                    bearing: h.ctx.bearing.map(str::to_string),
                    score: 0.4,
                    reason: Some(format!(
                        "{NOT_IN_GAZETTEER} (a second-level admin area of the admin table)"
                    )),
                });
                continue;
            }
            if v.is_empty() || foreign_homonym.is_some() || feature_like_country {
                let reason = match foreign_homonym {
                    Some(y) => format!(
                        "{NOT_IN_GAZETTEER} for {y} (homonyms only in countries the document does not name)"
                    ),
                    None if feature_like_country => {
                        format!("{NOT_IN_GAZETTEER} (a feature named like a country)")
                    }
                    None => NOT_IN_GAZETTEER.to_string(),
                };
                out.push(PlaceMention {
                    span,
                    name_span: h.span,
                    name: surface,
                    geonames_id: None,
                    country: foreign_homonym.or(unknown_country).map(str::to_string),
                    admin1: None,
                    admin2: None,
                    lat: None,
                    lon: None,
                    feature_class: None,
                    feature_code: None,
                    precision: if h.ctx.relative() || h.ctx.loc == Some(Loc::Near) { 2 } else { 1 },
                    offset_km: h.ctx.offset_km,
                    bearing: h.ctx.bearing.map(str::to_string),
                    score: 0.0,
                    reason: Some(reason),
                });
                continue;
            }
            let (best, s1) = v[0];
            let s2 = v.get(1).map_or(0.0, |x| x.1);
            let p = gaz.place(best);
            let conf = (s1 / 1.4).clamp(0.0, 1.0)
                * if v.len() > 1 { 0.6 + 0.4 * ((s1 - s2) / 0.3).min(1.0) } else { 1.0 };
            let precision = precision_of(p, &h.ctx);
            let name =
                if p.is_country() { gaz.country(p.country).map_or(p.name, |c| c.name) } else { p.name };
            out.push(PlaceMention {
                span,
                name_span: h.span,
                name: name.to_string(),
                geonames_id: Some(p.id),
                country: Some(p.country.to_string()),
                admin1: gaz.admin1_name(p).map(str::to_string),
                admin2: gaz.admin2_name(p).map(str::to_string),
                lat: p.lat,
                lon: p.lon,
                feature_class: Some(p.fclass.to_string()),
                feature_code: Some(p.fcode.to_string()),
                precision,
                offset_km: h.ctx.offset_km,
                bearing: h.ctx.bearing.map(str::to_string),
                score: (conf * 1000.0).round() / 1000.0,
                reason: None,
            });
        }
        out
    }

    /// "Borno state", "l'État de Zamfara", "in Benue": a name read as a state or region (an admin
    /// cue of level 1), one the gazetteer lacks, or one it only knows as a look-alike, that is the
    /// name of a first-level admin area of the admin table (Nigerian states and Chadian provinces
    /// have no gazetteer rows) is that area — not a village of the same name elsewhere. A country
    /// or an admin area among the candidates keeps them; a name found in several countries needs
    /// the document to be about one of them.
    fn admin1_area(
        &self,
        h: &Hit,
        v: &[(PlaceIdx, f32)],
        dominant: Option<&str>,
    ) -> Option<(&'g str, &'g str)> {
        let cued = h.ctx.admin == Some(1);
        if !(cued || v.is_empty() || h.matched == MatchKind::Loose) {
            return None;
        }
        if !cued && self.cues.stop(&h.key).is_some() {
            return None;
        }
        if v.iter().any(|&(c, _)| {
            let p = self.gaz.place(c);
            p.is_country() || p.is_admin()
        }) {
            return None;
        }
        match self.admin1.get(admin_key(&h.key).as_str())?.as_slice() {
            [one] => Some(*one),
            many => many.iter().find(|(cc, _)| Some(*cc) == dominant).copied(),
        }
    }

    /// An unknown name (no gazetteer candidate at all) that is the name of a second-level admin
    /// area of the admin table: its country and first-level area. A name found in several
    /// countries needs the document to be about one of them.
    fn admin2_area(
        &self,
        h: &Hit,
        v: &[(PlaceIdx, f32)],
        dominant: Option<&str>,
    ) -> Option<(&'g str, Option<&'g str>)> {
        if !v.is_empty() || self.cues.stop(&h.key).is_some() {
            return None;
        }
        match self.admin2.get(admin_key(&h.key).as_str())?.as_slice() {
            [one] => Some(*one),
            many => many.iter().find(|(cc, _)| Some(*cc) == dominant).copied(),
        }
    }

    /// Prior plus fit to the cue context.
    fn fit(&self, p: &Place, ctx: &Context) -> f32 {
        let mut s = prior(p);
        if let Some(level) = ctx.admin {
            match p.admin_level() {
                // "le cercle de Koro": the seat town, then the unit
                _ if ctx.seat && p.is_populated() => s += 0.6,
                Some(l) if ctx.seat && l == level => s += 0.25,
                Some(l) if l == level => s += 0.6,
                Some(_) => s += 0.25,
                None if level >= 3 && p.is_populated() => s += 0.2,
                None if p.is_country() => s -= 0.1,
                None => s -= 0.3,
            }
        } else if let Some(classes) = ctx.feature {
            if classes.contains(p.fclass) {
                s += 0.6;
            } else {
                s -= 0.3;
            }
        } else {
            if p.is_admin() {
                s -= 0.2; // "à Gao", "Gao": the town, not the region
                // "près de Karimama": the town a second-level area is named after, not the area
                // (whose point, a centroid, may lie nearer the document's other places)
                if p.admin_level().is_some_and(|l| l >= 2) {
                    s -= 0.1;
                }
            }
            match p.fclass {
                "P" | "A" => {}
                _ => s -= 0.15,
            }
            if p.fcode == "AIRP" {
                s -= 0.2;
            }
        }
        if FOCUS.contains(&p.country) {
            s += 0.05;
        }
        s
    }
}

/// Precision per docs/output-format.md: 3 for countries, regions, provinces/cercles and large
/// features (rivers, massifs, natural regions, reserves); 2 for communes, lakes, and any place
/// read with "near"/an offset/a bearing; 1 for the place itself.
fn precision_of(p: &Place, ctx: &Context) -> u8 {
    let large = matches!(
        (p.fclass, p.fcode),
        ("H", "STM")
            | ("T", "MTS" | "PLAT")
            | ("L", "RGN" | "AREA" | "PRK" | "RESF" | "RESW")
            | ("V", "FRST")
    );
    if p.is_country() || matches!(p.admin_level(), Some(1 | 2)) || large {
        3
    } else if ctx.relative() || ctx.loc == Some(Loc::Near) || p.is_admin() || p.fclass == "H" {
        2
    } else {
        1
    }
}

impl Geoparser<'_> {
    /// [`admin_key`] of an admin name of the gazetteer, from the table made at load.
    fn admin_key_of(&self, name: &'static str) -> std::borrow::Cow<'_, str> {
        match self.admin_keys.get(name) {
            Some(k) => std::borrow::Cow::Borrowed(k),
            None => std::borrow::Cow::Owned(admin_key(name)),
        }
    }
}

/// Key of an admin name without its affix ("Cercle de Ménaka" → "menaka").
fn admin_key(name: &str) -> String {
    let k = name_key(name);
    for pre in [
        "region de ",
        "region du ",
        "cercle de ",
        "cercle du ",
        "departement de ",
        "departement d ",
        "province du ",
        "province de la ",
        "province de l ",
        "province de ",
        "province des ",
    ] {
        if let Some(r) = k.strip_prefix(pre) {
            return r.to_string();
        }
    }
    for suf in [" region", " cercle", " department", " province", " state"] {
        if let Some(r) = k.strip_suffix(suf) {
            return r.to_string();
        }
    }
    k
}

/// Whether a place mention is a dateline ("NIAMEY, 12 mars (AFP) –", "Bamako — ", "DJIBO :"):
/// the first word of a line followed by a dash, colon or parenthesis, possibly after a date.
/// The event extractor should not take a dateline as the place where an event happened.
pub fn is_dateline_mention(text: &str, m: &PlaceMention) -> bool {
    let line_start = text[..m.name_span.start].rfind('\n').map_or(0, |i| i + 1);
    if !text[line_start..m.name_span.start].trim().is_empty() {
        return false;
    }
    if is_dateline(text, m.name_span.end) {
        return true;
    }
    // "NIAMEY, 12 mars (AFP) -": a comma, then a short date, then the mark, before any full stop.
    let rest = &text[m.name_span.end..];
    let Some(after_comma) = rest.strip_prefix(',') else { return false };
    let head: String = after_comma.chars().take(40).collect();
    let cut = head.find(['.', '\n']).unwrap_or(head.len());
    let head = &head[..cut];
    head.chars().any(|c| c.is_ascii_digit()) && head.contains(['(', '—', '–', ':'])
}

/// Sorted, disjoint union of spans.
fn merge_spans(spans: impl Iterator<Item = Span>) -> Vec<Span> {
    let mut v: Vec<Span> = spans.filter(|s| !s.is_empty()).collect();
    v.sort_unstable();
    let mut out: Vec<Span> = Vec::with_capacity(v.len());
    for s in v {
        match out.last_mut() {
            Some(l) if s.start <= l.end => l.end = l.end.max(s.end),
            _ => out.push(s),
        }
    }
    out
}

/// The span is all that stands between a pair of parentheses: "(Iswap)", "( ActuNiger )".
fn parenthesised(text: &str, s: Span) -> bool {
    text[..s.start].trim_end().ends_with('(') && text[s.end..].trim_start().starts_with(')')
}

/// An opening quotation mark right before `start` (with at most a space between).
fn after_open_quote(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\u{a0}', '\u{202f}']);
    before.ends_with(['"', '«', '“', '„'])
}

/// Preceded by a hyphen joined to a lower-case word: "Ile-de-France", "Saint-Louis-du-Sénégal".
fn in_lowercase_compound(text: &str, start: usize) -> bool {
    let Some(before) = text[..start].strip_suffix('-') else { return false };
    let w = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    w.chars().next().is_some_and(char::is_lowercase)
}

/// "FAMa", "EIGS", "FLA": an inner capital in a single word, or a short all-capital word.
fn looks_like_acronym(s: &str) -> bool {
    if s.contains([' ', '-', '\'', '’']) {
        return false;
    }
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    let all_caps = letters.iter().all(|c| c.is_uppercase());
    let inner_cap = letters.iter().skip(1).any(|c| c.is_uppercase());
    (all_caps && letters.len() <= 5) || (inner_cap && !all_caps)
}

/// A dateline or headline place: the sentence's first word followed by ":", "—" or "(".
fn is_dateline(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start_matches([' ', ',']);
    rest.starts_with([':', '—', '–', '(']) || rest.starts_with("- ")
}

/// The capitalised word right after `end` (one space, hyphen or apostrophe between).
fn next_word(text: &str, end: usize) -> Option<Span> {
    let rest = &text[end..];
    let mut it = rest.char_indices();
    let (_, sep) = it.next()?;
    if !matches!(sep, ' ' | '-' | '\'' | '’') {
        return None;
    }
    let start = end + sep.len_utf8();
    let first = text[start..].chars().next()?;
    if !first.is_uppercase() {
        return None;
    }
    let len = text[start..].find(|c: char| !c.is_alphanumeric()).unwrap_or(text.len() - start);
    (len >= 2).then(|| Span::new(start, start + len))
}

/// Countries whose small localities a sentence-initial name may be (the reports' area).
const SAHEL: &[&str] = &["ML", "BF", "NE", "TD", "MR"];

/// Whether the hit `i` is joined by "et"/"and"/"," to the next place hit
/// ("Tessalit et Aguelhok ont été visés").
fn coordinated_place(kept: &[Hit], i: usize, ftext: &str) -> bool {
    let joined = |a: &Hit, b: &Hit| {
        a.fspan.1 <= b.fspan.0
            && matches!(ftext[a.fspan.1..b.fspan.0].trim(), "," | "et" | "and" | ", et" | ", and")
    };
    kept.get(i + 1).is_some_and(|n| joined(&kept[i], n))
}

fn capitalised_word_follows(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let t = rest.trim_start_matches(' ');
    t.len() + 1 >= rest.len() && rest.len() != t.len() && t.chars().next().is_some_and(char::is_uppercase)
}

/// Start of the capitalised word right before `start` (one space between), if any.
fn capitalised_word_precedes(text: &str, start: usize) -> Option<usize> {
    let before = &text[..start];
    let t = before.trim_end_matches(' ');
    if t.len() + 1 < before.len() || t.len() == before.len() {
        return None;
    }
    let w = t.rsplit(|c: char| !c.is_alphanumeric() && c != '-').next().unwrap_or("");
    (w.chars().next().is_some_and(char::is_uppercase) && w.chars().count() > 1).then(|| t.len() - w.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn geoparser_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Geoparser<'static>>();
    }

    #[test]
    fn merged_spans_are_disjoint_and_sorted() {
        let m =
            merge_spans([Span::new(10, 12), Span::new(0, 3), Span::new(2, 5), Span::new(12, 14)].into_iter());
        assert_eq!(m, vec![Span::new(0, 5), Span::new(10, 14)]);
    }

    #[test]
    fn admin_keys_drop_affixes() {
        assert_eq!(admin_key("Cercle de Ménaka"), "menaka");
        assert_eq!(admin_key("Province du Soum"), "soum");
        assert_eq!(admin_key("Tillaberi Region"), "tillaberi");
        assert_eq!(admin_key("Sahel"), "sahel");
    }

    #[test]
    fn acronyms_and_datelines() {
        assert!(looks_like_acronym("FAMa"));
        assert!(looks_like_acronym("EIGS"));
        assert!(!looks_like_acronym("OUAHIGOUYA"));
        assert!(!looks_like_acronym("TIN-AKOFF"));
        assert!(!looks_like_acronym("Gao"));
        assert!(is_dateline("DJIBO : tirs", 5));
        assert!(!is_dateline("Djibo est", 5));
    }

    #[test]
    fn datelines() {
        let gp = Geoparser::load_default().unwrap();
        let t = "NIAMEY, 12 mars (AFP) - Des soldats ont été tués près de Téra.\nBamako — Le gouvernement a réagi.\nDORI : un mort.";
        let seg = veille_text::segment(t, Lang::Fr);
        let ms = gp.annotate(t, &seg, Lang::Fr, &[]);
        let d: Vec<(&str, bool)> =
            ms.iter().map(|m| (m.name_span.slice(t), is_dateline_mention(t, m))).collect();
        assert_eq!(d, vec![("NIAMEY", true), ("Téra", false), ("Bamako", true), ("DORI", true)]);
    }

    #[test]
    fn next_word_joins_one_separator_only() {
        let t = "Fada Ngourma, Fada  Ngourma";
        assert_eq!(next_word(t, 4).map(|s| s.slice(t)), Some("Ngourma"));
        assert_eq!(next_word(t, 18), None);
    }
}
