//! Noun phrases before and after a trigger, and the tests on their words.

use super::*;

impl<'a, 'd> Extractor<'a, 'd> {
    /// The object of the trigger `start..end` (or, in the passive, a subject just before it) is a
    /// word of cue class `class` ("a suspendu la BBC": `Media`; "a suspendu trois ONG":
    /// `Restricted`). For a restricted body, an event noun read first ("a suspendu son aide aux
    /// ONG") is the object instead and the class word after it is not. Past dates and inserts
    /// between commas are read over ("a suspendu, mardi, pour trois mois, la diffusion de…"); a
    /// channel named by a speech verb or a relative clause further on is not the object ("…, a
    /// annoncé le gouvernement dans un communiqué lu à la télévision").
    pub(super) fn object_of_class(
        &self,
        start: usize,
        end: usize,
        cs: usize,
        ce: usize,
        passive: bool,
        class: Cue,
    ) -> bool {
        let nouns_stop = class != Cue::Media;
        let toks = &self.a.seg.tokens;
        let first = toks.partition_point(|t| t.span.start < end);
        // (over a quoted insert too: the clause ends at a quotation mark)
        let se = self.a.seg.sentences[self.sentence_of(start)].span.end.max(ce);
        for (k, t) in toks.iter().enumerate().skip(first).take(16) {
            if t.span.start >= se
                || self.tok_is(
                    k,
                    &[
                        "qui", "que", "qu'", "dont", "who", "which", "that", ";", ":", "ont", "has", "have",
                        "said",
                    ],
                )
                // (French "a" is a verb; English "a" the article of the object: "suspended a dozen NGOs")
                || (self.a.doc.lang == veille_core::Lang::Fr && self.tok_is(k, &["a"]))
            {
                break;
            }
            let Some((x, cues)) = self.cues_at(t.span.start) else { continue };
            if cues.contains(&class) {
                // "la suspension de ses activités": the actor's own activities, a withdrawal
                return !(class == Cue::Restricted
                    && k > 0
                    && self.tok_is(k - 1, &["ses", "leurs", "son", "sa", "its", "their"]));
            }
            // another verb group: "…, a annoncé lundi la télévision publique"
            let e = self.lex.entry(&self.hits[x]);
            if cues.iter().any(|c| matches!(c, Cue::Speech | Cue::Pledge | Cue::Aux | Cue::Claim))
                || e.senses.iter().any(|&i| self.lex.senses[i as usize].pos == Pos::Verb)
                || (nouns_stop && !e.senses.is_empty())
            {
                break;
            }
        }
        passive
            && self.hits[self.hits_in(Span::new(cs, start))]
                .iter()
                .any(|x| self.lex.entry(x).has(class) && self.tokens_between(x.end, start) <= 12)
    }

    /// The sentence opens with a past participle clause ("Réunis dimanche à Niamey, …", "Arrivé
    /// lundi soir à Bamako, …"): the end of its comma.
    pub(super) fn initial_participle_clause(&self, si: usize) -> Option<usize> {
        let ss = self.a.seg.sentences[si].span;
        let toks = &self.a.seg.tokens;
        let first = toks.partition_point(|t| t.span.start < ss.start);
        let t0 = toks.get(first).filter(|t| t.span.end <= ss.end)?;
        let w = &self.a.doc.text[t0.span.start..t0.span.end];
        if !w.chars().next().is_some_and(char::is_uppercase) || w.chars().count() < 4 {
            return None;
        }
        let lw = w.to_lowercase();
        let participle = ["é", "ée", "és", "ées", "is", "ise", "ises"].iter().any(|e| lw.ends_with(e))
            && !matches!(
                lw.as_str(),
                "depuis" | "puis" | "mais" | "jadis" | "après" | "près" | "dès" | "très"
            );
        if !participle
            // (a gathering participle, cue `convened`, opens such a clause and is its own meeting)
            || self.cues_at(t0.span.start).is_some_and(|(_, c)| c.iter().any(|&x| x != Cue::Convened))
            || self.a.entities.iter().any(|e| e.span.overlaps(t0.span))
            || self.a.places.iter().any(|p| p.span.overlaps(t0.span))
        {
            return None;
        }
        toks[first..]
            .iter()
            .take_while(|t| t.span.end <= ss.end)
            .find(|t| &self.a.doc.text[t.span.start..t.span.end] == ",")
            .map(|t| t.span.end)
    }

    /// +1 when the sentence dates its events on the day after the one told before ("le
    /// lendemain", "the next day", "the following day"), -1 for the day before ("la veille", "the
    /// day before"), else 0.
    pub(super) fn relative_day(&self, ss: Span) -> i64 {
        let toks = &self.a.seg.tokens;
        let first = toks.partition_point(|t| t.span.start < ss.start);
        let words = &toks[first..];
        let word = |i: usize| {
            words.get(i).filter(|t| t.span.end <= ss.end).map(|t| &self.a.doc.text[t.span.start..t.span.end])
        };
        let is =
            |w: Option<&str>, xs: &[&str]| w.is_some_and(|w| xs.iter().any(|x| w.eq_ignore_ascii_case(x)));
        let mut i = 0;
        while let Some(w) = word(i) {
            let prev = if i > 0 { word(i - 1) } else { None };
            if w.eq_ignore_ascii_case("lendemain") && is(prev, &["le", "au"]) {
                return 1;
            }
            // "la veille", not "à la veille de" (the eve of something told later)
            if w.eq_ignore_ascii_case("veille")
                && is(prev, &["la"])
                && !is(word(i + 1), &["de", "du", "des", "d'", "d’"])
            {
                return -1;
            }
            if w.eq_ignore_ascii_case("day") && is(prev, &["next", "following"]) {
                return 1;
            }
            i += 1;
        }
        0
    }

    /// Sentence `si` reads as a headline: a title with a colon ("Ménaka : arrivée d'un renfort") or
    /// a short sentence with no date, followed by another sentence.
    pub(super) fn is_headline(&self, si: usize) -> bool {
        let seg = &self.a.seg;
        if si + 1 >= seg.sentences.len() {
            return false;
        }
        let ss = seg.sentences[si].span;
        let toks = &seg.tokens;
        let first = toks.partition_point(|t| t.span.start < ss.start);
        let words = toks[first..].iter().take_while(|t| t.span.end <= ss.end);
        let n = words.clone().count();
        let colon = words.clone().any(|t| &self.a.doc.text[t.span.start..t.span.end] == ":");
        let dated = self.a.dates.iter().any(|x| ss.contains(x.span));
        // the first line of an article, alone in its paragraph and with no full stop: a title,
        // however long ("Over 100 killed as jihadis storm besieged town in northern Burkina Faso,
        // residents say")
        let rest = &self.a.doc.text[ss.end..];
        let own_line = si == 0
            && rest.trim_start_matches([' ', '\t']).starts_with('\n')
            && !self.a.doc.text[ss.start..ss.end].trim_end().ends_with(['.', '!', '?'])
            && !self.a.doc.text[..ss.start].contains('\n');
        (colon && n <= 20) || (n <= 12 && !dated) || (own_line && n <= 30)
    }

    /// A past infinitive ("avoir", "d'avoir", "d'être") among the words from `from` to `to`.
    pub(super) fn perfect_infinitive_between(&self, from: usize, to: usize) -> bool {
        let toks = &self.a.seg.tokens;
        let first = toks.partition_point(|t| t.span.start < from);
        toks[first..].iter().take_while(|t| t.span.end <= to).any(|t| {
            let w = &self.a.doc.text[t.span.start..t.span.end];
            // not "être" alone: "doivent être déployés" is a passive infinitive
            matches!(w, "avoir" | "d'avoir" | "d’avoir" | "d'être" | "d’être" | "to have")
        })
    }

    pub(super) fn tok_text(&self, t: usize) -> &str {
        let sp = self.a.seg.tokens[t].span;
        &self.a.doc.text[sp.start..sp.end]
    }

    pub(super) fn in_date(&self, s: Span) -> bool {
        self.a.dates.iter().any(|d| d.span.contains(s))
    }

    /// Cues that end a bare noun phrase.
    pub(super) fn is_structural(cues: &[Cue]) -> bool {
        cues.iter().any(|c| {
            matches!(
                c,
                Cue::By
                    | Cue::Against
                    | Cue::Dat
                    | Cue::Loc
                    | Cue::With
                    | Cue::Que
                    | Cue::Speech
                    | Cue::Sub
                    | Cue::Coord
                    | Cue::Accord
                    | Cue::Passive
                    | Cue::Pledge
                    | Cue::Hypo
                    | Cue::Deny
                    | Cue::Claim
                    | Cue::Aux
                    | Cue::Pron
                    | Cue::Anaphor
                    | Cue::Refl
                    | Cue::Background
                    | Cue::First
            )
        })
    }

    /// A bare noun phrase (no entity) as the subject of the verb starting at `verb`: "des hommes
    /// armés ont tué", "Gunmen killed". None when the words before the verb group are no such
    /// phrase.
    pub(super) fn np_before(&self, verb: usize, cs: usize) -> Option<Span> {
        let toks = &self.a.seg.tokens;
        let mut t = self.tok_before(verb)?;
        // the verb group: auxiliaries, modals, negation, dates
        loop {
            let sp = toks[t].span;
            if sp.start < cs {
                return None;
            }
            // "a été entièrement détruite", "must travel": adverbs and modals inside the group
            let aux = self.tok_text(t) == "a"
                || self.word_class(t) == Some(WordClass::Adverb)
                || self.in_date(sp)
                || self.cues_at(sp.start).is_some_and(|(h, c)| {
                    self.lex.entry(&self.hits[h]).senses.is_empty()
                        && c.iter().any(|c| {
                            matches!(
                                c,
                                Cue::Aux
                                    | Cue::Passive
                                    | Cue::Pledge
                                    | Cue::Hypo
                                    | Cue::Deny
                                    | Cue::Refl
                                    | Cue::Clitic
                            )
                        })
                });
            // "ont en outre été expulsés": a two-word adverb
            if !aux
                && t > 0
                && party::WORDS
                    .get()
                    .class(self.a.doc.lang, &self.a.doc.text[toks[t - 1].span.start..toks[t].span.end])
                    == Some(WordClass::Adverb)
            {
                t = t.checked_sub(2)?;
                continue;
            }
            if !aux {
                break;
            }
            t = t.checked_sub(1)?;
        }
        // "Trois officiers, dont un colonel de la garde, ont été arrêtés", "the soldiers, who had
        // arrived on Monday, were ambushed": a relative clause set off by commas between the
        // subject and its verb group
        if self.tok_text(t) == "," {
            let mut k = t;
            while k > 0 && t - k < 24 && toks[k - 1].span.start >= cs {
                k -= 1;
                if self.tok_text(k) == "," {
                    if k >= 1
                        && toks[k - 1].span.start >= cs
                        && self.tok_is(k + 1, &["dont", "qui", "who", "which", "whose"])
                    {
                        t = k - 1;
                    }
                    break;
                }
            }
        }
        let mut end = toks[t].span.end;
        let mut start = None;
        let mut words = 0;
        let mut de = false;
        loop {
            let tk = toks[t];
            if tk.span.start < cs || tk.kind == veille_text::TokenKind::Punct || self.in_date(tk.span) {
                break;
            }
            if tk.kind == veille_text::TokenKind::Number {
                // "Over 100 killed": a figure alone names the victims
                start = Some(tk.span.start);
                words = words.max(1);
                break;
            }
            // "as jihadis storm", "qui a visé": a conjunction or relative word ends the phrase; a
            // relative pronoun right before the verb group stands for the phrase before it
            // ("hundreds of students who were protesting")
            if self.word_class(t) == Some(WordClass::Stop) {
                if words > 0 || !self.tok_is(t, &["qui", "who", "which", "that"]) {
                    break;
                }
                end = toks[t.checked_sub(1)?].span.end;
                t -= 1;
                // "l'escorte, qui a riposté", "the convoy, which was hit": the antecedent before
                // the comma of a non-restrictive relative
                if self.tok_text(t) == "," && !self.tok_is(t + 1, &["that"]) {
                    end = toks[t.checked_sub(1)?].span.end;
                    t -= 1;
                }
                continue;
            }
            match self.cues_at(tk.span.start) {
                Some((h, c)) if c.contains(&Cue::Det) || c.contains(&Cue::Gen) => {
                    let form = self.lex.forms[self.hits[h].entry as usize].as_str();
                    if words > 0 && !de && matches!(form, "de" | "d" | "of") {
                        // "une trentaine de civils", "dozens of villagers": go on to the head
                        de = true;
                    } else {
                        if words > 0 {
                            start = Some(self.hits[h].start);
                        }
                        break;
                    }
                }
                Some((h, c))
                    if Self::is_structural(c) || !self.lex.entry(&self.hits[h]).senses.is_empty() =>
                {
                    // "Le groupe a menacé…", "the militants burned…": a listed anaphoric phrase is
                    // the subject (bound to its party, or kept, by `np_ref`)
                    let hs = self.hits[h].start;
                    if c.contains(&Cue::Anaphor)
                        && hs >= cs
                        && crate::anaphora::PHRASES
                            .get()
                            .class(self.a.doc.lang, &self.a.doc.text[hs..end])
                            .is_some()
                    {
                        return Some(Span::new(hs, end));
                    }
                    break;
                }
                _ => {
                    start = Some(tk.span.start);
                    words += 1;
                    if words >= 4 {
                        break;
                    }
                }
            }
            match t.checked_sub(1) {
                Some(p) => t = p,
                None => break,
            }
        }
        // "au moins vingt soldats": the figure with its qualifier, whose preposition-like first
        // word ended the walk
        let mut start = start?;
        if let Some(f) = self.figure_at(start)
            && f.start < start
            && f.start >= cs
        {
            start = f.start;
        }
        self.np_ok(Span::new(start, end), words)
    }

    /// The verb group at `pos` follows a coordinator ("and then arrested", "et ont incendié"):
    /// auxiliaries and adverbs between.
    pub(super) fn coordinated_verb(&self, pos: usize) -> bool {
        let toks = &self.a.seg.tokens;
        let mut t = self.tok_before(pos);
        for _ in 0..4 {
            let Some(k) = t else { return false };
            if self.tok_is(k, &["et", "and", "puis", "ou", "or", "mais", "but"]) {
                return true;
            }
            let group = self.tok_is(k, &["a", "ont", "then", "ensuite"])
                || self.word_class(k) == Some(WordClass::Adverb)
                || self
                    .cues_at(toks[k].span.start)
                    .is_some_and(|(_, c)| c.iter().any(|c| matches!(c, Cue::Aux | Cue::Passive)));
            if !group {
                return false;
            }
            t = self.tok_before(toks[k].span.start);
        }
        false
    }

    /// The class of token `t` in the list of words that head no party (`data/nonparty.tsv`).
    pub(super) fn word_class(&self, t: usize) -> Option<WordClass> {
        party::WORDS.get().class(self.a.doc.lang, self.tok_text(t)).or_else(|| {
            (self.a.doc.lang == veille_core::Lang::En && party::en_ly_adverb(self.tok_text(t)))
                .then_some(WordClass::Adverb)
        })
    }

    /// The figure ("au moins 58", "about a dozen") whose span starts at or covers `pos`.
    pub(super) fn figure_at(&self, pos: usize) -> Option<Span> {
        let f = &self.a.figures;
        let k = f.partition_point(|q| q.span.start <= pos);
        k.checked_sub(1).map(|k| f[k].span).filter(|s| pos < s.end)
    }

    /// A bare noun phrase right after the first preposition with cue `c` in [from, to) (at most
    /// eight words after `from`; "sur"/"on" only when `surface_ok`) that opens a noun phrase: an article, a figure or a noun of people
    /// ("pour les déplacés", "contre des responsables", "to displaced people"); an infinitive ("pour
    /// renforcer") opens none.
    pub(super) fn prep_np(&self, from: usize, to: usize, c: Cue, surface_ok: bool) -> Option<Span> {
        let toks = &self.a.seg.tokens;
        let x = self.hits[self.hits_in(Span::new(from, to))]
            .iter()
            .find(|x| self.lex.entry(x).has(c))
            .filter(|x| self.tokens_between(from, x.start) <= 8)
            .filter(|x| surface_ok || !matches!(self.lex.forms[x.entry as usize].as_str(), "sur" | "on"))?;
        let t = toks.get(toks.partition_point(|t| t.span.start < x.end)).filter(|t| t.span.start < to)?;
        let opens = self.figure_at(t.span.start).is_some()
            || self.cues_at(t.span.start).is_some_and(|(h, cs)| {
                cs.contains(&Cue::Det)
                    || cs.contains(&Cue::Gen)
                    || (cs.contains(&Cue::Civilian) && self.hits[h].start == t.span.start)
            });
        if !opens {
            return None;
        }
        self.np_after(x.end, to).filter(|np| np.start == t.span.start)
    }

    /// A bare noun phrase starting at `from`: "le chef du village", "une dizaine de civils",
    /// "two Chinese nationals".
    pub(super) fn np_after(&self, from: usize, ce: usize) -> Option<Span> {
        let toks = &self.a.seg.tokens;
        let mut i = toks.partition_point(|t| t.span.start < from);
        let (mut start, mut end, mut words, mut de) = (None::<usize>, 0usize, 0usize, false);
        let mut fig = false;
        while i < toks.len() && toks[i].span.start < ce {
            let tk = toks[i];
            if tk.kind == veille_text::TokenKind::Punct {
                break;
            }
            // "au moins 58 civils", "about a dozen civilians": the figure with its qualifier
            if start.is_none()
                && let Some(f) = self.figure_at(tk.span.start)
                && f.end <= ce
            {
                start = Some(tk.span.start);
                end = f.end;
                fig = true;
                while i < toks.len() && toks[i].span.start < f.end {
                    i += 1;
                }
                continue;
            }
            if self.in_date(tk.span) {
                if start.is_none() {
                    i += 1;
                    continue;
                }
                break;
            }
            if tk.kind == veille_text::TokenKind::Number {
                start.get_or_insert(tk.span.start);
                end = tk.span.end;
                i += 1;
                continue;
            }
            match self.cues_at(tk.span.start) {
                Some((h, c))
                    if c.contains(&Cue::Det)
                        || (c.contains(&Cue::Gen) && (start.is_none() || ((words > 0 || fig) && !de))) =>
                {
                    // "les rebelles d'y être entrés", "accusés de les avoir tués": no complement
                    if c.contains(&Cue::Gen) && self.de_before_verb(i) {
                        break;
                    }
                    if start.is_some() && c.contains(&Cue::Gen) {
                        de = true;
                    }
                    start.get_or_insert(self.hits[h].start);
                    let e = self.hits[h].end;
                    while i < toks.len() && toks[i].span.start < e {
                        i += 1;
                    }
                    continue;
                }
                Some((h, c))
                    if Self::is_structural(c)
                        || c.contains(&Cue::Gen)
                        || !self.lex.entry(&self.hits[h]).senses.is_empty() =>
                {
                    break;
                }
                // "20 militants who had attacked…", "des hommes qui": a relative pronoun ends it
                _ if start.is_some()
                    && (self.tok_is(i, &["who", "whom", "whose", "which", "that", "qui", "dont"])
                        || self.word_class(i) == Some(WordClass::Stop)) =>
                {
                    break;
                }
                // "Gunmen launched an attack", "Teachers held a protest": an English past tense
                // followed by an article or a particle is the verb, not part of the phrase
                _ if words > 0 && self.a.doc.lang == veille_core::Lang::En && self.past_verb_at(i) => {
                    break;
                }
                // "Un massacre de civils a été signalé": a French auxiliary ends the phrase
                _ if words > 0
                    && self.a.doc.lang == veille_core::Lang::Fr
                    && self.tok_is(i, &["a", "ont", "avait", "avaient", "est", "sont"]) =>
                {
                    break;
                }
                _ => {
                    start.get_or_insert(tk.span.start);
                    end = tk.span.end;
                    words += 1;
                    if words >= 4 {
                        break;
                    }
                }
            }
            i += 1;
        }
        self.np_ok(Span::new(start?, end), words)
    }

    /// Token `i` reads as an English past-tense verb: "-ed" or a common irregular form, followed
    /// by an article or a verb particle ("launched an", "carried out", "held a").
    pub(super) fn past_verb_at(&self, i: usize) -> bool {
        let w = self.tok_text(i);
        let past = (w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed"))
            || self.tok_is(i, &["held", "made", "took", "led", "sent", "gave", "struck", "began", "fought"]);
        past && i + 1 < self.a.seg.tokens.len()
            && (self
                .tok_is(i + 1, &["a", "an", "the", "out", "up", "off", "down", "their", "its", "his", "her"])
                // "Soldiers took 14 of the men"
                || self.a.seg.tokens[i + 1].kind == veille_text::TokenKind::Number
                || self.figure_at(self.a.seg.tokens[i + 1].span.start).is_some())
    }

    /// A noun phrase usable as an unresolved party: words, no entity or place inside.
    pub(super) fn np_ok(&self, s: Span, words: usize) -> Option<Span> {
        if words == 0 || s.is_empty() || s.end <= s.start {
            return None;
        }
        // a preposition or adverb is no party ("after", "of Sahel", "lors")
        let first = self.a.text(s).split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let first = veille_text::fold_str(first);
        const NOT_HEADS: &[&str] = &[
            "after", "before", "since", "during", "of", "for", "from", "about", "over", "apres", "avant",
            "depuis", "lors", "pendant", "pour", "vers", "sans", "avec", "chez",
        ];
        if NOT_HEADS.contains(&first.as_str()) && self.figure_at(s.start).is_none_or(|f| f.start != s.start) {
            return None;
        }
        // a lone pronoun, article or question word is no party ("them", "what", "a")
        if words == 1
            && self.figure_at(s.start).is_none()
            && matches!(
                veille_text::fold_cow(self.a.text(s)).as_ref(),
                "them"
                    | "what"
                    | "which"
                    | "who"
                    | "a"
                    | "an"
                    | "the"
                    | "it"
                    | "eux"
                    | "elles"
                    | "ce"
                    | "quoi"
                    | "qui"
            )
        {
            return None;
        }
        // "In a separate attack": a phrase announcing another incident names no party
        if let Some(t) = self.tok_before(s.end)
            && self.cues_at(self.a.seg.tokens[t].span.start).is_some_and(|(_, c)| c.contains(&Cue::Other))
        {
            return None;
        }
        if !self.noun_headed(s) {
            return None;
        }
        // an entity inside is a party of its own; a place may qualify the noun ("les habitants de
        // Djibo") but may not head it
        let overlaps_named =
            self.a.entities.iter().any(|e| e.span.overlaps(s) && e.kind != EntityType::Place)
                || {
                    // the head: the first word after articles and "de"
                    let toks = &self.a.seg.tokens;
                    let mut i = toks.partition_point(|t| t.span.start < s.start);
                    while i < toks.len()
                        && toks[i].span.start < s.end
                        && self
                            .cues_at(toks[i].span.start)
                            .is_some_and(|(_, c)| c.contains(&Cue::Det) || c.contains(&Cue::Gen))
                    {
                        i += 1;
                    }
                    let head = if i < toks.len() { toks[i].span.start } else { s.start };
                    self.a.places.iter().any(|p| p.span.start <= head && head < p.span.end)
                }
                || self.a.places.iter().any(|p| p.span == s);
        (!overlaps_named).then_some(s)
    }

    /// The phrase reads as a noun phrase with a noun head (`data/nonparty.tsv`): it does not open
    /// with an adverb, a preposition, a conjunction or a relative word ("entièrement", "as jihadis",
    /// "qui a visé"), nor with a present participle or an infinitive after no article ("disant",
    /// "heading north", "de relayer"); some word of it is no adjective, adverb or verb form
    /// ("terrestre", "a separate"); its head is no abstract noun ("leur protection", "the same
    /// day"). French heads come first, English ones last (before "of").
    pub(super) fn noun_headed(&self, s: Span) -> bool {
        let toks = &self.a.seg.tokens;
        let fr = self.a.doc.lang != veille_core::Lang::En;
        let mut i = toks.partition_point(|t| t.span.start < s.start);
        // a figure opens a noun phrase ("plus de 150 migrants", "over 100")
        if self.figure_at(s.start).is_some()
            || toks.get(i).is_some_and(|t| t.kind == veille_text::TokenKind::Number)
        {
            return true;
        }
        let mut first = true;
        let mut after_article = false;
        let mut after_de = false;
        let mut nouns = 0;
        let mut head: Option<usize> = None;
        let mut past_of = false;
        while i < toks.len() && toks[i].span.end <= s.end {
            let tk = toks[i];
            if tk.kind != veille_text::TokenKind::Word {
                i += 1;
                continue;
            }
            let class = self.word_class(i);
            // "Dès les premières heures": "dès" folds to the article "des"
            if first && fr && self.tok_is(i, &["dès", "Dès"]) {
                return false;
            }
            if let Some((h, c)) = self.cues_at(tk.span.start)
                && self.hits[h].start == tk.span.start
                && (c.contains(&Cue::Det) || c.contains(&Cue::Gen))
            {
                let de = self.tok_is(i, &["de", "d'", "d’", "of"]);
                if !fr && de {
                    past_of = true;
                }
                after_de = de;
                after_article = !de;
                let e = self.hits[h].end;
                while i < toks.len() && toks[i].span.start < e {
                    i += 1;
                }
                first = false;
                continue;
            }
            let w = self.tok_text(i);
            if first && matches!(class, Some(WordClass::Stop | WordClass::Adverb)) {
                return false;
            }
            // "Arrivés au pouvoir par deux coups d'État, …", "Réunis à Niamey, …": a past participle
            // opening the phrase with no article, followed by a preposition, opens a participle
            // clause, not a noun phrase
            if first
                && fr
                && ["é", "ée", "és", "ées", "is", "ises", "us", "ues"].iter().any(|e| w.ends_with(e))
                && i + 1 < toks.len()
                && self.tok_is(
                    i + 1,
                    &[
                        "à", "au", "aux", "en", "par", "dans", "sur", "lors", "depuis", "après", "avant",
                        "sous",
                    ],
                )
            {
                return false;
            }
            let lw = veille_text::fold_cow(w);
            let participle = !after_article
                && head.is_none()
                && w.len() > 4
                && if fr { lw.ends_with("ant") } else { lw.ends_with("ing") };
            if participle {
                return false;
            }
            // "de relayer", "d'abriter": an infinitive
            let infinitive = fr
                && after_de
                && head.is_none()
                && ["er", "ir", "oir", "re"].iter().any(|x| lw.ends_with(x))
                && !w.chars().next().is_some_and(char::is_uppercase);
            if infinitive {
                return false;
            }
            first = false;
            after_article = false;
            after_de = false;
            match class {
                Some(WordClass::Adverb | WordClass::Adjective | WordClass::Stop) => {}
                _ => {
                    nouns += 1;
                    if fr {
                        head.get_or_insert(i);
                    } else if !past_of {
                        head = Some(i);
                    }
                }
            }
            i += 1;
        }
        // "relations broke down over": a phrase does not end on a preposition
        let last_stop = toks[..i]
            .iter()
            .rposition(|t| t.kind == veille_text::TokenKind::Word)
            .is_some_and(|l| toks[l].span.start >= s.start && self.word_class(l) == Some(WordClass::Stop));
        nouns > 0 && !last_stop && head.is_none_or(|h| self.word_class(h) != Some(WordClass::Abstract))
    }

    pub(super) fn group_is_named(&self, g: &Group) -> bool {
        g.ments
            .iter()
            .any(|&m| self.a.entities[m].kind == EntityType::Person || self.a.entities[m].id.is_some())
    }

    /// End of the right context of a trigger: the first comma after it that is not inside an
    /// entity group ("Le JNIM, qui a attaqué Kati, menace Bamako").
    pub(super) fn first_comma(&self, from: usize, ce: usize) -> usize {
        let toks = &self.a.seg.tokens;
        let mut i = toks.partition_point(|t| t.span.start < from);
        while i < toks.len() && toks[i].span.start < ce {
            let t = toks[i].span;
            if &self.a.doc.text[t.start..t.end] == ","
                && !self
                    .groups_in(t.start.saturating_sub(200), ce)
                    .any(|g| g.start < t.start && t.end <= g.end)
            {
                return t.start;
            }
            i += 1;
        }
        ce
    }

    pub(super) fn only_function_words(&self, from: usize, to: usize) -> bool {
        let toks = &self.a.seg.tokens;
        let mut i = toks.partition_point(|t| t.span.start < from);
        while i < toks.len() && toks[i].span.start < to {
            match self.cues_at(toks[i].span.start) {
                Some((h, cues))
                    if cues.iter().any(|c| matches!(c, Cue::Det | Cue::Gen | Cue::By | Cue::Dat)) =>
                {
                    let end = self.hits[h].end;
                    while i < toks.len() && toks[i].span.start < end {
                        i += 1;
                    }
                }
                _ => return false,
            }
        }
        true
    }

    pub(super) fn source_is_party(
        &self,
        source: &[ActorRef],
        kinds: &[EntityType],
        actor: &[ActorRef],
        recipient: &[ActorRef],
        ents: &[veille_core::EntityMention],
    ) -> bool {
        let ids: Vec<&str> = actor.iter().chain(recipient).filter_map(|r| r.id.as_deref()).collect();
        source.iter().zip(kinds).any(|(s, k)| {
            if s.id.as_deref().is_some_and(|id| ids.contains(&id)) || is_party(*k) {
                return true;
            }
            // a person or government of a state that is a party
            let cc = ents.iter().find(|e| e.id.is_some() && e.id == s.id).and_then(|e| e.country.as_deref());
            cc.is_some_and(|cc| {
                ids.iter().any(|id| {
                    id.strip_prefix("kb:").is_some_and(|x| x == cc || x.starts_with(&format!("{cc}-")))
                })
            })
        })
    }
}
