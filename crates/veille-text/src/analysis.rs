//! Everything the text layer knows about one document, in one call.

use serde::Serialize;
use veille_core::{Lang, PartialDate};

use crate::dates::{DateMention, dates_folded};
use crate::lexicon::FoldedTokens;
use crate::quantity::{Quantity, quantities_folded};
use crate::quote::{Quote, quotes_folded};
use crate::segment::{Segmentation, segment};

#[derive(Clone, Debug, Default, Serialize)]
pub struct TextAnalysis {
    pub seg: Segmentation,
    pub quantities: Vec<Quantity>,
    pub dates: Vec<DateMention>,
    pub quotes: Vec<Quote>,
}

/// Segments `text` (normalized) and reads its quantities, dates and quotations. The tokens are
/// folded once and shared by the three readers.
pub fn analyze(text: &str, lang: Lang, published: Option<PartialDate>) -> TextAnalysis {
    let seg = segment(text, lang);
    let ft = FoldedTokens::new(text, &seg);
    let quantities = quantities_folded(text, &seg, &ft, lang);
    let dates = dates_folded(text, &seg, &ft, lang, published);
    let quotes = quotes_folded(text, &seg, &ft, lang);
    TextAnalysis { seg, quantities, dates, quotes }
}
