//! Statements by non-state speakers: "L'Association des journalistes du Burkina a dénoncé…",
//! "l'avocat des prévenus a dénoncé un procès « expéditif »", "…, a dénoncé mardi l'ONG Alarme
//! Phone Sahara". A noun phrase headed by a noun of `data/speakers.tsv` names the speaker, an
//! identified party though the knowledge base lacks it; a country or town in its complement ("du
//! Burkina") is not the speaker.

use super::*;

const DETS: &[&str] = &[
    "l'",
    "l’",
    "la",
    "le",
    "les",
    "un",
    "une",
    "des",
    "leur",
    "leurs",
    "son",
    "sa",
    "ses",
    "the",
    "a",
    "an",
    "their",
    "its",
    "his",
    "her",
    "plusieurs",
    "several",
];
const ENDS: &[&str] = &[
    "qui", "que", "dont", "who", "which", "that", "et", "and", "a", "ont", "avait", "avaient", "aurait",
    "auraient", "has", "have", "had", "is", "are", "was", "were",
];

impl<'a, 'd> Extractor<'a, 'd> {
    /// The token after a speaker head noun (one or two words) at token `t`: "association",
    /// "L'Association" (elided determiner in the token), "rights groups".
    fn speaker_head_end(&self, t: usize) -> Option<usize> {
        let toks = &self.a.seg.tokens;
        let lang = self.a.doc.lang;
        let list = crate::speakers::HEADS.get();
        let w = self.tok_text(t);
        let bare = w.rsplit(['\'', '’']).next().unwrap_or(w);
        if !bare.is_empty() && list.class(lang, bare).is_some() {
            return Some(t + 1);
        }
        if t + 1 < toks.len() {
            let two = &self.a.doc.text[toks[t].span.start..toks[t + 1].span.end];
            if list.class(lang, two).is_some() {
                return Some(t + 2);
            }
        }
        None
    }

    fn punct_tok(&self, t: usize) -> bool {
        !self.tok_text(t).chars().any(char::is_alphanumeric)
    }

    /// A bracket: an acronym in brackets belongs to the name ("l'Union des journalistes (UJM)").
    fn bracket(&self, t: usize) -> bool {
        matches!(self.tok_text(t), "(" | ")")
    }

    /// The noun phrase a speaker head at token `h` opens, its determiner included: its first
    /// token, and the token after its last one (before punctuation, an auxiliary, a relative
    /// pronoun or `stop`, fourteen tokens at most: "l'Association nigérienne de défense des
    /// droits de l'homme (ANDDH)").
    fn speaker_phrase(&self, h: usize, stop: usize, sent_start: usize) -> Option<(usize, usize)> {
        let end_head = self.speaker_head_end(h)?;
        let in_sentence = |t: usize| self.a.seg.tokens[t].span.start >= sent_start;
        let mut start = if h > 0 && in_sentence(h - 1) && self.tok_is(h - 1, DETS) { h - 1 } else { h };
        // "the journalists' union", "a local lawyers' association": English modifiers before the head
        if start == h && self.a.doc.lang == veille_core::Lang::En {
            start = (h.saturating_sub(3)..h)
                .find(|&t| {
                    in_sentence(t)
                        && self.tok_is(t, DETS)
                        && (t + 1..h).all(|k| !self.punct_tok(k) || self.tok_text(k) == "'")
                })
                .unwrap_or(h);
        }
        let mut e = end_head;
        while e < stop && e < end_head + 14 {
            let sp = self.a.seg.tokens[e].span;
            if (self.punct_tok(e) && !self.bracket(e))
                || self.tok_is(e, ENDS)
                || self.cues_at(sp.start).is_some_and(|(_, c)| c.contains(&Cue::Aux))
            {
                break;
            }
            e += 1;
        }
        Some((start, e))
    }

    /// Binds the speaker of statements whose subject a speaker noun heads (before the verb, or
    /// after it in a reporting clause); see the module's comment.
    pub(super) fn speaker_names(&self, drafts: &mut [Draft]) {
        let toks = &self.a.seg.tokens;
        // the last speaker bound: its sentence, the actor it replaced and the speaker
        let mut last_bound: Option<(usize, Vec<ActorRef>, ActorRef)> = None;
        for d in drafts.iter_mut() {
            // "L'association … a dénoncé … et exigé …": a statement coordinated with the one before
            // shares its speaker
            if d.coordinated
                && let Some((si, before, speaker)) = &last_bound
                && *si == d.sentence
                && speech::statement(d.kind)
                && d.actor.len() == before.len()
                && d.actor.iter().zip(before).all(|(a, b)| a.id == b.id && a.name == b.name)
            {
                d.set_actor((vec![speaker.clone()], vec![EntityType::OtherOrg]), false, "");
                if self.a.explain {
                    d.explain.push(step(
                        "actor",
                        "a non-state speaker of the statement it is coordinated with",
                        None,
                    ));
                }
                continue;
            }
            if d.nominal || !(speech::statement(d.kind) || d.kind == EventType::Protest) {
                continue;
            }
            let ss = self.a.seg.sentences[d.sentence].span;
            let first = toks.partition_point(|t| t.span.start < ss.start);
            let last = toks.partition_point(|t| t.span.start < ss.end);
            let trig = toks.partition_point(|t| t.span.start < d.trigger.start);
            if trig >= last {
                continue;
            }
            let mut found = None;
            // before the verb: the nearest head whose phrase ends three tokens at most before it,
            // opening the sentence or following punctuation ("Dans un communiqué, l'association…")
            for h in (first.max(trig.saturating_sub(14))..trig).rev() {
                if self.punct_tok(h) && !self.bracket(h) {
                    break;
                }
                if let Some((s, e)) = self.speaker_phrase(h, trig, ss.start)
                    && trig - e <= 3
                    && (e..trig).all(|k| !self.punct_tok(k))
                    && (s == first || self.punct_tok(s - 1))
                {
                    found = Some((s, h, e));
                    break;
                }
            }
            // after the verb of a reporting clause ("…, a dénoncé mardi l'ONG …"): a comma or a
            // closing quote before the verb group, the phrase within three tokens after it
            if found.is_none() && self.a.doc.lang != veille_core::Lang::En {
                let before = (first..trig).rev().take(3).find(|&k| self.punct_tok(k));
                if before.is_some_and(|k| matches!(self.tok_text(k), "," | "»" | "\"" | "”")) {
                    for h in trig + 1..(trig + 5).min(last) {
                        if self.punct_tok(h) {
                            break;
                        }
                        if let Some((s, _, e)) =
                            self.speaker_phrase(h, last, ss.start).map(|(s, e)| (s, h, e))
                            && s > trig
                        {
                            found = Some((s, h, e));
                            break;
                        }
                    }
                }
            }
            let Some((s, h, e)) = found else { continue };
            let np = Span::new(toks[s].span.start, toks[e - 1].span.end);
            let head_end = toks[h].span.end;
            // the bound actor must be the phrase's own words or a party named in its complement
            // (a state, a place or a person in its complement, not a name in apposition to the
            // head: "l'ONG Amnesty International" is the organisation itself)
            let apposed = if h + 1 < toks.len() { toks[h + 1].span.start } else { head_end };
            let inside = |r: &ActorRef| {
                r.id.is_none()
                    || self.groups.iter().any(|g| {
                        g.start > apposed
                            && g.end <= np.end
                            && g.ments.iter().any(|&m| {
                                let e = &self.a.entities[m];
                                e.id == r.id
                                    && matches!(
                                        e.kind,
                                        EntityType::Country | EntityType::Place | EntityType::Person
                                    )
                            })
                    })
            };
            if !d.actor.iter().all(inside) {
                continue;
            }
            // the phrase's own words already bound as the actor
            if d.actor.len() == 1 && d.actor[0].id.is_none() && d.actor[0].name.len() >= np.end - np.start {
                continue;
            }
            // no event's recipient is its own speaker
            let np_text = &self.a.doc.text[np.start..np.end];
            let keep: Vec<bool> =
                d.recipient.iter().map(|r| r.id.is_some() || !np_text.contains(r.name.as_str())).collect();
            if keep.iter().any(|&k| !k) {
                let (r, k): (Vec<_>, Vec<_>) = std::mem::take(&mut d.recipient)
                    .into_iter()
                    .zip(std::mem::take(&mut d.recipient_kinds))
                    .zip(&keep)
                    .filter(|(_, k)| **k)
                    .map(|(p, _)| p)
                    .unzip();
                d.recipient = r;
                d.recipient_kinds = k;
            }
            let name = self.a.doc.text[np.start..np.end].to_string();
            last_bound = Some((
                d.sentence,
                d.actor.clone(),
                ActorRef { id: None, name: name.clone(), acled_class: None },
            ));
            d.set_actor(
                (
                    vec![ActorRef { id: None, name: name.clone(), acled_class: None }],
                    vec![EntityType::OtherOrg],
                ),
                false,
                "",
            );
            if self.a.explain {
                d.explain.push(step("actor", "a non-state speaker named by its head noun", Some(name)));
            }
        }
    }

    /// `name` is a noun phrase a speaker noun heads ("L'Association des journalistes du Burkina",
    /// "Leur avocat"): an identified party for a statement.
    pub(super) fn speaker_name(&self, name: &str) -> bool {
        self.speaker_class(name).is_some()
    }

    /// As [`Self::speaker_name`], for a statement of type `kind`: families and church leaders
    /// (classes `kin`, `cleric`) are speakers of accusations, demands, rejections and threats only,
    /// not parties to meetings or support ("Leurs familles disent n'avoir reçu aucune nouvelle").
    pub(super) fn speaker_of(&self, name: &str, kind: EventType) -> bool {
        self.speaker_class(name).is_some_and(|c| {
            !matches!(c, "kin" | "cleric")
                || matches!(
                    kind,
                    EventType::Accuse | EventType::Request | EventType::Reject | EventType::Threaten
                )
        })
    }

    /// The class in `data/speakers.tsv` of the head of `name`, when `name` opens on that head or on
    /// a determiner before it.
    fn speaker_class(&self, name: &str) -> Option<&'static str> {
        let lang = self.a.doc.lang;
        let list = crate::speakers::HEADS.get();
        let mut words = name.split_whitespace();
        let w1 = words.next()?;
        let bare = w1.rsplit(['\'', '’']).next().unwrap_or(w1);
        if let Some(c) = list.class(lang, bare) {
            return Some(c);
        }
        // after a determiner (and, in English, up to two modifiers: "the journalists' union")
        let n = if lang == veille_core::Lang::En { 3 } else { 1 };
        if !DETS.iter().any(|x| x.eq_ignore_ascii_case(w1)) {
            return None;
        }
        words.take(n).find_map(|w| list.class(lang, w))
    }
}
