//! Averaged-perceptron named-entity tagger for French and English.
//!
//! - [`Model`]: load ([`Model::load_default`] embeds `data/models/ner.bin`), tag one sentence
//!   ([`Model::tag`]) → [`NerSpan`]s with byte spans, labels PER / ORG / LOC, and a score.
//! - [`provisional_entities`]: the pipeline stage: tagger mentions the knowledge base did not
//!   find, as unresolved [`EntityMention`]s.
//! - [`train`](mod@train): the trainer; [`corpus`]: readers for POPCORN, Europeana, re3d;
//!   [`eval`]: the CoNLL-style scorer.
//!
//! Architecture invariant: no I/O at tagging time; the model is embedded or loaded once.

pub mod corpus;
mod error;
pub mod eval;
mod features;
pub mod labels;
mod model;
pub mod tokenize;
pub mod train;

pub use error::NerError;
pub use features::LexiconHook;
pub use model::{Model, ModelMeta, NerLabel, NerSpan};
pub use train::{TrainConfig, TrainReport, train};

use veille_core::{EntityMention, MentionSource, Span};

/// Tags a whole text with the crate's own segmenter ([`tokenize::segment`]).
pub fn tag_text(model: &Model, text: &str) -> Vec<NerSpan> {
    let (sents, toks) = tokenize::segment(text);
    sents.iter().flat_map(|s| model.tag(text, &toks[s.tokens.clone()])).collect()
}

/// Tagger mentions that do not overlap any knowledge-base mention, as provisional entities:
/// `id: None`, kind from the label (PER → person, ORG → other_org, LOC → place; MISC dropped),
/// `source: Tagger`, `reason: "not in knowledge base"`. `sentences` are the token spans of each
/// sentence (e.g. from `veille_text::segment`).
pub fn provisional_entities(
    text: &str,
    sentences: &[&[Span]],
    model: &Model,
    kb_mentions: &[EntityMention],
) -> Vec<EntityMention> {
    let mut out = Vec::new();
    for toks in sentences {
        for s in model.tag(text, toks) {
            let Some(kind) = s.label.entity_type() else { continue };
            if kb_mentions.iter().any(|m| m.span.overlaps(s.span)) {
                continue;
            }
            out.push(EntityMention {
                span: s.span,
                id: None,
                name: s.span.slice(text).to_string(),
                kind,
                country: None,
                source: MentionSource::Tagger,
                candidates: Vec::new(),
                reason: Some("not in knowledge base".to_string()),
                members: Vec::new(),
            });
        }
    }
    out
}
