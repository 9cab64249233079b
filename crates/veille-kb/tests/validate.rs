//! Validation of the knowledge-base data files and of the query API.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use veille_core::{EntityType, MentionSource, PartialDate};
use veille_kb::{AliasKind, Kb};
use veille_text::fold_str;

fn kb() -> Kb {
    Kb::load_default().expect("the embedded knowledge base loads")
}

fn d(s: &str) -> PartialDate {
    PartialDate::parse_iso(s).unwrap()
}

#[test]
fn ids_unique_well_formed_and_types_known() {
    let kb = kb();
    let mut seen = HashSet::new();
    for e in kb.entities() {
        assert!(seen.insert(e.id.as_str()), "duplicate id {}", e.id);
        assert!(e.id.starts_with("kb:"), "{}", e.id);
        assert!(
            e.id[3..].chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-'),
            "id {} is not upper-case ASCII with dashes",
            e.id
        );
        assert!(EntityType::ALL.contains(&e.kind));
        assert!(!e.name.trim().is_empty(), "{} has no name", e.id);
        assert!(!e.source.trim().is_empty(), "{} has no source", e.id);
        if e.kind == EntityType::Person {
            assert!(e.id.starts_with("kb:P-"), "{}", e.id);
        }
        if let Some(c) = &e.country {
            assert!(kb.get(&format!("kb:{c}")).is_some(), "{}: unknown country {c}", e.id);
        }
    }
    // the convention shared with the events and dev-set engineers
    for id in [
        "kb:ML",
        "kb:BF",
        "kb:NE",
        "kb:TD",
        "kb:MR",
        "kb:RU",
        "kb:FR",
        "kb:US",
        "kb:CN",
        "kb:TR",
        "kb:UA",
        "kb:DZ",
        "kb:ML-GOV",
        "kb:BF-GOV",
        "kb:NE-GOV",
        "kb:ML-FAMA",
        "kb:BF-FA",
        "kb:NE-FAN",
        "kb:NE-GN",
        "kb:BF-VDP",
        "kb:BF-BIR",
        "kb:ML-GEND",
        "kb:BF-GEND",
        "kb:NE-GEND",
        "kb:TD-ANT",
        "kb:FR-ARMY",
        "kb:FR-BARKHANE",
        "kb:FR-SERVAL",
        "kb:EU-TAKUBA",
        "kb:US-AFRICOM",
        "kb:AES-FU",
        "kb:ML-POLICE",
        "kb:AES",
        "kb:ECOWAS",
        "kb:AU",
        "kb:UN",
        "kb:MINUSMA",
        "kb:G5-SAHEL",
        "kb:EU",
        "kb:EUTM-MALI",
        "kb:NATO",
        "kb:WAGNER",
        "kb:AFRICA-CORPS",
        "kb:JNIM",
        "kb:ISSP",
        "kb:ISWAP",
        "kb:BOKO-HARAM",
        "kb:AQIM",
        "kb:KATIBA-MACINA",
        "kb:ANSARUL-ISLAM",
        "kb:ANSAR-DINE",
        "kb:AL-MOURABITOUNE",
        "kb:MUJAO",
        "kb:FLA",
        "kb:CSP-PSD",
        "kb:CMA",
        "kb:MNLA",
        "kb:HCUA",
        "kb:GATIA",
        "kb:MSA",
        "kb:DAN-NA-AMBASSAGOU",
        "kb:KOGLWEOGO",
        "kb:P-TRAORE-IBRAHIM",
        "kb:P-GOITA-ASSIMI",
        "kb:P-TIANI-ABDOURAHAMANE",
        "kb:P-BAZOUM-MOHAMED",
        "kb:P-LAVROV-SERGEY",
        "kb:P-PUTIN-VLADIMIR",
        "kb:P-MACRON-EMMANUEL",
        "kb:P-GHALY-IYAD-AG",
        "kb:P-KOUFA-AMADOU",
    ] {
        assert!(kb.get(id).is_some(), "{id} missing");
    }
}

#[test]
fn coverage_of_the_issue() {
    let kb = kb();
    let count = |t: EntityType| kb.entities().iter().filter(|e| e.kind == t && !e.generated).count();
    assert!(count(EntityType::Person) >= 60, "persons: {}", count(EntityType::Person));
    let african = kb
        .entities()
        .iter()
        .filter(|e| e.kind == EntityType::Country && e.slot.as_deref() == Some("state"))
        .count();
    assert!(african >= 80, "states: {african}");
    // every person has at least one role, every role has a start
    for e in kb.entities().iter().filter(|e| e.kind == EntityType::Person) {
        let roles = kb.roles_of(&e.id);
        assert!(!roles.is_empty(), "{} has no role", e.id);
        for r in roles {
            assert!(r.when.start.is_some(), "{} {} has no start", e.id, r.role);
            assert!(!r.title_fr.is_empty() && !r.title_en.is_empty(), "{} {}: titles", e.id, r.role);
        }
    }
    // demonyms of the three AES states in every gender and number
    let forms: HashSet<String> = kb.demonyms().iter().map(|d| fold_str(&d.form)).collect();
    for f in [
        "malien",
        "malienne",
        "maliens",
        "maliennes",
        "burkinabe",
        "nigerien",
        "nigerienne",
        "nigeriens",
        "nigeriennes",
    ] {
        assert!(forms.contains(f), "demonym {f}");
    }
    assert_ne!(
        kb.demonyms().iter().find(|d| fold_str(&d.form) == "nigerian").map(|d| d.country.as_str()),
        Some("NE"),
        "nigérian is Nigeria"
    );
}

#[test]
fn intervals_are_ordered_and_roles_do_not_overlap() {
    let kb = kb();
    for r in kb.roles() {
        if let (Some(s), Some(e)) = (r.when.start, r.when.end) {
            assert!(s.first_day() < e.first_day(), "{} {}: {s} !< {e}", r.person, r.role);
        }
    }
    for m in kb.memberships() {
        if let (Some(s), Some(e)) = (m.when.start, m.when.end) {
            assert!(s.first_day() < e.first_day(), "{} in {}", m.member, m.org);
        }
    }
    // one holder at a time for single-seat offices (checked on the first day of every term)
    for r in kb.roles() {
        let Some(start) = r.when.start else { continue };
        let holders = kb.role_holder(&r.role, &r.org, start.first_day());
        assert_eq!(
            holders.len(),
            1,
            "{} of {} on {start}: {:?}",
            r.role,
            r.org,
            holders.iter().map(|e| &e.id).collect::<Vec<_>>()
        );
    }
}

/// Every strong alias names one entity, or is listed in data/kb/ambiguous.tsv with exactly the
/// entities it may name (a kept ambiguity); weak aliases are ambiguous by design.
#[test]
fn every_alias_resolves_to_one_entity_or_is_marked_ambiguous() {
    let kb = kb();
    let mut by_alias: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    for e in kb.entities() {
        for a in e.aliases.iter().filter(|a| !a.weak && a.kind == AliasKind::Name) {
            by_alias.entry(fold_str(&a.text)).or_default().insert(e.id.as_str());
        }
    }
    let mut marked: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for line in include_str!("../../../data/kb/ambiguous.tsv").lines() {
        if line.starts_with('#') || line.starts_with("alias\t") || line.trim().is_empty() {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        marked.insert(fold_str(c[0]), c[1].split('|').map(str::to_string).collect());
    }
    let mut bad = Vec::new();
    for (alias, ids) in &by_alias {
        if ids.len() > 1 {
            let listed = marked.get(alias).map(|m| m.iter().map(String::as_str).collect::<BTreeSet<_>>());
            if listed.as_ref() != Some(ids) {
                bad.push(format!("{alias}\t{}", ids.iter().copied().collect::<Vec<_>>().join("|")));
            }
        }
    }
    assert!(bad.is_empty(), "aliases naming several entities, not in ambiguous.tsv:\n{}", bad.join("\n"));
    for alias in marked.keys() {
        assert!(
            by_alias.get(alias).is_some_and(|s| s.len() > 1),
            "ambiguous.tsv lists {alias}, which is not ambiguous"
        );
    }
}

#[test]
fn role_holders_by_date() {
    let kb = kb();
    let who = |role: &str, org: &str, date: &str| -> Vec<String> {
        kb.role_holder(role, org, d(date)).into_iter().map(|e| e.id.clone()).collect()
    };
    assert_eq!(who("head_of_state", "kb:NE", "2022-06-01"), ["kb:P-BAZOUM-MOHAMED"]);
    assert_eq!(who("head_of_state", "kb:NE", "2024-06-01"), ["kb:P-TIANI-ABDOURAHAMANE"]);
    assert_eq!(who("président", "kb:BF", "2025-06-01"), ["kb:P-TRAORE-IBRAHIM"]);
    assert_eq!(who("chef de la diplomatie", "kb:RU", "2025-04-01"), ["kb:P-LAVROV-SERGEY"]);
    assert_eq!(who("defence_minister", "kb:RU", "2024-05-13"), Vec::<String>::new()); // the day between Shoigu and Belousov
    assert_eq!(who("leader", "kb:JNIM", "2020-01-01"), ["kb:P-GHALY-IYAD-AG"]);
}

#[test]
fn memberships_over_time() {
    let kb = kb();
    let mut aes = kb.members_of("kb:AES", Some(d("2024-01-01")));
    aes.sort();
    assert_eq!(aes, ["kb:BF", "kb:ML", "kb:NE"]);
    assert!(kb.members_of("kb:AES", Some(d("2023-09-15"))).is_empty());
    assert!(kb.members_of("kb:ECOWAS", Some(d("2025-01-28"))).contains(&"kb:ML"));
    assert!(!kb.members_of("kb:ECOWAS", Some(d("2025-01-29"))).contains(&"kb:ML"));
    assert!(kb.members_of("kb:G5-SAHEL", Some(d("2022-06-01"))).len() == 4);
    assert!(kb.members_of("kb:G5-SAHEL", Some(d("2024-01-01"))).is_empty());
}

#[test]
fn acled_classes_and_countries() {
    let kb = kb();
    assert_eq!(kb.acled_class("kb:ML-FAMA"), Some(1));
    assert_eq!(kb.acled_class("kb:ML"), Some(1));
    assert_eq!(kb.acled_class("kb:NE-GOV"), Some(1));
    assert_eq!(kb.acled_class("kb:JNIM"), Some(2));
    assert_eq!(kb.acled_class("kb:BF-VDP"), Some(3));
    assert_eq!(kb.acled_class("kb:DAN-NA-AMBASSAGOU"), Some(4));
    assert_eq!(kb.acled_class("kb:WAGNER"), Some(8));
    assert_eq!(kb.acled_class("kb:P-LAVROV-SERGEY"), None);
    assert_eq!(kb.acled_class("kb:NOPE"), None);
    assert_eq!(kb.country_of("kb:ML-FAMA"), Some("ML"));
    assert_eq!(kb.country_of("kb:P-TIANI-ABDOURAHAMANE"), Some("NE"));
    assert_eq!(kb.slot_entity("NG", "gov").map(|e| e.id.as_str()), Some("kb:NG-GOV"));
}

#[test]
fn lookup_names_and_phrases() {
    let kb = kb();
    let first = |name: &str, date: &str| kb.lookup(name, Some(d(date))).into_iter().next();
    let h = first("le président nigérien", "2022-06-01").expect("hit");
    assert_eq!(h.id, "kb:P-BAZOUM-MOHAMED");
    assert_eq!(h.via, MentionSource::Role);
    assert!(h.role.as_deref().is_some_and(|r| r.contains("kb:NE")), "{:?}", h.role);
    assert_eq!(first("le président nigérien", "2024-06-01").unwrap().id, "kb:P-TIANI-ABDOURAHAMANE");
    assert_eq!(first("Moscou", "2025-04-01").unwrap().id, "kb:RU");
    assert_eq!(first("l'armée malienne", "2025-04-01").unwrap().id, "kb:ML-FAMA");
    assert_eq!(first("aes", "2025-04-01").unwrap().id, "kb:AES");
    let amb = kb.lookup("Traoré", Some(d("2025-04-01")));
    assert!(amb.len() >= 2 && amb.iter().all(|h| h.note.is_some()), "{amb:?}");
    assert!(kb.lookup("Gao", Some(d("2025-04-01"))).is_empty());
}

#[test]
fn load_is_send_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Kb>();
    assert_send_sync::<veille_kb::Recognizer<'static>>();
}
