//! Accusations told by a participle attached to the party the main clause acts on: "a suspendu
//! deux radios privées, accusées d'avoir relayé…", "l'expulsion du représentant de l'Unicef,
//! accusé d'avoir diffusé…", "des responsables accusés d'entraver…", "a suspendu les activités de
//! l'ONG, l'accusant de collusion…". The one who suspends, expels or sanctions accuses.

use super::*;

/// Auxiliaries and relative words before a participle: "ont été accusés", "qui sont accusés",
/// "were accused" are finite clauses with a subject of their own, not a participle in apposition.
const FINITE_BEFORE: &[&str] = &[
    "a", "ont", "ete", "est", "sont", "etait", "etaient", "avait", "avaient", "sera", "seront", "etre",
    "avoir", "s'", "se", "qu'il", "qu'elle", "qu'ils", "qu'elles", "has", "have", "had", "was", "were",
    "been", "is", "are", "be", "being", "it", "they", "he", "she", "we", "i", "who", "which",
];

/// Object clitics of a French present participle ("l'accusant", "les accusant", "leur
/// reprochant").
const CLITICS: &[&str] = &["l'", "l’", "les", "la", "le", "lui", "leur"];

impl<'a, 'd> Extractor<'a, 'd> {
    /// A French present participle after a comma with an object clitic before it (", l'accusant
    /// de…"): the clitic is a pronoun, not an article.
    pub(super) fn clitic_participle(&self, h: usize) -> bool {
        let hit = self.hits[h];
        if self.a.doc.lang != veille_core::Lang::Fr || !self.lex.forms[hit.entry as usize].ends_with("ant") {
            return false;
        }
        let Some(c) = self.tok_before(hit.start) else { return false };
        CLITICS.contains(&veille_text::fold_cow(self.tok_text(c)).as_ref())
            && self.tok_before(self.a.seg.tokens[c].span.start).is_some_and(|t| self.tok_text(t) == ",")
    }

    /// The accusation's participle form: `Some(true)` for a present participle after a comma (its
    /// object may be a clitic: ", l'accusant", ", accusing them"), `Some(false)` for a past
    /// participle with no auxiliary or subject before it ("radios privées, accusées de",
    /// "responsables accusés de", "officials accused of").
    fn accusing_participle(&self, d: &Draft) -> Option<bool> {
        let text = self.a.text(d.trigger);
        if text.contains(' ') {
            return None;
        }
        let form = veille_text::fold_cow(text).to_lowercase();
        let before = self.tok_before(d.trigger.start)?;
        let prev = veille_text::fold_cow(self.tok_text(before)).to_lowercase();
        if form.ends_with("ant") || form.ends_with("ing") {
            let after_comma = prev == ","
                || (CLITICS.contains(&prev.as_str())
                    || matches!(prev.as_str(), "them" | "him" | "her" | "it"))
                    && self
                        .tok_before(self.a.seg.tokens[before].span.start)
                        .is_some_and(|t| self.tok_text(t) == ",");
            return after_comma.then_some(true);
        }
        // (the accents tell the French past participle from the present: "accusé", not "accuse")
        let raw = text.to_lowercase();
        let past = ["é", "ée", "és", "ées"].iter().any(|s| raw.ends_with(s)) || form.ends_with("ed");
        (past && !FINITE_BEFORE.contains(&prev.as_str()) && !self.tok_text(before).ends_with("ly"))
            .then_some(false)
    }

    /// An object pronoun right before the trigger ("l'accusant", "accusing them").
    fn clitic_before(&self, d: &Draft) -> bool {
        self.tok_before(d.trigger.start).is_some_and(|t| {
            let w = veille_text::fold_cow(self.tok_text(t)).to_lowercase();
            CLITICS.contains(&w.as_str()) || matches!(w.as_str(), "them" | "him" | "her" | "it")
        })
    }

    /// Gives an accusation told by a participle with no actor of its own the actor of the
    /// sentence's main act before it (a sanction, a suspension, an expulsion, an arrest, a
    /// summons…); a clitic or empty object takes the act's recipient. Violence is no such act
    /// ("ont exécuté deux villageois accusés de…" says nothing of who accused them).
    pub(super) fn accusing_participles(&self, drafts: &mut [Draft]) {
        for i in 0..drafts.len() {
            let d = &drafts[i];
            if d.kind != EventType::Accuse || d.nominal || d.background || d.mode.as_deref() != Some("allege")
            {
                continue;
            }
            let Some(present) = self.accusing_participle(d) else { continue };
            // ", l'accusant de…" may have the main subject already: its clitic object is still
            // the main act's recipient
            let clitic_only =
                present && !d.actor.is_empty() && d.recipient.is_empty() && self.clitic_before(d);
            if !d.actor.is_empty() && !clitic_only {
                continue;
            }
            let Some(host) = drafts[..i].iter().rev().find(|p| {
                p.sentence == d.sentence
                    && p.trigger.end <= d.trigger.start
                    && !p.background
                    && p.kind != EventType::Assault
                    && p.kind != EventType::Accuse
                    && p.actor.iter().any(|r| r.id.is_some())
            }) else {
                continue;
            };
            // the accused is not the accuser
            if d.recipient.iter().any(|r| r.id.is_some() && host.actor.iter().any(|a| a.id == r.id)) {
                continue;
            }
            let actor = (host.actor.clone(), host.actor_kinds.clone());
            let recipient = (host.recipient.clone(), host.recipient_kinds.clone());
            if clitic_only && !actor.0.iter().any(|a| drafts[i].actor.iter().any(|x| x.id == a.id)) {
                continue;
            }
            let d = &mut drafts[i];
            if !clitic_only {
                d.set_actor(actor, self.a.explain, "accusation in a participle: the actor of the main act");
            }
            if d.recipient.is_empty() && (present || !recipient.0.is_empty()) {
                d.set_recipient(
                    recipient,
                    self.a.explain,
                    "accusation in a participle: the main act's recipient",
                );
            }
        }
    }
}

impl<'a, 'd> Extractor<'a, 'd> {
    /// "a dénoncé les accords militaires avec la France", "ended its defence pact with the United
    /// States": ending a commitment (RETREAT with no mode) or cutting a tie (SANCTION discontinue:
    /// "revoked a military cooperation accord with", "a rompu sa coopération avec") is done to the partner named by
    /// "avec"/"with" right after it, in its clause; that partner's country is no scene.
    pub(super) fn ended_commitment_partner(&self, drafts: &mut [Draft]) {
        for d in drafts.iter_mut() {
            let ended = match d.kind {
                EventType::Retreat => d.mode.is_none(),
                // an agreement of cooperation ended (events/ended.rs)
                EventType::Sanction => d.mode.as_deref() == Some("discontinue"),
                _ => false,
            };
            if !ended || d.nominal || !d.recipient.is_empty() {
                continue;
            }
            let (cs, ce) = self.clause(d.sentence, d.trigger.start);
            let rce = self.first_comma(d.trigger.end, ce);
            let Some(g) = self.groups_in(d.trigger.end, rce).next().filter(|g| {
                self.marker(g, cs) == Some(Cue::With) && self.names_commitment(d.trigger.end, g.start)
            }) else {
                continue;
            };
            let (parties, kinds) = self.group_refs(g);
            if parties.is_empty()
                || parties.iter().any(|p| d.actor.iter().any(|a| a.id.is_some() && a.id == p.id))
            {
                continue;
            }
            let partner_scene = d.location.as_ref().is_some_and(|l| {
                l.precision == 3
                    && l.country.as_deref().is_some_and(|c| {
                        parties.iter().any(|p| p.id.as_deref().and_then(|i| i.strip_prefix("kb:")) == Some(c))
                    })
            });
            if partner_scene {
                d.location = None;
                d.location_reason = Some("the partner of an ended commitment is no scene".to_string());
            }
            d.set_recipient(
                (parties, kinds),
                self.a.explain,
                "ended commitment: the partner after `avec`/`with`",
            );
        }
    }

    /// The words between an ending verb and "avec"/"with" name the commitment ended: a short
    /// noun phrase ("l'accord de coopération en matière de défense"), no other act in it.
    fn names_commitment(&self, from: usize, to: usize) -> bool {
        self.tokens_between(from, to) <= 12
            && self.hits[self.hits_in(Span::new(from, to))].iter().all(|x| {
                self.lex.entry(x).senses.iter().all(|&k| {
                    matches!(self.lex.senses[k as usize].kind, EventType::Agree | EventType::Cooperate)
                })
            })
    }
}

impl Extractor<'_, '_> {
    /// Whether `r` is a non-governmental organisation the article names: an identified body of
    /// kind `other_org` that is no medium, by its name or the noun before it, cue `media` ("state
    /// television ORTM"), as "the rights group" refers to (`anaphora.tsv` `ngo`).
    fn ngo_ref(&self, r: &ActorRef) -> bool {
        let Some(id) = r.id.as_deref() else { return false };
        let media = |s: usize| self.cues_at(s).is_some_and(|(_, c)| c.contains(&Cue::Media));
        self.a.entities.iter().any(|e| {
            e.id.as_deref() == Some(id)
                && e.kind == EntityType::OtherOrg
                && !media(e.span.start)
                // "state television ORTM", "state broadcaster Tele Sahel"
                && !self.tok_before(e.span.start).is_some_and(|t| media(self.a.seg.tokens[t].span.start))
        })
    }

    /// The organisation `ngo` is the speaker of the speech verb at `said` (in sentence `ss`): named
    /// right before it ("Human Rights Watch said", "Amnesty has said") or right after it ("said
    /// Human Rights Watch", "a indiqué HRW"; not a listener, "told Human Rights Watch"), or a
    /// description of an NGO right before it ("the rights group said", `anaphora.tsv` `ngo`).
    fn ngo_speaks(&self, ngo: &ActorRef, said: Span, ss: Span) -> bool {
        let names = |g: &Group| g.ments.iter().any(|&m| self.a.entities[m].id == ngo.id);
        if self
            .groups_in(ss.start, said.start)
            .last()
            .is_some_and(|g| names(g) && self.tokens_between(g.end, said.start) <= 2)
        {
            return true;
        }
        if self.groups_in(said.end, ss.end).next().is_some_and(|g| {
            // (a date at most between: "a indiqué mercredi HRW"; not "state television ORTM")
            let between = self.tokens_between(said.end, g.start);
            names(g)
                && (between == 0
                    || (between == 1
                        && self.tok_before(g.start).is_some_and(|t| self.in_date(self.a.seg.tokens[t].span))))
                && !self.listener(g.start)
        }) {
            return true;
        }
        // "the rights group said", "the New York-based rights group has said"
        let toks = &self.a.seg.tokens;
        let v = toks.partition_point(|t| t.span.start < said.start);
        let list = crate::anaphora::PHRASES.get();
        // (the phrase ends right before the verb, or before one auxiliary: "has said")
        (1..=2).filter(|&skip| v >= skip).any(|skip| {
            let e = v - skip;
            (e.saturating_sub(4)..=e).any(|first| {
                toks[first].span.start >= ss.start
                    && list.class(self.a.doc.lang, &self.a.doc.text[toks[first].span.start..toks[e].span.end])
                        == Some(crate::anaphora::Anaphor::Ngo)
            })
        })
    }

    /// "Malian soldiers … summarily executed at least 14 men in May, Human Rights Watch said
    /// today": an NGO (no medium) speaking of violence or a coercion by a state, its forces, a
    /// militia or a private military company, as the speaker of a speech verb of that sentence
    /// (not "according to" it), accuses the perpetrators: an ACCUSE allege of its own, told by the
    /// speech verb and dated by it. Once per organisation; not when the article has an accusation
    /// of the organisation already (it takes the accused when it names none); an accusation whose
    /// accuser is a description of such a body ("Rights group accuses Mali's army…") takes the
    /// organisation as accuser instead.
    pub(super) fn reported_abuses(&self, drafts: &mut Vec<Draft>) {
        let mut done: Vec<String> = Vec::new();
        let n = drafts.len();
        for i in 0..n {
            let d = &drafts[i];
            if !matches!(d.kind, EventType::Assault | EventType::Coerce)
                || d.background
                // (an operation against the enemy is no abuse: "killed 20 terrorists")
                || d.enemy
                || d.status != Status::Asserted
                || d.source.is_empty()
            {
                continue;
            }
            let Some(ngo) = d.source.iter().find(|r| self.ngo_ref(r)) else { continue };
            let ngo_id = ngo.id.clone().unwrap_or_default();
            if done.contains(&ngo_id) {
                continue;
            }
            let mut accused = (Vec::new(), Vec::new());
            for (r, &k) in d.actor.iter().zip(&d.actor_kinds) {
                if r.id.is_some()
                    && r.id != ngo.id
                    && matches!(
                        k,
                        EntityType::Country | EntityType::StateForce | EntityType::Militia | EntityType::Pmc
                    )
                {
                    push_ref(&mut accused.0, &mut accused.1, r.clone(), k);
                }
            }
            if accused.0.is_empty() {
                continue;
            }
            // the speaker of a speech verb of the sentence, not a source "according to"
            let ss = self.a.seg.sentences[d.sentence].span;
            let hits = &self.hits[self.hits_in(ss)];
            if hits.iter().any(|x| self.lex.entry(x).has(Cue::Accord)) {
                continue;
            }
            let Some(said) = hits
                .iter()
                .filter(|x| self.lex.entry(x).has(Cue::Speech))
                .map(|x| Span::new(x.start, x.end))
                .find(|&x| self.ngo_speaks(ngo, x, ss))
            else {
                continue;
            };
            let ngo = ngo.clone();
            let ngo_kind = EntityType::OtherOrg;
            done.push(ngo_id);
            let accuses = |p: &Draft| p.kind == EventType::Accuse;
            if let Some(k) = (0..drafts.len())
                .find(|&k| accuses(&drafts[k]) && drafts[k].actor.iter().any(|a| a.id == ngo.id))
            {
                let p = &mut drafts[k];
                if p.recipient.is_empty() {
                    p.set_recipient(
                        accused,
                        self.a.explain,
                        "a rights report's accusation: the perpetrators it tells",
                    );
                }
                continue;
            }
            let described = |p: &Draft| {
                !p.actor.is_empty()
                    && p.actor.iter().all(|a| {
                        a.id.is_none()
                            && crate::anaphora::PHRASES.get().class(self.a.doc.lang, a.name.as_str()).or_else(
                                || {
                                    crate::anaphora::PHRASES
                                        .get()
                                        .class(self.a.doc.lang, &format!("the {}", a.name))
                                },
                            ) == Some(crate::anaphora::Anaphor::Ngo)
                    })
            };
            if let Some(k) = (0..drafts.len()).find(|&k| accuses(&drafts[k]) && described(&drafts[k])) {
                let p = &mut drafts[k];
                p.set_actor(
                    (vec![ngo], vec![ngo_kind]),
                    self.a.explain,
                    "a description of the rights group reporting the abuses",
                );
                if p.recipient.iter().all(|r| r.id.is_none()) {
                    p.set_recipient(
                        accused,
                        self.a.explain,
                        "a rights report's accusation: the perpetrators it tells",
                    );
                }
                continue;
            }
            let mut c = drafts[i].clone();
            c.kind = EventType::Accuse;
            c.mode = Some("allege".to_string());
            c.context = None;
            c.trigger = said;
            c.evidence = ss;
            c.actor = vec![ngo];
            c.actor_kinds = vec![ngo_kind];
            (c.recipient, c.recipient_kinds) = accused;
            c.source = Vec::new();
            c.location = None;
            c.location_reason = None;
            c.civilians = false;
            c.quantities = Vec::new();
            c.nominal = false;
            c.definite_noun = false;
            c.participle = false;
            c.counter = false;
            c.enemy = false;
            c.joint = false;
            c.reference = false;
            c.coordinated = false;
            c.agentless_forces = false;
            c.also = Vec::new();
            c.explain = Vec::new();
            let mut steps = Vec::new();
            let mut note = |slot: &str, rule: &str, text: Option<&str>| {
                if self.a.explain {
                    steps.push(step(slot, rule, text.map(str::to_string)));
                }
            };
            note(
                "trigger",
                "an NGO telling violence by a state party: it accuses the perpetrators",
                Some(self.a.text(said)),
            );
            (c.date, c.date_precision, c.date_reason) = self.date(c.sentence, said, &mut note);
            c.explain = steps;
            drafts.push(c);
        }
    }
}
