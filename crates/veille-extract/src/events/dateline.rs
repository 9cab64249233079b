//! The dateline at the top of a report.

use super::*;

/// The dateline of a report: at the start of one of its first lines, a short capitalised prefix
/// ending in a dash ("BAMAKO (AFP) -", "Niamey, le 3 juin 2025 (ANP) –", "ABUJA, Nigeria (Reuters)
/// -", "Kaya, 11 sept. (AIB) –") that has an all-capital first word, a short parenthesised agency
/// or a figure (its date), and no sentence end. The span runs to the end of the dash.
pub(super) fn find_dateline(text: &str) -> Option<Span> {
    let mut line_start = 0;
    for _ in 0..6 {
        if line_start >= text.len() || line_start > 1500 {
            return None;
        }
        let line_end = text[line_start..].find('\n').map_or(text.len(), |k| line_start + k);
        let line = &text[line_start..line_end];
        if let Some(span) = dateline_in_line(line) {
            return Some(Span::new(line_start + span.start, line_start + span.end));
        }
        line_start = line_end + 1;
    }
    None
}

pub(super) fn dateline_in_line(line: &str) -> Option<Span> {
    let lead = line.len() - line.trim_start().len();
    let body = &line[lead..];
    let mut cut = body.len().min(110);
    while !body.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &body[..cut];
    let (dash, dash_len) = first_dash(head)?;
    let prefix = &head[..dash];
    let first = prefix.split(|c: char| c == ',' || c.is_whitespace()).next()?;
    if !first.chars().next().is_some_and(char::is_uppercase) || prefix.split_whitespace().count() > 10 {
        return None;
    }
    // no sentence end, quotation or clause inside ("Kaya, 11 sept. (AIB)" keeps its abbreviation)
    let sentence_end = prefix.char_indices().any(|(k, c)| {
        matches!(c, '!' | '?' | '«' | '»' | '"' | '“' | ':' | ';')
            || (c == '.' && prefix[k + 1..].trim_start().chars().next().is_none_or(char::is_uppercase))
    });
    if sentence_end {
        return None;
    }
    let letters: Vec<char> = first.chars().filter(|c| c.is_alphabetic()).collect();
    let all_caps = letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase());
    // a short agency in parentheses: "(AFP)", "(Reuters)", "(Agence Anadolu)"
    let agency = prefix.find('(').zip(prefix.find(')')).is_some_and(|(o, c)| {
        o < c && {
            let inner = &prefix[o + 1..c];
            let words: Vec<&str> = inner.split_whitespace().collect();
            !words.is_empty()
                && words.len() <= 3
                && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
                && prefix[c + 1..].trim().is_empty()
        }
    });
    let dated = prefix.chars().any(|c| c.is_ascii_digit()) && prefix.contains(',');
    (all_caps || agency || dated).then(|| Span::new(lead, lead + dash + dash_len))
}

/// The first dash between spaces in `head` (" - ", " – ", " — ", " -- "): its start and length.
/// One pass over the spaces of the line (no two of these can start at the same space).
fn first_dash(head: &str) -> Option<(usize, usize)> {
    let b = head.as_bytes();
    (0..b.len()).filter(|&k| b[k] == b' ').find_map(|k| {
        [" - ", " – ", " — ", " -- "].iter().find(|d| b[k..].starts_with(d.as_bytes())).map(|d| (k, d.len()))
    })
}

#[cfg(test)]
mod dateline_tests {
    use super::find_dateline;

    #[test]
    fn datelines_are_found_at_the_top_of_a_report() {
        for (text, dateline) in [
            ("BAMAKO (AFP) - Des hommes armés ont attaqué un poste.", "BAMAKO (AFP) - "),
            (
                "Titre : une attaque\n\nNiamey, le 3 juin 2025 (ANP) – L'armée a riposté.",
                "Niamey, le 3 juin 2025 (ANP) – ",
            ),
            ("ABUJA, Nigeria (Reuters) - Gunmen killed ten people.", "ABUJA, Nigeria (Reuters) - "),
            ("Kaya, 11 sept. (AIB) – Les FDS ont neutralisé des terroristes.", "Kaya, 11 sept. (AIB) – "),
            ("BAMAKO, Dec 21 (Reuters) - Mali launched a force.", "BAMAKO, Dec 21 (Reuters) - "),
        ] {
            let d = find_dateline(text).unwrap_or_else(|| panic!("no dateline in {text}"));
            assert_eq!(&text[d.start..d.end], dateline);
        }
    }

    #[test]
    fn sentences_with_dashes_are_no_datelines() {
        for text in [
            "Le JNIM - qui a revendiqué l'attaque - menace Bamako.",
            "Des hommes armés ont attaqué Boni. Le bilan - provisoire - est de dix morts.",
            "Mali : trois soldats tués - selon l'armée",
            "The army said on Monday - a day after the attack - that it had killed 20 militants.",
        ] {
            assert_eq!(find_dateline(text), None, "{text}");
        }
    }
}
