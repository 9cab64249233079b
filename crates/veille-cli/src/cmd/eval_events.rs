//! `veille eval events`: score event extraction against a gold file or an open corpus.
//!
//! Without a PRED file the extraction pipeline runs on each gold text (the gold's id, publication
//! date and language make the `Document`); with one, its `veille.doc/1` records are paired with
//! the gold documents by id or by text hash. Matching rules: docs/EVAL.md.

use super::Global;
use anyhow::{Context, bail};
use clap::{Args, ValueEnum};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use veille_core::EventType;
use veille_core::record::Record;
use veille_eval::actors::{ActorResolver, ConventionResolver, MapResolver};
use veille_eval::corpus::{cameo::Cameo2Plover, petrarch, plover, popcorn};
use veille_eval::events::{
    EvalEvent, GoldDoc, MatchMode, Prf, Report, ScoreOptions, align, document_of, load_gold, load_records,
    score,
};
use veille_extract::{ExtractOptions, Pipeline};

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum EvalFormat {
    /// Tables for people.
    Text,
    /// The whole report as one JSON object.
    Json,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum EvalMatch {
    /// Type + (actor or recipient by kb id) + (place or country).
    Kb,
    /// Type + (actor, recipient or place name overlap).
    Names,
}

#[derive(Args, Debug)]
pub struct EvalEventsArgs {
    /// Gold file: JSONL of {id, lang, split, published, text, events} (docs/EVAL.md), e.g.
    /// data/dev/events.jsonl. Repeat it (`--gold A --gold B`) or give a quoted pattern
    /// (`--gold 'data/dev/heldout*.jsonl'`) to score several files pooled: the overall row is the
    /// micro-average of all their events, and each file's split keeps its own row. A document id
    /// may appear in only one of them.
    #[arg(long, value_name = "GOLD", required_unless_present = "corpus", conflicts_with = "corpus")]
    pub gold: Vec<String>,
    /// An open corpus instead: popcorn:PATH (POPCORN test.json), plover:PATH
    /// (PLOVER_GSR_CAMEO.txt) or petrarch:PATH (PETR.UnitTest.records.xml).
    #[arg(long, value_name = "KIND:PATH")]
    pub corpus: Option<String>,
    /// CAMEO→PLOVER table for petrarch: (default: CAMEO2PLOVER-2021.txt in ../plover beside the XML).
    #[arg(long, value_name = "PATH")]
    pub cameo2plover: Option<PathBuf>,
    /// Predictions: JSONL of veille.doc/1 records. Without it, veille extracts from the gold texts.
    #[arg(conflicts_with = "second_annotator")]
    pub pred: Option<PathBuf>,
    /// Score a second annotation of the same documents (a gold file with the same ids) against
    /// --gold instead of veille's predictions: inter-annotator agreement, the ceiling to compare
    /// veille with (e.g. data/dev/articles.second.jsonl).
    #[arg(long, value_name = "GOLD2", requires = "gold")]
    pub second_annotator: Option<PathBuf>,
    /// List false negatives, false positives and slot disagreements (with --format json, also
    /// `predictions`: whether each predicted event matched, by record index).
    #[arg(long)]
    pub misses: bool,
    /// Turn the learned event filter on or off. It is on by default (the `@default` row of
    /// crates/veille-extract/data/learned_filter.tsv): it drops events its logistic regression finds
    /// unlikely; nested cross-validation over the tunable gold splits measures the gain, see
    /// scripts/learned_filter/README.md. `off` shows every event the rules read.
    #[arg(long, value_name = "on|off", value_parser = ["on", "off"])]
    pub learned_filter: Option<String>,
    #[arg(long, value_enum, default_value = "text")]
    pub format: EvalFormat,
    /// Score only documents of this split (dev, dev2, dev3, heldout, heldout2).
    #[arg(long)]
    pub split: Option<String>,
    /// Score only documents in this language (fr, en).
    #[arg(long)]
    pub lang: Option<String>,
    /// Score only the first N documents.
    #[arg(long)]
    pub limit: Option<usize>,
    /// Matching rule (default: kb for --gold, names for --corpus).
    #[arg(long = "match", value_enum)]
    pub match_mode: Option<EvalMatch>,
    /// Exit with status 1 when the overall event F1 is below this value (for CI gates).
    #[arg(long, value_name = "F1")]
    pub fail_under: Option<f64>,
    /// Also write the records extracted from the gold texts to this JSONL file.
    #[arg(long, value_name = "PATH")]
    pub save_pred: Option<PathBuf>,
}

fn load_corpus(spec: &str, cameo: Option<&Path>) -> anyhow::Result<(Vec<GoldDoc>, Option<Vec<EventType>>)> {
    let Some((kind, path)) = spec.split_once(':') else {
        bail!("--corpus {spec:?}: write KIND:PATH with KIND popcorn, plover or petrarch");
    };
    let path = Path::new(path);
    Ok(match kind {
        "popcorn" => (popcorn::load(path)?, Some(popcorn::TYPES.to_vec())),
        "plover" => (plover::load(path)?, None),
        "petrarch" => {
            let table = match cameo {
                Some(p) => p.to_path_buf(),
                None => path.parent().unwrap_or(Path::new(".")).join("../plover/CAMEO2PLOVER-2021.txt"),
            };
            let cameo = Cameo2Plover::load(&table)
                .context("reading the CAMEO→PLOVER table (give it with --cameo2plover)")?;
            (petrarch::load(path, &cameo)?, None)
        }
        other => bail!("--corpus kind {other:?} is unknown; use popcorn, plover or petrarch"),
    })
}

/// Equivalence of actor ids from the knowledge base when it loads ([`MapResolver::from_kb`]);
/// the id convention when it does not.
fn resolver() -> Box<dyn ActorResolver> {
    match veille_kb::Kb::load_default() {
        Ok(kb) => Box::new(MapResolver::from_kb(&kb)),
        Err(_) => Box::new(ConventionResolver),
    }
}

fn predict(
    gold: &[GoldDoc],
    save: Option<&Path>,
    quiet: bool,
    learned_filter: Option<bool>,
) -> anyhow::Result<Vec<Record>> {
    let pipeline =
        Pipeline::default_pipeline_with(learned_filter).context("loading the extraction pipeline")?;
    let opts = ExtractOptions::default();
    let bar =
        if quiet { indicatif::ProgressBar::hidden() } else { indicatif::ProgressBar::new(gold.len() as u64) };
    let mut out = Vec::with_capacity(gold.len());
    for g in gold {
        out.push(pipeline.extract(&document_of(g), &opts));
        bar.inc(1);
    }
    bar.finish_and_clear();
    if let Some(path) = save {
        let f = std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
        let mut w = std::io::BufWriter::new(f);
        for r in &out {
            serde_json::to_writer(&mut w, r)?;
            w.write_all(b"\n")?;
        }
        w.flush()?;
    }
    Ok(out)
}

pub fn run(g: &Global, a: EvalEventsArgs) -> anyhow::Result<ExitCode> {
    let (mut gold, types, default_mode) = match (a.gold.is_empty(), &a.corpus) {
        (false, _) => (load_golds(&gold_paths(&a.gold)?)?, None, MatchMode::Kb),
        (true, Some(spec)) => {
            let (gold, types) = load_corpus(spec, a.cameo2plover.as_deref())?;
            (gold, types, MatchMode::Names)
        }
        (true, None) => bail!("give --gold FILE or --corpus KIND:PATH"),
    };
    gold.retain(|d| {
        a.split.as_ref().is_none_or(|s| &d.split == s) && a.lang.as_ref().is_none_or(|l| &d.lang == l)
    });
    if let Some(n) = a.limit {
        gold.truncate(n);
    }
    if gold.is_empty() {
        bail!("no gold document left to score (check --split / --lang)");
    }
    let preds = match (&a.second_annotator, &a.pred) {
        (Some(p), _) => second_annotation(&gold, p)?,
        (None, Some(p)) => align(&gold, &load_records(p)?),
        (None, None) => align(
            &gold,
            &predict(&gold, a.save_pred.as_deref(), g.quiet, a.learned_filter.as_deref().map(|v| v == "on"))?,
        ),
    };
    let mode = match a.match_mode {
        Some(EvalMatch::Kb) => MatchMode::Kb,
        Some(EvalMatch::Names) => MatchMode::Names,
        None => default_mode,
    };
    let resolver = resolver();
    let opts = ScoreOptions { mode, resolver: resolver.as_ref(), types };
    let report = score(&gold, &preds, &opts);

    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match a.format {
        EvalFormat::Json => {
            let mut v = serde_json::to_value(&report)?;
            if !a.misses
                && let Some(o) = v.as_object_mut()
            {
                o.remove("misses");
                o.remove("slot_misses");
                o.remove("predictions");
            }
            serde_json::to_writer_pretty(&mut out, &v)?;
            writeln!(out)?;
        }
        EvalFormat::Text => write_text(&mut out, &report, &gold, a.misses)?,
    }
    out.flush()?;
    if let Some(min) = a.fail_under
        && report.overall.f1 < min
    {
        eprintln!("event F1 {:.3} is below --fail-under {min:.3}", report.overall.f1);
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// The gold files `--gold` names: each value is a path or a glob pattern (`*`, `?`, `[…]`),
/// whose matches come in name order; a pattern that matches nothing is an error.
fn gold_paths(values: &[String]) -> anyhow::Result<Vec<PathBuf>> {
    let mut paths = Vec::new();
    for v in values {
        if !v.contains(['*', '?', '[']) {
            paths.push(PathBuf::from(v));
            continue;
        }
        let mut found = glob::glob(v)
            .with_context(|| format!("--gold {v:?} is not a valid file pattern"))?
            .collect::<Result<Vec<_>, _>>()
            .with_context(|| format!("reading the files of --gold {v:?}"))?;
        if found.is_empty() {
            bail!("--gold {v:?}: no file matches this pattern");
        }
        found.sort();
        paths.extend(found);
    }
    Ok(paths)
}

/// The documents of one or more gold files, in file order; a document id found in two files is
/// an error naming both (pooled scores would count it twice).
fn load_golds(paths: &[PathBuf]) -> anyhow::Result<Vec<GoldDoc>> {
    let mut docs = Vec::new();
    let mut seen: std::collections::HashMap<String, &Path> = std::collections::HashMap::new();
    for path in paths {
        for d in load_gold(path)? {
            if let Some(first) = seen.insert(d.id.clone(), path) {
                bail!(
                    "document id {} is in both {} and {}: pooled scores would count it twice",
                    d.id,
                    first.display(),
                    path.display()
                );
            }
            docs.push(d);
        }
    }
    Ok(docs)
}

/// The events of a second annotation, per gold document (by id); a document the second
/// annotator did not annotate is `None` (counted as predicting nothing, and listed).
fn second_annotation(gold: &[GoldDoc], path: &Path) -> anyhow::Result<Vec<Option<Vec<EvalEvent>>>> {
    let mut by_id: std::collections::HashMap<String, Vec<EvalEvent>> =
        load_gold(path)?.into_iter().map(|d| (d.id, d.events)).collect();
    if !gold.iter().any(|d| by_id.contains_key(&d.id)) {
        bail!(
            "{}: none of its ids is in the gold file (it must annotate the same documents)",
            path.display()
        );
    }
    Ok(gold.iter().map(|d| by_id.remove(&d.id)).collect())
}

fn row(out: &mut impl Write, label: &str, p: &Prf) -> std::io::Result<()> {
    writeln!(
        out,
        "  {label:<20} {:>6.3} {:>6.3} {:>6.3} {:>6} {:>6} {:>6}",
        p.precision, p.recall, p.f1, p.tp, p.fp, p.fn_
    )
}

fn actors(xs: &[veille_eval::events::Actor]) -> String {
    xs.iter().map(|a| a.label().to_string()).collect::<Vec<_>>().join("+")
}

fn describe(e: &EvalEvent) -> String {
    let mut s = format!("{}", e.kind());
    if let Some(m) = &e.mode {
        s += &format!("/{m}");
    }
    s += &format!(" [{}]", e.status.as_str());
    if !e.actor.is_empty() {
        s += &format!(" actor={}", actors(&e.actor));
    }
    if !e.recipient.is_empty() {
        s += &format!(" recipient={}", actors(&e.recipient));
    }
    match (&e.place, &e.country) {
        (Some(p), Some(c)) => s += &format!(" at={p},{c}"),
        (Some(p), None) => s += &format!(" at={p}"),
        (None, Some(c)) => s += &format!(" at={c}"),
        (None, None) => {}
    }
    if let Some(d) = &e.date {
        s += &format!(" date={d}");
    }
    if let Some(f) = e.fatalities {
        s += &format!(" fatalities={f}");
    }
    if let Some(t) = e.troops {
        s += &format!(" troops={t}");
    }
    if e.background {
        s += " background";
    }
    s
}

fn snippet(s: &str, n: usize) -> String {
    let t: String = s.chars().take(n).collect();
    if t.len() < s.len() { format!("{t}…") } else { t }
}

fn write_text(out: &mut impl Write, r: &Report, gold: &[GoldDoc], misses: bool) -> std::io::Result<()> {
    let mode = match r.mode {
        MatchMode::Kb => "kb ids (type + actor|recipient + place|country)",
        MatchMode::Names => "names (type + actor|recipient|place name)",
    };
    writeln!(
        out,
        "events: {} documents, {} gold events, {} predicted; matching by {mode}",
        r.docs, r.gold_events, r.predicted_events
    )?;
    if !r.docs_without_prediction.is_empty() {
        writeln!(
            out,
            "  {} documents had no prediction record (scored as empty)",
            r.docs_without_prediction.len()
        )?;
    }
    writeln!(out, "  {:<20} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}", "", "P", "R", "F1", "tp", "fp", "fn")?;
    row(out, "overall", &r.overall)?;
    for (k, p) in &r.by_lang {
        row(out, &format!("lang {k}"), p)?;
    }
    for (k, p) in &r.by_split {
        row(out, &format!("split {k}"), p)?;
    }
    for (k, p) in &r.by_type {
        row(out, &format!("type {k}"), p)?;
    }
    for (k, p) in &r.by_status {
        row(out, &format!("status {k}"), p)?;
    }
    writeln!(out, "slot accuracy on matched pairs (where gold or prediction has a value):")?;
    for (k, s) in &r.slots {
        if s.total > 0 {
            writeln!(out, "  {k:<12} {:>6.3}  ({}/{})", s.accuracy, s.correct, s.total)?;
        }
    }
    if misses {
        let text_of =
            |id: &str| gold.iter().find(|d| d.id == id).map_or(String::new(), |d| snippet(&d.text, 160));
        writeln!(out, "misses:")?;
        let mut last = "";
        for m in &r.misses {
            if m.doc_id != last {
                writeln!(out, "  {} [{} {}] {}", m.doc_id, m.lang, m.split, text_of(&m.doc_id))?;
                last = &m.doc_id;
            }
            let tag = if m.kind == "false_negative" { "FN" } else { "FP" };
            write!(out, "    {tag} {}", describe(&m.event))?;
            if let Some(t) = &m.event.trigger {
                write!(out, " trigger={t:?}")?;
            }
            if let Some(w) = &m.why {
                write!(out, " — {w}")?;
            }
            writeln!(out)?;
            if let Some(ev) = &m.event.evidence {
                writeln!(out, "       evidence: {}", snippet(ev, 160))?;
            }
        }
        if !r.slot_misses.is_empty() {
            writeln!(out, "slot disagreements on matched pairs:")?;
            for s in &r.slot_misses {
                writeln!(out, "  {} {:<10} gold={} pred={}", s.doc_id, s.slot, s.gold, s.pred)?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_spec_errors_say_what_to_write() {
        let e = load_corpus("popcorn", None).unwrap_err().to_string();
        assert!(e.contains("KIND:PATH"), "{e}");
        let e = load_corpus("acled:/x", None).unwrap_err().to_string();
        assert!(e.contains("popcorn, plover or petrarch"), "{e}");
        let e = load_corpus("plover:/nonexistent/file.txt", None).unwrap_err().to_string();
        assert!(e.contains("/nonexistent/file.txt"), "{e}");
    }

    #[test]
    fn misses_name_the_document_and_the_reason() {
        let gold = veille_eval::events::parse_gold(
            r#"{"id":"g","lang":"fr","text":"Le JNIM a attaqué Djibo.","events":[{"type":"ASSAULT","actor":["kb:JNIM"],"country":"BF","place":"Djibo"}]}"#,
        )
        .unwrap();
        let report = score(&gold, &[Some(Vec::new())], &ScoreOptions::default());
        let mut buf = Vec::new();
        write_text(&mut buf, &report, &gold, true).unwrap();
        let text = String::from_utf8(buf).unwrap();
        assert!(text.contains("overall"), "{text}");
        assert!(text.contains("g [fr dev] Le JNIM a attaqué Djibo."), "{text}");
        assert!(text.contains("FN ASSAULT [asserted] actor=kb:JNIM at=Djibo,BF"), "{text}");
        assert!(text.contains("no predicted event of this type left"), "{text}");
    }

    #[test]
    fn gold_files_pool_in_order_and_refuse_a_document_twice() {
        let dir = std::env::temp_dir().join(format!("veille-golds-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let line = |id: &str| {
            format!(
                r#"{{"id":"{id}","lang":"fr","text":"Le JNIM a attaqué Djibo.","events":[{{"type":"ASSAULT","actor":["kb:JNIM"],"country":"BF"}}]}}"#
            )
        };
        let (a, b, c) = (dir.join("a.jsonl"), dir.join("b.jsonl"), dir.join("c.jsonl"));
        std::fs::write(&a, format!("{}\n{}", line("a1"), line("a2"))).unwrap();
        std::fs::write(&b, line("b1")).unwrap();
        std::fs::write(&c, line("a2")).unwrap();
        let ids: Vec<String> = load_golds(&[a.clone(), b]).unwrap().into_iter().map(|d| d.id).collect();
        assert_eq!(ids, ["a1", "a2", "b1"]);
        let pattern = dir.join("[ab].jsonl").display().to_string();
        assert_eq!(gold_paths(&[pattern]).unwrap(), [a.clone(), dir.join("b.jsonl")]);
        let none = dir.join("z*.jsonl").display().to_string();
        let e = gold_paths(&[none]).unwrap_err().to_string();
        assert!(e.contains("no file matches"), "{e}");
        let e = load_golds(&[a, c]).unwrap_err().to_string();
        assert!(e.contains("a2") && e.contains("a.jsonl") && e.contains("c.jsonl"), "{e}");
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn a_second_annotation_pairs_by_id_and_refuses_other_documents() {
        let dir = std::env::temp_dir().join(format!("veille-second-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let line = |id: &str, t: &str| {
            format!(
                r#"{{"id":"{id}","lang":"fr","text":"Le JNIM a attaqué Djibo.","events":[{{"type":"{t}","actor":["kb:JNIM"],"country":"BF"}}]}}"#
            )
        };
        let gold =
            veille_eval::events::parse_gold(&format!("{}\n{}", line("a", "ASSAULT"), line("b", "ASSAULT")))
                .unwrap();
        let p = dir.join("second.jsonl");
        std::fs::write(&p, line("a", "COERCE")).unwrap();
        let preds = second_annotation(&gold, &p).unwrap();
        assert_eq!(preds[0].as_ref().map(|e| e[0].kind), Some(Some(EventType::Coerce)));
        assert!(preds[1].is_none(), "b was not annotated a second time");
        std::fs::write(&p, line("z", "ASSAULT")).unwrap();
        let e = second_annotation(&gold, &p).unwrap_err().to_string();
        assert!(e.contains("second.jsonl") && e.contains("same documents"), "{e}");
        std::fs::remove_dir_all(&dir).ok();
    }
}
