//! The data files (lexicons, cues, word lists, knowledge-base tables, geoparser word lists) are
//! appended to by several people at once: a row written twice is a merge leftover, never meant.
//! Every `*.tsv` of this crate's `data/`, of the repository's `data/kb/` and of veille-geo's
//! `data/` keeps each row once (comments and blank lines aside).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Every row written a second time in the `.tsv` files of `dir`, with the number of files read.
fn repeated_rows(dir: &Path) -> (usize, Vec<String>) {
    let mut files = 0;
    let mut twice = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "tsv") {
            continue;
        }
        files += 1;
        let text = std::fs::read_to_string(&path).unwrap();
        let mut first: HashMap<&str, usize> = HashMap::new();
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(&k) = first.get(line) {
                twice.push(format!("{}:{} repeats line {}: {line}", path.display(), n + 1, k + 1));
            } else {
                first.insert(line, n);
            }
        }
    }
    (files, twice)
}

#[test]
fn no_data_row_is_written_twice() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dirs: [(PathBuf, usize); 3] =
        [(here.join("data"), 5), (here.join("../../data/kb"), 10), (here.join("../veille-geo/data"), 2)];
    let mut twice = Vec::new();
    for (dir, at_least) in &dirs {
        let (files, rows) = repeated_rows(dir);
        assert!(files >= *at_least, "only {files} data files found in {}", dir.display());
        twice.extend(rows);
    }
    assert!(twice.is_empty(), "rows written twice:\n{}", twice.join("\n"));
}
