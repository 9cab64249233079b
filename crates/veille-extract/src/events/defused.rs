//! Explosive devices that struck no one: a device defused, found, detected or made ("un engin
//! explosif improvisé a été désamorcé par les équipes du génie", "ont démantelé un atelier de
//! fabrication d'engins explosifs", "an IED was defused") is no attack (ASSAULT/explosives). Words in
//! `data/defused.tsv`; a word of harm near the device ("a explosé", "killed") keeps the attack.

use super::*;
use crate::wordlist::EmbeddedList;
use veille_text::TokenKind;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    /// The device was defused, found or made.
    Defused,
    /// The device harmed someone or went off.
    Struck,
}

pub(super) static LIST: EmbeddedList<Class> =
    EmbeddedList::new(include_str!("../../data/defused.tsv"), "defused.tsv", |c| match c {
        "defused" => Some(Class::Defused),
        "struck" => Some(Class::Struck),
        _ => None,
    });

/// Tokens read on each side of the device noun, within punctuation.
const WINDOW: usize = 6;

impl Extractor<'_, '_> {
    /// A nominal explosives trigger with no casualty figure, a "defused" word a few tokens before
    /// or after it (no punctuation between) and no word of harm in that stretch.
    pub(super) fn defused_device(&self, d: &Draft) -> bool {
        if d.kind != EventType::Assault
            || d.mode.as_deref() != Some("explosives")
            || !d.nominal
            || !d.quantities.is_empty()
        {
            return false;
        }
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[d.sentence].span;
        let lang = self.a.doc.lang;
        let first = toks.partition_point(|t| t.span.start < d.trigger.start);
        let after = toks.partition_point(|t| t.span.start < d.trigger.end);
        let inside = |k: usize| toks[k].span.start >= ss.start && toks[k].span.end <= ss.end;
        let mut defused = false;
        let mut read = |k: usize| -> Option<bool> {
            if !inside(k) || toks[k].kind == TokenKind::Punct {
                return None;
            }
            match LIST.get().class(lang, self.tok_text(k)) {
                Some(Class::Struck) => Some(true),
                Some(Class::Defused) => {
                    defused = true;
                    Some(false)
                }
                None => Some(false),
            }
        };
        for k in (first.saturating_sub(WINDOW)..first).rev() {
            match read(k) {
                None => break,
                Some(true) => return false,
                Some(false) => {}
            }
        }
        for k in after..(after + WINDOW).min(toks.len()) {
            match read(k) {
                None => break,
                Some(true) => return false,
                Some(false) => {}
            }
        }
        defused
    }
}
