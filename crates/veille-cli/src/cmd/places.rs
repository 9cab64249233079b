//! `veille places NAME`: gazetteer candidates for a place name, best first, with their
//! context-free score (feature type, population, focus country; spelling variants rank lower).

use super::Global;
use clap::Args;
use std::io::Write;
use std::process::ExitCode;
use veille_geo::{Gazetteer, MatchKind};

#[derive(Args, Debug)]
pub struct PlacesArgs {
    /// A place name, as written in a report ("Tillabéri", "Tin Akoff", "Barsalogho").
    pub name: String,
    /// Show at most this many candidates.
    #[arg(long, default_value_t = 15)]
    pub limit: usize,
    /// Only candidates in this country (ISO 3166-1 alpha-2, e.g. ML, BF, NE).
    #[arg(long)]
    pub country: Option<String>,
    /// Print JSON lines instead of a table.
    #[arg(long)]
    pub json: bool,
}

pub fn run(_g: &Global, a: PlacesArgs) -> anyhow::Result<ExitCode> {
    let gaz = Gazetteer::load_default()?;
    let want_cc = a.country.as_deref().map(str::to_ascii_uppercase);
    let cands: Vec<_> = gaz
        .candidates(&a.name)
        .into_iter()
        .filter(|c| want_cc.as_deref().is_none_or(|cc| c.place.country == cc))
        .collect();
    let mut out = std::io::stdout().lock();
    if cands.is_empty() {
        eprintln!("no gazetteer entry for {:?} (GeoNames data of ML, BF, NE and neighbours)", a.name);
        return Ok(ExitCode::from(1));
    }
    if !a.json {
        writeln!(
            out,
            "{:>5}  {:>9}  {:<28} {:<9} {:<2} {:<22} {:<26} {:>9}  {:>9} {:>9}  match",
            "score", "geonames", "name", "feature", "cc", "admin1", "admin2", "pop", "lat", "lon"
        )?;
    }
    for c in cands.iter().take(a.limit) {
        let p = c.place;
        let admin1 = gaz.admin1_name(p).unwrap_or("");
        let admin2 = gaz.admin2_name(p).unwrap_or("");
        let matched = match c.matched {
            MatchKind::Exact => "exact",
            MatchKind::Loose => "spelling variant",
        };
        if a.json {
            let v = serde_json::json!({
                "score": (f64::from(c.prior) * 1000.0).round() / 1000.0,
                "geonames_id": p.id,
                "name": p.name,
                "feature_class": p.fclass,
                "feature_code": p.fcode,
                "country": p.country,
                "admin1": gaz.admin1_name(p),
                "admin2": gaz.admin2_name(p),
                "population": p.population,
                "lat": p.lat,
                "lon": p.lon,
                "match": matched,
            });
            writeln!(out, "{v}")?;
        } else {
            let coord = |x: Option<f64>| x.map_or_else(|| "-".to_string(), |v| format!("{v:.4}"));
            writeln!(
                out,
                "{:>5.3}  {:>9}  {:<28} {:<9} {:<2} {:<22} {:<26} {:>9}  {:>9} {:>9}  {}",
                c.prior,
                p.id,
                clip(p.name, 28),
                format!("{}.{}", p.fclass, p.fcode),
                p.country,
                clip(admin1, 22),
                clip(admin2, 26),
                p.population,
                coord(p.lat),
                coord(p.lon),
                matched
            )?;
        }
    }
    if !a.json && cands.len() > a.limit {
        writeln!(out, "… {} more (use --limit)", cands.len() - a.limit)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}
