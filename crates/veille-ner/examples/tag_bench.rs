//! Tagger speed and output identity, for optimisation work (release build):
//!
//! `tag_bench dump OUT.tsv SOURCE...` writes every span (document, byte span, label, score bits)
//! of every document, so that two builds can be compared byte for byte (`cmp`).
//! `tag_bench time ROUNDS SOURCE...` tags the documents ROUNDS times (segmentation done once,
//! outside the timing) and prints µs/doc, tokens/s (best round).
//!
//! SOURCE: a directory of `.txt` files (normalized with `veille_text::normalize`, French model
//! unless the name ends in `_en.txt`), or a corpus spec (`popcorn:FILE.json`, `europeana:FILE.bio`,
//! `re3d:DIR`, all splits). Under callgrind, `time 1` gives instructions per document.

use std::io::Write;
use std::time::Instant;
use veille_core::Lang;
use veille_ner::corpus::{Split, load_spec};
use veille_ner::{Models, tag_segmented};

struct Doc {
    id: String,
    lang: Lang,
    text: String,
}

fn load(src: &str) -> Result<Vec<Doc>, Box<dyn std::error::Error>> {
    let p = std::path::Path::new(src);
    if p.is_dir() {
        let mut paths: Vec<_> = std::fs::read_dir(p)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.retain(|x| x.extension().is_some_and(|e| e == "txt"));
        paths.sort();
        let mut out = Vec::new();
        for x in paths {
            let raw = std::fs::read_to_string(&x)?;
            let name = x.file_name().and_then(|n| n.to_str()).unwrap_or("").to_string();
            let lang = if name.ends_with("_en.txt") { Lang::En } else { Lang::Fr };
            out.push(Doc { id: name, lang, text: veille_text::normalize(&raw).text });
        }
        return Ok(out);
    }
    Ok(load_spec(src, Split::All)?
        .into_iter()
        .map(|d| Doc { id: d.id, lang: d.lang, text: d.text })
        .collect())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mode, arg, srcs) = match args.as_slice() {
        [m, a, s @ ..] if !s.is_empty() => (m.as_str(), a.as_str(), s),
        _ => return Err("usage: tag_bench dump OUT.tsv SOURCE... | tag_bench time ROUNDS SOURCE...".into()),
    };
    let mut docs = Vec::new();
    for s in srcs {
        docs.extend(load(s)?);
    }
    let models = Models::load_default()?;
    let segs: Vec<_> = docs.iter().map(|d| veille_text::segment(&d.text, d.lang)).collect();
    match mode {
        "dump" => {
            let mut w = std::io::BufWriter::new(std::fs::File::create(arg)?);
            for (d, seg) in docs.iter().zip(&segs) {
                for s in tag_segmented(models.for_lang(d.lang), &d.text, seg) {
                    writeln!(
                        w,
                        "{}\t{}\t{}\t{}\t{:08x}",
                        d.id,
                        s.span.start,
                        s.span.end,
                        s.label.as_str(),
                        s.score.to_bits()
                    )?;
                }
            }
        }
        "time" => {
            let rounds: usize = arg.parse()?;
            let tokens: usize = segs.iter().map(|s| s.tokens.len()).sum();
            let mut best = f64::INFINITY;
            let mut spans = 0usize;
            for _ in 0..rounds {
                let t = Instant::now();
                for (d, seg) in docs.iter().zip(&segs) {
                    spans += std::hint::black_box(tag_segmented(models.for_lang(d.lang), &d.text, seg)).len();
                }
                best = best.min(t.elapsed().as_secs_f64());
            }
            println!(
                "{} docs, {:.0} tokens/doc, {} spans: best round {:.1} µs/doc, {:.2} M tokens/s",
                docs.len(),
                tokens as f64 / docs.len() as f64,
                spans / rounds.max(1),
                best * 1e6 / docs.len() as f64,
                tokens as f64 / best / 1e6
            );
        }
        _ => return Err(format!("unknown mode {mode:?}").into()),
    }
    Ok(())
}
