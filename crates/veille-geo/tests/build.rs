//! The checked-in gazetteer is what `scripts/gazetteer/build.py` makes from the GeoNames dumps.
//! Needs python3 and ../shared/data; when either is missing the test says so and checks only
//! that the checked-in files are well-formed.

use std::path::Path;
use std::process::Command;

#[test]
fn checked_in_gazetteer_matches_a_fresh_build() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let src = root.join("../shared/data/gazetteer/geonames");
    let checked_in = root.join("data/gazetteer");
    let g = veille_geo::Gazetteer::load_default().expect("checked-in gazetteer loads");
    assert!(g.len() > 40_000);
    if !src.join("ML.txt").exists() {
        eprintln!("skipping rebuild: {} not found", src.display());
        return;
    }
    let out = std::env::temp_dir().join(format!("veille-gazetteer-{}", std::process::id()));
    let status =
        Command::new("python3").arg(root.join("scripts/gazetteer/build.py")).arg(&src).arg(&out).status();
    let Ok(status) = status else {
        eprintln!("skipping rebuild: python3 not available");
        return;
    };
    assert!(status.success(), "build.py failed");
    for f in ["places.tsv", "admin.tsv", "countries.tsv"] {
        let fresh = std::fs::read(out.join(f)).unwrap();
        let kept = std::fs::read(checked_in.join(f)).unwrap();
        assert!(
            fresh == kept,
            "data/gazetteer/{f} differs from a fresh build: rerun scripts/gazetteer/build.py"
        );
    }
    let _ = std::fs::remove_dir_all(&out);
}
