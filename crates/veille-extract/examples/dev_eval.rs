//! Scores the pipeline on the events dev set (`data/dev/events.jsonl`) with veille-eval.
//!
//! `cargo run --release -p veille-extract --example dev_eval [-- GOLD.jsonl] [--misses]`
//! prints P/R/F1 overall, per language, per split and per type, and slot accuracy. With
//! `--misses`, lists the misses of the `dev` split only: the `heldout` split is never shown
//! (its texts are not to be tuned on).

use veille_eval::events::{ScoreOptions, align, document_of, load_gold, score};
use veille_extract::{ExtractOptions, Pipeline};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_misses = args.iter().any(|a| a == "--misses");
    let path =
        args.iter().find(|a| !a.starts_with("--")).cloned().unwrap_or_else(|| {
            concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/dev/events.jsonl").to_string()
        });
    let gold = load_gold(&path)?;
    let p = Pipeline::default_pipeline()?;
    let opts = ExtractOptions::default();
    let records: Vec<_> = gold.iter().map(|g| p.extract(&document_of(g), &opts)).collect();
    let preds = align(&gold, &records);
    let kb = veille_kb::Kb::load_default()?;
    let resolver = veille_eval::actors::MapResolver::from_kb(&kb);
    let sopts = || ScoreOptions { resolver: &resolver, ..ScoreOptions::default() };
    let r = score(&gold, &preds, &sopts());
    let f = |x: &veille_eval::events::Prf| {
        format!(
            "P {:.3} R {:.3} F1 {:.3} (tp {} fp {} fn {})",
            x.precision, x.recall, x.f1, x.tp, x.fp, x.fn_
        )
    };
    println!("overall  {}", f(&r.overall));
    for (k, v) in &r.by_lang {
        println!("lang {k:<4} {}", f(v));
    }
    for (k, v) in &r.by_split {
        println!("split {k:<8} {}", f(v));
    }
    // per language and split
    for lang in ["fr", "en"] {
        for split in ["dev", "heldout"] {
            let idx: Vec<usize> =
                (0..gold.len()).filter(|&i| gold[i].lang == lang && gold[i].split == split).collect();
            let g: Vec<_> = idx.iter().map(|&i| gold[i].clone()).collect();
            let pr: Vec<_> = idx.iter().map(|&i| preds[i].clone()).collect();
            let s = score(&g, &pr, &sopts());
            println!("{lang}/{split:<8} {}", f(&s.overall));
        }
    }
    for (k, v) in &r.by_type {
        println!("type {k:<10} {}", f(v));
    }
    for (k, v) in &r.slots {
        println!("slot {k:<10} {:.3} ({}/{})", v.accuracy, v.correct, v.total);
    }
    if args.iter().any(|a| a == "--dump") {
        // dev split only: text, gold and predicted events side by side
        for (i, g) in gold.iter().enumerate().filter(|(_, g)| g.split == "dev") {
            println!("=== {} [{}] {}", g.id, g.lang, g.text.replace('\n', " "));
            for e in &g.events {
                println!("  GOLD {}", serde_json::to_string(e)?);
            }
            for e in preds[i].iter().flatten() {
                println!("  PRED {}", serde_json::to_string(e)?);
            }
        }
    }
    if show_misses {
        for m in r.misses.iter().filter(|m| m.split == "dev") {
            println!(
                "MISS {} {} {} {:?} why={:?}",
                m.doc_id,
                m.lang,
                m.kind,
                serde_json::to_string(&m.event)?,
                m.why
            );
        }
        for m in &r.slot_misses {
            let dev = gold.iter().any(|g| g.id == m.doc_id && g.split == "dev");
            if dev {
                println!("SLOT {} {} gold={} pred={}", m.doc_id, m.slot, m.gold, m.pred);
            }
        }
    }
    Ok(())
}
