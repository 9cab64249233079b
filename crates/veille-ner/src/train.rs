//! Averaged-perceptron training with greedy decoding over the model's own predicted history.
//!
//! Deterministic: the sentence order of every epoch comes from a splitmix64 generator seeded by
//! [`TrainConfig::seed`], and training is single-threaded.

use crate::corpus::NerDoc;
use crate::features::{self, LexiconHook, N_STATIC, Scratch};
use crate::labels::Labels;
use crate::model::{Model, ModelMeta};
use veille_core::Span;

/// Training settings.
#[derive(Clone, Debug)]
pub struct TrainConfig {
    /// Entity types in label order (e.g. `["PER", "ORG", "LOC"]`); others in the data are ignored.
    pub types: Vec<String>,
    pub epochs: usize,
    pub seed: u64,
    /// log2 of the number of rows of the hashed weight table.
    pub bits: u8,
    /// Averaged weights of smaller magnitude are dropped (smaller, faster model).
    pub prune: f32,
    /// Free-form notes stored in the model file.
    pub notes: String,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            types: vec!["PER".into(), "ORG".into(), "LOC".into()],
            epochs: 10,
            seed: 42,
            bits: 18,
            prune: 0.0,
            notes: String::new(),
        }
    }
}

/// What training saw.
#[derive(Clone, Debug, Default)]
pub struct TrainReport {
    pub documents: usize,
    pub sentences: usize,
    pub tokens: usize,
    pub entities: usize,
    /// Gold entities dropped because their bounds do not fall on token bounds of one sentence.
    pub misaligned: usize,
    /// Token accuracy on the training data after each epoch (with the running weights).
    pub epoch_accuracy: Vec<f64>,
}

/// splitmix64 pseudo-random generator (deterministic shuffles).
#[derive(Clone, Debug)]
pub struct SplitMix64(pub u64);

impl SplitMix64 {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() as u128 * n as u128) >> 64) as usize
    }
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}

struct Instance {
    doc: usize,
    tokens: Vec<Span>,
    gold: Vec<u16>,
}

/// Sentences of the documents with their gold BILOU labels (tokenized by `veille_text::segment`).
fn instances(docs: &[NerDoc], labels: &Labels, report: &mut TrainReport) -> Vec<Instance> {
    let mut out = Vec::new();
    for (di, d) in docs.iter().enumerate() {
        let seg = veille_text::segment(&d.text, d.lang);
        let toks = crate::token_spans(&seg);
        let sents = &seg.sentences;
        let mut by_sent: Vec<Vec<(usize, usize, usize)>> = vec![Vec::new(); sents.len()];
        for e in &d.entities {
            let Some(t) = labels.type_index(&e.label) else { continue };
            report.entities += 1;
            let a = toks.partition_point(|s| s.start < e.span.start);
            let b = toks.partition_point(|s| s.end <= e.span.end);
            let ok =
                a < toks.len() && b > a && toks[a].start == e.span.start && toks[b - 1].end == e.span.end;
            let si = sents.partition_point(|s| s.tokens.end <= a);
            if !ok || si >= sents.len() || b > sents[si].tokens.end {
                report.misaligned += 1;
                continue;
            }
            let base = sents[si].tokens.start;
            by_sent[si].push((a - base, b - 1 - base, t));
        }
        for (s, mut ents) in sents.iter().zip(by_sent) {
            ents.sort_unstable();
            // drop overlaps (corpus conversion should have removed them already)
            let mut kept: Vec<(usize, usize, usize)> = Vec::new();
            for e in ents {
                if kept.last().is_none_or(|k| k.1 < e.0) {
                    kept.push(e);
                }
            }
            let n = s.tokens.len();
            report.tokens += n;
            out.push(Instance {
                doc: di,
                tokens: toks[s.tokens.clone()].to_vec(),
                gold: Labels::encode(n, &kept),
            });
        }
        report.documents += 1;
    }
    report.sentences = out.len();
    out
}

/// Trains a model on the documents.
pub fn train(docs: &[NerDoc], cfg: &TrainConfig, hook: Option<&dyn LexiconHook>) -> (Model, TrainReport) {
    let labels = Labels::new(cfg.types.clone());
    let nl = labels.len();
    let mut report = TrainReport::default();
    let mut inst = instances(docs, &labels, &mut report);
    let mask = (1usize << cfg.bits) - 1;
    let mut w = vec![0f32; (mask + 1) * nl];
    let mut u = vec![0f64; (mask + 1) * nl];
    let mut c = 1f64;
    let mut rng = SplitMix64(cfg.seed);
    let mut scratch = Scratch::default();
    let mut scores = vec![0f32; nl];
    let mut rows: Vec<usize> = Vec::with_capacity(N_STATIC + features::N_DYN);
    for _ in 0..cfg.epochs {
        rng.shuffle(&mut inst);
        let (mut right, mut total) = (0usize, 0usize);
        for x in &inst {
            let text = &docs[x.doc].text;
            scratch.compute(text, &x.tokens, hook);
            let n = x.tokens.len();
            let (mut p1, mut p2) = (u16::MAX, u16::MAX);
            for i in 0..n {
                rows.clear();
                let dynf = features::dynamic(&scratch, i, p1, p2);
                for &h in scratch.feats[i * N_STATIC..(i + 1) * N_STATIC].iter().chain(dynf.iter()) {
                    rows.push((h as usize & mask) * nl);
                }
                scores.fill(0.0);
                for &r in &rows {
                    for (s, &v) in scores.iter_mut().zip(&w[r..r + nl]) {
                        *s += v;
                    }
                }
                let prev = if p1 == u16::MAX { None } else { Some(p1) };
                let last = i + 1 == n;
                let mut guess = 0u16;
                let mut best = f32::NEG_INFINITY;
                for (l, &s) in scores.iter().enumerate() {
                    if s > best && Labels::allowed(prev, l as u16, last) {
                        best = s;
                        guess = l as u16;
                    }
                }
                let gold = x.gold[i];
                if guess != gold {
                    for &r in &rows {
                        w[r + gold as usize] += 1.0;
                        u[r + gold as usize] += c;
                        w[r + guess as usize] -= 1.0;
                        u[r + guess as usize] -= c;
                    }
                } else {
                    right += 1;
                }
                total += 1;
                c += 1.0;
                p2 = p1;
                p1 = guess;
            }
        }
        report.epoch_accuracy.push(if total == 0 { 1.0 } else { right as f64 / total as f64 });
    }
    let avg: Vec<f32> = w.iter().zip(&u).map(|(&w, &u)| (w as f64 - u / c) as f32).collect();
    drop(w);
    drop(u);
    let meta = ModelMeta {
        types: cfg.types.clone(),
        notes: cfg.notes.clone(),
        uses_lexicon: hook.is_some(),
        temperature: 1.0,
    };
    (Model::from_float(meta, cfg.bits, &avg, cfg.prune), report)
}
