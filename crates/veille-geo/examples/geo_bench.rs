//! Geoparser speed and output identity, for optimisation work (release build):
//!
//! `geo_bench dump OUT.txt DIR...` writes every place mention (all fields, `Debug`) of every
//! `.txt` report, so that two builds can be compared byte for byte (`cmp`).
//! `geo_bench time ROUNDS DIR...` runs the geoparser ROUNDS times over the reports and prints
//! µs/doc (best round). Segmentation and the actor mentions given to the geoparser (the NER
//! tagger's provisional entities, so that tagger places are exercised too) are computed once,
//! outside the timing. Under callgrind, `time 1` gives instructions per document.

use std::io::Write;
use std::time::Instant;
use veille_core::Lang;
use veille_geo::Geoparser;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mode, arg, dirs) = match args.as_slice() {
        [m, a, d @ ..] if !d.is_empty() => (m.as_str(), a.as_str(), d),
        _ => return Err("usage: geo_bench dump OUT.txt DIR... | geo_bench time ROUNDS DIR...".into()),
    };
    let mut docs = Vec::new();
    for d in dirs {
        let mut paths: Vec<_> = std::fs::read_dir(d)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.retain(|x| x.extension().is_some_and(|e| e == "txt"));
        paths.sort();
        for p in paths {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("").to_string();
            let lang = if name.contains("_en") { Lang::En } else { Lang::Fr };
            docs.push((name, lang, veille_text::normalize(&std::fs::read_to_string(&p)?).text));
        }
    }
    let gp = Geoparser::load_default()?;
    let models = veille_ner::Models::load_default()?;
    let prepared: Vec<_> = docs
        .iter()
        .map(|(_, lang, text)| {
            let seg = veille_text::segment(text, *lang);
            let ents = veille_ner::provisional_entities(text, &seg, models.for_lang(*lang), &[]);
            (seg, ents)
        })
        .collect();
    match mode {
        "dump" => {
            let mut w = std::io::BufWriter::new(std::fs::File::create(arg)?);
            for ((name, lang, text), (seg, ents)) in docs.iter().zip(&prepared) {
                for m in gp.annotate(text, seg, *lang, ents) {
                    writeln!(w, "{name}\t{m:?}")?;
                }
            }
        }
        "time" => {
            let rounds: usize = arg.parse()?;
            let mut best = f64::INFINITY;
            let mut n = 0usize;
            for _ in 0..rounds {
                let t = Instant::now();
                for ((_, lang, text), (seg, ents)) in docs.iter().zip(&prepared) {
                    n += std::hint::black_box(gp.annotate(text, seg, *lang, ents)).len();
                }
                best = best.min(t.elapsed().as_secs_f64());
            }
            println!(
                "{} docs, {} places: best round {:.1} µs/doc",
                docs.len(),
                n / rounds.max(1),
                best * 1e6 / docs.len() as f64
            );
        }
        _ => return Err(format!("unknown mode {mode:?}").into()),
    }
    Ok(())
}
