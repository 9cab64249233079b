//! Numbered collectives of states ("les deux pays", "the two countries"; `data/pairs.tsv`): an
//! unresolved party so named stands for the last N distinct states the article named before it
//! (a state, its government or its forces, read by their country), when it named that many.
//! "Nouakchott a convoqué l'ambassadeur du Mali … Les deux pays ont annoncé des patrouilles
//! conjointes": the patrols are Mauritania's and Mali's (a cooperation of two sides, not one).

use super::*;
use crate::wordlist::EmbeddedList;

/// Offset of the classes that count organisations (an alliance, a regional body) beside states.
const PARTIES: usize = 100;

/// The class of the words naming officials or forces of a state ("chiefs", "ministres"), which
/// a numbered collective of states may own: "the two countries' defence chiefs", "les ministres
/// de la Défense des deux pays", "the foreign ministers of both countries".
const OFFICIALS: usize = 0;

/// Words at most in a numbered collective read around a party's name.
const COLLECTIVE_WORDS: usize = 4;

pub(super) static LIST: EmbeddedList<usize> =
    EmbeddedList::new(include_str!("../../data/pairs.tsv"), "pairs.tsv", |c| match c {
        "states2" => Some(2),
        "states3" => Some(3),
        // "les deux parties": the parties of a talk, states or organisations (events/pairs.rs)
        "parties2" => Some(PARTIES + 2),
        "parties3" => Some(PARTIES + 3),
        // "chiefs", "ministres": officials of numbered states ("the two countries' defence chiefs")
        "officials" => Some(OFFICIALS),
        _ => None,
    });

impl Extractor<'_, '_> {
    /// Replaces, in every draft, an unresolved actor or recipient named by a numbered collective
    /// of states by the states it stands for.
    pub(super) fn numbered_states(&self, drafts: &mut [Draft]) {
        for d in drafts.iter_mut() {
            for recipient in [false, true] {
                let (refs, kinds) =
                    if recipient { (&d.recipient, &d.recipient_kinds) } else { (&d.actor, &d.actor_kinds) };
                let Some((i, n)) = refs.iter().enumerate().find_map(|(i, r)| {
                    r.id.is_none().then(|| self.collective_class(d, &r.name)).flatten().map(|n| (i, n))
                }) else {
                    continue;
                };
                let at = self.collective_at(d, &refs[i].name);
                let states: Vec<(ActorRef, EntityType)> = if n > PARTIES {
                    self.last_parties_before(at, n - PARTIES)
                } else {
                    let states = self.last_states_before(at, n);
                    if states.len() != n {
                        continue;
                    }
                    states.iter().map(|cc| (self.state_ref(cc), EntityType::Country)).collect()
                };
                if states.is_empty() {
                    continue;
                }
                let name = refs[i].name.clone();
                let mut out: Vec<ActorRef> = Vec::new();
                let mut out_kinds: Vec<EntityType> = Vec::new();
                for (k, (r, kind)) in refs.iter().zip(kinds).enumerate() {
                    if k == i {
                        for (r, kind) in &states {
                            push_ref(&mut out, &mut out_kinds, r.clone(), *kind);
                        }
                    } else {
                        push_ref(&mut out, &mut out_kinds, r.clone(), *kind);
                    }
                }
                let rule = "numbered collective (\"les deux pays\"): the states last named before it";
                if recipient {
                    d.set_recipient((out, out_kinds), false, rule);
                } else {
                    d.set_actor((out, out_kinds), false, rule);
                }
                if self.a.explain {
                    d.explain.push(step(if recipient { "recipient" } else { "actor" }, rule, Some(name)));
                }
            }
        }
    }

    /// The class of the numbered collective an unresolved party's `name` is or belongs to, in
    /// the sentence of `d` ("les deux pays", "Les trois chefs d'État", "the two countries'
    /// defence chiefs").
    fn collective_class(&self, d: &Draft, name: &str) -> Option<usize> {
        LIST.get()
            .class(self.a.doc.lang, name)
            .or_else(|| self.titled_collective(d, name))
            .or_else(|| self.officials_of_collective(d, name))
            .filter(|&n| n != OFFICIALS)
    }

    /// Whether `d` has an unresolved actor named by a numbered collective of states or parties:
    /// a verb coordinated with it shares that subject as if it were named.
    pub(super) fn collective_actor(&self, d: &Draft) -> bool {
        d.actor.iter().any(|r| r.id.is_none() && self.collective_class(d, &r.name).is_some())
    }

    /// Where the phrase `name` stands in the draft's sentence (its last occurrence before the
    /// trigger, else its first), else the trigger.
    fn collective_at(&self, d: &Draft, name: &str) -> usize {
        let ss = self.a.seg.sentences[d.sentence].span;
        let text = &self.a.doc.text[ss.start..ss.end];
        let before = d.trigger.start.saturating_sub(ss.start).min(text.len());
        text.get(..before)
            .and_then(|t| t.rfind(name))
            .or_else(|| text.find(name))
            .map_or(d.trigger.start, |k| ss.start + k)
    }

    /// The countries (ISO codes) of the last `n` distinct states named before byte `at` (states,
    /// governments, state forces), the latest first; fewer when the article names fewer.
    fn last_states_before(&self, at: usize, n: usize) -> Vec<String> {
        let mut out: Vec<String> = Vec::with_capacity(n);
        for e in self.a.entities.iter().rev() {
            if e.span.end > at
                || e.id.is_none()
                || !matches!(e.kind, EntityType::Country | EntityType::StateForce)
            {
                continue;
            }
            // (a state's own id, "kb:ML", when the mention carries no country)
            let own = e.id.as_deref().and_then(|id| id.strip_prefix("kb:")).filter(|c| {
                e.kind == EntityType::Country && c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase())
            });
            let Some(cc) = e.country.as_deref().or(own) else { continue };
            if !out.iter().any(|c| c == cc) {
                out.push(cc.to_string());
                if out.len() == n {
                    break;
                }
            }
        }
        out
    }
}

impl Extractor<'_, '_> {
    /// The last `n` distinct parties named before byte `at`: states (a state, its government or
    /// its forces, by their country) and intergovernmental bodies ("l'AES", "la Cédéao"), the
    /// latest first; empty unless the article names that many ("les deux parties se sont
    /// accordées" after Bamako and Nouakchott, after the AES and the Cédéao).
    fn last_parties_before(&self, at: usize, n: usize) -> Vec<(ActorRef, EntityType)> {
        let mut keys: Vec<&str> = Vec::with_capacity(n);
        let mut out: Vec<(ActorRef, EntityType)> = Vec::with_capacity(n);
        for e in self.a.entities.iter().rev() {
            if e.span.end > at {
                continue;
            }
            let Some(id) = e.id.as_deref() else { continue };
            let key = match e.kind {
                EntityType::Country | EntityType::StateForce => {
                    let own = id.strip_prefix("kb:").filter(|c| {
                        e.kind == EntityType::Country
                            && c.len() == 2
                            && c.bytes().all(|b| b.is_ascii_uppercase())
                    });
                    let Some(cc) = e.country.as_deref().or(own) else { continue };
                    cc
                }
                EntityType::Igo => id,
                _ => continue,
            };
            if keys.contains(&key) {
                continue;
            }
            keys.push(key);
            out.push(if e.kind == EntityType::Igo {
                (
                    ActorRef { id: Some(id.to_string()), name: self.name_of(id), acled_class: None },
                    EntityType::Igo,
                )
            } else {
                (self.state_ref(key), EntityType::Country)
            });
            if out.len() == n {
                return out;
            }
        }
        Vec::new()
    }
}

impl Extractor<'_, '_> {
    /// A one-word name read inside a numbered collective: "Les trois chefs d'État" leaves the
    /// tagger's "État" as the party; the words before it in the sentence complete the phrase.
    fn titled_collective(&self, d: &Draft, name: &str) -> Option<usize> {
        if name.contains(' ') || self.a.doc.lang != veille_core::Lang::Fr {
            return None;
        }
        let ss = self.a.seg.sentences[d.sentence].span;
        let text = &self.a.doc.text[ss.start..ss.end];
        let at = text.find(name)?;
        // up to four words before it: "les trois chefs d'"
        let before = &text[..at];
        let from = before.char_indices().rev().filter(|&(_, c)| c == ' ').nth(3).map_or(0, |(k, _)| k + 1);
        let phrase = &text[from..at + name.len()];
        let words: Vec<&str> = phrase.split(' ').collect();
        (0..words.len().saturating_sub(1))
            .find_map(|k| LIST.get().class(self.a.doc.lang, &words[k..].join(" ")))
    }
}

impl Extractor<'_, '_> {
    /// The class of the numbered collective of states that owns the officials named `name`:
    /// before it as a possessive ("the two countries' defence chiefs") or after it, inside the
    /// name or right after it, as a complement ("the foreign ministers of both countries", "les
    /// ministres de la Défense des deux pays"). None unless a word of the name before the
    /// collective names officials or forces (`officials` in `data/pairs.tsv`).
    fn officials_of_collective(&self, d: &Draft, name: &str) -> Option<usize> {
        let lang = self.a.doc.lang;
        let list = LIST.get();
        let ss = self.a.seg.sentences[d.sentence].span;
        let at = self.collective_at(d, name);
        let text = &self.a.doc.text;
        if at < ss.start || at + name.len() > ss.end || text.get(at..at + name.len()) != Some(name) {
            return None;
        }
        let states = |phrase: &str| list.class(lang, phrase).filter(|&n| (2..PARTIES).contains(&n));
        // the last words of `s` that form a numbered collective
        let ending = |s: &str| {
            let words: Vec<&str> = s.split_whitespace().rev().take(COLLECTIVE_WORDS).collect();
            (2..=words.len()).find_map(|k| {
                let phrase: Vec<&str> = words[..k].iter().rev().copied().collect();
                states(&phrase.join(" "))
            })
        };
        // the first words of `s` that form one
        let opening = |s: &str, article: &str| {
            let words: Vec<&str> = s
                .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '.' | ':'))
                .filter(|w| !w.is_empty())
                .take(COLLECTIVE_WORDS)
                .collect();
            (2..=words.len()).find_map(|k| {
                let phrase = words[..k].join(" ");
                if article.is_empty() { states(&phrase) } else { states(&format!("{article} {phrase}")) }
            })
        };
        let officials = |s: &str| {
            s.split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
                .any(|w| list.class(lang, w) == Some(OFFICIALS))
        };
        // "the two countries' defence chiefs"
        let before = text[ss.start..at].trim_end();
        if let Some(owner) = ["'s", "’s", "'", "’"].iter().find_map(|p| before.strip_suffix(p))
            && officials(name)
            && let Some(n) = ending(owner)
        {
            return Some(n);
        }
        // "Les chefs d'état-major des deux pays": the complement taken for the party
        if let Some(rest) = name.strip_prefix("des ")
            && let Some(n) = states(&format!("les {rest}"))
        {
            let words: Vec<&str> = before.rsplit(' ').take(COLLECTIVE_WORDS).collect();
            if words.iter().any(|w| officials(w)) {
                return Some(n);
            }
        }
        // "the foreign ministers of both countries", "les ministres … des deux pays"
        let rest = &text[at..ss.end];
        for (link, article) in [(" of ", ""), (" des ", "les"), (" de ", "")] {
            let Some(k) = rest.find(link).filter(|&k| k <= name.len()) else { continue };
            if officials(&rest[..k])
                && let Some(n) = opening(&rest[k + link.len()..], article)
            {
                return Some(n);
            }
        }
        None
    }
}
