#!/usr/bin/env python3
"""Trains and measures the learned event filter (crates/veille-extract/src/events/learned.rs).

Reads OUTDIR from collect.py (rows.jsonl: features and match label of every predicted event of
the tunable splits; gold-* and pred-*: gold documents and unfiltered records).

  train.py cv  VEILLE_BIN OUTDIR            nested cross-validation over LF_FOLDS (8) groups of
                                            splits: each group's events scored by a model trained
                                            on the other groups, with a threshold chosen on
                                            out-of-fold scores of those other groups only; each
                                            split filtered and scored with `veille eval`
  train.py oof OUTDIR                       the same nested scheme without `veille eval` (quick:
                                            AUC, and F1 counted on the match labels)
  train.py fit VEILLE_BIN OUTDIR OUT.tsv [on|off]
                                            trains on all tunable splits (threshold on out-of-fold
                                            scores of LF_FOLDS groups of them) and writes the weights
  train.py check VEILLE_BIN OUTDIR OUT.tsv  after a rebuild with OUT.tsv (and a new collect.py run):
                                            the Rust scores equal the Python ones

Environment: LF_JOBS (2) worker processes, LF_FOLDS (8), LF_L2 (30), LF_MIN_COUNT (8), LF_DROP
(feature families left out, comma-separated: ablations).
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

MIN_COUNT = int(os.environ.get("LF_MIN_COUNT", 8))  # a feature seen fewer times in the training rows gets no weight
L2 = float(os.environ.get("LF_L2", 30.0))  # Gaussian prior on the weights (sum over the training set)
EPOCHS = 10
RATE = 0.3
GRID = [0.0] + [round(0.05 + 0.025 * i, 3) for i in range(27)]  # 0.05 .. 0.70
FOLDS = int(os.environ.get("LF_FOLDS", 8))  # groups of splits of the (nested) cross-validation
JOBS = int(os.environ.get("LF_JOBS", 2))  # worker processes fitting models
LANGS = ("fr", "en")

# feature families left out (their name before the first `=`, comma-separated): ablations
DROP = set(filter(None, os.environ.get("LF_DROP", "").split(",")))

# feature names <-> ids, shared by every fit of one run (filled by load)
NAMES, IDS = [], {}


def load(outdir):
    """The predicted events (each with `x`, its feature ids) and the gold counts per (split, lang)."""
    preds, gold = [], collections.Counter()
    for line in open(os.path.join(outdir, "rows.jsonl"), encoding="utf-8"):
        r = json.loads(line)
        if "gold" in r:
            gold[(r["split"], r["lang"])] += r["gold"]
        else:
            x = []
            for f in r["features"]:
                if DROP and f.split("=", 1)[0] in DROP:
                    continue
                i = IDS.get(f)
                if i is None:
                    i = IDS[f] = len(NAMES)
                    NAMES.append(f)
                x.append(i)
            r["x"] = x
            preds.append(r)
    return preds, gold


def split_order(splits):
    return sorted(splits, key=lambda s: (len(s), s))


def fit(rows, seed=1):
    """Logistic regression, L2, AdaGrad SGD: (bias, {feature id: weight})."""
    counts = collections.Counter(i for r in rows for i in r["x"])
    keep = {i for i, n in counts.items() if n >= MIN_COUNT}
    data = [([i for i in r["x"] if i in keep], 1.0 if r["matched"] else 0.0) for r in rows]
    pos = sum(y for _, y in data)
    bias = math.log((pos + 1) / (len(data) - pos + 1))
    w = [0.0] * len(NAMES)
    g2 = [0.0] * len(NAMES)
    gb = 0.0
    lam = L2 / max(len(data), 1)
    rnd = random.Random(seed)
    order = list(range(len(data)))
    sqrt, exp = math.sqrt, math.exp
    for _ in range(EPOCHS):
        rnd.shuffle(order)
        for k in order:
            xs, y = data[k]
            z = bias
            for i in xs:
                z += w[i]
            z = -30.0 if z < -30.0 else (30.0 if z > 30.0 else z)
            g = 1.0 / (1.0 + exp(-z)) - y
            gb += g * g
            bias -= RATE * g / sqrt(gb + 1e-9)
            for i in xs:
                gf = g + lam * w[i]
                g2[i] += gf * gf
                w[i] -= RATE * gf / sqrt(g2[i] + 1e-9)
    return bias, {i: v for i, v in enumerate(w) if abs(v) > 1e-6}


def prob(model, x):
    """The probability of a row's feature ids `x` (or feature names, for `check`)."""
    bias, w = model
    z = bias + sum(w.get(f, 0.0) for f in x)
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


def groups(splits, k):
    """`splits` in k groups, round robin in split order (old and new splits in every group)."""
    order = split_order(splits)
    return [order[i::k] for i in range(min(k, len(order)))]


def thresholds(scored, gold_total):
    """{lang: threshold} from out-of-fold [(p, matched, lang)], gold_total: {lang: gold events}.
    One threshold for both languages (one per language was tried on 38 splits: no better)."""
    t = best_threshold([(p, m) for p, m, _ in scored], sum(gold_total.values()))
    return {lang: t for lang in LANGS}


_ROWS = None


def _fit_without(out):
    """A model trained on every row whose split is not in `out` (run in a worker)."""
    return fit([r for r in _ROWS if r["split"] not in out])


def fit_many(rows, outs):
    """One model per set of left-out splits in `outs`, JOBS processes at a time (fork: the rows
    are shared, not copied)."""
    global _ROWS
    _ROWS = rows
    if JOBS > 1 and len(outs) > 1:
        import multiprocessing
        with multiprocessing.get_context("fork").Pool(JOBS) as pool:
            return pool.map(_fit_without, outs, chunksize=1)
    return [_fit_without(o) for o in outs]


def nested(rows, gold, splits):
    """Nested cross-validation over FOLDS groups of splits. Outer fold i: the events of group i
    scored by a model trained on the other groups, with a threshold chosen on out-of-fold scores
    of those other groups only (group j scored by a model trained without groups i and j). The
    model without {i, j} serves both outer folds i and j: K + K(K-1)/2 fits in all. Returns
    {split: (thresholds, [((doc, index), p, matched, lang)])}."""
    grp = groups(splits, FOLDS)
    k = len(grp)
    pairs = [(i, j) for i in range(k) for j in range(i + 1, k)]
    outs = [set(grp[i]) for i in range(k)] + [set(grp[i]) | set(grp[j]) for i, j in pairs]
    models = fit_many(rows, outs)
    outer, pair = models[:k], dict(zip(pairs, models[k:]))
    of = {s: i for i in range(k) for s in grp[i]}
    res = {}
    for i in range(k):
        scored = [(prob(pair[(min(i, of[r["split"]]), max(i, of[r["split"]]))], r["x"]), r["matched"], r["lang"])
                  for r in rows if of[r["split"]] != i]
        total = {lang: sum(gold[(s, lang)] for s in splits if of[s] != i) for lang in LANGS}
        th = thresholds(scored, total)
        for s in grp[i]:
            res[s] = (th, [((r["doc"], r["index"]), prob(outer[i], r["x"]), r["matched"], r["lang"])
                           for r in rows if r["split"] == s])
    return res


def choose_thresholds(rows, gold, splits):
    """The threshold(s) of a model trained on all `splits`: on out-of-fold scores, each of FOLDS
    groups of splits scored by a model trained on the others."""
    grp = groups(splits, FOLDS)
    models = fit_many(rows, [set(g) for g in grp])
    scored = [(prob(m, r["x"]), r["matched"], r["lang"]) for g, m in zip(grp, models)
              for r in rows if r["split"] in set(g)]
    return thresholds(scored, {lang: sum(gold[(s, lang)] for s in splits) for lang in LANGS})


def auc(scored):
    """Probability that a matched event scores above an unmatched one (ties count half)."""
    import bisect
    pos = sorted(p for p, m in scored if m)
    neg = [p for p, m in scored if not m]
    if not pos or not neg:
        return 0.0
    above = 0.0
    for x in neg:
        lo, hi = bisect.bisect_left(pos, x), bisect.bisect_right(pos, x)
        above += len(pos) - hi + 0.5 * (hi - lo)
    return above / (len(pos) * len(neg))


def oof(outdir):
    """Quick look (no `veille eval`): leave-one-split-out scores, AUC, and the nested thresholds'
    effect counted on the match labels (a dropped matched event counts as missed)."""
    rows, gold = load(outdir)
    splits = split_order({r["split"] for r in rows})
    res = nested(rows, gold, splits)
    allsc = [(p, m) for s in splits for _, p, m, _ in res[s][1]]
    print(f"splits {len(splits)} preds {len(rows)} features {len(NAMES)} AUC {auc(allsc):.4f}")
    for lang in LANGS + (None,):
        b = [0, 0, 0]
        fl = [0, 0, 0]
        for s in splits:
            th = res[s][0]
            for _, p, m, l in res[s][1]:
                if lang and l != lang:
                    continue
                keep = p >= th[l]
                b[0 if m else 1] += 1
                if keep:
                    fl[0 if m else 1] += 1
            g = sum(gold[(s, x)] for x in ((lang,) if lang else LANGS))
            b[2] += g
            fl[2] += g
        b[2] -= b[0]
        fl[2] -= fl[0]
        print(f"{lang or 'all'}: {f1(*b):.4f} -> {f1(*fl):.4f}  tp/fp/fn {b} -> {fl}  tp-fp {b[0]-b[1]} -> {fl[0]-fl[1]}")
    new = [s for s in splits if s.startswith("dev") and s[3:].isdigit() and int(s[3:]) >= 26]
    b, fl = [0, 0], [0, 0]
    g = sum(gold[(s, x)] for s in new for x in LANGS)
    for s in new:
        th = res[s][0]
        for _, p, m, l in res[s][1]:
            b[0 if m else 1] += 1
            if p >= th[l]:
                fl[0 if m else 1] += 1
    print(f"dev26+: {f1(b[0], b[1], g - b[0]):.4f} -> {f1(fl[0], fl[1], g - fl[0]):.4f}")
    print("thresholds:", " ".join(f"{s}:{res[s][0]['fr']}/{res[s][0]['en']}" for s in splits))


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
    """Leave-one-split-out, the threshold of each left-out split chosen by grouped inner folds over
    the other splits only; each split re-scored with `veille eval` after dropping its events below
    the threshold."""
    rows, gold = load(outdir)
    splits = split_order({r["split"] for r in rows})
    res = nested(rows, gold, splits)
    allsc = [(p, m) for s in splits for _, p, m, _ in res[s][1]]
    print(f"{len(splits)} splits, {len(rows)} predicted events; L2 {L2}, min count {MIN_COUNT}, groups "
          f"{FOLDS}, out-of-fold AUC {auc(allsc):.3f}")
    tot = {k: collections.Counter() for k in ("base", "filt")}
    print(f"{'split':7} {'thr':>11} {'drop':>4} {'(tp':>4} {'fp)':>4}   {'all':>13}   {'fr':>13}   {'en':>13}")
    for s in splits:
        th, scored = res[s]
        drop = {key for key, p, _, lang in scored if p < th[lang]}
        dtp = sum(1 for key, _, m, _ in scored if m and key in drop)
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
                for i, k in enumerate(("tp", "fp", "fn")):
                    tot["base"][(lang, k)] += b[i]
                    tot["filt"][(lang, k)] += fl[i]
            cells.append(f"{f1(*b):.3f}->{f1(*fl):.3f}")
        ths = f"{th['fr']:.3f}" if th["fr"] == th["en"] else f"{th['fr']:.3f}/{th['en']:.3f}"
        print(f"{s:7} {ths:>11} {len(drop):4} {dtp:4} {len(drop) - dtp:4}   " + "   ".join(cells), flush=True)
    for lang in ("fr", "en", None):
        def c(which, k, lang=lang):
            return sum(tot[which][(l, k)] for l in ((lang,) if lang else LANGS))
        b = [c("base", k) for k in ("tp", "fp", "fn")]
        fl = [c("filt", k) for k in ("tp", "fp", "fn")]
        print(f"total {lang or 'all'}: {f1(*b):.4f} -> {f1(*fl):.4f}  (tp/fp/fn {b} -> {fl})")


def write(bin_, outdir, path, default):
    rows, gold = load(outdir)
    splits = split_order({r["split"] for r in rows})
    th = choose_thresholds(rows, gold, set(splits))
    bias, w = fit(rows)
    w = {NAMES[i]: v for i, v in w.items()}
    with open(path, "w", encoding="utf-8") as f:
        f.write("# The learned event filter (crates/veille-extract/src/events/learned.rs): logistic regression\n")
        f.write("# weights over the features of each predicted event, trained by\n")
        f.write("# scripts/learned_filter/run.sh (collect.py + train.py fit) on the predictions of the tunable\n")
        f.write(f"# dev splits only ({', '.join(splits)}; never heldout*): {len(rows)} predicted events,\n")
        f.write(f"# {sum(r['matched'] for r in rows)} matching a gold event. L2 {L2}, features seen >= {MIN_COUNT} times,\n")
        f.write(f"# AdaGrad SGD {EPOCHS} epochs. @threshold: chosen on out-of-fold scores ({FOLDS} groups of those\n")
        f.write("# splits, each scored by a model trained on the others).\n")
        f.write("# @default: whether `veille` drops events below the threshold unless --learned-filter says.\n")
        f.write("# Measured by `train.py cv` (nested cross-validation over groups of splits): scripts/learned_filter/README.md.\n")
        f.write(f"@bias\t{bias:.6f}\n@threshold\t{th['fr']}\n@default\t{default}\n")
        for k, v in sorted(w.items(), key=lambda kv: (-abs(kv[1]), kv[0])):
            f.write(f"{k}\t{v:.6f}\n")
    print(f"wrote {path}: {len(w)} weights, threshold {th['fr']}, default {default}")


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
    if mode == "oof":
        oof(sys.argv[2])
    elif mode == "cv":
        cv(sys.argv[2], sys.argv[3])
    elif mode == "fit":
        write(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5] if len(sys.argv) > 5 else "off")
    elif mode == "check":
        check(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        raise SystemExit(__doc__)
