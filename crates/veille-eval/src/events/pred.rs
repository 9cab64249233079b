//! Predictions: `veille.doc/1` records (one JSON object per line) turned into [`EvalEvent`]s and
//! matched to gold documents by document id, or by the hash of the document text.

use super::gold::{Actor, EvalEvent, GoldDoc};
use crate::EvalError;
use crate::error::read_to_string;
use std::collections::HashMap;
use std::path::Path;
use veille_core::record::{ActorRef, EventRecord, Record};

/// Reads a JSONL file of `veille.doc/1` records. Every problem names the line.
pub fn load_records(path: impl AsRef<Path>) -> Result<Vec<Record>, EvalError> {
    let path = path.as_ref();
    let text = read_to_string(path)?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let r: Record = serde_json::from_str(line)
            .map_err(|e| EvalError::line(path, i + 1, format!("not a veille.doc/1 record: {e}")))?;
        out.push(r);
    }
    Ok(out)
}

fn actor(a: &ActorRef) -> Actor {
    Actor { id: a.id.clone(), name: (!a.name.is_empty()).then(|| a.name.clone()) }
}

/// A location that is the country itself (precision 3, no admin1) names no place: only its
/// country counts.
fn is_country_level(l: &veille_core::record::Location) -> bool {
    l.precision >= 3 && l.admin1.is_none()
}

/// The comparable form of one predicted event.
pub fn event_of(e: &EventRecord) -> EvalEvent {
    let loc = e.location.as_ref();
    EvalEvent {
        kind: Some(e.kind),
        mode: e.mode.clone(),
        status: e.status,
        actor: e.actor.iter().map(actor).collect(),
        recipient: e.recipient.iter().map(actor).collect(),
        source: e.source.iter().map(actor).collect(),
        country: loc.and_then(|l| l.country.clone()),
        place: loc.filter(|l| !is_country_level(l)).map(|l| l.name.clone()).filter(|n| !n.is_empty()),
        geonames_id: loc.filter(|l| !is_country_level(l)).and_then(|l| l.geonames_id),
        date: e.date.clone(),
        date_precision: e.date_precision.map(|p| p.as_str().to_string()),
        fatalities: e.fatalities,
        troops: e.troops,
        trigger: e.trigger.as_ref().map(|t| t.text.clone()),
        background: e.background,
        evidence: e.evidence.first().map(|s| s.text.clone()),
        place_mention: loc
            .filter(|l| !is_country_level(l))
            .and_then(|l| l.mention.as_ref())
            .map(|m| m.text.clone())
            .filter(|n| !n.is_empty()),
    }
}

/// The hash used to pair a record with a gold text when ids differ: the veille document id of
/// the normalized text (sha256, as `veille extract` computes it without a URL).
pub fn text_key(text: &str) -> String {
    veille_core::doc_id(&veille_text::normalize(text).text, None)
}

/// Pairs records with gold documents: by `doc.id` equal to the gold id first, else by
/// [`text_key`] of the gold text. Returns, per gold document (same order), its predicted events,
/// or `None` when no record was found for it.
pub fn align(gold: &[GoldDoc], records: &[Record]) -> Vec<Option<Vec<EvalEvent>>> {
    let mut by_id: HashMap<&str, &Record> = HashMap::with_capacity(records.len());
    for r in records {
        by_id.entry(r.doc.id.as_str()).or_insert(r);
    }
    gold.iter()
        .map(|g| {
            let r = by_id.get(g.id.as_str()).or_else(|| by_id.get(text_key(&g.text).as_str()));
            r.map(|r| r.events.iter().map(event_of).collect())
        })
        .collect()
}

/// The [`veille_core::Document`] the pipeline should see for a gold document: the gold id, its
/// normalized text, publication date and language (declared, so confidence 1).
pub fn document_of(g: &GoldDoc) -> veille_core::Document {
    let text = veille_text::normalize(&g.text).text;
    let lang = veille_core::Lang::parse(&g.lang).unwrap_or_else(|| veille_text::detect_lang(&text).0);
    veille_core::Document {
        id: g.id.clone(),
        published: g.published.as_deref().and_then(|p| veille_core::PartialDate::parse_iso(p).ok()),
        lang,
        lang_confidence: 1.0,
        text,
        origin: Some(format!("gold:{}", g.id)),
        ..veille_core::Document::default()
    }
}
