//! Folded name comparison, for actors and places given by name rather than by id.
//!
//! Two names match when, after case/accent folding ([`veille_text::fold_str`]), one is contained
//! in the other on word boundaries ("Barkhane" ⊂ "force Barkhane"), or when they share at least
//! all content words of one (words of 3+ letters that are not function words), or more than half
//! of the longer one's.

use veille_text::fold_str;

/// Function words and generic nouns that never make two names the same on their own.
const STOP: &[&str] = &[
    "les", "des", "une", "aux", "du", "de", "la", "le", "et", "the", "of", "and", "for", "pour", "sur",
    "dans", "par", "with", "its", "their", "ses", "leurs", "son", "sa",
];

/// Folds a name and splits it into words (letters and digits), in order.
pub fn words(name: &str) -> Vec<String> {
    fold_str(name)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn content(ws: &[String]) -> Vec<&str> {
    ws.iter().map(String::as_str).filter(|w| w.len() >= 3 && !STOP.contains(w)).collect()
}

fn contains_seq(hay: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && hay.len() >= needle.len() && hay.windows(needle.len()).any(|w| w == needle)
}

/// Whether two names denote the same thing, by the folded rule above.
pub fn names_match(a: &str, b: &str) -> bool {
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return false;
    }
    if contains_seq(&wa, &wb) || contains_seq(&wb, &wa) {
        // A bare function word ("de") inside a long name is not a match.
        let shorter = if wa.len() <= wb.len() { &wa } else { &wb };
        return shorter.iter().any(|w| !STOP.contains(&w.as_str()));
    }
    let (ca, cb) = (content(&wa), content(&wb));
    let shared = ca.iter().filter(|w| cb.contains(w)).count();
    // All content words of one name are in the other ("la police" / "Police nationale"), or more
    // than half of the longer name's content words are shared.
    shared > 0 && (shared == ca.len().min(cb.len()) || shared * 2 > ca.len().max(cb.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn containment_and_accents() {
        assert!(names_match("Barkhane", "la force Barkhane"));
        assert!(names_match("Ménaka", "MENAKA"));
        assert!(names_match("Forces armées maliennes", "les forces armees maliennes"));
        assert!(!names_match("Mali", "Malien"));
        assert!(!names_match("de", "Forces de défense"));
        assert!(!names_match("", "Mali"));
    }

    #[test]
    fn shared_content_words() {
        assert!(names_match("Islamic State Sahel Province", "Islamic State in the Sahel"));
        assert!(!names_match("Islamic State Sahel Province", "Sahel Wire"));
        assert!(!names_match("armée malienne", "armée burkinabè"));
        assert!(names_match("la police", "Police nationale"));
    }
}
