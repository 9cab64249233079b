//! Publication dates as metadata gives them: ISO 8601 (`2025-04`, `2025-04-04T09:12:00Z`),
//! `04/09/2025`, "10 septembre 2025", "September 10, 2025", RFC 2822
//! ("Wed, 10 Sep 2025 08:00:00 +0000").
//!
//! This is a parser for *header* values, which hold one date and nothing else; dates inside
//! the body are the text layer's job (`veille_text::dates`).

use std::collections::HashMap;
use std::sync::OnceLock;
use veille_core::PartialDate;

/// A parsed header date: the date to its precision, plus an RFC 3339 date-time when the value
/// had a time of day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeaderDate {
    pub date: PartialDate,
    pub time: Option<String>,
}

fn months() -> &'static HashMap<String, u8> {
    static MONTHS: OnceLock<HashMap<String, u8>> = OnceLock::new();
    MONTHS.get_or_init(|| {
        include_str!("../data/months.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let (name, n) = l.split_once('\t')?;
                Some((name.trim().to_string(), n.trim().parse().ok()?))
            })
            .collect()
    })
}

/// Parses one header date value; `None` when it is not a date this parser knows.
pub fn parse_header_date(value: &str) -> Option<HeaderDate> {
    let v = value.trim().trim_matches(|c| c == '"' || c == '\'').trim();
    if v.is_empty() {
        return None;
    }
    parse_iso(v).or_else(|| parse_numeric(v)).or_else(|| parse_words(v))
}

fn parse_iso(v: &str) -> Option<HeaderDate> {
    let date = PartialDate::parse_iso(v).ok()?;
    let rest = v[v.find(['T', ' ']).unwrap_or(v.len())..].trim();
    if rest.is_empty() {
        return Some(HeaderDate { date, time: None });
    }
    // Anything after the date must be a time of day: "2025-04 La Russie…" is not a date value.
    date.day?;
    let t = rest.trim_start_matches('T');
    let (hms, zone) = split_zone(t);
    let (h, m, s) = parse_hms(hms)?;
    let time = Some(format!("{date}T{h:02}:{m:02}:{s:02}{}", zone.unwrap_or_default()));
    Some(HeaderDate { date, time })
}

/// Splits `10:30:00+02:00` / `10:30Z` / `10:30:00.123 +0000` into the clock and a normalized zone.
fn split_zone(t: &str) -> (&str, Option<String>) {
    let t = t.trim();
    if let Some(c) = t.strip_suffix('Z').or_else(|| t.strip_suffix(" UTC")).or_else(|| t.strip_suffix(" GMT"))
    {
        return (c.trim(), Some("Z".into()));
    }
    if let Some(i) = t.rfind(['+', '-'])
        && let Some(z) = parse_offset(&t[i..])
    {
        return (t[..i].trim(), Some(z));
    }
    (t, None)
}

/// `+0200`, `+02:00`, `-05` → `+02:00`.
fn parse_offset(z: &str) -> Option<String> {
    let sign = z.chars().next()?;
    let digits: String = z[1..].chars().filter(|c| *c != ':').collect();
    if !digits.bytes().all(|b| b.is_ascii_digit()) || !(digits.len() == 2 || digits.len() == 4) {
        return None;
    }
    let h: u8 = digits[..2].parse().ok()?;
    let m: u8 = if digits.len() == 4 { digits[2..].parse().ok()? } else { 0 };
    (h <= 14 && m < 60).then(|| format!("{sign}{h:02}:{m:02}"))
}

fn parse_hms(s: &str) -> Option<(u8, u8, u8)> {
    let s = s.split('.').next()?;
    let mut it = s.split(':');
    let h: u8 = it.next()?.parse().ok()?;
    let m: u8 = it.next()?.parse().ok()?;
    let sec: u8 = match it.next() {
        Some(x) => x.parse().ok()?,
        None => 0,
    };
    (it.next().is_none() && h < 24 && m < 60 && sec < 61).then_some((h, m, sec))
}

/// `04/09/2025`, `4.9.2025` (day first, the French and British order) and `2025/09/04`.
fn parse_numeric(v: &str) -> Option<HeaderDate> {
    let head = v.split_whitespace().next()?;
    let parts: Vec<&str> = head.split(['/', '.']).collect();
    if parts.len() != 3 || !parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let n: Vec<u32> = parts.iter().map(|p| p.parse().ok()).collect::<Option<_>>()?;
    let date = if parts[0].len() == 4 {
        PartialDate::ymd(n[0] as i32, u8::try_from(n[1]).ok()?, u8::try_from(n[2]).ok()?)?
    } else if parts[2].len() == 4 {
        PartialDate::ymd(n[2] as i32, u8::try_from(n[1]).ok()?, u8::try_from(n[0]).ok()?)?
    } else {
        return None;
    };
    Some(HeaderDate { date, time: None })
}

/// "10 septembre 2025", "1er avril 2025", "September 10, 2025", "Wed, 10 Sep 2025 08:00:00 +0000",
/// "avril 2025".
fn parse_words(v: &str) -> Option<HeaderDate> {
    let folded = veille_text::fold_str(v);
    let toks: Vec<&str> =
        folded.split([' ', ',', '\t']).map(|t| t.trim_end_matches('.')).filter(|t| !t.is_empty()).collect();
    let mi = toks.iter().position(|t| months().get(*t).is_some_and(|&m| m > 0))?;
    let month = months()[toks[mi]];
    let day_at = |i: usize| -> Option<u8> {
        let t = toks.get(i)?;
        let digits = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &t[digits.len()..];
        if digits.is_empty() || digits.len() > 2 || !matches!(suffix, "" | "er" | "st" | "nd" | "rd" | "th") {
            return None;
        }
        digits.parse().ok().filter(|d| (1..=31).contains(d))
    };
    let year_at = |i: usize| -> Option<i32> {
        let t = toks.get(i)?;
        (t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit())).then(|| t.parse().ok()).flatten()
    };
    let (day, year_i) = match (mi.checked_sub(1).and_then(day_at), day_at(mi + 1)) {
        (Some(d), _) => (Some(d), mi + 1),
        (None, Some(d)) => (Some(d), mi + 2),
        (None, None) => (None, mi + 1),
    };
    let year = year_at(year_i)?;
    let date = match day {
        Some(d) => PartialDate::ymd(year, month, d)?,
        None => PartialDate::month(year, month)?,
    };
    // Every other token must be a filler word (weekday, article) before the date, or a time
    // and zone after it: a header value holds a date and nothing else.
    let first = if day.is_some() && mi > 0 && day_at(mi - 1).is_some() { mi - 1 } else { mi };
    if !toks[..first].iter().all(|t| months().get(*t) == Some(&0)) {
        return None;
    }
    let mut time = None;
    let mut i = year_i + 1;
    if i < toks.len() && matches!(toks[i], "a" | "at") {
        i += 1;
    }
    if i < toks.len() {
        let (h, m, s) = parse_hms(toks[i].trim_end_matches('h'))?;
        date.day?;
        let zone = match toks.get(i + 1).copied() {
            Some("gmt" | "utc" | "z" | "ut") => Some("Z".to_string()),
            Some(z) => Some(parse_offset(z)?),
            None => None,
        };
        if i + 2 < toks.len() {
            return None;
        }
        time = Some(format!("{date}T{h:02}:{m:02}:{s:02}{}", zone.unwrap_or_default()));
    }
    Some(HeaderDate { date, time })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<(String, Option<String>)> {
        parse_header_date(s).map(|h| (h.date.to_string(), h.time))
    }

    type Case<'a> = (&'a str, Option<(&'a str, Option<&'a str>)>);

    #[test]
    fn header_dates() {
        let cases: &[Case] = &[
            ("2025-04", Some(("2025-04", None))),
            ("2025", Some(("2025", None))),
            ("2025-04-04", Some(("2025-04-04", None))),
            ("2025-04-04T09:12:00Z", Some(("2025-04-04", Some("2025-04-04T09:12:00Z")))),
            ("2025-04-04T09:12:00+01:00", Some(("2025-04-04", Some("2025-04-04T09:12:00+01:00")))),
            ("2025-04-04 09:12", Some(("2025-04-04", Some("2025-04-04T09:12:00")))),
            ("2025-04-04T09:12:00.000+0000", Some(("2025-04-04", Some("2025-04-04T09:12:00+00:00")))),
            ("10 septembre 2025", Some(("2025-09-10", None))),
            ("1er avril 2025", Some(("2025-04-01", None))),
            ("mercredi 10 Septembre 2025", Some(("2025-09-10", None))),
            ("10 févr. 2024", Some(("2024-02-10", None))),
            ("September 10, 2025", Some(("2025-09-10", None))),
            ("Sept. 10th, 2025", Some(("2025-09-10", None))),
            ("avril 2025", Some(("2025-04", None))),
            ("Wed, 10 Sep 2025 08:00:00 +0000", Some(("2025-09-10", Some("2025-09-10T08:00:00+00:00")))),
            ("Wed, 10 Sep 2025 08:00:00 GMT", Some(("2025-09-10", Some("2025-09-10T08:00:00Z")))),
            ("04/09/2025", Some(("2025-09-04", None))),
            ("2025/09/04", Some(("2025-09-04", None))),
            ("hier", None),
            ("2025-04 La Russie", None),
            ("10 septembre 2025 Des hommes", None),
            ("Les 10 septembre 2025", None),
            ("31 février 2025", None),
            ("2025-13-01", None),
            ("", None),
        ];
        for (input, want) in cases {
            let want = want.map(|(a, b)| (a.to_string(), b.map(str::to_string)));
            assert_eq!(d(input), want, "{input}");
        }
    }
}
