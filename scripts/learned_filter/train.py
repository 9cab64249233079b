#!/usr/bin/env python3
"""Trains and measures the learned event filter (crates/veille-extract/src/events/learned.rs).

Reads OUTDIR from collect.py (rows.jsonl: features and match label of every predicted event of
the tunable splits; gold-* and pred-*: gold documents and unfiltered records).

  train.py cv  VEILLE_BIN OUTDIR            leave-one-split-out: for each tunable split, train on
                                            all the others, choose the threshold by an inner
                                            leave-one-split-out over those others only, filter
                                            the left-out split and score it with `veille eval`
  train.py fit VEILLE_BIN OUTDIR OUT.tsv [on|off]
                                            trains on all tunable splits (threshold by
                                            leave-one-split-out over them) and writes the weights
  train.py check VEILLE_BIN OUTDIR OUT.tsv  after a rebuild with OUT.tsv (and a new collect.py run):
                                            the Rust scores equal the Python ones

Logistic regression with L2, AdaGrad SGD, standard library only, deterministic (fixed seed).
"""
import collections
import json
import math
import os
import random
import subprocess
import sys
import tempfile

MIN_COUNT = 3  # a feature seen fewer times in the training rows gets no weight
L2 = 30.0  # Gaussian prior on the weights (sum over the training set)
EPOCHS = 10
RATE = 0.3
GRID = [0.0] + [round(0.05 + 0.025 * i, 3) for i in range(27)]  # 0.05 .. 0.70


def load(outdir):
    preds, gold = [], collections.Counter()
    for line in open(os.path.join(outdir, "rows.jsonl"), encoding="utf-8"):
        r = json.loads(line)
        if "gold" in r:
            gold[r["split"]] += r["gold"]
        else:
            preds.append(r)
    return preds, gold


def fit(rows, seed=1):
    counts = collections.Counter(f for r in rows for f in r["features"])
    vocab = {f for f, n in counts.items() if n >= MIN_COUNT}
    data = [([f for f in r["features"] if f in vocab], 1.0 if r["matched"] else 0.0) for r in rows]
    pos = sum(y for _, y in data)
    bias = math.log((pos + 1) / (len(data) - pos + 1))
    w, g2 = collections.defaultdict(float), collections.defaultdict(float)
    gb = 0.0
    lam = L2 / max(len(data), 1)
    rnd = random.Random(seed)
    order = list(range(len(data)))
    for _ in range(EPOCHS):
        rnd.shuffle(order)
        for k in order:
            xs, y = data[k]
            z = bias + sum(w[f] for f in xs)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - y
            gb += g * g
            bias -= RATE * g / math.sqrt(gb + 1e-9)
            for f in xs:
                gf = g + lam * w[f]
                g2[f] += gf * gf
                w[f] -= RATE * gf / math.sqrt(g2[f] + 1e-9)
    return bias, {f: v for f, v in w.items() if abs(v) > 1e-6}


def prob(model, feats):
    bias, w = model
    z = bias + sum(w.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def f1(tp, fp, fn):
    return 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)


def best_threshold(scored, gold_total):
    """scored: [(p, matched)] out of fold; the threshold with the best F1 (dropping a matched
    prediction counts it as missed: a lower bound of what re-matching gives)."""
    best = (-1.0, 0.0)
    for t in GRID:
        tp = sum(1 for p, m in scored if m and p >= t)
        fp = sum(1 for p, m in scored if not m and p >= t)
        s = f1(tp, fp, gold_total - tp)
        if s > best[0] + 1e-12:
            best = (s, t)
    return best[1]


def choose_threshold(rows, gold, splits):
    """Inner leave-one-split-out over `splits`: out-of-fold probabilities, then the best threshold."""
    scored = []
    for s in splits:
        model = fit([r for r in rows if r["split"] != s and r["split"] in splits])
        scored += [(prob(model, r["features"]), r["matched"]) for r in rows if r["split"] == s]
    return best_threshold(scored, sum(gold[s] for s in splits))


def eval_split(bin_, outdir, split, drop):
    """Scores one split with `veille eval`, the events in `drop` ((doc, index) pairs) removed."""
    for name in sorted(os.listdir(outdir)):
        if not name.startswith("gold-"):
            continue
        gold_path = os.path.join(outdir, name)
        docs = [json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip()]
        if not any(d["split"] == split for d in docs):
            continue
        recs = [json.loads(l) for l in open(os.path.join(outdir, "pred-" + name[5:]), encoding="utf-8")]
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
            for d, r in zip(docs, recs):
                r = dict(r)
                r["events"] = [e for i, e in enumerate(r["events"]) if (d["id"], i) not in drop]
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
            tmp = f.name
        try:
            out = subprocess.run([bin_, "--quiet", "eval", "events", "--gold", gold_path, "--split", split, tmp,
                                  "--format", "json"], check=True, capture_output=True, text=True).stdout
        finally:
            os.unlink(tmp)
        rep = json.loads(out)
        return {lang: (p["tp"], p["fp"], p["fn"]) for lang, p in rep["by_lang"].items()}
    raise SystemExit(f"no gold file holds split {split}")


def cv(bin_, outdir):
    rows, gold = load(outdir)
    splits = sorted({r["split"] for r in rows}, key=lambda s: (len(s), s))
    tot = {k: collections.Counter() for k in ("base", "filt")}
    print(f"{'split':7} {'thr':>5} {'drop':>4} {'(tp':>4} {'fp)':>4}   {'all':>13}   {'fr':>13}   {'en':>13}")
    for s in splits:
        train = [r for r in rows if r["split"] != s]
        others = [x for x in splits if x != s]
        t = choose_threshold(train, gold, others)
        model = fit(train)
        test = [r for r in rows if r["split"] == s]
        drop = {(r["doc"], r["index"]) for r in test if prob(model, r["features"]) < t}
        dtp = sum(1 for r in test if r["matched"] and (r["doc"], r["index"]) in drop)
        base, filt = eval_split(bin_, outdir, s, set()), eval_split(bin_, outdir, s, drop)
        cells = []
        for lang in (None, "fr", "en"):
            def get(res, lang=lang):
                keys = [lang] if lang else list(res)
                return tuple(sum(res.get(k, (0, 0, 0))[i] for k in keys) for i in range(3))
            b, fl = get(base), get(filt)
            if sum(b) == 0:
                cells.append(f"{'':>13}")
                continue
            if lang:
                tot["base"][lang] = tot["base"][lang] + 0  # keep key order
                for i, k in enumerate(("tp", "fp", "fn")):
                    tot["base"][(lang, k)] += b[i]
                    tot["filt"][(lang, k)] += fl[i]
            cells.append(f"{f1(*b):.3f}->{f1(*fl):.3f}")
        print(f"{s:7} {t:5.3f} {len(drop):4} {dtp:4} {len(drop) - dtp:4}   " + "   ".join(cells), flush=True)
    for lang in ("fr", "en", None):
        def c(which, k, lang=lang):
            return sum(tot[which][(l, k)] for l in ((lang,) if lang else ("fr", "en")))
        b = [c("base", k) for k in ("tp", "fp", "fn")]
        fl = [c("filt", k) for k in ("tp", "fp", "fn")]
        print(f"total {lang or 'all'}: {f1(*b):.4f} -> {f1(*fl):.4f}  (tp/fp/fn {b} -> {fl})")


def write(bin_, outdir, path, default):
    rows, gold = load(outdir)
    splits = sorted({r["split"] for r in rows}, key=lambda s: (len(s), s))
    t = choose_threshold(rows, gold, splits)
    bias, w = fit(rows)
    with open(path, "w", encoding="utf-8") as f:
        f.write("# The learned event filter (crates/veille-extract/src/events/learned.rs): logistic regression\n")
        f.write("# weights over the features of each predicted event, trained by\n")
        f.write("# scripts/learned_filter/run.sh (collect.py + train.py fit) on the predictions of the tunable\n")
        f.write(f"# dev splits only ({', '.join(splits)}; never heldout*): {len(rows)} predicted events,\n")
        f.write(f"# {sum(r['matched'] for r in rows)} matching a gold event. L2 {L2}, features seen >= {MIN_COUNT} times,\n")
        f.write(f"# AdaGrad SGD {EPOCHS} epochs. @threshold: chosen by leave-one-split-out over those splits.\n")
        f.write("# @default: whether `veille` drops events below the threshold unless --learned-filter says.\n")
        f.write("# Measured by `train.py cv` (leave-one-split-out): scripts/learned_filter/README.md.\n")
        f.write(f"@bias\t{bias:.6f}\n@threshold\t{t}\n@default\t{default}\n")
        for k, v in sorted(w.items(), key=lambda kv: (-abs(kv[1]), kv[0])):
            f.write(f"{k}\t{v:.6f}\n")
    print(f"wrote {path}: {len(w)} weights, threshold {t}, default {default}")


def check(bin_, outdir, tsv):
    """The scores `veille extract --explain` gives (Rust) equal the scores of the weights file
    computed here (Python), on every predicted event of the tunable splits."""
    w, bias = {}, 0.0
    for line in open(tsv, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        k, v = line.rstrip("\n").split("\t")
        if k == "@bias":
            bias = float(v)
        elif not k.startswith("@"):
            w[k] = float(v)
    n, worst = 0, 0.0
    for name in sorted(os.listdir(outdir)):
        if not name.startswith("pred-"):
            continue
        for line in open(os.path.join(outdir, name), encoding="utf-8"):
            for e in json.loads(line)["events"]:
                step = [s for s in e["explain"] if s["slot"] == "learned_filter"][0]
                rust = float(step["rule"].split()[2])
                py = prob((bias, w), step["text"].split(" "))
                worst = max(worst, abs(rust - py))
                n += 1
    print(f"check: {n} events, largest |rust - python| score difference {worst:.5f}")
    if worst > 1e-3:
        raise SystemExit("the Rust and Python scores differ: features or weights file out of step")


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "cv":
        cv(sys.argv[2], sys.argv[3])
    elif mode == "fit":
        write(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5] if len(sys.argv) > 5 else "off")
    elif mode == "check":
        check(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        raise SystemExit(__doc__)
