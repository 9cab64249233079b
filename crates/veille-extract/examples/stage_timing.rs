//! Per-stage time of the default pipeline over the French example reports (release build):
//! `cargo run --release -p veille-extract --example stage_timing [-- ROUNDS]`.

use std::time::{Duration, Instant};
use veille_core::Lang;
use veille_extract::{Analysis, Pipeline};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let rounds: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(200);
    let t0 = Instant::now();
    let p = Pipeline::default_pipeline()?;
    println!("load: {:?}", t0.elapsed());
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/reports");
    let mut paths: Vec<_> = std::fs::read_dir(dir)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let docs: Vec<_> = paths
        .iter()
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .flat_map(|p| veille_ingest::read_file(p).items.into_iter().filter_map(Result::ok))
        .filter(|d| d.lang == Lang::Fr)
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut per = vec![Duration::ZERO; p.stages().len()];
    let t = Instant::now();
    for _ in 0..rounds {
        for d in &docs {
            let mut a = Analysis::new(d, false);
            for (i, s) in p.stages().iter().enumerate() {
                let t = Instant::now();
                s.run(&mut a);
                per[i] += t.elapsed();
            }
            std::hint::black_box(veille_extract::pipeline::assemble(a));
        }
    }
    let total = t.elapsed();
    let n = (rounds * docs.len()) as f64;
    println!("{} docs x {rounds} rounds, {:.0} bytes/doc", docs.len(), bytes as f64 / docs.len() as f64);
    println!(
        "total {:.0} docs/s, {:.2} MB/s",
        n / total.as_secs_f64(),
        (bytes * rounds) as f64 / total.as_secs_f64() / 1e6
    );
    for (s, d) in p.stages().iter().zip(&per) {
        println!("  {:<9} {:>8.1} µs/doc", s.name(), d.as_secs_f64() * 1e6 / n);
    }
    // the event stage alone, over analyses prepared once
    let mut prepared: Vec<Analysis> = docs.iter().map(|d| Analysis::new(d, false)).collect();
    let last = p.stages().len() - 1;
    for a in &mut prepared {
        for s in &p.stages()[..last] {
            s.run(a);
        }
    }
    let t = Instant::now();
    for _ in 0..rounds * 5 {
        for a in &mut prepared {
            p.stages()[last].run(a);
        }
    }
    let n5 = (rounds * 5 * docs.len()) as f64;
    println!(
        "events stage alone: {:.1} µs/doc ({:.0} docs/s)",
        t.elapsed().as_secs_f64() * 1e6 / n5,
        n5 / t.elapsed().as_secs_f64()
    );
    Ok(())
}
