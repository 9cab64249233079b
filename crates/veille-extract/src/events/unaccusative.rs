//! French verbs conjugated with "être" in their active voice (`data/unaccusative.tsv`): "des
//! milliers de partisans sont descendus dans la rue", "les deux pays étaient convenus de…". A
//! trigger built on one of them is never read as a passive: its subject acts.

use super::*;
use crate::wordlist::EmbeddedList;

pub(super) static LIST: EmbeddedList<()> =
    EmbeddedList::new(include_str!("../../data/unaccusative.tsv"), "unaccusative.tsv", |c| match c {
        "etre" => Some(()),
        _ => None,
    });

impl Extractor<'_, '_> {
    /// The sense's lexicon entry inflects a verb of that list ("<descendre> dans la rue",
    /// "<convenir>").
    pub(super) fn unaccusative(&self, sense: &Sense) -> bool {
        if self.a.doc.lang != veille_core::Lang::Fr {
            return false;
        }
        let Some(rest) = sense.entry.strip_prefix('<') else { return false };
        let Some(lemma) = rest.split('>').next() else { return false };
        LIST.get().class(veille_core::Lang::Fr, lemma).is_some()
    }
}
