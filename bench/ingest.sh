#!/usr/bin/env bash
# Whole-process benchmark of `veille ingest` (ingest + text layer + extraction + store) on a generated
# corpus of N reports (default 10,000). Checks the result before reporting: the store must hold N
# documents afterwards. Prints docs/s, MB/s and peak RSS; the baseline in the same run is
# `veille extract` with the store left out, so the store's share of the cost is visible.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-10000}"
OUT=bench/out
CORPUS="$OUT/corpus-$N"
mkdir -p "$OUT"
cargo build --release --locked --bin veille >/dev/null
BIN="${CARGO_TARGET_DIR:-target}/release/veille"
if [ ! -d "$CORPUS" ]; then
  python3 bench/gen_corpus.py --n "$N" --seed 7 --out "$CORPUS" >/dev/null
fi
BYTES=$(find "$CORPUS" -type f -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
DOCS=$(find "$CORPUS" -type f -name '*.txt' | wc -l)
[ "$DOCS" -eq "$N" ] || { echo "corpus has $DOCS files, expected $N" >&2; exit 1; }

timeit() { # label, command...
  local label=$1; shift
  local t0 t1 rss
  t0=$(date +%s.%N)
  /usr/bin/env time -f '%M' -o "$OUT/rss.txt" "$@"
  t1=$(date +%s.%N)
  rss=$(tail -1 "$OUT/rss.txt")
  python3 - "$label" "$t0" "$t1" "$rss" "$DOCS" "$BYTES" >&2 <<'PY'
import sys
label, t0, t1, rss, docs, nbytes = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
dt = t1 - t0
print(f"{label:<28} {dt:8.2f} s {docs/dt:10.0f} docs/s {nbytes/dt/1e6:8.2f} MB/s  peak {rss/1024:7.1f} MB")
PY
}

command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
echo "corpus: $DOCS reports, $(python3 -c "print(round($BYTES/1e6,2))") MB"
DB="$OUT/bench.db"
rm -f "$DB" "$DB-wal" "$DB-shm"
timeit "extract (no store, 1 core)" taskset -c 0 "$BIN" --quiet extract "$CORPUS" --format jsonl >"$OUT/extract.jsonl"
RECS=$(wc -l <"$OUT/extract.jsonl")
[ "$RECS" -eq "$N" ] || { echo "extract printed $RECS records, expected $N" >&2; exit 1; }
timeit "ingest into SQLite" "$BIN" --quiet --db "$DB" ingest "$CORPUS"
STORED=$("$BIN" --db "$DB" stats --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["documents"])')
[ "$STORED" -eq "$N" ] || { echo "store holds $STORED documents, expected $N" >&2; exit 1; }
timeit "re-ingest (all unchanged)" "$BIN" --quiet --db "$DB" ingest "$CORPUS"
echo "ok: $STORED documents stored; re-ingest left them unchanged"
