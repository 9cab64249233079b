//! Test helpers: sentences with inline entity markup, run through the text layer and the event
//! extractor without the knowledge base, tagger or gazetteer (those layers come from the markup).
//!
//! Markup: `[surface|id|kind]`, `[surface|id|kind:CC]` (country), `[surface|id|kind|M1+M2]`
//! (collective mention standing for members); id `-` = unresolved. Kinds: c country, i igo,
//! f state force, g armed group, m militia, x pmc, p person, o other organisation.
//! Places: `@[surface|CC|precision]`, `@[surface|CC|precision|PPLC]` (a feature code: a capital).

#![allow(dead_code)]

use veille_core::record::{ActorRef, EventRecord, Record};
use veille_core::{
    Document, EntityMention, EntityType, EventType, Lang, MentionSource, PartialDate, PlaceMention, Span,
};
use veille_extract::{Analysis, Pipeline};

pub struct Marked {
    pub text: String,
    pub entities: Vec<EntityMention>,
    pub places: Vec<PlaceMention>,
}

fn kind(k: &str) -> EntityType {
    match k {
        "c" => EntityType::Country,
        "i" => EntityType::Igo,
        "f" => EntityType::StateForce,
        "g" => EntityType::ArmedGroup,
        "m" => EntityType::Militia,
        "x" => EntityType::Pmc,
        "p" => EntityType::Person,
        _ => EntityType::OtherOrg,
    }
}

pub fn parse_markup(src: &str) -> Marked {
    let mut text = String::new();
    let mut entities = Vec::new();
    let mut places = Vec::new();
    let mut rest = src;
    while let Some(open) = rest.find('[') {
        let is_place = open > 0 && rest[..open].ends_with('@');
        let before = if is_place { &rest[..open - 1] } else { &rest[..open] };
        text.push_str(before);
        let close = rest[open..].find(']').expect("unclosed [") + open;
        let inner = &rest[open + 1..close];
        let f: Vec<&str> = inner.split('|').collect();
        let start = text.len();
        text.push_str(f[0]);
        let span = Span::new(start, text.len());
        if is_place {
            places.push(PlaceMention {
                span,
                name_span: span,
                name: f[0].to_string(),
                geonames_id: Some(1),
                country: f.get(1).map(|s| s.to_string()),
                admin1: None,
                admin2: None,
                lat: None,
                lon: None,
                feature_class: Some("P".into()),
                // `@[Bamako|ML|1|PPLC]`: a capital
                feature_code: Some(f.get(3).copied().unwrap_or("PPL").into()),
                precision: f.get(2).and_then(|p| p.parse().ok()).unwrap_or(1),
                offset_km: None,
                bearing: None,
                score: 1.0,
                reason: None,
            });
        } else {
            let id = f.get(1).filter(|s| **s != "-").map(|s| s.to_string());
            let (k, cc) = match f.get(2) {
                Some(k) => match k.split_once(':') {
                    Some((k, cc)) => (kind(k), Some(cc.to_string())),
                    None => (kind(k), None),
                },
                None => (EntityType::OtherOrg, None),
            };
            let cc = cc.or_else(|| {
                (k == EntityType::Country)
                    .then(|| id.as_deref().unwrap_or("").trim_start_matches("kb:").to_string())
            });
            let members = f.get(3).map(|m| m.split('+').map(str::to_string).collect()).unwrap_or_default();
            entities.push(EntityMention {
                span,
                name: f[0].to_string(),
                id,
                kind: k,
                country: cc,
                source: MentionSource::Alias,
                candidates: Vec::new(),
                reason: None,
                members,
            });
        }
        rest = &rest[close + 1..];
    }
    text.push_str(rest);
    Marked { text, entities, places }
}

pub fn doc(text: &str, lang: Lang) -> Document {
    Document {
        id: veille_core::doc_id(text, None),
        published: PartialDate::ymd(2025, 4, 4),
        lang,
        lang_confidence: 1.0,
        text: text.to_string(),
        ..Document::default()
    }
}

/// Runs the text layer + event stage over a marked-up text.
pub fn extract_marked(p: &Pipeline, src: &str, lang: Lang, explain: bool) -> Record {
    run_marked(p, parse_markup(src), lang, explain)
}

/// Runs the event stage over a parsed marked-up text, whose entities and places a test may have
/// edited first.
pub fn run_marked(p: &Pipeline, m: Marked, lang: Lang, explain: bool) -> Record {
    let d = doc(&m.text, lang);
    let mut a = Analysis::new(&d, explain);
    a.entities = m.entities;
    a.places = m.places;
    p.run(&mut a);
    veille_extract::pipeline::assemble(a)
}

/// The location rules `--explain` gives for an event, joined by "; ".
#[allow(dead_code)]
pub fn location_rule(e: &EventRecord) -> String {
    e.explain.iter().filter(|s| s.slot == "location").map(|s| s.rule.clone()).collect::<Vec<_>>().join("; ")
}

/// A party list as sorted ids, `?name` for an unresolved party.
pub fn ids(v: &[ActorRef]) -> Vec<String> {
    let mut v: Vec<String> =
        v.iter().map(|r| r.id.clone().unwrap_or_else(|| format!("?{}", r.name))).collect();
    v.sort();
    v
}

/// Compares a party list with a table cell: comma-separated ids, `-` = empty, `*` = not checked.
pub fn check_ids(what: &str, want: &str, got: &[ActorRef], errs: &mut Vec<String>) {
    if want == "*" {
        return;
    }
    let mut w: Vec<String> =
        if want == "-" { Vec::new() } else { want.split(',').map(|s| s.trim().to_string()).collect() };
    w.sort();
    let g = ids(got);
    if w != g {
        errs.push(format!("{what}: want {w:?}, got {g:?}"));
    }
}

/// The first event of `kind`, or `None` with the miss (and the kinds found) in `errs`.
pub fn first_of<'r>(rec: &'r Record, kind: EventType, errs: &mut Vec<String>) -> Option<&'r EventRecord> {
    let e = rec.events.iter().find(|e| e.kind == kind);
    if e.is_none() {
        errs.push(format!(
            "no {kind} event; got {:?}",
            rec.events.iter().map(|e| e.kind).collect::<Vec<_>>()
        ));
    }
    e
}

/// The rows of a plain case table with their 1-based line numbers: blank lines, `#` comments and
/// the `lang\t…` header are skipped; every other row must have `ncols` tab-separated columns.
#[allow(dead_code)]
pub fn table_rows(file: &str, ncols: usize) -> impl Iterator<Item = (usize, Vec<&str>)> {
    file.lines().enumerate().filter_map(move |(i, line)| {
        if line.trim().is_empty() || line.starts_with('#') || line.starts_with("lang\t") {
            return None;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), ncols, "line {}: {ncols} columns expected", i + 1);
        Some((i + 1, cols))
    })
}

/// Runs a case table: every row that is not blank or a `#` comment has `ncols` tab-separated
/// columns, the first a marked-up sentence run through the events-only pipeline; `check` lists
/// what is wrong with the record. Fails with every failing row, or when fewer than `min_rows`
/// rows were read.
pub fn run_case_table(
    file: &str,
    lang: Lang,
    ncols: usize,
    min_rows: usize,
    check: impl Fn(&[&str], &Record, &mut Vec<String>),
) {
    run_case_table_by_row(file, ncols, min_rows, |_| (lang, 0), check);
}

/// [`run_case_table`] for a table whose rows say their language: `row` gives, from a row's
/// columns, its language and the column of its sentence.
#[allow(dead_code)]
pub fn run_case_table_by_row(
    file: &str,
    ncols: usize,
    min_rows: usize,
    row: impl Fn(&[&str]) -> (Lang, usize),
    check: impl Fn(&[&str], &Record, &mut Vec<String>),
) {
    let p = Pipeline::events_only().unwrap();
    let mut failures = Vec::new();
    let mut n = 0;
    for (i, line) in file.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        n += 1;
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), ncols, "line {}: {ncols} columns expected", i + 1);
        let (lang, sentence) = row(&cols);
        let rec = extract_marked(&p, cols[sentence], lang, false);
        let mut errs = Vec::new();
        // run without explaining: no rule may leave its steps in the record
        if let Some(e) = rec.events.iter().find(|e| !e.explain.is_empty()) {
            errs.push(format!("{} event carries explain steps without --explain: {:?}", e.kind, e.explain));
        }
        check(&cols, &rec, &mut errs);
        if !errs.is_empty() {
            failures.push(format!("line {}: {}\n    {}", i + 1, cols[sentence], errs.join("\n    ")));
        }
    }
    assert!(n >= min_rows, "{n} rows, want at least {min_rows}");
    assert!(failures.is_empty(), "{} of {n} rows fail:\n{}", failures.len(), failures.join("\n"));
}
