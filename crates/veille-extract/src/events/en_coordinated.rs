//! English violence told by coordinated verbs ("Bandits killed five herders and abducted 20
//! women", "gunmen stormed the village and burned houses"): the second act is the first one's
//! attackers', named or not.

use super::*;

impl Extractor<'_, '_> {
    /// An active English assault verb coordinated with an assault told right before it in its
    /// sentence shares that assault's subject even when it names no known party ("bandits",
    /// "gunmen"): one band does both acts. (Other coordinated verbs share only a named subject.)
    pub(super) fn en_coordinated_violence(&self, d: &Draft, main: &Draft) -> bool {
        self.a.doc.lang == veille_core::Lang::En
            && d.coordinated
            && d.kind == EventType::Assault
            && main.kind == EventType::Assault
            && !main.nominal
            && !main.background
            && !main.actor.is_empty()
            && main.status == d.status
    }
}
