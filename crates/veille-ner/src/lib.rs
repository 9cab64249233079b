//! Averaged-perceptron named-entity tagger for French and English.
//!
//! - [`Model`]: one language's tagger; [`Models::load_default`] loads the embedded French and
//!   English models (`data/models/ner-fr.bin`, `ner-en.bin`); tag one sentence
//!   ([`Model::tag`]) → [`NerSpan`]s with byte spans, labels PER / ORG / LOC, and a score.
//! - [`provisional_entities`]: the pipeline stage: tagger mentions the knowledge base did not
//!   find, as unresolved [`EntityMention`]s.
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
pub mod train;

pub use error::NerError;
pub use features::LexiconHook;
pub use lexicon::WordLexicon;
pub use model::{Model, ModelMeta, Models, NerLabel, NerSpan};
pub use train::{TrainConfig, TrainReport, train};

use veille_core::{EntityMention, MentionSource, Span};
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
