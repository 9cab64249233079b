//! CoNLL-style entity scoring: a predicted entity is correct when its span and label both equal
//! a gold entity's. Precision, recall and F1 per label and micro-averaged over the scored labels.

use crate::corpus::popcorn::CharToByte;
use crate::corpus::{GoldEntity, NerDoc};
use crate::{Model, NerError};
use std::collections::{BTreeMap, HashSet};
use std::path::Path;
use std::time::Instant;
use veille_core::{CharIndex, Span};

/// True positives, false positives, false negatives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Accumulated scores over documents.
#[derive(Clone, Debug)]
pub struct Scorer {
    labels: Vec<String>,
    pub per_label: BTreeMap<String, Counts>,
}

impl Scorer {
    /// Scores only these labels; entities with other labels are ignored on both sides.
    pub fn new(labels: &[&str]) -> Self {
        Scorer {
            labels: labels.iter().map(|s| s.to_string()).collect(),
            per_label: labels.iter().map(|l| (l.to_string(), Counts::default())).collect(),
        }
    }

    /// Adds one document's gold and predicted entities (byte spans into the same text).
    pub fn add(&mut self, gold: &[GoldEntity], pred: &[GoldEntity]) {
        let keep = |e: &&GoldEntity| self.labels.contains(&e.label);
        let g: HashSet<&GoldEntity> = gold.iter().filter(keep).collect();
        let p: HashSet<&GoldEntity> = pred.iter().filter(keep).collect();
        for e in &p {
            let c = self.per_label.entry(e.label.clone()).or_default();
            if g.contains(e) { c.tp += 1 } else { c.fp += 1 }
        }
        for e in g.difference(&p) {
            self.per_label.entry(e.label.clone()).or_default().fn_ += 1;
        }
    }

    /// Micro-averaged counts over the scored labels.
    pub fn micro(&self) -> Counts {
        self.per_label.values().fold(Counts::default(), |a, c| Counts {
            tp: a.tp + c.tp,
            fp: a.fp + c.fp,
            fn_: a.fn_ + c.fn_,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_span_and_type() {
        let g = |a, b, l: &str| GoldEntity { span: Span::new(a, b), label: l.into() };
        let mut s = Scorer::new(&["PER", "LOC"]);
        s.add(
            &[g(0, 5, "PER"), g(10, 15, "LOC"), g(20, 25, "MISC")],
            &[g(0, 5, "PER"), g(10, 14, "LOC"), g(30, 35, "LOC"), g(20, 25, "MISC")],
        );
        assert_eq!(s.per_label["PER"], Counts { tp: 1, fp: 0, fn_: 0 });
        assert_eq!(s.per_label["LOC"], Counts { tp: 0, fp: 2, fn_: 1 });
        let m = s.micro();
        assert_eq!((m.tp, m.fp, m.fn_), (1, 2, 1));
        assert!((m.f1() - 0.4).abs() < 1e-9);
    }
}

/// A document of a prediction file (JSONL, one per line): char offsets, end-exclusive.
/// Also the format of `--dump-docs` (with `text`, no entities).
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct PredDoc {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default)]
    pub entities: Vec<PredEntity>,
}

/// One predicted entity, char offsets.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct PredEntity {
    pub start: usize,
    pub end: usize,
    pub label: String,
}

/// Writes documents as JSONL `{"id", "text"}` for another system to tag.
pub fn write_docs(docs: &[NerDoc], path: &Path) -> Result<(), NerError> {
    let mut s = String::new();
    for d in docs {
        let p = PredDoc { id: d.id.clone(), text: Some(d.text.clone()), entities: Vec::new() };
        s.push_str(&serde_json::to_string(&p).map_err(|e| NerError::Invalid(e.to_string()))?);
        s.push('\n');
    }
    std::fs::write(path, s).map_err(|e| NerError::io(path, e))
}

/// Writes predictions (byte spans into each document's text) as JSONL with char offsets.
pub fn write_predictions(docs: &[NerDoc], preds: &[Vec<GoldEntity>], path: &Path) -> Result<(), NerError> {
    let mut s = String::new();
    for (d, p) in docs.iter().zip(preds) {
        let ci = CharIndex::new(&d.text);
        let entities = p
            .iter()
            .map(|e| PredEntity {
                start: ci.char_offset(e.span.start),
                end: ci.char_offset(e.span.end),
                label: e.label.clone(),
            })
            .collect();
        let pd = PredDoc { id: d.id.clone(), text: None, entities };
        s.push_str(&serde_json::to_string(&pd).map_err(|e| NerError::Invalid(e.to_string()))?);
        s.push('\n');
    }
    std::fs::write(path, s).map_err(|e| NerError::io(path, e))
}

/// Reads a prediction file and converts it to byte spans of `docs` (missing documents = no
/// predictions; offsets past a text's end are an error).
pub fn read_predictions(docs: &[NerDoc], path: &Path) -> Result<Vec<Vec<GoldEntity>>, NerError> {
    let s = std::fs::read_to_string(path).map_err(|e| NerError::io(path, e))?;
    let bad = |msg: String| NerError::Corpus { path: path.display().to_string(), msg };
    let mut by_id = std::collections::HashMap::new();
    for (n, line) in s.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let p: PredDoc = serde_json::from_str(line).map_err(|e| bad(format!("line {}: {e}", n + 1)))?;
        by_id.insert(p.id.clone(), p);
    }
    let mut out = Vec::with_capacity(docs.len());
    for d in docs {
        let idx = CharToByte::new(&d.text);
        let mut v = Vec::new();
        if let Some(p) = by_id.get(&d.id) {
            for e in &p.entities {
                match (idx.byte(e.start), idx.byte(e.end)) {
                    (Some(s), Some(t)) if s <= t => {
                        v.push(GoldEntity { span: Span::new(s, t), label: e.label.clone() })
                    }
                    _ => {
                        return Err(bad(format!(
                            "document {}: entity {}..{} outside the text",
                            d.id, e.start, e.end
                        )));
                    }
                }
            }
        }
        out.push(v);
    }
    Ok(out)
}

/// Speed figures of one tagging run.
#[derive(Clone, Copy, Debug, Default)]
pub struct Timing {
    /// Tokens tagged (one pass).
    pub tokens: usize,
    /// Tagging only (tokens given), tokens per second.
    pub tag_tokens_per_s: f64,
    /// Segmentation + tagging, tokens per second.
    pub total_tokens_per_s: f64,
}

/// Segments and tags every document `repeat` times (≥ 1); returns the predictions and speed.
pub fn tag_docs(model: &Model, docs: &[NerDoc], repeat: usize) -> (Vec<Vec<GoldEntity>>, Timing) {
    tag_docs_with(model, docs, repeat, None)
}

/// As [`tag_docs`], with a lexicon hook (for a model trained with one).
pub fn tag_docs_with(
    model: &Model,
    docs: &[NerDoc],
    repeat: usize,
    hook: Option<&dyn crate::LexiconHook>,
) -> (Vec<Vec<GoldEntity>>, Timing) {
    let repeat = repeat.max(1);
    let t0 = Instant::now();
    let mut segs = Vec::new();
    for _ in 0..repeat {
        segs = docs
            .iter()
            .map(|d| {
                let seg = veille_text::segment(&d.text, d.lang);
                let toks = crate::token_spans(&seg);
                (seg.sentences, toks)
            })
            .collect::<Vec<_>>();
    }
    let seg_s = t0.elapsed().as_secs_f64();
    let tokens: usize = segs.iter().map(|s| s.1.len()).sum();
    let t1 = Instant::now();
    let mut preds = Vec::new();
    for _ in 0..repeat {
        preds = docs
            .iter()
            .zip(&segs)
            .map(|(d, (sents, toks))| {
                model
                    .tag_sentences(&d.text, sents.iter().map(|s| &toks[s.tokens.clone()]), hook)
                    .into_iter()
                    .map(|e| GoldEntity { span: e.span, label: e.label.as_str().to_string() })
                    .collect()
            })
            .collect();
    }
    let tag_s = t1.elapsed().as_secs_f64();
    let n = (tokens * repeat) as f64;
    (preds, Timing { tokens, tag_tokens_per_s: n / tag_s, total_tokens_per_s: n / (tag_s + seg_s) })
}
