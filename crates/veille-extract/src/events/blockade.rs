//! Authors of blockades and sieges (`data/blockades.tsv`). In Sahel reports a blockade is imposed by
//! an armed group on a town or a country; its author is often told by an adjective ("Djibo vit sous
//! blocus jihadiste", "under a jihadi blockade") or by a relative clause ("le JNIM, qui impose depuis
//! 2022 un blocus à la ville"), and the group after "par"/"du" is sometimes read as what it is
//! imposed on. The state living under it is never its author.

use super::*;
use crate::wordlist::EmbeddedList;

#[derive(Clone, Copy, PartialEq)]
pub(super) enum Word {
    Blockade,
    Jihadist,
}

pub(super) static WORDS: EmbeddedList<Word> =
    EmbeddedList::new(include_str!("../../data/blockades.tsv"), "blockades.tsv", |c| match c {
        "blockade" => Some(Word::Blockade),
        "jihadist" => Some(Word::Jihadist),
        _ => None,
    });

/// Words between a relative pronoun and the blockade noun at most ("qui impose depuis 2022 un").
const RELATIVE_SPAN: usize = 6;

impl Extractor<'_, '_> {
    /// A blockade (COERCE restrict whose trigger opens with a word of `blockades.tsv`) with no armed
    /// group, militia or organisation as actor takes as author, in order: an armed group bound as its
    /// recipient (moved to actor); the group a relative clause it sits in is about (", qui impose un
    /// blocus"); for a jihadist word right next to the trigger ("blocus jihadiste", "jihadi
    /// blockade"), the one armed group the document names. A state, government, force or person
    /// bound as its actor gives way to that author.
    pub(super) fn blockade_author(&self, d: &mut Draft) {
        if d.kind != EventType::Coerce || d.mode.as_deref() != Some("restrict") {
            return;
        }
        let lang = self.a.doc.lang;
        let words = WORDS.get();
        let toks = &self.a.seg.tokens;
        let first = toks.partition_point(|t| t.span.start < d.trigger.start);
        if toks.get(first).is_none_or(|t| t.span.start != d.trigger.start)
            || words.class(lang, self.tok_text(first)) != Some(Word::Blockade)
        {
            return;
        }
        if d.actor_kinds
            .iter()
            .any(|k| matches!(k, EntityType::ArmedGroup | EntityType::Militia | EntityType::Igo))
            || d.actor.iter().any(|r| r.id.is_none())
        {
            return;
        }
        let (author, rule) =
            if let Some(i) = d.recipient_kinds.iter().position(|&k| k == EntityType::ArmedGroup) {
                let r = d.recipient.remove(i);
                d.recipient_kinds.remove(i);
                ((r, EntityType::ArmedGroup), "a blockade's armed group is its author, not its target")
            } else if let Some(g) = self.relative_group(d) {
                (g, "a blockade in a relative clause: imposed by the group the clause is about")
            } else if let Some(g) = self.jihadist_next_to(d, first) {
                (g, "a jihadist blockade: the one armed group the document names")
            } else {
                return;
            };
        if self.a.explain {
            d.explain.push(step("actor", &format!("blockades.tsv: {rule}"), author.0.id.clone()));
        }
        d.actor = vec![author.0];
        d.actor_kinds = vec![author.1];
    }

    /// "le JNIM, qui impose depuis 2022 un blocus": the armed group before the comma and relative
    /// pronoun that open the trigger's clause, a few words before it.
    fn relative_group(&self, d: &Draft) -> Option<(ActorRef, EntityType)> {
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[d.sentence].span;
        let mut t = self.tok_before(d.trigger.start)?;
        for _ in 0..RELATIVE_SPAN {
            if toks[t].span.start < ss.start || toks[t].kind == veille_text::TokenKind::Punct {
                return None;
            }
            if matches!(self.tok_text(t), "qui" | "which" | "that") {
                let comma = self.tok_before(toks[t].span.start)?;
                if self.tok_text(comma) != "," {
                    return None;
                }
                let g = self.group_ending_before(toks[comma].span.start)?;
                if g.end != toks[comma].span.start {
                    return None;
                }
                let (refs, kinds) = self.group_refs(g);
                return (refs.len() == 1 && kinds.first() == Some(&EntityType::ArmedGroup))
                    .then(|| (refs[0].clone(), kinds[0]));
            }
            t = t.checked_sub(1)?;
        }
        None
    }

    /// A jihadist word right after the trigger (French: "blocus jihadiste") or right before it
    /// (English: "a jihadi blockade"): the one armed group the document names, if it names one.
    fn jihadist_next_to(&self, d: &Draft, first: usize) -> Option<(ActorRef, EntityType)> {
        let words = WORDS.get();
        let lang = self.a.doc.lang;
        let toks = &self.a.seg.tokens;
        let last = toks.partition_point(|t| t.span.start < d.trigger.end).checked_sub(1)?;
        let next = (last + 1 < toks.len()).then_some(last + 1);
        let prev = first.checked_sub(1);
        let jihadist =
            |k: Option<usize>| k.is_some_and(|k| words.class(lang, self.tok_text(k)) == Some(Word::Jihadist));
        if !(jihadist(next) || jihadist(prev)) {
            return None;
        }
        let mut found: Option<&veille_core::EntityMention> = None;
        for e in &self.a.entities {
            if e.kind != EntityType::ArmedGroup || e.id.is_none() {
                continue;
            }
            match found {
                Some(f) if f.id != e.id => return None,
                _ => found = Some(e),
            }
        }
        let e = found?;
        Some((ActorRef { id: e.id.clone(), name: e.name.clone(), acled_class: None }, EntityType::ArmedGroup))
    }
}
