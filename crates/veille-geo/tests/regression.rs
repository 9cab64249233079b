//! Regression tests, one per case found while running the geoparser over example reports.

mod common;

use common::{at, places};
use veille_core::Lang;
use veille_geo::Geoparser;

#[test]
fn english_article_a_is_not_french_a() {
    let t = "In a post on a Telegram channel linked to the group, fighters claimed the attack.";
    assert!(at(&places(t, Lang::En), t, "Telegram").is_none());
}

#[test]
fn compass_adjective_is_not_ghana_western_region() {
    let t = "\"Moscow is not going anywhere,\" a Western diplomat in Bamako said.";
    let ms = places(t, Lang::En);
    assert!(at(&ms, t, "Western").is_none());
    assert_eq!(at(&ms, t, "Bamako").and_then(|m| m.geonames_id), Some(2460596));
}

#[test]
fn list_after_plural_admin_noun_keeps_the_level() {
    let t = "Des mesures comparables avaient été prises dans les régions de Mopti et de Ségou.";
    let ms = places(t, Lang::Fr);
    assert_eq!(at(&ms, t, "Mopti").and_then(|m| m.feature_code.clone()).as_deref(), Some("ADM1"));
    assert_eq!(at(&ms, t, "Ségou").and_then(|m| m.feature_code.clone()).as_deref(), Some("ADM1"));
}

#[test]
fn demonym_after_near_is_not_an_unknown_place() {
    let t = "The patrol was ambushed near the Malian border by Algerian smugglers.";
    let ms = places(t, Lang::En);
    assert!(at(&ms, t, "Malian").is_none(), "{ms:?}");
    assert!(at(&ms, t, "Algerian").is_none(), "{ms:?}");
}

#[test]
fn acronym_that_is_also_a_village_is_not_a_place() {
    let t = "Un convoi des FAMa a été attaqué par le FLA près de Kidal.";
    let ms = places(t, Lang::Fr);
    assert!(at(&ms, t, "FAMa").is_none());
    assert!(at(&ms, t, "FLA").is_none());
    assert_eq!(at(&ms, t, "Kidal").map(|m| m.precision), Some(2));
}

#[test]
fn unknown_locality_after_zone_de_is_proposed() {
    let t = "Les frappes ont visé l'EIGS dans la zone de Tidermène, à 80 km de Ménaka.";
    let ms = places(t, Lang::Fr);
    let m = at(&ms, t, "Tidermène").expect("proposed as a place");
    assert_eq!((m.geonames_id, m.reason.as_deref()), (None, Some(veille_geo::NOT_IN_GAZETTEER)));
    let m = at(&ms, t, "Ménaka").unwrap();
    assert_eq!((m.geonames_id, m.offset_km, m.precision), (Some(2453514), Some(80.0), 2));
    assert_eq!(&t[m.span.start..m.span.end], "80 km de Ménaka");
}

#[test]
fn headline_dateline_keeps_a_weak_place() {
    let t = "ARIBINDA : les habitants sous blocus";
    assert_eq!(at(&places(t, Lang::Fr), t, "ARIBINDA").and_then(|m| m.geonames_id), Some(2363174));
}

#[test]
fn spans_are_byte_offsets_on_char_boundaries() {
    let t = "À Tillabéri, près de Téra, puis à 15 km à l’est de Dori — «\u{a0}Gorom‑Gorom\u{a0}».";
    for m in places(t, Lang::Fr) {
        assert!(t.is_char_boundary(m.span.start) && t.is_char_boundary(m.span.end));
        assert!(m.span.contains(m.name_span));
    }
}

#[test]
fn deterministic() {
    let t = "Des combats ont eu lieu à Boni, à Hombori et près de Douentza, dans la région de Mopti.";
    assert_eq!(places(t, Lang::Fr), places(t, Lang::Fr));
}

/// Pseudo-random texts mixing toponyms, cues, ligatures, quotes, NBSP, emoji and odd
/// punctuation: annotate must not panic and every span must lie on char boundaries.
#[test]
fn mixed_unicode_texts_do_not_break_offsets() {
    let pieces = [
        "à ",
        "Tin-Akoff",
        " ",
        "Œuvre",
        "Gorom\u{2011}Gorom",
        "\u{a0}",
        "«",
        "»",
        "“",
        "”",
        "(",
        ")",
        "30km",
        " au nord-est de ",
        "Ménaka",
        "ÉTAT",
        "N’Guigmi",
        "Fada N'Gourma",
        "…",
        "—",
        "🙂",
        "ǅ",
        "İstanbul",
        "ß",
        "dans la région de ",
        "près d'",
        "Ouagadougou",
        ",",
        ".",
        "\n",
        "km ",
        "miles) ",
        "the ",
        "Niger River",
        "Tillaberi region",
        "ﬁ",
        "é\u{301}",
        "Ⅻ",
        "MALI",
        "Mali",
        " et ",
        "de ",
        "l'Est",
        "Kidal",
        "à une vingtaine de kilomètres de ",
    ];
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..300 {
        let mut t = String::new();
        for _ in 0..30 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            t.push_str(pieces[(x % pieces.len() as u64) as usize]);
        }
        for lang in [Lang::Fr, Lang::En] {
            for m in places(&t, lang) {
                assert!(t.is_char_boundary(m.span.start) && t.is_char_boundary(m.span.end), "{t:?}");
                assert!(
                    t.is_char_boundary(m.name_span.start) && t.is_char_boundary(m.name_span.end),
                    "{t:?}"
                );
                assert!(m.span.contains(m.name_span) && !m.name_span.is_empty(), "{t:?}");
                assert!((0.0..=1.0).contains(&m.score));
            }
        }
    }
}

#[test]
fn tagger_place_spans_are_kept_and_resolved_by_spelling() {
    use veille_core::{EntityMention, EntityType, MentionSource, Span};
    let t = "Des villageois de Tidermène et de Barsalogho ont fui.";
    let place = |s: &str| {
        let p = t.find(s).unwrap();
        EntityMention {
            span: Span::new(p, p + s.len()),
            id: None,
            name: s.to_string(),
            kind: EntityType::Place,
            country: None,
            source: MentionSource::Tagger,
            candidates: vec![],
            reason: None,
            members: vec![],
        }
    };
    let gp = Geoparser::load_default().unwrap();
    let seg = veille_text::segment(t, Lang::Fr);
    let ms = gp.annotate(t, &seg, Lang::Fr, &[place("Tidermène"), place("Barsalogho")]);
    let m = at(&ms, t, "Tidermène").expect("tagger place kept");
    assert_eq!(m.reason.as_deref(), Some(veille_geo::NOT_IN_GAZETTEER));
    assert_eq!(at(&ms, t, "Barsalogho").and_then(|m| m.geonames_id), Some(2362735));
    // without the tagger, a weak "de" does not make an unknown word a place
    let ms = gp.annotate(t, &seg, Lang::Fr, &[]);
    assert!(at(&ms, t, "Tidermène").is_none());
}
