//! A learned event filter: a logistic regression over cheap features of each finished event
//! (type, mode, status, language, trigger word, how the arguments were found, where the sentence
//! sits in the document…) estimates the probability that the event is a true one; when the
//! filter is on, events below the threshold are dropped.
//!
//! Weights and threshold are in `data/learned_filter.tsv`, written by
//! `scripts/learned_filter/train.py` (trained on the tunable dev splits only; see
//! `scripts/learned_filter/README.md` for how it is measured). Features are named strings
//! (`t=ASSAULT`, `w=attaque`…); at extraction time each name is hashed (FNV-1a, 64 bits) while it
//! is built, with no allocation, and looked up among the weights. With `--explain`, each event
//! carries a `learned_filter` step giving its score and its feature names (what the training script
//! reads).

use super::Draft;
use crate::analysis::Analysis;
use crate::error::ExtractError;
use rustc_hash::FxHashMap;
use veille_core::record::{EventRecord, ExplainStep};
use veille_core::{EntityType, Span};

const DATA: &str = include_str!("../../data/learned_filter.tsv");

/// What the draft knew about an event that its record does not keep.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Cues {
    sentence: usize,
    trigger: Span,
    nominal: bool,
    definite_noun: bool,
    subject_pron: bool,
    subject_anaphor: bool,
    participle: bool,
    counter: bool,
    coordinated: bool,
    enemy: bool,
    joint: bool,
    reference: bool,
    civilians: bool,
    merged: bool,
    actor_kind: Option<EntityType>,
    recipient_kind: Option<EntityType>,
    passive: bool,
    actor_rule: &'static str,
    recipient_rule: &'static str,
    actor_gap: u8,
}

impl Cues {
    pub(super) fn of(d: &Draft) -> Cues {
        Cues {
            sentence: d.sentence,
            trigger: d.trigger,
            nominal: d.nominal,
            definite_noun: d.definite_noun,
            subject_pron: d.subject_pron,
            subject_anaphor: d.subject_anaphor,
            participle: d.participle,
            counter: d.counter,
            coordinated: d.coordinated,
            enemy: d.enemy,
            joint: d.joint,
            reference: d.reference,
            civilians: d.civilians,
            merged: !d.also.is_empty(),
            actor_kind: d.actor_kinds.first().copied(),
            recipient_kind: d.recipient_kinds.first().copied(),
            passive: d.passive,
            actor_rule: d.actor_rule,
            recipient_rule: d.recipient_rule,
            actor_gap: d.actor_gap,
        }
    }
}

/// FNV-1a, 64 bits.
#[derive(Clone, Copy)]
struct Fnv(u64);

impl Fnv {
    const START: Fnv = Fnv(0xcbf2_9ce4_8422_2325);
    fn eat(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

/// The hash of a feature name (its parts joined by `=`).
fn hash_parts(parts: &[&str]) -> u64 {
    let mut h = Fnv::START;
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            h.eat(b"=");
        }
        h.eat(p.as_bytes());
    }
    h.0
}

/// The weights, the threshold, and whether the filter drops events by default.
#[derive(Clone, Debug)]
pub struct LearnedFilter {
    /// keyed by the feature name's FNV-1a hash (already mixed: Fx, not SipHash, over it)
    weights: FxHashMap<u64, f64>,
    bias: f64,
    pub threshold: f64,
    pub enabled: bool,
}

impl LearnedFilter {
    /// The shipped weights (`data/learned_filter.tsv`).
    pub fn load_default() -> Result<LearnedFilter, ExtractError> {
        LearnedFilter::parse(DATA)
    }

    /// Rows `feature<TAB>weight`; `@bias`, `@threshold` and `@default` (`on`/`off`) rows; `#`
    /// comments.
    pub fn parse(text: &str) -> Result<LearnedFilter, ExtractError> {
        let bad = |line: usize, why: &str| ExtractError::Data {
            file: "learned_filter.tsv",
            line,
            msg: why.to_string(),
        };
        let mut f =
            LearnedFilter { weights: FxHashMap::default(), bias: 0.0, threshold: 0.0, enabled: false };
        let (mut has_t, mut has_d) = (false, false);
        for (i, line) in text.lines().enumerate() {
            let n = i + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let (k, v) = line.split_once('\t').ok_or_else(|| bad(n, "expected feature<TAB>value"))?;
            match k {
                "@default" => {
                    f.enabled = match v.trim() {
                        "on" => true,
                        "off" => false,
                        _ => return Err(bad(n, "@default is on or off")),
                    };
                    has_d = true;
                }
                _ => {
                    let x: f64 = v.trim().parse().map_err(|_| bad(n, "the value is not a number"))?;
                    if !x.is_finite() {
                        return Err(bad(n, "the value is not finite"));
                    }
                    match k {
                        "@bias" => f.bias = x,
                        "@threshold" => {
                            if !(0.0..1.0).contains(&x) {
                                return Err(bad(n, "@threshold is a probability below 1"));
                            }
                            f.threshold = x;
                            has_t = true;
                        }
                        _ if k.starts_with('@') => return Err(bad(n, "unknown @ row")),
                        _ => {
                            if f.weights.insert(hash_parts(&[k]), x).is_some() {
                                return Err(bad(n, "feature listed twice"));
                            }
                        }
                    }
                }
            }
        }
        if !has_t || !has_d {
            return Err(bad(0, "@threshold and @default rows are required"));
        }
        Ok(f)
    }

    /// Number of weighted features.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// The probability that the event described by `feats` is a true one.
    fn probability(&self, feats: &Features<'_>) -> f64 {
        let mut z = self.bias;
        feats.each(&mut |parts| {
            if let Some(w) = self.weights.get(&hash_parts(parts)) {
                z += w;
            }
        });
        1.0 / (1.0 + (-z).exp())
    }
}

/// Everything the features of one event are read from.
struct Features<'a> {
    c: &'a Cues,
    r: &'a EventRecord,
    lang: &'static str,
    sentences: usize,
    /// Other events read from the same sentence.
    same_sentence: usize,
    /// An event of the same type was read before in the document.
    same_type_before: bool,
    in_quote: bool,
    /// An earlier event of the same type shares a party id with this one / has its place.
    dup_party: bool,
    dup_place: bool,
}

fn bucket(n: usize) -> &'static str {
    match n {
        0 => "0",
        1 => "1",
        2 => "2",
        _ => "3+",
    }
}

fn kind_name(k: Option<EntityType>) -> &'static str {
    k.map_or("none", EntityType::as_str)
}

/// A rule's description as one feature value: ASCII letters and digits lower-cased, every run of
/// other characters one `_`, at most `buf`'s length; `empty` when no rule (or `other` when the
/// party was found by no named rule).
fn slug<'b>(rule: &str, found: bool, buf: &'b mut [u8; 40]) -> &'b str {
    if rule.is_empty() {
        return if found { "other" } else { "none" };
    }
    let mut n = 0;
    for b in rule.bytes() {
        if n == buf.len() {
            break;
        }
        if b.is_ascii_alphanumeric() {
            buf[n] = b.to_ascii_lowercase();
            n += 1;
        } else if n > 0 && buf[n - 1] != b'_' {
            buf[n] = b'_';
            n += 1;
        }
    }
    while n > 0 && buf[n - 1] == b'_' {
        n -= 1;
    }
    std::str::from_utf8(&buf[..n]).unwrap_or("")
}

fn yes(b: bool) -> &'static str {
    if b { "y" } else { "n" }
}

impl Features<'_> {
    /// Calls `f` with the parts of each feature name.
    fn each(&self, f: &mut dyn FnMut(&[&str])) {
        let (c, r) = (self.c, self.r);
        let t = r.kind.as_str();
        let status = r.status.as_str();
        let mode = r.mode.as_deref().unwrap_or("none");
        f(&["t", t]);
        f(&["tm", t, mode]);
        f(&["s", status]);
        f(&["ts", t, status]);
        f(&["l", self.lang]);
        f(&["tl", t, self.lang]);
        // the trigger's first word, lower case, whole and cut to five characters
        let mut buf = [0u8; 48];
        let mut len = 0;
        let mut len5 = 0;
        let text = r.trigger.as_ref().map_or("", |s| s.text.as_str());
        // (the longest word: "a rejeté" is read by "rejeté", not by its auxiliary)
        let head = text
            .split(|ch: char| !ch.is_alphanumeric())
            .fold("", |best, w| if w.chars().count() > best.chars().count() { w } else { best });
        for (i, ch) in head.chars().enumerate() {
            for lc in ch.to_lowercase() {
                if len + lc.len_utf8() > buf.len() {
                    break;
                }
                len += lc.encode_utf8(&mut buf[len..]).len();
            }
            if i < 5 {
                len5 = len;
            }
        }
        let word = std::str::from_utf8(&buf[..len]).unwrap_or("");
        let stem = std::str::from_utf8(&buf[..len5]).unwrap_or("");
        f(&["w", self.lang, word]);
        f(&["w5", self.lang, stem]);
        f(&["tw5", t, stem]);
        let party = |xs: &[veille_core::record::ActorRef]| match xs {
            [] => "none",
            [x] if x.id.is_some() => "kb",
            [_] => "name",
            _ if xs.iter().any(|x| x.id.is_some()) => "kb+",
            _ => "names",
        };
        let (a, rc) = (party(&r.actor), party(&r.recipient));
        f(&["a", a]);
        f(&["r", rc]);
        f(&["ta", t, a]);
        f(&["tr", t, rc]);
        f(&["ak", kind_name(c.actor_kind)]);
        f(&["rk", kind_name(c.recipient_kind)]);
        f(&["tak", t, kind_name(c.actor_kind)]);
        f(&["src", party(&r.source)]);
        let place = match &r.location {
            None => "none",
            Some(l) if l.precision >= 3 && l.admin1.is_none() => "country",
            Some(l) if l.precision >= 3 => "region",
            Some(_) => "place",
        };
        f(&["p", place]);
        f(&["tp", t, place]);
        f(&["bg", yes(r.background)]);
        f(&["tbg", t, yes(r.background)]);
        f(&["date", yes(r.date.is_some())]);
        f(&["q", yes(!r.quantities.is_empty())]);
        f(&["fat", yes(r.fatalities.is_some())]);
        let len = match self.sentences {
            0..=1 => "1",
            2..=4 => "2-4",
            5..=12 => "5-12",
            _ => "13+",
        };
        let pos = match c.sentence {
            0 => "s0",
            1 => "s1",
            2..=3 => "s2-3",
            s if s + 1 >= self.sentences => "last",
            _ => "body",
        };
        f(&["len", len]);
        f(&["pos", len, pos]);
        f(&["tpos", t, pos]);
        f(&["nsent", bucket(self.same_sentence)]);
        f(&["before", yes(self.same_type_before)]);
        f(&["tbefore", t, yes(self.same_type_before)]);
        f(&["quote", yes(self.in_quote)]);
        f(&["dupparty", yes(self.dup_party)]);
        f(&["tdupparty", t, yes(self.dup_party)]);
        f(&["dupplace", yes(self.dup_place)]);
        f(&["nominal", yes(c.nominal)]);
        f(&["tnominal", t, yes(c.nominal)]);
        f(&["def", yes(c.definite_noun)]);
        f(&["pron", yes(c.subject_pron)]);
        f(&["anaphor", yes(c.subject_anaphor)]);
        f(&["participle", yes(c.participle)]);
        f(&["counter", yes(c.counter)]);
        f(&["coord", yes(c.coordinated)]);
        f(&["enemy", yes(c.enemy)]);
        f(&["joint", yes(c.joint)]);
        f(&["reference", yes(c.reference)]);
        f(&["civilians", yes(c.civilians)]);
        f(&["merged", yes(c.merged)]);
        f(&["voice", yes(c.passive)]);
        f(&["tvoice", t, yes(c.passive)]);
        let mut buf = [0u8; 40];
        let arule = slug(c.actor_rule, !r.actor.is_empty(), &mut buf);
        f(&["arule", arule]);
        let mut buf = [0u8; 40];
        let rrule = slug(c.recipient_rule, !r.recipient.is_empty(), &mut buf);
        f(&["rrule", rrule]);
        let gap = match c.actor_gap {
            0 => "0",
            1..=2 => "1-2",
            3..=6 => "3-6",
            u8::MAX => "none",
            _ => "7+",
        };
        f(&["agap", gap]);
        f(&["akrk", kind_name(c.actor_kind), kind_name(c.recipient_kind)]);
    }

    fn names(&self) -> String {
        let mut out = String::new();
        self.each(&mut |parts| {
            if !out.is_empty() {
                out.push(' ');
            }
            for (i, p) in parts.iter().enumerate() {
                if i > 0 {
                    out.push('=');
                }
                out.push_str(p);
            }
        });
        out
    }
}

/// Scores the finished events of a document; drops those below the threshold when `filter` is
/// on. With `--explain`, each event kept gets a `learned_filter` step with its score and features.
pub(super) fn apply(
    model: &LearnedFilter,
    filter: bool,
    a: &Analysis<'_>,
    events: Vec<(Cues, EventRecord)>,
) -> Vec<EventRecord> {
    if !filter && !a.explain {
        return events.into_iter().map(|(_, r)| r).collect();
    }
    let sentences = a.seg.sentences.len();
    let lang = a.doc.lang.code();
    let mut keep = Vec::with_capacity(events.len());
    for (i, (c, r)) in events.iter().enumerate() {
        let feats = Features {
            c,
            r,
            lang,
            sentences,
            same_sentence: events.iter().filter(|(o, _)| o.sentence == c.sentence).count() - 1,
            same_type_before: events[..i].iter().any(|(o, e)| e.kind == r.kind && o.sentence < c.sentence),
            in_quote: a.quotes.iter().any(|q| q.span.contains(c.trigger)),
            dup_party: events[..i].iter().any(|(_, e)| {
                e.kind == r.kind
                    && r.actor
                        .iter()
                        .chain(&r.recipient)
                        .filter_map(|x| x.id.as_deref())
                        .any(|id| e.actor.iter().chain(&e.recipient).any(|y| y.id.as_deref() == Some(id)))
            }),
            dup_place: events[..i].iter().any(|(_, e)| {
                e.kind == r.kind
                    && matches!((&e.location, &r.location), (Some(x), Some(y)) if x.name == y.name)
            }),
        };
        let p = model.probability(&feats);
        let names = a.explain.then(|| feats.names());
        keep.push((filter && p < model.threshold, p, names));
    }
    events
        .into_iter()
        .zip(keep)
        .filter(|(_, (drop, _, _))| !drop)
        .map(|((_, mut r), (_, p, names))| {
            if let Some(names) = names {
                r.explain.push(ExplainStep {
                    slot: "learned_filter".into(),
                    rule: format!("learned score {p:.4} (threshold {:.4})", model.threshold),
                    text: Some(names),
                });
            }
            r
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_weights_parse() {
        let f = LearnedFilter::load_default().unwrap();
        assert!(f.len() > 20, "{} weights", f.len());
        assert!((0.0..1.0).contains(&f.threshold));
    }

    fn record(json: &str) -> EventRecord {
        serde_json::from_str(json).unwrap()
    }

    /// A clear event (an attack with its attacker, its target, its place and toll, told as fact
    /// by a verb) scores well above a doubtful one (an attack noun with no party and no place,
    /// read by anaphora as a reference to something told before); with the threshold between
    /// them the filter keeps the first and drops the second, and off it keeps both.
    #[test]
    fn the_weights_keep_a_clear_event_and_drop_a_doubtful_one() {
        let clear = record(
            r#"{"id":"a","type":"ASSAULT","mode":"firearms","acled":null,"status":"asserted",
                "date":"2025-03-11","date_precision":"day",
                "actor":[{"id":"kb:JNIM","name":"JNIM"}],"recipient":[{"id":"kb:ML-FAMA","name":"FAMa"}],
                "source":[],"location":{"name":"Boulkessi","country":"ML","admin1":"Mopti","lat":14.5,
                "lon":-1.3,"geonames_id":null,"precision":1},"fatalities":12,"troops":null,
                "quantities":[{"kind":"fatalities","value":12,"approx":false,"start":60,"end":70}],
                "evidence":[],"trigger":{"start":20,"end":28,"text":"attaqué"}}"#,
        );
        let doubtful = record(
            r#"{"id":"b","type":"ASSAULT","mode":null,"acled":null,"status":"asserted","date":null,
                "date_precision":null,"actor":[],"recipient":[],"source":[],"location":null,
                "fatalities":null,"troops":null,"quantities":[],"evidence":[],
                "trigger":{"start":120,"end":128,"text":"attaques"}}"#,
        );
        let c_clear = Cues {
            sentence: 0,
            actor_kind: Some(EntityType::ArmedGroup),
            recipient_kind: Some(EntityType::StateForce),
            ..Cues::default()
        };
        let c_doubtful = Cues {
            sentence: 1,
            nominal: true,
            definite_noun: true,
            subject_anaphor: true,
            reference: true,
            ..Cues::default()
        };
        let doc = veille_core::Document { lang: veille_core::Lang::Fr, ..veille_core::Document::default() };
        let a = Analysis::new(&doc, false);
        let mut model = LearnedFilter::load_default().unwrap();
        let score = |c: &Cues, r: &EventRecord| {
            let f = Features {
                c,
                r,
                lang: "fr",
                sentences: 2,
                same_sentence: 0,
                same_type_before: false,
                in_quote: false,
                dup_party: false,
                dup_place: false,
            };
            model.probability(&f)
        };
        let (p_clear, p_doubtful) = (score(&c_clear, &clear), score(&c_doubtful, &doubtful));
        assert!(p_clear > 0.8 && p_clear > p_doubtful + 0.3, "{p_clear} vs {p_doubtful}");
        model.threshold = (p_clear + p_doubtful) / 2.0;
        let events = vec![(c_clear, clear), (c_doubtful, doubtful)];
        let kept: Vec<String> = apply(&model, true, &a, events.clone()).into_iter().map(|r| r.id).collect();
        assert_eq!(kept, vec!["a".to_string()]);
        assert_eq!(apply(&model, false, &a, events).len(), 2);
    }

    #[test]
    fn bad_rows_are_refused() {
        assert!(LearnedFilter::parse("@threshold\t0.3\n").is_err(), "no @default");
        assert!(LearnedFilter::parse("@threshold\t0.3\n@default\tmaybe\n").is_err());
        assert!(LearnedFilter::parse("@threshold\t0.3\n@default\toff\nt=ASSAULT\tx\n").is_err());
        assert!(
            LearnedFilter::parse("@threshold\t0.3\n@default\toff\nt=ASSAULT\t1\nt=ASSAULT\t2\n").is_err()
        );
        let f = LearnedFilter::parse("@bias\t-1\n@threshold\t0.3\n@default\ton\nt=ASSAULT\t2.5\n").unwrap();
        assert!(f.enabled);
        assert_eq!(f.weights.get(&hash_parts(&["t", "ASSAULT"])), Some(&2.5));
    }
}
