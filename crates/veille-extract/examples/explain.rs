//! Prints the events (with `--explain` steps) extracted from one text, for debugging rules.
//!
//! `cargo run --release -p veille-extract --example explain -- fr "Le JNIM a attaqué…" [2025-03-14]`

use veille_eval::events::{GoldDoc, document_of};
use veille_extract::{ExtractOptions, Pipeline};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(lang), Some(text)) = (args.first(), args.get(1)) else {
        return Err("usage: explain fr|en TEXT [PUBLISHED]".into());
    };
    let published = args.get(2).cloned().unwrap_or_else(|| "2025-04-02".into());
    let g: GoldDoc = serde_json::from_value(serde_json::json!({
        "id": "explain", "lang": lang, "split": "dev", "published": published, "text": text, "events": []
    }))?;
    let p = Pipeline::default_pipeline()?;
    let rec = p.extract(&document_of(&g), &ExtractOptions { explain: true });
    for e in &rec.events {
        println!("{}", serde_json::to_string_pretty(e)?);
    }
    Ok(())
}
