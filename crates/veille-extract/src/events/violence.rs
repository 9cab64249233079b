//! Distinct violent acts told in one sentence.

use super::*;

/// "Gunmen killed a village chief …, and they also kidnapped his wife", "ont attaqué le village et
/// enlevé des pêcheurs": an abduction with a patient of its own, told beside a killing or an attack,
/// is its own event (another mode of violence, EVAL guideline 2), not a second reading of the first.
/// Both must be verbs; the abduction names its victims and they are not the other act's.
pub(super) fn distinct_abduction(p: &Draft, d: &Draft) -> bool {
    let abduct = |x: &Draft| x.mode.as_deref() == Some("abduct");
    if p.kind != EventType::Assault || d.kind != EventType::Assault || abduct(p) == abduct(d) {
        return false;
    }
    if p.nominal || d.nominal {
        return false;
    }
    let (taker, other) = if abduct(d) { (d, p) } else { (p, d) };
    victims_of_its_own(taker, other)
}

/// "… the killing of more than 100 villagers in Benue state last week. Police fired tear gas to
/// disperse demonstrators": policing a crowd (mode `crowd-control`) is another act than a killing or
/// an attack told before it; a later crowd-control mention names no earlier incident of another
/// mode, and an earlier crowd-control one is not what a later assault names.
pub(super) fn crowd_control_apart(p: &Draft, d: &Draft) -> bool {
    let crowd = |x: &Draft| x.mode.as_deref() == Some("crowd-control");
    // (the same force's tear gas and live fire at one protest are one incident)
    let same_force = p.actor.iter().any(|x| x.id.is_some() && d.actor.iter().any(|y| y.id == x.id));
    p.kind == EventType::Assault && d.kind == EventType::Assault && crowd(p) != crowd(d) && !same_force
}

/// "… une attaque de Boko Haram contre une position de l'armée. Les assaillants ont également
/// enlevé trois pêcheurs": an abduction verb with victims of its own, told after an attack (noun or
/// verb) of another mode, is a second act of the same attackers, not the attack told again.
pub(super) fn abduction_after(p: &Draft, d: &Draft) -> bool {
    let abduct = |x: &Draft| x.mode.as_deref() == Some("abduct");
    p.kind == EventType::Assault
        && d.kind == EventType::Assault
        && abduct(d)
        && !abduct(p)
        && !d.nominal
        && victims_of_its_own(d, p)
}

/// `taker` names victims, and none of them is a victim of `other` (the same id, or the same name
/// folded).
fn victims_of_its_own(taker: &Draft, other: &Draft) -> bool {
    !taker.recipient.is_empty()
        && !taker.recipient.iter().any(|r| {
            other.recipient.iter().any(|o| {
                (r.id.is_some() && r.id == o.id)
                    || veille_text::fold_cow(&r.name) == veille_text::fold_cow(&o.name)
            })
        })
}
