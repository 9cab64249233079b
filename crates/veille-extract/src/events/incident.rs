//! One incident or two: evidence that two mentions of one type tell distinct acts (an abduction
//! beside an attack, each with its own victims), and evidence that a later noun tells the same
//! act again (a possessive noun naming the same victims: "leur libération", "their release").

use super::*;

/// "Au moins quinze soldats ont été tués dans l'attaque d'un poste … Le ministère a démenti
/// l'enlèvement du chef de poste": an abduction and an attack of another or no stated mode, each
/// naming its own victims, are two acts of violence (EVAL guideline 2: kidnappings beside killings
/// are events of their own), whether told by verbs or by nouns. An abduction told again ("les
/// otages enlevés", "the kidnapping") names the same victims or none and still merges.
pub(super) fn abduction_apart(p: &Draft, d: &Draft) -> bool {
    let abduct = |x: &Draft| x.mode.as_deref() == Some("abduct");
    if p.kind != EventType::Assault || d.kind != EventType::Assault || abduct(p) == abduct(d) {
        return false;
    }
    let (taker, other) = if abduct(d) { (d, p) } else { (p, d) };
    !other.recipient.is_empty()
        && !taker.recipient.is_empty()
        && !taker.recipient.iter().any(|r| other.recipient.iter().any(|o| same_victims(r, o)))
}

/// "les autorités ont lancé une mobilisation générale et recruté des dizaines de milliers de
/// VDP", "le recrutement de 3 000 VDP, qui seront formés et déployés": in one sentence, a
/// mobilization of troops and a recruitment of militia by the same party (or one naming none),
/// neither sent to a named place, are one mobilization, of militia (the more specific reading).
/// A deployment to a place of its own ("et déployé des renforts à Djibo"), two verbs or two nouns
/// stay two acts.
pub(super) fn one_mobilization(p: &Draft, d: &Draft) -> bool {
    let modes = matches!(
        (p.mode.as_deref(), d.mode.as_deref()),
        (Some("troops"), Some("militia")) | (Some("militia"), Some("troops"))
    );
    let placed = |x: &Draft| x.location.as_ref().is_some_and(|l| l.precision < 3);
    p.kind == EventType::Mobilize
        && d.kind == EventType::Mobilize
        && p.sentence == d.sentence
        // (a noun names the mobilization, a verb tells it again; two verbs or two nouns each with
        // its own verb are two measures: "has recruited 5,000 troops and deployed them in the
        // north", "a décrété la mobilisation générale et lancé le recrutement de 50 000 VDP")
        && p.nominal != d.nominal
        && modes
        && !placed(p)
        && !placed(d)
}

/// Both events lie in one country.
fn same_country(p: &Draft, d: &Draft) -> bool {
    let cc = |x: &Draft| x.location.as_ref().and_then(|l| l.country.clone());
    cc(p).is_some() && cc(p) == cc(d)
}

/// Two patients are the same people: the same party, or descriptions sharing a content word
/// ("une quinzaine d'otages" / "les otages").
fn same_victims(a: &ActorRef, b: &ActorRef) -> bool {
    match (a.id.as_deref(), b.id.as_deref()) {
        (Some(_), Some(_)) => same_party(a, b),
        (None, None) => names_overlap(&a.name, &b.name),
        _ => false,
    }
}

impl Extractor<'_, '_> {
    /// "Onze commerçants enlevés … ont été libérés dimanche. … La veille de leur libération, des
    /// femmes avaient manifesté": a nominal trigger after a possessive determiner ("leur", "sa",
    /// "their", "his") whose patients are those of an earlier act of the same type and mode names
    /// that act again, not a second release, arrest or abduction. Only acts done to someone
    /// (releases, arrests, abductions) and only with victims in common.
    pub(super) fn possessive_restatement(&self, p: &Draft, d: &Draft) -> bool {
        let patient_act = matches!(
            (d.kind, d.mode.as_deref()),
            (EventType::Retreat, Some("release"))
                | (EventType::Coerce, Some("arrest"))
                | (EventType::Assault, Some("abduct"))
        );
        patient_act
            && d.nominal
            && p.kind == d.kind
            && p.mode == d.mode
            && self.possessive_before(d.trigger.start)
            && d.recipient.iter().any(|r| p.recipient.iter().any(|o| same_victims(r, o)))
    }

    /// Merges each possessive restatement (see `possessive_restatement`) into the earliest act it
    /// names again: same place or none, same date or none. Run once the patients of releases are
    /// bound (`bind_releases`): "leur libération" names its hostages only then.
    pub(super) fn corefer_possessive(&self, drafts: &mut Vec<Draft>) {
        let mut i = 0;
        while i < drafts.len() {
            let d = &drafts[i];
            let target = if d.background || d.counter {
                None
            } else {
                (0..i).find(|&j| {
                    let p = &drafts[j];
                    !p.background
                        && !p.counter
                        && self.possessive_restatement(p, d)
                        // (the sentence restating it may name the speaker's place: "le gouverneur
                        // de Diffa assure que leur libération…"; the country must agree)
                        && (self.places_agree(p, d) || same_country(p, d))
                        && match (p.date.as_deref(), d.date.as_deref()) {
                            (Some(x), Some(y)) => x.starts_with(y) || y.starts_with(x),
                            _ => true,
                        }
                })
            };
            let Some(j) = target else {
                i += 1;
                continue;
            };
            let d = drafts.remove(i);
            let p = &mut drafts[j];
            self.absorb(p, &d, "possessive noun: the same victims' act told again");
            p.also.extend(d.also);
            p.quantities.extend(d.quantities);
        }
    }

    /// "Bénin : après l'attaque du Point Triple, Cotonou renforce…", "deuil national après
    /// l'attaque meurtrière de Bankilaré": a title's background mention by a definite or
    /// demonstrative noun, undated, refers to the incident the body tells (the title's reaction is
    /// about it): it merges into the body's first such incident like a title's event.
    pub(super) fn headline_context_reference(&self, h: &Draft) -> bool {
        let ss = self.a.seg.sentences[h.sentence].span;
        let own_date = self.a.dates.iter().any(|x| ss.contains(x.span) && x.date.is_some());
        h.background && h.nominal && (h.definite_noun || self.demonstrative(h)) && !own_date
    }

    /// "On Tuesday, fighters ambushed a convoy … The army said in a statement that it had
    /// \"neutralised\" 14 attackers": violence on the enemy (cue `enemy`) told by a state party as
    /// its own act (a pronoun subject, an infinitive or no subject named, under the state's speech
    /// verb: "a indiqué avoir « neutralisé » 21 assaillants") after an attack by a
    /// party that is no state's is the state's reply (guideline 2), not the attack told again, even
    /// when the attack's target was a description ("a convoy") rather than the state's forces
    /// (`enemy_reply` covers those). The reply's actor is the speaker.
    pub(super) fn speaker_reply(&self, d: &mut Draft, drafts: &[Draft]) {
        if d.kind != EventType::Assault || !d.enemy || d.counter || d.background || d.nominal {
            return;
        }
        // (the enemy named after it is its patient even when a quote hides the object: "it had
        // \"neutralised\" 14 attackers")
        if !d.actor.is_empty() {
            return;
        }
        let state_id = |r: &ActorRef| r.id.as_deref().is_some_and(|id| party_key(id).len() == 2);
        let speakers: Vec<usize> = (0..d.source.len()).filter(|&k| state_id(&d.source[k])).collect();
        if speakers.is_empty() || d.recipient.iter().any(state_id) {
            return;
        }
        // the latest violence told before it, within three sentences: an attack by no state party
        let Some(p) = drafts
            .iter()
            .rev()
            .take_while(|p| p.sentence + 3 >= d.sentence)
            .find(|p| p.kind == EventType::Assault && !p.counter && !p.background)
        else {
            return;
        };
        if p.sentence == d.sentence || p.enemy || p.actor.is_empty() || p.actor.iter().any(state_id) {
            return;
        }
        let kind = |r: &ActorRef| {
            self.kb
                .and_then(|kb| r.id.as_deref().and_then(|id| kb.get(id)))
                .map_or(EntityType::StateForce, |e| e.kind)
        };
        d.actor = speakers.iter().map(|&k| d.source[k].clone()).collect();
        d.actor_kinds = d.actor.iter().map(kind).collect();
        d.counter = true;
        if self.a.explain {
            d.explain.push(step(
                "trigger",
                "a state's own violence on the enemy after an attack: its reply",
                None,
            ));
            d.explain.push(step("actor", "pronoun subject of the state's statement: the speaker", None));
        }
    }

    /// "Des jihadistes ont attaqué mardi le poste de Diboli … L'armée a indiqué avoir « repoussé »
    /// l'attaque et « neutralisé » 21 assaillants", "The army said it had repelled the attack and
    /// killed dozens of terrorists": a definite attack noun naming the attack told before, object
    /// of a verb of repelling that is coordinated with violence of its own, tells the repelling
    /// party's reply (events/counter.rs), an event the coordinated verb then completes. Repelling
    /// alone ("troops had repelled the attack and that air strikes had…") tells nothing new. The
    /// reply's actor: the state party whose statement tells it, else the party attacked; its
    /// target: the attack's authors.
    pub(super) fn repelled_restated(&self, d: &Draft, attack: &Draft) -> Option<Draft> {
        if d.kind != EventType::Assault || d.background || d.counter || attack.background {
            return None;
        }
        let ss = self.a.seg.sentences[d.sentence].span;
        let rh = self.repel_verb_before(ss.start, d)?;
        if !self.coordinated_violence_after(d.trigger.end, ss.end) {
            return None;
        }
        let state_id = |r: &ActorRef| r.id.as_deref().is_some_and(|id| party_key(id).len() == 2);
        let speaker: Vec<ActorRef> = d.source.iter().filter(|r| state_id(r)).cloned().collect();
        let mut c = d.clone();
        if speaker.is_empty() {
            (c.actor, c.actor_kinds) = (attack.recipient.clone(), attack.recipient_kinds.clone());
        } else {
            c.actor_kinds = vec![EntityType::StateForce; speaker.len()];
            c.actor = speaker;
        }
        if c.actor.is_empty() {
            return None;
        }
        // (the attack's authors, not the replying party: a fallback may have put it there)
        (c.recipient, c.recipient_kinds) = attack
            .actor
            .iter()
            .zip(&attack.actor_kinds)
            .filter(|(r, _)| !c.actor.iter().any(|a| same_party(a, r)))
            .map(|(r, k)| (r.clone(), *k))
            .unzip();
        self.as_reply(
            &mut c,
            Span::new(rh.start, rh.end),
            "repelling the attack told before, with violence of its own: the reply",
        );
        Some(c)
    }

    /// Right after `from` (quotes and an auxiliary or adverb aside), "et"/"and" and a violent
    /// trigger before `to`: "l'attaque et « neutralisé »", "the attack and killed".
    fn coordinated_violence_after(&self, from: usize, to: usize) -> bool {
        let Some(h) = self.hits[self.hits_in(Span::new(from, to))].iter().find(|x| {
            self.lex.entry(x).senses.iter().any(|&k| self.lex.senses[k as usize].kind == EventType::Assault)
        }) else {
            return false;
        };
        let toks = &self.a.seg.tokens;
        let first = toks.partition_point(|t| t.span.start < from);
        let between: Vec<&str> =
            toks[first..].iter().take_while(|t| t.span.end <= h.start).map(|t| self.a.text(t.span)).collect();
        between.len() <= 4
            && between.iter().any(|w| matches!(*w, "et" | "and"))
            && between.iter().all(|w| {
                matches!(
                    *w,
                    "et" | "and"
                        | "«"
                        | "»"
                        | "\""
                        | "“"
                        | "”"
                        | "a"
                        | "ont"
                        | "avait"
                        | "had"
                        | "has"
                        | "have"
                        | "also"
                        | "aussi"
                        | "then"
                        | "puis"
                )
            })
    }

    /// "A senior US official met Mali's military leader in Bamako this week, the first visit by a
    /// high-ranking American diplomat since…", "…, la première visite d'un ministre…": a noun
    /// in apposition after a comma, with a definite article and an ordinal or "latest", names the
    /// event before it again (like ", une demande aussitôt rejetée").
    /// (The word is a noun there, whatever reading the lexicon chose: "the first visit".)
    pub(super) fn ordinal_apposition(&self, d: &Draft) -> bool {
        let word = |t: usize| veille_text::fold_cow(self.tok_text(t)).into_owned();
        let Some(o) = self.tok_before(d.trigger.start) else { return false };
        if !matches!(
            word(o).as_str(),
            "first"
                | "second"
                | "third"
                | "latest"
                | "premiere"
                | "premier"
                | "deuxieme"
                | "troisieme"
                | "derniere"
                | "dernier"
        ) {
            return false;
        }
        let Some(a) = self.tok_before(self.a.seg.tokens[o].span.start) else { return false };
        matches!(word(a).as_str(), "the" | "la" | "le")
            && self.tok_before(self.a.seg.tokens[a].span.start).is_some_and(|c| self.tok_text(c) == ",")
    }

    /// The word before `pos` is a possessive determiner ("leur libération", "sa détention",
    /// "their release").
    fn possessive_before(&self, pos: usize) -> bool {
        self.tok_before(pos).is_some_and(|t| {
            matches!(
                veille_text::fold_cow(self.tok_text(t)).as_ref(),
                "leur" | "leurs" | "sa" | "son" | "ses" | "their" | "his" | "her" | "its"
            )
        })
    }
}

impl Extractor<'_, '_> {
    /// "The army said it had killed 27 militants in the area since the attack", "Depuis l'attaque,
    /// l'armée a multiplié les frappes": a definite or demonstrative noun after a preposition of
    /// time ("since", "after", "following", "depuis", "après", "suite à", "au lendemain de") names
    /// the incident the sentence's own event comes after, never that event again.
    pub(super) fn time_anchor(&self, d: &Draft) -> bool {
        if !d.nominal {
            return false;
        }
        let word = |t: usize| veille_text::fold_cow(self.tok_text(t)).into_owned();
        let Some(mut det) = self.tok_before(d.trigger.start) else { return false };
        if matches!(word(det).as_str(), "'" | "\u{2019}") {
            let Some(l) = self.tok_before(self.a.seg.tokens[det].span.start) else { return false };
            det = l;
        }
        let definite = matches!(
            word(det).as_str(),
            "le" | "la"
                | "l"
                | "l'"
                | "l\u{2019}"
                | "les"
                | "the"
                | "ce"
                | "cet"
                | "cette"
                | "ces"
                | "this"
                | "that"
                | "these"
                | "those"
        );
        let Some(prep) = definite.then(|| self.tok_before(self.a.seg.tokens[det].span.start)).flatten()
        else {
            return false;
        };
        let before = |t: usize| self.tok_before(self.a.seg.tokens[t].span.start);
        match word(prep).as_str() {
            "since" | "after" | "following" | "depuis" | "apres" => true,
            // "suite à l'attaque", "à la suite de l'attaque", "au lendemain de l'attaque", "à la
            // veille du retrait"
            "a" | "de" | "du" => {
                before(prep).is_some_and(|s| matches!(word(s).as_str(), "suite" | "lendemain" | "veille"))
            }
            _ => false,
        }
    }

    /// `other` lies outside the phrase of the time anchor `anchor`: before it ("killed 27
    /// militants since the attack"), or a verb after it past a comma ("Depuis l'attaque de Boni,
    /// l'armée a frappé…"); a verb of the anchor's own relative clause ("depuis le coup d'État qui a
    /// renversé le président, …") tells the anchored incident.
    pub(super) fn apart_from_anchor(&self, anchor: &Draft, other: &Draft) -> bool {
        other.trigger.end <= anchor.trigger.start
            || (other.trigger.start >= anchor.trigger.end
                // (a noun past the comma is in apposition: "après le départ des Russes, un
                // retrait que Bamako présente comme…")
                && !other.nominal
                && self.a.doc.text[anchor.trigger.end..other.trigger.start].contains(','))
    }
}

impl Extractor<'_, '_> {
    /// "Les assaillants ont encerclé le poste … des frappes aériennes menées dans la foulée ont
    /// permis de neutraliser une vingtaine de terroristes", "gunmen attacked the convoy … an air
    /// strike on the attackers' withdrawal route": an air strike (mode `aerial`) is a state's
    /// weapon; beside an attack whose authors are an armed band (an armed group or militia the
    /// knowledge base names, or a description of armed men, cue `enemy`), it is another act, most
    /// often the army's reply, not that attack told again.
    pub(super) fn air_strike_apart(&self, p: &Draft, d: &Draft) -> bool {
        let aerial = |x: &Draft| x.mode.as_deref() == Some("aerial");
        (aerial(d) && !aerial(p) && self.armed_band_authors(p))
            || (aerial(p) && !aerial(d) && self.armed_band_authors(d))
    }

    /// Every author of `d` is a non-state armed party: an armed group or militia of the knowledge
    /// base, or an unresolved description that its sentence writes with an `enemy` cue ("des
    /// hommes armés", "gunmen"). False with no author.
    fn armed_band_authors(&self, d: &Draft) -> bool {
        let ss = self.a.seg.sentences[d.sentence].span;
        let sentence = &self.a.doc.text[ss.start..ss.end];
        !d.actor.is_empty()
            && d.actor.iter().zip(&d.actor_kinds).all(|(r, k)| {
                if r.id.is_some() {
                    return matches!(k, EntityType::ArmedGroup | EntityType::Militia);
                }
                sentence.find(r.name.as_str()).is_some_and(|off| {
                    let span = Span::new(ss.start + off, ss.start + off + r.name.len());
                    self.hits[self.hits_in(span)].iter().any(|x| self.lex.entry(x).has(Cue::Enemy))
                })
            })
    }
}
