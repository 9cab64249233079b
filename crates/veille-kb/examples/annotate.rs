//! Prints the mentions of a text read from stdin: `cargo run -p veille-kb --example annotate -- 2025-04-01 < report.txt`.

use std::io::Read;
use veille_core::{Lang, PartialDate};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let date = std::env::args().nth(1).map(|d| PartialDate::parse_iso(&d)).transpose()?;
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    let t0 = std::time::Instant::now();
    let kb = veille_kb::Kb::load_default()?;
    let (patterns, bytes) = kb.matcher_stats();
    eprintln!(
        "kb: {} entities, {} roles, {patterns} patterns, matcher ~{} KiB, loaded in {:?}",
        kb.entities().len(),
        kb.roles().len(),
        bytes / 1024,
        t0.elapsed()
    );
    let r = veille_kb::Recognizer::new(&kb);
    let (lang, _) = veille_text::detect_lang(&text);
    let seg = veille_text::segment(&text, lang);
    let lang = if lang == Lang::Other { Lang::Fr } else { lang };
    for m in r.annotate(&text, &seg, lang, date) {
        println!(
            "{:?}\t{}\t{:?}\t{:?}\tcand={:?}\treason={:?}\tmembers={:?}",
            &text[m.span.start..m.span.end],
            m.id.as_deref().unwrap_or("-"),
            m.kind,
            m.source,
            m.candidates,
            m.reason,
            m.members
        );
    }
    Ok(())
}
