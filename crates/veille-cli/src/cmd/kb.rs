//! `veille kb …` and `veille entities`.

use super::Global;
use anyhow::Context;
use clap::{Args, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use veille_core::{CharIndex, PartialDate};
use veille_kb::{Kb, Recognizer};

#[derive(Subcommand, Debug)]
pub enum KbCommand {
    /// Resolve a name ("Moscou", "le président nigérien") to knowledge-base entities.
    Lookup {
        name: String,
        /// Resolve roles as of this date (YYYY[-MM[-DD]]); default today.
        #[arg(long)]
        date: Option<String>,
    },
    /// Show one entity: aliases, roles, memberships over time.
    Show { id: String },
}

#[derive(Args, Debug)]
pub struct EntitiesArgs {
    /// Report files or directories.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

fn parse_date(s: &str) -> anyhow::Result<PartialDate> {
    PartialDate::parse_iso(s).with_context(|| format!("--date {s}: use YYYY, YYYY-MM or YYYY-MM-DD"))
}

pub fn run(_g: &Global, c: KbCommand) -> anyhow::Result<ExitCode> {
    let kb = Kb::load_default().context("loading the knowledge base")?;
    match c {
        KbCommand::Lookup { name, date } => {
            let date = date.as_deref().map(parse_date).transpose()?;
            let as_of = date.unwrap_or_else(veille_kb::today);
            let hits = kb.lookup(&name, Some(as_of));
            if hits.is_empty() {
                println!("{name:?}: no knowledge-base entity (as of {as_of})");
                return Ok(ExitCode::from(1));
            }
            if date.is_none() {
                println!("(no --date: resolved as of today, {as_of})");
            }
            for h in hits {
                println!(
                    "{}\t{}\t{}\t{}",
                    h.id,
                    h.name,
                    h.kind.as_str(),
                    h.country.as_deref().unwrap_or("-")
                );
                println!("  via: {:?}", h.via);
                if let Some(r) = h.role {
                    println!("  role on {as_of}: {r}");
                }
                if let Some(n) = h.note {
                    println!("  note: {n}");
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        KbCommand::Show { id } => {
            let id = if id.starts_with("kb:") { id } else { format!("kb:{id}") };
            let Some(e) = kb.get(&id) else {
                anyhow::bail!("no entity {id} in the knowledge base (try `veille kb lookup NAME`)");
            };
            println!("{}  {}", e.id, e.name);
            println!("type: {}", e.kind.as_str());
            if let Some(c) = &e.country {
                println!("country: {c}");
            }
            if let Some(a) = kb.acled_class(&e.id) {
                println!("ACLED actor class: {a}");
            }
            if !e.ucdp_ids.is_empty() {
                println!("UCDP actor ids (v22.1): {:?}", e.ucdp_ids);
            }
            println!("source: {}", e.source);
            if !e.aliases.is_empty() {
                println!("aliases:");
                for a in &e.aliases {
                    let mut flags = Vec::new();
                    if a.case_sensitive {
                        flags.push("case-sensitive");
                    }
                    if a.weak {
                        flags.push("weak");
                    }
                    match a.kind {
                        veille_kb::AliasKind::Capital => flags.push("capital (metonymy)"),
                        veille_kb::AliasKind::Seat => flags.push("seat (metonymy)"),
                        veille_kb::AliasKind::Name => {}
                    }
                    let f =
                        if flags.is_empty() { String::new() } else { format!("  [{}]", flags.join(", ")) };
                    println!("  {}{f}", a.text);
                }
            }
            let members: Vec<_> = kb.memberships().iter().filter(|m| m.org == e.id).collect();
            if !members.is_empty() {
                println!("members over time:");
                for m in members {
                    println!("  {}  {}  ({})", m.member, m.when.fmt_range(), m.source);
                }
            }
            let of: Vec<_> = kb.memberships().iter().filter(|m| m.member == e.id).collect();
            if !of.is_empty() {
                println!("member of:");
                for m in of {
                    println!("  {}  {}", m.org, m.when.fmt_range());
                }
            }
            let aff: Vec<_> =
                kb.affiliations().iter().filter(|a| a.child == e.id || a.parent == e.id).collect();
            if !aff.is_empty() {
                println!("relations:");
                for a in aff {
                    println!("  {} {} {}  {}", a.child, a.relation, a.parent, a.when.fmt_range());
                }
            }
            let roles = kb.roles_of(&e.id);
            if !roles.is_empty() {
                println!("roles:");
                for r in roles {
                    println!(
                        "  {} / {} ({}, {})  {}",
                        r.title_fr,
                        r.title_en,
                        r.role,
                        r.org,
                        r.when.fmt_range()
                    );
                }
            }
            let held: Vec<_> = kb.roles().iter().filter(|r| r.org == e.id).collect();
            if !held.is_empty() {
                println!("office holders:");
                for r in held {
                    println!("  {}  {}  {}", r.when.fmt_range(), r.title_fr, r.person);
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

pub fn entities(_g: &Global, a: EntitiesArgs) -> anyhow::Result<ExitCode> {
    let kb = Kb::load_default().context("loading the knowledge base")?;
    let rec = Recognizer::new(&kb);
    let sources = veille_ingest::sources(&a.paths)?;
    let mut failed = false;
    for src in &sources {
        let batch = veille_ingest::read_source(src);
        for w in &batch.warnings {
            eprintln!("warning: {}: {}", w.origin, w.message);
        }
        for item in batch.items {
            let doc = match item {
                Ok(d) => d,
                Err(s) => {
                    eprintln!("skipped {}: {}", s.origin, s.reason);
                    failed = true;
                    continue;
                }
            };
            let seg = veille_text::segment(&doc.text, doc.lang);
            let ms = rec.annotate(&doc.text, &seg, doc.lang, doc.published);
            let ci = CharIndex::new(&doc.text);
            let published =
                doc.published.map_or_else(|| "unknown (resolved as of today)".to_string(), |d| d.to_string());
            println!(
                "# {}  lang={}  published={}",
                doc.origin.as_deref().unwrap_or(&doc.id),
                doc.lang,
                published
            );
            for m in ms {
                let (s, e) = ci.span(m.span);
                let id = m.id.as_deref().unwrap_or("-");
                let mut line = format!(
                    "{s}\t{e}\t{}\t{id}\t{}\t{}\t{:?}",
                    &doc.text[m.span.start..m.span.end],
                    m.name,
                    m.kind.as_str(),
                    m.source
                );
                if !m.members.is_empty() {
                    line.push_str(&format!("\tmembers={}", m.members.join(",")));
                }
                if !m.candidates.is_empty() {
                    line.push_str(&format!("\tcandidates={}", m.candidates.join(",")));
                }
                if let Some(r) = &m.reason {
                    line.push_str(&format!("\treason={r}"));
                }
                println!("{line}");
            }
        }
    }
    Ok(if failed { ExitCode::from(2) } else { ExitCode::SUCCESS })
}
