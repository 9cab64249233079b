//! The working state of one document as it passes through the pipeline's stages.

use veille_core::record::EventRecord;
use veille_core::{CharIndex, Document, EntityMention, PartialDate, PlaceMention, Precision, Span};
use veille_text::{Folded, Segmentation};

/// A number the text layer found ("5 000 hommes", "au moins 27"), as the event extractor reads it.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub span: Span,
    pub value: u64,
    pub approx: bool,
    /// The unit noun right after the number ("hommes"), when the text layer found one.
    pub unit_span: Option<Span>,
}

/// A date expression of the text layer, resolved against the publication date when possible.
#[derive(Clone, Debug, PartialEq)]
pub struct DateRef {
    pub span: Span,
    pub date: Option<PartialDate>,
    pub precision: Precision,
    /// Why `date` is None, when it is.
    pub reason: Option<String>,
}

/// A quotation: its content and, when known, the span naming its speaker.
#[derive(Clone, Debug, PartialEq)]
pub struct QuoteRef {
    pub span: Span,
    pub outer: Span,
    pub speaker: Option<Span>,
    /// Reported speech without quotation marks ("X said it had …").
    pub indirect: bool,
}

/// One document with every annotation layer the stages have produced so far.
///
/// All spans are byte offsets into `doc.text`.
pub struct Analysis<'d> {
    pub doc: &'d Document,
    /// Fill `EventRecord::explain`.
    pub explain: bool,
    pub seg: Segmentation,
    pub figures: Vec<Figure>,
    pub dates: Vec<DateRef>,
    pub quotes: Vec<QuoteRef>,
    /// Actor mentions (knowledge base, then provisional ones from the tagger), sorted by start.
    pub entities: Vec<EntityMention>,
    pub places: Vec<PlaceMention>,
    pub events: Vec<EventRecord>,
    pub chars: CharIndex,
    /// The document folded (case, accents) with its offset map: made once, on first use, and
    /// shared by the stages that match lexicons over it (knowledge base, gazetteer, triggers).
    folded: std::cell::OnceCell<Folded>,
}

impl<'d> Analysis<'d> {
    pub fn new(doc: &'d Document, explain: bool) -> Self {
        Analysis {
            doc,
            explain,
            seg: Segmentation::default(),
            figures: Vec::new(),
            dates: Vec::new(),
            quotes: Vec::new(),
            entities: Vec::new(),
            places: Vec::new(),
            events: Vec::new(),
            chars: CharIndex::new(&doc.text),
            folded: std::cell::OnceCell::new(),
        }
    }

    /// `veille_text::fold` of the document's text, made on the first call.
    pub fn folded(&self) -> &Folded {
        self.folded.get_or_init(|| veille_text::fold(&self.doc.text))
    }

    /// Text of a byte span of the document.
    pub fn text(&self, s: Span) -> &str {
        &self.doc.text[s.start..s.end]
    }
}
