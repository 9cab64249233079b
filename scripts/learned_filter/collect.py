#!/usr/bin/env python3
"""Labelled features of every predicted event of the tunable dev splits.

For each tunable gold file (never heldout*: the `heldout` split of events.jsonl is skipped
before anything is run), runs `veille extract --explain --learned-filter off` on its texts and
`veille eval events --format json --misses` on the records, and writes one JSON line per
predicted event: {split, lang, doc, index, matched, features}.

usage: collect.py VEILLE_BIN REPO OUTDIR
writes OUTDIR/rows.jsonl, and OUTDIR/gold-NAME / OUTDIR/pred-NAME (the gold documents kept and the
records, unfiltered, to re-score filtered runs with `veille eval`).
"""
import json
import os
import subprocess
import sys
import tempfile

# (gold file, splits kept); later files are used when present
TUNABLE = [
    ("events.jsonl", {"dev", "dev2", "dev3", "dev4"}),
    ("articles.jsonl", {"dev5", "dev6"}),
    ("articles7.jsonl", {"dev7"}),
    ("articles8.jsonl", {"dev8"}),
    ("dev9.jsonl", {"dev9"}),
    ("articles10.jsonl", {"dev10"}),
    ("articles11.jsonl", {"dev11"}),
    ("articles12.jsonl", {"dev12"}),
] + [(f"articles{n}.jsonl", {f"dev{n}"}) for n in range(13, 39)]


def main():
    bin_, repo, outdir = sys.argv[1:4]
    os.makedirs(outdir, exist_ok=True)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, splits in TUNABLE:
            path = os.path.join(repo, "data", "dev", name)
            if not os.path.exists(path):
                continue
            docs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
            docs = [d for d in docs if d.get("split") in splits]
            gold = os.path.join(outdir, "gold-" + name)
            texts = os.path.join(tmp, "texts.jsonl")
            with open(gold, "w", encoding="utf-8") as g, open(texts, "w", encoding="utf-8") as t:
                for d in docs:
                    g.write(json.dumps(d, ensure_ascii=False) + "\n")
                    t.write(json.dumps({"text": d["text"], "published": d.get("published"),
                                        "lang": d.get("lang")}, ensure_ascii=False) + "\n")
            recs = subprocess.run([bin_, "--quiet", "extract", "--explain", "--learned-filter", "off", "-j", "1",
                                   texts], check=True, capture_output=True, text=True).stdout
            pred = os.path.join(outdir, "pred-" + name)
            with open(pred, "w", encoding="utf-8") as f:
                f.write(recs)
            records = [json.loads(l) for l in recs.splitlines() if l.strip()]
            assert len(records) == len(docs), (name, len(records), len(docs))
            rep = json.loads(subprocess.run([bin_, "--quiet", "eval", "events", "--gold", gold, pred, "--format",
                                             "json", "--misses"], check=True, capture_output=True,
                                            text=True).stdout)
            by_doc = {d["id"]: r for d, r in zip(docs, records)}
            for p in rep["predictions"]:
                ev = by_doc[p["doc_id"]]["events"][p["index"]]
                feats = [s["text"] for s in ev.get("explain", []) if s["slot"] == "learned_filter"]
                assert len(feats) == 1, ev.get("explain")
                rows.append({"split": p["split"], "lang": p["lang"], "doc": p["doc_id"], "index": p["index"],
                             "matched": p["matched"], "features": feats[0].split(" ")})
            # gold counts per split and language, to score F1 after filtering
            for d in docs:
                rows.append({"split": d["split"], "lang": d.get("lang"), "doc": d["id"], "gold": len(d["events"])})
            o = rep["overall"]
            print(f"{name}: {len(docs)} docs, tp {o['tp']} fp {o['fp']} fn {o['fn']} f1 {o['f1']:.3f}",
                  file=sys.stderr)
    with open(os.path.join(outdir, "rows.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
