//! A place the gazetteer lacks is a place of the country the article is about.
//!
//! "Huit personnes ont été tuées dans un quartier de Kolofata", "gunmen stormed Kairu village":
//! many villages, quarters and camps of the reports' area are missing from the gazetteer
//! (Nigeria, Cameroon and Chad have towns only), so the geoparser keeps them as places "not in
//! gazetteer" with no country. When every place of the article that the gazetteer resolves lies
//! in one country, or failing that when the report is filed from a country its body names, or
//! failing that when two thirds of its places lie in one country (`main_country.rs`), such a
//! place is taken to lie in that country: the name is kept as written, at its own precision, with
//! the country filled in and the rule in `--explain`. A place whose country is known (a city
//! abroad, "à Moscou") keeps it; nothing is filled when the article names places of several
//! countries and no dateline settles it.

use super::*;

impl<'a, 'd> Extractor<'a, 'd> {
    /// Fills the country of a draft's unresolved place (see the module).
    pub(super) fn unknown_place_country(
        &self,
        d: &mut Draft,
        scene: Option<&str>,
        filed: Option<&str>,
        main: Option<&str>,
    ) {
        let Some(loc) = d.location.as_mut() else { return };
        if loc.country.is_some() || loc.geonames_id.is_some() || loc.name.is_empty() {
            return;
        }
        let (cc, why) = match (scene, filed) {
            (Some(cc), _) => (cc, "a place not in the gazetteer: the country of the article's other places"),
            (None, Some(cc)) => (cc, "a place not in the gazetteer: the country of the report's dateline"),
            (None, None) => match main {
                Some(cc) => (cc, "a place not in the gazetteer: the country of most of the article's places"),
                None => return,
            },
        };
        loc.country = Some(cc.to_string());
        if self.a.explain {
            d.explain.push(step("location", why, Some(cc.to_string())));
        }
    }
}
