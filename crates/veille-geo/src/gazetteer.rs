//! The compiled gazetteer (`data/gazetteer/*.tsv`, built by `scripts/gazetteer/build.py`).
//!
//! Rows are parsed once into [`Place`]s whose strings borrow the embedded text (no copy).
//! Names are indexed by their *key*: folded (case, accents), with every run of non-alphanumeric
//! characters (hyphen, apostrophe, space) made one space, so "Tin-Akoff", "Tin Akoff" and
//! "TIN AKOFF" share a key. A second, *loose* key (no spaces, doubled letters single, "gh" → "g",
//! final "e" dropped, …) catches press spellings such as "Barsalogho" for "Barsalogo"; loose hits
//! are only candidates of lower rank.

use crate::GeoError;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

static PLACES_TSV: &str = include_str!("../../../data/gazetteer/places.tsv");
static ADMIN_TSV: &str = include_str!("../../../data/gazetteer/admin.tsv");
static COUNTRIES_TSV: &str = include_str!("../../../data/gazetteer/countries.tsv");

/// One gazetteer entry (a GeoNames feature).
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub id: u64,
    /// GeoNames feature class: P populated place, A admin area, H water, T terrain, L area, S spot, V vegetation.
    pub fclass: &'static str,
    pub fcode: &'static str,
    /// ISO 3166-1 alpha-2.
    pub country: &'static str,
    pub admin1_code: &'static str,
    pub admin2_code: &'static str,
    /// None for countries that have no row with coordinates in the dumps.
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub population: u64,
    pub name: &'static str,
    /// `|`-separated alternate names.
    pub alternates: &'static str,
}

impl Place {
    pub fn is_country(&self) -> bool {
        self.fclass == "A" && self.fcode.starts_with("PCL")
    }
    pub fn is_admin(&self) -> bool {
        self.fclass == "A" && self.fcode.starts_with("ADM")
    }
    /// Admin level 1..=4 for ADMn areas.
    pub fn admin_level(&self) -> Option<u8> {
        if !self.is_admin() {
            return None;
        }
        self.fcode.as_bytes().get(3).and_then(|b| b.is_ascii_digit().then(|| b - b'0'))
    }
    pub fn is_populated(&self) -> bool {
        self.fclass == "P"
    }
    pub fn alternates(&self) -> impl Iterator<Item = &'static str> {
        self.alternates.split('|').filter(|s| !s.is_empty())
    }
    pub fn coords(&self) -> Option<(f64, f64)> {
        Some((self.lat?, self.lon?))
    }
}

/// FNV-1a: the name maps hold ~130k short keys; SipHash made loading twice as slow.
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Calls `f` with the parts joined by dots ("ML.05.123"), built on the stack when short.
fn with_code<R>(parts: &[&str], f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 64];
    let mut n = 0;
    for (i, p) in parts.iter().enumerate() {
        let sep = usize::from(i > 0);
        if n + sep + p.len() > buf.len() {
            return f(&parts.join("."));
        }
        if sep == 1 {
            buf[n] = b'.';
        }
        buf[n + sep..n + sep + p.len()].copy_from_slice(p.as_bytes());
        n += sep + p.len();
    }
    match std::str::from_utf8(&buf[..n]) {
        Ok(k) => f(k),
        Err(_) => f(&parts.join(".")),
    }
}

/// 64-bit FNV-1a of a key.
pub fn key_hash(key: &str) -> u64 {
    let mut h = Fnv::default();
    h.write(key.as_bytes());
    h.finish()
}

/// A name index without a string per key: (hash of key, place) pairs sorted by hash. With 64-bit
/// hashes over ~60k keys a collision is ~1e-10 likely; a test checks the shipped data has none.
#[derive(Default)]
struct HashIndex {
    hashes: Vec<u64>,
    idx: Vec<PlaceIdx>,
}

/// Sorts `v` by `key`, stably: a least-significant-digit radix sort, four passes of 16 bits. The
/// gazetteer's name indexes (~100k hashes each, built at every start-up) sort this way several
/// times faster than by comparisons. Pairs made in place order come out in (hash, place) order.
fn radix_sort_by_hash<T: Copy>(v: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    const BITS: u32 = 16;
    const MASK: u64 = (1 << BITS) - 1;
    let mut out = v.clone();
    let mut count = vec![0usize; 1 << BITS];
    for pass in 0..64 / BITS {
        let digit = |x: &T| ((key(x) >> (pass * BITS)) & MASK) as usize;
        count.fill(0);
        for x in v.iter() {
            count[digit(x)] += 1;
        }
        let mut sum = 0;
        for c in count.iter_mut() {
            (*c, sum) = (sum, sum + *c);
        }
        for x in v.iter() {
            let d = digit(x);
            out[count[d]] = *x;
            count[d] += 1;
        }
        std::mem::swap(v, &mut out);
    }
}

impl HashIndex {
    /// From (key hash, place) pairs made in place order.
    fn build(mut pairs: Vec<(u64, PlaceIdx)>) -> HashIndex {
        radix_sort_by_hash(&mut pairs, |p| p.0);
        pairs.dedup();
        let (hashes, idx) = pairs.into_iter().unzip();
        HashIndex { hashes, idx }
    }
    fn get(&self, key: &str) -> &[PlaceIdx] {
        self.get_hash(key_hash(key))
    }
    fn get_hash(&self, h: u64) -> &[PlaceIdx] {
        let lo = self.hashes.partition_point(|&x| x < h);
        let hi = lo + self.hashes[lo..].partition_point(|&x| x == h);
        &self.idx[lo..hi]
    }
    fn distinct(&self) -> usize {
        let mut n = 0;
        let mut last = None;
        for &h in &self.hashes {
            if last != Some(h) {
                n += 1;
                last = Some(h);
            }
        }
        n
    }
}

/// Index of a place in [`Gazetteer::places`].
pub type PlaceIdx = u32;

/// How a name matched a place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchKind {
    /// Same key as the main or an alternate name.
    Exact,
    /// Same loose key only (a spelling variant).
    Loose,
}

/// A gazetteer candidate for a name, with a context-free prior score in 0..=1.
#[derive(Clone, Debug)]
pub struct Candidate<'g> {
    pub place: &'g Place,
    pub idx: PlaceIdx,
    pub matched: MatchKind,
    pub prior: f32,
}

/// The Sahel gazetteer: places, name index, admin names, countries.
pub struct Gazetteer {
    places: Vec<Place>,
    /// name key → places having that name.
    names: HashIndex,
    /// The text of each distinct name key, in the order of `names`' hashes: its range in
    /// `name_arena` (so that the geoparser's automaton is built without folding every name again).
    name_keys: Vec<(u32, u32)>,
    name_arena: String,
    loose: HashIndex,
    admin: HashMap<&'static str, &'static str, BuildHasherDefault<Fnv>>,
    /// iso2 → (iso3, geonameid, name, capital).
    countries: HashMap<&'static str, CountryInfo>,
}

/// A row of `countries.tsv`.
#[derive(Clone, Debug)]
pub struct CountryInfo {
    pub iso2: &'static str,
    pub iso3: &'static str,
    pub geonames_id: u64,
    pub name: &'static str,
    pub capital: &'static str,
}

/// The name key: folded, non-alphanumeric runs made one space, trimmed.
pub fn name_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    name_key_into(s, &mut out);
    out
}

/// [`name_key`] into a reused buffer (cleared first).
pub fn name_key_into(s: &str, out: &mut String) {
    out.clear();
    let mut pending_space = false;
    let mut tmp = String::new();
    for c in s.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.push(c.to_ascii_lowercase());
            } else {
                pending_space = true;
            }
            continue;
        }
        tmp.clear();
        veille_text::fold_char(c, &mut tmp);
        for f in tmp.chars() {
            if f.is_alphanumeric() {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.push(f);
            } else {
                pending_space = true;
            }
        }
    }
}

/// The loose key of a name key: spaces removed and spelling habits of French transcription
/// levelled ("gh"→"g", "kh"→"k", "ou"→"u", "y"→"i", "ck"→"k", doubled letters single,
/// "m" before "b"/"p" → "n", final "e" dropped).
pub fn loose_key(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    loose_key_into(key, &mut out);
    out
}

/// [`loose_key`] into a reused buffer (cleared first).
pub fn loose_key_into(key: &str, out: &mut String) {
    out.clear();
    let b = key.as_bytes();
    let mut last: Option<char> = None;
    let mut push = |c: char, out: &mut String| {
        if last != Some(c) {
            out.push(c);
            last = Some(c);
        }
    };
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b' ' {
            i += 1;
            continue;
        }
        if !c.is_ascii() {
            // keep non-ASCII chars whole
            let ch = key[i..].chars().next().unwrap_or(' ');
            push(ch, out);
            i += ch.len_utf8();
            continue;
        }
        let next = b.get(i + 1).copied();
        let (ch, step) = match (c, next) {
            (b'g', Some(b'h')) => ('g', 2),
            (b'k', Some(b'h')) => ('k', 2),
            (b'o', Some(b'u')) => ('u', 2),
            (b'c', Some(b'k')) => ('k', 2),
            (b'y', _) => ('i', 1),
            (b'm', Some(b'b' | b'p')) => ('n', 1),
            _ => (c as char, 1),
        };
        push(ch, out);
        i += step;
    }
    if out.len() > 4 && out.ends_with('e') {
        out.pop();
    }
}

fn field<'a>(cols: &[&'a str], i: usize, file: &'static str, line: usize) -> Result<&'a str, GeoError> {
    cols.get(i).copied().ok_or(GeoError::Data {
        file,
        line,
        msg: format!("expected at least {} tab-separated columns, found {}", i + 1, cols.len()),
    })
}

impl Gazetteer {
    /// Loads the gazetteer embedded in the binary.
    pub fn load_default() -> Result<Gazetteer, GeoError> {
        Gazetteer::from_tsv(PLACES_TSV, ADMIN_TSV, COUNTRIES_TSV)
    }

    /// The embedded gazetteer, loaded once per process and shared (for a `Geoparser<'static>`
    /// held by a long-lived pipeline).
    pub fn shared() -> Result<&'static Gazetteer, GeoError> {
        static CELL: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();
        if let Some(g) = CELL.get() {
            return Ok(g);
        }
        let g = Gazetteer::load_default()?;
        Ok(CELL.get_or_init(|| g))
    }

    /// Builds a gazetteer from the three TSV texts (the format `build.py` writes).
    pub fn from_tsv(
        places_tsv: &'static str,
        admin_tsv: &'static str,
        countries_tsv: &'static str,
    ) -> Result<Gazetteer, GeoError> {
        const F: &str = "places.tsv";
        let mut places = Vec::with_capacity(places_tsv.len() / 56);
        for (n, line) in places_tsv.lines().enumerate() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            // the fields as `line.splitn(11, '\t')` gives them, in one pass over the bytes
            let mut c = [""; 11];
            let mut k = 0;
            let mut from = 0;
            for (j, &b) in line.as_bytes().iter().enumerate() {
                if b == b'\t' && k < 10 {
                    c[k] = &line[from..j];
                    k += 1;
                    from = j + 1;
                }
            }
            c[k] = &line[from..];
            k += 1;
            if k < 10 {
                return Err(GeoError::Data {
                    file: F,
                    line: n + 1,
                    msg: format!("expected 10 or 11 tab-separated columns, found {k}"),
                });
            }
            let bad = |what: &str| GeoError::Data { file: F, line: n + 1, msg: format!("bad {what}") };
            let opt_f = |s: &str| -> Result<Option<f64>, GeoError> {
                if s.is_empty() { Ok(None) } else { s.parse().map(Some).map_err(|_| bad("coordinate")) }
            };
            places.push(Place {
                id: c[0].parse().map_err(|_| bad("geonames id"))?,
                fclass: c[1],
                fcode: c[2],
                country: c[3],
                admin1_code: c[4],
                admin2_code: c[5],
                lat: opt_f(c[6])?,
                lon: opt_f(c[7])?,
                population: c[8].parse().map_err(|_| bad("population"))?,
                name: c[9],
                alternates: c[10],
            });
        }
        if !places.windows(2).all(|w| w[0].id < w[1].id) {
            places.sort_by_key(|p| p.id);
        }
        // (name key hash, place, key's range in the arena): every key is written once to the
        // arena, and after sorting by hash the first of each hash gives that key's text
        let mut names: Vec<(u64, PlaceIdx, u32, u32)> = Vec::with_capacity(places.len() * 3 / 2);
        let mut loose = Vec::with_capacity(places.len() * 3 / 2);
        let mut name_arena = String::with_capacity(places.len() * 24);
        let (mut kb, mut lb) = (String::new(), String::new());
        for (i, p) in places.iter().enumerate() {
            let i = i as PlaceIdx;
            for n in std::iter::once(p.name).chain(p.alternates()) {
                name_key_into(n, &mut kb);
                if kb.len() < 2 {
                    continue;
                }
                loose_key_into(&kb, &mut lb);
                let start = name_arena.len() as u32;
                name_arena.push_str(&kb);
                names.push((key_hash(&kb), i, start, name_arena.len() as u32));
                loose.push((key_hash(&lb), i));
            }
        }
        // (made in place order, each key after the one before: sorted by hash alone, they are
        // sorted by the whole tuple)
        radix_sort_by_hash(&mut names, |x| x.0);
        names.dedup_by_key(|&mut (h, i, _, _)| (h, i));
        let mut name_keys = Vec::with_capacity(names.len());
        for (k, &(h, _, start, end)) in names.iter().enumerate() {
            if k == 0 || names[k - 1].0 != h {
                name_keys.push((start, end));
            }
        }
        let names = HashIndex {
            hashes: names.iter().map(|x| x.0).collect(),
            idx: names.iter().map(|x| x.1).collect(),
        };
        let loose = HashIndex::build(loose);
        let mut admin: HashMap<&str, &str, BuildHasherDefault<Fnv>> = HashMap::default();
        for (n, line) in admin_tsv.lines().enumerate() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let (code, name) = line.split_once('\t').ok_or(GeoError::Data {
                file: "admin.tsv",
                line: n + 1,
                msg: "expected `code<TAB>name`".into(),
            })?;
            admin.insert(code, name);
        }
        let mut countries = HashMap::new();
        for (n, line) in countries_tsv.lines().enumerate() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let c: Vec<&str> = line.split('\t').collect();
            let f = |i| field(&c, i, "countries.tsv", n + 1);
            let info = CountryInfo {
                iso2: f(0)?,
                iso3: f(1)?,
                geonames_id: f(2)?.parse().map_err(|_| GeoError::Data {
                    file: "countries.tsv",
                    line: n + 1,
                    msg: "bad geonames id".into(),
                })?,
                name: f(3)?,
                capital: f(4)?,
            };
            countries.insert(info.iso2, info);
        }
        Ok(Gazetteer { places, names, name_keys, name_arena, loose, admin, countries })
    }

    pub fn len(&self) -> usize {
        self.places.len()
    }
    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }
    pub fn places(&self) -> &[Place] {
        &self.places
    }
    pub fn place(&self, idx: PlaceIdx) -> &Place {
        &self.places[idx as usize]
    }
    pub fn by_id(&self, id: u64) -> Option<&Place> {
        self.places.binary_search_by_key(&id, |p| p.id).ok().map(|i| &self.places[i])
    }
    /// Number of distinct name keys.
    pub fn name_count(&self) -> usize {
        self.names.distinct()
    }
    /// Calls `f` once per distinct name key with its places (for building automata), in the
    /// order of the keys' hashes.
    pub fn for_each_name_key<'s>(&'s self, mut f: impl FnMut(&'s str, &'s [PlaceIdx])) {
        let hashes = &self.names.hashes;
        let mut lo = 0;
        for &(start, end) in &self.name_keys {
            let mut hi = lo + 1;
            while hi < hashes.len() && hashes[hi] == hashes[lo] {
                hi += 1;
            }
            f(&self.name_arena[start as usize..end as usize], &self.names.idx[lo..hi]);
            lo = hi;
        }
    }
    /// Every distinct name key with its places, in key order.
    pub fn name_keys(&self) -> Vec<(String, &[PlaceIdx])> {
        let mut out = Vec::with_capacity(self.places.len() * 3 / 2);
        self.for_each_name_key(|k, v| out.push((k.to_string(), v)));
        out.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        out
    }
    /// Places whose name key is exactly `key` (see [`name_key`]).
    pub fn by_key(&self, key: &str) -> &[PlaceIdx] {
        self.names.get(key)
    }
    /// Places whose loose key is `loose` (see [`loose_key`]).
    pub fn by_loose_key(&self, loose: &str) -> &[PlaceIdx] {
        self.loose.get(loose)
    }
    /// Admin1 name of a place ("Tillabéri").
    pub fn admin1_name(&self, p: &Place) -> Option<&'static str> {
        if p.admin1_code.is_empty() || p.admin1_code == "00" {
            return None;
        }
        with_code(&[p.country, p.admin1_code], |k| self.admin.get(k).copied())
    }
    /// Admin2 name of a place ("Cercle de Ménaka").
    pub fn admin2_name(&self, p: &Place) -> Option<&'static str> {
        if p.admin2_code.is_empty() {
            return None;
        }
        with_code(&[p.country, p.admin1_code, p.admin2_code], |k| self.admin.get(k).copied())
    }
    pub fn country(&self, iso2: &str) -> Option<&CountryInfo> {
        self.countries.get(iso2)
    }

    /// The first-level admin areas of the admin table, as (country, name): "Borno" of Nigeria,
    /// "Lac" of Chad — including those of countries whose areas have no gazetteer row.
    pub fn admin1_areas(&self) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
        self.admin.iter().filter_map(|(&code, &name)| {
            let (cc, a1) = code.split_once('.')?;
            (!a1.contains('.')).then_some((cc, name))
        })
    }

    /// The second-level admin areas of the admin table, as (country, admin1 name, name): the
    /// Nigerian LGAs, Cameroonian departments and Chadian departments have no gazetteer row.
    pub fn admin2_areas(
        &self,
    ) -> impl Iterator<Item = (&'static str, Option<&'static str>, &'static str)> + '_ {
        self.admin.iter().filter_map(|(&code, &name)| {
            let (cc, rest) = code.split_once('.')?;
            let (a1, a2) = rest.split_once('.')?;
            if a2.contains('.') {
                return None;
            }
            Some((cc, with_code(&[cc, a1], |k| self.admin.get(k).copied()), name))
        })
    }

    /// Candidates for a name as written, best prior first: exact-key matches, then loose ones.
    pub fn candidates(&self, name: &str) -> Vec<Candidate<'_>> {
        let key = name_key(name);
        let mut out: Vec<Candidate<'_>> = self
            .by_key(&key)
            .iter()
            .map(|&i| Candidate { place: self.place(i), idx: i, matched: MatchKind::Exact, prior: 0.0 })
            .collect();
        if key.len() >= 4 {
            for &i in self.by_loose_key(&loose_key(&key)) {
                if !out.iter().any(|c| c.idx == i) {
                    out.push(Candidate {
                        place: self.place(i),
                        idx: i,
                        matched: MatchKind::Loose,
                        prior: 0.0,
                    });
                }
            }
        }
        for c in &mut out {
            c.prior = prior(c.place) * if c.matched == MatchKind::Loose { 0.8 } else { 1.0 };
        }
        out.sort_by(|a, b| b.prior.total_cmp(&a.prior).then(a.place.id.cmp(&b.place.id)));
        out
    }
}

/// The focus countries of veille.
pub const FOCUS: [&str; 3] = ["ML", "BF", "NE"];

/// Context-free prior of a place, 0..=1: feature type, population, focus country.
pub fn prior(p: &Place) -> f32 {
    let base: f32 = match (p.fclass, p.fcode) {
        (_, c) if c.starts_with("PCL") => 0.9,
        ("P", "PPLC") => 0.85,
        ("P", "PPLA") => 0.7,
        ("P", "PPLA2") => 0.55,
        ("P", "PPLA3") | ("P", "PPLA4") => 0.42,
        ("P", _) => 0.3,
        ("A", "ADM1") => 0.6,
        ("A", "ADM2") => 0.45,
        ("A", _) => 0.35,
        ("H", "STM") => 0.35,
        ("S", "AIRP") => 0.1,
        _ => 0.25,
    };
    let pop =
        if p.population > 0 { ((p.population as f32).log10() - 2.0).clamp(0.0, 5.0) * 0.03 } else { 0.0 };
    let focus = if FOCUS.contains(&p.country) { 0.05 } else { 0.0 };
    (base + pop + focus).min(1.0)
}

/// Great-circle distance in km.
pub fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1) = (a.0.to_radians(), a.1.to_radians());
    let (la2, lo2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2) + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_fold_accents_hyphens_apostrophes() {
        assert_eq!(name_key("Tin-Akoff"), "tin akoff");
        assert_eq!(name_key("Tin Akoff"), "tin akoff");
        assert_eq!(name_key("Tillabéri"), "tillaberi");
        assert_eq!(name_key("N’Guigmi"), "n guigmi");
        assert_eq!(name_key("  Fada N'Gourma "), "fada n gourma");
    }

    #[test]
    fn loose_keys_level_spellings() {
        assert_eq!(loose_key(&name_key("Barsalogho")), loose_key(&name_key("Barsalogo")));
        assert_eq!(loose_key(&name_key("Inatès")), loose_key(&name_key("Inatess")));
        assert_eq!(loose_key(&name_key("Anderamboukane")), loose_key(&name_key("Andéranboukan")));
        assert_ne!(loose_key(&name_key("Gao")), loose_key(&name_key("Kayes")));
    }

    #[test]
    fn shipped_keys_have_distinct_hashes() {
        let g = Gazetteer::load_default().unwrap();
        let keys = g.name_keys();
        // every name key, folded afresh: as many distinct ones as distinct hashes
        let mut all: Vec<String> = g
            .places()
            .iter()
            .flat_map(|p| std::iter::once(p.name).chain(p.alternates()))
            .map(name_key)
            .filter(|k| k.len() >= 2)
            .collect();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), keys.len(), "two name keys share a hash");
        assert!(keys.iter().map(|(k, _)| k).eq(all.iter()), "keys are stored as folded");
        assert!(keys.iter().all(|(k, v)| g.by_key(k) == *v));
        assert_eq!(g.name_count(), keys.len());
        let tin = g.by_key("tin akoff");
        assert!(tin.iter().any(|&i| g.place(i).id == 2596769));
        assert_eq!(g.by_id(2596769).map(|p| p.name), Some("Tin-Akoff"));
        assert!(g.by_key("no such place here").is_empty());
    }

    #[test]
    fn radix_sort_sorts_like_sort_unstable() {
        let mut v: Vec<(u64, PlaceIdx)> = (0..5000u32)
            .map(|i| (key_hash(&(i % 1700).to_string()) ^ u64::from(i % 3) << 40, i / 7))
            .collect();
        let mut w = v.clone();
        radix_sort_by_hash(&mut v, |p| p.0);
        w.sort_unstable();
        assert_eq!(v, w);
    }

    #[test]
    fn distance() {
        // Bamako–Gao is about 960 km as the crow flies.
        let d = haversine_km((12.65, -8.0), (16.27, -0.04));
        assert!((900.0..1000.0).contains(&d), "{d}");
    }
}
