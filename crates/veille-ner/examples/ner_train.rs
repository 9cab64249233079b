//! Train / score without the CLI, to iterate on features while the rest of the workspace is
//! being built. The CLI (`veille train ner`, `veille eval ner`) is the supported interface.
//!
//! `ner_train train OUT.bin EPOCHS BITS TRAIN_SPEC... [-- TEST_SPEC...]`
//! `ner_train tag FILE fr|en` · `ner_train dump TEST_SPEC OUT.jsonl` · `ner_train pred TEST_SPEC PRED.jsonl`
//! `ner_train eval MODEL.bin TEST_SPEC [REPEAT]` · `ner_train dev EPOCHS TRAIN_SPEC...` (every 5th
//! training document held out as a development set, for choosing settings without the test split)

use veille_ner::corpus::{Split, load_spec};
use veille_ner::eval::{self, Scorer};

fn show(name: &str, docs: &[veille_ner::corpus::NerDoc], preds: &[Vec<veille_ner::corpus::GoldEntity>]) {
    let mut sc = Scorer::new(&["PER", "ORG", "LOC"]);
    for (d, p) in docs.iter().zip(preds) {
        sc.add(&d.entities, p);
    }
    for (l, c) in &sc.per_label {
        println!("{name} {l}: P {:.4} R {:.4} F1 {:.4}", c.precision(), c.recall(), c.f1());
    }
    let m = sc.micro();
    println!("{name} micro: P {:.4} R {:.4} F1 {:.4}", m.precision(), m.recall(), m.f1());
}

/// Mean span score vs precision for several temperatures, with a reliability table.
fn calibrate(base: &veille_ner::Model, docs: &[veille_ner::corpus::NerDoc]) {
    for t in [1.0f32, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0] {
        let m = base.clone().with_temperature(t);
        let (mut n, mut ok, mut sum) = (0usize, 0usize, 0f64);
        let mut buckets = [(0usize, 0usize); 5];
        for d in docs {
            let seg = veille_text::segment(&d.text, d.lang);
            for e in veille_ner::tag_segmented(&m, &d.text, &seg) {
                let hit = d.entities.iter().any(|g| g.span == e.span && g.label == e.label.as_str());
                n += 1;
                ok += hit as usize;
                sum += e.score as f64;
                let b = ((e.score * 5.0) as usize).min(4);
                buckets[b].0 += 1;
                buckets[b].1 += hit as usize;
            }
        }
        let rel: Vec<String> = buckets
            .iter()
            .enumerate()
            .map(|(i, (c, h))| format!("[{:.1}-{:.1}) {}/{}", i as f32 / 5.0, (i + 1) as f32 / 5.0, h, c))
            .collect();
        println!(
            "T {t}: precision {:.3}, mean score {:.3}; {}",
            ok as f64 / n as f64,
            sum / n as f64,
            rel.join(" ")
        );
    }
}

/// Time this process has spent on a CPU, in ns (Linux `/proc/self/schedstat`; 0 elsewhere).
fn cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|x| x.parse().ok()))
        .unwrap_or(0)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("tag") => {
            // `tag FILE fr|en`: print the shipped model's entities in a text file
            let lang = veille_core::Lang::parse(&args[2]).unwrap_or(veille_core::Lang::Fr);
            let text = veille_text::normalize(&std::fs::read_to_string(&args[1])?).text;
            let seg = veille_text::segment(&text, lang);
            let models = veille_ner::Models::load_default()?;
            for e in veille_ner::tag_segmented(models.for_lang(lang), &text, &seg) {
                println!("{}\t{}\t{:.2}", e.label.as_str(), e.span.slice(&text), e.score);
            }
        }
        Some("calib") => {
            // `calib MODEL.bin TEST_SPEC`: mean span score vs precision for several temperatures
            let base = veille_ner::Model::load(&args[1])?;
            let docs = load_spec(&args[2], Split::Test)?;
            calibrate(&base, &docs);
        }
        Some("dump") => eval::write_docs(&load_spec(&args[1], Split::Test)?, args[2].as_ref())?,
        Some("pred") => {
            let docs = load_spec(&args[1], Split::Test)?;
            let preds = eval::read_predictions(&docs, args[2].as_ref())?;
            show(&args[2], &docs, &preds);
        }
        Some("eval") => {
            let t = std::time::Instant::now();
            let model = veille_ner::Model::load(&args[1])?;
            println!("load {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
            let docs = load_spec(&args[2], Split::Test)?;
            let rep = args.get(3).map_or(Ok(1), |s| s.parse())?;
            let cpu0 = cpu_ns();
            let (preds, tm) = eval::tag_docs(&model, &docs, rep);
            let cpu = (cpu_ns() - cpu0) as f64 / 1e9;
            println!(
                "{tm:?}; on-CPU {:.3}s -> {:.0} tokens/s (segmentation + tagging, CPU time)",
                cpu,
                (tm.tokens * rep) as f64 / cpu
            );
            show(&args[2], &docs, &preds);
        }
        Some("train") => {
            let (out, epochs, bits) = (&args[1], args[2].parse()?, args[3].parse()?);
            let sep = args.iter().position(|a| a == "--").unwrap_or(args.len());
            let mut docs = Vec::new();
            for s in &args[4..sep] {
                let (spec, n) = veille_ner::corpus::split_weight(s)?;
                let d = load_spec(&spec, Split::Train)?;
                for _ in 0..n {
                    docs.extend(d.iter().cloned());
                }
            }
            let prune = std::env::var("PRUNE").ok().and_then(|p| p.parse().ok()).unwrap_or(0.0);
            let cfg = veille_ner::TrainConfig { epochs, bits, prune, ..Default::default() };
            let t = std::time::Instant::now();
            let (model, rep) = veille_ner::train(&docs, &cfg, None);
            println!("trained in {:.1}s: {rep:?}", t.elapsed().as_secs_f64());
            model.save(out)?;
            for s in args.iter().skip(sep + 1) {
                let test = load_spec(s, Split::Test)?;
                let (preds, _) = eval::tag_docs(&model, &test, 1);
                show(s, &test, &preds);
            }
        }
        Some("dev") => {
            // `dev EPOCHS SPEC...`: hold out every 5th training document of each corpus as a
            // development set; train on the rest; score on each corpus's dev part.
            let epochs = args[1].parse()?;
            let (train_docs, devs) = veille_ner::corpus::dev_split(&args[2..])?;
            let prune = std::env::var("PRUNE").ok().and_then(|p| p.parse().ok()).unwrap_or(0.0);
            let bits = std::env::var("BITS").ok().and_then(|p| p.parse().ok()).unwrap_or(20);
            let cfg = veille_ner::TrainConfig { epochs, prune, bits, ..Default::default() };
            let (model, _) = veille_ner::train(&train_docs, &cfg, None);
            let mut all_dev = Vec::new();
            for (spec, dev) in devs {
                let (preds, _) = eval::tag_docs(&model, &dev, 1);
                show(&format!("dev {spec}"), &dev, &preds);
                all_dev.extend(dev);
            }
            if std::env::var_os("CALIB").is_some() {
                calibrate(&model, &all_dev);
            }
        }
        _ => return Err("usage: see the module doc".into()),
    }
    Ok(())
}
