//! First-level admin areas of the admin table that the gazetteer has no row for (Nigerian states,
//! Chadian provinces): read as that area when the text calls them a state or region, or when the
//! gazetteer only knows a look-alike village elsewhere. Sentences written for veille.

mod common;

use common::{at, places};
use veille_core::Lang;

#[test]
fn a_state_named_like_a_foreign_village_is_the_state() {
    let t = "Gunmen on motorcycles killed nine herders in Borno state on Tuesday, residents said.";
    let ms = places(t, Lang::En);
    let m = at(&ms, t, "Borno").expect("Borno is a place");
    assert_eq!(m.country.as_deref(), Some("NG"));
    assert_eq!(m.admin1.as_deref(), Some("Borno"));
    assert_eq!(m.precision, 3);
}

#[test]
fn a_french_etat_de_reads_the_state() {
    let t = "Une quinzaine de villageois ont été tués samedi dans l'État de Borno, selon la police.";
    let ms = places(t, Lang::Fr);
    let m = at(&ms, t, "Borno").expect("Borno is a place");
    assert_eq!(m.country.as_deref(), Some("NG"));
}

#[test]
fn a_bare_state_name_is_not_a_look_alike_village() {
    let t = "Protesters demanded justice for the farmers killed in Benue last week.";
    let ms = places(t, Lang::En);
    let m = at(&ms, t, "Benue").expect("Benue is a place");
    assert_eq!(m.country.as_deref(), Some("NG"));
}

#[test]
fn a_country_followed_by_state_stays_the_country() {
    let t = "Niger state television said the curfew in Niamey had been lifted.";
    let ms = places(t, Lang::En);
    if let Some(m) = at(&ms, t, "Niger") {
        assert_eq!(m.country.as_deref(), Some("NE"));
    }
}

#[test]
fn a_region_the_gazetteer_holds_is_unchanged() {
    let t = "Des hommes armés ont attaqué un village de la région de Tillabéri.";
    let ms = places(t, Lang::Fr);
    let m = at(&ms, t, "Tillabéri").expect("Tillabéri is a place");
    assert_eq!(m.country.as_deref(), Some("NE"));
    assert!(m.geonames_id.is_some());
}
