//! When a definite noun may name an event told before ("l'attaque", "le retrait"): not one of
//! another mode ("leur libération … le départ des troupes"), nor one whose named parties differ
//! ("le repli des assaillants … le retrait de la force Barkhane").

use super::*;

impl<'a, 'd> Extractor<'a, 'd> {
    /// "Extrême-Nord : dix-sept morts dans une attaque de Boko Haram, le BIR riposte", then "Dix-sept
    /// personnes ont été tuées …": the lead's killing tells the attack the headline names, not the
    /// army's reply the headline ends with; a reply told in a headline is continued only by replies.
    pub(super) fn headline_reply(&self, p: &Draft, d: &Draft) -> bool {
        p.counter && !d.counter && p.sentence == 0 && self.is_headline(0)
    }

    /// "The army said it had killed dozens of terrorists in air strikes near Djibo, a day after
    /// militants attacked a convoy": an attack verb whose own subject is an indefinite
    /// description ("militants", "des hommes armés") is done by a party the sentence introduces,
    /// not by the named party of the attack told before it in the sentence: two incidents, not
    /// two readings of one. A definite description ("les assaillants"), a pronoun, a participle or
    /// a coordinated verb continues the first.
    pub(super) fn new_attacker_in_sentence(&self, p: &Draft, d: &Draft) -> bool {
        p.kind == EventType::Assault
            && d.kind == EventType::Assault
            && !d.nominal
            && !d.participle
            && !d.coordinated
            && !d.subject_pron
            && p.trigger.end <= d.trigger.start
            && !d.actor.is_empty()
            && d.actor.iter().all(|r| r.id.is_none() && !self.definite_description(&r.name))
            && p.actor.iter().any(|r| r.id.is_some())
    }

    /// `d`, a definite nominal trigger, may be a later mention of `p` (same type checked by the
    /// caller): their modes agree when both are given, and when both name identified actors they
    /// share one.
    /// Movements are checked (withdrawals, releases, deployments, aid); an attack, told again under
    /// many nouns, only by its mode (see `assault_may_restate`).
    pub(super) fn may_restate(&self, p: &Draft, d: &Draft) -> bool {
        if d.kind == EventType::Assault {
            return assault_may_restate(p, d);
        }
        // "… la récupération de motos … le maintien de l'interdiction de circulation des motos",
        // "les otages détenus … l'interdiction de la circulation nocturne": an arrest, a seizure,
        // a ban and a curfew are distinct measures; a coercion noun names again only one of its mode
        if d.kind == EventType::Coerce {
            return p.mode.is_none() || d.mode.is_none() || p.mode == d.mode;
        }
        if !matches!(d.kind, EventType::Retreat | EventType::Mobilize | EventType::Aid) {
            return true;
        }
        if p.mode.is_some() && d.mode.is_some() && p.mode != d.mode {
            return false;
        }
        let ids = |v: &[ActorRef]| v.iter().filter_map(|r| r.id.clone()).collect::<Vec<String>>();
        let (pa, da) = (ids(&p.actor), ids(&d.actor));
        pa.is_empty() || da.is_empty() || da.iter().any(|x| pa.contains(x))
    }
}

/// An attack noun with a mode of its own ("l'embuscade", "the ambush", "the air strike") names
/// again an attack of a compatible mode, or an ambush whose bomb and gunfire make one attack
/// ("ont d'abord fait sauter un engin explosif …, puis ouvert le feu … L'embuscade a été
/// revendiquée"): not the army's air strikes told in between, whose mode differs.
fn assault_may_restate(p: &Draft, d: &Draft) -> bool {
    let ambush = matches!(
        (p.mode.as_deref(), d.mode.as_deref()),
        (Some("firearms"), Some("explosives")) | (Some("explosives"), Some("firearms"))
    );
    (ambush || modes_compatible(p.mode.as_deref(), d.mode.as_deref())) && !incident::abduction_apart(p, d)
}
