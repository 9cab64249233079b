//! Averaged-perceptron named-entity tagger for French and English.
//!
//! - [`Model`]: one language's tagger; [`Models::load_default`] loads the embedded French and
//!   English models (`data/models/ner-fr.bin`, `ner-en.bin`); tag one sentence
//!   ([`Model::tag`]) → [`NerSpan`]s with byte spans, labels PER / ORG / LOC, and a score.
//! - [`provisional_entities`]: the pipeline stage: tagger mentions the knowledge base did not
//!   find, as unresolved [`EntityMention`]s; [`provisional_entities_filtered`] keeps only
//!   confident spans and does not make persons or organisations of known place names
//!   ([`provisional`]).
//! - [`train`](mod@train): the trainer; [`corpus`]: readers for POPCORN, Europeana, re3d;
//!   [`eval`]: the CoNLL-style scorer.
//!
//! Tokens come from `veille_text::segment`, for training and tagging alike.
//!
//! Architecture invariant: no I/O at tagging time; the model is embedded or loaded once.

pub mod corpus;
mod error;
pub mod eval;
mod features;
pub mod labels;
pub mod lexicon;
mod model;
pub mod provisional;
pub mod train;
mod trim;

pub use error::NerError;
pub use features::LexiconHook;
pub use lexicon::WordLexicon;
pub use model::{Model, ModelMeta, Models, NerLabel, NerSpan};
pub use provisional::{KnownNames, ProvisionalFilter, Verdict};
pub use train::{TrainConfig, TrainReport, train};

use veille_core::{EntityMention, EntityType, Lang, MentionSource, Span};
use veille_text::Segmentation;

/// Token spans of a segmentation, in order (slice them by `Sentence::tokens` for [`Model::tag`]).
pub fn token_spans(seg: &Segmentation) -> Vec<Span> {
    seg.tokens.iter().map(|t| t.span).collect()
}

/// Tags every sentence of a segmented text.
pub fn tag_segmented(model: &Model, text: &str, seg: &Segmentation) -> Vec<NerSpan> {
    let toks = token_spans(seg);
    model.tag_sentences(text, seg.sentences.iter().map(|s| &toks[s.tokens.clone()]), None)
}

/// The tagger stage of the pipeline: tagger mentions that do not overlap any knowledge-base
/// mention, as provisional entities: `id: None`, kind from the label (PER → person,
/// ORG → other_org, LOC → place; MISC dropped), `source: Tagger`,
/// `reason: "not in knowledge base"`. Mentions the KB found keep the KB's resolution.
pub fn provisional_entities(
    text: &str,
    seg: &Segmentation,
    model: &Model,
    kb_mentions: &[EntityMention],
) -> Vec<EntityMention> {
    provisional_entities_with(text, seg, model, kb_mentions, None)
}

/// As [`provisional_entities`], for a model trained with a lexicon hook (pass the same one).
pub fn provisional_entities_with(
    text: &str,
    seg: &Segmentation,
    model: &Model,
    kb_mentions: &[EntityMention],
    hook: Option<&dyn LexiconHook>,
) -> Vec<EntityMention> {
    let toks = token_spans(seg);
    model
        .tag_sentences(text, seg.sentences.iter().map(|s| &toks[s.tokens.clone()]), hook)
        .into_iter()
        .filter(|s| !kb_mentions.iter().any(|m| m.span.overlaps(s.span)))
        .filter_map(|s| {
            Some(EntityMention {
                span: s.span,
                id: None,
                name: s.span.slice(text).to_string(),
                kind: s.label.entity_type()?,
                country: None,
                source: MentionSource::Tagger,
                candidates: Vec::new(),
                reason: Some("not in knowledge base".to_string()),
                members: Vec::new(),
            })
        })
        .collect()
}

/// The tagger stage with its filter ([`ProvisionalFilter`]): as [`provisional_entities_with`],
/// keeping only spans at or above the confidence floor of their language and label, and reading
/// a PER/ORG span whose text `known` gives another type as a place (a gazetteer name) or not
/// at all (a knowledge-base alias of another kind), unless a person/organisation cue precedes it.
/// One pass over the tagged spans; one scratch buffer for the name checks.
#[allow(clippy::too_many_arguments)]
pub fn provisional_entities_filtered(
    text: &str,
    seg: &Segmentation,
    lang: Lang,
    model: &Model,
    kb_mentions: &[EntityMention],
    hook: Option<&dyn LexiconHook>,
    filter: &ProvisionalFilter,
    known: Option<&dyn KnownNames>,
) -> Vec<EntityMention> {
    let toks = token_spans(seg);
    let mut buf = String::new();
    model
        .tag_sentences(text, seg.sentences.iter().map(|s| &toks[s.tokens.clone()]), hook)
        .into_iter()
        .filter(|s| !kb_mentions.iter().any(|m| m.span.overlaps(s.span)))
        .filter_map(|s| {
            let (kind, reason) = match filter.verdict(text, lang, &s, known, &mut buf) {
                Verdict::Drop => return None,
                Verdict::Keep => (s.label.entity_type()?, "not in knowledge base"),
                Verdict::AsPlace => (
                    EntityType::Place,
                    "not in knowledge base; a place name (tagged as a person or organisation)",
                ),
            };
            Some(EntityMention {
                span: s.span,
                id: None,
                name: s.span.slice(text).to_string(),
                kind,
                country: None,
                source: MentionSource::Tagger,
                candidates: Vec::new(),
                reason: Some(reason.to_string()),
                members: Vec::new(),
            })
        })
        .collect()
}
