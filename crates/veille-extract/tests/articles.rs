//! Whole articles (headline, dateline, lead, body, quotes, background paragraph, round-up) through
//! the default pipeline, checked field by field against the expectations written in each fixture
//! (`tests/articles/*.txt`, written for veille).
//!
//! Fixture format: `#` comment lines, `lang:`, `published:`, `expect:` lines, then `---` and the
//! article. Expectations:
//! - `count TYPE [field=value…] N`: exactly N predicted events of TYPE satisfy the fields;
//! - `event TYPE field=value…`: one predicted event satisfies them (each `event` line takes its own);
//! - `none TYPE field=value…`: no predicted event does.
//!
//! TYPE `*` is any type. Fields: `bg` (true/false), `actor`/`recipient` (`kb:ID`, `kb:ML*` = any
//! id of that state, `name:words` = a party whose folded name contains them), `place` (location
//! name, folded), `date` (`null` or a prefix of the date), `mode`, `fatalities`/`troops`
//! (`null` or a number).
//!
//! `VEILLE_ARTICLES_DUMP=1 cargo test -p veille-extract --test articles -- --nocapture` prints
//! every predicted event.

use veille_core::record::{ActorRef, EventRecord};
use veille_core::{Document, Lang, PartialDate};
use veille_extract::{ExtractOptions, Pipeline};

struct Fixture {
    name: String,
    lang: Lang,
    published: PartialDate,
    expects: Vec<String>,
    text: String,
}

fn load() -> Vec<Fixture> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/articles");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/articles")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let src = std::fs::read_to_string(&p).unwrap();
            let (head, text) = src.split_once("\n---\n").expect("a `---` line before the article");
            let (mut lang, mut published, mut expects) = (None, None, Vec::new());
            for line in head.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
                let (k, v) = line.split_once(':').expect("key: value");
                match k.trim() {
                    "lang" => lang = Some(if v.trim() == "fr" { Lang::Fr } else { Lang::En }),
                    "published" => published = PartialDate::parse_iso(v.trim()).ok(),
                    "expect" => expects.push(v.trim().to_string()),
                    other => panic!("unknown key {other}"),
                }
            }
            Fixture {
                name: p.file_name().unwrap().to_string_lossy().into_owned(),
                lang: lang.expect("lang"),
                published: published.expect("published"),
                expects,
                text: text.to_string(),
            }
        })
        .collect()
}

fn folded(s: &str) -> String {
    veille_text::fold_str(s)
}

fn party_ok(refs: &[ActorRef], want: &str) -> bool {
    if let Some(name) = want.strip_prefix("name:") {
        let n = folded(name);
        return refs.iter().any(|r| folded(&r.name).contains(&n));
    }
    if let Some(state) = want.strip_suffix('*') {
        return refs
            .iter()
            .any(|r| r.id.as_deref().is_some_and(|id| id == state || id.starts_with(&format!("{state}-"))));
    }
    refs.iter().any(|r| r.id.as_deref() == Some(want))
}

fn figure_ok(got: Option<u64>, want: &str) -> bool {
    match want {
        "null" => got.is_none(),
        n => got == Some(n.parse().expect("a number")),
    }
}

/// Whether `e` satisfies the type and every `field=value` (values may contain spaces: a field
/// runs to the next ` word=`).
fn satisfies(e: &EventRecord, kind: &str, fields: &[(String, String)]) -> bool {
    if kind != "*" && e.kind.as_str() != kind {
        return false;
    }
    fields.iter().all(|(k, v)| match k.as_str() {
        "bg" => e.background == (v == "true"),
        "actor" => party_ok(&e.actor, v),
        "recipient" => party_ok(&e.recipient, v),
        "place" => e.location.as_ref().is_some_and(|l| {
            folded(&l.name) == folded(v) || l.mention.as_ref().is_some_and(|m| folded(&m.text) == folded(v))
        }),
        "date" => match v.as_str() {
            "null" => e.date.is_none(),
            d => e.date.as_deref().is_some_and(|x| x.starts_with(d)),
        },
        "mode" => e.mode.as_deref() == Some(v.as_str()),
        "fatalities" => figure_ok(e.fatalities, v),
        "troops" => figure_ok(e.troops, v),
        other => panic!("unknown field {other}"),
    })
}

fn parse_fields(words: &[&str]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for w in words {
        match w.split_once('=') {
            Some((k, v)) => out.push((k.to_string(), v.to_string())),
            None => {
                let last = out.last_mut().expect("field=value");
                last.1.push(' ');
                last.1.push_str(w);
            }
        }
    }
    out
}

fn describe(e: &EventRecord) -> String {
    let parties = |v: &[ActorRef]| {
        v.iter()
            .map(|r| r.id.clone().unwrap_or_else(|| format!("'{}'", r.name)))
            .collect::<Vec<_>>()
            .join("+")
    };
    format!(
        "{} {:?} mode={:?} bg={} actor={} recipient={} place={:?} date={:?} fat={:?} troops={:?} trigger={:?}",
        e.kind.as_str(),
        e.status,
        e.mode,
        e.background,
        parties(&e.actor),
        parties(&e.recipient),
        e.location.as_ref().map(|l| l.name.as_str()),
        e.date,
        e.fatalities,
        e.troops,
        e.trigger.as_ref().map(|t| t.text.as_str()),
    )
}

/// The failed expectations of one article.
fn check(f: &Fixture, events: &[EventRecord]) -> Vec<String> {
    let mut failures = Vec::new();
    let mut used = vec![false; events.len()];
    for x in &f.expects {
        let words: Vec<&str> = x.split_whitespace().collect();
        match words.as_slice() {
            ["count", kind, rest @ ..] => {
                let (n, fields) = rest.split_last().expect("count TYPE … N");
                let n: usize = n.parse().expect("a count");
                let fields = parse_fields(fields);
                let got = events.iter().filter(|e| satisfies(e, kind, &fields)).count();
                if got != n {
                    failures.push(format!("{x}: got {got}"));
                }
            }
            ["event", kind, rest @ ..] => {
                let fields = parse_fields(rest);
                match (0..events.len()).find(|&i| !used[i] && satisfies(&events[i], kind, &fields)) {
                    Some(i) => used[i] = true,
                    None => failures.push(format!("{x}: no such event")),
                }
            }
            ["none", kind, rest @ ..] => {
                let fields = parse_fields(rest);
                if let Some(e) = events.iter().find(|e| satisfies(e, kind, &fields)) {
                    failures.push(format!("{x}: got {}", describe(e)));
                }
            }
            _ => panic!("bad expectation {x}"),
        }
    }
    failures
}

/// The fixture as a document published on its date.
fn document(f: &Fixture) -> Document {
    Document {
        id: veille_core::doc_id(&f.text, None),
        published: Some(f.published),
        lang: f.lang,
        lang_confidence: 1.0,
        text: f.text.clone(),
        ..Document::default()
    }
}

#[test]
fn whole_articles_give_each_incident_once_with_its_details() {
    let p = Pipeline::default_pipeline().unwrap();
    let fixtures = load();
    assert!(fixtures.len() >= 6, "the article fixtures");
    let dump = std::env::var_os("VEILLE_ARTICLES_DUMP").is_some();
    let mut report = Vec::new();
    for f in &fixtures {
        let d = document(f);
        let r = p.extract(&d, &ExtractOptions::default());
        if dump {
            println!("== {}", f.name);
            for e in &r.events {
                println!("   {}", describe(e));
            }
        }
        for fail in check(f, &r.events) {
            report.push(format!("{}: {fail}", f.name));
        }
    }
    assert!(report.is_empty(), "{} failed expectations:\n{}", report.len(), report.join("\n"));
}

#[test]
fn the_expectation_checker_can_fail() {
    // an article with one plain attack: a wrong count, a missing event and a forbidden one fail
    let f = Fixture {
        name: "inline".into(),
        lang: Lang::Fr,
        published: PartialDate::ymd(2025, 4, 4).unwrap(),
        expects: vec![
            "count ASSAULT bg=false 2".into(),
            "event ASSAULT place=Kidal".into(),
            "none ASSAULT actor=kb:JNIM".into(),
            "event ASSAULT actor=kb:JNIM".into(),
        ],
        text: "Le JNIM a attaqué lundi un poste de l'armée malienne à Boni.".into(),
    };
    let p = Pipeline::default_pipeline().unwrap();
    let d = document(&f);
    let r = p.extract(&d, &ExtractOptions::default());
    let fails = check(&f, &r.events);
    assert_eq!(fails.len(), 3, "{fails:?}");
    assert!(fails[0].starts_with("count") && fails[1].starts_with("event") && fails[2].starts_with("none"));
}

/// An article whose places all lie in one country gives that country (country precision) to a
/// physical event told in a sentence with no place; with places in two countries, it stays unknown.
#[test]
fn an_event_without_a_place_takes_the_one_scene_country_of_the_article() {
    let p = Pipeline::default_pipeline().unwrap();
    let run = |text: &str| {
        let f = Fixture {
            name: "scene".into(),
            lang: Lang::Fr,
            published: PartialDate::ymd(2025, 4, 4).unwrap(),
            expects: Vec::new(),
            text: text.into(),
        };
        p.extract(&document(&f), &ExtractOptions { explain: true }).events
    };
    let one = run("Des jihadistes ont attaqué lundi un poste de gendarmerie à Boni, près de Douentza. \
         Les habitants redoutent de nouvelles violences. \
         Mercredi, l'armée malienne a arrêté une vingtaine de suspects.");
    let arrest = one.iter().find(|e| e.kind == veille_core::EventType::Coerce).expect("the arrest");
    let loc = arrest.location.as_ref().expect("the scene country");
    assert_eq!((loc.country.as_deref(), loc.precision), (Some("ML"), 3), "{loc:?}");
    assert!(arrest.explain.iter().any(|s| s.rule.contains("scene country")));
    let two = run(
        "Des jihadistes ont attaqué lundi un poste de gendarmerie à Boni, au Mali, puis un village près de Djibo. \
         Les habitants redoutent de nouvelles violences. \
         Mercredi, l'armée malienne a arrêté une vingtaine de suspects.",
    );
    let arrest = two.iter().find(|e| e.kind == veille_core::EventType::Coerce).expect("the arrest");
    assert!(
        arrest.location.is_none(),
        "places in Mali and Burkina Faso: no scene country, {:?}",
        arrest.location
    );
}
