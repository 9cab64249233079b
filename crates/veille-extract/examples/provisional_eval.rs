//! Scores of the provisional-entity filter ([`veille_ner::ProvisionalFilter`]), for choosing its
//! confidence floors on development data and reporting test scores (release build):
//!
//! `provisional_eval dev EPOCHS SPEC...`: every 5th *training* document of each corpus held out
//! (as `ner_train dev`), a model trained on the rest (bits 18, as the shipped ones), then P/R/F1
//! per label on the held-out part for floors 0, 0.05 … 0.9: all mentions, and provisional-only
//! (gold and predicted names that no knowledge-base mention overlaps).
//! `provisional_eval test SPEC...`: the shipped models on the test splits, without the filter
//! and with the shipped filter (`data/provisional.tsv` + gazetteer/KB name check), all mentions
//! and provisional-only. With `SHOW=1`, spans whose label the name check changes are printed
//! (text, label, new label, gold label, score) on stderr.
//!
//! The name check is the pipeline's own ([`veille_extract::KnownNames`], used by its tagger
//! stage): an exact KB alias has its entity's type; a known gazetteer name is a place or country.
//!
//! `cargo run --release -p veille-extract --example provisional_eval -- dev|test …`

use veille_core::{EntityMention, Span};
use veille_ner::corpus::{GoldEntity, NerDoc, Split, load_spec};
use veille_ner::eval::Scorer;
use veille_ner::{KnownNames, Model, NerLabel, ProvisionalFilter, Verdict};

/// One document tagged: its spans with scores, and the KB mentions.
struct Tagged<'d> {
    doc: &'d NerDoc,
    spans: Vec<veille_ner::NerSpan>,
    kb: Vec<EntityMention>,
}

fn tag<'d>(model: &Model, docs: &'d [NerDoc], rec: &veille_kb::Recognizer<'_>) -> Vec<Tagged<'d>> {
    docs.iter()
        .map(|d| {
            let seg = veille_text::segment(&d.text, d.lang);
            let spans = veille_ner::tag_segmented(model, &d.text, &seg);
            let kb = rec.annotate(&d.text, &seg, d.lang, None);
            Tagged { doc: d, spans, kb }
        })
        .collect()
}

/// Scores with `filter` (and `known`): (all mentions, provisional-only).
fn score(t: &[Tagged<'_>], filter: &ProvisionalFilter, known: Option<&dyn KnownNames>) -> (Scorer, Scorer) {
    let labels = ["PER", "ORG", "LOC"];
    let (mut all, mut prov) = (Scorer::new(&labels), Scorer::new(&labels));
    let mut buf = String::new();
    for d in t {
        let pred: Vec<GoldEntity> = d
            .spans
            .iter()
            .filter_map(|s| {
                let label = match filter.verdict(&d.doc.text, d.doc.lang, s, known, &mut buf) {
                    Verdict::Drop => return None,
                    Verdict::Keep => s.label,
                    Verdict::AsPlace => NerLabel::Loc,
                };
                if label != s.label && std::env::var_os("SHOW").is_some() {
                    let gold =
                        d.doc.entities.iter().find(|g| g.span == s.span).map_or("-", |g| g.label.as_str());
                    eprintln!(
                        "{} {} -> {} (gold {gold}) {:.2}",
                        s.span.slice(&d.doc.text),
                        s.label.as_str(),
                        label.as_str(),
                        s.score
                    );
                }
                Some(GoldEntity { span: s.span, label: label.as_str().to_string() })
            })
            .collect();
        all.add(&d.doc.entities, &pred);
        let free = |s: &Span| !d.kb.iter().any(|m| m.span.overlaps(*s));
        let g: Vec<GoldEntity> = d.doc.entities.iter().filter(|e| free(&e.span)).cloned().collect();
        let p: Vec<GoldEntity> = pred.into_iter().filter(|e| free(&e.span)).collect();
        prov.add(&g, &p);
    }
    (all, prov)
}

fn line(name: &str, s: &Scorer) -> String {
    let mut out = format!("{name:<28}");
    for (l, c) in &s.per_label {
        out.push_str(&format!(" {l} {:.3}/{:.3}/{:.3}", c.precision(), c.recall(), c.f1()));
    }
    let m = s.micro();
    out.push_str(&format!(" | micro {:.3}/{:.3}/{:.4}", m.precision(), m.recall(), m.f1()));
    out
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let kb = veille_kb::Kb::load_default()?;
    let rec = veille_kb::Recognizer::new(&kb);
    match args.first().map(String::as_str) {
        Some("dev") => {
            let epochs = args[1].parse()?;
            let (train_docs, devs) = veille_ner::corpus::dev_split(&args[2..])?;
            let cfg = veille_ner::TrainConfig { epochs, bits: 18, prune: 1.0, ..Default::default() };
            let (model, _) = veille_ner::train(&train_docs, &cfg, None);
            let model = model.with_temperature(32.0);
            let mut all_dev: Vec<NerDoc> = Vec::new();
            for (spec, dev) in devs {
                println!("dev part of {spec}: {} documents", dev.len());
                all_dev.extend(dev);
            }
            let lang = all_dev.first().map_or(veille_core::Lang::Fr, |d| d.lang);
            let t = tag(&model, &all_dev, &rec);
            for floor in [0.0f32, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9] {
                let f = [NerLabel::Per, NerLabel::Org, NerLabel::Loc]
                    .into_iter()
                    .fold(ProvisionalFilter::keep_all(), |f, l| f.with_min_score(lang, l, floor));
                let (a, p) = score(&t, &f, None);
                println!("{}", line(&format!("floor {floor:.2} all"), &a));
                println!("{}", line(&format!("floor {floor:.2} provisional"), &p));
            }
            let names = veille_extract::KnownNames::new(&kb)?;
            let f = ProvisionalFilter::load_default()?;
            let (a, p) = score(&t, &f, Some(&names));
            println!("{}", line("shipped filter all", &a));
            println!("{}", line("shipped filter provisional", &p));
        }
        Some("test") => {
            let models = veille_ner::Models::load_default()?;
            let names = veille_extract::KnownNames::new(&kb)?;
            let shipped = ProvisionalFilter::load_default()?;
            for spec in &args[1..] {
                let docs = load_spec(spec, Split::Test)?;
                let lang = docs.first().map_or(veille_core::Lang::Fr, |d| d.lang);
                let t = tag(models.for_lang(lang), &docs, &rec);
                println!("{spec} ({} documents)", docs.len());
                let (a, p) = score(&t, &ProvisionalFilter::keep_all(), None);
                println!("{}", line("  before: all", &a));
                println!("{}", line("  before: provisional", &p));
                let (a, p) = score(&t, &shipped, None);
                println!("{}", line("  floors only: all", &a));
                println!("{}", line("  floors only: provisional", &p));
                let (a, p) = score(&t, &shipped, Some(&names));
                println!("{}", line("  after: all", &a));
                println!("{}", line("  after: provisional", &p));
            }
        }
        _ => return Err("usage: see the module doc".into()),
    }
    Ok(())
}
