//! The tagging model: a hashed weight table over BILOU labels, greedy constrained decoding,
//! and its file format.
//!
//! File format (little-endian): magic `VNER`, u32 format version, u32 feature version, u8
//! hash bits, u32 meta length + meta JSON (types, training notes), f32 scale, u32 row count,
//! then for each non-zero row: varint delta of the row index and `labels` × i16 weights
//! (weight = i16 × scale). Ends with an FNV-1a 64 checksum of everything before it.

use crate::NerError;
use crate::features::{self, LexiconHook, N_STATIC, PAD, PAD_BOS, PAD_EOS, Scratch, Tok};
use crate::labels::Labels;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::sync::Mutex;
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
    pub(crate) dec: DecodeTables,
    /// Word memos filled from this model's `table` (see [`WordMemo`]), one per thread tagging
    /// at the same time; a clone starts with none.
    memos: MemoPool,
}

/// Weights of one row chunk: 16 labels, 32-byte aligned so a row never straddles a cache line
/// and the compiler adds it to the scores with vector instructions.
#[derive(Clone, Copy, Debug, Default)]
#[repr(align(32))]
pub(crate) struct Lane([i16; LANES]);

/// Score accumulator for one chunk of 16 labels.
#[derive(Clone, Copy, Debug, Default)]
#[repr(align(64))]
pub(crate) struct Acc([i32; LANES]);

const LANES: usize = 16;

impl Acc {
    #[inline(always)]
    fn add(&mut self, l: &Lane) {
        for (a, &w) in self.0.iter_mut().zip(&l.0) {
            *a += w as i32;
        }
    }
    #[inline(always)]
    fn add_acc(&mut self, o: &Acc) {
        for (a, &w) in self.0.iter_mut().zip(&o.0) {
            *a += w;
        }
    }
}

/// The hashed weight table: `2^bits` rows of `nl` i16 weights, dense, so scoring a feature is
/// one branch-free indexed load. Rows are padded to a multiple of 16 labels (`chunks` lanes
/// each). The file stores only the non-zero rows.
#[derive(Clone, Debug, Default)]
pub(crate) struct WeightTable {
    nl: usize,
    chunks: usize,
    lanes: Vec<Lane>,
}

impl WeightTable {
    /// From ascending row ids and their weights (`keys.len() × nl`, flat).
    fn build(nl: usize, bits: u8, keys: &[u32], flat: &[i16]) -> WeightTable {
        let chunks = nl.div_ceil(LANES).max(1);
        let mut lanes = vec![Lane::default(); (1usize << bits) * chunks];
        for (&k, w) in keys.iter().zip(flat.chunks_exact(nl)) {
            let row = &mut lanes[k as usize * chunks..(k as usize + 1) * chunks];
            for (lane, part) in row.iter_mut().zip(w.chunks(LANES)) {
                lane.0[..part.len()].copy_from_slice(part);
            }
        }
        WeightTable { nl, chunks, lanes }
    }

    /// Lanes of row `k` (`k < 2^bits`).
    #[inline(always)]
    pub(crate) fn row(&self, k: usize) -> &[Lane] {
        &self.lanes[k * self.chunks..(k + 1) * self.chunks]
    }

    /// Weights of row `k`, `nl` of them.
    fn weights(&self, k: usize) -> impl Iterator<Item = i16> + '_ {
        self.row(k).iter().flat_map(|l| l.0).take(self.nl)
    }

    /// Non-zero rows, ascending: `(row id, weights)`.
    fn nonzero(&self) -> impl Iterator<Item = (usize, Vec<i16>)> + '_ {
        (0..self.lanes.len() / self.chunks)
            .filter(|&k| self.weights(k).any(|x| x != 0))
            .map(|k| (k, self.weights(k).collect()))
    }

    fn len(&self) -> usize {
        (0..self.lanes.len() / self.chunks).filter(|&k| self.weights(k).any(|x| x != 0)).count()
    }
}

/// Tables derived from the model at load time for decoding.
#[derive(Clone, Debug, Default)]
pub(crate) struct DecodeTables {
    /// Summed rows of the two tag-history features that depend on the previous two labels
    /// only (previous tag; previous two tags): `(nl + 1)²` entries (`0` = none, `l + 1` = label
    /// `l`), `chunks` accumulators each.
    pairs: Vec<Acc>,
    /// Allowed-label bit masks by previous label (`0` = sentence start, `l + 1`) and whether the
    /// token is the last of the sentence: index `2 × prev + last`.
    allowed: Vec<u64>,
}

impl DecodeTables {
    fn new(labels: &Labels, bits: u8, table: &WeightTable) -> DecodeTables {
        let nl = labels.len();
        let mask = (1usize << bits) - 1;
        let chunks = table.chunks;
        let tag = |p: usize| if p == 0 { u16::MAX } else { (p - 1) as u16 };
        let mut pairs = vec![Acc::default(); (nl + 1) * (nl + 1) * chunks];
        for p1 in 0..=nl {
            for p2 in 0..=nl {
                let at = (p1 * (nl + 1) + p2) * chunks;
                let [f40, f41, _, _] = features::dynamic_hashes(tag(p1), tag(p2), 0, 0);
                for h in [f40, f41] {
                    for (a, l) in pairs[at..at + chunks].iter_mut().zip(table.row(h as usize & mask)) {
                        a.add(l);
                    }
                }
            }
        }
        let mut allowed = vec![0u64; (nl + 1) * 2];
        for p in 0..=nl {
            let prev = if p == 0 { None } else { Some((p - 1) as u16) };
            for last in [false, true] {
                allowed[2 * p + last as usize] =
                    (0..nl).filter(|&l| Labels::allowed(prev, l as u16, last)).fold(0u64, |m, l| m | 1 << l);
            }
        }
        DecodeTables { pairs, allowed }
    }
}

/// Reusable decoding buffers (static scores of a sentence).
#[derive(Default)]
pub(crate) struct DecodeBuf {
    stat: Vec<Acc>,
    acc: Vec<Acc>,
    flat: Vec<i32>,
    /// Word-memo entries of the sentence's tokens, with the padding (memo decoding).
    ids: Vec<u32>,
    runs: Vec<(u64, u64)>,
}

/// Memo of the word types a thread has tagged, for models of one lane (≤ 16 labels) used
/// without a lexicon hook (the pipeline's case): for each distinct token text, its facts and
/// the summed weight rows of its 24 static features that read that token alone (the
/// [`features::role_features`]: as the tagged token, the previous one, two before, the next
/// one, two after). A token then costs one hash lookup, five row sums and the 11 features
/// that combine neighbours, instead of 35 feature hashes and rows. Integer sums: the scores
/// are exactly those of [`Model::decode`]. Entries 0 and 1 are the sentence padding; the memo
/// is emptied when it reaches [`WordMemo::CAP`] words.
pub(crate) struct WordMemo {
    ids: FxHashMap<Box<str>, u32>,
    words: Vec<MemoWord>,
    lower: String,
}

/// One word type of a [`WordMemo`].
struct MemoWord {
    tok: Tok,
    /// Summed rows of its features as the tagged token, previous, two before, next, two after.
    rows: [Acc; 5],
}

const ROLE_OWN: usize = 0;
const ROLE_PREV: usize = 1;
const ROLE_PREV2: usize = 2;
const ROLE_NEXT: usize = 3;
const ROLE_NEXT2: usize = 4;
const MEMO_BOS: u32 = 0;
const MEMO_EOS: u32 = 1;

impl WordMemo {
    /// Words kept before the memo is emptied: about 500 bytes each (the five summed rows are
    /// most of it), so at most ~4 MB per memo, one memo per model and tagging thread. News text
    /// repeats its frequent words (function words, names of the day) well within that.
    const CAP: usize = 1 << 13;

    fn new(m: &Model) -> WordMemo {
        let mut memo = WordMemo { ids: FxHashMap::default(), words: Vec::new(), lower: String::new() };
        memo.reset(m);
        memo
    }

    fn reset(&mut self, m: &Model) {
        self.ids.clear();
        self.words.clear();
        self.words.push(MemoWord::new(m, PAD_BOS));
        self.words.push(MemoWord::new(m, PAD_EOS));
    }

    /// The entry of token text `w`, added if new.
    #[inline]
    fn id(&mut self, m: &Model, w: &str) -> u32 {
        if let Some(&id) = self.ids.get(w) {
            return id;
        }
        if self.words.len() >= Self::CAP {
            self.reset(m);
        }
        let id = self.words.len() as u32;
        self.words.push(MemoWord::new(m, features::token_facts(w, None, &mut self.lower)));
        self.ids.insert(w.into(), id);
        id
    }
}

impl MemoWord {
    fn new(m: &Model, tok: Tok) -> MemoWord {
        let f = features::role_features(&tok);
        let mask = (1usize << m.bits) - 1;
        let sum = |hs: &[u64]| {
            let mut a = Acc::default();
            for &h in hs {
                a.add(&m.table.lanes[h as usize & mask]);
            }
            a
        };
        MemoWord { tok, rows: [sum(&f.own), sum(&f.prev), sum(&[f.prev2]), sum(&f.next), sum(&[f.next2])] }
    }
}

/// The [`WordMemo`]s of a model: a tagging call takes one (or makes one) and gives it back.
#[derive(Default)]
struct MemoPool(Mutex<Vec<WordMemo>>);

impl MemoPool {
    fn take(&self, m: &Model) -> WordMemo {
        self.0.lock().ok().and_then(|mut v| v.pop()).unwrap_or_else(|| WordMemo::new(m))
    }
    fn give_back(&self, memo: WordMemo) {
        if let Ok(mut v) = self.0.lock() {
            v.push(memo);
        }
    }
}

impl Clone for MemoPool {
    fn clone(&self) -> MemoPool {
        MemoPool::default()
    }
}

impl std::fmt::Debug for MemoPool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MemoPool")
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
        let mut buf = DecodeBuf::default();
        let mut labels = Vec::new();
        let mut probs = Vec::new();
        let mut out = Vec::new();
        let mut memo = (hook.is_none() && self.table.chunks == 1).then(|| self.memos.take(self));
        for tokens in sentences {
            match memo.as_mut() {
                Some(memo) => self.decode_memo(text, tokens, memo, &mut buf, &mut labels, &mut probs),
                None => self.decode(text, tokens, hook, &mut scratch, &mut buf, &mut labels, &mut probs),
            }
            for (a, b, t) in Labels::decode(&labels) {
                // a place or person span never runs over a verb or clause (see trim.rs)
                let Some(cut) = crate::trim::trimmed_end(text, tokens, a, b) else { continue };
                let b = if self.kinds[t] == NerLabel::Org {
                    crate::trim::org_end(text, tokens, a, b)
                } else {
                    cut
                };
                let score = probs[a..=b].iter().sum::<f32>() / (b - a + 1) as f32;
                out.push(NerSpan {
                    span: Span::new(tokens[a].start, tokens[b].end),
                    label: self.kinds[t],
                    score,
                });
            }
        }
        if let Some(memo) = memo {
            self.memos.give_back(memo);
        }
        out
    }

    /// As [`Model::decode`] for a one-lane model without lexicon hook, the static scores
    /// summed from the word memo (same labels and probabilities).
    pub(crate) fn decode_memo(
        &self,
        text: &str,
        tokens: &[Span],
        memo: &mut WordMemo,
        buf: &mut DecodeBuf,
        labels: &mut Vec<u16>,
        probs: &mut Vec<f32>,
    ) {
        let n = tokens.len();
        labels.clear();
        probs.clear();
        if n == 0 {
            return;
        }
        buf.ids.clear();
        buf.ids.extend([MEMO_BOS; PAD]);
        for sp in tokens {
            let id = memo.id(self, &text[sp.start..sp.end]);
            buf.ids.push(id);
        }
        buf.ids.extend([MEMO_EOS; PAD]);
        let words = &memo.words[..];
        let w = |k: usize| &words[buf.ids[k] as usize];
        features::capitalised_runs(
            buf.ids[PAD..PAD + n].iter().map(|&id| words[id as usize].tok.flags),
            &mut buf.runs,
        );
        let mask = (1usize << self.bits) - 1;
        let lanes = &self.table.lanes[..];
        buf.stat.clear();
        buf.stat.reserve(n);
        // bigrams (two before, previous), (previous, this), slid along the sentence
        // ((this, next) too: each bigram is computed once, as (next, two after))
        let (mut bi_pp, mut bi_p, mut bi_n) = (
            features::bigram(&w(PAD - 2).tok, &w(PAD - 1).tok),
            features::bigram(&w(PAD - 1).tok, &w(PAD).tok),
            features::bigram(&w(PAD).tok, &w(PAD + 1).tok),
        );
        for i in 0..n {
            let j = i + PAD;
            let (pp, p, t, nx, nn) = (w(j - 2), w(j - 1), w(j), w(j + 1), w(j + 2));
            let bi_nn = features::bigram(&nx.tok, &nn.tok);
            let mut a = t.rows[ROLE_OWN];
            a.add_acc(&p.rows[ROLE_PREV]);
            a.add_acc(&pp.rows[ROLE_PREV2]);
            a.add_acc(&nx.rows[ROLE_NEXT]);
            a.add_acc(&nn.rows[ROLE_NEXT2]);
            let bi = [bi_pp, bi_p, bi_n, bi_nn];
            let pos = features::sentence_position(i, n);
            for h in features::context_features(&p.tok, &t.tok, &nx.tok, bi, pos, buf.runs[i]) {
                a.add(&lanes[h as usize & mask]);
            }
            buf.stat.push(a);
            (bi_pp, bi_p, bi_n) = (bi_p, bi_n, bi_nn);
        }
        let ids = &buf.ids[PAD..PAD + n];
        self.greedy(
            n,
            |i| (words[ids[i] as usize].tok.lower, words[ids[i] as usize].tok.shape),
            &buf.stat,
            &mut buf.acc,
            &mut buf.flat,
            labels,
            probs,
        );
    }

    /// Greedy left-to-right decoding under BILOU constraints.
    ///
    /// The static features' rows are summed for every token first (independent loads the CPU
    /// overlaps); the tag-history part adds one precomputed pair row and two table rows.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn decode(
        &self,
        text: &str,
        tokens: &[Span],
        hook: Option<&dyn LexiconHook>,
        scratch: &mut Scratch,
        buf: &mut DecodeBuf,
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
        let ch = self.table.chunks;
        let mask = (1usize << self.bits) - 1;
        buf.stat.clear();
        buf.stat.resize(n * ch, Acc::default());
        if ch == 1 {
            // the shipped models (≤ 16 labels): one lane per row, the sum kept in registers
            let lanes = &self.table.lanes[..];
            for (acc, stat) in buf.stat.iter_mut().zip(scratch.feats.chunks_exact(N_STATIC)) {
                let mut a = Acc::default();
                for &h in stat {
                    a.add(&lanes[h as usize & mask]);
                }
                *acc = a;
            }
        } else {
            for (acc, stat) in buf.stat.chunks_exact_mut(ch).zip(scratch.feats.chunks_exact(N_STATIC)) {
                for &h in stat {
                    for (a, l) in acc.iter_mut().zip(self.table.row(h as usize & mask)) {
                        a.add(l);
                    }
                }
            }
        }
        self.greedy(
            n,
            |i| (scratch.lower_hash(i), scratch.shape_hash(i)),
            &buf.stat,
            &mut buf.acc,
            &mut buf.flat,
            labels,
            probs,
        );
    }

    /// The greedy pass of [`Model::decode`] over the static scores `stat` (`chunks` per token)
    /// of `n` tokens, `word_shape(i)` giving the word and shape hashes of token `i`.
    #[allow(clippy::too_many_arguments)]
    fn greedy(
        &self,
        n: usize,
        word_shape: impl Fn(usize) -> (u64, u64),
        stat: &[Acc],
        acc: &mut Vec<Acc>,
        flat: &mut Vec<i32>,
        labels: &mut Vec<u16>,
        probs: &mut Vec<f32>,
    ) {
        let nl = self.labels.len();
        let ch = self.table.chunks;
        let mask = (1usize << self.bits) - 1;
        acc.clear();
        acc.resize(ch, Acc::default());
        let unit = self.scale / self.meta.temperature.max(1e-3);
        let below = (17.0 / unit) as i32;
        let (mut p1, mut p2) = (0usize, 0usize); // 0 = none, l + 1 = label l
        for i in 0..n {
            let pair = (p1 * (nl + 1) + p2) * ch;
            let tag = |p: usize| if p == 0 { u16::MAX } else { (p - 1) as u16 };
            let (word, shape) = word_shape(i);
            let [_, _, f42, f43] = features::dynamic_hashes(tag(p1), tag(p2), word, shape);
            let mut one;
            let sc: &[i32] = if ch == 1 {
                let lanes = &self.table.lanes[..];
                one = stat[i];
                one.add_acc(&self.dec.pairs[pair]);
                one.add(&lanes[f42 as usize & mask]);
                one.add(&lanes[f43 as usize & mask]);
                &one.0[..nl]
            } else {
                let acc = &mut acc[..];
                acc.copy_from_slice(&stat[i * ch..(i + 1) * ch]);
                for (a, o) in acc.iter_mut().zip(&self.dec.pairs[pair..pair + ch]) {
                    a.add_acc(o);
                }
                for h in [f42, f43] {
                    for (a, l) in acc.iter_mut().zip(self.table.row(h as usize & mask)) {
                        a.add(l);
                    }
                }
                flat.clear();
                flat.extend(acc.iter().flat_map(|a| a.0).take(nl));
                &flat[..]
            };
            let allowed = self.dec.allowed[2 * p1 + (i + 1 == n) as usize];
            // the allowed labels in increasing order, as set bits (a few of the labels after
            // most tags: the BILOU constraints leave only the inside or last label of a name)
            let bits = || {
                let mut m = allowed;
                std::iter::from_fn(move || {
                    (m != 0).then(|| {
                        let l = m.trailing_zeros() as usize;
                        m &= m - 1;
                        l
                    })
                })
            };
            let mut best = 0usize;
            let mut best_s = i32::MIN;
            for l in bits() {
                let s = sc[l];
                if s > best_s {
                    best = l;
                    best_s = s;
                }
            }
            // softmax probability of the chosen label among the allowed ones
            // (labels more than ~17 nats below the best add < 1e-7 and are skipped)
            let floor = best_s.saturating_sub(below);
            let mut z = 0f32;
            for l in bits() {
                let s = sc[l];
                if s > floor {
                    z += ((s - best_s) as f32 * unit).exp();
                }
            }
            labels.push(best as u16);
            probs.push(1.0 / z);
            p2 = p1;
            p1 = best + 1;
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
        let rows: Vec<(usize, Vec<i16>)> = self.table.nonzero().collect();
        b.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        let mut last = 0usize;
        for (r, w) in rows {
            write_varint(&mut b, (r - last) as u64);
            last = r;
            debug_assert_eq!(w.len(), nl);
            for x in w {
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
        let dec = DecodeTables::new(&labels, bits, &table);
        Ok(Model { meta, labels, kinds, bits, scale, table, dec, memos: MemoPool::default() })
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
        let dec = DecodeTables::new(&labels, bits, &table);
        Model { meta, labels, kinds, bits, scale, table, dec, memos: MemoPool::default() }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The first decoder: every feature row added label by label, allowed labels tested one by
    /// one. The fast decoder must give the same labels and bit-identical probabilities.
    fn reference_decode(m: &Model, text: &str, tokens: &[Span]) -> (Vec<u16>, Vec<f32>) {
        let mut scratch = Scratch::default();
        scratch.compute(text, tokens, None);
        let n = tokens.len();
        let nl = m.labels.len();
        let mask = (1usize << m.bits) - 1;
        let (mut labels, mut probs) = (Vec::new(), Vec::new());
        let (mut p1, mut p2) = (u16::MAX, u16::MAX);
        for i in 0..n {
            let mut sc = vec![0i32; nl];
            let stat = &scratch.feats[i * N_STATIC..(i + 1) * N_STATIC];
            for &h in stat.iter().chain(features::dynamic(&scratch, i, p1, p2).iter()) {
                for (s, w) in sc.iter_mut().zip(m.table.weights(h as usize & mask)) {
                    *s += w as i32;
                }
            }
            let prev = if p1 == u16::MAX { None } else { Some(p1) };
            let last = i + 1 == n;
            let (mut best, mut best_s) = (0u16, i32::MIN);
            for (l, &s) in sc.iter().enumerate() {
                if s > best_s && Labels::allowed(prev, l as u16, last) {
                    best = l as u16;
                    best_s = s;
                }
            }
            let unit = m.scale / m.meta.temperature.max(1e-3);
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
        (labels, probs)
    }

    /// A model with pseudo-random weights (`types` entity types, `2^bits` rows).
    fn random_model(types: usize, bits: u8, seed: u64) -> Model {
        let meta = ModelMeta {
            types: (0..types).map(|t| ["PER", "ORG", "LOC", "MISC"][t % 4].to_string()).collect(),
            notes: String::new(),
            uses_lexicon: false,
            temperature: 8.0,
        };
        let nl = 1 + 4 * types;
        let mut x = seed;
        let w: Vec<f32> = (0..(1usize << bits) * nl)
            .map(|_| {
                x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                ((x >> 33) as f32 / (1u64 << 31) as f32 - 0.5) * 10.0
            })
            .collect();
        Model::from_float(meta, bits, &w, 1.0)
    }

    #[test]
    fn tagging_through_the_word_memo_matches_the_plain_decoder() {
        let text = "Le JNIM a attaqué Boulkessi. Le JNIM a revendiqué l'attaque de Boulkessi ; \
                    Amadou Traoré, ministre, a parlé à Ségou. Amadou Traoré a quitté Ségou.";
        let seg = veille_text::segment(text, veille_core::Lang::Fr);
        let toks: Vec<Span> = seg.tokens.iter().map(|t| t.span).collect();
        let m = random_model(3, 10, 7);
        let sents = || seg.sentences.iter().map(|s| &toks[s.tokens.clone()]);
        let mut scratch = Scratch::default();
        let mut buf = DecodeBuf::default();
        let (mut labels, mut probs) = (Vec::new(), Vec::new());
        let mut plain = Vec::new();
        for t in sents() {
            m.decode(text, t, None, &mut scratch, &mut buf, &mut labels, &mut probs);
            plain.push((labels.clone(), probs.iter().map(|p| p.to_bits()).collect::<Vec<_>>()));
        }
        // twice (the second time every word is in the memo) and once more after a reset
        for round in 0..3 {
            if round == 2 {
                let mut memo = m.memos.take(&m);
                memo.reset(&m);
                m.memos.give_back(memo);
            }
            let mut memo = m.memos.take(&m);
            for (t, (pl, pp)) in sents().zip(&plain) {
                m.decode_memo(text, t, &mut memo, &mut buf, &mut labels, &mut probs);
                assert_eq!(&labels, pl, "round {round}");
                assert_eq!(&probs.iter().map(|p| p.to_bits()).collect::<Vec<_>>(), pp, "round {round}");
            }
            m.memos.give_back(memo);
        }
        assert_eq!(
            m.tag_sentences(text, sents(), None).len(),
            m.clone().tag_sentences(text, sents(), None).len()
        );
    }

    #[test]
    fn fast_decoder_matches_the_reference() {
        let text = "Le 12 mars, le JNIM a attaqué Boulkessi. Des soldats des FAMa, dont le capitaine \
                    Amadou Traoré, ont été tués près de Ségou ; l'armée a riposté à Tin-Akoff.";
        let seg = veille_text::segment(text, veille_core::Lang::Fr);
        let toks: Vec<Span> = seg.tokens.iter().map(|t| t.span).collect();
        // 13 labels (one lane), 21 and 61 labels (several lanes)
        for (types, seed) in [(3, 1), (3, 2), (5, 3), (15, 4)] {
            let m = random_model(types, 10, seed);
            let mut scratch = Scratch::default();
            let mut buf = DecodeBuf::default();
            let mut memo = WordMemo::new(&m);
            let (mut labels, mut probs) = (Vec::new(), Vec::new());
            let mut tagged = 0;
            for s in &seg.sentences {
                let t = &toks[s.tokens.clone()];
                m.decode(text, t, None, &mut scratch, &mut buf, &mut labels, &mut probs);
                let (rl, rp) = reference_decode(&m, text, t);
                assert_eq!(labels, rl, "{types} types");
                let bits = |v: &[f32]| v.iter().map(|p| p.to_bits()).collect::<Vec<_>>();
                assert_eq!(bits(&probs), bits(&rp), "{types} types");
                if m.table.chunks == 1 {
                    // the word-memo decoder, with a memo filled by the previous sentences
                    let (mut ml, mut mp) = (Vec::new(), Vec::new());
                    m.decode_memo(text, t, &mut memo, &mut buf, &mut ml, &mut mp);
                    assert_eq!(ml, rl, "{types} types (memo)");
                    assert_eq!(bits(&mp), bits(&rp), "{types} types (memo)");
                }
                tagged += labels.iter().filter(|&&l| l != 0).count();
            }
            assert!(tagged > 0, "random weights should tag something ({types} types)");
        }
    }
}
