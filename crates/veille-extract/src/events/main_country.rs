//! The country most of an article's places lie in, as the scene of its physical events that name
//! no place.
//!
//! A full article about one country's incidents often names a neighbour or two as well ("venus du
//! Nigeria voisin", "near the Niger and Burkina borders", a refugee camp across the border), and
//! then has no *one* scene country (every place in one country, `one_place_country`). Its attacks,
//! arrests, deployments, withdrawals and protests told without a place — background ones too ("in
//! January, 28 soldiers were killed in a similar assault") — still happen, far more often than not,
//! where most of its places are. When at least two thirds of the places the article names (the
//! dateline and cities abroad aside; at least three) lie in one country, such an event takes
//! that country at country precision, with the rule in `--explain`. Statements are left alone.

use super::*;

impl<'a, 'd> Extractor<'a, 'd> {
    /// The country of at least two thirds of the article's places, and of three at least (see the
    /// module).
    pub(super) fn main_place_country(&self) -> Option<&'a str> {
        let mut counts: Vec<(&'a str, usize)> = Vec::new();
        let mut total = 0;
        for p in &self.a.places {
            if self.in_dateline(p.span) || veille_geo::is_foreign_city(p) {
                continue;
            }
            let Some(c) = p.country.as_deref() else { continue };
            total += 1;
            match counts.iter_mut().find(|(x, _)| *x == c) {
                Some((_, n)) => *n += 1,
                None => counts.push((c, 1)),
            }
        }
        let (cc, n) = counts.into_iter().max_by_key(|&(c, n)| (n, std::cmp::Reverse(c)))?;
        (n >= 3 && 3 * n >= 2 * total).then_some(cc)
    }

    /// A physical event left with no location takes the article's main country (see the module).
    pub(super) fn main_country(&self, d: &mut Draft, main: Option<&str>) {
        if !super::coref::scene_kind(d.kind) || d.location.is_some() {
            return;
        }
        let Some(cc) = main else { return };
        self.place_in_country(
            d,
            cc,
            "no place in its sentences: the country of most of the article's places",
        );
    }
}
