//! Whole-extraction throughput: the default pipeline (text, KB, tagger, places, events) over the
//! French example reports of `examples/reports/` (written for veille). Each record is checked
//! before timing. Reports docs/s and bytes/s (criterion's throughput in bytes).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use veille_core::{Document, Lang};
use veille_extract::{ExtractOptions, Pipeline};

fn french_reports() -> Vec<Document> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/reports");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("examples/reports")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .flat_map(|p| veille_ingest::read_file(p).items.into_iter().filter_map(Result::ok))
        .filter(|d| d.lang == Lang::Fr)
        .collect()
}

fn bench(c: &mut Criterion) {
    let docs = french_reports();
    assert!(docs.len() >= 10, "{} French reports", docs.len());
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let opts = ExtractOptions::default();
    for (name, p) in [
        ("default_pipeline", Pipeline::default_pipeline().unwrap()),
        ("without_tagger", Pipeline::without_tagger().unwrap()),
    ] {
        // check the records before timing: the reports do yield events
        let n_events: usize = docs.iter().map(|d| p.extract(d, &opts).events.len()).sum();
        assert!(n_events >= docs.len(), "{name}: {n_events} events from {} docs", docs.len());
        let mut g = c.benchmark_group(format!("extract_fr/{name}"));
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function(format!("{} docs", docs.len()), |b| {
            b.iter(|| {
                for d in &docs {
                    black_box(p.extract(black_box(d), &opts));
                }
            })
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
