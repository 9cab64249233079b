//! Commands that read the store: `show`, `search`, `events`, `stats`.

use super::Global;
use anyhow::{Context, bail};
use clap::{Args, ValueEnum};
use std::io::Write;
use std::process::ExitCode;
use veille_core::record::{ActorRef, DocMeta};
use veille_core::{EventType, Status};
use veille_store::{EventFilter, Store, StoredEvent};

fn open_existing(g: &Global) -> anyhow::Result<Store> {
    if !g.db.exists() {
        bail!(
            "no store at {} — run `veille ingest PATH…` first, or point --db / VEILLE_DB at an existing store",
            g.db.display()
        );
    }
    Store::open(&g.db).with_context(|| format!("opening store {}", g.db.display()))
}

#[derive(Args, Debug)]
pub struct ShowArgs {
    /// Document id, or a unique prefix of it (as printed by `events` and `search`).
    pub doc_id: String,
}

pub fn show(g: &Global, a: ShowArgs) -> anyhow::Result<ExitCode> {
    let store = open_existing(g)?;
    let Some(stored) = store.get_document(&a.doc_id)? else {
        bail!("no document with id or prefix `{}` in {}", a.doc_id, g.db.display());
    };
    let d = &stored.doc;
    let mut out = std::io::stdout().lock();
    writeln!(out, "id:        {}", d.id)?;
    for (k, v) in [
        ("title", d.title.clone()),
        ("url", d.url.clone()),
        ("published", d.published_string()),
        ("source", d.source.clone()),
        ("origin", d.origin.clone()),
    ] {
        if let Some(v) = v {
            writeln!(out, "{:<10} {v}", format!("{k}:"))?;
        }
    }
    writeln!(out, "lang:      {} ({:.2})", d.lang, d.lang_confidence)?;
    writeln!(out)?;
    let seg = veille_text::segment(&d.text, d.lang);
    let width = seg.sentences.len().to_string().len();
    for (i, s) in seg.sentences.iter().enumerate() {
        writeln!(out, "[{:>width$}] {}", i + 1, s.span.slice(&d.text))?;
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Args, Debug)]
pub struct SearchArgs {
    /// Words to find (all must occur; accents and case are ignored; `word*` matches a prefix).
    pub query: String,
    /// Maximum number of results.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
}

pub fn search(g: &Global, a: SearchArgs) -> anyhow::Result<ExitCode> {
    let store = open_existing(g)?;
    let hits = store.search(&a.query, a.limit)?;
    let mut out = std::io::stdout().lock();
    for h in &hits {
        writeln!(
            out,
            "{}  {}  {}\n    {}",
            &h.doc_id[..12.min(h.doc_id.len())],
            h.published.as_deref().unwrap_or("----------"),
            h.title.as_deref().unwrap_or("(untitled)"),
            h.snippet
        )?;
    }
    if hits.is_empty() {
        eprintln!("no document matches `{}`", a.query);
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum EventsFormat {
    /// Aligned columns for reading.
    Table,
    /// One JSON object per line: the event record plus its document id.
    Jsonl,
    /// ACLED-like CSV (one row per event) with veille's PLOVER columns.
    Csv,
    /// A GeoJSON FeatureCollection of the events that have coordinates.
    Geojson,
}

#[derive(Args, Debug)]
pub struct EventsArgs {
    /// Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// Only events on or before this date.
    #[arg(long)]
    pub until: Option<String>,
    /// Only events located in this country (ISO 3166-1 alpha-2, e.g. ML, BF, NE).
    #[arg(long)]
    pub country: Option<String>,
    /// Only events of this PLOVER type (ASSAULT, MOBILIZE, AID, …).
    #[arg(long = "type")]
    pub kind: Option<String>,
    /// Only events with this status (asserted, pledged, claimed, denied, hypothetical).
    #[arg(long)]
    pub status: Option<String>,
    /// Only events with this actor, recipient or source (kb id like kb:JNIM, or part of a name).
    #[arg(long)]
    pub actor: Option<String>,
    /// Maximum number of events.
    #[arg(long)]
    pub limit: Option<usize>,
    #[arg(long, value_enum, default_value = "table")]
    pub format: EventsFormat,
}

pub fn events(g: &Global, a: EventsArgs) -> anyhow::Result<ExitCode> {
    let kind = match a.kind.as_deref() {
        None => None,
        Some(k) => Some(EventType::parse(k).with_context(|| {
            let all: Vec<&str> = EventType::ALL.iter().map(|t| t.as_str()).collect();
            format!("--type {k}: not a PLOVER type; one of {}", all.join(", "))
        })?),
    };
    let status = match a.status.as_deref() {
        None => None,
        Some(s) => Some(Status::parse(s).with_context(|| {
            format!("--status {s}: one of asserted, pledged, claimed, denied, hypothetical")
        })?),
    };
    let filter = EventFilter {
        since: super::date_flag("since", a.since.as_deref())?,
        until: super::date_flag("until", a.until.as_deref())?,
        country: a.country.clone(),
        kind,
        status,
        actor: a.actor.clone(),
        actor_role: None,
        limit: a.limit,
    };
    let store = open_existing(g)?;
    let evs = store.events(&filter)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match a.format {
        EventsFormat::Table => write_table(&mut out, &evs)?,
        EventsFormat::Jsonl => {
            for e in &evs {
                let mut v = serde_json::to_value(&e.record)?;
                v["doc_id"] = e.doc_id.clone().into();
                serde_json::to_writer(&mut out, &v)?;
                out.write_all(b"\n")?;
            }
        }
        EventsFormat::Csv => write_csv(&mut out, &evs)?,
        EventsFormat::Geojson => {
            let items: Vec<(DocMeta, _)> = evs
                .iter()
                .map(|e| {
                    let meta = DocMeta {
                        id: e.doc_id.clone(),
                        url: e.doc_url.clone(),
                        title: e.doc_title.clone(),
                        ..DocMeta::default()
                    };
                    (meta, e.record.clone())
                })
                .collect();
            serde_json::to_writer_pretty(&mut out, &veille_geo::geojson::feature_collection(&items))?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    if evs.is_empty() {
        eprintln!("no events match these filters in {}", g.db.display());
    }
    Ok(ExitCode::SUCCESS)
}

fn names(refs: &[ActorRef]) -> String {
    refs.iter().map(|r| r.name.as_str()).collect::<Vec<_>>().join(" + ")
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

fn write_table(out: &mut impl Write, evs: &[StoredEvent]) -> anyhow::Result<()> {
    writeln!(
        out,
        "{:<10}  {:<9}  {:<12}  {:<12}  {:<26}  {:<22}  {:<18}  {:>5}  {:>6}  doc",
        "date", "type", "mode", "status", "actor", "recipient", "place", "dead", "troops"
    )?;
    for e in evs {
        let r = &e.record;
        let place = r
            .location
            .as_ref()
            .map(|l| {
                format!("{}{}", l.name, l.country.as_ref().map(|c| format!(" ({c})")).unwrap_or_default())
            })
            .unwrap_or_default();
        let date = if r.background {
            "background".to_string()
        } else {
            r.date.clone().unwrap_or_else(|| "?".into())
        };
        writeln!(
            out,
            "{:<10}  {:<9}  {:<12}  {:<12}  {:<26}  {:<22}  {:<18}  {:>5}  {:>6}  {}",
            date,
            r.kind.as_str(),
            clip(r.mode.as_deref().unwrap_or("-"), 12),
            r.status.as_str(),
            clip(&names(&r.actor), 26),
            clip(&names(&r.recipient), 22),
            clip(&place, 18),
            r.fatalities.map(|f| f.to_string()).unwrap_or_default(),
            r.troops.map(|f| f.to_string()).unwrap_or_default(),
            &e.doc_id[..8.min(e.doc_id.len())],
        )?;
    }
    Ok(())
}

/// ACLED-like CSV: ACLED's column names where the meaning is the same, veille's own after them.
fn write_csv(out: &mut impl Write, evs: &[StoredEvent]) -> anyhow::Result<()> {
    // ACLED inter code of the first actor, as the knowledge base gave it at extraction time.
    let inter = |refs: &[ActorRef]| refs.first().and_then(|r| r.acled_class).map(|c| c.to_string());
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "event_id",
        "event_date",
        "year",
        "time_precision",
        "event_type",
        "sub_event_type",
        "actor1",
        "assoc_actor_1",
        "inter1",
        "actor2",
        "assoc_actor_2",
        "inter2",
        "country",
        "admin1",
        "admin2",
        "location",
        "latitude",
        "longitude",
        "geo_precision",
        "source",
        "notes",
        "fatalities",
        "plover_type",
        "plover_mode",
        "status",
        "troops",
        "doc_id",
        "url",
    ])?;
    for e in evs {
        let r = &e.record;
        let tp = r.date_precision.map(|p| match p {
            veille_core::Precision::Day => "1",
            veille_core::Precision::Week => "2",
            _ => "3",
        });
        let loc = r.location.as_ref();
        let first = |v: &[ActorRef]| v.first().map(|a| a.name.clone()).unwrap_or_default();
        let rest = |v: &[ActorRef]| v.iter().skip(1).map(|a| a.name.as_str()).collect::<Vec<_>>().join("; ");
        let evidence = r.evidence.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join(" … ");
        w.write_record([
            r.id.clone(),
            r.date.clone().unwrap_or_default(),
            r.date.as_deref().map(|d| d[..4].to_string()).unwrap_or_default(),
            tp.unwrap_or_default().to_string(),
            r.acled.as_ref().map(|x| x.event_type.clone()).unwrap_or_default(),
            r.acled.as_ref().map(|x| x.sub_event_type.clone()).unwrap_or_default(),
            first(&r.actor),
            rest(&r.actor),
            inter(&r.actor).unwrap_or_default(),
            first(&r.recipient),
            rest(&r.recipient),
            inter(&r.recipient).unwrap_or_default(),
            loc.and_then(|l| l.country.clone()).unwrap_or_default(),
            loc.and_then(|l| l.admin1.clone()).unwrap_or_default(),
            loc.and_then(|l| l.admin2.clone()).unwrap_or_default(),
            loc.map(|l| l.name.clone()).unwrap_or_default(),
            loc.and_then(|l| l.lat).map(|x| x.to_string()).unwrap_or_default(),
            loc.and_then(|l| l.lon).map(|x| x.to_string()).unwrap_or_default(),
            loc.map(|l| l.precision.to_string()).unwrap_or_default(),
            names(&r.source),
            evidence,
            r.fatalities.map(|x| x.to_string()).unwrap_or_default(),
            r.kind.as_str().to_string(),
            r.mode.clone().unwrap_or_default(),
            r.status.as_str().to_string(),
            r.troops.map(|x| x.to_string()).unwrap_or_default(),
            e.doc_id.clone(),
            e.doc_url.clone().unwrap_or_default(),
        ])?;
    }
    w.flush()?;
    Ok(())
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum StatsFormat {
    Text,
    Json,
}

#[derive(Args, Debug)]
pub struct StatsArgs {
    #[arg(long, value_enum, default_value = "text")]
    pub format: StatsFormat,
}

pub fn stats(g: &Global, a: StatsArgs) -> anyhow::Result<ExitCode> {
    let store = open_existing(g)?;
    let s = store.stats()?;
    match a.format {
        StatsFormat::Json => {
            let v = serde_json::json!({
                "documents": s.documents,
                "by_lang": s.by_lang.iter().map(|(k, n)| (k.clone(), (*n).into())).collect::<serde_json::Map<_, _>>(),
                "entities": s.entities,
                "events": s.events,
                "events_by_type": s.events_by_type.iter().map(|(k, n)| (k.clone(), (*n).into())).collect::<serde_json::Map<_, _>>(),
                "events_by_country": s.events_by_country.iter().map(|(k, n)| (k.clone(), (*n).into())).collect::<serde_json::Map<_, _>>(),
            });
            println!("{}", serde_json::to_string_pretty(&v)?);
        }
        StatsFormat::Text => {
            let join = |v: &[(String, u64)]| {
                v.iter().map(|(k, n)| format!("{k} {n}")).collect::<Vec<_>>().join(", ")
            };
            println!("store:     {}", g.db.display());
            println!("documents: {} ({})", s.documents, join(&s.by_lang));
            println!("entities:  {}", s.entities);
            println!("events:    {}", s.events);
            println!("by type:   {}", join(&s.events_by_type));
            println!("by country: {}", join(&s.events_by_country));
        }
    }
    Ok(ExitCode::SUCCESS)
}
