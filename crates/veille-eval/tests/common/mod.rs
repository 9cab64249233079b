//! Paths shared by the integration tests.

use std::path::PathBuf;

/// The workspace root (two levels above this crate).
#[allow(dead_code)]
pub fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `../shared/data/<rel>` beside the workspace, or `None` (with a printed notice) when the shared
/// data directory is absent, so tests that need it skip instead of failing.
#[allow(dead_code)]
pub fn shared(rel: &str) -> Option<PathBuf> {
    let root = workspace().join("../shared/data");
    if !root.is_dir() {
        eprintln!("skipped: {} is absent", root.display());
        return None;
    }
    Some(root.join(rel))
}

/// Every gold file of data/dev, relative to the workspace root: the short passages (`dev`…`dev4`,
/// `heldout`), the full-length articles (`dev5`…`dev8`, `dev10`…`dev38`), `dev9` and the blind sets
/// (`heldout2`…`heldout18`).
#[allow(dead_code)]
pub const GOLD_FILES: &[&str] = &[
    "data/dev/events.jsonl",
    "data/dev/articles.jsonl",
    "data/dev/heldout2.jsonl",
    "data/dev/heldout3.jsonl",
    "data/dev/articles7.jsonl",
    "data/dev/heldout4.jsonl",
    "data/dev/heldout5.jsonl",
    "data/dev/articles8.jsonl",
    "data/dev/dev9.jsonl",
    "data/dev/heldout6.jsonl",
    "data/dev/articles10.jsonl",
    "data/dev/heldout7.jsonl",
    "data/dev/articles11.jsonl",
    "data/dev/heldout8.jsonl",
    "data/dev/articles12.jsonl",
    "data/dev/heldout9.jsonl",
    "data/dev/articles13.jsonl",
    "data/dev/heldout10.jsonl",
    "data/dev/articles14.jsonl",
    "data/dev/heldout11.jsonl",
    "data/dev/articles15.jsonl",
    "data/dev/articles16.jsonl",
    "data/dev/heldout12.jsonl",
    "data/dev/articles17.jsonl",
    "data/dev/heldout13.jsonl",
    "data/dev/articles18.jsonl",
    "data/dev/articles19.jsonl",
    "data/dev/articles20.jsonl",
    "data/dev/articles21.jsonl",
    "data/dev/heldout14.jsonl",
    "data/dev/articles22.jsonl",
    "data/dev/articles23.jsonl",
    "data/dev/articles24.jsonl",
    "data/dev/articles25.jsonl",
    "data/dev/heldout15.jsonl",
    "data/dev/articles26.jsonl",
    "data/dev/articles27.jsonl",
    "data/dev/articles28.jsonl",
    "data/dev/articles29.jsonl",
    "data/dev/heldout16.jsonl",
    "data/dev/articles30.jsonl",
    "data/dev/articles31.jsonl",
    "data/dev/articles32.jsonl",
    "data/dev/heldout17.jsonl",
    "data/dev/articles33.jsonl",
    "data/dev/articles34.jsonl",
    "data/dev/articles35.jsonl",
    "data/dev/heldout18.jsonl",
    "data/dev/articles36.jsonl",
    "data/dev/articles37.jsonl",
    "data/dev/articles38.jsonl",
];
