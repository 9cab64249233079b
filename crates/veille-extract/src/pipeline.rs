//! The pipeline: explicit stages over one [`Analysis`], then record assembly.

use crate::analysis::{DateRef, Figure, QuoteRef};
use crate::events::EventStage;
use crate::{Analysis, ExtractError};
use std::collections::HashMap;
use std::sync::Arc;
use veille_core::record::{DocMeta, EntityRecord, Record, TextSpan};
use veille_core::{Document, EntityType};
use veille_geo::Geoparser;
use veille_kb::{Kb, Recognizer};

/// Options of one extraction.
#[derive(Clone, Copy, Debug, Default)]
pub struct ExtractOptions {
    /// Fill each event's `explain` steps (which trigger and rule bound each slot).
    pub explain: bool,
}

/// One step of the pipeline. Stages read the layers earlier stages produced and add their own.
pub trait Stage: Send + Sync {
    fn name(&self) -> &'static str;
    fn run(&self, a: &mut Analysis<'_>);
}

/// Sentences, tokens, figures, dates and quotations (veille-text).
pub struct TextStage;

impl Stage for TextStage {
    fn name(&self) -> &'static str {
        "text"
    }
    fn run(&self, a: &mut Analysis<'_>) {
        let t = veille_text::analyze(&a.doc.text, a.doc.lang, a.doc.published);
        a.seg = t.seg;
        a.figures = t
            .quantities
            .into_iter()
            .map(|q| Figure { span: q.span, value: q.value, approx: q.approx, unit_span: q.unit_span })
            .collect();
        a.dates = t
            .dates
            .into_iter()
            .map(|d| DateRef { span: d.span, date: d.date, precision: d.precision, reason: d.reason })
            .collect();
        a.quotes = t
            .quotes
            .into_iter()
            .map(|q| QuoteRef { span: q.span, outer: q.outer, speaker: q.speaker, indirect: q.indirect })
            .collect();
    }
}

/// Actor mentions from the knowledge base (veille-kb), resolved as of the publication date.
pub struct EntityStage {
    kb: Arc<Kb>,
}

impl Stage for EntityStage {
    fn name(&self) -> &'static str {
        "entities"
    }
    fn run(&self, a: &mut Analysis<'_>) {
        let r = Recognizer::new(&self.kb);
        a.entities = r.annotate_folded(&a.doc.text, a.folded(), &a.seg, a.doc.lang, a.doc.published);
    }
}

/// Provisional entities from the statistical tagger (veille-ner) where the KB found nothing,
/// filtered by `veille_ner::ProvisionalFilter` (confidence floors; known place names and KB
/// aliases of another type are not persons or organisations).
pub struct TaggerStage {
    models: veille_ner::Models,
    filter: veille_ner::ProvisionalFilter,
    names: KnownNames,
}

/// Exact names the gazetteer or the knowledge base type, and the KB's demonyms (veille-ner's
/// `KnownNames`): a KB alias has its entity's type; a gazetteer name (not a geo stop name,
/// capitalised, ≥ 3 chars) of Mali, Burkina Faso or Niger, or a notable place elsewhere (prior
/// ≥ 0.45), is a place or country.
pub struct KnownNames {
    gaz: &'static veille_geo::Gazetteer,
    cues: veille_geo::cues::Cues,
    kb: HashMap<String, EntityType>,
    /// Name keys of the KB's demonyms ("malian", "francais").
    demonyms: std::collections::HashSet<String>,
}

impl KnownNames {
    /// The KB's aliases and demonyms, and the shared gazetteer with the geo stop names.
    pub fn new(kb: &Kb) -> Result<KnownNames, ExtractError> {
        let geo = |e: veille_geo::GeoError| ExtractError::Geo(e.to_string());
        let mut aliases = HashMap::new();
        for e in kb.entities() {
            for a in &e.aliases {
                aliases.entry(veille_geo::name_key(&a.text)).or_insert(e.kind);
            }
        }
        Ok(KnownNames {
            gaz: veille_geo::Gazetteer::shared().map_err(geo)?,
            cues: veille_geo::cues::Cues::load_default().map_err(geo)?,
            kb: aliases,
            demonyms: kb
                .demonyms()
                .iter()
                .flat_map(|d| d.form.split('|'))
                .map(veille_geo::name_key)
                .collect(),
        })
    }
}

impl veille_ner::KnownNames for KnownNames {
    fn is_demonym(&self, word: &str, buf: &mut String) -> bool {
        veille_geo::gazetteer::name_key_into(word, buf);
        self.demonyms.contains(buf.as_str())
    }
    fn known_kind(&self, name: &str, buf: &mut String) -> Option<EntityType> {
        veille_geo::gazetteer::name_key_into(name, buf);
        if let Some(&k) = self.kb.get(buf.as_str()) {
            return Some(k);
        }
        if buf.len() < 3 || !name.starts_with(char::is_uppercase) || self.cues.stop(buf).is_some() {
            return None;
        }
        let mut places = self.gaz.by_key(buf).iter().map(|&i| self.gaz.place(i));
        let known = |p: &&veille_geo::Place| {
            veille_geo::gazetteer::FOCUS.contains(&p.country) || veille_geo::gazetteer::prior(p) >= 0.45
        };
        let first = places.find(known)?;
        if first.is_country() || places.filter(known).any(|p| p.is_country()) {
            Some(EntityType::Country)
        } else {
            Some(EntityType::Place)
        }
    }
}

impl Stage for TaggerStage {
    fn name(&self) -> &'static str {
        "tagger"
    }
    fn run(&self, a: &mut Analysis<'_>) {
        if a.doc.lang == veille_core::Lang::Other {
            return;
        }
        let model = self.models.for_lang(a.doc.lang);
        let mut extra = veille_ner::provisional_entities_filtered(
            &a.doc.text,
            &a.seg,
            a.doc.lang,
            model,
            &a.entities,
            None,
            &self.filter,
            Some(&self.names),
        );
        // a name has a capital letter: a tagged fragment such as the "of" of "Residents of Djibo"
        // (the place taken by the knowledge base) is no party
        extra.retain(|m| m.name.chars().any(char::is_uppercase));
        // a date is no name: "the July 2023 coup", "The March 15 attack" (English writes its
        // months and weekdays with a capital) are an event noun, not an organisation
        extra.retain(|m| names_outside_dates(a, m.span));
        if !extra.is_empty() {
            a.entities.extend(extra);
            a.entities.sort_by_key(|m| (m.span.start, m.span.end));
        }
    }
}

/// Place mentions from the gazetteer (veille-geo).
pub struct PlaceStage {
    geo: Geoparser<'static>,
}

impl Stage for PlaceStage {
    fn name(&self) -> &'static str {
        "places"
    }
    fn run(&self, a: &mut Analysis<'_>) {
        a.places = self.geo.annotate_folded(&a.doc.text, a.folded(), &a.seg, a.doc.lang, &a.entities);
    }
}

/// The extraction pipeline. Build it once and share it (`Send + Sync`).
pub struct Pipeline {
    stages: Vec<Box<dyn Stage>>,
}

impl Pipeline {
    /// A pipeline from explicit stages (run in order).
    pub fn new(stages: Vec<Box<dyn Stage>>) -> Self {
        Pipeline { stages }
    }

    /// Text layer only: records carry document metadata and no entities or events.
    pub fn text_only() -> Pipeline {
        Pipeline::new(vec![Box::new(TextStage)])
    }

    /// Text layer and the event extractor, without knowledge base, tagger or gazetteer: events
    /// come out only where earlier layers were filled by the caller (see [`Pipeline::run`]). The
    /// learned event filter is off: this pipeline shows what the rules read (the rule tests).
    pub fn events_only() -> Result<Pipeline, ExtractError> {
        Ok(Pipeline::new(vec![Box::new(TextStage), Box::new(EventStage::load()?.with_learned_filter(false))]))
    }

    /// Every stage with its resources, loaded once.
    pub fn default_pipeline() -> Result<Pipeline, ExtractError> {
        Pipeline::default_pipeline_with(None)
    }

    /// [`Pipeline::default_pipeline`] with the learned event filter (`events/learned.rs`) forced
    /// on or off (`None`: the default of its data file).
    pub fn default_pipeline_with(learned_filter: Option<bool>) -> Result<Pipeline, ExtractError> {
        let events = EventStage::load()?;
        let events = match learned_filter {
            Some(on) => events.with_learned_filter(on),
            None => events,
        };
        let kb = Arc::new(Kb::load_default().map_err(|e| ExtractError::Kb(e.to_string()))?);
        let models = veille_ner::Models::load_default().map_err(|e| ExtractError::Ner(e.to_string()))?;
        let geo = Geoparser::load_default().map_err(|e| ExtractError::Geo(e.to_string()))?;
        Ok(Pipeline::new(vec![
            Box::new(TextStage),
            Box::new(EntityStage { kb: kb.clone() }),
            Box::new(TaggerStage {
                models,
                filter: veille_ner::ProvisionalFilter::load_default()
                    .map_err(|e| ExtractError::Ner(e.to_string()))?,
                names: KnownNames::new(&kb)?,
            }),
            Box::new(PlaceStage { geo }),
            Box::new(events.with_kb(kb)),
        ]))
    }

    /// Like [`Pipeline::default_pipeline`] without the statistical tagger (faster; actors only
    /// from the knowledge base).
    pub fn without_tagger() -> Result<Pipeline, ExtractError> {
        let kb = Arc::new(Kb::load_default().map_err(|e| ExtractError::Kb(e.to_string()))?);
        let geo = Geoparser::load_default().map_err(|e| ExtractError::Geo(e.to_string()))?;
        Ok(Pipeline::new(vec![
            Box::new(TextStage),
            Box::new(EntityStage { kb: kb.clone() }),
            Box::new(PlaceStage { geo }),
            Box::new(EventStage::load()?.with_kb(kb)),
        ]))
    }

    /// Names of the stages, in order.
    pub fn stage_names(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.name()).collect()
    }

    /// The stages, in order (for per-stage timing).
    pub fn stages(&self) -> &[Box<dyn Stage>] {
        &self.stages
    }

    /// Runs every stage over `a` (whose layers a caller may have pre-filled).
    pub fn run(&self, a: &mut Analysis<'_>) {
        for s in &self.stages {
            s.run(a);
        }
    }

    /// Extracts one document into a `veille.doc/1` record.
    pub fn extract(&self, doc: &Document, opts: &ExtractOptions) -> Record {
        let mut a = Analysis::new(doc, opts.explain);
        self.run(&mut a);
        assemble(a)
    }
}

/// Groups entity mentions by id (unresolved ones by name and type) and moves the events out.
pub fn assemble(a: Analysis<'_>) -> Record {
    let mut rec = Record::new(DocMeta::from(a.doc));
    let mut index: HashMap<(Option<&str>, &str, EntityType), usize> = HashMap::new();
    for m in &a.entities {
        let key = match &m.id {
            Some(id) => (Some(id.as_str()), "", m.kind),
            None => (None, m.name.as_str(), m.kind),
        };
        let i = *index.entry(key).or_insert_with(|| {
            rec.entities.push(EntityRecord {
                id: m.id.clone(),
                name: m.name.clone(),
                kind: m.kind,
                country: m.country.clone(),
                mentions: Vec::new(),
                candidates: m.candidates.clone(),
                reason: m.reason.clone(),
            });
            rec.entities.len() - 1
        });
        let (s, e) = a.chars.span(m.span);
        rec.entities[i].mentions.push(TextSpan { start: s, end: e, text: a.text(m.span).to_string() });
    }
    rec.events = a.events;
    rec
}

/// A tagged span has a word of a name: a capitalised word outside the text layer's dates and
/// not an article ("The", "A"). "the July 2023 coup" or "Sunday's attack" has none.
fn names_outside_dates(a: &Analysis<'_>, span: veille_core::Span) -> bool {
    let toks = &a.seg.tokens;
    let first = toks.partition_point(|t| t.span.start < span.start);
    toks[first..].iter().take_while(|t| t.span.end <= span.end).any(|t| {
        let w = &a.doc.text[t.span.start..t.span.end];
        t.kind == veille_text::TokenKind::Word
            && w.starts_with(char::is_uppercase)
            && !a.dates.iter().any(|d| d.span.start <= t.span.start && t.span.end <= d.span.end)
            && !["the", "a", "an", "this", "that", "le", "la", "les", "l'", "un", "une", "ce", "cette"]
                .iter()
                .any(|d| w.eq_ignore_ascii_case(d))
    })
}

#[cfg(test)]
mod tagger_tests {
    use super::*;
    use veille_core::Lang;

    fn entities(text: &str, lang: Lang) -> Vec<(String, EntityType)> {
        let p = Pipeline::default_pipeline().unwrap();
        let doc = Document {
            id: veille_core::doc_id(text, None),
            lang,
            lang_confidence: 1.0,
            text: text.to_string(),
            ..Document::default()
        };
        p.extract(&doc, &ExtractOptions::default()).entities.into_iter().map(|e| (e.name, e.kind)).collect()
    }

    /// The shipped French model reads "Bourem" as a person here (veille-ner's
    /// tests/provisional.rs checks that); the gazetteer knows it as a town of Mali.
    #[test]
    fn a_gazetteer_town_tagged_as_a_person_is_not_an_actor() {
        let e = entities(
            "Bourem a accueilli mercredi des centaines de déplacés ; Hamadi Tembely, un notable, les a reçus.",
            Lang::Fr,
        );
        assert!(e.contains(&("Bourem".to_string(), EntityType::Place)), "{e:?}");
        assert!(!e.contains(&("Bourem".to_string(), EntityType::Person)), "{e:?}");
        assert!(e.contains(&("Hamadi Tembely".to_string(), EntityType::Person)), "{e:?}");
    }

    /// English writes months with a capital: a tagged span whose only capitalised words are a
    /// date is no organisation, and the event noun inside it stays an event.
    #[test]
    fn a_dated_event_noun_is_no_name() {
        let text = "Aid convoys to Ouallam have dwindled since the August 2023 coup, and the \
                    September 2024 ambush near Tera left the road empty. Hamadou Issaka, a trader, \
                    said the Islamic State Sahel Province now controls the area.";
        let p = Pipeline::default_pipeline().unwrap();
        let doc = Document {
            id: veille_core::doc_id(text, None),
            lang: Lang::En,
            lang_confidence: 1.0,
            text: text.to_string(),
            ..Document::default()
        };
        let rec = p.extract(&doc, &ExtractOptions::default());
        let names: Vec<&str> = rec.entities.iter().map(|e| e.name.as_str()).collect();
        assert!(!names.iter().any(|n| n.contains("2023") || n.contains("2024")), "{names:?}");
        let types: Vec<(String, bool)> =
            rec.events.iter().map(|e| (format!("{:?}", e.kind), e.background)).collect();
        assert!(rec.events.iter().any(|e| format!("{:?}", e.kind) == "Coerce" && e.background), "{types:?}");
        assert!(rec.events.iter().any(|e| format!("{:?}", e.kind) == "Assault"), "{types:?}");
    }
}
