//! Every row of every lexicon file parses: a typo in a data file must fail a test, not be
//! silently skipped at load time.

fn rows(src: &str) -> Vec<Vec<&str>> {
    src.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
        .collect()
}

fn check(name: &str, src: &str, cols: usize, ok: impl Fn(&[&str]) -> bool) {
    let rows = rows(src);
    assert!(!rows.is_empty(), "{name} is empty");
    for r in rows {
        assert_eq!(r.len(), cols, "{name}: wrong column count in {r:?}");
        assert!(
            r.iter().all(|c| !c.trim().is_empty() && c.trim() == *c),
            "{name}: blank or padded cell in {r:?}"
        );
        assert!(ok(&r), "{name}: bad row {r:?}");
    }
}

#[test]
fn lexicon_rows_parse() {
    let yes_no = |s: &str| s == "yes" || s == "no";
    let folded = |s: &str| veille_text::fold_str(s) == s;
    check("abbreviations.tsv", include_str!("../data/abbreviations.tsv"), 3, |r| {
        (r[1] == "exact" || r[1] == "any") && yes_no(r[2])
    });
    check("numbers.tsv", include_str!("../data/numbers.tsv"), 4, |r| {
        folded(r[0])
            && r[1].parse::<u64>().is_ok()
            && ["unit", "hundred", "scale", "article"].contains(&r[2])
            && ["fr", "en"].contains(&r[3])
    });
    check("approx_nouns.tsv", include_str!("../data/approx_nouns.tsv"), 2, |r| {
        folded(r[0]) && r[1].parse::<u64>().is_ok()
    });
    check("quantifiers.tsv", include_str!("../data/quantifiers.tsv"), 3, |r| {
        folded(r[0])
            && ["AtLeast", "AtMost", "About", "MoreThan", "LessThan", "Vague"].contains(&r[1])
            && r[2].parse::<u64>().is_ok()
    });
    check("units_special.tsv", include_str!("../data/units_special.tsv"), 2, |r| folded(r[0]));
    check("number_blockers.tsv", include_str!("../data/number_blockers.tsv"), 1, |r| folded(r[0]));
    check("number_compounds.tsv", include_str!("../data/number_compounds.tsv"), 1, |r| folded(r[0]));
    check("months.tsv", include_str!("../data/months.tsv"), 3, |r| {
        folded(r[0]) && r[1].parse::<u8>().is_ok_and(|m| (1..=12).contains(&m)) && yes_no(r[2])
    });
    check("weekdays.tsv", include_str!("../data/weekdays.tsv"), 2, |r| {
        folded(r[0]) && r[1].parse::<u8>().is_ok_and(|d| (1..=7).contains(&d))
    });
    check("relative.tsv", include_str!("../data/relative.tsv"), 3, |r| {
        folded(r[0])
            && [
                "day", "week", "month", "year", "weekend", "last", "next", "modifier", "context", "ilya",
                "ago", "unit", "future",
            ]
            .contains(&r[1])
            && r[2].parse::<i64>().is_ok()
    });
    check("speech.tsv", include_str!("../data/speech.tsv"), 2, |r| {
        folded(r[0]) && ["verb", "source", "aux"].contains(&r[1])
    });
    for (name, src) in [
        ("stopwords_fr.txt", include_str!("../data/stopwords_fr.txt")),
        ("stopwords_en.txt", include_str!("../data/stopwords_en.txt")),
        ("hyphen_keep.txt", include_str!("../data/hyphen_keep.txt")),
    ] {
        check(name, src, 1, |r| folded(r[0]));
    }
}
