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
