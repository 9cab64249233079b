//! Throughput of the text layer on a few KB of French reporting (text written for veille).
//! The results are checked before anything is timed.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use veille_core::{Lang, PartialDate};
use veille_text::{Qualifier, analyze, dates, detect_lang, normalize, quantities, quotes, segment};

const RAW: &str = include_str!("data/fr_reports.txt");

fn check(text: &str) {
    let a = analyze(text, Lang::Fr, PartialDate::month(2025, 9));
    let q: Vec<(&str, u64)> = a.quantities.iter().map(|q| (q.span.slice(text), q.value)).collect();
    assert!(q.contains(&("Au moins 27", 27)), "{q:?}");
    assert!(q.contains(&("5 000", 5000)), "{q:?}");
    assert!(q.contains(&("plus de 1,5 million", 1_500_000)), "{q:?}");
    assert!(a.quantities.iter().any(|q| q.qualifier == Qualifier::Vague && q.value == 20));
    assert!(a.dates.iter().any(|d| d.span.slice(text) == "10 septembre 2025"));
    assert!(a.quotes.iter().any(|q| q.speaker.map(|s| s.slice(text)) == Some("il")));
    assert!(a.seg.sentences.len() > 20);
    assert_eq!(detect_lang(text).0, Lang::Fr);
}

fn bench(c: &mut Criterion) {
    // Four copies: about 12 KB, a long report.
    let raw = [RAW; 4].join("\n\n");
    let raw = raw.as_str();
    let text = normalize(raw).text;
    check(&text);
    let mut g = c.benchmark_group("text");
    g.throughput(Throughput::Bytes(raw.len() as u64));
    g.bench_function("normalize", |b| b.iter(|| normalize(black_box(raw))));
    g.bench_function("detect_lang", |b| b.iter(|| detect_lang(black_box(&text))));
    let seg = segment(&text, Lang::Fr);
    g.bench_function("segment", |b| b.iter(|| segment(black_box(&text), Lang::Fr)));
    g.bench_function("quantities", |b| b.iter(|| quantities(black_box(&text), &seg, Lang::Fr)));
    g.bench_function("dates", |b| {
        b.iter(|| dates(black_box(&text), &seg, Lang::Fr, PartialDate::month(2025, 9)))
    });
    g.bench_function("quotes", |b| b.iter(|| quotes(black_box(&text), &seg, Lang::Fr)));
    g.bench_function("analyze", |b| {
        b.iter(|| analyze(black_box(&text), Lang::Fr, PartialDate::month(2025, 9)))
    });
    g.bench_function("normalize+detect+analyze", |b| {
        b.iter(|| {
            let n = normalize(black_box(raw));
            let (lang, _) = detect_lang(&n.text);
            analyze(&n.text, lang, PartialDate::month(2025, 9))
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
