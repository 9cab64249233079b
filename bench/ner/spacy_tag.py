"""Tag documents with a spaCy pipeline and write predictions for `veille eval ner --pred`.

Input: JSONL {"id", "text"} written by `veille eval ner --dump-docs`. Output: JSONL
{"id", "entities": [{"start", "end", "label"}]} with char offsets and labels mapped onto
PER / ORG / LOC / MISC (mapping below, documented in bench/ner/README.md). Prints one JSON line
of timings: model load seconds, tagging seconds (wall and CPU), spaCy tokens, tokens/s, peak RSS.
Written for veille.
"""
import json
import resource
import sys
import time

# spaCy label -> veille NER label. Labels not listed are dropped.
MAPS = {
    "fr": {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"},
    "en": {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC"},
}


def main():
    model, lang, docs_path, out_path = sys.argv[1:5]
    only_ner = len(sys.argv) > 5 and sys.argv[5] == "ner-only"
    docs = [json.loads(l) for l in open(docs_path, encoding="utf-8") if l.strip()]
    t0 = time.perf_counter()
    import spacy

    nlp = spacy.load(model)
    if only_ner:
        nlp.select_pipes(enable=["ner"])
    load_s = time.perf_counter() - t0
    texts = [d["text"] for d in docs]
    t1 = time.perf_counter()
    c1 = time.process_time()
    parsed = list(nlp.pipe(texts, batch_size=64))
    tag_s = time.perf_counter() - t1
    cpu_s = time.process_time() - c1
    ntok = sum(len(p) for p in parsed)
    m = MAPS[lang]
    with open(out_path, "w", encoding="utf-8") as f:
        for d, p in zip(docs, parsed):
            ents = [
                {"start": e.start_char, "end": e.end_char, "label": m[e.label_]}
                for e in p.ents
                if e.label_ in m
            ]
            f.write(json.dumps({"id": d["id"], "entities": ents}, ensure_ascii=False) + "\n")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "model": model, "pipes": nlp.pipe_names, "docs": len(docs), "load_s": round(load_s, 3),
        "tag_s": round(tag_s, 3), "tokens": ntok, "tokens_per_s": round(ntok / tag_s, 1),
        "cpu_s": round(cpu_s, 3), "cpu_tokens_per_s": round(ntok / cpu_s, 1),
        "peak_rss_mb": round(peak_mb, 1),
    }))


if __name__ == "__main__":
    main()
