//! What a state force's operation takes: "Les soldats y ont récupéré onze fusils d'assaut",
//! "où ils ont saisi des fusils et des motos", "recovering 19 rifles and two gun trucks".
//! A verb of taking back (role `seized_obj` in the trigger lexicons: "récupérer", "recover")
//! tells a seizure only when weapons or materiel follow it (cues `u_weapons` and `seized`); a
//! seizure or arrest told with no named author (a pronoun, "les soldats", "the troops") in the
//! sentences right after a state force's operation is that force's, at its place, reported by
//! whoever reported the operation (unless the sentence names an armed group, which may be its
//! author: "le JNIM, qui affirme avoir saisi deux véhicules").

use super::*;

/// Words after the trigger within which the seized materiel must be named ("ont récupéré onze
/// fusils d'assaut", "recovering 19 AK-47 rifles", "d'importantes quantités de carburant").
const SEIZED_WINDOW: usize = 6;
/// Words before a passive participle within which its subject names the materiel ("une vingtaine
/// de motos, des armes de guerre et des moyens de communication ont été récupérés").
const SEIZED_BEFORE_WINDOW: usize = 14;
/// Sentences after the last mention of the operation within which a seizure continues it.
const OPERATION_SPAN: usize = 2;

impl<'a, 'd> Extractor<'a, 'd> {
    /// Weapons or materiel are named within a few words after hit `h`, before the sentence ends
    /// or a semicolon.
    pub(super) fn names_seized_after(&self, h: usize) -> bool {
        let end = self.hits[h].end;
        let toks = &self.a.seg.tokens;
        let first = toks.partition_point(|t| t.span.start < end);
        for t in toks.iter().skip(first).take(SEIZED_WINDOW + 1) {
            if matches!(&self.a.doc.text[t.span.start..t.span.end], "." | ";" | ":" | "!" | "?") {
                break;
            }
            if self.seized_cue_at(t.span.start) {
                return true;
            }
        }
        self.names_seized_before(h)
    }

    /// A word of weapons or materiel starts at `pos` (cues `u_weapons`, `seized`).
    fn seized_cue_at(&self, pos: usize) -> bool {
        self.cues_at(pos)
            .is_some_and(|(_, cues)| cues.contains(&Cue::UWeapons) || cues.contains(&Cue::Seized))
    }

    /// A passive or bare participle of taking back whose subject names the materiel: "des armes de
    /// guerre et des motos ont été récupérées", "un important lot d'armes récupéré", "weapons were
    /// recovered". Not after an auxiliary of the active ("ont récupéré", "had recovered"), whose
    /// subject is who takes.
    fn names_seized_before(&self, h: usize) -> bool {
        let start = self.hits[h].start;
        let toks = &self.a.seg.tokens;
        let k = toks.partition_point(|t| t.span.start < start);
        let fold = |t: &veille_text::Token| veille_text::fold_cow(&self.a.doc.text[t.span.start..t.span.end]);
        let before = if k > 0 { fold(&toks[k - 1]) } else { "".into() };
        // (French: any form but after "avoir"; English: only after a passive auxiliary, "a soldier
        // recovering at the hospital" is no seizure)
        let passive = match self.a.doc.lang {
            veille_core::Lang::En => matches!(before.as_ref(), "was" | "were" | "been" | "being"),
            _ => !matches!(
                before.as_ref(),
                "a" | "ont" | "avait" | "avaient" | "avoir" | "aurait" | "auraient" | "ayant"
            ),
        };
        if !passive {
            return false;
        }
        for t in toks[..k].iter().rev().take(SEIZED_BEFORE_WINDOW) {
            if matches!(
                &self.a.doc.text[t.span.start..t.span.end],
                "." | ";" | ":" | "!" | "?" | "«" | "»" | "\"" | "“" | "”"
            ) {
                return false;
            }
            if self.seized_cue_at(t.span.start) {
                return true;
            }
        }
        false
    }

    /// The actor is a pronoun or a short description of soldiers ("Les soldats", "Les hommes",
    /// "the troops": a word of `anaphora.tsv` for a state force, or a troop noun, cue `u_troops`),
    /// no named party and no armed group or attackers ("des hommes armés", "les assaillants").
    fn unnamed_force(&self, d: &Draft) -> bool {
        if d.actor.is_empty() {
            return true;
        }
        let lang = self.a.doc.lang;
        let det = if lang == veille_core::Lang::En { "the" } else { "les" };
        let phrases = crate::anaphora::PHRASES.get();
        let ss = self.a.seg.sentences[d.sentence].span;
        let class = |w: &str| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            phrases.class(lang, w).or_else(|| phrases.class(lang, &format!("{det} {w}")))
        };
        d.actor.iter().all(|r| {
            if r.id.is_some() || self.proper_name(&r.name) || r.name.split_whitespace().count() > 3 {
                return false;
            }
            let classes: Vec<_> = r.name.split_whitespace().filter_map(class).collect();
            if classes.iter().any(|&c| c != crate::anaphora::Anaphor::Force) {
                return false;
            }
            if !classes.is_empty() {
                return true;
            }
            // a troop noun, not qualified as armed ("des hommes armés": cue `enemy` or an armed word)
            let Some(off) = self.a.doc.text[ss.start..ss.end].find(r.name.as_str()) else { return false };
            let span = Span::new(ss.start + off, ss.start + off + r.name.len());
            let hits = &self.hits[self.hits_in(span)];
            hits.iter().any(|x| self.lex.entry(x).has(Cue::UTroops))
                && !hits.iter().any(|x| self.lex.entry(x).has(Cue::Enemy))
                && !self.names_armed_party(&r.name)
        })
    }

    /// Gives a seizure or an arrest with no named author, told within two sentences after a
    /// state force's operation (an assault or a deployment of its own, not background), the
    /// operation's actor; its place when it names none; its source and
    /// `claimed` when the operation's author alone reports it.
    pub(super) fn operation_seizures(&self, drafts: &mut [Draft]) {
        for i in 0..drafts.len() {
            let d = &drafts[i];
            if d.kind != EventType::Coerce
                || d.mode.as_deref() != Some("seize")
                || d.background
                // "les arrestations ont eu lieu jeudi": a definite noun restates an act told before
                || d.definite_noun
                || !self.unnamed_force(d)
            {
                continue;
            }
            let si = d.sentence;
            // "revendiquée par le JNIM, qui affirme avoir saisi deux véhicules": an armed group
            // named in the sentence may be the author
            let ss = self.a.seg.sentences[si].span;
            if self.a.entities.iter().any(|e| {
                e.id.is_some()
                    && e.kind == EntityType::ArmedGroup
                    && e.span.start >= ss.start
                    && e.span.end <= ss.end
            }) {
                continue;
            }
            let last_told = |p: &Draft| {
                p.also
                    .iter()
                    .map(|&(s, _)| s)
                    .filter(|&s| s <= si)
                    .chain([p.sentence])
                    .max()
                    .unwrap_or(p.sentence)
            };
            let Some(k) = (0..drafts.len()).rev().find(|&k| {
                let p = &drafts[k];
                k != i
                    && !p.background
                    && (p.sentence < si || (p.sentence == si && p.trigger.end <= d.trigger.start))
                    && last_told(p) + OPERATION_SPAN >= si
                    && matches!(p.kind, EventType::Assault | EventType::Mobilize)
                    && p.actor_kinds.contains(&EntityType::StateForce)
                    && p.actor.iter().all(|r| r.id.is_some())
                    && !p.actor_kinds.iter().any(|&k| matches!(k, EntityType::ArmedGroup | EntityType::Pmc))
            }) else {
                continue;
            };
            let p = &drafts[k];
            let (actor, kinds) = (p.actor.clone(), p.actor_kinds.clone());
            let loc = p.location.clone();
            let claimed = p.status == Status::Claimed && !p.source.is_empty();
            let source = p.source.clone();
            let d = &mut drafts[i];
            d.set_actor(
                (actor, kinds),
                self.a.explain,
                "seizure or arrest with no named author: the state force's operation told before",
            );
            if d.location.is_none()
                && let Some(loc) = loc
            {
                d.inherit_location(
                    loc,
                    self.a.explain,
                    "seizure in an operation: the operation's place",
                    None,
                );
            }
            if claimed && d.source.is_empty() && d.status == Status::Asserted {
                d.source = source;
                d.status = Status::Claimed;
            }
        }
    }

    /// An arrest or a seizure told with no author ("Six individus ont été arrêtés et deux véhicules
    /// saisis", "Le chargement a été saisi", "suspects were detained"): the state force that
    /// reports it (its source), else the one state force its sentence names before it, or the
    /// sentence before in its paragraph names; not when an armed group is named there, which
    /// may be the author. Those who
    /// arrest and seize in a state's reports are its forces.
    pub(super) fn agentless_coercions(&self, drafts: &mut [Draft]) {
        let ents = &self.a.entities;
        let kind_of = |id: &str| ents.iter().find(|e| e.id.as_deref() == Some(id)).map(|e| e.kind);
        for d in drafts.iter_mut() {
            if d.kind != EventType::Coerce
                || !matches!(d.mode.as_deref(), Some("arrest" | "seize"))
                || d.background
                || !d.actor.is_empty()
            {
                continue;
            }
            let si = d.sentence;
            let ss = self.a.seg.sentences[si].span;
            let mut from = ss.start;
            if si > 0 {
                let prev = self.a.seg.sentences[si - 1].span;
                if !self.a.doc.text[prev.end..ss.start].contains('\n') {
                    from = prev.start;
                }
            }
            let window: Vec<_> = ents
                .iter()
                .filter(|e| e.id.is_some() && e.span.start >= from && e.span.end <= d.trigger.start)
                .collect();
            if window.iter().any(|e| matches!(e.kind, EntityType::ArmedGroup | EntityType::Pmc)) {
                continue;
            }
            // the force's own communiqué
            if !d.source.is_empty()
                && d.source.iter().all(|r| r.id.as_deref().and_then(kind_of) == Some(EntityType::StateForce))
            {
                let n = d.source.len();
                d.set_actor(
                    (d.source.clone(), vec![EntityType::StateForce; n]),
                    self.a.explain,
                    "arrest or seizure with no author: the state force reporting it",
                );
                continue;
            }
            let mut forces = window.iter().filter(|e| e.kind == EntityType::StateForce);
            let Some(f) = forces.next() else { continue };
            if forces.any(|e| e.id != f.id) || d.recipient.iter().any(|r| r.id.is_some() && r.id == f.id) {
                continue;
            }
            let r = ActorRef { id: f.id.clone(), name: f.name.clone(), acled_class: None };
            d.set_actor(
                (vec![r], vec![EntityType::StateForce]),
                self.a.explain,
                "arrest or seizure with no author: the one state force its sentence or the one before names",
            );
        }
    }
}
