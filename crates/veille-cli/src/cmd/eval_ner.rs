//! `veille eval ner`: CoNLL-style entity scores of the tagger (or of a prediction file) on the
//! test part of an open corpus.

use super::Global;
use anyhow::Context;
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;
use veille_ner::corpus::{self, NerDoc, Split};
use veille_ner::eval::{self, Scorer};

#[derive(Args, Debug)]
pub struct EvalNerArgs {
    /// KIND:PATH, repeatable; scored on its test part: popcorn (the file given, e.g. test.json),
    /// europeana (last 20%), re3d (every 5th document by id).
    #[arg(long = "corpus", required = true, value_name = "KIND:PATH")]
    pub corpora: Vec<String>,
    /// Model file (default: the model built into veille for each corpus's language).
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Score these predictions instead of running the tagger (JSONL: {"id", "entities":
    /// [{"start", "end", "label"}]}, char offsets), e.g. spaCy's from bench/ner/compare_spacy.sh.
    #[arg(long)]
    pub pred: Option<PathBuf>,
    /// Word list for a model trained with `veille train ner --lexicon`.
    #[arg(long)]
    pub lexicon: Option<PathBuf>,
    /// Write the test documents as JSONL ({"id", "text"}) for another system to tag, and stop.
    #[arg(long)]
    pub dump_docs: Option<PathBuf>,
    /// Write the tagger's predictions (same format as --pred).
    #[arg(long)]
    pub write_pred: Option<PathBuf>,
    /// Labels to score, comma-separated.
    #[arg(long, default_value = "PER,ORG,LOC")]
    pub labels: String,
    /// Tag the texts this many times for the throughput figure.
    #[arg(long, default_value_t = 1)]
    pub repeat: usize,
    /// Print the scores as JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(_g: &Global, a: EvalNerArgs) -> anyhow::Result<ExitCode> {
    let mut docs: Vec<NerDoc> = Vec::new();
    for spec in &a.corpora {
        docs.extend(corpus::load_spec(spec, Split::Test)?);
    }
    if let Some(path) = &a.dump_docs {
        eval::write_docs(&docs, path)?;
        println!("wrote {} documents to {}", docs.len(), path.display());
        return Ok(ExitCode::SUCCESS);
    }
    let labels: Vec<&str> = a.labels.split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
    let mut scorer = Scorer::new(&labels);
    let (system, preds, timing) = if let Some(path) = &a.pred {
        (format!("predictions {}", path.display()), eval::read_predictions(&docs, path)?, None)
    } else {
        // the model given, or the shipped model of each corpus's language
        let t0 = Instant::now();
        let explicit = a.model.as_ref().map(veille_ner::Model::load).transpose()?;
        let shipped = match explicit {
            Some(_) => None,
            None => Some(veille_ner::Models::load_default()?),
        };
        let load_ms = t0.elapsed().as_secs_f64() * 1e3;
        let lexicon = match &a.lexicon {
            Some(p) => {
                let tsv =
                    std::fs::read_to_string(p).with_context(|| format!("cannot read {}", p.display()))?;
                Some(
                    veille_ner::WordLexicon::parse(&tsv)
                        .map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?,
                )
            }
            None => None,
        };
        let hook = lexicon.as_ref().map(|l| l as &dyn veille_ner::LexiconHook);
        let mut preds = Vec::with_capacity(docs.len());
        let mut total = eval::Timing::default();
        let (mut tag_s, mut all_s) = (0f64, 0f64);
        let cpu0 = cpu_ns();
        let mut i = 0;
        while i < docs.len() {
            // runs of documents of one language
            let lang = docs[i].lang;
            let j = docs[i..].iter().position(|d| d.lang != lang).map_or(docs.len(), |k| i + k);
            let model = explicit
                .as_ref()
                .or_else(|| shipped.as_ref().map(|m| m.for_lang(lang)))
                .context("no NER model loaded")?;
            let (p, t) = eval::tag_docs_with(model, &docs[i..j], a.repeat, hook);
            let n = (t.tokens * a.repeat.max(1)) as f64;
            tag_s += n / t.tag_tokens_per_s;
            all_s += n / t.total_tokens_per_s;
            total.tokens += t.tokens;
            preds.extend(p);
            i = j;
        }
        let cpu_s = cpu_ns().saturating_sub(cpu0) as f64 / 1e9;
        let n = (total.tokens * a.repeat.max(1)) as f64;
        let cpu_tps = if cpu_s > 0.0 { n / cpu_s } else { 0.0 };
        total.tag_tokens_per_s = n / tag_s;
        total.total_tokens_per_s = n / all_s;
        if let Some(p) = &a.write_pred {
            eval::write_predictions(&docs, &preds, p)?;
        }
        let name = match &a.model {
            Some(p) => format!("veille-ner ({})", p.display()),
            None => "veille-ner (shipped models)".to_string(),
        };
        (name, preds, Some((load_ms, total, cpu_tps)))
    };
    for (d, p) in docs.iter().zip(&preds) {
        scorer.add(&d.entities, p);
    }
    let ngold: usize =
        docs.iter().map(|d| d.entities.iter().filter(|e| labels.contains(&e.label.as_str())).count()).sum();
    let m = scorer.micro();
    if a.json {
        let per: serde_json::Map<String, serde_json::Value> = scorer
            .per_label
            .iter()
            .map(|(l, c)| {
                let v = serde_json::json!({"tp": c.tp, "fp": c.fp, "fn": c.fn_, "p": c.precision(), "r": c.recall(), "f1": c.f1()});
                (l.clone(), v)
            })
            .collect();
        let mut v = serde_json::json!({"system": system, "corpora": a.corpora, "documents": docs.len(), "gold": ngold,
            "per_label": per, "micro": {"tp": m.tp, "fp": m.fp, "fn": m.fn_, "p": m.precision(), "r": m.recall(), "f1": m.f1()}});
        if let Some((load_ms, t, cpu_tps)) = timing {
            v["load_ms"] = load_ms.into();
            v["cpu_tokens_per_s"] = cpu_tps.into();
            v["tokens"] = t.tokens.into();
            v["tag_tokens_per_s"] = t.tag_tokens_per_s.into();
            v["total_tokens_per_s"] = t.total_tokens_per_s.into();
        }
        println!("{}", serde_json::to_string_pretty(&v)?);
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{system} on {} ({} documents, {ngold} gold entities; exact span + type)",
        a.corpora.join(" "),
        docs.len()
    );
    println!("{:<6} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7}", "label", "tp", "fp", "fn", "P", "R", "F1");
    let row = |l: &str, c: &eval::Counts| {
        println!(
            "{:<6} {:>6} {:>6} {:>6} {:>7.4} {:>7.4} {:>7.4}",
            l,
            c.tp,
            c.fp,
            c.fn_,
            c.precision(),
            c.recall(),
            c.f1()
        )
    };
    for (l, c) in &scorer.per_label {
        row(l, c);
    }
    row("micro", &m);
    if let Some((load_ms, t, cpu_tps)) = timing {
        println!(
            "model load {load_ms:.1} ms; {} tokens; tagging {:.0} tokens/s; segmentation + tagging {:.0} tokens/s \
             ({cpu_tps:.0} per CPU second)",
            t.tokens, t.tag_tokens_per_s, t.total_tokens_per_s
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Time this process has spent on a CPU, in ns (Linux `/proc/self/schedstat`; 0 elsewhere), so
/// throughput can be reported per CPU second on a busy machine.
fn cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|x| x.parse().ok()))
        .unwrap_or(0)
}
