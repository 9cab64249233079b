//! Recognition + resolution throughput (MB/s, one core) and knowledge-base load time.
//! Checks the result before timing it. Corpus: the example reports of the repository
//! (examples/reports), concatenated and repeated to ~1 MB.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use veille_core::{Lang, PartialDate};
use veille_kb::{Kb, Recognizer};

fn corpus() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/reports");
    let mut files: Vec<_> =
        std::fs::read_dir(&dir).map(|rd| rd.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    files.sort();
    let mut one = String::new();
    for f in files {
        if let Ok(t) = std::fs::read_to_string(&f) {
            one.push_str(&veille_text::normalize(&t).text);
            one.push_str("\n\n");
        }
    }
    if one.is_empty() {
        one = "Le ministre russe des Affaires étrangères, Sergueï Lavrov, a assuré que Moscou aidera l'AES. \
               Les FAMa et l'armée burkinabè ont repoussé le JNIM près de Djibo.\n"
            .to_string();
    }
    let mut text = String::with_capacity(1 << 20);
    while text.len() < 1 << 20 {
        text.push_str(&one);
    }
    text
}

fn bench(c: &mut Criterion) {
    c.bench_function("kb_load_default", |b| b.iter(|| Kb::load_default().expect("kb")));

    let kb = Kb::load_default().expect("kb");
    let rec = Recognizer::new(&kb);
    let text = corpus();
    let seg = veille_text::segment(&text, Lang::Fr);
    let date = PartialDate::parse_iso("2025-04-01").unwrap();
    let ms = rec.annotate(&text, &seg, Lang::Fr, Some(date));
    assert!(ms.iter().filter(|m| m.id.is_some()).count() > 100, "the corpus must yield resolved mentions");

    let mut g = c.benchmark_group("recognize");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(20);
    g.bench_function("annotate_1MB", |b| b.iter(|| rec.annotate(&text, &seg, Lang::Fr, Some(date))));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
