//! A violent event whose sentence names no place, told right after a sentence that names one
//! place and reports no event of its own: « Nous avons fui », raconte un habitant de Diapaga. Des
//! hommes armés ont enlevé mardi le chef du village… — the attack happened at the place the report
//! has just set (the lead names the scene, the next sentence tells what happened there).

use super::*;

impl<'a, 'd> Extractor<'a, 'd> {
    pub(super) fn lead_place(&self, drafts: &mut [Draft]) {
        let a = self.a;
        for i in 0..drafts.len() {
            let d = &drafts[i];
            if d.location.is_some() || d.background || d.kind != EventType::Assault || d.sentence == 0 {
                continue;
            }
            let si = d.sentence;
            // the sentence before tells an event of its own: its place (if any) is that event's,
            // and the rule for following events is the one in `run`
            if drafts.iter().any(|p| p.sentence + 1 == si) {
                continue;
            }
            let ss = a.seg.sentences[si].span;
            if a.places.iter().any(|p| ss.contains(p.span))
                || a.entities.iter().any(|e| e.kind == EntityType::Country && ss.contains(e.span))
            {
                continue;
            }
            let ps = a.seg.sentences[si - 1].span;
            let mut found: Option<&veille_core::PlaceMention> = None;
            let mut several = false;
            for p in a.places.iter().filter(|p| {
                ps.contains(p.span)
                    && !veille_geo::is_dateline_mention(&a.doc.text, p)
                    && !self.in_dateline(p.span)
                    // a capital is where sources and ministries speak from ("une source militaire à
                    // Bamako dément…"), not a scene the report sets
                    && p.feature_code.as_deref() != Some("PPLC")
            }) {
                match found {
                    Some(f) if f.name != p.name => several = true,
                    _ => found = Some(p),
                }
            }
            let Some(p) = found.filter(|_| !several) else {
                continue;
            };
            drafts[i].inherit_location(
                self.location_of(p),
                a.explain,
                "no place in its sentence: the one place of the sentence before, which tells no event",
                Some(a.text(p.span).to_string()),
            );
        }
    }
}
