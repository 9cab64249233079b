//! A country or place named with a compass part ("in north-east Nigeria", "in north-eastern
//! Mali", "dans le nord du Niger"): the place, with its bearing and the phrase as its span.
//! Sentences written for veille.

mod common;

use common::{at, places};
use veille_core::Lang;

#[test]
fn two_word_compass_before_a_country() {
    let t = "Aid agencies say two million people are displaced in north-east Nigeria.";
    let ms = places(t, Lang::En);
    let m = at(&ms, t, "Nigeria").expect("Nigeria is a place");
    assert_eq!(m.bearing.as_deref(), Some("NE"));
    assert_eq!(m.span.slice(t), "north-east Nigeria");
}

#[test]
fn hyphenated_compass_adjective() {
    let t = "The convoy was ambushed in south-western Niger on Friday.";
    let ms = places(t, Lang::En);
    let m = at(&ms, t, "Niger").expect("Niger is a place");
    assert_eq!(m.bearing.as_deref(), Some("SW"));
    assert_eq!(m.country.as_deref(), Some("NE"));
}

#[test]
fn a_compass_name_without_locative_is_not_a_bearing() {
    let t = "North East Mali, a new armed coalition, said it had taken the town.";
    let ms = places(t, Lang::En);
    assert!(at(&ms, t, "Mali").is_none_or(|m| m.bearing.is_none()));
}
