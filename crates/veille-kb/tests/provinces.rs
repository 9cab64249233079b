//! `provinces.tsv`: the regional branch a bare parent group stands for in a scene.

use veille_core::PartialDate;
use veille_kb::Kb;

#[test]
fn parent_group_reads_as_the_province_of_the_scene() {
    let kb = Kb::load_default().expect("kb");
    let d = PartialDate::parse_iso("2025-06-01").unwrap();
    assert_eq!(kb.regional_branch("kb:IS", "NE", None, d), Some("kb:ISSP"));
    assert_eq!(kb.regional_branch("kb:IS", "ML", Some("Ménaka"), d), Some("kb:ISSP"));
    assert_eq!(kb.regional_branch("kb:IS", "NG", Some("Borno"), d), Some("kb:ISWAP"));
    // a division row wins over its country's row (south-east Niger is ISWAP's area)
    assert_eq!(kb.regional_branch("kb:IS", "NE", Some("Diffa"), d), Some("kb:ISWAP"));
    // no row for the country, another parent, or a date before the branch existed: nothing
    assert_eq!(kb.regional_branch("kb:IS", "SY", None, d), None);
    assert_eq!(kb.regional_branch("kb:JNIM", "ML", None, d), None);
    let early = PartialDate::parse_iso("2014-06-01").unwrap();
    assert_eq!(kb.regional_branch("kb:IS", "ML", None, early), None);
}
