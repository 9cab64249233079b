//! Precision of statement-like readings: words that name what another act is about, or who took
//! part in it, rather than an act of their own.

use super::*;

impl<'a, 'd> Extractor<'a, 'd> {
    /// "a rejeté ces accusations", "dénonce des accusations « sans fondement »": an accusation noun
    /// that a refusal or a denunciation takes as its object names the accusation answered, not a
    /// new one (unless its author follows it: "les accusations du Bénin selon lesquelles…").
    pub(super) fn answered_accusation(&self, gov: &Sense, sense: &Sense, h: usize) -> bool {
        if sense.kind != EventType::Accuse || sense.pos != Pos::Noun {
            return false;
        }
        let answers = match gov.kind {
            EventType::Reject => true,
            EventType::Accuse => gov.pos == Pos::Verb,
            _ => false,
        };
        answers && !self.author_after(self.hits[h].end)
    }

    /// A "de"/"du"/"by"/"of" phrase right after `pos` that names a party ("les accusations du
    /// Bénin", "claims by the army").
    fn author_after(&self, pos: usize) -> bool {
        let toks = &self.a.seg.tokens;
        let k = toks.partition_point(|t| t.span.start < pos);
        let Some(t) = toks.get(k) else { return false };
        let marker =
            self.cues_at(t.span.start).is_some_and(|(_, c)| c.contains(&Cue::Gen) || c.contains(&Cue::By));
        marker
            && self
                .groups
                .get(self.groups.partition_point(|g| g.start < t.span.end))
                .is_some_and(|g| self.tokens_between(t.span.end, g.start) <= 1)
    }

    /// "Ouagadougou dénonce des « allégations sans fondement »", "Paris dénonce des accusations":
    /// denouncing an accusation answers it (a rejection), it accuses no one: an accusation verb whose
    /// object is an accusation noun with no author after it.
    pub(super) fn denounced_accusation(&self, d: &Draft) -> bool {
        if d.kind != EventType::Accuse || d.nominal {
            return false;
        }
        let toks = &self.a.seg.tokens;
        let first = toks.partition_point(|t| t.span.start < d.trigger.end);
        for k in first..first + 4 {
            let Some(t) = toks.get(k) else { return false };
            if let Some((hk, cues)) = self.cues_at(t.span.start) {
                let noun_accusation = self.lex.entry(&self.hits[hk]).senses.iter().any(|&x| {
                    let s = &self.lex.senses[x as usize];
                    s.kind == EventType::Accuse && s.pos == Pos::Noun
                });
                if noun_accusation {
                    return !self.author_after(self.hits[hk].end);
                }
                if !cues.iter().any(|c| matches!(c, Cue::Det | Cue::Gen)) {
                    return false;
                }
            } else if !matches!(self.tok_text(k), "«" | "\"" | "“") {
                return false;
            }
        }
        false
    }
}

/// Tokens at most between "soutenir" and the "que" of its clause ("soutient au contraire que").
const QUE_WINDOW: usize = 6;

/// The stems of the words that name support itself ("soutien", "soutenir", "appui",
/// "appuyer", "support"), not praise.
const SUPPORT_STEMS: [&str; 5] = ["soutien", "souten", "appui", "appuy", "support"];

impl Extractor<'_, '_> {
    /// "ont appelé à manifester vendredi", "a appelé à un rassemblement samedi devant
    /// l'ambassade": a call to protest announces the protest of those who call (pledged), it asks
    /// nothing of anyone; a call told before another past ("qui avaient appelé à manifester",
    /// "lui reprochant d'avoir appelé à manifester") is no event of its own (the protest, if any,
    /// is told for itself).
    pub(super) fn calls_to_protest(&self, drafts: &mut Vec<Draft>) {
        drafts.retain_mut(|d| {
            if d.nominal {
                return true;
            }
            // (a row of the lexicon for the call and its protest noun: "appelé à un rassemblement")
            let call_row = d.kind == EventType::Protest
                && veille_text::fold_cow(self.a.text(d.trigger)).starts_with("appel");
            let protest =
                if d.kind == EventType::Request { self.protest_called(d.trigger.end) } else { None };
            // (the call and its protest word: the place after it is the protest's)
            let reach = Span::new(d.trigger.start, protest.map_or(d.trigger.end, |(_, end)| end));
            if protest.is_none() && !call_row {
                return true;
            }
            let earlier = self.tok_before(d.trigger.start).is_some_and(|t| {
                self.tok_is(t, &["avaient", "avait", "avoir", "d'avoir", "d’avoir", "had", "having"])
            });
            if earlier {
                return false;
            }
            if let Some((protest, _)) = protest {
                d.kind = EventType::Protest;
                d.mode = protest.mode.clone();
                d.context = protest.context.clone();
            }
            // (a request took no place from its sentence: a protest does)
            if d.location.is_none() {
                let (cs, ce) = self.clause(d.sentence, d.trigger.start);
                let explain = self.a.explain;
                let mut steps = Vec::new();
                let mut note = |slot: &str, rule: &str, text: Option<&str>| {
                    if explain {
                        steps.push(step(slot, rule, text.map(str::to_string)));
                    }
                };
                let (loc, reason) =
                    self.location(EventType::Protest, d.sentence, cs, ce, reach, &[], &mut note);
                d.location = loc;
                d.location_reason = reason;
                d.explain.extend(steps);
            }
            if matches!(d.status, Status::Asserted | Status::Claimed) {
                d.status = Status::Pledged;
            }
            if self.a.explain {
                d.explain.push(step(
                    "trigger",
                    "a call to protest: the callers' protest, announced",
                    Some(self.a.text(d.trigger).to_string()),
                ));
            }
            true
        });
    }

    /// The protest sense of a trigger right after `pos` through function words and one date ("à
    /// manifester", "à un rassemblement samedi", "for protests").
    fn protest_called(&self, pos: usize) -> Option<(&Sense, usize)> {
        let toks = &self.a.seg.tokens;
        let mut k = toks.partition_point(|t| t.span.start < pos);
        for _ in 0..4 {
            let t = toks.get(k)?;
            if let Some((hk, cues)) = self.cues_at(t.span.start) {
                let senses = &self.lex.entry(&self.hits[hk]).senses;
                if let Some(&s) = senses.first() {
                    let s = &self.lex.senses[s as usize];
                    return (s.kind == EventType::Protest).then_some((s, self.hits[hk].end));
                }
                if !cues.iter().any(|c| matches!(c, Cue::Det | Cue::Dat)) {
                    return None;
                }
                k = toks.partition_point(|x| x.span.start < self.hits[hk].end);
                continue;
            }
            if !self.tok_is(k, &["à", "a", "au", "aux", "to", "for"]) {
                return None;
            }
            k += 1;
        }
        None
    }

    /// Support readings that are no statement of support: "la junte … s'appuie désormais sur les
    /// paramilitaires russes" (relying on), "have turned to Russia for security support" (a
    /// purpose), "l'état-major salue « la bravoure des hommes »" (a force praising its own men, no
    /// one named), "les VDP appuyés par l'aviation" (a participle qualifying the force before it).
    pub(super) fn no_statement_of_support(&self, d: &Draft) -> Option<&'static str> {
        if d.kind != EventType::Support {
            return None;
        }
        let before = &self.a.doc.text[..d.trigger.start];
        let word = veille_text::fold_cow(self.a.text(d.trigger));
        if !d.nominal && word.starts_with("appu") && (before.ends_with("s'") || before.ends_with("s’")) {
            return Some("\"s'appuyer sur\": relying on a party, no statement of support");
        }
        if self.after_purpose_for(d.trigger.start, d.nominal) {
            return Some("support named as a purpose (\"for support\"): no act of support");
        }
        if !d.nominal
            && d.recipient.is_empty()
            && !d.actor.is_empty()
            && d.actor_kinds.iter().all(|&k| k == EntityType::StateForce)
        {
            return Some("a force praising or backing its own men, no one named: no statement of support");
        }
        if !d.nominal && self.participle_after_party(d) {
            return Some("a participle qualifying the party before it: who took part, no statement");
        }
        if !d.nominal && word.starts_with("sout") && self.que_clause_after(d) {
            return Some("\"soutenir que\": maintaining a claim, no statement of support");
        }
        None
    }

    /// The trigger follows, a word or two after a comma, a present participle (", expressing its
    /// support", ", réaffirmant son soutien"): a clause with no tense of its own.
    fn after_participle_opener(&self, d: &Draft) -> bool {
        let mut pos = d.trigger.start;
        for _ in 0..3 {
            let Some(t) = self.tok_before(pos) else { return false };
            let w = self.tok_text(t);
            if w.ends_with("ing") || w.ends_with("ant") {
                return t > 0 && self.tok_text(t - 1) == ",";
            }
            if !w.chars().all(char::is_alphabetic) {
                return false;
            }
            pos = self.a.seg.tokens[t].span.start;
        }
        false
    }

    /// A "que" clause right after the verb of `d`, past adverbs and comma inserts but before any
    /// party ("Bamako soutient au contraire que l'épave…", "soutient, pour sa part, qu'il…").
    fn que_clause_after(&self, d: &Draft) -> bool {
        let toks = &self.a.seg.tokens;
        let first = toks.partition_point(|t| t.span.start < d.trigger.end);
        let ss = self.a.seg.sentences[d.sentence].span;
        let group_before = |pos: usize| self.groups_in(d.trigger.end, pos).next().is_some();
        toks[first..]
            .iter()
            .take(QUE_WINDOW)
            .take_while(|t| t.span.start < ss.end)
            .find(|t| {
                let w = veille_text::fold_cow(&self.a.doc.text[t.span.start..t.span.end]);
                w == "que" || w == "qu'"
            })
            .is_some_and(|t| !group_before(t.span.start))
    }

    /// Support promised or offered ("pledged fresh support for the vigilantes", "announced cash
    /// support for the bereaved households", "stands ready to support the Government", "a proposé
    /// d'apporter un appui"): a promise of help is AID (docs/EVAL.md), a statement of support is
    /// told as done. Only the words of support themselves ("soutien", "appui", "support"): praise
    /// ("saluer", "remercier") is a statement whatever its status; a readiness to help ("s'est dite
    /// prête à appuyer", status hypothetical) stays a statement too.
    pub(super) fn promised_support(&self, d: &mut Draft) {
        // ("said the border would stay closed, expressing its support": a participle clause
        // after a comma takes the main verb's future, not a promise of its own)
        if d.kind != EventType::Support || d.status != Status::Pledged || self.after_participle_opener(d) {
            return;
        }
        let word = veille_text::fold_cow(self.a.text(d.trigger));
        if !SUPPORT_STEMS.iter().any(|s| word.starts_with(s)) {
            return;
        }
        d.kind = EventType::Aid;
        d.mode = None;
        if self.a.explain {
            d.explain.push(step(
                "trigger",
                "support promised or offered: aid, no statement of support",
                None,
            ));
        }
    }

    /// "for security support", "pour son soutien": "for" (or "pour" before a noun: "pour soutenir"
    /// is an act's purpose, told as such) up to two words before `pos`.
    fn after_purpose_for(&self, pos: usize, noun: bool) -> bool {
        let mut p = pos;
        for _ in 0..3 {
            let Some(t) = self.tok_before(p) else { return false };
            if self.tok_is(t, &["for"]) || (noun && self.tok_is(t, &["pour"])) {
                return true;
            }
            if self.tok_text(t).chars().any(|c| !c.is_alphabetic()) {
                return false;
            }
            p = self.a.seg.tokens[t].span.start;
        }
        false
    }

    /// A past participle right after a party's name or its closing parenthesis, with an agent after
    /// it ("les Volontaires pour la défense de la patrie (VDP) appuyés par l'aviation").
    fn participle_after_party(&self, d: &Draft) -> bool {
        let toks = &self.a.seg.tokens;
        let n = toks.partition_point(|t| t.span.start < d.trigger.end);
        let by = toks
            .get(n)
            .is_some_and(|t| self.cues_at(t.span.start).is_some_and(|(_, c)| c.contains(&Cue::By)));
        let Some(t) = self.tok_before(d.trigger.start) else { return false };
        let end = toks[t].span.end;
        by && (self.tok_text(t) == ")" || self.groups.iter().any(|g| g.end == end))
    }
}

impl Extractor<'_, '_> {
    /// "The attackers, who arrived in gun trucks, set fire to…", "des hommes armés, arrivés à
    /// moto, ont ouvert le feu": the arrival of the party that attacks in the same sentence is how
    /// it attacked, no mobilization (a state's forces or militias arriving stay a deployment): a
    /// mobilization of an armed group or of a description, before an assault by such a party in
    /// its sentence.
    pub(super) fn attackers_arrival(&self, drafts: &mut Vec<Draft>) {
        // (an armed group, or a description naming no state force, militia or state)
        let irregular = |refs: &[ActorRef], kinds: &[EntityType]| {
            !refs.is_empty()
                && refs.iter().zip(kinds).all(|(r, &k)| {
                    k == EntityType::ArmedGroup
                        || (r.id.is_none() && !is_party(k) && k != EntityType::Country)
                })
        };
        let arrivals: Vec<usize> = (0..drafts.len())
            .filter(|&i| {
                let d = &drafts[i];
                d.kind == EventType::Mobilize
                    && !d.nominal
                    && !d.background
                    && irregular(&d.actor, &d.actor_kinds)
                    && drafts.iter().any(|p| {
                        p.sentence == d.sentence
                            && p.kind == EventType::Assault
                            && p.trigger.start > d.trigger.end
                            && irregular(&p.actor, &p.actor_kinds)
                    })
            })
            .collect();
        // a state's own forces arriving and then attacking or arresting in the same sentence
        // ("troops arrived in armoured vehicles at dawn, rounded up men … and shot dead twelve"):
        // how the assault began, no deployment of their own
        let lang = self.a.doc.lang;
        let state_move = |d: &Draft| {
            self.hits[self.hits_in(d.trigger)].iter().find(|x| x.start == d.trigger.start).is_some_and(|x| {
                self.lex.entry(x).senses.iter().any(|&s| {
                    let s = &self.lex.senses[s as usize];
                    s.kind == EventType::Mobilize
                        && crate::state_moves::ENTRIES.get().class(lang, &s.entry).is_some()
                })
            })
        };
        let shares = |a: &[ActorRef], b: &[ActorRef]| {
            a.iter().any(|x| x.id.is_some() && b.iter().any(|y| y.id == x.id))
        };
        let mut arrivals = arrivals;
        for (i, d) in drafts.iter().enumerate() {
            if d.kind != EventType::Mobilize
                || d.nominal
                || d.background
                || d.actor.is_empty()
                || arrivals.contains(&i)
                || !state_move(d)
            {
                continue;
            }
            let attacks = drafts.iter().any(|p| {
                p.sentence == d.sentence
                    && matches!(p.kind, EventType::Assault | EventType::Coerce)
                    && p.trigger.start > d.trigger.end
                    && (shares(&d.actor, &p.actor)
                        || (p.actor.is_empty() && !p.recipient.is_empty() && !shares(&d.actor, &p.recipient)))
            });
            if attacks {
                arrivals.push(i);
            }
        }
        arrivals.sort_unstable();
        for i in arrivals.into_iter().rev() {
            let d = drafts.remove(i);
            if self.a.explain
                && let Some(prev) = i.checked_sub(1).and_then(|k| drafts.get_mut(k))
            {
                prev.explain.push(step(
                    "filter",
                    "a later trigger dropped: the attackers' arrival, how they attacked, no mobilization",
                    Some(self.a.text(d.trigger).to_string()),
                ));
            }
        }
    }
}

impl Extractor<'_, '_> {
    /// "L'état-major déplore la perte de trois soldats…, tombés lors de l'attaque", "L'armée déplore
    /// sept militaires tués": a state force regretting its own dead tells a toll, it disapproves of
    /// no one (a death word or an assault in its clause after the verb; no identified party but its
    /// own forces named).
    pub(super) fn force_mourning(&self, d: &Draft) -> bool {
        if d.kind != EventType::Accuse
            || d.nominal
            || d.mode.as_deref() != Some("disapprove")
            || d.actor.is_empty()
            || !d.actor_kinds.iter().all(|&k| k == EntityType::StateForce)
            // ("L'armée a dénoncé le JNIM pour l'attaque": an enemy named is disapproved of)
            || d.recipient
                .iter()
                .zip(&d.recipient_kinds)
                .any(|(r, &k)| r.id.is_some() && !matches!(k, EntityType::StateForce | EntityType::Militia))
        {
            return false;
        }
        let (_, ce) = self.clause(d.sentence, d.trigger.start);
        self.hits[self.hits_in(Span::new(d.trigger.end, ce))].iter().take(12).any(|x| {
            let e = self.lex.entry(x);
            e.has(Cue::Fatal)
                || e.has(Cue::Injured)
                || e.senses.iter().any(|&s| self.lex.senses[s as usize].kind == EventType::Assault)
        })
    }
}
