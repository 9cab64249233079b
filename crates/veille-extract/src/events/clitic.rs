//! French object clitics: "l'armée les a neutralisés", "des hommes armés l'ont enlevé", "les
//! autorités les accusent d'y être entrés", "Bamako lui reproche…". The pronoun before the verb
//! group (le, la, l', les, lui, leur) is the verb's object: it stands for the last party of the
//! same number named before it, in its sentence or the one before, other than the verb's own
//! actor. A word with only verb readings after such a pronoun is that verb, not a noun after an
//! article ("les accusent").

use super::*;

/// Object clitics before a French verb group, with their number (`true` = plural).
const CLITICS: &[(&str, bool)] = &[
    ("les", true),
    ("leur", true),
    ("le", false),
    ("la", false),
    ("l'", false),
    ("l’", false),
    ("lui", false),
];

/// Forms of "avoir" that carry a compound tense between the clitic and the participle.
const AVOIR: &[&str] =
    &["a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "auront", "avons", "avez"];

/// Words that do not break the verb group between the clitic and the verb ("ne les a pas").
const INSIDE: &[&str] = &["pas", "jamais", "plus", "finalement", "ensuite", "aussitôt", "déjà", "alors"];

/// Words after which a clitic and an infinitive make a verb phrase ("pouvaient le demander", "de
/// les expulser", "pour les libérer").
const INFINITIVE_BEFORE: &[&str] = &[
    "de",
    "d'",
    "d’",
    "à",
    "pour",
    "sans",
    "peut",
    "peuvent",
    "pouvait",
    "pouvaient",
    "pourrait",
    "pourraient",
    "doit",
    "doivent",
    "devait",
    "devaient",
    "devrait",
    "devraient",
    "va",
    "vont",
    "allait",
    "allaient",
    "veut",
    "veulent",
    "voulait",
    "voulaient",
    "compte",
    "comptent",
    "entend",
    "entendent",
    "tente",
    "tentent",
    "faut",
];

/// Determiners that tell the number of the phrase they open.
const PLURAL: &[&str] =
    &["les", "des", "ces", "leurs", "plusieurs", "quelques", "nombreux", "nombreuses", "deux", "trois"];
const SINGULAR: &[&str] = &["le", "la", "l'", "l’", "un", "une", "ce", "cet", "cette", "son", "sa"];

impl Extractor<'_, '_> {
    /// The hit is a word with only verb readings right after "le", "la", "l'" or "les": the word
    /// before is an object clitic, not an article ("Les autorités les accusent", "Niamey la
    /// condamne"). Past participles ("les blessés", "les déplacés") stay nouns.
    pub(super) fn clitic_before_verb(&self, h: usize) -> bool {
        if self.a.doc.lang != veille_core::Lang::Fr {
            return false;
        }
        let e = self.lex.entry(&self.hits[h]);
        if e.senses.iter().any(|&s| self.lex.senses[s as usize].pos != Pos::Verb) {
            return false;
        }
        let hit = self.hits[h];
        let text = self.a.text(Span::new(hit.start, hit.end));
        let first = text.split(' ').next().unwrap_or(text);
        if ["é", "ée", "és", "ées", "i", "is", "ie", "ies", "u", "us", "ue", "ues"]
            .iter()
            .any(|x| first.ends_with(x))
        {
            return false;
        }
        let Some(t) = self.tok_before(hit.start) else { return false };
        if !self.tok_is(t, &["le", "la", "l'", "l’", "les"]) {
            return false;
        }
        // the clitic follows a subject (a pronoun, a named party, a bare noun phrase), a negation
        // or a relative pronoun, never a preposition ("avec l'aide", "de la menace")
        let ts = self.a.seg.tokens[t].span.start;
        let Some(p) = self.tok_before(ts) else { return false };
        if self.tok_is(p, &["il", "elle", "ils", "elles", "on", "ne", "n'", "n’", "qui"]) {
            return true;
        }
        // an infinitive after a modal or a preposition: "pouvaient le demander", "de les expulser"
        if ["er", "ir", "re"].iter().any(|x| first.ends_with(x)) && self.tok_is(p, INFINITIVE_BEFORE) {
            return true;
        }
        let ps = self.a.seg.tokens[p].span;
        if self.group_ending_before(ts).is_some_and(|g| g.end == ps.end) {
            return true;
        }
        let cs = self.clause(self.sentence_of(ts), ts).0;
        self.np_before(ts, cs).is_some_and(|np| np.end == ps.end)
    }

    /// The object clitic before the verb group of the verb trigger starting at `start`: its
    /// token and number.
    fn object_clitic(&self, start: usize) -> Option<(usize, bool)> {
        let toks = &self.a.seg.tokens;
        let mut t = self.tok_before(start)?;
        let mut aux = false;
        for _ in 0..4 {
            let w = self.tok_text(t);
            if let Some(&(_, plural)) = CLITICS.iter().find(|(c, _)| c.eq_ignore_ascii_case(w)) {
                // "ne le lui a pas dit": the clitic nearest the verb
                return Some((t, plural));
            }
            let skip = (!aux && AVOIR.iter().any(|x| x.eq_ignore_ascii_case(w)))
                || INSIDE.iter().any(|x| x.eq_ignore_ascii_case(w))
                || self.word_class(t) == Some(WordClass::Adverb);
            if !skip {
                return None;
            }
            aux |= AVOIR.iter().any(|x| x.eq_ignore_ascii_case(w));
            t = self.tok_before(toks[t].span.start)?;
        }
        None
    }

    /// The number (`Some(true)` plural) of the phrase whose text starts at `pos`: its determiner,
    /// or the word right before it.
    fn number_at(&self, pos: usize, kind: Option<EntityType>) -> Option<bool> {
        let toks = &self.a.seg.tokens;
        let i = toks.partition_point(|t| t.span.start < pos);
        if self.figure_at(pos).is_some()
            || toks.get(i).is_some_and(|t| t.kind == veille_text::TokenKind::Number)
        {
            return Some(true);
        }
        let read = |k: usize| {
            if self.tok_is(k, PLURAL) {
                Some(true)
            } else if self.tok_is(k, SINGULAR) {
                Some(false)
            } else {
                None
            }
        };
        if i < toks.len()
            && let Some(n) = read(i)
        {
            return Some(n);
        }
        if let Some(p) = i.checked_sub(1)
            && let Some(n) = read(p)
        {
            return Some(n);
        }
        matches!(kind, Some(EntityType::Country | EntityType::Person)).then_some(false)
    }

    /// Where the party `r` was last named in [from, to), and its number there.
    fn party_number(
        &self,
        r: &ActorRef,
        kind: EntityType,
        from: usize,
        to: usize,
    ) -> Option<(usize, Option<bool>)> {
        let pos = match &r.id {
            Some(id) => self
                .a
                .entities
                .iter()
                .rev()
                .find(|e| e.span.start >= from && e.span.end <= to && e.id.as_deref() == Some(id.as_str()))
                .map(|e| e.span.start)
                .or_else(|| {
                    // a collective's members ("les trois pays de l'AES") or a party named through
                    // its state: the group's mention
                    self.a
                        .entities
                        .iter()
                        .rev()
                        .find(|e| {
                            e.span.start >= from && e.span.end <= to && e.members.iter().any(|m| m == id)
                        })
                        .map(|e| e.span.start)
                })?,
            None => from + self.a.doc.text.get(from..to)?.rfind(r.name.as_str())?,
        };
        Some((pos, self.number_at(pos, Some(kind))))
    }

    /// Binds the recipient of a French verb trigger with none to the party its object clitic
    /// stands for: the last party of the clitic's number named in the drafts of its sentence
    /// before it or of the sentence before (their recipients, then their actors, the latest
    /// first), else the subject of the sentence before; never the verb's own actor.
    pub(super) fn clitic_object(&self, d: &mut Draft, drafts: &[Draft]) {
        if self.a.doc.lang != veille_core::Lang::Fr || d.nominal || d.participle {
            return;
        }
        // "les accuse de complicité": with an object clitic, a bare "de" phrase after the verb is
        // the charge or the content, not the object
        let de_phrase = d.recipient.len() == 1
            && d.recipient[0].id.is_none()
            && ["de ", "d'", "d’"].iter().any(|x| d.recipient[0].name.starts_with(x));
        if !d.recipient.is_empty() && !de_phrase {
            return;
        }
        // an indirect object too ("lui a rendu visite", "leur a fourni"), a release ("les a libérés")
        let takes = super::draft::takes_object(d.kind)
            || matches!(d.kind, EventType::Consult | EventType::Aid)
            || (d.kind == EventType::Retreat && d.mode.as_deref() == Some("release"));
        if !takes {
            return;
        }
        let Some((ct, plural)) = self.object_clitic(d.trigger.start) else { return };
        if de_phrase {
            d.set_recipient(
                (Vec::new(), Vec::new()),
                self.a.explain,
                "object clitic: a `de` phrase is no object",
            );
        }
        let cpos = self.a.seg.tokens[ct].span.start;
        let si = d.sentence;
        let from = if si > 0 {
            self.a.seg.sentences[si - 1].span.start
        } else {
            self.a.seg.sentences[si].span.start
        };
        let own = |r: &ActorRef| {
            d.actor.iter().any(|a| {
                same_party(a, r) || (a.id.is_none() && r.id.is_none() && names_overlap(&a.name, &r.name))
            })
        };
        // candidates: (position, ref, kind), from the drafts of this sentence and the one before
        let mut best: Option<(usize, ActorRef, EntityType)> = None;
        for p in drafts.iter().rev().take_while(|p| p.sentence + 1 >= si) {
            if p.trigger.start >= cpos {
                continue;
            }
            for (refs, kinds) in [(&p.recipient, &p.recipient_kinds), (&p.actor, &p.actor_kinds)] {
                for (r, &k) in refs.iter().zip(kinds) {
                    if own(r) || k == EntityType::Place {
                        continue;
                    }
                    let Some((pos, n)) = self.party_number(r, k, from, cpos) else { continue };
                    if n.is_some_and(|n| n != plural) {
                        continue;
                    }
                    if best.as_ref().is_none_or(|b| pos > b.0) {
                        best = Some((pos, r.clone(), k));
                    }
                }
            }
        }
        let rule = "object clitic: the last party of its number named before";
        if let Some((_, r, k)) = best {
            let mut refs = Vec::new();
            let mut kinds = Vec::new();
            push_ref(&mut refs, &mut kinds, r, k);
            d.set_recipient((refs, kinds), self.a.explain, rule);
            return;
        }
        // "Des soldats nigériens ont franchi la frontière. Les autorités les accusent…": the
        // subject of the sentence before
        if si == 0 {
            return;
        }
        let ps = self.a.seg.sentences[si - 1].span;
        // (the dateline is no part of the sentence)
        let start = self.dateline.filter(|x| x.end > ps.start && x.end < ps.end).map_or(ps.start, |x| x.end);
        let (pcs, pce) = self.clause(si - 1, start);
        let Some(g) = self.subject(pcs, pce) else { return };
        let (refs, kinds) = self.group_refs(g);
        if refs.is_empty()
            || refs.iter().any(own)
            || kinds.contains(&EntityType::Place)
            || self.number_at(g.start, kinds.first().copied()).is_some_and(|n| n != plural)
        {
            return;
        }
        d.set_recipient((refs, kinds), self.a.explain, rule);
    }

    /// Token `i` is "de"/"d'" opening a verb phrase, not a noun complement: a clitic ("d'y",
    /// "de les", "d'en"), "avoir"/"être", or a word with only verb readings in the infinitive
    /// ("de relayer", "d'attaquer") follows.
    pub(super) fn de_before_verb(&self, i: usize) -> bool {
        if self.a.doc.lang != veille_core::Lang::Fr || !self.tok_is(i, &["de", "d'", "d’"]) {
            return false;
        }
        let toks = &self.a.seg.tokens;
        let Some(next) = toks.get(i + 1) else { return false };
        if self.tok_is(
            i + 1,
            &[
                "y", "en", "se", "s'", "s’", "le", "la", "l'", "l’", "les", "lui", "leur", "avoir", "être",
                "etre",
            ],
        ) {
            // ("de la ville", "de l'armée", "des": an article; "de les" never is one)
            return self.tok_is(
                i + 1,
                &["y", "en", "se", "s'", "s’", "lui", "leur", "avoir", "être", "etre", "les"],
            ) || toks.get(i + 2).is_some_and(|t2| {
                self.cues_at(t2.span.start)
                    .is_some_and(|(h, _)| self.hits[h].start == t2.span.start && self.verb_only_infinitive(h))
                    || self.tok_is(i + 2, &["avoir", "être"])
            });
        }
        self.cues_at(next.span.start)
            .is_some_and(|(h, _)| self.hits[h].start == next.span.start && self.verb_only_infinitive(h))
    }

    /// Hit `h` is a word with only verb readings whose first word is an infinitive.
    fn verb_only_infinitive(&self, h: usize) -> bool {
        let e = self.lex.entry(&self.hits[h]);
        if e.senses.is_empty() || e.senses.iter().any(|&s| self.lex.senses[s as usize].pos != Pos::Verb) {
            return false;
        }
        let hit = self.hits[h];
        let text = self.a.text(Span::new(hit.start, hit.end));
        let first = text.split(' ').next().unwrap_or(text);
        ["er", "ir", "re"].iter().any(|x| first.ends_with(x))
    }

    /// The noun phrase at `pos` opens with a bare "de"/"d'" (no article after it): the complement
    /// of a noun or the verb's charge ("de fabrication turque", "de vingt ans de prison", "de
    /// paix"), no direct object; a plural adjective after it is the article "de" ("de nombreux
    /// médias", "de nouvelles sanctions").
    pub(super) fn bare_de_phrase(&self, pos: usize) -> bool {
        if self.a.doc.lang != veille_core::Lang::Fr {
            return false;
        }
        let toks = &self.a.seg.tokens;
        let i = toks.partition_point(|t| t.span.start < pos);
        if i + 1 >= toks.len() || !self.tok_is(i, &["de", "d'", "d’"]) {
            return false;
        }
        !self.tok_is(
            i + 1,
            &[
                "nombreux",
                "nombreuses",
                "nouveaux",
                "nouvelles",
                "multiples",
                "importants",
                "importantes",
                "lourdes",
                "lourds",
                "graves",
                "violents",
                "violentes",
                "vastes",
                "grandes",
                "grands",
                "autres",
                "premiers",
                "premières",
                "simples",
                "jeunes",
            ],
        )
    }
}
