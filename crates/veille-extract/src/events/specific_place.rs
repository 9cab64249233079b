//! The most specific named place (EVAL.md guideline 8). An event placed by an admin area ("dans
//! la province du Soum", "in the central Ségou region", "Dans la région de l'Est") whose clause
//! also names a town inside that area ("Djibo, chef-lieu de la province du Soum", "… près de
//! Pama") happened at that town; so does one whose area is told right after a place the
//! gazetteer lacks, as its apposition ("à une quinzaine de kilomètres d'Adel Bagrou, dans le
//! Hodh Ech Chargui").

use super::*;

/// Bytes at most between a place the gazetteer lacks and the area that situates it.
const APPOSITION: usize = 16;

impl Extractor<'_, '_> {
    /// A place of `cands` (the sentence's candidate places) in the clause `cs..ce` that lies
    /// inside the admin area `p`, the first in the text; `None` when `p` is no first- or
    /// second-level admin area.
    pub(super) fn place_inside_area<'p>(
        &self,
        p: &'p veille_core::PlaceMention,
        cands: &[&'p veille_core::PlaceMention],
        cs: usize,
        ce: usize,
    ) -> Option<&'p veille_core::PlaceMention> {
        let level = match (p.geonames_id, p.feature_class.as_deref(), p.feature_code.as_deref()) {
            (Some(_), Some("A"), Some("ADM1")) => 1,
            (Some(_), Some("A"), Some("ADM2")) => 2,
            _ => return None,
        };
        let text = &self.a.doc.text;
        cands.iter().copied().filter(|q| q.span.start >= cs && q.span.end <= ce).find(|q| {
            if q.span == p.span || q.country.is_some() && q.country != p.country {
                return false;
            }
            match q.geonames_id {
                // a town of the area: same first-level (or second-level) unit
                Some(_) => {
                    q.feature_class.as_deref() == Some("P")
                        && if level == 2 {
                            q.admin2.is_some() && q.admin2 == p.admin2
                        } else {
                            q.admin1.is_some() && q.admin1 == p.admin1
                        }
                }
                // a place the gazetteer lacks, situated by the area right after it
                None => {
                    !veille_geo::is_foreign_city(q)
                        && q.span.end <= p.span.start
                        && p.span.start - q.span.end <= APPOSITION
                        && text.get(q.span.end..p.span.start).is_some_and(|g| g.contains([',', '(']))
                }
            }
        })
    }
}
