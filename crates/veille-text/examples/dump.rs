//! Prints what the text layer reads in a file: `cargo run -p veille-text --example dump -- FILE [YYYY-MM-DD]`.

use veille_core::PartialDate;
use veille_text::{analyze, detect_lang, normalize};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: dump FILE [PUBLISHED]");
        std::process::exit(2);
    };
    let published = args.next().and_then(|p| PartialDate::parse_iso(&p).ok());
    let raw = match std::fs::read_to_string(&path) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    let t0 = std::time::Instant::now();
    let n = normalize(&raw);
    let t = &n.text;
    let (lang, conf) = detect_lang(t);
    println!("lang {lang} ({conf:.2}), {} bytes", t.len());
    let a = analyze(t, lang, published);
    // First call: includes parsing the embedded lexicons once.
    println!("first normalize+detect+analyze: {:.2} ms", t0.elapsed().as_secs_f64() * 1e3);
    for (i, s) in a.seg.sentences.iter().enumerate() {
        println!("S{i}: {}", s.span.slice(t));
    }
    for q in &a.quantities {
        println!(
            "QTY {:?} = {} {:?} approx={} unit={:?}",
            q.span.slice(t),
            q.value,
            q.qualifier,
            q.approx,
            q.unit
        );
    }
    for d in &a.dates {
        println!(
            "DATE {:?} = {} {:?} rel={} {}",
            d.span.slice(t),
            d.date.map_or("-".into(), |d| d.to_string()),
            d.precision,
            d.relative,
            d.reason.as_deref().unwrap_or("")
        );
    }
    for q in &a.quotes {
        println!(
            "QUOTE{} {:?} speaker={:?} cue={:?}",
            if q.indirect { "(ind)" } else { "" },
            q.span.slice(t),
            q.speaker.map(|s| s.slice(t)),
            q.cue.map(|s| s.slice(t))
        );
    }
}
