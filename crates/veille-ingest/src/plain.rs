//! Plain-text reports: an optional ` date YYYY[-MM[-DD]] ` header line (the seed corpus'
//! form) or a small front matter, then the body.
//!
//! Front matter is either a `---` … `---` block of `key: value` lines or leading `key: value`
//! lines ended by a blank line. Known keys: `url`/`link`, `published`/`date`, `title`,
//! `source`, `lang`/`language`, `id`. Unknown keys inside a `---` block are ignored.

use crate::dates::{HeaderDate, parse_header_date};

/// Metadata read from a header, before normalization.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Meta {
    pub id: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<HeaderDate>,
    pub source: Option<String>,
    /// Declared language, as written ("fr", "fr-FR", "French").
    pub lang: Option<String>,
    /// The declared language is a site-wide default (`<html lang>`, a feed's `<language>`),
    /// often left at "en" by CMS templates: the text's own language wins when it disagrees.
    pub lang_is_default: bool,
}

impl Meta {
    /// Sets a field from a `key: value` pair; returns false for an unknown key.
    /// An unparseable date is reported in `warnings` and left unset.
    pub fn set(&mut self, key: &str, value: &str, warnings: &mut Vec<String>) -> bool {
        let value = value.trim().trim_matches(|c| c == '"' || c == '\'').trim();
        let slot = match key.trim().to_ascii_lowercase().as_str() {
            "url" | "link" | "canonical" => &mut self.url,
            "title" | "titre" => &mut self.title,
            "source" | "outlet" | "site" => &mut self.source,
            "lang" | "language" | "langue" => &mut self.lang,
            "id" => &mut self.id,
            "published" | "date" | "pubdate" | "published_at" => {
                if !value.is_empty() {
                    self.set_date(value, warnings);
                }
                return true;
            }
            _ => return false,
        };
        if !value.is_empty() {
            *slot = Some(value.to_string());
        }
        true
    }

    pub fn set_date(&mut self, value: &str, warnings: &mut Vec<String>) {
        match parse_header_date(value) {
            Some(d) => self.published = Some(d),
            None => warnings.push(format!("publication date `{value}` not understood; left unknown")),
        }
    }
}

/// Splits a plain-text report into its header metadata and its body.
///
/// When no title is declared, a headline is taken from the body's first line if it looks like
/// one: under 200 chars, not ending like a sentence (`.`, `:`, `,`, `;`), and followed by a blank
/// line. The body keeps that line (offsets are into the whole text).
pub fn parse_plain<'t>(text: &'t str, warnings: &mut Vec<String>) -> (Meta, &'t str) {
    let (mut meta, body) = date_line(text, warnings)
        .or_else(|| dashed_front_matter(text, warnings))
        .or_else(|| bare_front_matter(text, warnings))
        .unwrap_or_else(|| (Meta::default(), text));
    if meta.title.is_none() {
        meta.title = headline(body).map(str::to_string);
    }
    (meta, body)
}

fn headline(body: &str) -> Option<&str> {
    let b = body.trim_start();
    let (first, rest) = b.split_once('\n')?;
    let first = first.trim();
    let blank_follows = rest.trim_start_matches([' ', '\t', '\r']).starts_with('\n');
    let ok = blank_follows
        && !first.is_empty()
        && first.chars().count() < 200
        && !first.ends_with(['.', ':', ',', ';'])
        && first.chars().any(char::is_alphabetic);
    ok.then_some(first)
}

/// ` date 2025-04 La Russie…` / `date 10 septembre 2025\nBody…`.
fn date_line<'t>(text: &'t str, warnings: &mut Vec<String>) -> Option<(Meta, &'t str)> {
    let t = text.trim_start();
    let rest = t.strip_prefix("date ").or_else(|| t.strip_prefix("Date "))?.trim_start_matches([' ', '\t']);
    if !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let mut meta = Meta::default();
    // Try the longest run of 1..=4 leading tokens that parses ("10 septembre 2025" is three);
    // a line break ends the header.
    let line_end = rest.find('\n').unwrap_or(rest.len());
    let ends = token_ends(&rest[..line_end], 4);
    for &end in ends.iter().rev() {
        if let Some(d) = parse_header_date(&rest[..end]) {
            meta.published = Some(d);
            return Some((meta, &rest[end..]));
        }
    }
    let first = ends.first().copied().unwrap_or(rest.len());
    warnings.push(format!("header date `{}` not understood; left unknown", &rest[..first]));
    Some((meta, &rest[first..]))
}

/// Byte ends of the first `n` whitespace-separated tokens of `s`.
fn token_ends(s: &str, n: usize) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut in_tok = false;
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            if in_tok {
                ends.push(i);
                if ends.len() == n {
                    return ends;
                }
            }
            in_tok = false;
        } else {
            in_tok = true;
        }
    }
    if in_tok {
        ends.push(s.len());
    }
    ends
}

fn key_value(line: &str) -> Option<(&str, &str)> {
    let (k, v) = line.split_once(':')?;
    let k = k.trim();
    let ok = !k.is_empty()
        && k.len() <= 24
        && k.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    ok.then_some((k, v))
}

fn dashed_front_matter<'t>(text: &'t str, warnings: &mut Vec<String>) -> Option<(Meta, &'t str)> {
    let t = text.trim_start_matches(['\n', '\r']);
    let first_end = t.find('\n')?;
    if t[..first_end].trim_end() != "---" {
        return None;
    }
    let mut meta = Meta::default();
    let mut pos = first_end + 1;
    while pos < t.len() {
        let end = t[pos..].find('\n').map_or(t.len(), |i| pos + i);
        let line = t[pos..end].trim_end_matches('\r');
        let next = (end + 1).min(t.len());
        if line.trim_end() == "---" {
            return Some((meta, &t[next..]));
        }
        if let Some((k, v)) = key_value(line) {
            meta.set(k, v, warnings);
        }
        pos = next;
    }
    None // no closing `---`: not front matter
}

fn bare_front_matter<'t>(text: &'t str, warnings: &mut Vec<String>) -> Option<(Meta, &'t str)> {
    let t = text.trim_start_matches(['\n', '\r']);
    let mut meta = Meta::default();
    let mut scratch = Vec::new();
    let mut pos = 0;
    let mut known = 0;
    while pos < t.len() {
        let end = t[pos..].find('\n').map_or(t.len(), |i| pos + i);
        let line = t[pos..end].trim_end_matches('\r');
        let next = (end + 1).min(t.len());
        if line.trim().is_empty() {
            break;
        }
        let (k, v) = key_value(line)?;
        // A URL value holds a colon too; `key_value` splits on the first one, which is right.
        if meta.set(k, v, &mut scratch) {
            known += 1;
        } else {
            return None; // an unknown key: this is prose ("Bamako: les autorités…"), not metadata
        }
        pos = next;
    }
    if known == 0 {
        return None;
    }
    warnings.append(&mut scratch);
    Some((meta, &t[pos.min(t.len())..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_style_header_on_one_line() {
        let mut w = Vec::new();
        let (m, body) = parse_plain(" date 2025-04 La Russie réaffirme son soutien.", &mut w);
        assert_eq!(m.published.unwrap().date.to_string(), "2025-04");
        assert_eq!(body.trim(), "La Russie réaffirme son soutien.");
        assert!(w.is_empty());
    }

    #[test]
    fn date_header_in_words_then_next_line() {
        let mut w = Vec::new();
        let (m, body) = parse_plain("date 10 septembre 2025\nDes hommes armés ont attaqué Djibo.", &mut w);
        assert_eq!(m.published.unwrap().date.to_string(), "2025-09-10");
        assert_eq!(body.trim(), "Des hommes armés ont attaqué Djibo.");
    }

    #[test]
    fn bad_header_date_warns_and_is_stripped() {
        let mut w = Vec::new();
        let (m, body) = parse_plain(" date 2025-19 Texte du rapport.", &mut w);
        assert!(m.published.is_none());
        assert_eq!(body.trim(), "Texte du rapport.");
        assert_eq!(w.len(), 1, "{w:?}");
    }

    #[test]
    fn prose_starting_with_date_word_is_not_a_header() {
        let mut w = Vec::new();
        let text = "Date butoir pour le retrait : le gouvernement a tranché.";
        let (m, body) = parse_plain(text, &mut w);
        assert_eq!((m, body), (Meta::default(), text));
    }

    #[test]
    fn front_matter_both_forms() {
        let mut w = Vec::new();
        let t = "---\ntitle: Attaque à Djibo\nurl: https://example.org/a?x=1\npublished: 2025-09-10T08:00:00Z\nauthor: X\nlang: fr\n---\nCorps du texte.";
        let (m, body) = parse_plain(t, &mut w);
        assert_eq!(m.title.as_deref(), Some("Attaque à Djibo"));
        assert_eq!(m.url.as_deref(), Some("https://example.org/a?x=1"));
        assert_eq!(m.published.unwrap().time.as_deref(), Some("2025-09-10T08:00:00Z"));
        assert_eq!(m.lang.as_deref(), Some("fr"));
        assert_eq!(body, "Corps du texte.");

        let t = "source: Le Sahélien\ndate: 3 avril 2025\n\nBody line one.\nline two";
        let (m, body) = parse_plain(t, &mut w);
        assert_eq!(m.source.as_deref(), Some("Le Sahélien"));
        assert_eq!(m.published.unwrap().date.to_string(), "2025-04-03");
        assert_eq!(body.trim(), "Body line one.\nline two");
        assert!(w.is_empty());
    }

    #[test]
    fn headline_from_first_line() {
        let mut w = Vec::new();
        let (m, body) =
            parse_plain(" date 2025-03-14 \nMali : une embuscade près de Boulkessi\n\nUn convoi…", &mut w);
        assert_eq!(m.title.as_deref(), Some("Mali : une embuscade près de Boulkessi"));
        assert!(body.contains("Mali : une embuscade"), "the headline stays in the body");
        for no in [
            "Un convoi est tombé dans une embuscade.\n\nSuite.",
            "Une seule ligne sans saut",
            "Première ligne\nDeuxième ligne collée\n\nSuite",
        ] {
            let (m, _) = parse_plain(no, &mut w);
            assert_eq!(m.title, None, "{no}");
        }
    }

    #[test]
    fn prose_with_colon_is_not_front_matter() {
        let mut w = Vec::new();
        let t = "Bamako: les autorités ont annoncé un couvre-feu.\n\nSuite.";
        let (m, body) = parse_plain(t, &mut w);
        assert_eq!((m, body), (Meta::default(), t));
    }
}
