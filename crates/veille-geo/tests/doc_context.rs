//! The document as context for its places (sentences written for veille): a village name whose
//! only homonyms lie in countries the article never names, in an article about a country whose
//! villages the gazetteer lacks; unknown units after an admin noun; names another stage (the
//! tagger) proposed as places, cut to their capitalised words.

use veille_core::{EntityMention, EntityType, Lang, MentionSource, PlaceMention, Span};
use veille_geo::Geoparser;

fn mention(text: &str, surface: &str, kind: EntityType, country: Option<&str>) -> EntityMention {
    let s = text.find(surface).expect("surface in text");
    EntityMention {
        span: Span::new(s, s + surface.len()),
        id: None,
        name: surface.to_string(),
        kind,
        country: country.map(str::to_string),
        source: MentionSource::Tagger,
        candidates: vec![],
        reason: None,
        members: vec![],
    }
}

fn places(text: &str, lang: Lang, ents: &[EntityMention]) -> Vec<PlaceMention> {
    let gp = Geoparser::load_default().expect("geoparser");
    let seg = veille_text::segment(text, lang);
    gp.annotate(text, &seg, lang, ents)
}

fn find<'a>(ms: &'a [PlaceMention], text: &str, surface: &str) -> Option<&'a PlaceMention> {
    ms.iter().find(|m| m.name_span.slice(text) == surface)
}

#[test]
fn a_foreign_village_homonym_gives_way_to_the_country_of_the_article() {
    // Kaloum is a commune of Conakry; the gazetteer only has a Nigerien village of that name.
    let t = "Conakry, 3 mars – Des heurts ont opposé des manifestants aux forces de l'ordre à \
             Kaloum, dans le centre de la capitale. Les rassemblements sont interdits en Guinée \
             depuis deux ans.";
    let ms = places(t, Lang::Fr, &[]);
    let m = find(&ms, t, "Kaloum").expect("Kaloum is a place");
    assert_eq!(m.geonames_id, None, "{m:?}");
    assert_eq!(m.country.as_deref(), Some("GN"));
    assert!(m.reason.as_deref().is_some_and(|r| r.contains("not in gazetteer")), "{m:?}");
    // the capital itself is still resolved
    assert_eq!(find(&ms, t, "Conakry").and_then(|m| m.geonames_id), Some(2422465));
}

#[test]
fn the_village_stays_when_its_country_is_named_or_the_article_is_about_it() {
    // the same name in an article about Niger is the Nigerien village
    let t = "Niamey, 3 mars – Des bandits armés ont attaqué Kaloum, dans la région de Tillabéri. \
             Le Niger a décrété un deuil national.";
    let ms = places(t, Lang::Fr, &[]);
    assert_eq!(find(&ms, t, "Kaloum").and_then(|m| m.geonames_id), Some(2442796));
    // an article about Mali (whose villages the gazetteer holds) keeps a Malian village
    let t = "Des hommes armés ont attaqué le village de Kaga, près de Mopti. Le Mali a promis une \
             enquête.";
    let ms = places(t, Lang::Fr, &[]);
    assert_eq!(find(&ms, t, "Kaga").and_then(|m| m.country.as_deref()), Some("ML"));
    assert!(find(&ms, t, "Kaga").is_some_and(|m| m.geonames_id.is_some()));
}

#[test]
fn state_forces_count_towards_the_country_of_the_article() {
    // no country named: the capital and the army say the article is about Guinea
    let t = "Conakry – Les forces guinéennes ont dispersé une marche à Kaloum mardi.";
    let army = mention(t, "forces guinéennes", EntityType::StateForce, Some("GN"));
    let ms = places(t, Lang::Fr, &[army]);
    let m = find(&ms, t, "Kaloum").expect("Kaloum is a place");
    assert_eq!((m.geonames_id, m.country.as_deref()), (None, Some("GN")), "{m:?}");
}

#[test]
fn an_unknown_unit_after_an_admin_noun_is_in_the_country_of_the_article() {
    let t = "N'Djamena, 5 mai – Le gouverneur de la province du Ouaddaï a instauré un couvre-feu. \
             Le Tchad fait face à un afflux de réfugiés.";
    let ms = places(t, Lang::Fr, &[]);
    let m = find(&ms, t, "Ouaddaï").expect("Ouaddaï is a place");
    assert_eq!((m.geonames_id, m.country.as_deref()), (None, Some("TD")), "{m:?}");
    // without an admin noun nor a country the article is about, an unknown name has no country
    let t = "Les combattants se sont repliés vers Ouaddaï.";
    let ms = places(t, Lang::Fr, &[]);
    assert!(find(&ms, t, "Ouaddaï").is_none_or(|m| m.country.is_none()));
}

#[test]
fn tagger_places_are_cut_to_their_capitalised_words() {
    let t = "Gunmen raided several hamlets in the Anzourou area on Sunday.";
    let e = mention(t, "the Anzourou area", EntityType::Place, None);
    let ms = places(t, Lang::En, &[e]);
    assert_eq!(ms.iter().map(|m| m.name_span.slice(t)).collect::<Vec<_>>(), vec!["Anzourou"]);

    // a pronoun, a demonym with its noun: no place left
    let t = "'We were hunted like animals': a Nigerian official recounts the raid.";
    let ents = [
        mention(t, "We were", EntityType::Place, None),
        mention(t, "Nigerian official", EntityType::Place, None),
    ];
    assert!(places(t, Lang::En, &ents).is_empty());
}

#[test]
fn a_name_alone_in_parentheses_glosses_the_name_before_it() {
    let t = "Kousseri (Agence Sahel Info) – Les attaques du Front uni de libération (Fulib) se \
             multiplient.";
    let ents = [
        mention(t, "Fulib", EntityType::Place, None),
        mention(t, "Agence Sahel Info", EntityType::Place, None),
    ];
    let ms = places(t, Lang::Fr, &ents);
    assert!(find(&ms, t, "Fulib").is_none(), "{ms:?}");
    assert!(find(&ms, t, "Agence Sahel Info").is_none(), "{ms:?}");
}

#[test]
fn a_country_named_for_its_border_is_not_a_place() {
    let t = "Des hommes armés ont attaqué un poste de douane près de la frontière avec le Niger.";
    assert!(places(t, Lang::Fr, &[]).is_empty());
    let t = "Gunmen ambushed a convoy near the Mali-Niger border on Tuesday.";
    assert!(places(t, Lang::En, &[]).is_empty());
    let t = "Gunmen ambushed a convoy near the Burkina Faso border, in Niger.";
    let ms = places(t, Lang::En, &[]);
    let names: Vec<&str> = ms.iter().map(|m| m.name_span.slice(t)).collect();
    assert_eq!(names, vec!["Niger"]);
    // the country itself is still a place
    let t = "Des soldats ont été déployés au Niger.";
    assert_eq!(places(t, Lang::Fr, &[]).len(), 1);
}

#[test]
fn a_lake_named_like_a_country_is_not_the_country() {
    // an article about Nigeria: the lake is not Chad
    let t = "Maiduguri – The attackers came by boat from the islands of Lake Chad and struck the \
             town of Monguno. Nigeria has sent reinforcements to Borno.";
    let ms = places(t, Lang::En, &[]);
    let m = find(&ms, t, "Chad").expect("the lake is a place");
    assert_eq!(m.geonames_id, None, "{m:?}");
    assert_ne!(m.country.as_deref(), Some("TD"), "{m:?}");
    assert!(find(&ms, t, "Lake").is_none(), "{ms:?}");
    // in an article about Chad it is taken to be in Chad
    let t = "N'Djamena – L'armée a repris une île du lac Tchad. Le Tchad a perdu douze soldats.";
    let ms = places(t, Lang::Fr, &[]);
    let m = find(&ms, t, "Tchad").expect("the lake is a place");
    assert_eq!((m.geonames_id, m.country.as_deref()), (None, Some("TD")), "{m:?}");
}

#[test]
fn a_border_is_read_on_the_original_text_too() {
    let c = veille_geo::cues::Cues::shared().expect("cues");
    let at = |t: &str, w: &str| {
        let s = t.find(w).expect("word in text");
        Span::new(s, s + w.len())
    };
    let t = "Quatre gendarmes ont été tués près de la frontière avec le Niger, selon l'armée.";
    assert!(c.named_for_border(t, at(t, "Niger")));
    let t = "Troops pushed the fighters back across the Mali-Niger border.";
    assert!(c.named_for_border(t, at(t, "Mali")));
    assert!(c.named_for_border(t, at(t, "Niger")));
    let t = "Quatre gendarmes ont été tués au Niger, près de Téra.";
    assert!(!c.named_for_border(t, at(t, "Niger")));
}

#[test]
fn a_cercle_or_departement_is_read_at_its_seat_a_region_or_province_is_not() {
    let t = "Des hommes armés ont incendié deux greniers dans le cercle de Koro. Plus au sud, le \
             département de Téra a connu une semaine calme, comme la province du Soum et la région \
             de Tillabéri.";
    let ms = places(t, Lang::Fr, &[]);
    let id = |w: &str| find(&ms, t, w).and_then(|m| m.geonames_id);
    assert_eq!(id("Koro"), Some(2454674)); // the town, seat of the cercle
    assert_eq!(id("Téra"), Some(2438855)); // the town, seat of the département
    assert_eq!(id("Soum"), Some(2355248)); // the province (ADM2)
    assert_eq!(id("Tillabéri"), Some(2595293)); // the region (ADM1)
}

#[test]
fn the_islamic_state_news_agency_is_no_place() {
    // a tagger may read "Amaq" as a place; in reports it is the agency that carries the group's claims
    let t = "The Islamic State Sahel Province claimed the attack near Tillabéri on Tuesday through \
             its Amaq news agency.";
    let ents = [mention(t, "Amaq", EntityType::Place, None)];
    let ms = places(t, Lang::En, &ents);
    assert!(find(&ms, t, "Amaq").is_none(), "{ms:?}");
    assert!(find(&ms, t, "Tillabéri").is_some(), "{ms:?}");
}

#[test]
fn a_ministry_portfolio_is_no_place() {
    // "Défense" is capitalised as the name of a ministry; a tagger may read it as a place
    let t = "Le Niger et la Russie ont signé mercredi à Moscou un accord, a annoncé le ministère \
             nigérien de la Défense.";
    let ents = [mention(t, "Défense", EntityType::Place, None)];
    let ms = places(t, Lang::Fr, &ents);
    assert!(find(&ms, t, "Défense").is_none(), "{ms:?}");
    assert!(find(&ms, t, "Moscou").is_some(), "{ms:?}");
}
