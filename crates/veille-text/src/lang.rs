//! Language identification: French, English, or other.
//!
//! A stop-word vote (data/stopwords_fr.txt, data/stopwords_en.txt) plus French diacritics,
//! which is reliable even on one sentence; whatlang is consulted only to tell "other" apart
//! when neither stop-word list explains the text. See `tests/lang.rs` for the measured accuracy.

use crate::lexicon::FxMap;
use std::sync::OnceLock;

use veille_core::Lang;

use crate::fold::fold_char;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Vote {
    Fr,
    En,
}

fn stopwords() -> &'static FxMap<String, Vote> {
    static MAP: OnceLock<FxMap<String, Vote>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = FxMap::default();
        for (src, v) in [
            (include_str!("../data/stopwords_fr.txt"), Vote::Fr),
            (include_str!("../data/stopwords_en.txt"), Vote::En),
        ] {
            for w in src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
                m.insert(w.to_string(), v);
            }
        }
        m
    })
}

/// Is the folded word one of the French or English function words of the stop-word lists?
pub(crate) fn is_stopword(w: &str) -> bool {
    stopwords().contains_key(w)
}

/// At most this many bytes are looked at (a long report is decided by its opening).
const MAX_BYTES: usize = 4096;

/// Detects the language of `text`: `(Lang, confidence in 0..=1)`.
///
/// Confidence is the share of the winning language's evidence, damped when there is little
/// evidence (a 3-word text never gets more than ~0.6). Empty text → `(Other, 0.0)`.
pub fn detect_lang(text: &str) -> (Lang, f32) {
    let mut end = text.len().min(MAX_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let text = &text[..end];
    let sw = stopwords();
    let (mut fr, mut en, mut words) = (0f32, 0f32, 0u32);
    let mut word = String::new();
    let mut accents = 0f32;
    let flush = |w: &mut String, fr: &mut f32, en: &mut f32, words: &mut u32| {
        if !w.is_empty() {
            *words += 1;
            match sw.get(w.as_str()) {
                Some(Vote::Fr) => *fr += 1.0,
                Some(Vote::En) => *en += 1.0,
                None => {
                    // Weak morphological cues: English -ed / -ing, French -ait / -aient / -eux.
                    let b = w.as_bytes();
                    if b.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")) {
                        *en += 0.5;
                    } else if b.len() > 4 && (w.ends_with("aient") || w.ends_with("ait")) {
                        *fr += 0.5;
                    }
                }
            }
            w.clear();
        }
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // ASCII, most of the text: a letter is folded by lower-casing it, any other byte ends the word
        let b = bytes[i];
        if b.is_ascii() {
            if b.is_ascii_alphabetic() {
                word.push(b.to_ascii_lowercase() as char);
            } else {
                flush(&mut word, &mut fr, &mut en, &mut words);
            }
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().expect("char boundary");
        i += c.len_utf8();
        if c.is_alphabetic() {
            if matches!(c, 'é' | 'è' | 'ê' | 'à' | 'ç' | 'ù' | 'â' | 'î' | 'ô' | 'û' | 'ë' | 'ï' | 'É')
            {
                accents += 1.0;
            }
            fold_char(c, &mut word);
        } else {
            flush(&mut word, &mut fr, &mut en, &mut words);
        }
    }
    flush(&mut word, &mut fr, &mut en, &mut words);
    if words == 0 {
        return (Lang::Other, 0.0);
    }
    // Diacritics count half a stop word each, capped so a few French names in English text
    // ("Ménaka", "Tillabéri") cannot outvote the function words.
    fr += (accents * 0.5).min(1.0 + en * 0.2);
    let evidence = fr + en;
    let coverage = evidence / words as f32;
    // Long text where neither list explains much: probably another language.
    if words >= 8 && coverage < 0.12 {
        return other_or(text, fr, en, words);
    }
    if evidence == 0.0 {
        return other_or(text, fr, en, words);
    }
    let (lang, win) = if fr >= en { (Lang::Fr, fr) } else { (Lang::En, en) };
    let share = win / evidence;
    let damp = evidence / (evidence + 2.0);
    (lang, (share * (0.5 + 0.5 * damp)).clamp(0.0, 1.0))
}

/// Weak stop-word evidence: ask whatlang whether this is a third language.
fn other_or(text: &str, fr: f32, en: f32, words: u32) -> (Lang, f32) {
    if let Some(info) = whatlang::detect(text) {
        match info.lang() {
            whatlang::Lang::Fra => return (Lang::Fr, (info.confidence() as f32) * 0.6),
            whatlang::Lang::Eng => return (Lang::En, (info.confidence() as f32) * 0.6),
            _ if info.is_reliable() || words >= 8 => {
                return (Lang::Other, info.confidence() as f32);
            }
            _ => {}
        }
    }
    if fr > en {
        (Lang::Fr, 0.3)
    } else if en > fr {
        (Lang::En, 0.3)
    } else {
        (Lang::Other, 0.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_sentences() {
        assert_eq!(detect_lang("L'armée a repoussé une attaque près de Ménaka.").0, Lang::Fr);
        assert_eq!(detect_lang("Gunmen killed 12 villagers near Djibo on Tuesday.").0, Lang::En);
        assert_eq!(detect_lang("Des hommes armés ont tué 12 civils.").0, Lang::Fr);
        assert_eq!(detect_lang("The junta said the attack was repelled.").0, Lang::En);
        assert_eq!(detect_lang("").0, Lang::Other);
        assert_eq!(
            detect_lang("Die Soldaten wurden gestern im Norden des Landes angegriffen und mehrere starben.")
                .0,
            Lang::Other
        );
    }
}
