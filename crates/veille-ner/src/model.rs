//! The tagging model: a hashed weight table over BILOU labels, greedy constrained decoding,
//! and its file format.
//!
//! File format (little-endian): magic `VNER`, u32 format version, u32 feature version, u8
//! hash bits, u32 meta length + meta JSON (types, training notes), f32 scale, u32 row count,
//! then for each non-zero row: varint delta of the row index and `labels` × i16 weights
//! (weight = i16 × scale). Ends with an FNV-1a 64 checksum of everything before it.

use crate::NerError;
use crate::features::{self, LexiconHook, N_STATIC, Scratch};
use crate::labels::Labels;
use serde::{Deserialize, Serialize};
use veille_core::{EntityType, Lang, Span};

const MAGIC: &[u8; 4] = b"VNER";
const FORMAT_VERSION: u32 = 1;

/// Label of a tagged span.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum NerLabel {
    Per,
    Org,
    Loc,
    Misc,
}

impl NerLabel {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "PER" => Some(NerLabel::Per),
            "ORG" => Some(NerLabel::Org),
            "LOC" => Some(NerLabel::Loc),
            "MISC" => Some(NerLabel::Misc),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            NerLabel::Per => "PER",
            NerLabel::Org => "ORG",
            NerLabel::Loc => "LOC",
            NerLabel::Misc => "MISC",
        }
    }
    /// veille entity type: PER → person, LOC → place, ORG → other_org; MISC has none.
    pub fn entity_type(self) -> Option<EntityType> {
        match self {
            NerLabel::Per => Some(EntityType::Person),
            NerLabel::Org => Some(EntityType::OtherOrg),
            NerLabel::Loc => Some(EntityType::Place),
            NerLabel::Misc => None,
        }
    }
}

/// One tagged entity: byte span into the text, label, and a confidence in 0..=1 (mean over its
/// tokens of the softmax probability of the chosen label, margins divided by the model's
/// temperature). The shipped models' temperature (32) was set so that the mean score matches
/// precision on development data; treat it as a rough confidence, not an exact probability.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NerSpan {
    pub span: Span,
    pub label: NerLabel,
    pub score: f32,
}

/// Descriptive metadata stored in the model file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ModelMeta {
    /// Entity types, in label order (`PER`, `ORG`, `LOC`, …).
    pub types: Vec<String>,
    /// Free-form training notes (corpora, seed, epochs, token counts).
    #[serde(default)]
    pub notes: String,
    /// Whether the model was trained with lexicon-class features (a [`LexiconHook`]).
    #[serde(default)]
    pub uses_lexicon: bool,
    /// Softmax temperature for span scores (margins are divided by it); 1 when absent.
    #[serde(default = "one")]
    pub temperature: f32,
}

fn one() -> f32 {
    1.0
}

/// A trained tagger. Immutable and `Send + Sync`: share one across threads.
#[derive(Clone, Debug)]
pub struct Model {
    pub(crate) meta: ModelMeta,
    pub(crate) labels: Labels,
    pub(crate) kinds: Vec<NerLabel>,
    pub(crate) bits: u8,
    pub(crate) scale: f32,
    pub(crate) table: WeightTable,
}

/// The hashed weight table: `2^bits` rows of `nl` i16 weights, dense, so scoring a feature is
/// one branch-free indexed load. The file stores only the non-zero rows.
#[derive(Clone, Debug, Default)]
pub(crate) struct WeightTable {
    nl: usize,
    weights: Vec<i16>,
}

impl WeightTable {
    /// From ascending row ids and their weights (`keys.len() × nl`, flat).
    fn build(nl: usize, bits: u8, keys: &[u32], flat: &[i16]) -> WeightTable {
        let mut weights = vec![0i16; (1usize << bits) * nl];
        for (&k, w) in keys.iter().zip(flat.chunks_exact(nl)) {
            let at = k as usize * nl;
            weights[at..at + nl].copy_from_slice(w);
        }
        WeightTable { nl, weights }
    }

    /// Weights of row `k` (`k < 2^bits`).
    #[inline]
    pub(crate) fn row(&self, k: usize) -> &[i16] {
        &self.weights[k * self.nl..(k + 1) * self.nl]
    }

    /// Non-zero rows, ascending: `(row id, weights)`.
    fn nonzero(&self) -> impl Iterator<Item = (usize, &[i16])> {
        self.weights.chunks_exact(self.nl).enumerate().filter(|(_, r)| r.iter().any(|&x| x != 0))
    }

    fn len(&self) -> usize {
        self.nonzero().count()
    }
}

static DEFAULT_FR: &[u8] = include_bytes!("../../../data/models/ner-fr.bin");
static DEFAULT_EN: &[u8] = include_bytes!("../../../data/models/ner-en.bin");

impl Model {
    /// The shipped French model (`data/models/ner-fr.bin`, embedded in the binary). French is
    /// veille's main language; use [`Model::load_default_for`] or [`Models`] for English.
    pub fn load_default() -> Result<Model, NerError> {
        Model::from_bytes(DEFAULT_FR)
    }

    /// The shipped model for a language: French (`ner-fr.bin`) for `Lang::Fr`, English
    /// (`ner-en.bin`) for `Lang::En`, the French one for any other language.
    pub fn load_default_for(lang: Lang) -> Result<Model, NerError> {
        match lang {
            Lang::En => Model::from_bytes(DEFAULT_EN),
            _ => Model::from_bytes(DEFAULT_FR),
        }
    }

    /// Reads a model file.
    pub fn load(path: impl AsRef<std::path::Path>) -> Result<Model, NerError> {
        let p = path.as_ref();
        let b = std::fs::read(p).map_err(|e| NerError::io(p, e))?;
        Model::from_bytes(&b)
    }

    pub fn meta(&self) -> &ModelMeta {
        &self.meta
    }

    /// The same model with another score temperature (stored in the file when saved).
    pub fn with_temperature(mut self, t: f32) -> Model {
        self.meta.temperature = t;
        self
    }

    /// Number of labels (O + 4 per type).
    pub fn n_labels(&self) -> usize {
        self.labels.len()
    }

    /// Number of non-zero rows of the weight table.
    pub fn nonzero_rows(&self) -> usize {
        self.table.len()
    }

    /// Tags one sentence whose tokens are `tokens` (byte spans into `text`, in order, on char
    /// boundaries, as `veille_text::segment` gives them; panics on spans outside `text`).
    pub fn tag(&self, text: &str, tokens: &[Span]) -> Vec<NerSpan> {
        self.tag_with(text, tokens, None)
    }

    /// As [`Model::tag`], with lexicon classes for the tokens (see [`LexiconHook`]).
    pub fn tag_with(&self, text: &str, tokens: &[Span], hook: Option<&dyn LexiconHook>) -> Vec<NerSpan> {
        self.tag_sentences(text, std::iter::once(tokens), hook)
    }

    /// Tags several sentences of one text (each a slice of token spans), reusing the working
    /// buffers between sentences.
    pub fn tag_sentences<'t>(
        &self,
        text: &str,
        sentences: impl IntoIterator<Item = &'t [Span]>,
        hook: Option<&dyn LexiconHook>,
    ) -> Vec<NerSpan> {
        let mut scratch = Scratch::default();
        let mut labels = Vec::new();
        let mut probs = Vec::new();
        let mut out = Vec::new();
        for tokens in sentences {
            self.decode(text, tokens, hook, &mut scratch, &mut labels, &mut probs);
            for (a, b, t) in Labels::decode(&labels) {
                let score = probs[a..=b].iter().sum::<f32>() / (b - a + 1) as f32;
                out.push(NerSpan {
                    span: Span::new(tokens[a].start, tokens[b].end),
                    label: self.kinds[t],
                    score,
                });
            }
        }
        out
    }

    /// Greedy left-to-right decoding under BILOU constraints.
    pub(crate) fn decode(
        &self,
        text: &str,
        tokens: &[Span],
        hook: Option<&dyn LexiconHook>,
        scratch: &mut Scratch,
        labels: &mut Vec<u16>,
        probs: &mut Vec<f32>,
    ) {
        let n = tokens.len();
        labels.clear();
        probs.clear();
        if n == 0 {
            return;
        }
        scratch.compute(text, tokens, hook);
        let nl = self.labels.len();
        let mask = (1usize << self.bits) - 1;
        let mut scores = [0i32; 64];
        let (mut p1, mut p2) = (u16::MAX, u16::MAX);
        for i in 0..n {
            let sc = &mut scores[..nl];
            sc.fill(0);
            let stat = &scratch.feats[i * N_STATIC..(i + 1) * N_STATIC];
            for &h in stat.iter().chain(features::dynamic(scratch, i, p1, p2).iter()) {
                for (s, &w) in sc.iter_mut().zip(self.table.row(h as usize & mask)) {
                    *s += w as i32;
                }
            }
            let prev = if p1 == u16::MAX { None } else { Some(p1) };
            let last = i + 1 == n;
            let mut best = 0u16;
            let mut best_s = i32::MIN;
            for (l, &s) in sc.iter().enumerate() {
                if s > best_s && Labels::allowed(prev, l as u16, last) {
                    best = l as u16;
                    best_s = s;
                }
            }
            // softmax probability of the chosen label among the allowed ones
            // (labels more than ~17 nats below the best add < 1e-7 and are skipped)
            let unit = self.scale / self.meta.temperature.max(1e-3);
            let floor = best_s.saturating_sub((17.0 / unit) as i32);
            let mut z = 0f32;
            for (l, &s) in sc.iter().enumerate() {
                if s > floor && Labels::allowed(prev, l as u16, last) {
                    z += ((s - best_s) as f32 * unit).exp();
                }
            }
            labels.push(best);
            probs.push(1.0 / z);
            p2 = p1;
            p1 = best;
        }
    }

    /// Serializes the model (see the module doc for the format).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut b = Vec::new();
        b.extend_from_slice(MAGIC);
        b.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        b.extend_from_slice(&features::FEATURE_VERSION.to_le_bytes());
        b.push(self.bits);
        let meta = serde_json::to_vec(&self.meta).unwrap_or_default();
        b.extend_from_slice(&(meta.len() as u32).to_le_bytes());
        b.extend_from_slice(&meta);
        b.extend_from_slice(&self.scale.to_le_bytes());
        let nl = self.labels.len();
        let rows: Vec<(usize, &[i16])> = self.table.nonzero().collect();
        b.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        let mut last = 0usize;
        for (r, w) in rows {
            write_varint(&mut b, (r - last) as u64);
            last = r;
            debug_assert_eq!(w.len(), nl);
            for &x in w {
                b.extend_from_slice(&x.to_le_bytes());
            }
        }
        let sum = fnv(&b);
        b.extend_from_slice(&sum.to_le_bytes());
        b
    }

    /// Writes the model file.
    pub fn save(&self, path: impl AsRef<std::path::Path>) -> Result<(), NerError> {
        let p = path.as_ref();
        std::fs::write(p, self.to_bytes()).map_err(|e| NerError::io(p, e))
    }

    /// Parses a model file.
    pub fn from_bytes(b: &[u8]) -> Result<Model, NerError> {
        let bad = |m: &str| NerError::Model(m.to_string());
        if b.len() < 8 + 4 || &b[..4] != MAGIC {
            return Err(bad("not a veille NER model (magic VNER missing)"));
        }
        let (body, sum) = b.split_at(b.len() - 8);
        if fnv(body).to_le_bytes() != sum {
            return Err(bad("checksum mismatch: the file is truncated or corrupted"));
        }
        let mut r = Reader { b: body, pos: 4 };
        let fv = r.u32()?;
        if fv != FORMAT_VERSION {
            return Err(NerError::Model(format!("format version {fv}, this build reads {FORMAT_VERSION}")));
        }
        let feat = r.u32()?;
        if feat != features::FEATURE_VERSION {
            return Err(NerError::Model(format!(
                "trained with feature set {feat}, this build computes feature set {}: retrain with `veille train ner`",
                features::FEATURE_VERSION
            )));
        }
        let bits = r.take(1)?[0];
        if !(8..=22).contains(&bits) {
            return Err(bad("hash bits out of range"));
        }
        let ml = r.u32()? as usize;
        let meta: ModelMeta =
            serde_json::from_slice(r.take(ml)?).map_err(|e| NerError::Model(format!("bad metadata: {e}")))?;
        if meta.types.is_empty() || meta.types.len() > 15 {
            return Err(bad("metadata must list 1 to 15 entity types"));
        }
        let scale = f32::from_le_bytes(r.take(4)?.try_into().map_err(|_| bad("scale"))?);
        let labels = Labels::new(meta.types.clone());
        let nl = labels.len();
        let nrows = 1usize << bits;
        let count = r.u32()? as usize;
        if count > nrows {
            return Err(bad("more rows than the table holds"));
        }
        let mut keys = Vec::with_capacity(count);
        let mut flat = Vec::with_capacity(count * nl);
        let mut row = 0usize;
        for k in 0..count {
            let d = r.varint()? as usize;
            if k > 0 && d == 0 {
                return Err(bad("row indices not strictly ascending"));
            }
            row += d;
            if row >= nrows {
                return Err(bad("row index out of range"));
            }
            let src = r.take(2 * nl)?;
            keys.push(row as u32);
            flat.extend(src.chunks_exact(2).map(|c| i16::from_le_bytes([c[0], c[1]])));
        }
        let table = WeightTable::build(nl, bits, &keys, &flat);
        if r.pos != body.len() {
            return Err(bad("trailing bytes after the weight table"));
        }
        let kinds = meta.types.iter().map(|t| NerLabel::parse(t).unwrap_or(NerLabel::Misc)).collect();
        Ok(Model { meta, labels, kinds, bits, scale, table })
    }

    /// Builds a model from float weights (`rows × labels`), quantizing to i16; weights of
    /// magnitude below `prune` become zero (rows left all zero are not stored).
    pub(crate) fn from_float(meta: ModelMeta, bits: u8, w: &[f32], prune: f32) -> Model {
        let maxabs = w.iter().fold(0f32, |m, &x| m.max(x.abs()));
        let scale = if maxabs > 0.0 { maxabs / 32767.0 } else { 1.0 };
        let labels = Labels::new(meta.types.clone());
        let nl = labels.len();
        let mut keys = Vec::new();
        let mut flat = Vec::new();
        let mut q = vec![0i16; nl];
        for (r, ws) in w.chunks_exact(nl).enumerate() {
            for (d, &x) in q.iter_mut().zip(ws) {
                *d = if x.abs() < prune { 0 } else { (x / scale).round().clamp(-32767.0, 32767.0) as i16 };
            }
            if q.iter().any(|&x| x != 0) {
                keys.push(r as u32);
                flat.extend_from_slice(&q);
            }
        }
        let table = WeightTable::build(nl, bits, &keys, &flat);
        let kinds = meta.types.iter().map(|t| NerLabel::parse(t).unwrap_or(NerLabel::Misc)).collect();
        Model { meta, labels, kinds, bits, scale, table }
    }
}

fn fnv(b: &[u8]) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for &x in b {
        h ^= x as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01B3);
    }
    h
}

fn write_varint(b: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        b.push((v as u8) | 0x80);
        v >>= 7;
    }
    b.push(v as u8);
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], NerError> {
        if self.pos + n > self.b.len() {
            return Err(NerError::Model("unexpected end of file".into()));
        }
        let s = &self.b[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    fn u32(&mut self) -> Result<u32, NerError> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn varint(&mut self) -> Result<u64, NerError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let x = self.take(1)?[0];
            v |= ((x & 0x7f) as u64) << shift;
            if x & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(NerError::Model("bad varint".into()))
    }
}

/// The shipped models of every language, loaded once; pick one per document with
/// [`Models::for_lang`].
#[derive(Clone, Debug)]
pub struct Models {
    pub fr: Model,
    pub en: Model,
}

impl Models {
    /// Loads the embedded French and English models.
    pub fn load_default() -> Result<Models, NerError> {
        Ok(Models { fr: Model::load_default_for(Lang::Fr)?, en: Model::load_default_for(Lang::En)? })
    }

    /// The model for a document's language (French for languages other than English).
    pub fn for_lang(&self, lang: Lang) -> &Model {
        match lang {
            Lang::En => &self.en,
            _ => &self.fr,
        }
    }
}
