//! The data files of the crate (lexicons, cues, word lists) are appended to by several people at
//! once: a row written twice is a merge leftover, never meant. Every `data/*.tsv` keeps each row
//! once (comments and blank lines aside).

use std::collections::HashMap;
use std::path::Path;

#[test]
fn no_data_row_is_written_twice() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let mut files = 0;
    let mut twice = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
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
    assert!(files >= 5, "only {files} data files found in {}", dir.display());
    assert!(twice.is_empty(), "rows written twice:\n{}", twice.join("\n"));
}
