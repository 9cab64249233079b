//! Regional branches: the bare name of a parent group ("l'État islamique", "l'EI", "Islamic State
//! fighters") read as the province that operates in the event's scene (`data/kb/provinces.tsv`).

use super::*;

impl<'a, 'd> Extractor<'a, 'd> {
    /// The one country that every place of the document (datelines aside) lies in, from one place
    /// mention on: the scene of a passage whose statements name no place themselves.
    pub(super) fn branch_scene(&self) -> Option<&'a str> {
        let mut cc: Option<&'a str> = None;
        for p in &self.a.places {
            if self.in_dateline(p.span) {
                continue;
            }
            let Some(c) = p.country.as_deref() else { continue };
            match cc {
                Some(x) if x != c => return None,
                _ => cc = Some(c),
            }
        }
        cc
    }

    /// Each party of the event whose id is a parent group with a regional branch in the scene (the
    /// country and first-level division of the event's place, else the document's one scene country)
    /// becomes that branch; with no scene the parent stays itself.
    pub(super) fn regional_branches(&self, d: &mut Draft, doc_scene: Option<&str>) {
        let Some(kb) = self.kb else { return };
        let (country, admin1) = match d.location.as_ref().and_then(|l| l.country.as_deref().map(|c| (c, l))) {
            Some((c, l)) => (c.to_string(), l.admin1.clone()),
            None => match doc_scene {
                Some(c) => (c.to_string(), None),
                None => return,
            },
        };
        let date = self.a.doc.published.unwrap_or_else(veille_kb::today);
        let mut changed = Vec::new();
        for r in d.actor.iter_mut().chain(d.recipient.iter_mut()).chain(d.source.iter_mut()) {
            let Some(id) = r.id.as_deref() else { continue };
            if let Some(b) = kb.regional_branch(id, &country, admin1.as_deref(), date) {
                changed.push(format!("{id} -> {b}"));
                r.id = Some(b.to_string());
            }
        }
        if self.a.explain && !changed.is_empty() {
            d.explain.push(step(
                "actor",
                &format!("provinces.tsv: the parent group named in a scene of {country}"),
                Some(changed.join(", ")),
            ));
        }
    }
}
