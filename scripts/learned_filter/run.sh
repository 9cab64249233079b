#!/usr/bin/env bash
# Re-trains and re-measures the learned event filter in one command (see README.md here).
#   scripts/learned_filter/run.sh [on|off]    (default off: the @default row of the weights file)
# 1. builds veille, collects features and match labels of every predicted event of the tunable
#    dev splits (never heldout*), 2. leave-one-split-out measurement (printed), 3. trains on all
#    tunable splits and writes crates/veille-extract/data/learned_filter.tsv, 4. rebuilds and
#    checks that the Rust scores equal the Python ones.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
DEFAULT=${1:-off}
OUT=${LEARNED_FILTER_DIR:-$(mktemp -d)}
TSV=$REPO/crates/veille-extract/data/learned_filter.tsv
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$REPO/target}
BIN=$CARGO_TARGET_DIR/release/veille
cd "$REPO"
cargo build --release -p veille-cli
python3 scripts/learned_filter/collect.py "$BIN" "$REPO" "$OUT"
python3 scripts/learned_filter/train.py cv "$BIN" "$OUT" | tee "$OUT/cv.txt"
python3 scripts/learned_filter/train.py fit "$BIN" "$OUT" "$TSV" "$DEFAULT"
cargo build --release -p veille-cli
python3 scripts/learned_filter/collect.py "$BIN" "$REPO" "$OUT/after" 2>/dev/null
python3 scripts/learned_filter/train.py check "$BIN" "$OUT/after" "$TSV"
echo "measurement: $OUT/cv.txt"
