//! Sentences that go on telling a statement named before (`data/communique.tsv`): "…, ajoute le
//! communiqué", "Selon la même source, …", "Le communiqué fait également état de…", "the
//! statement said". Their events are told on the word of whoever issued the statement: they take
//! its source, and the status `claimed` when that source is a party to them (EVAL.md guideline 6:
//! an army's own operation report); an incident the issuer only reports (an attack on a village
//! told by the government) stays asserted, with the issuer as its source.

use super::*;
use std::sync::OnceLock;
use veille_core::Lang;

/// How far back (in sentences) the statement's issuer may have been named.
const WINDOW: usize = 8;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// A party's text: its issuer is the latest identified source before it.
    Statement,
    /// "la même source": the latest source before it, whoever it is.
    Same,
}

const LIST: &str = include_str!("../../data/communique.tsv");

fn parse() -> Result<Vec<(Lang, String, Class)>, ExtractError> {
    let mut out = Vec::new();
    for (n, line) in LIST.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = |msg: String| ExtractError::Data { file: "communique.tsv", line: n + 1, msg };
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() != 3 {
            return Err(bad("expected 3 tab-separated columns".into()));
        }
        let class = match c[2].trim() {
            "statement" => Class::Statement,
            "same" => Class::Same,
            x => return Err(bad(format!("unknown class `{x}`"))),
        };
        let Some(lang) = Lang::parse(c[0].trim()) else {
            return Err(bad(format!("unknown language `{}`", c[0])));
        };
        out.push((lang, veille_text::fold_str(c[1].trim()), class));
    }
    Ok(out)
}

fn phrases() -> &'static [(Lang, String, Class)] {
    static LIST: OnceLock<Vec<(Lang, String, Class)>> = OnceLock::new();
    LIST.get_or_init(|| parse().unwrap_or_default())
}

/// Checks `data/communique.tsv` parses (at stage load).
pub(crate) fn check() -> Result<(), ExtractError> {
    parse().map(|_| ())
}

/// The class of the first listed phrase in `folded` (a folded sentence), on word bounds.
fn phrase_in(lang: Lang, folded: &str) -> Option<Class> {
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    phrases().iter().filter(|(l, _, _)| *l == lang).find_map(|(_, p, class)| {
        folded.match_indices(p.as_str()).find_map(|(i, _)| {
            let before = folded[..i].chars().next_back();
            let after = folded[i + p.len()..].chars().next();
            (!word(before) && !word(after)).then_some(*class)
        })
    })
}

impl Extractor<'_, '_> {
    /// Who issued the statement the sentence of `drafts[i]` goes on with: going back sentence by
    /// sentence, an identified source of an event told there, else the identified party that
    /// speaks there ("a annoncé le ministère de la Défense dans un communiqué", "selon l'armée").
    /// "la même source" takes the first sentence with a speech verb or `selon`, whoever speaks
    /// there (none when that speaker is not identified: "selon une source sécuritaire"); a
    /// communiqué takes the first identified party.
    fn statement_issuer(
        &self,
        drafts: &[Draft],
        i: usize,
        class: Class,
    ) -> Option<(Vec<ActorRef>, Vec<EntityType>)> {
        let si = drafts[i].sentence;
        for s in (si.saturating_sub(WINDOW)..si).rev() {
            let told =
                drafts[..i].iter().rev().find(|p| p.sentence == s && p.source.iter().any(|r| r.id.is_some()));
            if let Some(p) = told {
                let kinds = p
                    .source
                    .iter()
                    .map(|r| {
                        r.id.as_deref()
                            .and_then(|id| self.kb.and_then(|kb| kb.get(id)))
                            .map_or(EntityType::OtherOrg, |e| e.kind)
                    })
                    .collect();
                return Some((p.source.clone(), kinds));
            }
            let ss = self.a.seg.sentences[s].span;
            let mut spoke = false;
            for x in &self.hits[self.hits_in(ss)] {
                let e = self.lex.entry(x);
                let accord = e.has(Cue::Accord);
                // "…, a annoncé le ministère de la Défense": an announcement verb in an incise, its
                // subject after it
                let incise = e.has(Cue::Pledge) && self.incise_verb(x.start);
                if !(accord || incise || e.has(Cue::Speech)) || self.in_dateline(Span::new(x.start, x.end)) {
                    continue;
                }
                spoke = true;
                let after = self
                    .groups_in(x.end, ss.end)
                    .find(|g| !self.listener(g.start))
                    .filter(|g| self.tokens_between(x.end, g.start) <= 6);
                let g = if accord {
                    after
                } else {
                    let (cs, _) = self.clause(s, x.start);
                    self.subject(cs, x.start).or(after)
                };
                let Some(g) = g else { continue };
                let (refs, kinds) = self.group_refs(g);
                // a broadcaster or a newspaper relays the statement, it does not issue it
                if !refs.is_empty()
                    && refs.iter().all(|r| r.id.is_some())
                    && kinds.iter().all(|k| !matches!(k, EntityType::OtherOrg | EntityType::Place))
                {
                    return Some((refs, kinds));
                }
            }
            if spoke && class == Class::Same {
                return None;
            }
        }
        None
    }

    /// The verb at `pos` opens an incise: a comma right before it, or before its auxiliary (", a
    /// annoncé", ", has announced").
    fn incise_verb(&self, pos: usize) -> bool {
        let Some(t) = self.tok_before(pos) else { return false };
        if self.tok_is(t, &[","]) {
            return true;
        }
        self.tok_is(t, &["a", "ont", "has", "have"]) && t >= 1 && self.tok_is(t - 1, &[","])
    }

    /// Gives the events of a sentence continuing a statement the source of that statement.
    pub(super) fn communique_sources(&self, drafts: &mut [Draft]) {
        let lang = self.a.doc.lang;
        let mut cache: Option<(usize, Option<Class>)> = None;
        for i in 0..drafts.len() {
            let d = &drafts[i];
            if d.background || speech::statement(d.kind) || d.source.iter().any(|r| r.id.is_some()) {
                continue;
            }
            let si = d.sentence;
            let class = match cache {
                Some((s, c)) if s == si => c,
                _ => {
                    let text = self.a.text(self.a.seg.sentences[si].span);
                    // cheap gate before folding the sentence
                    let c = if ["ommuniqu", "texte", "document", "bulletin", "source", "statement"]
                        .iter()
                        .any(|w| text.contains(w))
                    {
                        phrase_in(lang, &veille_text::fold_str(text))
                    } else {
                        None
                    };
                    cache = Some((si, c));
                    c
                }
            };
            let Some(class) = class else { continue };
            let Some((src, kinds)) = self.statement_issuer(drafts, i, class) else { continue };
            let d = &drafts[i];
            let claimed = d.status == Status::Asserted
                && self.source_is_party(&src, &kinds, &d.actor, &d.recipient, &self.a.entities);
            let d = &mut drafts[i];
            d.source = src;
            if self.a.explain {
                d.explain.push(step(
                    "source",
                    "a sentence going on with a statement told before: its source",
                    Some(party_names(&d.source)),
                ));
            }
            if claimed {
                d.status = Status::Claimed;
                if self.a.explain {
                    d.explain.push(step(
                        "status",
                        "told on the word of a party to it (its statement, continued)",
                        None,
                    ));
                }
            }
        }
    }
}

impl Extractor<'_, '_> {
    /// "Les Forces armées nationales ont mené plusieurs opérations…, indique un communiqué de
    /// l'état-major. À Gorom-Gorom, une unité du BIR a repoussé une attaque, tuant douze
    /// assaillants": in an article where one state's force alone reports, a strike of that
    /// state's forces on an enemy told with no source of its own is the force's own operation
    /// report (EVAL.md guideline 6): `claimed`, the reporting force its source.
    pub(super) fn reported_operations(&self, drafts: &mut [Draft]) {
        let Some((rep, rep_kind, cc)) = self.reporter() else { return };
        if rep_kind != EntityType::StateForce {
            return;
        }
        let own = |id: &str| {
            self.a
                .entities
                .iter()
                .find(|e| e.id.as_deref() == Some(id))
                .and_then(|e| e.country.as_deref())
                .or_else(|| self.kb.and_then(|kb| kb.country_of(id)))
                == Some(cc)
        };
        for d in drafts.iter_mut() {
            if d.kind != EventType::Assault
                || d.background
                || d.status != Status::Asserted
                || !d.source.is_empty()
                || !d.enemy
                || d.actor.is_empty()
                || !d.actor.iter().all(|r| r.id.as_deref().is_some_and(own))
            {
                continue;
            }
            d.source = vec![rep.clone()];
            d.status = Status::Claimed;
            if self.a.explain {
                d.explain.push(step(
                    "status",
                    "an operation of the state force reporting in the article, on an enemy: its own report",
                    Some(rep.name.clone()),
                ));
            }
        }
    }
}
