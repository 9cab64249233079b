//! The knowledge base: loading of the embedded data files and the queries over them.

use rustc_hash::{FxHashMap, FxHashSet};

use veille_core::{EntityType, Lang, PartialDate};
use veille_text::fold_str;

use crate::error::{KbError, Result};
use crate::matcher::Matcher;
use crate::model::*;
use crate::tsv::{Row, each_row, list};

/// The data files, embedded at build time.
pub(crate) mod files {
    pub const COUNTRIES: &str = include_str!("../../../data/kb/countries.tsv");
    pub const COUNTRY_NAMES: &str = include_str!("../../../data/kb/country_names.tsv");
    pub const DEMONYMS: &str = include_str!("../../../data/kb/demonyms.tsv");
    pub const IGOS: &str = include_str!("../../../data/kb/igos.tsv");
    pub const MEMBERSHIPS: &str = include_str!("../../../data/kb/memberships.tsv");
    pub const FORCES: &str = include_str!("../../../data/kb/forces.tsv");
    pub const PMCS: &str = include_str!("../../../data/kb/pmcs.tsv");
    pub const GROUPS: &str = include_str!("../../../data/kb/groups.tsv");
    pub const AFFILIATIONS: &str = include_str!("../../../data/kb/affiliations.tsv");
    pub const PERSONS: &str = include_str!("../../../data/kb/persons.tsv");
    pub const ROLES: &str = include_str!("../../../data/kb/roles.tsv");
    pub const TITLES: &str = include_str!("../../../data/kb/titles.tsv");
    pub const NOUNS: &str = include_str!("../../../data/kb/nouns.tsv");
    pub const OVERRIDES: &str = include_str!("../../../data/kb/overrides.tsv");
    pub const CONTEXT: &str = include_str!("../../../data/kb/context.tsv");
    pub const COLLECTIVES: &str = include_str!("../../../data/kb/collectives.tsv");
    pub const UCDP: &str = include_str!("../../../data/kb/ucdp_groups.tsv");
    pub const REGIONS: &str = include_str!("../../../data/kb/regions.tsv");
    pub const JUNTAS: &str = include_str!("../../../data/kb/juntas.tsv");
    pub const PROVINCES: &str = include_str!("../../../data/kb/provinces.tsv");
}

/// Context word lists of `data/kb/context.tsv` (folded).
#[derive(Debug, Default)]
pub(crate) struct ContextLex {
    pub locative: FxHashSet<String>,
    pub actor_cue: FxHashSet<String>,
    /// Political verb whose object capital stands for its state ("accuse Cotonou", "urged Abuja").
    pub actor_verb: FxHashSet<String>,
    /// Parenthetical after a subject capital ("Niamey, de son côté, accuse…"): folded, without commas.
    pub incise: Vec<String>,
    /// Adverb or time phrase between an `actor_verb` and its object capital ("accuse régulièrement
    /// Cotonou"): folded.
    pub verb_adverb: Vec<String>,
    /// Political noun whose complement or possessor capital stands for its state ("la décision de
    /// Bamako", "Washington's decision").
    pub actor_noun: FxHashSet<String>,
    /// Adjective after a bare anaphoric noun that makes it another body ("les autorités locales").
    pub qualifier: FxHashSet<String>,
    /// Affiliation word between two group names ("al-Qaeda-linked JNIM"): the second is the party.
    pub affiliation: Vec<String>,
    pub geo_before: Vec<String>,
    pub geo_after: FxHashSet<String>,
    pub connector: FxHashSet<String>,
    pub rank: FxHashSet<String>,
    pub quote_verb: FxHashSet<String>,
    pub filler: FxHashSet<String>,
    pub provisional: Vec<(String, EntityType)>,
    pub pronoun: Vec<(String, char)>,
    /// Noun alone → its slot in the one state named before; value: junta-led states only, or any state.
    pub anaphoric: FxHashMap<String, Anaphoric>,
}

/// Which states a bare anaphoric noun ("la junte", "l'armée") may stand for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Anaphoric {
    /// Only states with a curated government (the junta-led states): "la junte".
    Junta,
    /// Any state named before; needs a definite determiner: "l'armée", "le gouvernement".
    State,
    /// Any state named before, also without a determiner (English mass nouns: "police fired").
    StateBare,
    /// As `State`; with no state named, still an unresolved mention (an office named alone, "le ministère de la
    /// Défense": an actor whose state is unknown, never a place).
    Office,
}

/// The knowledge base. Immutable once loaded; `Send + Sync`.
#[derive(Debug)]
pub struct Kb {
    pub(crate) entities: Vec<Entity>,
    pub(crate) by_id: FxHashMap<String, usize>,
    pub(crate) roles: Vec<Role>,
    pub(crate) memberships: Vec<Membership>,
    pub(crate) affiliations: Vec<Affiliation>,
    /// Military regimes: (ISO2, interval) from `juntas.tsv`.
    pub(crate) juntas: Vec<(String, Interval)>,
    /// Regional branches of a parent group by scene (`provinces.tsv`).
    pub(crate) provinces: Vec<Province>,
    pub(crate) demonyms: Vec<Demonym>,
    pub(crate) titles: Vec<Title>,
    pub(crate) nouns: Vec<Noun>,
    pub(crate) overrides: Vec<SlotOverride>,
    pub(crate) collectives: Vec<Collective>,
    /// Administrative divisions (name as written, ISO2): context clues to a state, never mentions.
    pub(crate) regions: Vec<(String, String)>,
    pub(crate) ctx: ContextLex,
    /// (country ISO2, slot) → entity index.
    pub(crate) slots: FxHashMap<(String, String), usize>,
    pub(crate) matcher: Matcher,
}

/// One answer of [`Kb::lookup`].
#[derive(Clone, Debug, PartialEq)]
pub struct LookupHit {
    pub id: String,
    pub name: String,
    pub kind: EntityType,
    pub country: Option<String>,
    /// How the name was read (alias, demonym + noun, role, metonymy…).
    pub via: veille_core::MentionSource,
    /// For a role reading: the role held on the date ("ministre des Affaires étrangères (kb:RU), 2004-03-09 – ongoing").
    pub role: Option<String>,
    /// Set when the name is ambiguous or unresolved.
    pub note: Option<String>,
}

fn lang_of(row: &Row<'_, '_>, s: &str) -> Result<Lang> {
    match s {
        "fr" => Ok(Lang::Fr),
        "en" => Ok(Lang::En),
        _ => Err(row.err(format!("unknown language `{s}` (fr or en)"))),
    }
}

fn date_of(row: &Row<'_, '_>, s: &str) -> Result<Option<PartialDate>> {
    if s.is_empty() {
        return Ok(None);
    }
    PartialDate::parse_iso(s).map(Some).map_err(|e| row.err(e.to_string()))
}

fn interval(row: &Row<'_, '_>) -> Result<Interval> {
    let when = Interval { start: date_of(row, row.get("start")?)?, end: date_of(row, row.get("end")?)? };
    if let (Some(s), Some(e)) = (when.start, when.end)
        && s.first_day() >= e.first_day()
    {
        return Err(row.err(format!("start {s} is not before end {e}")));
    }
    Ok(when)
}

/// Parses one alias cell: "=" prefix = case-sensitive, "~" prefix = weak.
fn alias(raw: &str, kind: AliasKind) -> Alias {
    // "@X": a seat city standing for the entity in actor position only ("Bruxelles" → the EU)
    let (kind, raw) = match raw.strip_prefix('@') {
        Some(r) => (AliasKind::Capital, r),
        None => (kind, raw),
    };
    let (cs, rest) = match raw.strip_prefix('=') {
        Some(r) => (true, r),
        None => (false, raw),
    };
    let (weak, rest) = match rest.strip_prefix('~') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    Alias { text: rest.to_string(), kind, case_sensitive: cs, weak }
}

impl Kb {
    /// Loads the knowledge base embedded in the binary and compiles its matcher.
    pub fn load_default() -> Result<Kb> {
        let mut kb = Kb {
            entities: Vec::new(),
            by_id: FxHashMap::default(),
            roles: Vec::new(),
            memberships: Vec::new(),
            affiliations: Vec::new(),
            juntas: Vec::new(),
            provinces: Vec::new(),
            demonyms: Vec::new(),
            titles: Vec::new(),
            nouns: Vec::new(),
            overrides: Vec::new(),
            collectives: Vec::new(),
            regions: Vec::new(),
            ctx: ContextLex::default(),
            slots: FxHashMap::default(),
            matcher: Matcher::default(),
        };
        kb.load_countries()?;
        for (file, text) in [
            ("igos.tsv", files::IGOS),
            ("forces.tsv", files::FORCES),
            ("pmcs.tsv", files::PMCS),
            ("groups.tsv", files::GROUPS),
        ] {
            kb.load_entities(file, text)?;
        }
        kb.load_persons()?;
        kb.load_ucdp()?;
        kb.generate_slots();
        kb.load_relations()?;
        kb.load_lexicons()?;
        kb.check_references()?;
        kb.matcher = Matcher::build(&kb)?;
        Ok(kb)
    }

    fn push(&mut self, mut e: Entity, file: &'static str) -> Result<()> {
        // the canonical name is usually repeated among the aliases
        let mut seen = FxHashSet::default();
        e.aliases.retain(|a| seen.insert((a.text.clone(), a.kind, a.case_sensitive, a.weak)));
        if self.by_id.contains_key(&e.id) {
            return Err(KbError::Inconsistent(format!("duplicate id {} (in data/kb/{file})", e.id)));
        }
        if !e.id.starts_with("kb:") || e.id.len() < 4 {
            return Err(KbError::Inconsistent(format!("id `{}` does not start with `kb:`", e.id)));
        }
        self.by_id.insert(e.id.clone(), self.entities.len());
        self.entities.push(e);
        Ok(())
    }

    fn load_countries(&mut self) -> Result<()> {
        let mut rows = Vec::new();
        each_row("country_names.tsv", files::COUNTRY_NAMES, |r| {
            rows.push((
                r.req("iso2")?,
                r.req("name_fr")?,
                r.get("aliases")?,
                r.get("capitals")?,
                r.get("seats")?,
            ));
            Ok(())
        })?;
        let names: FxHashMap<&str, _> = rows.iter().map(|r| (r.0, r)).collect();
        let mut out = Vec::new();
        each_row("countries.tsv", files::COUNTRIES, |r| {
            let iso = r.req("iso2")?;
            let en = r.req("name_en")?;
            let mut aliases = vec![alias(en, AliasKind::Name)];
            let mut name = en.to_string();
            if let Some((_, name_fr, al, caps, seats)) = names.get(iso) {
                name = name_fr.to_string();
                aliases.insert(0, alias(name_fr, AliasKind::Name));
                aliases.extend(list(al).map(|a| alias(a, AliasKind::Name)));
                aliases.extend(list(caps).map(|a| alias(a, AliasKind::Capital)));
                aliases.extend(list(seats).map(|a| alias(a, AliasKind::Seat)));
            }
            out.push(Entity {
                id: format!("kb:{iso}"),
                kind: EntityType::Country,
                name,
                country: Some(iso.to_string()),
                slot: Some("state".into()),
                acled: Some(1),
                aliases,
                source: format!(
                    "GeoNames countryInfo (CC BY 4.0, geonameid {}); names: data/kb/country_names.tsv (public record)",
                    r.get("geonameid")?
                ),
                ucdp_ids: Vec::new(),
                gender: None,
                generated: false,
            });
            Ok(())
        })?;
        for iso in names.keys() {
            if !out.iter().any(|e| e.country.as_deref() == Some(*iso)) {
                return Err(KbError::Inconsistent(format!(
                    "country_names.tsv has {iso}, which countries.tsv lacks (re-run scripts/kb/derive_countries.py?)"
                )));
            }
        }
        for e in out {
            self.push(e, "countries.tsv")?;
        }
        Ok(())
    }

    fn load_entities(&mut self, file: &'static str, text: &str) -> Result<()> {
        let mut out = Vec::new();
        each_row(file, text, |r| {
            let kind = EntityType::parse(r.req("type")?)
                .ok_or_else(|| r.err(format!("unknown type `{}`", r.get("type").unwrap_or(""))))?;
            let acled = match r.get("acled")? {
                "" => None,
                s => Some(
                    s.parse::<u8>()
                        .ok()
                        .filter(|v| (1..=8).contains(v))
                        .ok_or_else(|| r.err(format!("acled `{s}` is not an ACLED inter code 1..8")))?,
                ),
            };
            let name = r.req("name")?;
            let mut aliases = vec![alias(name, AliasKind::Name)];
            aliases.extend(list(r.get("aliases")?).map(|a| alias(a, AliasKind::Name)));
            let opt = |s: &str| (!s.is_empty()).then(|| s.to_string());
            out.push(Entity {
                id: r.req("id")?.to_string(),
                kind,
                name: name.to_string(),
                country: opt(r.get("country")?),
                slot: opt(r.get("slot")?),
                acled,
                aliases,
                source: r.get("source")?.to_string(),
                ucdp_ids: Vec::new(),
                gender: None,
                generated: false,
            });
            Ok(())
        })?;
        for e in out {
            self.push(e, file)?;
        }
        Ok(())
    }

    fn load_persons(&mut self) -> Result<()> {
        let mut out = Vec::new();
        each_row("persons.tsv", files::PERSONS, |r| {
            let name = r.req("name")?;
            let mut aliases = vec![alias(name, AliasKind::Name)];
            aliases.extend(list(r.get("aliases")?).map(|a| alias(a, AliasKind::Name)));
            let gender = match r.get("gender")? {
                "m" => Some('m'),
                "f" => Some('f'),
                "" => None,
                g => return Err(r.err(format!("gender `{g}` (m, f or empty)"))),
            };
            out.push(Entity {
                id: r.req("id")?.to_string(),
                kind: EntityType::Person,
                name: name.to_string(),
                country: Some(r.req("country")?.to_string()),
                slot: None,
                acled: None,
                aliases,
                source: r.get("source")?.to_string(),
                ucdp_ids: Vec::new(),
                gender,
                generated: false,
            });
            Ok(())
        })?;
        for e in out {
            if !e.id.starts_with("kb:P-") {
                return Err(KbError::Inconsistent(format!("person id {} does not start with kb:P-", e.id)));
            }
            self.push(e, "persons.tsv")?;
        }
        Ok(())
    }

    /// UCDP actors: mapped ones record their UCDP id on the curated entity; the others become
    /// generated armed groups whose aliases do not collide with curated aliases.
    fn load_ucdp(&mut self) -> Result<()> {
        let curated: FxHashSet<String> =
            self.entities.iter().flat_map(|e| e.aliases.iter().map(|a| fold_str(&a.text))).collect();
        let mut out = Vec::new();
        let mut links = Vec::new();
        each_row("ucdp_groups.tsv", files::UCDP, |r| {
            let id = r.req("kb_id")?;
            let ucdp: u32 = r.req("ucdp_id")?.parse().map_err(|_| r.err("ucdp_id is not a number".into()))?;
            if !id.starts_with("kb:UCDP-") {
                links.push((id.to_string(), ucdp, r.line));
                return Ok(());
            }
            let data = r.req("name_data")?;
            let full = r.get("name_full_eng")?;
            let mut aliases = Vec::new();
            for n in [data, r.get("name_orig")?, full] {
                if n.is_empty() || n.contains('(') || curated.contains(&fold_str(n)) {
                    continue;
                }
                // conservative: short acronyms (FAT, MPS, AN) and one- or two-word names
                // ("Outlaws", "Popular Front") are common words or other things in today's press
                let acronym = n.len() >= 4 && n.chars().all(|c| c.is_ascii_uppercase() || c == '-');
                let long_name = n.split(' ').count() >= 3 && n.chars().next().is_some_and(char::is_uppercase);
                if acronym {
                    aliases.push(Alias {
                        text: n.to_string(),
                        kind: AliasKind::Name,
                        case_sensitive: true,
                        weak: false,
                    });
                } else if long_name {
                    aliases.push(alias(n, AliasKind::Name));
                }
            }
            aliases.dedup_by(|a, b| fold_str(&a.text) == fold_str(&b.text));
            out.push(Entity {
                id: id.to_string(),
                kind: EntityType::ArmedGroup,
                name: if full.is_empty() { data.to_string() } else { format!("{data} ({full})") },
                country: Some(r.req("country")?.to_string()),
                slot: None,
                acled: Some(2),
                aliases,
                source: "UCDP Actor Dataset v22.1 (CC BY 4.0)".into(),
                ucdp_ids: vec![ucdp],
                gender: None,
                generated: true,
            });
            Ok(())
        })?;
        for (id, ucdp, line) in links {
            let i = *self.by_id.get(&id).ok_or_else(|| KbError::Data {
                file: "ucdp_groups.tsv",
                line,
                msg: format!("maps to unknown id {id} (fix scripts/kb/ucdp_map.tsv)"),
            })?;
            self.entities[i].ucdp_ids.push(ucdp);
        }
        for e in out {
            self.push(e, "ucdp_groups.tsv")?;
        }
        Ok(())
    }

    /// Generic government / army / police / gendarmerie entities for states without a curated one.
    fn generate_slots(&mut self) {
        for (i, e) in self.entities.iter().enumerate() {
            if let (Some(c), Some(s)) = (&e.country, &e.slot) {
                self.slots.entry((c.clone(), s.clone())).or_insert(i);
            }
        }
        let countries: Vec<(String, String)> = self
            .entities
            .iter()
            .filter(|e| e.kind == EntityType::Country && e.slot.as_deref() == Some("state"))
            .filter_map(|e| Some((e.country.clone()?, e.name.clone())))
            .collect();
        for (iso, name) in countries {
            for (slot, suffix, label, kind) in [
                ("gov", "GOV", "Gouvernement", EntityType::Country),
                ("army", "ARMY", "Forces armées", EntityType::StateForce),
                ("police", "POLICE", "Police", EntityType::StateForce),
                ("gend", "GEND", "Gendarmerie", EntityType::StateForce),
            ] {
                let key = (iso.clone(), slot.to_string());
                if self.slots.contains_key(&key) {
                    continue;
                }
                let id = format!("kb:{iso}-{suffix}");
                if self.by_id.contains_key(&id) {
                    continue;
                }
                let e = Entity {
                    id: id.clone(),
                    kind,
                    name: format!("{label} ({name})"),
                    country: Some(iso.clone()),
                    slot: Some(slot.into()),
                    acled: Some(1),
                    aliases: Vec::new(),
                    source: "generated at load time: generic state institution".into(),
                    ucdp_ids: Vec::new(),
                    gender: None,
                    generated: true,
                };
                self.slots.insert(key, self.entities.len());
                self.by_id.insert(id, self.entities.len());
                self.entities.push(e);
            }
        }
    }

    fn load_relations(&mut self) -> Result<()> {
        let mut roles = Vec::new();
        each_row("roles.tsv", files::ROLES, |r| {
            roles.push(Role {
                person: r.req("person")?.to_string(),
                role: r.req("role")?.to_string(),
                org: r.req("org")?.to_string(),
                title_fr: r.get("title_fr")?.to_string(),
                title_en: r.get("title_en")?.to_string(),
                when: interval(r)?,
                source: r.get("source")?.to_string(),
            });
            Ok(())
        })?;
        let mut mem = Vec::new();
        each_row("memberships.tsv", files::MEMBERSHIPS, |r| {
            mem.push(Membership {
                org: r.req("org")?.to_string(),
                member: r.req("member")?.to_string(),
                when: interval(r)?,
                source: r.get("source")?.to_string(),
            });
            Ok(())
        })?;
        let mut aff = Vec::new();
        each_row("affiliations.tsv", files::AFFILIATIONS, |r| {
            aff.push(Affiliation {
                child: r.req("child")?.to_string(),
                relation: r.req("relation")?.to_string(),
                parent: r.req("parent")?.to_string(),
                when: interval(r)?,
                source: r.get("source")?.to_string(),
            });
            Ok(())
        })?;
        let mut ov = Vec::new();
        each_row("overrides.tsv", files::OVERRIDES, |r| {
            ov.push(SlotOverride {
                country: r.req("country")?.to_string(),
                slot: r.req("slot")?.to_string(),
                when: interval(r)?,
                ids: list(r.req("ids")?).map(str::to_string).collect(),
            });
            Ok(())
        })?;
        self.roles = roles;
        self.memberships = mem;
        self.affiliations = aff;
        let mut juntas = Vec::new();
        each_row("juntas.tsv", files::JUNTAS, |r| {
            juntas.push((r.req("iso2")?.to_string(), interval(r)?));
            Ok(())
        })?;
        self.juntas = juntas;
        self.load_provinces()?;
        self.overrides = ov;
        Ok(())
    }

    fn load_provinces(&mut self) -> Result<()> {
        let mut rows = Vec::new();
        each_row("provinces.tsv", files::PROVINCES, |r| {
            let (parent, branch) = (r.req("parent")?.to_string(), r.req("branch")?.to_string());
            for id in [&parent, &branch] {
                if !self.by_id.contains_key(id.as_str()) {
                    return Err(r.err(format!("unknown id `{id}`")));
                }
            }
            let admin1 = r.get("admin1")?;
            rows.push(Province {
                parent,
                country: r.req("iso2")?.to_string(),
                admin1: (!admin1.is_empty()).then(|| fold_str(admin1)),
                branch,
                when: interval(r)?,
            });
            Ok(())
        })?;
        self.provinces = rows;
        Ok(())
    }

    fn load_lexicons(&mut self) -> Result<()> {
        let mut dem = Vec::new();
        each_row("demonyms.tsv", files::DEMONYMS, |r| {
            let lang = lang_of(r, r.req("lang")?)?;
            let iso = r.req("iso2")?;
            for f in list(r.req("forms")?) {
                let a = alias(f, AliasKind::Name);
                dem.push(Demonym {
                    country: iso.to_string(),
                    lang,
                    form: a.text,
                    case_sensitive: a.case_sensitive,
                });
            }
            Ok(())
        })?;
        let mut titles = Vec::new();
        each_row("titles.tsv", files::TITLES, |r| {
            let org = r.get("org")?;
            titles.push(Title {
                pattern: r.req("title")?.to_string(),
                lang: lang_of(r, r.req("lang")?)?,
                role: r.req("role")?.to_string(),
                org: (!org.is_empty()).then(|| org.to_string()),
            });
            Ok(())
        })?;
        let mut nouns = Vec::new();
        each_row("nouns.tsv", files::NOUNS, |r| {
            nouns.push(Noun {
                form: r.req("noun")?.to_string(),
                lang: lang_of(r, r.req("lang")?)?,
                slot: r.req("slot")?.to_string(),
            });
            Ok(())
        })?;
        let mut coll = Vec::new();
        each_row("collectives.tsv", files::COLLECTIVES, |r| {
            let k = r.req("kind")?;
            let kind = match k {
                "joint_force" => CollectiveKind::JointForce,
                "last_force" => CollectiveKind::LastForce,
                "leaders" => CollectiveKind::Leaders,
                "last_igo" => CollectiveKind::LastIgo,
                _ if k.starts_with("last_igo:kb:") => {
                    CollectiveKind::LastIgoIs(k["last_igo:".len()..].into())
                }
                _ => match k.strip_prefix("members:").and_then(|n| n.parse().ok()) {
                    Some(n) => CollectiveKind::Members(n),
                    None => return Err(r.err(format!("unknown kind `{k}`"))),
                },
            };
            coll.push(Collective {
                phrase: r.req("phrase")?.to_string(),
                lang: lang_of(r, r.req("lang")?)?,
                kind,
            });
            Ok(())
        })?;
        let mut ctx = ContextLex::default();
        each_row("context.tsv", files::CONTEXT, |r| {
            let form = fold_str(r.req("form")?);
            let value = r.get("value")?;
            match r.req("kind")? {
                "locative" => ctx.locative.insert(form),
                "actor_cue" => ctx.actor_cue.insert(form),
                "actor_verb" => ctx.actor_verb.insert(form),
                "qualifier" => ctx.qualifier.insert(form),
                "actor_noun" => ctx.actor_noun.insert(form),
                "affiliation" => {
                    ctx.affiliation.push(form);
                    true
                }
                "incise" => {
                    ctx.incise.push(form);
                    true
                }
                "verb_adverb" => {
                    ctx.verb_adverb.push(form);
                    true
                }
                "geo_before" => {
                    ctx.geo_before.push(form);
                    true
                }
                "geo_after" => ctx.geo_after.insert(form),
                "connector" => ctx.connector.insert(form),
                "rank" => ctx.rank.insert(form),
                "quote_verb" => ctx.quote_verb.insert(form),
                "filler" => ctx.filler.insert(form),
                "anaphoric" => {
                    let mode = match value {
                        "" | "junta" => Anaphoric::Junta,
                        "state" => Anaphoric::State,
                        "state_bare" => Anaphoric::StateBare,
                        "office" => Anaphoric::Office,
                        v => {
                            return Err(r.err(format!(
                                "unknown anaphoric mode `{v}` (junta, state, state_bare, office)"
                            )));
                        }
                    };
                    ctx.anaphoric.insert(form, mode).is_none()
                }
                "provisional" => {
                    let t =
                        EntityType::parse(value).ok_or_else(|| r.err(format!("unknown type `{value}`")))?;
                    ctx.provisional.push((form, t));
                    true
                }
                "pronoun" => {
                    let g = value.chars().next().filter(|c| *c == 'm' || *c == 'f');
                    ctx.pronoun.push((form, g.ok_or_else(|| r.err("pronoun gender must be m or f".into()))?));
                    true
                }
                k => return Err(r.err(format!("unknown context kind `{k}`"))),
            };
            Ok(())
        })?;
        self.demonyms = dem;
        self.titles = titles;
        self.nouns = nouns;
        let mut regions = Vec::new();
        each_row("regions.tsv", files::REGIONS, |r| {
            regions.push((r.req("name")?.to_string(), r.req("country")?.to_string()));
            Ok(())
        })?;
        self.collectives = coll;
        self.regions = regions;
        self.ctx = ctx;
        Ok(())
    }

    /// Every id referenced by roles, memberships, affiliations, overrides and titles exists, and
    /// every country code is a known state.
    fn check_references(&self) -> Result<()> {
        let need = |id: &str, what: &str| -> Result<()> {
            if self.by_id.contains_key(id) {
                Ok(())
            } else {
                Err(KbError::Inconsistent(format!("{what} refers to unknown id {id}")))
            }
        };
        for r in &self.roles {
            need(&r.person, "roles.tsv")?;
            need(&r.org, "roles.tsv")?;
        }
        for m in &self.memberships {
            need(&m.org, "memberships.tsv")?;
            need(&m.member, "memberships.tsv")?;
        }
        for a in &self.affiliations {
            need(&a.child, "affiliations.tsv")?;
            need(&a.parent, "affiliations.tsv")?;
        }
        for o in &self.overrides {
            for id in &o.ids {
                need(id, "overrides.tsv")?;
            }
        }
        for t in &self.titles {
            if let Some(o) = &t.org {
                need(o, "titles.tsv")?;
            }
        }
        for d in &self.demonyms {
            need(&format!("kb:{}", d.country), "demonyms.tsv")?;
        }
        for e in &self.entities {
            if let Some(c) = &e.country {
                need(&format!("kb:{c}"), &format!("country of {}", e.id))?;
            }
        }
        Ok(())
    }

    // ---------------------------------------------------------------- queries

    /// The entity with this id.
    pub fn get(&self, id: &str) -> Option<&Entity> {
        self.by_id.get(id).map(|&i| &self.entities[i])
    }

    /// All entities (curated first, then generated).
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }
    pub fn roles(&self) -> &[Role] {
        &self.roles
    }
    pub fn memberships(&self) -> &[Membership] {
        &self.memberships
    }
    pub fn affiliations(&self) -> &[Affiliation] {
        &self.affiliations
    }
    pub fn demonyms(&self) -> &[Demonym] {
        &self.demonyms
    }

    /// Member states of an organisation on `date` (all members ever when `date` is None).
    pub fn members_of(&self, id: &str, date: Option<PartialDate>) -> Vec<&str> {
        let mut v: Vec<&str> = self
            .memberships
            .iter()
            .filter(|m| m.org == id && date.is_none_or(|d| m.when.contains(d)))
            .map(|m| m.member.as_str())
            .collect();
        v.dedup();
        v
    }

    /// Organisations `id` belongs to on `date`.
    pub fn memberships_of(&self, id: &str, date: Option<PartialDate>) -> Vec<&Membership> {
        self.memberships
            .iter()
            .filter(|m| m.member == id && date.is_none_or(|d| m.when.contains(d)))
            .collect()
    }

    /// Roles held by a person (all dates).
    pub fn roles_of(&self, person: &str) -> Vec<&Role> {
        self.roles.iter().filter(|r| r.person == person).collect()
    }

    /// Role keys tried for `role` in an organisation of type `kind` ("président" of an armed group = its leader).
    /// Empty = the key itself only (every other office: ministers of the interior, spokespeople, …).
    pub(crate) fn role_chain(role: &str, kind: Option<EntityType>) -> &'static [&'static str] {
        match (role, kind) {
            ("head_of_state" | "leader" | "chair", Some(EntityType::Country)) => &["head_of_state"],
            ("head_of_state" | "leader" | "chair", Some(EntityType::Igo | EntityType::OtherOrg)) => {
                &["chair", "secretary_general", "executive_head"]
            }
            ("head_of_state" | "leader" | "chair", Some(_)) => &["leader", "commander"],
            ("commander", _) => &["commander", "leader"],
            _ => &[],
        }
    }

    /// State offices: a title of one of them with no known holder on the date stands for the state's
    /// government (the chief of staff: its army), EVAL.md guideline 4; never a guessed person.
    pub(crate) fn state_office_slot(role: &str) -> Option<&'static str> {
        match role {
            "head_of_state"
            | "head_of_government"
            | "foreign_minister"
            | "defence_minister"
            | "interior_minister"
            | "security_minister"
            | "territorial_minister"
            | "spokesperson"
            | "ambassador" => Some("gov"),
            "chief_of_staff" => Some("army"),
            _ => None,
        }
    }

    /// Role records matching a role key (or a title such as "ministre des affaires étrangères")
    /// in `org`, optionally on a date.
    pub(crate) fn role_records(&self, role: &str, org: &str, date: Option<PartialDate>) -> Vec<&Role> {
        let key = self.role_key(role).unwrap_or(role);
        let kind = self.get(org).map(|e| e.kind);
        let own = [key];
        let chain = match Self::role_chain(key, kind) {
            [] => &own[..],
            c => c,
        };
        for k in chain {
            let v: Vec<&Role> = self
                .roles
                .iter()
                .filter(|r| r.role == *k && r.org == org && date.is_none_or(|d| r.when.contains(d)))
                .collect();
            if !v.is_empty() {
                return v;
            }
        }
        Vec::new()
    }

    /// Holder(s) of a role (a role key such as `head_of_state`, or a title such as "président")
    /// in a state or organisation on a date. Several holders = the data holds overlapping terms.
    pub fn role_holder(&self, role: &str, org: &str, date: PartialDate) -> Vec<&Entity> {
        let mut out: Vec<&Entity> = Vec::new();
        for r in self.role_records(role, org, Some(date)) {
            if let Some(e) = self.get(&r.person)
                && !out.iter().any(|o| o.id == e.id)
            {
                out.push(e);
            }
        }
        out
    }

    /// Role key of a title ("chef de la diplomatie" → foreign_minister), or the key itself.
    pub fn role_key<'a>(&'a self, title_or_key: &'a str) -> Option<&'a str> {
        if self.roles.iter().any(|r| r.role == title_or_key) {
            return Some(title_or_key);
        }
        let f = fold_str(title_or_key.trim());
        self.titles.iter().find(|t| fold_str(&t.pattern.replace("{} ", "")) == f).map(|t| t.role.as_str())
    }

    /// ACLED actor class (inter code): the data's value, else 1 for states, governments and state
    /// forces, 2 for armed groups, 4 for militias, 8 for PMCs and organisations; None for persons.
    pub fn acled_class(&self, id: &str) -> Option<u8> {
        let e = self.get(id)?;
        e.acled.or(match e.kind {
            EntityType::Country | EntityType::StateForce => Some(1),
            EntityType::ArmedGroup => Some(2),
            EntityType::Militia => Some(4),
            EntityType::Pmc | EntityType::Igo | EntityType::OtherOrg => Some(8),
            EntityType::Person | EntityType::Place => None,
        })
    }

    /// ISO2 country of an entity.
    pub fn country_of(&self, id: &str) -> Option<&str> {
        self.get(id)?.country.as_deref()
    }

    /// Entity for a (country, slot) pair ("ML", "army" → kb:ML-FAMA).
    /// Whether the state `country` (ISO2) was ruled by a military junta or military-led
    /// transition on `date` (`juntas.tsv`).
    pub fn junta_led(&self, country: &str, date: PartialDate) -> bool {
        self.juntas.iter().any(|(cc, when)| cc == country && when.contains(date))
    }

    /// The regional branch that a bare parent name ("l'État islamique", "Islamic State fighters") stands for
    /// in a scene: the state `country` (ISO2) where the event happened, and its first-level division
    /// `admin1` when known (a row for that division wins over the country's row), on `date`
    /// (`provinces.tsv`). None when the table has no row: the parent stays itself.
    pub fn regional_branch(
        &self,
        parent: &str,
        country: &str,
        admin1: Option<&str>,
        date: PartialDate,
    ) -> Option<&str> {
        let rows = || {
            self.provinces
                .iter()
                .filter(|p| p.parent == parent && p.country == country && p.when.contains(date))
        };
        let folded = admin1.map(fold_str);
        rows()
            .find(|p| p.admin1.as_deref().is_some_and(|a| folded.as_deref() == Some(a)))
            .or_else(|| rows().find(|p| p.admin1.is_none()))
            .map(|p| p.branch.as_str())
    }

    pub fn slot_entity(&self, country: &str, slot: &str) -> Option<&Entity> {
        if slot == "state" {
            return self.get(&format!("kb:{country}"));
        }
        self.slots.get(&(country.to_string(), slot.to_string())).map(|&i| &self.entities[i])
    }

    /// Joint force(s) created by an organisation, active on `date`.
    pub fn joint_force_of(&self, org: &str, date: PartialDate) -> Option<&str> {
        self.affiliations
            .iter()
            .find(|a| a.relation == "joint_force_of" && a.parent == org && a.when.contains(date))
            .map(|a| a.child.as_str())
    }

    /// Resolves a name or a short phrase ("Moscou", "le président nigérien", "l'armée malienne")
    /// as of `date` (today when None). Ambiguous names give one hit per candidate, with a note.
    pub fn lookup(&self, name: &str, date: Option<PartialDate>) -> Vec<LookupHit> {
        crate::recognize::lookup(self, name, date)
    }
}

/// One row of `provinces.tsv`: `parent` named bare in a scene of `country` (and of `admin1`, folded, when set)
/// stands for `branch` during `when`.
#[derive(Debug)]
pub(crate) struct Province {
    pub parent: String,
    pub country: String,
    pub admin1: Option<String>,
    pub branch: String,
    pub when: Interval,
}
