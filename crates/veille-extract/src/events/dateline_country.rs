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
//!
//! The dateline paragraph itself tells acts done where the correspondent is: "NIAMEY, 23 octobre
//! (RFI) - Le tribunal militaire a condamné mercredi six officiers…", "PORTO-NOVO - La CRIET a
//! condamné…". A non-physical event of that paragraph (a verdict, a meeting, an audience, an
//! agreement, a summons, a statement) with no place of its own, one of whose parties belongs to the
//! dateline city's state, and no place abroad named in the paragraph, is placed at the dateline
//! city at precision 2 (inferred, not read in its sentence), with the rule in `--explain`. Physical
//! events keep the country only: an ambush told under a capital's dateline did not happen there.

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

    /// The dateline's place and the end of the dateline's paragraph, when that paragraph names no
    /// place of another state than the dateline's (see the module).
    pub(super) fn dateline_paragraph_place(&self) -> Option<(&'a veille_core::PlaceMention, usize)> {
        let a = self.a;
        let dl = self.dateline?;
        let place = a.places.iter().find(|p| dl.contains(p.span) && p.country.is_some())?;
        let cc = place.country.as_deref();
        let end = a.doc.text[dl.end..].find('\n').map_or(a.doc.text.len(), |k| dl.end + k);
        let abroad = a
            .places
            .iter()
            .any(|p| p.span.start >= dl.end && p.span.end <= end && p.country.as_deref() != cc);
        (!abroad).then_some((place, end))
    }

    /// A non-physical event of the dateline paragraph with no location, by or to a party of the
    /// dateline city's state, is placed at that city (see the module).
    pub(super) fn filed_at_place(&self, d: &mut Draft, filed: Option<(&veille_core::PlaceMention, usize)>) {
        if super::coref::scene_kind(d.kind) || d.background || d.location.is_some() {
            return;
        }
        let Some((p, end)) = filed else { return };
        let (Some(dl), Some(cc)) = (self.dateline, p.country.as_deref()) else { return };
        let ss = self.a.seg.sentences[d.sentence].span;
        if ss.start >= end || ss.end <= dl.start {
            return;
        }
        if !d.actor.iter().chain(&d.recipient).any(|r| self.party_state(r).as_deref() == Some(cc)) {
            return;
        }
        let mut loc = self.location_of(p);
        loc.precision = loc.precision.max(2);
        d.location = Some(loc);
        d.location_reason = None;
        if self.a.explain {
            d.explain.push(step(
                "location",
                "no place in its sentence: the dateline city, in the state of one of its parties, for an act of the dateline paragraph",
                Some(p.name.clone()),
            ));
        }
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
