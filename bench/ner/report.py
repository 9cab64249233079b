"""Print the veille-vs-spaCy NER table from the files compare_spacy.sh wrote. Written for veille."""
import json
import sys

out = sys.argv[1]
rows = [r.split() for r in sys.argv[2:]]
fmt = "{:<10} {:<34} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>11} {:>11} {:>8} {:>8}"
print(fmt.format("corpus", "system", "P", "R", "F1", "PER", "ORG", "LOC", "tok/s wall", "tok/s CPU", "load ms", "peak MB"))
for name, v_mb, s_mb in rows:
    v = json.load(open(f"{out}/{name}.veille.json"))
    s = json.load(open(f"{out}/{name}.spacy.json"))
    st = json.load(open(f"{out}/{name}.spacy.timing.json"))
    def line(system, sc, tps, cpu_tps, load_ms, mb):
        m = sc["micro"]
        pl = sc["per_label"]
        print(fmt.format(name, system, f"{m['p']:.3f}", f"{m['r']:.3f}", f"{m['f1']:.3f}",
                         f"{pl['PER']['f1']:.3f}", f"{pl['ORG']['f1']:.3f}", f"{pl['LOC']['f1']:.3f}",
                         f"{tps:,.0f}", f"{cpu_tps:,.0f}", f"{load_ms:,.0f}", mb))
    line("veille-ner", v, v["total_tokens_per_s"], v["cpu_tokens_per_s"], v["load_ms"], v_mb)
    line(st["model"] + " (ner only)", s, st["tokens_per_s"], st["cpu_tokens_per_s"], st["load_s"] * 1000, s_mb)
    ratio = v["total_tokens_per_s"] / st["tokens_per_s"]
    cpu_ratio = v["cpu_tokens_per_s"] / st["cpu_tokens_per_s"]
    print(f"{'':<10} gold entities {v['gold']}; F1 difference {v['micro']['f1'] - s['micro']['f1']:+.3f}; "
          f"veille/spaCy throughput {ratio:.0f}x wall, {cpu_ratio:.0f}x CPU (veille: segmentation + tagging {v['total_tokens_per_s']:,.0f} tok/s, "
          f"tagging alone {v['tag_tokens_per_s']:,.0f}; spaCy: its tokenizer + ner)")
