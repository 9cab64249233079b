#!/usr/bin/env bash
# The main job on the embedded default store: build veille, ingest the example reports into a
# fresh SQLite store (./veille.db unless VEILLE_DB is set), and print the events table.
set -euo pipefail
cd "$(dirname "$0")/.."
export VEILLE_DB="${VEILLE_DB:-veille.db}"
cargo build --release --locked --bin veille
rm -f "$VEILLE_DB" "$VEILLE_DB-wal" "$VEILLE_DB-shm"
BIN="${CARGO_TARGET_DIR:-target}/release/veille"
"$BIN" ingest examples/reports
"$BIN" events --format table
"$BIN" stats
