//! PETRARCH2 unit-test sentences (`PETR.UnitTest.records.xml`, MIT): English sentences with their
//! expected CAMEO codings, read at evaluation time by a small hand-written reader (the file is
//! simple XML: `<Sentence id date>` holding `<EventCoding sourcecode targetcode eventcode>` and
//! `<Text>`).
//!
//! Each coding is one gold event: type and mode from CAMEO2PLOVER ([`super::cameo`]); actor and
//! recipient are the *names* of the source and target codes in the validation actor dictionary
//! (`PETR.Validate.actors.txt`, read from beside the XML when present): `ARNGOV` → the names coded
//! `ARN` (and `ARNGOV`), e.g. "Arnor". Codes with an unknown country (`---`) give no name.
//! Sentences coded `noevents` give documents with no event (any prediction is a false positive);
//! sentences whose codings all lack a PLOVER row (CAMEO 01/02 statements and appeals, PETRARCH's
//! 9xx test codes) are left out.

use super::cameo::Cameo2Plover;
use crate::EvalError;
use crate::error::read_to_string;
use crate::events::{Actor, EvalEvent, GoldDoc};
use std::collections::HashMap;
use std::path::Path;

/// Loads the unit-test records; `cameo` maps the event codes. The actor dictionary is looked for
/// as `PETR.Validate.actors.txt` in the same directory.
pub fn load(path: impl AsRef<Path>, cameo: &Cameo2Plover) -> Result<Vec<GoldDoc>, EvalError> {
    let path = path.as_ref();
    let xml = read_to_string(path)?;
    let actors_path = path.with_file_name("PETR.Validate.actors.txt");
    let actors =
        if actors_path.exists() { parse_actors(&read_to_string(&actors_path)?) } else { HashMap::new() };
    Ok(parse(&xml, cameo, &actors))
}

/// Parses the actor dictionary into `code → names` (lower-level lines `+ALIAS` add names to the
/// entry above; `#` starts a comment; `<!-- -->` blocks are skipped).
pub fn parse_actors(text: &str) -> HashMap<String, Vec<String>> {
    let mut map: HashMap<String, Vec<String>> = HashMap::new();
    let mut names: Vec<String> = Vec::new();
    let mut current: Vec<String> = Vec::new();
    let mut in_comment = false;
    for raw in text.lines() {
        if in_comment {
            if raw.contains("-->") {
                in_comment = false;
            }
            continue;
        }
        if raw.trim_start().starts_with("<!--") {
            in_comment = !raw.contains("-->");
            continue;
        }
        let line = raw.split('#').next().unwrap_or("");
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let indented = line.starts_with(char::is_whitespace);
        if let Some(alias) = trimmed.strip_prefix('+') {
            let alias = clean_name(alias.split('[').next().unwrap_or(""));
            if !alias.is_empty() {
                for c in &current {
                    map.entry(c.clone()).or_default().push(alias.clone());
                }
                names.push(alias);
            }
            continue;
        }
        if !indented && !trimmed.starts_with('[') {
            names = vec![clean_name(trimmed.split('[').next().unwrap_or(""))];
            names.retain(|n| !n.is_empty());
            current.clear();
        }
        for code in codes(trimmed) {
            map.entry(code.clone()).or_default().extend(names.iter().cloned());
            current.push(code);
        }
    }
    for v in map.values_mut() {
        v.sort();
        v.dedup();
    }
    map
}

fn clean_name(s: &str) -> String {
    s.trim().trim_end_matches('_').replace('_', " ").trim().to_string()
}

/// The codes in `[CODE yymmdd-yymmdd]` brackets of a line.
fn codes(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(i) = rest.find('[') {
        let after = &rest[i + 1..];
        let Some(j) = after.find(']') else { break };
        if let Some(code) = after[..j].split_whitespace().next().map(|c| c.trim_start_matches('~'))
            && !code.is_empty()
            && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            out.push(code.to_string());
        }
        rest = &after[j + 1..];
    }
    out
}

/// The value of attribute `name` in a tag's text (`name="…"` or `name = "…"`).
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut from = 0;
    while let Some(i) = tag[from..].find(name) {
        let start = from + i;
        let before_ok = start == 0 || tag.as_bytes()[start - 1].is_ascii_whitespace();
        let rest = tag[start + name.len()..].trim_start();
        if before_ok && let Some(rest) = rest.strip_prefix('=') {
            let rest = rest.trim_start().strip_prefix('"')?;
            return rest.find('"').map(|e| &rest[..e]);
        }
        from = start + name.len();
    }
    None
}

fn actor_names(code: &str, actors: &HashMap<String, Vec<String>>) -> Vec<Actor> {
    let code = code.trim();
    let base = code.get(..3).unwrap_or(code);
    if base.is_empty() || base.starts_with('-') {
        return Vec::new();
    }
    let mut names: Vec<String> = actors.get(code).cloned().unwrap_or_default();
    if code != base {
        names.extend(actors.get(base).cloned().unwrap_or_default());
    }
    names.sort();
    names.dedup();
    names.iter().map(|n| Actor::name(n)).collect()
}

/// Parses the XML text (see the module doc). Sentences whose codings all fail to map to PLOVER
/// keep only the mapped ones.
pub fn parse(xml: &str, cameo: &Cameo2Plover, actors: &HashMap<String, Vec<String>>) -> Vec<GoldDoc> {
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(i) = rest.find("<Sentence ") {
        let block_start = &rest[i..];
        let end = block_start.find("</Sentence>").map_or(block_start.len(), |e| e + "</Sentence>".len());
        let block = &block_start[..end];
        rest = &block_start[end..];
        let open_end = block.find('>').unwrap_or(block.len());
        let open = &block[..open_end];
        let id = attr(open, "id").unwrap_or("").to_string();
        let date = attr(open, "date").and_then(|d| {
            (d.len() == 8 && d.bytes().all(|b| b.is_ascii_digit()))
                .then(|| format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..]))
        });
        let text = match (block.find("<Text>"), block.find("</Text>")) {
            (Some(a), Some(b)) if b > a => block[a + 6..b].split_whitespace().collect::<Vec<_>>().join(" "),
            _ => continue,
        };
        let mut events = Vec::new();
        let mut coded = 0;
        let mut scan = block;
        while let Some(k) = scan.find("<EventCoding") {
            let tag_end = scan[k..].find('>').map_or(scan.len(), |e| k + e);
            let tag = &scan[k..tag_end];
            scan = &scan[tag_end..];
            let Some(code) = attr(tag, "eventcode") else { continue };
            coded += 1;
            let Some((kind, mode)) = cameo.get(code) else { continue };
            events.push(EvalEvent {
                kind: Some(kind),
                mode,
                actor: actor_names(attr(tag, "sourcecode").unwrap_or(""), actors),
                recipient: actor_names(attr(tag, "targetcode").unwrap_or(""), actors),
                trigger: Some(format!("CAMEO {code}")),
                ..EvalEvent::default()
            });
        }
        // Sentences whose codings all lack a PLOVER row (CAMEO 01/02 statements and appeals, the
        // 9xx test codes) say nothing about PLOVER events: left out rather than scored as empty.
        if id.is_empty() || text.is_empty() || (coded > 0 && events.is_empty()) {
            continue;
        }
        out.push(GoldDoc { id, lang: "en".into(), split: "test".into(), published: date, text, events });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: &str = r#"<Sentences>
<!-- comment -->
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<EventCoding sourcecode="ARNGOV" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode="---GOV" targetcode="---" eventcode="999"></EventCoding>
<Text>
Arnor is about to restore full diplomatic ties with Gondor.
</Text>
<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
</Sentence>
<Sentence date="19950102" id="NONE-01" category="X" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing happened.</Text>
</Sentence>
</Sentences>"#;

    const ACTORS: &str =
        "<!-- header\n# x\n-->\nARNOR_  [ARN]\n+ARNORIAN\nGONDOR [GON] # comment\nENT  \n\t[ENT]\n";

    #[test]
    fn reads_sentences_codings_and_actor_names() {
        let cameo = Cameo2Plover::parse("06: COOPERATE\n064: COOPERATE, , diplomatic # Share intelligence\n")
            .unwrap();
        let actors = parse_actors(ACTORS);
        assert_eq!(actors["ARN"], vec!["ARNOR".to_string(), "ARNORIAN".to_string()]);
        assert_eq!(actors["ENT"], vec!["ENT".to_string()]);
        let docs = parse(XML, &cameo, &actors);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].id, "DEMO-00");
        assert_eq!(docs[0].published.as_deref(), Some("1995-01-01"));
        assert_eq!(docs[0].text, "Arnor is about to restore full diplomatic ties with Gondor.");
        assert_eq!(docs[0].events.len(), 1, "code 999 has no PLOVER row");
        let only_unmapped = XML.replace("eventcode=\"064\"", "eventcode=\"998\"");
        assert_eq!(parse(&only_unmapped, &cameo, &actors).len(), 1, "DEMO-00 left out");
        let e = &docs[0].events[0];
        assert_eq!(e.kind, Some(veille_core::EventType::Cooperate));
        assert_eq!(e.actor, vec![Actor::name("ARNOR"), Actor::name("ARNORIAN")]);
        assert_eq!(e.recipient, vec![Actor::name("GONDOR")]);
        assert!(docs[1].events.is_empty());
    }
}
