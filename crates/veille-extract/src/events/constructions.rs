//! Constructions around a trigger: passives, participles, infinitives, governing verbs.

use super::*;

impl<'a, 'd> Extractor<'a, 'd> {
    /// "the clashes left three people dead", "left dozens wounded": `leave` with a victim count
    /// and a state reports a toll, not a withdrawal.
    pub(super) fn resultative_leave(&self, h: usize, sense: &Sense) -> bool {
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
    pub(super) fn after_det_adjective(&self, pos: usize) -> bool {
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
    pub(super) fn governed(&self, h: usize, sense: &Sense) -> bool {
        if self.infinitive_content(h, sense)
            || self.condition_of_threat(h)
            || self.imputed_act(h)
            || self.leaving_by_deadline(h, sense)
            || self.quoted_content(h, sense)
        {
            return true;
        }
        let toks = &self.a.seg.tokens;
        let mut pos = self.hits[h].start;
        let mut crossed_de = false;
        // up to three function words, or five through a light noun ("l'ouverture d'une")
        let mut light = false;
        // ("called for his immediate release": a verb-form trigger after a determiner and one
        // plain lowercase word is a noun too; "an ECOWAS demand" names its author)
        let det_adj = || {
            self.tok_before(self.hits[h].start)
                .filter(|&a| {
                    self.cues_at(toks[a].span.start).is_none()
                        && self.tok_text(a).starts_with(char::is_lowercase)
                })
                .and_then(|a| self.tok_before(toks[a].span.start))
                .and_then(|d| self.cues_at(toks[d].span.start))
                .is_some_and(|(_, c)| c.contains(&Cue::Det))
        };
        let mut adjective = sense.pos == Pos::Noun || det_adj();
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
                if self.answered_accusation(gov, sense, h) {
                    return true;
                }
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
                            // "a mis fin à sa coopération avec la France": the cooperation ended
                            || (sense.kind == EventType::Cooperate && sense.pos == Pos::Noun)
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
    pub(super) fn imputed_act(&self, h: usize) -> bool {
        let toks = &self.a.seg.tokens;
        let hit = self.hits[h];
        let mut pos = hit.start;
        let mut linked = false;
        let mut intent: Option<usize> = None;
        for step_back in 0..6 {
            let Some(t) = self.tok_before(pos) else { return false };
            let ts = toks[t].span.start;
            if let Some((ph, cues)) = self.cues_at(ts) {
                // ("the plotters had planned to attack": the suspects right before their intention)
                if cues.contains(&Cue::Suspect) {
                    return linked || intent.is_some();
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
    pub(super) fn infinitive_content(&self, h: usize, sense: &Sense) -> bool {
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
        // "a menacé de se retirer de la FMM": a reflexive pronoun between "de" and its infinitive
        if sense.pos == Pos::Verb
            && matches!(before.as_str(), "se" | "s'")
            && let Some(p) = self.tok_before(self.a.seg.tokens[t].span.start)
        {
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
    pub(super) fn object_of_infinitive(&self, pos: usize) -> bool {
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
    pub(super) fn condition_of_threat(&self, h: usize) -> bool {
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
    pub(super) fn in_relative_of_circumstance(&self, pos: usize) -> bool {
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
    pub(super) fn means_of_previous(&self, pos: usize) -> bool {
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
    pub(super) fn participle_between(&self, from: usize, to: usize) -> bool {
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
    pub(super) fn apposition_comma(&self, h: usize, sense: &Sense) -> Option<usize> {
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
        if participle && self.en_object_after(hit.end) {
            return None;
        }
        participle.then_some(ct.start)
    }

    /// English: the words right after a verb open its object — an entity group or a determiner not
    /// inside a date ("The U.N. rights chief, Volker Türk, urged Malian authorities…", ", Name,
    /// accused the army…"): a past tense closing an apposition, not a participle in apposition.
    fn en_object_after(&self, end: usize) -> bool {
        if self.a.doc.lang != veille_core::Lang::En {
            return false;
        }
        let toks = &self.a.seg.tokens;
        let n = toks.partition_point(|t| t.span.start < end);
        let Some(next) = toks.get(n) else { return false };
        if self.in_date(next.span) {
            return false;
        }
        let object = self.groups_in(next.span.start, usize::MAX).next().is_some_and(|g| g.start == next.span.start)
                || self.cues_at(next.span.start).is_some_and(|(_, c)| c.contains(&Cue::Det))
                // (a place named right after: "…, appointed mediator by ECOWAS, visited Bamako")
                || self.a.places.iter().any(|p| p.span.start == next.span.start);
        if !object {
            return false;
        }
        // ("The convoy, attacked the day before by gunmen,": an agent before the next comma keeps
        // the participle passive)
        let ce = self.first_comma(end, self.a.seg.sentences[self.sentence_of(end)].span.end);
        !self.hits[self.hits_in(Span::new(end, ce))].iter().any(|x| self.lex.entry(x).has(Cue::By))
    }

    /// A past participle with no auxiliary in its clause ("Mali : vingt soldats tués dans l'attaque
    /// de…", "douze suspects interpellés", "Over 100 killed as jihadis storm…"): a reduced passive
    /// whose noun phrase before it is the patient, never the actor. English needs no object after
    /// it ("Gunmen killed five herders" is active). Only verbs that take an object.
    pub(super) fn bare_participle(&self, h: usize, sense: &Sense, cs: usize) -> bool {
        let transitive = match sense.kind {
            EventType::Assault | EventType::Coerce | EventType::Sanction | EventType::Accuse => true,
            EventType::Retreat => sense.mode.as_deref() == Some("release"),
            _ => false,
        };
        if !transitive || sense.pos != Pos::Verb || sense.tense != Tense::Base || sense.subj_recipient {
            return false;
        }
        // "troops clashed on Monday with gunmen": a verb with no object is active
        if sense.intrans {
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
                // "suspendue", "détenues": the feminine of a participle in -u, from a verb in -re or
                // -ir only ("attaque", "tue", "bloque" are presents of verbs in -er)
                || ((word.ends_with("ue") || word.ends_with("ues"))
                    && sense.entry.strip_prefix('<').and_then(|e| e.split('>').next()).is_some_and(|l| !l.ends_with("er")))
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

    pub(super) fn is_passive(&self, h: usize, sense: &Sense) -> bool {
        if sense.pos == Pos::Noun {
            return false;
        }
        // "sont descendus dans la rue", "étaient convenus de": "être" is their active auxiliary
        if self.unaccusative(sense) {
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
        if !sense.subj_recipient && self.adjectival_participle(h) {
            return true;
        }
        // "par"/"by" right after, unless "avoir" is the auxiliary: "a annoncé avoir acheminé par
        // avion des vivres" is active, "par avion" the means
        let next = toks.partition_point(|t| t.span.start < hit.end);
        let have_aux = self.a.doc.lang == veille_core::Lang::Fr
            && self.tok_before(hit.start).is_some_and(|t| {
                matches!(
                    veille_text::fold_cow(self.tok_text(t)).as_ref(),
                    "a" | "ont"
                        | "avait"
                        | "avaient"
                        | "aurait"
                        | "auraient"
                        | "avoir"
                        | "ayant"
                        | "avons"
                        | "aura"
                        | "auront"
                )
            });
        if next < toks.len()
            && !have_aux
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
                    // "le gouverneur de la région de l'Est a rendu visite": after an elided
                    // article the word is a noun (a compass point, a region), no auxiliary
                    if self.tok_before(ts).is_some_and(|b| self.tok_is(b, &["l'", "l’"])) {
                        return false;
                    }
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
    pub(super) fn generic_statement(&self, si: usize, h: usize, d: &Draft) -> Option<&'static str> {
        if d.kind != EventType::Assault || d.date_precision == Some(veille_core::Precision::Day) {
            return None;
        }
        let hit = self.hits[h];
        let (cs, ce) = self.clause(si, hit.start);
        let toks = &self.a.seg.tokens;
        if self.series_since_year(si, h, d) {
            return Some("generic statement: violence told over the years since a year");
        }
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
    /// "La région est frappée depuis 2015 par les attaques de Boko Haram", "multiplient depuis 2021
    /// les rapts", "Benin has faced a growing number of attacks since 2021", "Depuis 2018, le pays
    /// dogon est le théâtre d'affrontements…": violence told over the years since a year (in the
    /// trigger's clause, or opening its sentence) is the state of a conflict, not one incident. The
    /// trigger is a plural noun or a verb; a singular noun ("l'attaque la plus meurtrière depuis
    /// 2019"), a superlative ("l'une des attaques les plus meurtrières depuis 2015", "the deadliest
    /// attacks since 2019") and a hostage held since a year ("enlevé depuis 2016") keep their event.
    pub(super) fn series_since_year(&self, si: usize, h: usize, d: &Draft) -> bool {
        let hit = self.hits[h];
        let word = self.a.text(Span::new(hit.start, hit.end)).rsplit(' ').next().unwrap_or("");
        if d.nominal {
            if !(word.ends_with('s') || word.ends_with('x')) {
                return false;
            }
        } else if d.mode.as_deref() == Some("abduct") {
            return false;
        }
        let toks = &self.a.seg.tokens;
        let since_year = |x: &Hit| {
            self.lex.entry(x).has(Cue::Since) && {
                let k = toks.partition_point(|t| t.span.start < x.end);
                k < toks.len() && {
                    let w = self.tok_text(k);
                    w.len() == 4
                        && (w.starts_with("19") || w.starts_with("20"))
                        && w.bytes().all(|b| b.is_ascii_digit())
                }
            }
        };
        let (cs, ce) = self.clause(si, hit.start);
        let ss = self.a.seg.sentences[si].span;
        // (next to the trigger, no comma between: "Le JNIM, actif depuis 2017, a attaqué…" is one act)
        let comma_between = |a: usize, b: usize| {
            let (a, b) = if a <= b { (a, b) } else { (b, a) };
            let j = toks.partition_point(|t| t.span.start < a);
            toks[j..]
                .iter()
                .take_while(|t| t.span.start < b)
                .any(|t| &self.a.doc.text[t.span.start..t.span.end] == ",")
        };
        let in_clause = self.hits[self.hits_in(Span::new(cs, ce))].iter().any(|x| {
            since_year(x)
                && !comma_between(x.start, hit.start)
                && self.tokens_between(x.start.min(hit.start), x.start.max(hit.start)) <= 8
        });
        let opening = self.hits[self.hits_in(Span::new(ss.start, hit.start))]
            .iter()
            .any(|x| since_year(x) && self.tokens_between(ss.start, x.start) == 0);
        if !(in_clause || opening) {
            return false;
        }
        // superlatives and "one of" single out incidents
        let i = toks.partition_point(|t| t.span.start < cs);
        let n = toks[i..].iter().take_while(|t| t.span.end <= ce).count();
        !(i..i + n).any(|k| {
            self.tok_is(k, &["pire", "pires", "deadliest", "worst", "bloodiest", "largest", "biggest"])
                || (k > 0
                    && self.tok_is(k, &["plus", "most"])
                    && self.tok_is(k - 1, &["le", "la", "les", "the"]))
        })
    }
    /// A French past participle right after the noun it qualifies, with no auxiliary ("les personnes
    /// libérées ont été prises en charge", "les personnes détenues pour leurs opinions", "Parmi les
    /// personnes interpellées figurent…"): a passive whose noun is the patient, never the actor.
    /// Only endings that no present-tense form shares ("tue", "nie", "détruit", "invite" are also
    /// present forms), and the word before must be a plain noun: no auxiliary,
    /// clitic, adverb ("a ensuite libéré", "a de nouveau libéré"), date ("a libéré mardi"),
    /// function word or trigger.
    pub(super) fn adjectival_participle(&self, h: usize) -> bool {
        if self.a.doc.lang != veille_core::Lang::Fr {
            return false;
        }
        let hit = self.hits[h];
        let word = self.a.text(Span::new(hit.start, hit.end)).split(' ').next().unwrap_or("");
        // ("invite", "autorise" are present forms: no "-ite", "-ise")
        const ENDINGS: &[&str] = &["é", "ée", "és", "ées", "ies", "ues", "us", "its"];
        if word.chars().next().is_none_or(char::is_uppercase) || !ENDINGS.iter().any(|e| word.ends_with(e)) {
            return false;
        }
        let Some(t) = self.tok_before(hit.start) else { return false };
        let tk = self.a.seg.tokens[t];
        let w = self.tok_text(t);
        const AUX: &[&str] = &[
            "a", "as", "ont", "avait", "avaient", "ait", "aient", "aura", "auront", "aurait", "auraient",
            "eu", "est", "sont", "été", "était", "étaient", "soit", "soient", "sera", "seront", "serait",
            "seraient",
        ];
        // (the word before first: cheap tests before the clause scan)
        if tk.kind != veille_text::TokenKind::Word
            || self.in_date(tk.span)
            || w.len() < 3
            || veille_text::fold_cow(w).ends_with("ment")
            || self.word_class(t).is_some_and(|c| !matches!(c, WordClass::Abstract | WordClass::Place))
        {
            return false;
        }
        // the participle qualifies the clause's first noun phrase, its subject ("Les personnes
        // libérées ont été…"): no verb group before it in the clause ("Le JNIM a exécuté trois VDP
        // capturés la semaine précédente", "l'armée ait tué": the main verb's, left alone)
        let (cs, _) = self.clause(self.sentence_of(hit.start), hit.start);
        let toks = &self.a.seg.tokens;
        let first = toks.partition_point(|x| x.span.start < cs);
        if (first..=t).any(|k| {
            self.tok_is(k, AUX)
                || self.cues_at(toks[k].span.start).is_some_and(|(_, c)| {
                    // ("les", "leur" are articles here, not clitics)
                    !c.contains(&Cue::Det)
                        && c.iter().any(|c| {
                            matches!(
                                c,
                                Cue::Aux
                                    | Cue::Passive
                                    | Cue::Refl
                                    | Cue::Clitic
                                    | Cue::Pron
                                    | Cue::Que
                                    | Cue::Hypo
                                    | Cue::Pledge
                                    | Cue::Speech
                            )
                        })
                })
        }) || self.hits[self.hits_in(Span::new(cs, hit.start))]
            .iter()
            .any(|x| self.lex.entry(x).senses.iter().any(|&s| self.lex.senses[s as usize].pos == Pos::Verb))
        {
            return false;
        }
        // a noun of people or a casualty word may carry a cue; any other cue word (auxiliary,
        // clitic, negation, status, article, preposition) or a trigger may not
        self.cues_at(tk.span.start).is_none_or(|(x, c)| {
            self.lex.entry(&self.hits[x]).senses.is_empty()
                && self.hits[x].end <= hit.start
                && c.iter().all(|c| {
                    matches!(
                        c,
                        Cue::Civilian
                            | Cue::UTroops
                            | Cue::Fatal
                            | Cue::Injured
                            | Cue::Abducted
                            | Cue::Evacuee
                            | Cue::Enemy
                            | Cue::Media
                            | Cue::Anaphor
                            | Cue::Deportee
                    )
                })
        })
    }
    /// A French or English auxiliary or passive verb among the tokens in [from, to).
    pub(super) fn auxiliary_between(&self, from: usize, to: usize) -> bool {
        let toks = &self.a.seg.tokens;
        let i = toks.partition_point(|t| t.span.start < from);
        let n = toks[i..].iter().take_while(|t| t.span.start < to).count();
        let words: &[&str] = if self.a.doc.lang == veille_core::Lang::En {
            &["has", "have", "had", "was", "were", "been", "is", "are"]
        } else {
            &["a", "ont", "avait", "avaient", "est", "sont", "été", "était", "étaient"]
        };
        (i..i + n).any(|k| {
            self.tok_is(k, words)
                || self.cues_at(toks[k].span.start).is_some_and(|(_, c)| {
                    !c.contains(&Cue::Det) && c.iter().any(|c| matches!(c, Cue::Aux | Cue::Passive))
                })
        })
    }

    /// Hit `h` is an English word with both a noun and a verb reading ("attack", "raids").
    pub(super) fn en_noun_and_verb(&self, h: usize) -> bool {
        if self.a.doc.lang != veille_core::Lang::En {
            return false;
        }
        let e = self.lex.entry(&self.hits[h]);
        let pos_of = |p: Pos| e.senses.iter().any(|&k| self.lex.senses[k as usize].pos == p);
        pos_of(Pos::Noun) && pos_of(Pos::Verb)
    }

    /// "Attacks by JNIM fighters killed 15 soldiers", "Clashes between the army and militants
    /// left…": an English word in -s that is both a verb and a noun is the plural noun when it
    /// opens its sentence (a finite verb needs a subject before it) or when "by" follows it (an
    /// active verb takes no "by" agent).
    pub(super) fn en_plural_noun_reading(&self, h: usize) -> bool {
        if !self.en_noun_and_verb(h) {
            return false;
        }
        let hit = self.hits[h];
        let toks = &self.a.seg.tokens;
        let first = toks.partition_point(|t| t.span.start < hit.start);
        if first >= toks.len() || toks[first].span.start != hit.start {
            return false;
        }
        let w = self.tok_text(first);
        if w.len() < 4 || !w.ends_with('s') || w.ends_with("ss") {
            return false;
        }
        let ss = self.a.seg.sentences[self.sentence_of(hit.start)].span;
        let opens = toks.partition_point(|t| t.span.start < ss.start) == first;
        let next = toks.partition_point(|t| t.span.start < hit.end);
        opens || (next < toks.len() && self.tok_is(next, &["by"]))
    }
}

impl Extractor<'_, '_> {
    /// An English past participle right after a lower-case noun of a clause whose verb comes
    /// before it, with no object after it ("urged Mali to free the villagers arrested in Mopti",
    /// "in exchange for nine fighters detained in Bamako"): a reduced relative qualifying that
    /// noun, its patient, never the clause subject. Only single-word triggers of verbs that take an
    /// object.
    pub(super) fn postnominal_participle(&self, h: usize, sense: &Sense, cs: usize) -> bool {
        if self.a.doc.lang != veille_core::Lang::En
            || sense.pos != Pos::Verb
            || sense.tense != Tense::Base
            || sense.subj_recipient
        {
            return false;
        }
        let transitive = match sense.kind {
            EventType::Assault | EventType::Coerce | EventType::Sanction => true,
            EventType::Retreat => sense.mode.as_deref() == Some("release"),
            _ => false,
        };
        let hit = self.hits[h];
        let word = &self.a.doc.text[hit.start..hit.end];
        if !transitive
            || word.contains(' ')
            || !(word.ends_with("ed") || matches!(word, "held" | "taken" | "shot" | "struck" | "slain"))
        {
            return false;
        }
        let toks = &self.a.seg.tokens;
        let Some(t) = self.tok_before(hit.start) else { return false };
        let tk = toks[t];
        let before = self.tok_text(t);
        if tk.span.start < cs
            || tk.kind != veille_text::TokenKind::Word
            || !before.starts_with(|c: char| c.is_lowercase())
            || self.in_date(tk.span)
            || self.word_class(t).is_some()
            || self.tok_is(
                t,
                &[
                    "has", "have", "had", "was", "were", "been", "being", "is", "are", "be", "who", "which",
                    "that", "and", "or", "then", "but", "it", "they", "he", "she", "we",
                ],
            )
            || self.cues_at(tk.span.start).is_some_and(|(_, c)| {
                c.iter().any(|c| {
                    matches!(
                        c,
                        Cue::Aux
                            | Cue::Passive
                            | Cue::Pron
                            | Cue::Que
                            | Cue::Refl
                            | Cue::Clitic
                            | Cue::Hypo
                            | Cue::Pledge
                            | Cue::Speech
                            | Cue::Coord
                            | Cue::Det
                            | Cue::Deny
                    )
                })
            })
        {
            return false;
        }
        // a verb before the noun in the clause: the noun is its object or complement
        let verb_before = self.hits[self.hits_in(Span::new(cs, tk.span.start))].iter().any(|x| {
            let e = self.lex.entry(x);
            e.has(Cue::Speech) || e.senses.iter().any(|&k| self.lex.senses[k as usize].pos == Pos::Verb)
        });
        if !verb_before {
            return false;
        }
        // nothing after it that opens an object
        let n = toks.partition_point(|x| x.span.start < hit.end);
        let Some(next) = toks.get(n) else { return true };
        if self.tok_is(n, &[",", ".", ";", ":", ")", "-", "–", "—"]) || self.in_date(next.span) {
            return true;
        }
        next.kind == veille_text::TokenKind::Word
            && (self.word_class(n) == Some(WordClass::Stop)
                || self.cues_at(next.span.start).is_some_and(|(_, c)| {
                    c.iter()
                        .any(|c| matches!(c, Cue::By | Cue::Loc | Cue::Sub | Cue::Background | Cue::Accord))
                }))
    }
}
