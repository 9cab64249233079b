//! Protesters told by description: "Plusieurs centaines de militants se sont rassemblés devant le
//! palais de justice", "des dizaines de femmes avaient manifesté". Protesters are seldom named, so a
//! protest whose actor is a noun phrase the knowledge base lacks is still an event, though its
//! sentence names no place (the scene country or the sentence before may place it).

use super::*;

/// Words a described crowd begins with: determiners and quantifiers ("des", "plusieurs",
/// "quelques", "les", "de nombreux"), not a preposition ("En signe de colère").
const CROWD_STARTS: &[&str] = &[
    "des",
    "les",
    "plusieurs",
    "quelques",
    "de",
    "d'",
    "d’",
    "nombre",
    "nombreux",
    "nombreuses",
    "certains",
    "certaines",
    "une",
    "un",
    "la",
    "le",
    "l'",
    "l’",
    "ces",
    "leurs",
];

impl Extractor<'_, '_> {
    /// A French protest verb whose actor is a description the knowledge base lacks, beginning
    /// with a determiner, a quantifier or a figure.
    pub(super) fn described_protesters(&self, d: &Draft) -> bool {
        if d.kind != EventType::Protest
            || d.nominal
            || d.actor.is_empty()
            || self.a.doc.lang != veille_core::Lang::Fr
            || d.actor.iter().any(|r| r.id.is_some())
        {
            return false;
        }
        d.actor.iter().all(|r| {
            let first = r.name.split_whitespace().next().unwrap_or("");
            first.starts_with(|c: char| c.is_ascii_digit())
                || CROWD_STARTS.iter().any(|w| first.eq_ignore_ascii_case(w))
                || CROWD_STARTS
                    .iter()
                    .any(|w| w.ends_with(['\'', '’']) && first.to_lowercase().starts_with(w))
        })
    }
}

impl Extractor<'_, '_> {
    /// A protest noun whose actor is such a description: "Le syndicat des conducteurs routiers a
    /// annoncé une grève illimitée", "les commerçants ont observé une journée ville morte". The
    /// noun's actor is the subject of the verb that governs it; protesters are seldom named there
    /// either.
    pub(super) fn described_protest_noun(&self, d: &Draft) -> bool {
        d.kind == EventType::Protest
            && d.nominal
            && !d.background
            && !d.actor.is_empty()
            && self.a.doc.lang == veille_core::Lang::Fr
            && d.actor.iter().all(|r| {
                r.id.is_none() && {
                    let first = r.name.split_whitespace().next().unwrap_or("");
                    CROWD_STARTS.iter().any(|w| first.eq_ignore_ascii_case(w))
                        || CROWD_STARTS
                            .iter()
                            .any(|w| w.ends_with(['\'', '’']) && first.to_lowercase().starts_with(w))
                }
            })
    }
}
