//! The country a report is filed from, as the scene of its physical events that name no place.
//!
//! "BAMAKO, 12 février 2026 (AFP) – Des hommes armés ont attaqué mardi un convoi de l'armée…":
//! when no sentence of the report places the attack, the dateline still tells the country the
//! correspondent writes from, and a violent event, a deployment, an arrest, a withdrawal or a
//! protest told with no place happens, in the reports of the area, in that country far more often
//! than elsewhere. The place is given at country precision only (the dateline city is where the
//! report was filed, not the scene), and only when the body of the report names that country or
//! one of its places: a report filed from a regional hub ("DAKAR (Reuters) – … in northern Mali")
//! about another country gives no scene. Statements and background events are left alone.

use super::*;

impl<'a, 'd> Extractor<'a, 'd> {
    /// The country of the report's dateline place (or of the country the dateline names, "ABUJA,
    /// Nigeria (AP) -"), when the body of the report names it too.
    pub(super) fn dateline_country(&self) -> Option<&'a str> {
        let a = self.a;
        let dl = self.dateline?;
        let in_dl = |s: Span| dl.contains(s);
        let cc: &'a str =
            a.places.iter().filter(|p| in_dl(p.span)).find_map(|p| p.country.as_deref()).or_else(|| {
                a.entities
                    .iter()
                    .filter(|e| e.kind == EntityType::Country && in_dl(e.span))
                    .find_map(|e| e.country.as_deref())
            })?;
        let named_in_body = a.places.iter().any(|p| !in_dl(p.span) && p.country.as_deref() == Some(cc))
            || a.entities
                .iter()
                .any(|e| e.kind == EntityType::Country && !in_dl(e.span) && e.country.as_deref() == Some(cc));
        named_in_body.then_some(cc)
    }

    /// A physical event left with no location takes the dateline's country (see the module).
    pub(super) fn filed_from_country(&self, d: &mut Draft, filed: Option<&str>) {
        if !super::coref::scene_kind(d.kind) || d.background || d.location.is_some() {
            return;
        }
        let Some(cc) = filed else { return };
        self.place_in_country(
            d,
            cc,
            "no place in its sentences: the country of the report's dateline, named in its body",
        );
    }
}
