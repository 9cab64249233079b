//! Helpers shared by the geoparser's sentence tests: one geoparser loaded once per test binary,
//! and the mention found at a surface string.

use veille_core::{Lang, PlaceMention};
use veille_geo::Geoparser;

/// The place mentions of `text`, with no entity context.
pub fn places(text: &str, lang: Lang) -> Vec<PlaceMention> {
    static GP: std::sync::OnceLock<Geoparser<'static>> = std::sync::OnceLock::new();
    let gp = GP.get_or_init(|| Geoparser::load_default().unwrap());
    let seg = veille_text::segment(text, lang);
    gp.annotate(text, &seg, lang, &[])
}

/// The mention whose name starts at the first occurrence of `surface` (which must occur).
pub fn at<'a>(ms: &'a [PlaceMention], text: &str, surface: &str) -> Option<&'a PlaceMention> {
    let p = text.find(surface).unwrap();
    ms.iter().find(|m| m.name_span.start == p)
}
