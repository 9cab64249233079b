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
