//! The compiled pattern set: every alias, demonym, noun, title, collective phrase and cue of the
//! knowledge base, folded (veille_text::fold_str), in one leftmost-longest Aho-Corasick automaton.

use rustc_hash::FxHashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Input, MatchKind};
use veille_core::EntityType;
use veille_text::fold_str;

use crate::error::{KbError, Result};
use crate::kb::Kb;
use crate::model::{AliasKind, CollectiveKind};

/// What one pattern can mean. A pattern may carry several payloads ("niger" = a state; "commandant" =
/// a title and a provisional cue).
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Payload {
    Entity {
        ent: u32,
        kind: AliasKind,
        case: Option<Box<str>>,
        cap_initial: bool,
        weak: bool,
    },
    Demonym {
        country: Box<str>,
        case: Option<Box<str>>,
    },
    Noun {
        slot: Box<str>,
    },
    /// `tail`: the part of a "{}" title after the demonym (" des affaires etrangeres").
    Title {
        role: Box<str>,
        org: Option<Box<str>>,
        tail: Option<Box<str>>,
    },
    Collective(CollectiveKind),
    Provisional(EntityType),
    Pronoun(char),
    /// An administrative division of a state (capitalised in the text): context only.
    Region {
        country: Box<str>,
    },
}

#[derive(Debug, Default)]
pub(crate) struct Matcher {
    ac: Option<AhoCorasick>,
    pub payloads: Vec<Vec<Payload>>,
    pub patterns: Vec<String>,
}

/// Hyphen/space and apostrophe variants of a folded multi-word alias.
fn variants(f: &str) -> Vec<String> {
    let mut v = vec![f.to_string()];
    if f.contains('-') {
        v.push(f.replace('-', " "));
    }
    if f.contains(' ') && f.split(' ').count() <= 3 {
        v.push(f.replace(' ', "-"));
    }
    if f.contains('\'') && f.len() > 4 {
        let b = f.as_bytes();
        let inner = (1..b.len() - 1).any(|i| b[i] == b'\'' && b[i - 1].is_ascii_alphabetic() && i > 1);
        if inner {
            v.push(f.replace('\'', ""));
        }
    }
    v.sort();
    v.dedup();
    v
}

fn is_acronym_like(s: &str) -> bool {
    s.chars().filter(|c| c.is_uppercase()).count() >= 2
}

impl Matcher {
    pub fn build(kb: &Kb) -> Result<Matcher> {
        let mut index: FxHashMap<String, usize> = FxHashMap::default();
        let mut m = Matcher::default();
        let mut add = |m: &mut Matcher, pat: String, p: Payload| {
            if pat.trim().is_empty() {
                return;
            }
            let i = *index.entry(pat.clone()).or_insert_with(|| {
                m.patterns.push(pat);
                m.payloads.push(Vec::new());
                m.payloads.len() - 1
            });
            if !m.payloads[i].contains(&p) {
                m.payloads[i].push(p);
            }
        };
        for (ei, e) in kb.entities.iter().enumerate() {
            for a in &e.aliases {
                let single = !a.text.contains([' ', '-', '\'']);
                let case =
                    (a.case_sensitive || single && is_acronym_like(&a.text)).then(|| a.text.clone().into());
                let cap_initial = single && a.text.chars().next().is_some_and(char::is_uppercase);
                for v in variants(&fold_str(&a.text)) {
                    add(
                        &mut m,
                        v,
                        Payload::Entity {
                            ent: ei as u32,
                            kind: a.kind,
                            case: case.clone(),
                            cap_initial,
                            weak: a.weak,
                        },
                    );
                }
            }
        }
        for d in &kb.demonyms {
            let case = d.case_sensitive.then(|| d.form.clone().into());
            for v in variants(&fold_str(&d.form)) {
                add(&mut m, v, Payload::Demonym { country: d.country.clone().into(), case: case.clone() });
            }
        }
        for n in &kb.nouns {
            add(&mut m, fold_str(&n.form), Payload::Noun { slot: n.slot.clone().into() });
        }
        for t in &kb.titles {
            let org: Option<Box<str>> = t.org.clone().map(Into::into);
            let f = fold_str(&t.pattern);
            if let Some((head, tail)) = f.split_once("{}") {
                let head = head.trim_end().to_string();
                add(
                    &mut m,
                    head,
                    Payload::Title { role: t.role.clone().into(), org: org.clone(), tail: Some(tail.into()) },
                );
            } else {
                for v in variants(&f) {
                    add(
                        &mut m,
                        v,
                        Payload::Title { role: t.role.clone().into(), org: org.clone(), tail: None },
                    );
                }
            }
        }
        for c in &kb.collectives {
            add(&mut m, fold_str(&c.phrase), Payload::Collective(c.kind.clone()));
        }
        for (name, cc) in &kb.regions {
            for v in variants(&fold_str(name)) {
                add(&mut m, v, Payload::Region { country: cc.clone().into() });
            }
        }
        for (f, t) in &kb.ctx.provisional {
            add(&mut m, f.clone(), Payload::Provisional(*t));
        }
        for (f, g) in &kb.ctx.pronoun {
            add(&mut m, f.clone(), Payload::Pronoun(*g));
        }
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&m.patterns)
            .map_err(|e| KbError::Matcher(e.to_string()))?;
        m.ac = Some(ac);
        Ok(m)
    }

    /// Leftmost-longest match starting at or after `from` in `folded`.
    pub fn find(&self, folded: &str, from: usize) -> Option<(usize, usize, usize)> {
        let ac = self.ac.as_ref()?;
        let m = ac.find(Input::new(folded).range(from..))?;
        Some((m.start(), m.end(), m.pattern().as_usize()))
    }

    /// Number of patterns in the automaton.
    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    /// Approximate heap size of the automaton in bytes.
    pub fn memory_usage(&self) -> usize {
        self.ac.as_ref().map_or(0, |a| a.memory_usage())
            + self.patterns.iter().map(|p| p.capacity()).sum::<usize>()
            + self.payloads.iter().map(|p| p.capacity() * std::mem::size_of::<Payload>()).sum::<usize>()
    }
}
