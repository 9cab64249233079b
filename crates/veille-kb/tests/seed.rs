//! The seed report (../shared/seed) must yield the actors an analyst reads in it. The test reads
//! the file when present (it is outside the repository) and checks ids, not a copy of the output.

use veille_core::{Lang, PartialDate};
use veille_kb::{Kb, Recognizer};

fn annotate(text: &str, published: &str) -> Vec<veille_core::EntityMention> {
    let kb = Kb::load_default().expect("kb loads");
    let r = Recognizer::new(&kb);
    let seg = veille_text::segment(text, Lang::Fr);
    r.annotate(text, &seg, Lang::Fr, Some(PartialDate::parse_iso(published).unwrap()))
}

#[test]
fn seed_report_actors() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seed");
    let Ok(rd) = std::fs::read_dir(&dir) else {
        eprintln!("seed directory {} not found: skipped", dir.display());
        return;
    };
    let mut n = 0;
    for entry in rd.flatten() {
        let raw = std::fs::read_to_string(entry.path()).unwrap();
        let norm = veille_text::normalize(&raw).text;
        // the seed's first line holds "date 2025-04"
        let published =
            norm.split_whitespace().skip_while(|w| *w != "date").nth(1).unwrap_or("2025-04").to_string();
        let ms = annotate(&norm, &published);
        for m in &ms {
            eprintln!(
                "{:?} {:?} {:?} {:?} {:?}",
                &norm[m.span.start..m.span.end],
                m.id,
                m.source,
                m.reason,
                m.members
            );
        }
        let ids: Vec<&str> = ms.iter().filter_map(|m| m.id.as_deref()).collect();
        for want in [
            "kb:RU",
            "kb:AES",
            "kb:ML",
            "kb:BF",
            "kb:NE",
            "kb:P-LAVROV-SERGEY",
            "kb:P-TRAORE-IBRAHIM",
            "kb:BF-VDP",
            "kb:AES-FU",
        ] {
            assert!(ids.contains(&want), "{want} not found in {}", entry.path().display());
        }
        // Russia via "la Russie" and via the metonymy "Moscou"
        let ru: Vec<&str> = ms
            .iter()
            .filter(|m| m.id.as_deref() == Some("kb:RU"))
            .map(|m| &norm[m.span.start..m.span.end])
            .collect();
        assert!(ru.contains(&"Russie") && ru.contains(&"Moscou"), "{ru:?}");
        // Lavrov's title resolves to Lavrov as of the publication date
        let title = ms
            .iter()
            .find(|m| norm[m.span.start..m.span.end].starts_with("ministre russe des Affaires"))
            .expect("title");
        assert_eq!(title.id.as_deref(), Some("kb:P-LAVROV-SERGEY"));
        // every joint-force phrase is the one AES unified force
        let fu = ms.iter().filter(|m| m.id.as_deref() == Some("kb:AES-FU")).count();
        assert!(fu >= 3, "joint force mentions: {fu}");
        n += 1;
    }
    assert!(n >= 1);
}
