//! Context cues around a toponym: locative prepositions, admin and feature nouns, relative
//! phrases ("à 30 km au nord de", "50 km from"). Lexicon in `data/cues.tsv`; names that need a
//! cue in `data/stopnames.tsv`.

use crate::GeoError;
use crate::gazetteer::Fnv;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// Cue maps: short folded keys, looked up many times per document (FNV, not SipHash).
type Map<V> = HashMap<&'static str, V, BuildHasherDefault<Fnv>>;
use veille_core::Lang;

static CUES_TSV: &str = include_str!("../data/cues.tsv");
static STOPNAMES_TSV: &str = include_str!("../data/stopnames.tsv");

/// Strength of a locative cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Loc {
    /// "de", "of", "from": may introduce a place, often does not.
    Weak,
    /// "à", "dans", "in", "at".
    Strong,
    /// "près de", "near": the event is near the place (precision 2).
    Near,
}

/// How a stop name may be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StopKind {
    /// Only after an admin or feature cue.
    Cue,
    /// A person name: only after a locative cue.
    Person,
    /// Never a place.
    Never,
    /// A person title: capitalised words right after it are a person's name.
    Title,
}

/// What the words before (and after) a toponym say.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Context {
    pub loc: Option<Loc>,
    /// Admin level named by a cue ("région de" → 1, "cercle de" → 2, "commune de" → 3).
    pub admin: Option<u8>,
    /// Feature classes named by a cue ("fleuve" → "H", "forêt" → "VL").
    pub feature: Option<&'static str>,
    pub bearing: Option<&'static str>,
    pub offset_km: Option<f64>,
    pub approx: bool,
    /// The admin noun names a unit by its seat ("le cercle de Koro", "le département de Téra"):
    /// the seat town of that name is the place, as the annotators read it (`admin_seat`).
    pub seat: bool,
    /// Folded-text offset where the cue phrase starts (for the mention span of relative forms).
    pub phrase_start: Option<usize>,
}

impl Context {
    pub fn relative(&self) -> bool {
        self.offset_km.is_some() || self.bearing.is_some()
    }
    pub fn any(&self) -> bool {
        self.loc.is_some() || self.admin.is_some() || self.feature.is_some() || self.relative()
    }
}

/// The cue lexicon.
pub struct Cues {
    /// phrase → (strength, language it is read in; None = any).
    loc: Map<(Loc, Option<Lang>)>,
    admin_before: Map<u8>,
    admin_after: Map<u8>,
    /// Admin nouns whose unit is read as its seat town (see [`Context::seat`]).
    admin_seat: Vec<&'static str>,
    feature_before: Map<&'static str>,
    feature_after: Map<&'static str>,
    bearing: Map<&'static str>,
    unit: Map<f64>,
    number: Map<f64>,
    stop: Map<StopKind>,
    demonym_suffix: Vec<&'static str>,
    known_only_after: Vec<(&'static str, Option<Lang>)>,
    /// Verb phrases that, right after a sentence-initial name, say it is a place that was hit
    /// ("Barsalogho a été attaquée", "Barsalogho was attacked").
    place_verb: Vec<&'static str>,
    /// Words around a name that make it an institution ("palais de Koulouba", "Koulouba palace").
    institution_before: Vec<&'static str>,
    institution_after: Vec<&'static str>,
    /// Lower-case words that may stand inside a place name ("Tin Zaouaten", "Bourem-Inaly" do
    /// not need them; "Fada de Ngourma", "Isle of Man" do).
    name_particle: Vec<&'static str>,
    /// Phrases right before / the word right after a country named for its border.
    border_before: Vec<&'static str>,
    border_after: Vec<&'static str>,
    /// Cities outside the gazetteer's countries, by key ("moscou" → RU): a place of that country.
    foreign: Map<&'static str>,
    /// Phrases right before a state named as the partner a state turns to ("s'est tournée vers la
    /// Russie", "turned to Moscow"): not where anything happens.
    partner_before: Vec<&'static str>,
    /// Other names of first-level admin areas, as (country, name): "Extrême-Nord" of Cameroon.
    admin1_names: Vec<(&'static str, &'static str)>,
    /// Most words in a locative phrase (longer phrases are not looked up).
    loc_words: usize,
}

const ARTICLES: &[&str] = &["de", "du", "d", "des", "la", "l", "le", "les", "of", "the"];
const APPROX: &[&str] = &[
    "environ",
    "quelque",
    "quelques",
    "une",
    "un",
    "about",
    "some",
    "around",
    "nearly",
    "approximately",
    "roughly",
];

/// A word of the folded text with its folded start offset.
#[derive(Clone, Copy, Debug)]
pub struct Word<'a> {
    pub text: &'a str,
    pub start: usize,
}

impl Cues {
    /// The embedded cue lexicon, parsed once per process.
    pub fn shared() -> Result<&'static Cues, GeoError> {
        static CELL: std::sync::OnceLock<Cues> = std::sync::OnceLock::new();
        if let Some(c) = CELL.get() {
            return Ok(c);
        }
        let c = Cues::load_default()?;
        Ok(CELL.get_or_init(|| c))
    }

    pub fn load_default() -> Result<Cues, GeoError> {
        let mut c = Cues {
            loc: Map::default(),
            admin_before: Map::default(),
            admin_after: Map::default(),
            admin_seat: Vec::new(),
            feature_before: Map::default(),
            feature_after: Map::default(),
            bearing: Map::default(),
            unit: Map::default(),
            number: Map::default(),
            stop: Map::default(),
            demonym_suffix: Vec::new(),
            known_only_after: Vec::new(),
            place_verb: Vec::new(),
            institution_before: Vec::new(),
            institution_after: Vec::new(),
            name_particle: Vec::new(),
            border_before: Vec::new(),
            border_after: Vec::new(),
            foreign: Map::default(),
            admin1_names: Vec::new(),
            partner_before: Vec::new(),
            loc_words: 0,
        };
        for (n, line) in CUES_TSV.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let bad = |msg: &str| GeoError::Data { file: "cues.tsv", line: n + 1, msg: msg.to_string() };
            let mut it = line.split('\t');
            let (Some(kind), Some(phrase), Some(value)) = (it.next(), it.next(), it.next()) else {
                return Err(bad("expected `kind<TAB>phrase<TAB>value[<TAB>lang]`"));
            };
            let lang = match it.next() {
                None | Some("") => None,
                Some(l) => Some(Lang::parse(l).ok_or_else(|| bad("bad language code"))?),
            };
            let level = || value.parse::<u8>().map_err(|_| bad("admin level must be 1..=4"));
            let num = || value.parse::<f64>().map_err(|_| bad("value must be a number"));
            match kind {
                "loc" => {
                    let l = match value {
                        "weak" => Loc::Weak,
                        "strong" => Loc::Strong,
                        "near" => Loc::Near,
                        _ => return Err(bad("loc value must be weak, strong or near")),
                    };
                    c.loc.insert(phrase, (l, lang));
                }
                "admin_before" => {
                    c.admin_before.insert(phrase, level()?);
                }
                "admin_after" => {
                    c.admin_after.insert(phrase, level()?);
                }
                "feature_before" => {
                    c.feature_before.insert(phrase, value);
                }
                "feature_after" => {
                    c.feature_after.insert(phrase, value);
                }
                "bearing" => {
                    c.bearing.insert(phrase, value);
                }
                "unit" => {
                    c.unit.insert(phrase, num()?);
                }
                "number" => {
                    c.number.insert(phrase, num()?);
                }
                "demonym_suffix" => c.demonym_suffix.push(phrase),
                "known_only_after" => c.known_only_after.push((phrase, lang)),
                "place_verb" => c.place_verb.push(phrase),
                "institution_before" => c.institution_before.push(phrase),
                "institution_after" => c.institution_after.push(phrase),
                "name_particle" => c.name_particle.push(phrase),
                "admin_seat" => c.admin_seat.push(phrase),
                "border_before" => c.border_before.push(phrase),
                "border_after" => c.border_after.push(phrase),
                "partner_before" => c.partner_before.push(phrase),
                "admin1_name" => {
                    if value.len() != 2 || !value.bytes().all(|b| b.is_ascii_uppercase()) {
                        return Err(bad("admin1_name value must be an ISO 3166-1 alpha-2 code"));
                    }
                    c.admin1_names.push((value, phrase));
                }
                "foreign_city" => {
                    if value.len() != 2 || !value.bytes().all(|b| b.is_ascii_uppercase()) {
                        return Err(bad("foreign_city value must be an ISO 3166-1 alpha-2 code"));
                    }
                    c.foreign.insert(phrase, value);
                }
                _ => return Err(bad("unknown cue kind")),
            }
        }
        for (n, line) in STOPNAMES_TSV.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let (kind, name) = line.split_once('\t').ok_or(GeoError::Data {
                file: "stopnames.tsv",
                line: n + 1,
                msg: "expected `kind<TAB>name`".into(),
            })?;
            let k = match kind {
                "cue" => StopKind::Cue,
                "person" => StopKind::Person,
                "never" => StopKind::Never,
                "title" => StopKind::Title,
                _ => {
                    return Err(GeoError::Data {
                        file: "stopnames.tsv",
                        line: n + 1,
                        msg: "kind must be cue, person, never or title".into(),
                    });
                }
            };
            c.stop.insert(name, k);
        }
        c.loc_words = c.loc.keys().map(|k| k.split(' ').count()).max().unwrap_or(0);
        Ok(c)
    }

    /// A locative after which only gazetteer names are places ("au Procureur", "aux Jeux").
    pub fn known_only_after(&self, word: &str, lang: Lang) -> bool {
        self.known_only_after
            .iter()
            .any(|&(w, l)| w == word && (lang == Lang::Other || l.is_none_or(|x| x == lang)))
    }

    /// Whether the folded text right after a name starts with a `place_verb` phrase.
    pub fn place_verb_follows(&self, folded_rest: &str) -> bool {
        let words = folded_rest.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
        self.place_verb.iter().any(|p| {
            let mut ws = words.clone();
            p.split(' ').all(|pw| ws.next() == Some(pw))
        })
    }

    /// Whether the name between folded offsets `fs` and `fe` names an institution by its seat:
    /// an `institution_before` phrase ends right before it or an `institution_after` word follows.
    pub fn institution(&self, folded: &str, fs: usize, fe: usize) -> bool {
        let before = folded[..fs].trim_end_matches([' ', '\'']);
        let ends = |p: &str| {
            before.ends_with(p)
                && before[..before.len() - p.len()].chars().next_back().is_none_or(|c| !c.is_alphanumeric())
        };
        self.institution_before.iter().any(|p| ends(p))
            || word_after(folded, fe).is_some_and(|w| self.institution_after.contains(&w))
    }

    /// Other names of first-level admin areas than the admin table's, as (country, name as
    /// written): "Extrême-Nord" for Cameroon's Far North.
    pub fn admin1_names(&self) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
        self.admin1_names.iter().copied()
    }

    /// The country of a city outside the gazetteer's countries ("moscou", "paris", "geneve"), by
    /// name key.
    pub fn foreign_city(&self, key: &str) -> Option<&'static str> {
        self.foreign.get(key).copied()
    }

    /// Whether a key looks like a demonym or a people ("malian", "nigeriens").
    pub fn is_demonym(&self, key: &str) -> bool {
        key.len() > 5 && !key.contains(' ') && self.demonym_suffix.iter().any(|s| key.ends_with(s))
    }

    /// Whether the name between folded offsets `fs` and `fe` is named for its border: "la
    /// frontière avec le Niger", "the Niger border", "the Mali-Niger border" (one hyphenated name
    /// may stand between the name and the border word); or as the partner a state turns to ("s'est
    /// tournée vers la Russie", "turned to Moscow", `partner_before`).
    pub fn border(&self, folded: &str, fs: usize, fe: usize) -> bool {
        let before = folded[..fs].trim_end_matches([' ', '\'']);
        let ends = |p: &str| {
            before.ends_with(p)
                && before[..before.len() - p.len()].chars().next_back().is_none_or(|c| !c.is_alphanumeric())
        };
        if self.border_before.iter().any(|p| ends(p)) {
            return true;
        }
        // "s'est tournée vers la Russie", "turned to Moscow": a partner, no scene either
        if self.partner_before.iter().any(|p| ends(p)) {
            return true;
        }
        let mut rest = &folded[fe..];
        if let Some(r) = rest.strip_prefix('-') {
            // "Mali-Niger border": skip the second name
            rest = r.trim_start_matches(|c: char| c.is_alphanumeric());
        }
        let mut words = rest.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
        rest.starts_with([' ', '-']) && words.next().is_some_and(|w| self.border_after.contains(&w))
    }

    /// [`Cues::border`] on the original text: whether the name at `span` is named for its
    /// border. Folds a few words around it (for a caller without the folded document).
    pub fn named_for_border(&self, text: &str, span: veille_core::Span) -> bool {
        let mut lo = span.start.saturating_sub(48);
        while !text.is_char_boundary(lo) {
            lo -= 1;
        }
        let mut hi = (span.end + 48).min(text.len());
        while !text.is_char_boundary(hi) {
            hi += 1;
        }
        let mut s = veille_text::fold_str(&text[lo..span.start]);
        let fs = s.len();
        s.push_str(&veille_text::fold_str(span.slice(text)));
        let fe = s.len();
        s.push_str(&veille_text::fold_str(&text[span.end..hi]));
        self.border(&s, fs, fe)
    }

    /// Whether a folded lower-case word may stand inside a place name ("de", "of", "el").
    pub fn is_name_particle(&self, word: &str) -> bool {
        self.name_particle.contains(&word)
    }

    pub fn stop(&self, key: &str) -> Option<StopKind> {
        self.stop.get(key).copied()
    }

    /// Phrase of `n` words ending at `rev[i]` (rev is in reverse order), in reading order.
    fn phrase(rev: &[Word<'_>], i: usize, n: usize, buf: &mut String) -> bool {
        if i + n > rev.len() {
            return false;
        }
        buf.clear();
        for k in (i..i + n).rev() {
            if !buf.is_empty() {
                buf.push(' ');
            }
            buf.push_str(rev[k].text);
        }
        true
    }

    fn loc_at(&self, rev: &[Word<'_>], i: usize, buf: &mut String, lang: Lang) -> Option<(Loc, usize)> {
        for n in (1..=self.loc_words.min(5)).rev() {
            if Self::phrase(rev, i, n, buf)
                && let Some(&(l, ll)) = self.loc.get(buf.as_str())
                && (lang == Lang::Other || ll.is_none_or(|x| x == lang))
            {
                return Some((l, n));
            }
        }
        None
    }

    fn number_of(&self, w: &str) -> Option<(f64, bool)> {
        if !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()) {
            return w.parse().ok().map(|v| (v, false));
        }
        self.number
            .get(w)
            .map(|&v| (v, w.ends_with("aine") || w.ends_with("aines") || w.starts_with("dozen")))
    }

    /// Reads the cue words before a toponym. `rev` holds the words before it, nearest first,
    /// already cut at the previous hard punctuation.
    pub fn left(&self, rev: &[Word<'_>], lang: Lang) -> Context {
        let mut ctx = Context::default();
        let mut buf = String::with_capacity(64);
        let mut i = 0;

        // Admin or feature noun: "la région de", "le cercle de", "le village de", "le fleuve".
        let mut j = i;
        while j < rev.len() && j < i + 3 && ARTICLES.contains(&rev[j].text) {
            j += 1;
        }
        for n in [2, 1] {
            if !Self::phrase(rev, j, n, &mut buf) {
                continue;
            }
            if let Some(&l) = self.admin_before.get(buf.as_str()) {
                ctx.admin = Some(l);
                ctx.seat = self.admin_seat.contains(&buf.as_str());
            } else if let Some(&f) = self.feature_before.get(buf.as_str()) {
                ctx.feature = Some(f);
            } else {
                continue;
            }
            ctx.phrase_start = Some(rev[j + n - 1].start);
            i = j + n;
            // A relative phrase before the noun: "à 2 km à l'est du village de X".
            let inner = self.left(&rev[i..], lang);
            if inner.relative() {
                ctx.bearing = inner.bearing;
                ctx.offset_km = inner.offset_km;
                ctx.approx = inner.approx;
                ctx.loc = inner.loc;
                ctx.phrase_start = inner.phrase_start.or(ctx.phrase_start);
                return ctx;
            }
            // What precedes the noun: "dans la région de" → a locative too.
            while i < rev.len() && i < j + n + 2 && ARTICLES.contains(&rev[i].text) {
                i += 1;
            }
            if let Some((l, _)) = self.loc_at(rev, i, &mut buf, lang) {
                ctx.loc = Some(l);
            }
            return ctx;
        }

        // "in north-east Nigeria", "in north-eastern Mali": a two-word compass phrase right
        // before the name, after a locative (without one, "North East" may be a name of its own)
        if Self::phrase(rev, 0, 2, &mut buf)
            && let Some(&b) = self.bearing.get(buf.as_str())
            && let Some((l, _)) = self.loc_at(rev, 2, &mut buf, lang)
        {
            ctx.bearing = Some(b);
            ctx.phrase_start = Some(rev[1].start);
            ctx.loc = Some(l);
            return ctx;
        }

        // "in northern Mali", "western Niger": a part of the place (its precision stays).
        if let Some(w) = rev.first()
            && w.text.ends_with("ern")
            && let Some(&b) = self.bearing.get(w.text)
        {
            ctx.bearing = Some(b);
            ctx.phrase_start = Some(w.start);
            ctx.loc = self.loc_at(rev, 1, &mut buf, lang).map(|(l, _)| l).or(Some(Loc::Weak));
            return ctx;
        }

        // Relative phrase: "[à] [environ] 30 km [au nord] de X", "north of X", "50 km from X".
        if i < rev.len() && matches!(rev[i].text, "de" | "d" | "du" | "of" | "from") {
            let mut k = i + 1;
            let mut start = None;
            // bearing (one or two words)
            for n in [2, 1] {
                if Self::phrase(rev, k, n, &mut buf)
                    && let Some(&b) = self.bearing.get(buf.as_str())
                {
                    ctx.bearing = Some(b);
                    start = Some(rev[k + n - 1].start);
                    k += n;
                    break;
                }
            }
            if ctx.bearing.is_some() {
                // "au nord", "à l'est", "to the north", "dans le nord"
                while k < rev.len() && matches!(rev[k].text, "au" | "a" | "l" | "le" | "la" | "the" | "to") {
                    start = Some(rev[k].start);
                    k += 1;
                }
            }
            // distance: "30 km", "30km", "une vingtaine de kilomètres"
            let mut dist = None;
            if k < rev.len() {
                let w = rev[k].text;
                if let Some(&f) = self.unit.get(w) {
                    let mut m = k + 1;
                    if m < rev.len() && rev[m].text == "de" {
                        m += 1; // "une vingtaine de kilomètres"
                    }
                    if m < rev.len()
                        && let Some((v, approx)) = self.number_of(rev[m].text)
                    {
                        dist = Some((v * f, approx, m));
                    }
                } else if let Some(num) = w.strip_suffix("km")
                    && let Some((v, approx)) = self.number_of(num)
                {
                    dist = Some((v, approx, k));
                }
            }
            if let Some((v, approx, m)) = dist {
                ctx.offset_km = Some(v);
                ctx.approx = approx;
                start = Some(rev[m].start);
                k = m + 1;
                while k < rev.len() && APPROX.contains(&rev[k].text) {
                    ctx.approx = true;
                    start = Some(rev[k].start);
                    k += 1;
                }
            }
            if ctx.relative() {
                ctx.phrase_start = start;
                ctx.loc = Some(Loc::Near);
                if let Some((l, _)) = self.loc_at(rev, k, &mut buf, lang)
                    && l != Loc::Weak
                {
                    // "à 30 km de", "dans le nord du": keep Near for offsets, Strong otherwise
                    if ctx.offset_km.is_none() {
                        ctx.loc = Some(l.max(Loc::Strong));
                    }
                }
                return ctx;
            }
        }

        if let Some((l, n)) = self.loc_at(rev, i, &mut buf, lang) {
            ctx.loc = Some(l);
            ctx.phrase_start = Some(rev[i + n - 1].start);
        }
        ctx
    }

    /// Reads the cue word right after a toponym ("Tillabéri region", "Niger River").
    pub fn right(&self, next: Option<&str>, ctx: &mut Context) {
        let Some(w) = next else { return };
        if let Some(&l) = self.admin_after.get(w) {
            ctx.admin.get_or_insert(l);
        } else if let Some(&f) = self.feature_after.get(w) {
            ctx.feature.get_or_insert(f);
        }
    }
}

/// Splits folded text into words (alphanumeric runs) backwards from `end`, nearest first,
/// stopping at hard punctuation or after `max` words.
pub fn words_before(folded: &str, end: usize, max: usize) -> Vec<Word<'_>> {
    let mut out = Vec::with_capacity(max);
    let bytes = folded.as_bytes();
    let mut i = end;
    let mut word_end: Option<usize> = None;
    while i > 0 && out.len() < max {
        // step back one char (one byte for ASCII)
        let mut s = i - 1;
        let c = if bytes[s] < 0x80 {
            bytes[s] as char
        } else {
            while s > 0 && !folded.is_char_boundary(s) {
                s -= 1;
            }
            folded[s..i].chars().next().unwrap_or(' ')
        };
        if c.is_alphanumeric() {
            if word_end.is_none() {
                word_end = Some(i);
            }
        } else if c == ')'
            && let Some(open) = folded[..s].rfind('(')
            && s - open < 40
            && !folded[open..s].contains(['.', '\n'])
        {
            // "60km (37 miles) north of": a short parenthesis is skipped
            if let Some(e) = word_end.take() {
                out.push(Word { text: &folded[i..e], start: i });
            }
            i = open;
            continue;
        } else {
            if let Some(e) = word_end.take() {
                out.push(Word { text: &folded[i..e], start: i });
            }
            if matches!(c, '.' | ';' | ':' | '!' | '?' | '(' | ')' | '[' | ']' | '"' | '«' | '»' | '\n' | ',')
                && !(c == '.' && is_abbrev_dot(bytes, s))
            {
                return out;
            }
        }
        i = s;
    }
    if let Some(e) = word_end
        && out.len() < max
    {
        out.push(Word { text: &folded[0..e], start: 0 });
    }
    out
}

/// "env." or a decimal point: not a sentence end.
fn is_abbrev_dot(bytes: &[u8], dot: usize) -> bool {
    dot > 0 && bytes[dot - 1].is_ascii_digit() && bytes.get(dot + 1).is_some_and(u8::is_ascii_digit)
}

/// The first word after `start` in folded text, if only spaces separate it.
pub fn word_after(folded: &str, start: usize) -> Option<&str> {
    let rest = &folded[start..];
    let trimmed = rest.trim_start_matches([' ', '-']);
    if rest.len() - trimmed.len() > 2 {
        return None;
    }
    let end = trimmed.find(|c: char| !c.is_alphanumeric()).unwrap_or(trimmed.len());
    (end > 0).then(|| &trimmed[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(s: &str) -> Context {
        let cues = Cues::load_default().unwrap();
        let f = veille_text::fold_str(s);
        let w = words_before(&f, f.len(), 10);
        let lang = veille_text::detect_lang(s).0;
        cues.left(&w, if lang == Lang::Other { Lang::Other } else { lang })
    }

    #[test]
    fn relative_french() {
        let c = ctx("attaqué à 30 km au nord de ");
        assert_eq!(c.offset_km, Some(30.0));
        assert_eq!(c.bearing, Some("N"));
        let c = ctx("à une vingtaine de kilomètres de ");
        assert_eq!(c.offset_km, Some(20.0));
        assert!(c.approx);
        assert_eq!(c.bearing, None);
        let c = ctx("à environ 15 km au sud-est de ");
        assert_eq!((c.offset_km, c.bearing, c.approx), (Some(15.0), Some("SE"), true));
    }

    #[test]
    fn relative_english() {
        let c = ctx("killed 50 km from ");
        assert_eq!((c.offset_km, c.bearing), (Some(50.0), None));
        let c = ctx("some 40km north-east of ");
        assert_eq!((c.offset_km, c.bearing), (Some(40.0), Some("NE")));
        let c = ctx("north of ");
        assert_eq!((c.offset_km, c.bearing), (None, Some("N")));
        let c = ctx("gunmen killed 12 people 60km (37 miles) north of ");
        assert_eq!((c.offset_km, c.bearing), (Some(60.0), Some("N")));
        let c = ctx("à 2 kilomètres à l'est du village de ");
        assert_eq!((c.offset_km, c.bearing, c.feature), (Some(2.0), Some("E"), Some("P")));
        let c = ctx("à 5 km du centre-ville de ");
        assert_eq!(c.offset_km, Some(5.0));
        let c = ctx("clashes in northern ");
        assert_eq!((c.bearing, c.loc), (Some("N"), Some(Loc::Strong)));
    }

    #[test]
    fn admin_and_locative() {
        assert_eq!(ctx("dans la région de ").admin, Some(1));
        assert_eq!(ctx("dans la région de ").loc, Some(Loc::Strong));
        assert_eq!(ctx("le cercle de ").admin, Some(2));
        assert_eq!(ctx("la commune rurale de ").admin, Some(3));
        assert_eq!(ctx("le fleuve ").feature, Some("H"));
        assert_eq!(ctx("près de ").loc, Some(Loc::Near));
        assert_eq!(ctx("attaque à ").loc, Some(Loc::Strong));
        assert_eq!(ctx("the village of ").feature, Some("P"));
        // a comma cuts the context
        assert_eq!(ctx("à Djibo, ").loc, None);
        assert_eq!(ctx("le ministre a déclaré que ").loc, None);
    }
}
