//! `veille kb …` and `veille entities`.

use super::Global;
use anyhow::Context;
use clap::{Args, Subcommand};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use veille_core::CharIndex;
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

pub fn run(_g: &Global, c: KbCommand) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    let kb = Kb::load_default().context("loading the knowledge base")?;
    match c {
        KbCommand::Lookup { name, date } => {
            let date = super::date_flag("date", date.as_deref())?;
            let as_of = date.unwrap_or_else(veille_kb::today);
            let hits = kb.lookup(&name, Some(as_of));
            if hits.is_empty() {
                writeln!(out, "{name:?}: no knowledge-base entity (as of {as_of})")?;
                return Ok(ExitCode::from(1));
            }
            if date.is_none() {
                writeln!(out, "(no --date: resolved as of today, {as_of})")?;
            }
            for h in hits {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}",
                    h.id,
                    h.name,
                    h.kind.as_str(),
                    h.country.as_deref().unwrap_or("-")
                )?;
                writeln!(out, "  via: {:?}", h.via)?;
                if let Some(r) = h.role {
                    writeln!(out, "  role on {as_of}: {r}")?;
                }
                if let Some(n) = h.note {
                    writeln!(out, "  note: {n}")?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        KbCommand::Show { id } => {
            let id = if id.starts_with("kb:") { id } else { format!("kb:{id}") };
            let Some(e) = kb.get(&id) else {
                anyhow::bail!("no entity {id} in the knowledge base (try `veille kb lookup NAME`)");
            };
            writeln!(out, "{}  {}", e.id, e.name)?;
            writeln!(out, "type: {}", e.kind.as_str())?;
            if let Some(c) = &e.country {
                writeln!(out, "country: {c}")?;
            }
            if let Some(a) = kb.acled_class(&e.id) {
                writeln!(out, "ACLED actor class: {a}")?;
            }
            if !e.ucdp_ids.is_empty() {
                writeln!(out, "UCDP actor ids (v22.1): {:?}", e.ucdp_ids)?;
            }
            writeln!(out, "source: {}", e.source)?;
            if !e.aliases.is_empty() {
                writeln!(out, "aliases:")?;
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
                    writeln!(out, "  {}{f}", a.text)?;
                }
            }
            let members: Vec<_> = kb.memberships().iter().filter(|m| m.org == e.id).collect();
            if !members.is_empty() {
                writeln!(out, "members over time:")?;
                for m in members {
                    writeln!(out, "  {}  {}  ({})", m.member, m.when.fmt_range(), m.source)?;
                }
            }
            let of: Vec<_> = kb.memberships().iter().filter(|m| m.member == e.id).collect();
            if !of.is_empty() {
                writeln!(out, "member of:")?;
                for m in of {
                    writeln!(out, "  {}  {}", m.org, m.when.fmt_range())?;
                }
            }
            let aff: Vec<_> =
                kb.affiliations().iter().filter(|a| a.child == e.id || a.parent == e.id).collect();
            if !aff.is_empty() {
                writeln!(out, "relations:")?;
                for a in aff {
                    writeln!(out, "  {} {} {}  {}", a.child, a.relation, a.parent, a.when.fmt_range())?;
                }
            }
            let roles = kb.roles_of(&e.id);
            if !roles.is_empty() {
                writeln!(out, "roles:")?;
                for r in roles {
                    writeln!(
                        out,
                        "  {} / {} ({}, {})  {}",
                        r.title_fr,
                        r.title_en,
                        r.role,
                        r.org,
                        r.when.fmt_range()
                    )?;
                }
            }
            let held: Vec<_> = kb.roles().iter().filter(|r| r.org == e.id).collect();
            if !held.is_empty() {
                writeln!(out, "office holders:")?;
                for r in held {
                    writeln!(out, "  {}  {}  {}", r.when.fmt_range(), r.title_fr, r.person)?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

pub fn entities(_g: &Global, a: EntitiesArgs) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
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
            writeln!(
                out,
                "# {}  lang={}  published={}",
                doc.origin.as_deref().unwrap_or(&doc.id),
                doc.lang,
                published
            )?;
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
                writeln!(out, "{line}")?;
            }
        }
    }
    Ok(if failed { ExitCode::from(2) } else { ExitCode::SUCCESS })
}
