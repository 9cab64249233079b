//! Places the gazetteer does not hold as rows: cities abroad ("à Moscou"), second-level admin
//! areas of the admin table (a Nigerian LGA, a Cameroonian department), French names of
//! first-level areas ("l'Extrême-Nord"); agreements named for a city ("l'accord d'Alger"); and the
//! document's country, which a state's forces alone do not make. Sentences written for veille.

mod common;

use common::{at, places};
use veille_core::{EntityMention, EntityType, Lang, MentionSource, Span};
use veille_geo::{Geoparser, is_foreign_city};

#[test]
fn a_city_abroad_is_a_place_of_its_state() {
    for (t, name, cc) in [
        (
            "Le Niger et la Russie ont signé mercredi à Moscou un accord de coopération militaire.",
            "Moscou",
            "RU",
        ),
        (
            "Les ministres se retrouveront à Genève le mois prochain pour un nouveau cycle de discussions.",
            "Genève",
            "CH",
        ),
        (
            "The two delegations met in Washington on Tuesday to discuss counter-terrorism aid.",
            "Washington",
            "US",
        ),
    ] {
        let ms = places(t, if t.contains("The two") { Lang::En } else { Lang::Fr });
        let m = at(&ms, t, name).unwrap_or_else(|| panic!("{name} is a place in {t}"));
        assert_eq!(m.country.as_deref(), Some(cc), "{t}");
        assert!(m.geonames_id.is_none(), "{t}");
        assert!(is_foreign_city(m), "{t}");
    }
}

#[test]
fn a_sahel_town_is_no_city_abroad() {
    let t = "Des hommes armés ont attaqué dimanche un poste de gendarmerie à Djibo.";
    let ms = places(t, Lang::Fr);
    let m = at(&ms, t, "Djibo").expect("Djibo is a place");
    assert_eq!(m.country.as_deref(), Some("BF"));
    assert!(!is_foreign_city(m));
}

#[test]
fn an_agreement_named_for_a_city_is_no_place() {
    for t in [
        "Depuis la fin de l'accord d'Alger, les rebelles combattent aussi l'armée plus au nord.",
        "La junte a mis fin en janvier à l'accord de paix d'Alger, signé en 2015 avec les ex-rebelles.",
        "The rebels say the collapse of the Algiers accord left them no choice but to fight.",
    ] {
        let ms = places(t, if t.starts_with("The") { Lang::En } else { Lang::Fr });
        let name = if t.starts_with("The") { "Algiers" } else { "Alger" };
        assert!(at(&ms, t, name).is_none(), "{t}: {ms:?}");
    }
    // the city itself stays a place
    let t = "Les deux délégations se sont retrouvées mardi à Alger pour des consultations.";
    assert_eq!(at(&places(t, Lang::Fr), t, "Alger").and_then(|m| m.country.clone()).as_deref(), Some("DZ"));
}

#[test]
fn a_second_level_admin_area_lies_in_its_country() {
    let t = "Suspected militants warned villagers in Tangaza to leave, residents of Sokoto State said.";
    let ms = places(t, Lang::En);
    let m = at(&ms, t, "Tangaza").expect("Tangaza is a place");
    assert_eq!(m.country.as_deref(), Some("NG"));
    assert_eq!(m.name, "Tangaza", "the name as written");
    let t = "Les motos sont interdites de circulation la nuit dans le département du Mayo-Sava.";
    let ms = places(t, Lang::Fr);
    assert_eq!(at(&ms, t, "Mayo-Sava").and_then(|m| m.country.clone()).as_deref(), Some("CM"));
}

#[test]
fn the_far_north_of_cameroon_by_its_french_name() {
    let t = "Huit personnes ont été tuées dans une incursion de Boko Haram dans la région de l'Extrême-Nord.";
    let ms = places(t, Lang::Fr);
    let m = at(&ms, t, "Extrême-Nord").expect("the region is a place");
    assert_eq!(m.country.as_deref(), Some("CM"));
    assert_eq!(m.precision, 3);
}

#[test]
fn a_states_forces_alone_do_not_make_the_documents_country() {
    // "BIR" is read as a state force of one country; the places are in another one the gazetteer
    // lacks: the unknown quarter is given no country rather than the force's
    let t = "Deux éléments du BIR ont été tués lors d'une incursion dans un quartier de Zalamba. \
             Le BIR a riposté. Les éléments du BIR ont poursuivi les assaillants. Le BIR est en alerte.";
    let lang = Lang::Fr;
    let seg = veille_text::segment(t, lang);
    let forces: Vec<EntityMention> = t
        .match_indices("BIR")
        .map(|(i, s)| EntityMention {
            span: Span::new(i, i + s.len()),
            id: Some("kb:XX-BIR".into()),
            name: "BIR".into(),
            kind: EntityType::StateForce,
            country: Some("BF".into()),
            source: MentionSource::Alias,
            candidates: Vec::new(),
            reason: None,
            members: Vec::new(),
        })
        .collect();
    let gp = Geoparser::load_default().unwrap();
    let ms = gp.annotate(t, &seg, lang, &forces);
    let m = at(&ms, t, "Zalamba").expect("an unknown place after a settlement noun");
    assert_eq!(m.country, None, "{m:?}");
}

#[test]
fn a_partner_a_state_turns_to_is_no_place() {
    for (t, name, lang) in [
        (
            "La junte a rompu avec la France et s'est tournée vers la Russie pour équiper son armée.",
            "Russie",
            Lang::Fr,
        ),
        (
            "Niamey a obtenu le départ des troupes françaises et s'est rapproché de Moscou.",
            "Moscou",
            Lang::Fr,
        ),
        ("The junta expelled French troops and turned to Russia for military support.", "Russia", Lang::En),
        ("Niger ended its defence pact with Paris, turning instead to Moscow.", "Moscow", Lang::En),
    ] {
        let ms = places(t, lang);
        assert!(at(&ms, t, name).is_none(), "{t}: {ms:?}");
    }
    // a capital abroad as a possessor stands for its state
    let t = "Niger's junta said it was nationalising the miner, the latest blow to Paris's interests in the country.";
    assert!(at(&places(t, Lang::En), t, "Paris").is_none());
    // a state that troops are sent to stays a place
    let t = "La Russie a envoyé des instructeurs militaires au Niger le mois dernier.";
    assert!(at(&places(t, Lang::Fr), t, "Niger").is_some());
}
