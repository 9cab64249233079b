//! Gazetteer load time and memory, automaton build time and memory, geoparser throughput.
//! A plain timing binary (`harness = false`): `cargo bench -p veille-geo`.
//! Each figure is checked for a correct result before it is timed.

use std::time::{Duration, Instant};
use veille_core::Lang;
use veille_geo::{Gazetteer, Geoparser};

/// Resident set size in KiB (Linux; 0 elsewhere).
fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1).and_then(|p| p.parse::<u64>().ok()))
        .map_or(0, |pages| pages * 4)
}

/// CPU time (user + system) of this process in ms, from /proc/self/stat (10 ms ticks).
fn cpu_ms() -> f64 {
    std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            let rest = &s[s.rfind(')')? + 2..];
            let f: Vec<&str> = rest.split_whitespace().collect();
            let ticks = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
            Some(ticks * 10.0)
        })
        .unwrap_or(0.0)
}

/// (min, median): the machine is shared, the minimum is the best estimate of the cost.
fn stats(mut v: Vec<Duration>) -> (f64, f64) {
    v.sort();
    (v[0].as_secs_f64() * 1e3, v[v.len() / 2].as_secs_f64() * 1e3)
}

fn main() {
    // Load time (median of 7) and memory of one loaded gazetteer.
    let before = rss_kib();
    let gaz = Gazetteer::load_default().expect("gazetteer");
    let after_gaz = rss_kib();
    assert!(gaz.len() > 40_000, "gazetteer too small: {}", gaz.len());
    assert_eq!(gaz.by_id(2596769).map(|p| p.name), Some("Tin-Akoff"));
    let gp = Geoparser::new(&gaz).expect("geoparser");
    let after_gp = rss_kib();
    let cpu0 = cpu_ms();
    let load = stats(
        (0..15)
            .map(|_| {
                let t = Instant::now();
                let g = Gazetteer::load_default().expect("gazetteer");
                let d = t.elapsed();
                drop(g);
                d
            })
            .collect(),
    );
    let load_cpu = (cpu_ms() - cpu0) / 15.0;
    let build = stats(
        (0..7)
            .map(|_| {
                let t = Instant::now();
                let g = Geoparser::new(&gaz).expect("geoparser");
                let d = t.elapsed();
                drop(g);
                d
            })
            .collect(),
    );
    println!(
        "gazetteer: {} places, {} name keys; load min {:.1} ms, median {:.1} ms, CPU {:.1} ms (15 runs); RSS +{:.1} MiB",
        gaz.len(),
        gaz.name_count(),
        load.0,
        load.1,
        load_cpu,
        (after_gaz - before) as f64 / 1024.0
    );
    println!(
        "geoparser: automaton {:.1} MiB heap; build min {:.1} ms, median {:.1} ms (7 runs); RSS +{:.1} MiB; RSS after both {:.1} MiB",
        gp.automaton_bytes() as f64 / 1048576.0,
        build.0,
        build.1,
        (after_gp - after_gaz) as f64 / 1024.0,
        after_gp as f64 / 1024.0
    );

    // Throughput over the example reports of the repository (read before timing).
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/reports");
    let mut docs: Vec<(String, Lang)> = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        let mut paths: Vec<_> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            if p.extension().is_some_and(|e| e == "txt")
                && let Ok(t) = std::fs::read_to_string(&p)
            {
                let lang = veille_text::detect_lang(&t).0;
                docs.push((t, lang));
            }
        }
    }
    if docs.is_empty() {
        docs.push((
            "Le convoi a été attaqué à 30 km au nord de Djibo, dans la province du Soum.".into(),
            Lang::Fr,
        ));
    }
    let segs: Vec<_> = docs.iter().map(|(t, l)| veille_text::segment(t, *l)).collect();
    let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
    let found: usize = docs.iter().zip(&segs).map(|((t, l), s)| gp.annotate(t, s, *l, &[]).len()).sum();
    assert!(found > 0, "no place found in the example reports");
    let rounds = 50;
    let t = Instant::now();
    let mut n = 0usize;
    for _ in 0..rounds {
        for ((text, lang), seg) in docs.iter().zip(&segs) {
            n += gp.annotate(text, seg, *lang, &[]).len();
        }
    }
    let d = t.elapsed();
    let secs = d.as_secs_f64();
    // One long document (all reports x 5): the cost per byte must stay flat.
    let long: String =
        (0..5).flat_map(|_| docs.iter().map(|(t, _)| t.as_str())).collect::<Vec<_>>().join("\n\n");
    let long_seg = veille_text::segment(&long, Lang::Fr);
    let t_long = Instant::now();
    let n_long = gp.annotate(&long, &long_seg, Lang::Fr, &[]).len();
    let d_long = t_long.elapsed().as_secs_f64();
    assert!(n_long > 0);
    println!(
        "annotate one {:.0} KB document: {:.1} ms, {:.2} MB/s ({n_long} mentions)",
        long.len() as f64 / 1e3,
        d_long * 1e3,
        long.len() as f64 / d_long / 1e6
    );
    println!(
        "annotate: {} docs x {rounds} in {:.1} ms: {:.0} docs/s, {:.2} MB/s, {:.0} µs/doc ({} mentions per pass)",
        docs.len(),
        secs * 1e3,
        (docs.len() * rounds) as f64 / secs,
        (bytes * rounds) as f64 / secs / 1e6,
        secs * 1e6 / (docs.len() * rounds) as f64,
        n / rounds
    );
}
