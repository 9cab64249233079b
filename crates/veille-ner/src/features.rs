//! Feature extraction: hashed features from `&str` slices, no allocation per token.
//!
//! Each feature is a 64-bit hash of (template id, value bytes); the model maps it to a row of
//! its weight table with `hash & mask`. Static features (everything but the previous tags) are
//! computed once per sentence into a reusable buffer; the decoder adds the tag-history ones.

use veille_core::Span;

/// Version of the feature set; stored in model files so a model trained with other features is
/// refused instead of silently mis-tagging.
pub const FEATURE_VERSION: u32 = 2;

/// Optional lexicon membership for tokens (knowledge base, gazetteer, name lists): a bit mask of
/// up to 8 classes per token (e.g. bit 0 = known person first name, bit 1 = place name, bit 2 =
/// organisation word). A model learns weights for the classes it was trained with.
pub trait LexiconHook: Sync {
    fn classes(&self, token: &str) -> u8;
}

const K0: u64 = 0x9E37_79B9_7F4A_7C15;
const K1: u64 = 0xBF58_476D_1CE4_E5B9;

#[inline]
const fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(K1);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Hash of bytes with a seed (FNV-1a over bytes, finished with a 64-bit mixer).
#[inline]
pub(crate) fn hash_bytes(seed: u64, b: &[u8]) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64 ^ seed.wrapping_mul(K0);
    for &x in b {
        h ^= x as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01B3);
    }
    mix(h)
}

#[inline]
pub(crate) const fn combine(a: u64, b: u64) -> u64 {
    mix(a ^ b.rotate_left(23).wrapping_add(K0))
}

#[inline]
const fn tmpl(id: u64, v: u64) -> u64 {
    combine(id.wrapping_mul(K1), v)
}

/// Per-token facts, computed once per sentence (or once per word type by the tagger's word
/// memo, `model::WordMemo`: they depend on the token's text alone).
#[derive(Clone, Copy, Default)]
pub(crate) struct Tok {
    pub(crate) lower: u64,
    pub(crate) shape: u64,
    pre: [u64; 4],
    suf: [u64; 4],
    pub(crate) flags: u8,
    lex: u8,
}

const F_INITCAP: u8 = 1;
const F_ALLCAP: u8 = 2;
const F_DIGIT: u8 = 4;
const F_HYPHEN: u8 = 8;
const F_APOS: u8 = 16;
const F_PUNCT: u8 = 32;
const F_LOWER: u8 = 64;

/// Reusable buffers for one sentence.
#[derive(Default)]
pub(crate) struct Scratch {
    toks: Vec<Tok>,
    lower: String,
    /// Capitalised-run (length, position) per token.
    runs: Vec<(u64, u64)>,
    /// Word-bigram hashes over the padded token sequence.
    bigrams: Vec<u64>,
    /// Static feature hashes, `n_static` per token.
    pub feats: Vec<u64>,
}

/// Number of static features per token.
pub(crate) const N_STATIC: usize = 35;

const BOS: u64 = 0x5151;
const EOS: u64 = 0x5252;

/// Sentence-boundary padding: two pseudo-tokens on each side, so that neighbour features read
/// `toks[j - 2..=j + 2]` without bounds tests (the values are those the features always used
/// outside the sentence: `BOS`/`EOS` words and shapes, flags and lexicon classes `0xff`).
pub(crate) const PAD: usize = 2;
pub(crate) const PAD_BOS: Tok =
    Tok { lower: BOS, shape: BOS, pre: [0; 4], suf: [0; 4], flags: 0xff, lex: 0xff };
pub(crate) const PAD_EOS: Tok =
    Tok { lower: EOS, shape: EOS, pre: [0; 4], suf: [0; 4], flags: 0xff, lex: 0xff };

/// The bias feature (the same for every token).
const BIAS: u64 = tmpl(1, 0);

/// Facts of one ASCII token: bytes only, no char decoding, prefixes and suffixes on bytes.
#[inline]
fn ascii_tok(w: &str, lower: &mut String) -> Tok {
    let wb = w.as_bytes();
    let mut flags = 0u8;
    let (mut n_upper, mut n_alpha) = (0u32, 0u32);
    let mut shape = 0xabcdu64;
    let mut last_cls = 0u8;
    for (k, &b) in wb.iter().enumerate() {
        let cls = match b {
            b'A'..=b'Z' => {
                n_upper += 1;
                n_alpha += 1;
                if k == 0 {
                    flags |= F_INITCAP;
                }
                b'X'
            }
            b'a'..=b'z' => {
                n_alpha += 1;
                if k == 0 {
                    flags |= F_LOWER;
                }
                b'x'
            }
            b'0'..=b'9' => {
                flags |= F_DIGIT;
                b'd'
            }
            b'-' => {
                flags |= F_HYPHEN;
                b'-'
            }
            b'\'' => {
                flags |= F_APOS;
                b'\''
            }
            _ => (b & 0x7f) | 0x80,
        };
        if cls != last_cls {
            shape = combine(shape, cls as u64);
            last_cls = cls;
        }
    }
    if n_alpha > 1 && n_upper == n_alpha {
        flags |= F_ALLCAP;
    }
    if n_alpha == 0 && flags & F_DIGIT == 0 {
        flags |= F_PUNCT;
    }
    lower.clear();
    lower.push_str(w);
    lower.make_ascii_lowercase();
    let lb = lower.as_bytes();
    let n = lb.len();
    let mut pre = [0u64; 4];
    let mut suf = [0u64; 4];
    for k in 0..4 {
        pre[k] = hash_bytes(10 + k as u64, &lb[..(k + 1).min(n)]);
        suf[k] = hash_bytes(20 + k as u64, &lb[n.saturating_sub(k + 1)..]);
    }
    Tok { lower: hash_bytes(1, lb), shape, pre, suf, flags, lex: 0 }
}

/// Facts of a token with non-ASCII chars (Unicode classes and lower-casing).
fn unicode_tok(w: &str, lower: &mut String) -> Tok {
    lower.clear();
    let mut flags = 0u8;
    let mut n_upper = 0;
    let mut n_alpha = 0;
    let mut shape = 0xabcdu64;
    let mut last_cls = 0u8;
    for (k, c) in w.chars().enumerate() {
        let cls = if c.is_uppercase() {
            n_upper += 1;
            n_alpha += 1;
            if k == 0 {
                flags |= F_INITCAP;
            }
            b'X'
        } else if c.is_lowercase() {
            n_alpha += 1;
            if k == 0 {
                flags |= F_LOWER;
            }
            b'x'
        } else if c.is_numeric() {
            flags |= F_DIGIT;
            b'd'
        } else if c == '-' {
            flags |= F_HYPHEN;
            b'-'
        } else if c == '\'' || c == '’' {
            flags |= F_APOS;
            b'\''
        } else if c.is_alphabetic() {
            b'a'
        } else {
            // keep the punctuation char itself in the shape
            (c as u32 & 0x7f) as u8 | 0x80
        };
        if cls != last_cls {
            shape = combine(shape, cls as u64);
            last_cls = cls;
        }
        if c.is_ascii() {
            lower.push(c.to_ascii_lowercase());
        } else {
            lower.extend(c.to_lowercase());
        }
    }
    if n_alpha > 1 && n_upper == n_alpha {
        flags |= F_ALLCAP;
    }
    if n_alpha == 0 && !w.chars().any(|c| c.is_numeric()) {
        flags |= F_PUNCT;
    }
    let lb = lower.as_bytes();
    let mut pre = [0u64; 4];
    let mut suf = [0u64; 4];
    // prefixes / suffixes of 1..=4 chars (on char boundaries of the lower-cased form)
    let mut cut = lower.char_indices().map(|(b, _)| b).skip(1);
    for (k, p) in pre.iter_mut().enumerate() {
        let e = cut.next().unwrap_or(lb.len());
        *p = hash_bytes(10 + k as u64, &lb[..e]);
    }
    let mut rcut = lower.char_indices().rev().map(|(b, _)| b);
    for (k, s) in suf.iter_mut().enumerate() {
        let b = rcut.next().unwrap_or(0);
        *s = hash_bytes(20 + k as u64, &lb[b..]);
    }
    Tok { lower: hash_bytes(1, lb), shape, pre, suf, flags, lex: 0 }
}

/// Facts of one token (its text `w`; `lower` is a working buffer).
#[inline]
pub(crate) fn token_facts(w: &str, hook: Option<&dyn LexiconHook>, lower: &mut String) -> Tok {
    let mut t = if w.is_ascii() { ascii_tok(w, lower) } else { unicode_tok(w, lower) };
    if let Some(h) = hook {
        t.lex = h.classes(w);
    }
    t
}

/// Runs of capitalised tokens ("Front de libération du Macina" counts the capitalised words
/// only), from the tokens' flags: per token (run length capped at 4, position: 0 single,
/// 1 first, 2 inside, 3 last, plus one), `(0, 0)` outside runs.
pub(crate) fn capitalised_runs(flags: impl ExactSizeIterator<Item = u8>, runs: &mut Vec<(u64, u64)>) {
    let n = flags.len();
    let mut cap = flags.map(|f| f & (F_INITCAP | F_ALLCAP) != 0);
    runs.clear();
    runs.resize(n, (0, 0));
    let mut a = 0;
    while a < n {
        if !cap.next().unwrap_or(false) {
            a += 1;
            continue;
        }
        let mut b = a + 1;
        while b < n && cap.next().unwrap_or(false) {
            b += 1;
        }
        let len = (b - a).min(4) as u64;
        for (k, r) in runs[a..b].iter_mut().enumerate() {
            let pos = if b - a == 1 {
                0
            } else if k == 0 {
                1
            } else if a + k + 1 == b {
                3
            } else {
                2
            };
            *r = (len, pos + 1);
        }
        // the token that ended the run (not capitalised) was consumed by the inner loop
        a = b + 1;
    }
}

/// Position class of token `i` of `n`: 0 first, 1 second, 3 last, 2 elsewhere.
#[inline]
pub(crate) fn sentence_position(i: usize, n: usize) -> u64 {
    if i == 0 {
        0
    } else if i == 1 {
        1
    } else if i + 1 == n {
        3
    } else {
        2
    }
}

/// Number of features that depend on one token's facts alone, by the role the token plays
/// for the token being tagged (see [`role_features`]); the other [`N_CONTEXT`] static
/// features combine neighbours or depend on the position ([`context_features`]).
pub(crate) const N_OWN: usize = 14;
pub(crate) const N_AS_PREV: usize = 4;
pub(crate) const N_AS_NEXT: usize = 4;
/// Static features that combine several tokens or depend on the position in the sentence.
pub(crate) const N_CONTEXT: usize = 11;

/// The static features of [`Scratch::compute`] that read one token's facts only, grouped by
/// the role of that token: the tagged token itself, the previous one, the one two before, the
/// next one, the one two after. With [`context_features`] they are exactly the `N_STATIC`
/// features of a token, in another order (a test checks it), so their weight rows can be
/// summed once per word type.
pub(crate) struct RoleFeatures {
    pub own: [u64; N_OWN],
    pub prev: [u64; N_AS_PREV],
    pub prev2: u64,
    pub next: [u64; N_AS_NEXT],
    pub next2: u64,
}

pub(crate) fn role_features(t: &Tok) -> RoleFeatures {
    let fl = t.flags as u64;
    RoleFeatures {
        own: [
            BIAS,
            tmpl(2, t.lower),
            tmpl(7, t.shape),
            tmpl(10, t.pre[0]),
            tmpl(11, t.pre[1]),
            tmpl(12, t.pre[2]),
            tmpl(13, t.pre[3]),
            tmpl(14, t.suf[0]),
            tmpl(15, t.suf[1]),
            tmpl(16, t.suf[2]),
            tmpl(17, t.suf[3]),
            tmpl(21, fl),
            tmpl(26, t.lex as u64),
            tmpl(29, combine(t.lex as u64, fl)),
        ],
        prev: [tmpl(3, t.lower), tmpl(8, t.shape), tmpl(23, fl), tmpl(27, t.lex as u64)],
        prev2: tmpl(4, t.lower),
        next: [tmpl(5, t.lower), tmpl(9, t.shape), tmpl(24, fl), tmpl(28, t.lex as u64)],
        next2: tmpl(6, t.lower),
    }
}

/// Word-bigram hash of two neighbouring tokens (the value of the bigram features).
#[inline]
pub(crate) fn bigram(a: &Tok, b: &Tok) -> u64 {
    combine(a.lower, b.lower)
}

/// The static features of the tagged token `t` that combine it with its neighbours `p`
/// (previous) and `nx` (next) or depend on its place: `bi` are the bigrams (two before,
/// previous; previous, `t`; `t`, next; next, two after), `pos` its [`sentence_position`],
/// `run` its [`capitalised_runs`] entry.
#[inline]
pub(crate) fn context_features(
    p: &Tok,
    t: &Tok,
    nx: &Tok,
    bi: [u64; 4],
    pos: u64,
    run: (u64, u64),
) -> [u64; N_CONTEXT] {
    let fl = t.flags as u64;
    [
        tmpl(18, bi[1]),
        tmpl(19, bi[2]),
        tmpl(20, combine(combine(p.shape, t.shape), nx.shape)),
        tmpl(22, combine(fl, pos)),
        tmpl(25, combine(p.flags as u64, combine(fl, nx.flags as u64))),
        tmpl(30, combine(p.lower, t.shape)),
        tmpl(31, combine(t.shape, nx.lower)),
        tmpl(32, bi[0]),
        tmpl(33, bi[3]),
        tmpl(34, combine(t.suf[2], p.shape)),
        tmpl(35, combine(run.0, run.1)),
    ]
}

impl Scratch {
    /// Computes the static features of a sentence whose tokens are `tokens` (byte spans in `text`).
    pub(crate) fn compute(&mut self, text: &str, tokens: &[Span], hook: Option<&dyn LexiconHook>) {
        let n = tokens.len();
        self.toks.clear();
        self.toks.reserve(n + 2 * PAD);
        self.toks.extend_from_slice(&[PAD_BOS; PAD]);
        for sp in tokens {
            let w = &text[sp.start..sp.end];
            self.toks.push(token_facts(w, hook, &mut self.lower));
        }
        self.toks.extend_from_slice(&[PAD_EOS; PAD]);
        let toks = &self.toks[..];
        capitalised_runs(toks[PAD..PAD + n].iter().map(|t| t.flags), &mut self.runs);
        // word bigrams over the padded sequence: bi[j] = (word j, word j + 1); each serves as
        // the "previous + current", "current + next", "two before" and "two after" features
        self.bigrams.clear();
        self.bigrams.extend(toks.windows(2).map(|w| bigram(&w[0], &w[1])));
        let bi = &self.bigrams[..];
        self.feats.clear();
        self.feats.reserve(n * N_STATIC);
        for i in 0..n {
            let j = i + PAD;
            let (pp, p, t, nx, nn) = (&toks[j - 2], &toks[j - 1], &toks[j], &toks[j + 1], &toks[j + 2]);
            let (rl, rp) = self.runs[i];
            let pos = sentence_position(i, n);
            let fl = t.flags as u64;
            let f = [
                BIAS,
                tmpl(2, t.lower),
                tmpl(3, p.lower),
                tmpl(4, pp.lower),
                tmpl(5, nx.lower),
                tmpl(6, nn.lower),
                tmpl(7, t.shape),
                tmpl(8, p.shape),
                tmpl(9, nx.shape),
                tmpl(10, t.pre[0]),
                tmpl(11, t.pre[1]),
                tmpl(12, t.pre[2]),
                tmpl(13, t.pre[3]),
                tmpl(14, t.suf[0]),
                tmpl(15, t.suf[1]),
                tmpl(16, t.suf[2]),
                tmpl(17, t.suf[3]),
                tmpl(18, bi[j - 1]),
                tmpl(19, bi[j]),
                tmpl(20, combine(combine(p.shape, t.shape), nx.shape)),
                tmpl(21, fl),
                tmpl(22, combine(fl, pos)),
                tmpl(23, p.flags as u64),
                tmpl(24, nx.flags as u64),
                tmpl(25, combine(p.flags as u64, combine(fl, nx.flags as u64))),
                tmpl(26, t.lex as u64),
                tmpl(27, p.lex as u64),
                tmpl(28, nx.lex as u64),
                tmpl(29, combine(t.lex as u64, fl)),
                tmpl(30, combine(p.lower, t.shape)),
                tmpl(31, combine(t.shape, nx.lower)),
                tmpl(32, bi[j - 2]),
                tmpl(33, bi[j + 1]),
                tmpl(34, combine(t.suf[2], p.shape)),
                tmpl(35, combine(rl, rp)),
            ];
            self.feats.extend_from_slice(&f);
        }
    }

    pub(crate) fn lower_hash(&self, i: usize) -> u64 {
        self.toks[i + PAD].lower
    }
    pub(crate) fn shape_hash(&self, i: usize) -> u64 {
        self.toks[i + PAD].shape
    }
}

/// Number of tag-history features per token.
pub(crate) const N_DYN: usize = 4;

/// Tag-history features of token `i` given the previous two labels.
#[inline]
pub(crate) fn dynamic(s: &Scratch, i: usize, p1: u16, p2: u16) -> [u64; N_DYN] {
    dynamic_hashes(p1, p2, s.lower_hash(i), s.shape_hash(i))
}

/// Tag-history features from the previous two labels (`u16::MAX` = none) and the token's
/// word and shape hashes. The first two depend on the labels only.
#[inline]
pub(crate) fn dynamic_hashes(p1: u16, p2: u16, lower: u64, shape: u64) -> [u64; N_DYN] {
    let (p1, p2) = (p1 as u64 + 1, p2 as u64 + 1);
    [tmpl(40, p1), tmpl(41, combine(p1, p2)), tmpl(42, combine(p1, lower)), tmpl(43, combine(p1, shape))]
}

#[cfg(test)]
mod tests {
    use super::*;
    use veille_core::Lang;

    /// The first implementation of the static features (char by char, bounds-checked
    /// neighbours), kept as the reference the faster one must reproduce hash for hash.
    #[derive(Default)]
    struct Reference {
        toks: Vec<Tok>,
        lower: String,
        runs: Vec<(u64, u64)>,
        feats: Vec<u64>,
    }

    impl Reference {
        /// Computes the static features of a sentence whose tokens are `tokens` (byte spans in `text`).
        fn compute(&mut self, text: &str, tokens: &[Span], hook: Option<&dyn LexiconHook>) {
            self.toks.clear();
            for sp in tokens {
                let w = &text[sp.start..sp.end];
                self.lower.clear();
                let mut flags = 0u8;
                let mut n_upper = 0;
                let mut n_alpha = 0;
                let mut shape = 0xabcdu64;
                let mut last_cls = 0u8;
                for (k, c) in w.chars().enumerate() {
                    let cls = if c.is_uppercase() {
                        n_upper += 1;
                        n_alpha += 1;
                        if k == 0 {
                            flags |= F_INITCAP;
                        }
                        b'X'
                    } else if c.is_lowercase() {
                        n_alpha += 1;
                        if k == 0 {
                            flags |= F_LOWER;
                        }
                        b'x'
                    } else if c.is_numeric() {
                        flags |= F_DIGIT;
                        b'd'
                    } else if c == '-' {
                        flags |= F_HYPHEN;
                        b'-'
                    } else if c == '\'' || c == '’' {
                        flags |= F_APOS;
                        b'\''
                    } else if c.is_alphabetic() {
                        b'a'
                    } else {
                        // keep the punctuation char itself in the shape
                        (c as u32 & 0x7f) as u8 | 0x80
                    };
                    if cls != last_cls {
                        shape = combine(shape, cls as u64);
                        last_cls = cls;
                    }
                    if c.is_ascii() {
                        self.lower.push(c.to_ascii_lowercase());
                    } else {
                        self.lower.extend(c.to_lowercase());
                    }
                }
                if n_alpha > 1 && n_upper == n_alpha {
                    flags |= F_ALLCAP;
                }
                if n_alpha == 0 && !w.chars().any(|c| c.is_numeric()) {
                    flags |= F_PUNCT;
                }
                let lb = self.lower.as_bytes();
                let lower = hash_bytes(1, lb);
                let mut pre = [0u64; 4];
                let mut suf = [0u64; 4];
                // prefixes / suffixes of 1..=4 chars (on char boundaries of the lower-cased form)
                let mut cut = self.lower.char_indices().map(|(b, _)| b).skip(1);
                for (k, p) in pre.iter_mut().enumerate() {
                    let e = cut.next().unwrap_or(lb.len());
                    *p = hash_bytes(10 + k as u64, &lb[..e]);
                }
                let mut rcut = self.lower.char_indices().rev().map(|(b, _)| b);
                for (k, s) in suf.iter_mut().enumerate() {
                    let b = rcut.next().unwrap_or(0);
                    *s = hash_bytes(20 + k as u64, &lb[b..]);
                }
                let lex = hook.map_or(0, |h| h.classes(w));
                self.toks.push(Tok { lower, shape, pre, suf, flags, lex });
            }
            let n = self.toks.len();
            self.feats.clear();
            self.feats.reserve(n * N_STATIC);
            let at = |i: isize| -> Option<&Tok> {
                if i < 0 || i as usize >= n { None } else { Some(&self.toks[i as usize]) }
            };
            let lw = |i: isize| at(i).map_or(if i < 0 { BOS } else { EOS }, |t| t.lower);
            let sh = |i: isize| at(i).map_or(if i < 0 { BOS } else { EOS }, |t| t.shape);
            let fl = |i: isize| at(i).map_or(0xff, |t| t.flags as u64);
            let lx = |i: isize| at(i).map_or(0xff, |t| t.lex as u64);
            // runs of capitalised tokens ("Front de libération du Macina" counts the capitalised
            // words only): (run length capped at 4, position: 0 single, 1 first, 2 inside, 3 last)
            let cap = |t: &Tok| t.flags & (F_INITCAP | F_ALLCAP) != 0;
            let mut run = std::mem::take(&mut self.runs);
            run.clear();
            run.resize(n, (0, 0));
            let mut a = 0;
            while a < n {
                if !cap(&self.toks[a]) {
                    a += 1;
                    continue;
                }
                let mut b = a + 1;
                while b < n && cap(&self.toks[b]) {
                    b += 1;
                }
                let len = (b - a).min(4) as u64;
                for (k, r) in run[a..b].iter_mut().enumerate() {
                    let pos = if b - a == 1 {
                        0
                    } else if k == 0 {
                        1
                    } else if a + k + 1 == b {
                        3
                    } else {
                        2
                    };
                    *r = (len, pos + 1);
                }
                a = b;
            }
            for i in 0..n as isize {
                let t = &self.toks[i as usize];
                let (rl, rp) = run[i as usize];
                let pos = if i == 0 {
                    0
                } else if i == 1 {
                    1
                } else if i as usize + 1 == n {
                    3
                } else {
                    2
                };
                let f = [
                    tmpl(1, 0),
                    tmpl(2, t.lower),
                    tmpl(3, lw(i - 1)),
                    tmpl(4, lw(i - 2)),
                    tmpl(5, lw(i + 1)),
                    tmpl(6, lw(i + 2)),
                    tmpl(7, t.shape),
                    tmpl(8, sh(i - 1)),
                    tmpl(9, sh(i + 1)),
                    tmpl(10, t.pre[0]),
                    tmpl(11, t.pre[1]),
                    tmpl(12, t.pre[2]),
                    tmpl(13, t.pre[3]),
                    tmpl(14, t.suf[0]),
                    tmpl(15, t.suf[1]),
                    tmpl(16, t.suf[2]),
                    tmpl(17, t.suf[3]),
                    tmpl(18, combine(lw(i - 1), t.lower)),
                    tmpl(19, combine(t.lower, lw(i + 1))),
                    tmpl(20, combine(combine(sh(i - 1), t.shape), sh(i + 1))),
                    tmpl(21, t.flags as u64),
                    tmpl(22, combine(t.flags as u64, pos)),
                    tmpl(23, fl(i - 1)),
                    tmpl(24, fl(i + 1)),
                    tmpl(25, combine(fl(i - 1), combine(t.flags as u64, fl(i + 1)))),
                    tmpl(26, t.lex as u64),
                    tmpl(27, lx(i - 1)),
                    tmpl(28, lx(i + 1)),
                    tmpl(29, combine(t.lex as u64, t.flags as u64)),
                    tmpl(30, combine(lw(i - 1), t.shape)),
                    tmpl(31, combine(t.shape, lw(i + 1))),
                    tmpl(32, combine(lw(i - 2), lw(i - 1))),
                    tmpl(33, combine(lw(i + 1), lw(i + 2))),
                    tmpl(34, combine(t.suf[2], sh(i - 1))),
                    tmpl(35, combine(rl, rp)),
                ];
                self.feats.extend_from_slice(&f);
            }
            self.runs = run;
        }
    }

    /// The role and context features of every token are its `N_STATIC` static features.
    #[test]
    fn role_and_context_features_are_the_static_features() {
        let texts = [
            "Le 12 mars, des hommes armés ont attaqué le poste de Boulkessi (région de Ségou).",
            "L’armée malienne et les FAMa ont riposté ; le JNIM/GSIM revendique l'attaque à Tin-Akoff.",
            "ÉTAT ISLAMIQUE AU SAHEL : 3 morts, Ⅻ blessés, « Ouagadougou » — Œuvre d’Ibrahim Traoré.",
            "x",
            "Mali Niger",
        ];
        assert_eq!(N_OWN + 2 * N_AS_PREV + N_AS_NEXT - N_AS_PREV + 2 + N_CONTEXT, N_STATIC);
        for t in texts {
            let seg = veille_text::segment(t, Lang::Fr);
            let spans: Vec<Span> = seg.tokens.iter().map(|x| x.span).collect();
            let mut s = Scratch::default();
            s.compute(t, &spans, None);
            let n = spans.len();
            for i in 0..n {
                let j = i + PAD;
                let tk = |k: usize| &s.toks[k];
                let bi = [
                    bigram(tk(j - 2), tk(j - 1)),
                    bigram(tk(j - 1), tk(j)),
                    bigram(tk(j), tk(j + 1)),
                    bigram(tk(j + 1), tk(j + 2)),
                ];
                let mut got: Vec<u64> = role_features(tk(j)).own.to_vec();
                got.extend(role_features(tk(j - 1)).prev);
                got.push(role_features(tk(j - 2)).prev2);
                got.extend(role_features(tk(j + 1)).next);
                got.push(role_features(tk(j + 2)).next2);
                got.extend(context_features(
                    tk(j - 1),
                    tk(j),
                    tk(j + 1),
                    bi,
                    sentence_position(i, n),
                    s.runs[i],
                ));
                let mut want = s.feats[i * N_STATIC..(i + 1) * N_STATIC].to_vec();
                got.sort_unstable();
                want.sort_unstable();
                assert_eq!(got, want, "{t:?}, token {i}");
            }
        }
    }

    struct Vowels;
    impl LexiconHook for Vowels {
        fn classes(&self, token: &str) -> u8 {
            token.chars().filter(|c| "aeiouyéèAEIOU".contains(*c)).count().min(7) as u8
        }
    }

    #[test]
    fn static_features_match_the_reference_implementation() {
        let texts = [
            "Le 12 mars, des hommes armés ont attaqué le poste de Boulkessi (région de Ségou).",
            "L’armée malienne et les FAMa ont riposté ; le JNIM/GSIM revendique l'attaque à Tin-Akoff.",
            "ÉTAT ISLAMIQUE AU SAHEL : 3 morts, Ⅻ blessés, « Ouagadougou » — Œuvre d’Ibrahim Traoré.",
            "x",
            "M. Goïta, I, A.B.C. 2024-11-24 1er 50 000 ... ?! https://example.org/a_b",
            "Straße İstanbul ǅemal ΣΟΦΙΑ ﬁnal ẞ",
        ];
        for (k, t) in texts.iter().enumerate() {
            let seg = veille_text::segment(t, Lang::Fr);
            let mut toks: Vec<Span> = seg.tokens.iter().map(|x| x.span).collect();
            // whole text, sentence by sentence, and single tokens
            let mut cases: Vec<Vec<Span>> = vec![toks.clone()];
            cases.extend(seg.sentences.iter().map(|s| toks[s.tokens.clone()].to_vec()));
            cases.extend(toks.iter().map(|&s| vec![s]));
            toks.truncate(2);
            cases.push(toks);
            for (c, spans) in cases.iter().enumerate() {
                for hook in [None, Some(&Vowels as &dyn LexiconHook)] {
                    let mut fast = Scratch::default();
                    let mut slow = Reference::default();
                    fast.compute(t, spans, hook);
                    slow.compute(t, spans, hook);
                    assert_eq!(fast.feats, slow.feats, "text {k}, case {c}");
                    for i in 0..spans.len() {
                        assert_eq!(fast.lower_hash(i), slow.toks[i].lower);
                        assert_eq!(fast.shape_hash(i), slow.toks[i].shape);
                    }
                }
            }
        }
    }
}
