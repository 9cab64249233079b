#!/usr/bin/env python3
"""Annotator's helper: GeoNames candidates for place names, to fill `geonames_id` in events.jsonl.

Usage: data/dev/lookup_geonames.py 'Djibo@BF' 'Ménaka@ML' Tillabéri
Reads the country dumps in ../shared/data/gazetteer/geonames/ (CC BY 4.0, GeoNames) beside the
repository; prints (country, geonameid, name, feature class, feature code, population, admin1) for
each name, populated places and admin divisions first. The annotator picks the id by hand.
"""
import os
import sys
import unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "data", "gazetteer", "geonames")
COUNTRIES = ["ML", "BF", "NE", "MR", "SN", "BJ", "TG", "CI", "GH", "GN"]


def fold(s):
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in s if unicodedata.category(c) != "Mn").replace("\u2019", "'")


def main(queries):
    wanted = {}
    for q in queries:
        name, _, cc = q.partition("@")
        wanted.setdefault(fold(name), []).append((q, cc))
    hits = {q: [] for q in queries}
    for cc in COUNTRIES:
        path = os.path.join(ROOT, f"{cc}.txt")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                c = line.rstrip("\n").split("\t")
                names = {fold(c[1]), fold(c[2])} | {fold(a) for a in c[3].split(",") if a}
                for n in names & wanted.keys():
                    for q, qcc in wanted[n]:
                        if not qcc or qcc == cc:
                            hits[q].append((cc, int(c[0]), c[1], c[6], c[7], int(c[14] or 0), c[10]))
    for q, hs in hits.items():
        hs.sort(key=lambda h: (h[3] not in "PA", -h[5]))
        print(q, hs[:6] if hs else "no candidate")


if __name__ == "__main__":
    main(sys.argv[1:])
