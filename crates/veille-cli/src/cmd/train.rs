//! `veille train …`.

use super::Global;
use anyhow::Context;
use clap::{Args, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;
use veille_ner::corpus::{self, Split};

#[derive(Subcommand, Debug)]
pub enum TrainCommand {
    /// Train the named-entity tagger on open corpora (their training parts only).
    Ner(TrainNerArgs),
}

#[derive(Args, Debug)]
pub struct TrainNerArgs {
    /// KIND:PATH, repeatable. KIND is popcorn (a train.json file, read whole), europeana (the
    /// .bio file: its first 80% is used) or re3d (the folder of subsets: 4 documents in 5 are
    /// used, the 5th is the test split). KIND*N:PATH repeats that corpus N times per epoch.
    #[arg(long = "corpus", required = true, value_name = "KIND:PATH")]
    pub corpora: Vec<String>,
    /// Where to write the model file.
    #[arg(long)]
    pub out: PathBuf,
    #[arg(long, default_value_t = 10)]
    pub epochs: usize,
    /// Seed of the shuffling (same data + seed → same model, byte for byte).
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// log2 of the hashed weight table rows (18: 6.8 MB in memory; 20 is ~0.8 F1 points
    /// better on POPCORN dev and ~1.5x slower).
    #[arg(long, default_value_t = 18)]
    pub bits: u8,
    /// Drop averaged weights smaller than this (smaller file, ~0.1 F1 point at 1.0).
    #[arg(long, default_value_t = 1.0)]
    pub prune: f32,
    /// Softmax temperature of span scores. 32 makes the mean score match precision on the
    /// development splits of the shipped models (see data/models/MODEL.md).
    #[arg(long, default_value_t = 32.0)]
    pub temperature: f32,
    /// Lexicon-class features from a word list (TSV `word<TAB>bits`, see
    /// `veille_ner::lexicon`); the same list must be given when tagging.
    #[arg(long)]
    pub lexicon: Option<PathBuf>,
    /// Entity types to learn, comma-separated.
    #[arg(long, default_value = "PER,ORG,LOC")]
    pub types: String,
}

/// Parses `KIND:PATH`.
fn parse_corpus(spec: &str) -> anyhow::Result<(&str, &str)> {
    spec.split_once(':').filter(|(k, p)| !k.is_empty() && !p.is_empty()).with_context(|| {
        format!(
            "--corpus {spec:?}: expected KIND:PATH, e.g. popcorn:../shared/data/ner/popcorn_fr/train.json"
        )
    })
}

pub fn run(g: &Global, c: TrainCommand) -> anyhow::Result<ExitCode> {
    match c {
        TrainCommand::Ner(a) => train_ner(g, a),
    }
}

fn train_ner(g: &Global, a: TrainNerArgs) -> anyhow::Result<ExitCode> {
    if !(10..=22).contains(&a.bits) {
        anyhow::bail!("--bits {} out of range 10..=22", a.bits);
    }
    let mut docs = Vec::new();
    let mut notes = Vec::new();
    for spec in &a.corpora {
        let (plain, weight) = corpus::split_weight(spec)?;
        let d = corpus::load_spec(&plain, Split::Train)?;
        let ents: usize = d.iter().map(|d| d.entities.len()).sum();
        if !g.quiet {
            eprintln!("{spec}: {} documents, {ents} gold entities (training part)", d.len());
        }
        let name = std::path::Path::new(parse_corpus(spec)?.1)
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        notes.push(format!("{}:{name} ({} docs, {ents} entities)", parse_corpus(spec)?.0, d.len()));
        for _ in 1..weight {
            docs.extend(d.iter().cloned());
        }
        docs.extend(d);
    }
    let cfg = veille_ner::TrainConfig {
        types: a.types.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect(),
        epochs: a.epochs,
        seed: a.seed,
        bits: a.bits,
        prune: a.prune,
        notes: format!(
            "trained on {}; epochs {}, seed {}, bits {}, prune {}, temperature {}",
            notes.join(", "),
            a.epochs,
            a.seed,
            a.bits,
            a.prune,
            a.temperature
        ),
    };
    let t0 = Instant::now();
    let lexicon = match &a.lexicon {
        Some(p) => {
            let tsv = std::fs::read_to_string(p).with_context(|| format!("cannot read {}", p.display()))?;
            Some(veille_ner::WordLexicon::parse(&tsv).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?)
        }
        None => None,
    };
    let hook = lexicon.as_ref().map(|l| l as &dyn veille_ner::LexiconHook);
    let (model, rep) = veille_ner::train(&docs, &cfg, hook);
    let secs = t0.elapsed().as_secs_f64();
    if !(a.temperature > 0.0 && a.temperature.is_finite()) {
        anyhow::bail!("--temperature {} must be a positive number", a.temperature);
    }
    let model = model.with_temperature(a.temperature);
    model.save(&a.out)?;
    let size = std::fs::metadata(&a.out).map(|m| m.len()).unwrap_or(0);
    println!(
        "trained on {} documents, {} sentences, {} tokens, {} entities ({} not on token bounds, skipped) in {secs:.1} s",
        rep.documents, rep.sentences, rep.tokens, rep.entities, rep.misaligned
    );
    let acc: Vec<String> = rep.epoch_accuracy.iter().map(|x| format!("{:.4}", x)).collect();
    println!("training token accuracy per epoch: {}", acc.join(" "));
    println!(
        "wrote {} ({:.1} MB, {} non-zero rows)",
        a.out.display(),
        size as f64 / 1e6,
        model.nonzero_rows()
    );
    Ok(ExitCode::SUCCESS)
}
