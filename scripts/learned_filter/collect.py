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
import re
import os
import subprocess
import sys
import tempfile



def tunable(repo):
    """The tunable gold files of data/dev, in split order: events.jsonl (its `heldout` split is
    dropped below), articles.jsonl, articlesN.jsonl, dev9.jsonl; never heldout*.jsonl nor the
    second annotations (articles*.second.jsonl)."""
    names = [n for n in os.listdir(os.path.join(repo, "data", "dev"))
             if re.fullmatch(r"events\.jsonl|dev9\.jsonl|articles\d*\.jsonl", n)]

    def order(n):
        m = re.search(r"\d+", n)
        return (0 if n == "events.jsonl" else 1, int(m.group()) if m else 0)
    return sorted(names, key=order)


def kept(split):
    """A split the filter may be trained and measured on: never a blind one."""
    return bool(split) and not split.startswith("heldout")


def main():
    bin_, repo, outdir = sys.argv[1:4]
    os.makedirs(outdir, exist_ok=True)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in tunable(repo):
            path = os.path.join(repo, "data", "dev", name)
            docs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
            docs = [d for d in docs if kept(d.get("split"))]
            if not docs:
                continue
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
