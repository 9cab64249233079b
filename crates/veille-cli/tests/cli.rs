//! End-to-end tests of the `veille` binary: ingest, re-ingest, bad input, crash safety,
//! extract records against the JSON Schema, and the query commands.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_veille"));
    c.env_remove("VEILLE_DB").arg("--quiet");
    c
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run(args: &[&str], db: &Path) -> Output {
    bin().arg("--db").arg(db).args(args).output().expect("run veille")
}

fn ok(args: &[&str], db: &Path) -> String {
    let out = run(args, db);
    assert!(
        out.status.success(),
        "veille {args:?} failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

fn stats(db: &Path) -> serde_json::Value {
    serde_json::from_str(&ok(&["stats", "--format", "json"], db)).expect("stats json")
}

fn examples() -> String {
    repo().join("examples/reports").display().to_string()
}

#[test]
fn ingest_twice_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("v.db");
    ok(&["ingest", &examples()], &db);
    let first = stats(&db);
    let n_files = std::fs::read_dir(repo().join("examples/reports"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "txt"))
        .count() as u64;
    assert_eq!(first["documents"].as_u64().unwrap(), n_files, "{first}");
    ok(&["ingest", &examples()], &db);
    assert_eq!(stats(&db), first, "second ingest changed the store");
}

#[test]
fn bad_documents_are_reported_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::write(input.join("empty.txt"), "").unwrap();
    std::fs::write(input.join("blob.bin"), [0u8, 159, 146, 150, 0, 0, 1, 2, 3, 0, 0, 7]).unwrap();
    std::fs::write(
        input.join("batch.jsonl"),
        concat!(
            r#"{"text": "Des hommes armés ont attaqué le poste de Tessit mardi.", "published": "2025-03-04", "lang": "fr"}"#,
            "\n",
            r#"{"text": "unterminated"#,
            "\n",
            r#"{"text": "Gunmen attacked a convoy near Menaka on Sunday, officials said.", "published": "2025-03-09"}"#,
            "\n"
        ),
    )
    .unwrap();
    let db = dir.path().join("v.db");
    let out = run(&["ingest", input.to_str().unwrap()], &db);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("batch.jsonl:2"), "malformed line not named with its number: {err}");
    assert!(err.contains("empty.txt"), "{err}");
    assert!(err.contains("blob.bin"), "{err}");
    assert_eq!(stats(&db)["documents"].as_u64(), Some(2));
    let strict = run(&["ingest", "--strict", input.to_str().unwrap()], &db);
    assert_eq!(strict.status.code(), Some(1), "--strict must fail when documents were skipped");
}

#[test]
fn missing_path_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(&["ingest", "/nonexistent/reports"], &dir.path().join("v.db"));
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/reports"));
}

#[test]
fn killed_ingest_leaves_a_consistent_store() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    // Enough documents that the process is still writing when it is killed.
    for i in 0..3000 {
        std::fs::write(
            corpus.join(format!("r{i:05}.txt")),
            format!(
                " date 2025-02-{:02} Au moins {} soldats ont été tués lors d'une embuscade près de Djibo, \
                 a indiqué une source sécuritaire. L'attaque n°{i} a été revendiquée par le JNIM.",
                1 + i % 28,
                3 + i % 40
            ),
        )
        .unwrap();
    }
    let db = dir.path().join("v.db");
    let mut child = bin()
        .arg("--db")
        .arg(&db)
        .args(["ingest", "--jobs", "1"])
        .arg(&corpus)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill as soon as the store has some documents, or after a bounded wait.
    for _ in 0..400 {
        std::thread::sleep(std::time::Duration::from_millis(10));
        if db.exists() && std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0) > 200_000 {
            break;
        }
    }
    assert!(
        child.try_wait().unwrap().is_none(),
        "ingest finished before it could be killed: enlarge the corpus"
    );
    child.kill().unwrap();
    child.wait().unwrap();
    // The store opens, passes its integrity check, and holds only whole documents.
    let store = veille_store::Store::open(&db).expect("store opens after a kill");
    assert!(store.check().expect("integrity check").is_empty());
    let n = store.stats().unwrap().documents;
    drop(store);
    assert!(n <= 3000);
    // Resuming the ingest completes the corpus without duplicates.
    ok(&["ingest", corpus.to_str().unwrap()], &db);
    assert_eq!(stats(&db)["documents"].as_u64(), Some(3000));
}

#[test]
fn extract_prints_schema_valid_records_for_the_seed() {
    let seed = repo().join("../shared/seed/000_7e068fcccbc325cd.txt");
    if !seed.exists() {
        eprintln!("skipped: {} is absent", seed.display());
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = ok(&["extract", seed.to_str().unwrap(), "--format", "jsonl"], &dir.path().join("unused.db"));
    assert!(!dir.path().join("unused.db").exists(), "extract must not create a store");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 1);
    let rec: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("schema/veille.doc-1.schema.json")).unwrap(),
    )
    .unwrap();
    let v = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = v.iter_errors(&rec).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(rec["schema"], "veille.doc/1");
    assert_eq!(rec["doc"]["lang"], "fr");
    assert_eq!(rec["doc"]["published"], "2025-04");
}

#[test]
fn every_example_record_is_schema_valid() {
    let dir = tempfile::tempdir().unwrap();
    let out = ok(&["extract", &examples(), "--explain"], &dir.path().join("unused.db"));
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("schema/veille.doc-1.schema.json")).unwrap(),
    )
    .unwrap();
    let v = jsonschema::validator_for(&schema).unwrap();
    let mut n = 0;
    for line in out.lines() {
        let rec: serde_json::Value = serde_json::from_str(line).unwrap();
        let errors: Vec<String> = v.iter_errors(&rec).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", rec["doc"]["id"]);
        n += 1;
    }
    assert!(n >= 15, "expected the example corpus (15+ reports), got {n} records");
}

#[test]
fn show_search_and_events_read_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("v.db");
    let input = dir.path().join("r.txt");
    std::fs::write(
        &input,
        "title: Attaque à Boulkessi\npublished: 2025-06-02\n\nLe camp militaire de Boulkessi a été attaqué dimanche. \
         M. Traoré a condamné l'attaque.\n",
    )
    .unwrap();
    ok(&["ingest", input.to_str().unwrap()], &db);
    let hits = ok(&["search", "boulkessi"], &db);
    let id = hits.split_whitespace().next().expect("a hit").to_string();
    let shown = ok(&["show", &id[..8]], &db);
    assert!(shown.contains("[1] Le camp militaire de Boulkessi a été attaqué dimanche."), "{shown}");
    assert!(shown.contains("[2] M. Traoré a condamné l'attaque."), "{shown}");
    assert!(!run(&["search", "xylophone"], &db).status.success());
    assert!(!run(&["show", "ffffffff"], &db).status.success());
    let bad = run(&["events", "--type", "BOMBARD"], &db);
    assert!(String::from_utf8_lossy(&bad.stderr).contains("not a PLOVER type"));
    let csv = ok(&["events", "--format", "csv"], &db);
    assert!(csv.starts_with("event_id,event_date,year,time_precision,event_type"));
    let gj: serde_json::Value = serde_json::from_str(&ok(&["events", "--format", "geojson"], &db)).unwrap();
    assert_eq!(gj["type"], "FeatureCollection");
}
