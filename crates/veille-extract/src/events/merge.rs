//! Merging drafts of one incident, and comparing their parties.

use super::*;

impl Draft {
    /// Reads the draft as another type: `kind`, with `mode` and `context`.
    pub(super) fn retype(&mut self, kind: EventType, mode: Option<&str>, context: &str) {
        self.kind = kind;
        self.mode = mode.map(str::to_string);
        self.context = Some(context.to_string());
    }

    /// Replaces the actor by `parties` (refs and kinds), noting `rule` when explaining.
    pub(super) fn set_actor(
        &mut self,
        parties: (Vec<ActorRef>, Vec<EntityType>),
        explain: bool,
        rule: &'static str,
    ) {
        (self.actor, self.actor_kinds) = parties;
        self.actor_rule = rule;
        if explain {
            self.explain.push(step("actor", rule, None));
        }
    }

    /// Adds `parties` (refs and kinds) to the actor, each once, noting `rule` and their names when
    /// explaining.
    pub(super) fn add_actors(
        &mut self,
        parties: (Vec<ActorRef>, Vec<EntityType>),
        explain: bool,
        rule: &'static str,
    ) {
        self.actor_rule = rule;
        let names = explain.then(|| party_names(&parties.0));
        for (r, k) in parties.0.into_iter().zip(parties.1) {
            push_ref(&mut self.actor, &mut self.actor_kinds, r, k);
        }
        if let Some(names) = names {
            self.explain.push(step("actor", rule, Some(names)));
        }
    }

    /// Replaces the recipient by `parties` (refs and kinds), noting `rule` when explaining.
    pub(super) fn set_recipient(
        &mut self,
        parties: (Vec<ActorRef>, Vec<EntityType>),
        explain: bool,
        rule: &'static str,
    ) {
        (self.recipient, self.recipient_kinds) = parties;
        self.recipient_rule = rule;
        if explain {
            self.explain.push(step("recipient", rule, None));
        }
    }

    /// Gives the draft a place taken from elsewhere in the document (no reason for a missing
    /// place any more), noting `rule` when explaining.
    pub(super) fn inherit_location(
        &mut self,
        loc: Location,
        explain: bool,
        rule: &str,
        text: Option<String>,
    ) {
        self.location = Some(loc);
        self.location_reason = None;
        if explain {
            self.explain.push(step("location", rule, text));
        }
    }

    pub(super) fn fatalities_rule_needed(&self) -> bool {
        self.quantities
            .iter()
            .filter(|q| matches!(q.kind, QuantityKind::Fatalities | QuantityKind::Troops))
            .count()
            > 1
    }
}

pub(super) fn merge_into(prev: &mut Draft, d: Draft, x: &Extractor<'_, '_>) {
    x.trace_merge(prev, &d, "continuation: a pronoun subject continues the previous event");
    // (a title continued by the lead takes the lead's place: the title's may be the wider area)
    let title = prev.sentence == 0 && d.sentence > 0 && x.is_headline(0);
    if d.location
        .as_ref()
        .is_some_and(|l| (title && l.precision < 3) || more_specific(l, prev.location.as_ref()))
    {
        prev.location = d.location;
        prev.location_reason = None;
    }
    prev.also.push((d.sentence, d.trigger));
    if prev.date.is_none() && d.date.is_some() {
        prev.date = d.date;
        prev.date_precision = d.date_precision;
        prev.date_reason = None;
    }
    if prev.recipient.is_empty() {
        prev.recipient = d.recipient;
        prev.recipient_kinds = d.recipient_kinds;
    }
    prev.evidence = prev.evidence.cover(d.evidence);
    if x.a.explain {
        prev.explain.push(ExplainStep {
            slot: "trigger".into(),
            rule: "continuation: a pronoun subject continues the previous event".into(),
            text: Some(x.a.text(d.trigger).to_string()),
        });
        prev.explain.extend(d.explain.into_iter().filter(|s| s.slot == "location" || s.slot == "date"));
    }
}

/// A location another reading gives is better than the one an event has: it has none, or only a
/// country or region ("in western Niger") that the new, more specific place lies in.
pub(super) fn more_specific(new: &Location, old: Option<&Location>) -> bool {
    match old {
        None => true,
        Some(o) => {
            o.precision == 3
                && new.precision < 3
                && (o.country.is_none() || o.country == new.country)
                && (o.admin1.is_none() || o.admin1 == new.admin1)
        }
    }
}

/// Two modes can name one event: equal, one unknown, an explosive attack read twice ("un
/// kamikaze a fait exploser un véhicule piégé": suicide-attack and explosives), or the damage of
/// a bomb or strike ("un engin explosif a détruit un véhicule": explosives and destroy).
pub(super) fn modes_compatible(a: Option<&str>, b: Option<&str>) -> bool {
    let weapon =
        |m: &str| matches!(m, "explosives" | "suicide-attack" | "drone" | "aerial" | "heavy-weapons");
    match (a, b) {
        (Some(x), Some(y)) => {
            x == y
                || matches!((x, y), ("explosives", "suicide-attack") | ("suicide-attack", "explosives"))
                || (x == "destroy" && weapon(y))
                || (y == "destroy" && weapon(x))
        }
        _ => true,
    }
}

/// Fills the empty slots of `prev` from another reading of the same event.
pub(super) fn fill_from(prev: &mut Draft, d: &Draft) {
    // the more specific mode wins ("suicide-attack" over "explosives", the weapon over "destroy")
    if d.mode.is_some()
        && d.mode.as_deref() != Some("destroy")
        && (prev.mode.is_none() || matches!(prev.mode.as_deref(), Some("explosives" | "destroy")))
    {
        prev.mode = d.mode.clone();
    }
    let unresolved = |v: &[ActorRef]| v.iter().all(|r| r.id.is_none());
    if prev.actor.is_empty() || (unresolved(&prev.actor) && !unresolved(&d.actor)) {
        prev.actor = d.actor.clone();
        prev.actor_kinds = d.actor_kinds.clone();
    }
    if prev.recipient.is_empty() || (unresolved(&prev.recipient) && !unresolved(&d.recipient)) {
        prev.recipient = d.recipient.clone();
        prev.recipient_kinds = d.recipient_kinds.clone();
    }
    if prev.source.is_empty() {
        prev.source = d.source.clone();
    }
    if d.location.as_ref().is_some_and(|l| more_specific(l, prev.location.as_ref())) {
        prev.location = d.location.clone();
        prev.location_reason = None;
    }
    if prev.date.is_none() && d.date.is_some() && !prev.background {
        prev.date = d.date.clone();
        prev.date_precision = d.date_precision;
        prev.date_reason = None;
    }
    // the stronger status wins (denied > hypothetical > pledged > claimed > asserted): "des renforts
    // seraient acheminés" keeps the verb's future in the past over the noun's default
    let rank = |s: Status| match s {
        Status::Asserted => 0,
        Status::Claimed => 1,
        Status::Pledged => 2,
        Status::Hypothetical => 3,
        Status::Denied => 4,
    };
    if rank(d.status) > rank(prev.status) {
        prev.status = d.status;
    }
    prev.civilians |= d.civilians;
    prev.enemy |= d.enemy;
}

/// The explain rule of an unresolved phrase bound to the one compatible party named before it.
pub(super) const ANAPHOR_RULE: &str = "anaphoric phrase: the one compatible party named before";

pub(super) fn push_ref(out: &mut Vec<ActorRef>, kinds: &mut Vec<EntityType>, r: ActorRef, k: EntityType) {
    if r.id.is_some() && out.iter().any(|o| o.id == r.id) {
        return;
    }
    if r.id.is_none() && out.iter().any(|o| o.id.is_none() && o.name == r.name) {
        return;
    }
    out.push(r);
    kinds.push(k);
}

/// Adds a name the knowledge base does not resolve ("des hommes armés", "le poste de X") as a party.
pub(super) fn push_name(out: &mut Vec<ActorRef>, kinds: &mut Vec<EntityType>, name: &str) {
    push_ref(
        out,
        kinds,
        ActorRef { id: None, name: name.to_string(), acled_class: None },
        EntityType::OtherOrg,
    );
}

/// Two readings' parties are compatible: equal, or one side unknown or only unresolved names.
pub(super) fn compatible(a: &[ActorRef], b: &[ActorRef]) -> bool {
    let unresolved = |v: &[ActorRef]| v.iter().all(|r| r.id.is_none());
    same_ids(a, b) || unresolved(a) || unresolved(b)
}

/// The key of a party for document coreference: a state's id, its government's and its forces'
/// reduce to the state ("kb:ML-FAMA" → "ML"); other ids are themselves.
pub(super) fn party_key(id: &str) -> &str {
    let bare = id.strip_prefix("kb:").unwrap_or(id);
    let cc = bare.split('-').next().unwrap_or(bare);
    if cc.len() == 2 && cc.chars().all(|c| c.is_ascii_uppercase()) && !matches!(cc, "AU" | "EU" | "UN") {
        cc
    } else {
        bare
    }
}

pub(super) fn same_party(x: &ActorRef, y: &ActorRef) -> bool {
    match (x.id.as_deref(), y.id.as_deref()) {
        (Some(a), Some(b)) => party_key(a) == party_key(b),
        _ => false,
    }
}

/// Two unresolved party names overlap: one contains the other, or they share a word of four
/// letters or more ("des hommes armés" / "les hommes armés").
pub(super) fn names_overlap(a: &str, b: &str) -> bool {
    let (a, b) = (veille_text::fold_str(a), veille_text::fold_str(b));
    a.contains(&b)
        || b.contains(&a)
        || a.split_whitespace().any(|w| w.len() >= 4 && b.split_whitespace().any(|v| v == w))
}

/// Parties of two mentions of one incident: one side names no resolved party, or they share one.
pub(super) fn parties_agree(a: &[ActorRef], b: &[ActorRef]) -> bool {
    let resolved = |v: &[ActorRef]| v.iter().any(|r| r.id.is_some());
    !resolved(a) || !resolved(b) || a.iter().any(|x| b.iter().any(|y| same_party(x, y)))
}

/// A resolved party of `a` is (the state of) a resolved party of `b`: the two mentions put it on
/// opposite sides (an attack and the army's counter-attack).
pub(super) fn crossing(a: &[ActorRef], b: &[ActorRef]) -> bool {
    a.iter().any(|x| b.iter().any(|y| same_party(x, y)))
}

/// Two requests told by verbs to addressees that share no party ("urged the authorities to
/// suspend the officers, and called on the African Commission to send a mission"): two requests,
/// whatever resolves (a threat "menace d'attaquer … et met en garde les habitants" stays one). Both recipients are named; an unresolved name is compared by its words.
pub(super) fn other_addressees(a: &[ActorRef], b: &[ActorRef]) -> bool {
    !a.is_empty()
        && !b.is_empty()
        && !a.iter().any(|x| b.iter().any(|y| same_party(x, y) || names_overlap(&x.name, &y.name)))
}

impl Extractor<'_, '_> {
    /// Two demands of one speaker told by coordinated verbs, the first with its own complement
    /// ("a appelé l'État à assurer la protection des populations et réclamé une enquête", "exige
    /// leur libération et appelle Bamako à sécuriser l'axe", "urged the army to withdraw and
    /// demanded an inquiry"): two requests, each with its own object. Verbs sharing one object
    /// ("ont réclamé et exigé le départ") are one request.
    pub(super) fn coordinated_demands(&self, p: &Draft, d: &Draft) -> bool {
        if p.kind != EventType::Request || d.kind != EventType::Request || p.nominal || d.nominal {
            return false;
        }
        // the first names whom it asks (a general appeal, "a appelé jeudi à une journée ville morte
        // et exhorté…", "called for restraint and urged…", is one request)
        if !d.coordinated || p.trigger.end > d.trigger.start || p.recipient.is_empty() {
            return false;
        }
        let toks = &self.a.seg.tokens;
        // ("called for restraint": what follows "for" is the thing asked, no addressee)
        if self.tok_before(p.trigger.end).is_some_and(|t| self.tok_is(t, &["for", "à", "au", "aux"])) {
            return false;
        }
        let next = toks.partition_point(|t| t.span.start < p.trigger.end);
        // the first verb's own object: a word right after it, no coordinator, no preposition
        if next >= toks.len()
            || toks[next].span.end > d.trigger.start
            || !self.tok_text(next).chars().next().is_some_and(char::is_alphanumeric)
            || self.tok_is(next, &["et", "and", "ou", "or", "puis", "then", "à", "au", "aux", "for", "to"])
        {
            return false;
        }
        // "urged the authorities to release … and called on them to open an inquiry": a pronoun
        // naming the first verb's addressee again continues that request
        let mut k = toks.partition_point(|t| t.span.start < d.trigger.end);
        if k < toks.len() && self.tok_is(k, &["on", "upon"]) {
            k += 1;
        }
        let pron_after = k < toks.len() && self.tok_is(k, &["them", "him", "her", "it"]);
        let clitic_before = self.tok_before(d.trigger.start).is_some_and(|b| {
            let b = if self.tok_is(b, &["a", "ont", "avait", "avaient"]) { b.wrapping_sub(1) } else { b };
            b < toks.len() && self.tok_is(b, &["les", "l'", "l’", "lui", "leur"])
        });
        !pron_after && !clitic_before
    }
}

pub(super) fn same_ids(a: &[ActorRef], b: &[ActorRef]) -> bool {
    a.len() == b.len() && a.iter().all(|x| b.iter().any(|y| y.id == x.id && y.name == x.name))
}

impl Extractor<'_, '_> {
    /// A party can't act on itself: a party named on both sides of one event ("l'explosion a visé
    /// une patrouille de l'armée et des VDP" read with the VDP as the attacker too) stays on one
    /// side only. Hostile events keep it as the recipient (the attacked, arrested or accused are
    /// read from the patient's construction; the actor is more often a fallback: the governing
    /// verb's subject, a coreferent's), others as the actor ("Le Niger et la Russie ont signé un
    /// accord … avec la Russie").
    pub(super) fn no_self_targets(&self, drafts: &mut [Draft]) {
        let same = |a: &ActorRef, b: &ActorRef| match (&a.id, &b.id) {
            (Some(x), Some(y)) => x == y,
            (None, None) => veille_text::fold_cow(&a.name) == veille_text::fold_cow(&b.name),
            _ => false,
        };
        for d in drafts.iter_mut() {
            if !d.actor.iter().any(|a| d.recipient.iter().any(|r| same(a, r))) {
                continue;
            }
            // the side naming it among others (a coordination: "une patrouille de l'armée et des
            // VDP") reads it with the construction; a lone mention on the other side is a fallback
            // (one party on each side: nothing tells which reading is right, both stay)
            if d.actor.len() == d.recipient.len() {
                continue;
            }
            let from_actor = d.actor.len() > d.recipient.len();
            let (keep, kinds, other) = if from_actor {
                (&mut d.actor, &mut d.actor_kinds, &d.recipient)
            } else {
                (&mut d.recipient, &mut d.recipient_kinds, &d.actor)
            };
            let mut k = 0;
            keep.retain(|p| {
                let drop = other.iter().any(|o| same(p, o));
                if drop && k < kinds.len() {
                    kinds.remove(k);
                } else {
                    k += 1;
                }
                !drop
            });
            if self.a.explain {
                let side = if from_actor { "actor" } else { "recipient" };
                d.explain.push(step(side, "a party named on both sides stays on one side only", None));
            }
        }
    }
}
