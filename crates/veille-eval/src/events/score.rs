//! Matching predicted events to gold events, and the scores.
//!
//! A predicted event matches a gold event of the same document when (docs/EVAL.md):
//!
//! - [`MatchMode::Kb`] (our dev set): the types are equal, AND an actor overlaps OR a recipient
//!   overlaps (ids compared through an [`ActorResolver`], so a state, its government and its
//!   forces are one party; names compared folded), AND the place matches (geonames id, or folded
//!   name) OR the country matches. A gold event whose actors and recipients carry no kb id (none,
//!   or only descriptions such as "des hommes armés"), or without place/country, puts no
//!   condition on that part.
//! - [`MatchMode::Names`] (open corpora without kb ids): the types are equal AND (an actor name,
//!   a recipient name or the place name overlaps).
//!
//! Pairs are assigned one-to-one, greedily, best similarity first (ties by gold then predicted
//! order, so scoring is deterministic).

use super::gold::{Actor, EvalEvent, GoldDoc};
use crate::actors::{ActorResolver, ConventionResolver};
use crate::names::names_match;
use serde::Serialize;
use std::collections::BTreeMap;
use veille_core::EventType;

/// How actors and places are compared.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MatchMode {
    /// Type + (actor or recipient) + (place or country), ids through the resolver.
    #[default]
    Kb,
    /// Type + (actor, recipient or place name overlap).
    Names,
}

/// Scoring options.
pub struct ScoreOptions<'a> {
    pub mode: MatchMode,
    pub resolver: &'a dyn ActorResolver,
    /// When set, only events of these types are scored (gold and predicted): for corpora that
    /// annotate only some types.
    pub types: Option<Vec<EventType>>,
}

impl Default for ScoreOptions<'_> {
    fn default() -> Self {
        ScoreOptions { mode: MatchMode::Kb, resolver: &ConventionResolver, types: None }
    }
}

/// Precision, recall and F1 from counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    pub fn from_counts(tp: usize, fp: usize, fn_: usize) -> Self {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let precision = ratio(tp, tp + fp);
        let recall = ratio(tp, tp + fn_);
        let f1 =
            if precision + recall == 0.0 { 0.0 } else { 2.0 * precision * recall / (precision + recall) };
        Prf { tp, fp, fn_, precision, recall, f1 }
    }
    fn add(&mut self, tp: usize, fp: usize, fn_: usize) {
        *self = Prf::from_counts(self.tp + tp, self.fp + fp, self.fn_ + fn_);
    }
}

/// Accuracy of one slot over matched pairs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct SlotScore {
    pub correct: usize,
    /// Matched pairs where the slot counts (see [`SLOTS`]).
    pub total: usize,
    pub accuracy: f64,
}

/// The slots whose accuracy is measured on matched pairs. `status` counts on every pair; the
/// others only where gold or prediction has a value (a null on both sides says nothing).
/// A party slot (`actor`, `recipient`, `source`) is right when every gold party has an equal
/// predicted one and every predicted party an equal gold one (same equality as for matching).
pub const SLOTS: &[&str] = &[
    "actor",
    "recipient",
    "source",
    "mode",
    "status",
    "date",
    "place",
    "fatalities",
    "troops",
    "background",
];

/// A false negative or a false positive, for `--misses`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Miss {
    pub doc_id: String,
    pub lang: String,
    pub split: String,
    /// `false_negative` (gold event not found) or `false_positive` (predicted, not in gold).
    pub kind: &'static str,
    pub event: EvalEvent,
    /// For a false negative: why the closest predicted event of the same type did not match.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
}

/// The outcome of one predicted event: whether it matched a gold event (for `--misses` with
/// `--format json`: the labels of a learned filter, `scripts/learned_filter/`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PredOutcome {
    pub doc_id: String,
    pub split: String,
    pub lang: String,
    /// Index of the event in its record's `events`.
    pub index: usize,
    pub matched: bool,
}

/// A slot disagreement on a matched pair.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SlotMiss {
    pub doc_id: String,
    pub slot: &'static str,
    pub gold: String,
    pub pred: String,
}

/// Scores of a run.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Report {
    pub mode: MatchMode,
    pub docs: usize,
    pub gold_events: usize,
    pub predicted_events: usize,
    /// Gold documents for which no prediction record was found (scored as predicting nothing).
    pub docs_without_prediction: Vec<String>,
    pub overall: Prf,
    pub by_lang: BTreeMap<String, Prf>,
    pub by_type: BTreeMap<String, Prf>,
    pub by_split: BTreeMap<String, Prf>,
    /// By status: gold status for true positives and false negatives, predicted status for false
    /// positives (a match does not need equal statuses; the `status` slot measures that).
    pub by_status: BTreeMap<String, Prf>,
    pub slots: BTreeMap<String, SlotScore>,
    pub misses: Vec<Miss>,
    pub slot_misses: Vec<SlotMiss>,
    /// Every scored predicted event, matched or not, in record order.
    pub predictions: Vec<PredOutcome>,
}

fn id_as_name(id: &str) -> String {
    let s = id.strip_prefix("kb:").unwrap_or(id);
    let s = s.strip_prefix("P-").unwrap_or(s);
    s.replace('-', " ")
}

fn actor_eq(g: &Actor, p: &Actor, mode: MatchMode, r: &dyn ActorResolver) -> bool {
    if mode == MatchMode::Kb
        && let (Some(a), Some(b)) = (&g.id, &p.id)
    {
        return r.key(a) == r.key(b);
    }
    let strings = |a: &Actor| -> Vec<String> {
        a.name.iter().cloned().chain(a.id.as_deref().map(id_as_name)).collect()
    };
    let (gs, ps) = (strings(g), strings(p));
    gs.iter().any(|a| ps.iter().any(|b| names_match(a, b)))
}

fn overlap(g: &[Actor], p: &[Actor], mode: MatchMode, r: &dyn ActorResolver) -> bool {
    g.iter().any(|a| p.iter().any(|b| actor_eq(a, b, mode, r)))
}

fn place_eq(g: &EvalEvent, p: &EvalEvent) -> bool {
    if let (Some(a), Some(b)) = (g.geonames_id, p.geonames_id) {
        return a == b;
    }
    // with an id missing on either side, the names decide: the gazetteer's name or the place as
    // the text writes it (the gold's `place` is as written)
    let Some(a) = &g.place else { return false };
    [&p.place, &p.place_mention].into_iter().flatten().any(|b| names_match(a, b))
}

fn has_place(e: &EvalEvent) -> bool {
    e.place.is_some() || e.geonames_id.is_some()
}

/// Why a gold/predicted pair of the same type does or does not match: `None` when it matches.
fn mismatch(g: &EvalEvent, p: &EvalEvent, mode: MatchMode, r: &dyn ActorResolver) -> Option<String> {
    if g.kind != p.kind {
        return Some("type differs".into());
    }
    let no_parties = g.actor.is_empty() && g.recipient.is_empty();
    let overlaps = || overlap(&g.actor, &p.actor, mode, r) || overlap(&g.recipient, &p.recipient, mode, r);
    match mode {
        MatchMode::Kb => {
            // Only identified parties (kb ids) constrain the match: a gold event whose parties are
            // all descriptions ("des hommes armés", "passengers") matches on type and location,
            // though a name overlap still counts towards the similarity.
            let identified = g.actor.iter().chain(&g.recipient).any(|a| a.id.is_some());
            let parties = !identified || overlaps();
            let no_loc = !has_place(g) && g.country.is_none();
            let loc = no_loc || place_eq(g, p) || (g.country.is_some() && g.country == p.country);
            match (parties, loc) {
                (true, true) => None,
                (false, true) => Some("no actor or recipient in common".into()),
                (true, false) => Some("neither place nor country match".into()),
                (false, false) => Some("no actor/recipient in common, place and country differ".into()),
            }
        }
        MatchMode::Names => {
            let any_slot = !no_parties || has_place(g);
            let ok = !any_slot || overlaps() || (has_place(g) && place_eq(g, p));
            (!ok).then(|| "no actor, recipient or place name in common".into())
        }
    }
}

fn similarity(g: &EvalEvent, p: &EvalEvent, mode: MatchMode, r: &dyn ActorResolver) -> u32 {
    let mut s = 0;
    s += 2 * u32::from(overlap(&g.actor, &p.actor, mode, r));
    s += 2 * u32::from(overlap(&g.recipient, &p.recipient, mode, r));
    s += 2 * u32::from(place_eq(g, p));
    s += u32::from(g.country.is_some() && g.country == p.country);
    s += u32::from(g.status == p.status);
    s += u32::from(lower(&g.mode) == lower(&p.mode));
    s += u32::from(g.date.is_some() && g.date == p.date);
    s += u32::from(g.fatalities.is_some() && g.fatalities == p.fatalities);
    s += u32::from(g.troops.is_some() && g.troops == p.troops);
    s += u32::from(g.background == p.background);
    s
}

fn lower(s: &Option<String>) -> Option<String> {
    s.as_ref().map(|m| m.to_lowercase())
}

fn show<T: std::fmt::Display>(v: &Option<T>) -> String {
    v.as_ref().map_or_else(|| "null".to_string(), |x| x.to_string())
}

fn same_parties(g: &[Actor], p: &[Actor], mode: MatchMode, r: &dyn ActorResolver) -> bool {
    g.iter().all(|a| p.iter().any(|b| actor_eq(a, b, mode, r)))
        && p.iter().all(|b| g.iter().any(|a| actor_eq(a, b, mode, r)))
}

fn parties(xs: &[Actor]) -> String {
    if xs.is_empty() {
        return "[]".into();
    }
    xs.iter().map(|a| a.label().to_string()).collect::<Vec<_>>().join("+")
}

/// Slot comparisons of a matched pair: `(slot, counts, correct, gold, pred)`.
fn slot_checks(
    g: &EvalEvent,
    p: &EvalEvent,
    mode: MatchMode,
    r: &dyn ActorResolver,
) -> [(&'static str, bool, bool, String, String); 10] {
    let party = |name: &'static str, a: &[Actor], b: &[Actor]| {
        (name, !a.is_empty() || !b.is_empty(), same_parties(a, b, mode, r), parties(a), parties(b))
    };
    let date = |d: &Option<String>| d.as_ref().map(|s| s.get(..10).unwrap_or(s).to_string());
    let place = |e: &EvalEvent| match (&e.place, e.geonames_id) {
        (Some(n), Some(id)) => format!("{n} ({id})"),
        (Some(n), None) => n.clone(),
        (None, Some(id)) => id.to_string(),
        (None, None) => "null".into(),
    };
    [
        party("actor", &g.actor, &p.actor),
        party("recipient", &g.recipient, &p.recipient),
        party("source", &g.source, &p.source),
        (
            "mode",
            g.mode.is_some() || p.mode.is_some(),
            lower(&g.mode) == lower(&p.mode),
            show(&g.mode),
            show(&p.mode),
        ),
        ("status", true, g.status == p.status, g.status.as_str().into(), p.status.as_str().into()),
        (
            "date",
            g.date.is_some() || p.date.is_some(),
            date(&g.date) == date(&p.date),
            show(&g.date),
            show(&p.date),
        ),
        ("place", has_place(g) || has_place(p), place_eq(g, p), place(g), place(p)),
        (
            "fatalities",
            g.fatalities.is_some() || p.fatalities.is_some(),
            g.fatalities == p.fatalities,
            show(&g.fatalities),
            show(&p.fatalities),
        ),
        (
            "troops",
            g.troops.is_some() || p.troops.is_some(),
            g.troops == p.troops,
            show(&g.troops),
            show(&p.troops),
        ),
        (
            "background",
            g.background || p.background,
            g.background == p.background,
            g.background.to_string(),
            p.background.to_string(),
        ),
    ]
}

/// Scores predictions against gold. `preds[i]` holds the predicted events of `gold[i]` (`None`
/// when no record was found for that document; it then counts as predicting nothing).
pub fn score(gold: &[GoldDoc], preds: &[Option<Vec<EvalEvent>>], opts: &ScoreOptions<'_>) -> Report {
    let mode = opts.mode;
    let r = opts.resolver;
    let keep = |e: &EvalEvent| opts.types.as_ref().is_none_or(|ts| e.kind.is_some_and(|k| ts.contains(&k)));
    let mut rep = Report { mode, docs: gold.len(), ..Report::default() };
    for s in SLOTS {
        rep.slots.insert((*s).to_string(), SlotScore::default());
    }
    let empty = Vec::new();
    for (k, doc) in gold.iter().enumerate() {
        let pred_all = match preds.get(k).and_then(Option::as_ref) {
            Some(p) => p,
            None => {
                rep.docs_without_prediction.push(doc.id.clone());
                &empty
            }
        };
        let g: Vec<&EvalEvent> = doc.events.iter().filter(|e| keep(e)).collect();
        let p: Vec<&EvalEvent> = pred_all.iter().filter(|e| keep(e)).collect();
        // index of each scored prediction in the record
        let p_index: Vec<usize> =
            pred_all.iter().enumerate().filter(|(_, e)| keep(e)).map(|(i, _)| i).collect();
        rep.gold_events += g.len();
        rep.predicted_events += p.len();

        let mut cands: Vec<(u32, usize, usize)> = Vec::new();
        for (i, ge) in g.iter().enumerate() {
            for (j, pe) in p.iter().enumerate() {
                if mismatch(ge, pe, mode, r).is_none() {
                    cands.push((similarity(ge, pe, mode, r), i, j));
                }
            }
        }
        cands.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let mut g_used = vec![None; g.len()];
        let mut p_used = vec![false; p.len()];
        for (_, i, j) in cands {
            if g_used[i].is_none() && !p_used[j] {
                g_used[i] = Some(j);
                p_used[j] = true;
            }
        }

        let lang = if doc.lang.is_empty() { "?".to_string() } else { doc.lang.clone() };
        let mut tally = |e: &EvalEvent, tp: usize, fp: usize, fn_: usize| {
            rep.overall.add(tp, fp, fn_);
            rep.by_lang.entry(lang.clone()).or_default().add(tp, fp, fn_);
            rep.by_split.entry(doc.split.clone()).or_default().add(tp, fp, fn_);
            rep.by_type.entry(e.kind().as_str().to_string()).or_default().add(tp, fp, fn_);
            rep.by_status.entry(e.status.as_str().to_string()).or_default().add(tp, fp, fn_);
        };
        for (i, m) in g_used.iter().enumerate() {
            match m {
                Some(_) => tally(g[i], 1, 0, 0),
                None => tally(g[i], 0, 0, 1),
            }
        }
        for (j, used) in p_used.iter().enumerate() {
            if !used {
                tally(p[j], 0, 1, 0);
            }
        }
        for (j, used) in p_used.iter().enumerate() {
            rep.predictions.push(PredOutcome {
                doc_id: doc.id.clone(),
                split: doc.split.clone(),
                lang: lang.clone(),
                index: p_index[j],
                matched: *used,
            });
        }

        for (i, m) in g_used.iter().enumerate() {
            match m {
                Some(j) => {
                    for (slot, counts, ok, gv, pv) in slot_checks(g[i], p[*j], mode, r) {
                        if !counts {
                            continue;
                        }
                        let s = rep.slots.entry(slot.to_string()).or_default();
                        s.total += 1;
                        s.correct += usize::from(ok);
                        if !ok {
                            rep.slot_misses.push(SlotMiss {
                                doc_id: doc.id.clone(),
                                slot,
                                gold: gv,
                                pred: pv,
                            });
                        }
                    }
                }
                None => {
                    let why = p
                        .iter()
                        .enumerate()
                        .filter(|(j, pe)| !p_used[*j] && pe.kind == g[i].kind)
                        .max_by_key(|(j, pe)| (similarity(g[i], pe, mode, r), std::cmp::Reverse(*j)))
                        .and_then(|(_, pe)| mismatch(g[i], pe, mode, r))
                        .or_else(|| Some("no predicted event of this type left".into()));
                    rep.misses.push(Miss {
                        doc_id: doc.id.clone(),
                        lang: lang.clone(),
                        split: doc.split.clone(),
                        kind: "false_negative",
                        event: g[i].clone(),
                        why,
                    });
                }
            }
        }
        for (j, used) in p_used.iter().enumerate() {
            if !used {
                rep.misses.push(Miss {
                    doc_id: doc.id.clone(),
                    lang: lang.clone(),
                    split: doc.split.clone(),
                    kind: "false_positive",
                    event: p[j].clone(),
                    why: None,
                });
            }
        }
    }
    for s in rep.slots.values_mut() {
        s.accuracy = if s.total == 0 { 0.0 } else { s.correct as f64 / s.total as f64 };
    }
    rep
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(kind: EventType, actor: &[&str], place: Option<&str>) -> EvalEvent {
        EvalEvent {
            kind: Some(kind),
            actor: actor.iter().map(|a| Actor::name(a)).collect(),
            place: place.map(str::to_string),
            ..EvalEvent::default()
        }
    }

    fn doc(events: Vec<EvalEvent>) -> GoldDoc {
        GoldDoc {
            id: "d".into(),
            lang: "fr".into(),
            split: "dev".into(),
            text: "t".into(),
            events,
            ..GoldDoc::default()
        }
    }

    #[test]
    fn names_mode_matches_on_actor_or_place_name() {
        let gold = vec![doc(vec![
            ev(EventType::Protest, &["des manifestants"], Some("Paris")),
            ev(EventType::Assault, &["la police"], Some("Lyon")),
            ev(EventType::Coerce, &["les gendarmes"], None),
        ])];
        let preds = vec![Some(vec![
            ev(EventType::Protest, &[], Some("paris")),
            ev(EventType::Assault, &["Police nationale"], Some("Marseille")),
            ev(EventType::Coerce, &["la police"], None),
        ])];
        let opts = ScoreOptions { mode: MatchMode::Names, ..ScoreOptions::default() };
        let rep = score(&gold, &preds, &opts);
        // PROTEST by place, ASSAULT by actor name; COERCE: "gendarmes" vs "police" fails.
        assert_eq!((rep.overall.tp, rep.overall.fp, rep.overall.fn_), (2, 1, 1));
        let miss = rep.misses.iter().find(|m| m.kind == "false_negative").unwrap();
        assert_eq!(miss.why.as_deref(), Some("no actor, recipient or place name in common"));
    }

    #[test]
    fn kb_mode_needs_place_or_country_when_gold_has_one() {
        let mut g = ev(EventType::Assault, &["JNIM"], Some("Djibo"));
        g.country = Some("BF".into());
        let mut p = ev(EventType::Assault, &["JNIM"], Some("Dori"));
        p.country = Some("BF".into());
        let rep = score(&[doc(vec![g.clone()])], &[Some(vec![p.clone()])], &ScoreOptions::default());
        assert_eq!(rep.overall.tp, 1, "same country is enough");
        p.country = Some("ML".into());
        let rep = score(&[doc(vec![g])], &[Some(vec![p])], &ScoreOptions::default());
        assert_eq!(rep.overall.tp, 0);
        assert_eq!(rep.misses[0].why.as_deref(), Some("neither place nor country match"));
    }

    #[test]
    fn a_place_as_written_matches_when_the_gazetteer_spells_it_otherwise() {
        let g = ev(EventType::Assault, &["JNIM"], Some("Banibangou"));
        let mut p = ev(EventType::Assault, &["JNIM"], Some("Bani Bangou"));
        p.geonames_id = Some(2447513);
        assert!(!place_eq(&g, &p));
        p.place_mention = Some("Banibangou".into());
        assert!(place_eq(&g, &p));
        // two ids that differ are two places, whatever the names say
        let mut g2 = g.clone();
        g2.geonames_id = Some(1);
        assert!(!place_eq(&g2, &p));
    }

    #[test]
    fn kb_mode_descriptions_do_not_constrain_but_ids_do() {
        let mut g = ev(EventType::Assault, &["des hommes armés"], Some("Djibo"));
        g.recipient = vec![Actor::name("passagers")];
        let p = ev(EventType::Assault, &[], Some("Djibo"));
        let rep = score(&[doc(vec![g.clone()])], &[Some(vec![p.clone()])], &ScoreOptions::default());
        assert_eq!(rep.overall.tp, 1);
        g.recipient = vec![Actor::id("kb:BF-FA")];
        let rep = score(&[doc(vec![g])], &[Some(vec![p])], &ScoreOptions::default());
        assert_eq!(rep.overall.tp, 0);
        assert_eq!(rep.misses[0].why.as_deref(), Some("no actor or recipient in common"));
    }

    #[test]
    fn one_to_one_assignment_prefers_the_closer_pair() {
        let mut g1 = ev(EventType::Assault, &["JNIM"], None);
        g1.fatalities = Some(12);
        let g2 = ev(EventType::Assault, &["JNIM"], None);
        let p1 = ev(EventType::Assault, &["JNIM"], None);
        let mut p2 = ev(EventType::Assault, &["JNIM"], None);
        p2.fatalities = Some(12);
        let rep = score(&[doc(vec![g1, g2])], &[Some(vec![p1, p2])], &ScoreOptions::default());
        assert_eq!(rep.overall.tp, 2);
        assert_eq!(rep.slots["fatalities"].correct, 1);
        assert_eq!(rep.slots["fatalities"].total, 1);
    }

    #[test]
    fn each_prediction_says_whether_it_matched_with_its_record_index() {
        let g = ev(EventType::Assault, &["JNIM"], None);
        let p0 = ev(EventType::Protest, &["JNIM"], None);
        let p1 = ev(EventType::Assault, &["JNIM"], None);
        let opts = ScoreOptions { types: Some(vec![EventType::Assault]), ..ScoreOptions::default() };
        let rep = score(&[doc(vec![g.clone()])], &[Some(vec![p0.clone(), p1.clone()])], &opts);
        let got: Vec<(usize, bool)> = rep.predictions.iter().map(|p| (p.index, p.matched)).collect();
        assert_eq!(got, vec![(1, true)], "the PROTEST is not scored; the ASSAULT is index 1");
        let rep = score(&[doc(vec![g])], &[Some(vec![p1, p0])], &ScoreOptions::default());
        let got: Vec<(usize, bool)> = rep.predictions.iter().map(|p| (p.index, p.matched)).collect();
        assert_eq!(got, vec![(0, true), (1, false)]);
    }
}
