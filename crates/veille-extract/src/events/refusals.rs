//! Refusals told by a negation (French). A cooperative act that a party says it will not do, or
//! does not mean to do, is that party's refusal (PLOVER REJECT, EVAL.md guideline 3: "a refusé de
//! négocier" is one REJECT), not a denial that the act happened: "Nous ne négocierons jamais avec
//! les terroristes", "On ne négocie pas avec des terroristes", "le gouvernement n'entendait pas
//! céder aux pressions", "Bamako ne compte pas se retirer". A negated compound past ("n'a pas
//! négocié", "ne s'est pas retiré") stays a denial: only a simple verb form between "ne" and "pas",
//! or an infinitive after a negated verb of intention, is read so.
//! Words in `data/refusals.tsv`.

use super::*;
use crate::wordlist::EmbeddedList;
use veille_core::Lang;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    /// "ne", "n'".
    Ne,
    /// "pas", "jamais", "point".
    Neg,
    /// A finite verb of intention or will ("entend", "compte", "veut", "accepte").
    Intent,
    /// A pronoun between "ne" and its verb ("se", "nous", "les").
    Clitic,
    /// The preposition before an infinitive ("de", "à").
    Link,
    /// A noun of charge answered by the party after it ("a charge Niamey rejects").
    Claim,
    /// French "ce" opening "ce que" after a comma (events/answered.rs).
    Ce,
    /// French "que", "qu'" after it.
    Rel,
    /// "ni", "nor" right before a denial: neither confirmed nor denied, no answer.
    Nor,
}

pub(super) static LIST: EmbeddedList<Class> =
    EmbeddedList::new(include_str!("../../data/refusals.tsv"), "refusals.tsv", |c| match c {
        "ne" => Some(Class::Ne),
        "neg" => Some(Class::Neg),
        "intent" => Some(Class::Intent),
        "clitic" => Some(Class::Clitic),
        "link" => Some(Class::Link),
        "claim" => Some(Class::Claim),
        "ce" => Some(Class::Ce),
        "rel" => Some(Class::Rel),
        "nor" => Some(Class::Nor),
        _ => None,
    });

/// The REJECT mode of refusing an act of `kind`; `None` for the acts a negation does not turn into
/// a refusal.
fn refused_mode(kind: EventType) -> Option<&'static str> {
    match kind {
        EventType::Consult | EventType::Agree => Some("meet"),
        EventType::Concede => Some("change"),
        EventType::Retreat => Some("yield"),
        EventType::Cooperate => Some("assist"),
        _ => None,
    }
}

impl Extractor<'_, '_> {
    pub(super) fn refusal_class(&self, k: usize) -> Option<Class> {
        LIST.get().class(self.a.doc.lang, self.tok_text(k))
    }

    /// Token index before `k` once up to two clitic pronouns are passed ("ne se", "ne nous").
    fn before_clitics(&self, k: usize) -> Option<usize> {
        let mut j = k.checked_sub(1)?;
        for _ in 0..2 {
            if self.refusal_class(j) != Some(Class::Clitic) {
                break;
            }
            j = j.checked_sub(1)?;
        }
        Some(j)
    }

    /// The trigger is a refusal: "ne [clitics] VERB pas|jamais" or "ne [clitics] INTENT
    /// pas|jamais [de|à] [clitics] VERB-infinitive".
    fn refused_act(&self, d: &Draft) -> bool {
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[d.sentence].span;
        let first = toks.partition_point(|t| t.span.start < d.trigger.start);
        let after = toks.partition_point(|t| t.span.start < d.trigger.end);
        let inside = |k: usize| toks[k].span.start >= ss.start;
        // "ne négocierons jamais", "ne se retireront pas", "on ne négocie pas avec des
        // terroristes": a simple verb form between "ne" and "pas" (a compound past puts its
        // auxiliary there: "n'a pas négocié" stays a denial)
        if after < toks.len()
            && toks[after].span.start < ss.end
            && self.refusal_class(after) == Some(Class::Neg)
            && self
                .before_clitics(first)
                .is_some_and(|k| inside(k) && self.refusal_class(k) == Some(Class::Ne))
        {
            return true;
        }
        // "n'entendait pas céder", "ne compte pas se retirer", "n'accepte pas de négocier"
        let Some(mut k) = self.before_clitics(first) else { return false };
        if self.refusal_class(k) == Some(Class::Link) {
            let Some(j) = k.checked_sub(1) else { return false };
            k = j;
        }
        if !inside(k) || self.refusal_class(k) != Some(Class::Neg) {
            return false;
        }
        let Some(v) = k.checked_sub(1) else { return false };
        inside(v)
            && self.refusal_class(v) == Some(Class::Intent)
            && self.before_clitics(v).is_some_and(|n| inside(n) && self.refusal_class(n) == Some(Class::Ne))
    }

    /// French verbs of a cooperative act under a negation of will or of the future: the party's
    /// refusal (REJECT, asserted), not a denied act.
    pub(super) fn negated_intentions(&self, drafts: &mut [Draft]) {
        if self.a.doc.lang != Lang::Fr {
            return;
        }
        for d in drafts.iter_mut() {
            if d.nominal || d.background {
                continue;
            }
            let Some(mode) = refused_mode(d.kind) else { continue };
            if !self.refused_act(d) {
                continue;
            }
            d.kind = EventType::Reject;
            d.mode = Some(mode.to_string());
            if matches!(d.status, Status::Denied | Status::Pledged | Status::Hypothetical) {
                d.status = Status::Asserted;
            }
            if self.a.explain {
                d.explain.push(step(
                    "type",
                    "a cooperative act the party will not do or does not mean to do: its refusal (REJECT)",
                    None,
                ));
            }
        }
    }
}

impl Extractor<'_, '_> {
    /// "ont décliné une offre de médiation de la CEDEAO", "a rejeté publiquement « toute
    /// négociation »", "reject last-minute mediation": talks named as the object of a refusal told
    /// just before them in their clause are that refusal's content (EVAL.md guideline 3: one
    /// REJECT), no meeting of their own.
    pub(super) fn refused_talks(&self, d: &Draft, kept: &[Draft]) -> Option<&'static str> {
        if d.kind != EventType::Consult || !d.nominal {
            return None;
        }
        let refusal = kept.iter().rev().take_while(|p| p.sentence == d.sentence).find(|p| {
            p.kind == EventType::Reject
                && p.trigger.end <= d.trigger.start
                && self.tokens_between(p.trigger.end, d.trigger.start) <= 4
                && !self.clause_break_between(p.trigger.end, d.trigger.start)
        });
        refusal.map(|_| "talks named as the object of a refusal: that refusal's content")
    }
}

impl Extractor<'_, '_> {
    /// A comma, semicolon, colon or full stop among the tokens between bytes `from` and `to`.
    fn clause_break_between(&self, from: usize, to: usize) -> bool {
        let t = &self.a.seg.tokens;
        let i = t.partition_point(|t| t.span.start < from);
        let j = t.partition_point(|t| t.span.start < to);
        t[i..j.max(i)]
            .iter()
            .any(|t| matches!(&self.a.doc.text[t.span.start..t.span.end], "," | ";" | "." | ":"))
    }
}
