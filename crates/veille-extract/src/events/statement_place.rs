//! Where a statement was made is not what it is about. An accusation, a request, a refusal or a
//! message of support names, after its trigger, the place of what it says: "accuse l'armée
//! d'exactions à Moura", "a exhorté les autorités à sécuriser l'axe Kaya-Dori", "rejected the UN's
//! report on Moura", "a salué l'engagement des soldats à Djibo". That place is the content's; the
//! statement itself is placed only by a place its clause names before the trigger ("Les habitants
//! de Djibo appellent…", "À Tillabéri, les élus ont réclamé…"), else it has none (EVAL.md
//! guideline 8: most statements have no place). Threats are left out: the place they threaten is
//! often the scene annotators keep ("ont menacé d'attaquer les positions autour de Kidal").

use super::*;

/// A statement type whose place, when named after the trigger in its clause, is the content's.
pub(super) fn content_place_after(kind: EventType) -> bool {
    matches!(kind, EventType::Accuse | EventType::Request | EventType::Reject | EventType::Support)
}

/// A decision or an encounter between parties (a sanction, an agreement, a meeting, a cooperation)
/// is placed by its own clause only: a place named elsewhere in its sentence belongs to another
/// clause's event ("…, when Algeria shot down a Malian drone near Tinzaouaten, prompting both
/// countries to recall their ambassadors"; "instructors arrived in Niamey, days after the junta
/// signed an agreement").
pub(super) fn clause_placed_only(kind: EventType) -> bool {
    matches!(kind, EventType::Sanction | EventType::Agree | EventType::Consult | EventType::Cooperate)
}

/// An accusation or a refusal is no physical act: whoever makes it, wherever ("À Paris, le Quai
/// d'Orsay s'est dit préoccupé", "Des habitants de Djibo accusent l'armée…"), it has no place
/// (EVAL.md guideline 8; the dev sets place none of their 200-odd accusations and refusals but one).
pub(super) fn never_placed(kind: EventType) -> bool {
    matches!(kind, EventType::Accuse | EventType::Reject)
}
