//! Knowledge-base records: entities, aliases, roles, memberships, affiliations, lexicon entries.

use veille_core::{EntityType, Lang, PartialDate};

/// A half-open validity interval `[start, end)`; a missing bound is open. Partial dates count from
/// their first day ("2025-12" = from 2025-12-01).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Interval {
    pub start: Option<PartialDate>,
    pub end: Option<PartialDate>,
}

impl Interval {
    /// Whether the interval holds the day `day` (days since 1970-01-01).
    pub fn contains_day(&self, day: i64) -> bool {
        let s = self.start.and_then(|d| d.first_day().to_days());
        let e = self.end.and_then(|d| d.first_day().to_days());
        s.is_none_or(|s| s <= day) && e.is_none_or(|e| day < e)
    }
    /// Whether the interval holds the first day of `date`.
    pub fn contains(&self, date: PartialDate) -> bool {
        date.first_day().to_days().is_some_and(|d| self.contains_day(d))
    }
    pub fn fmt_range(&self) -> String {
        let s = self.start.map(|d| d.to_string()).unwrap_or_else(|| "…".into());
        let e = self.end.map(|d| d.to_string()).unwrap_or_else(|| "ongoing".into());
        format!("{s} – {e}")
    }
}

/// How an alias names its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AliasKind {
    /// A name of the entity itself.
    Name,
    /// A capital city standing for its state (actor position only).
    Capital,
    /// A seat of power standing for its state ("le Kremlin", "l'Élysée").
    Seat,
}

/// One surface form of an entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alias {
    /// As written in the data (case kept).
    pub text: String,
    pub kind: AliasKind,
    /// Must match case-sensitively (acronyms such as "AES", "EIS").
    pub case_sensitive: bool,
    /// Weak alias (a common surname alone): resolved only with document context.
    pub weak: bool,
}

/// An actor of the knowledge base.
#[derive(Clone, Debug)]
pub struct Entity {
    pub id: String,
    pub kind: EntityType,
    /// Canonical name (French where the press is French-speaking).
    pub name: String,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    /// What a demonym + noun pattern resolves to in this entity's country ("army", "gov", …).
    pub slot: Option<String>,
    /// ACLED actor class (inter code) when the data gives one.
    pub acled: Option<u8>,
    pub aliases: Vec<Alias>,
    /// Origin of the facts.
    pub source: String,
    /// UCDP actor ids (UCDP Actor Dataset v22.1).
    pub ucdp_ids: Vec<u32>,
    /// 'm' / 'f' for persons, when known.
    pub gender: Option<char>,
    /// Created at load time (generic government / forces of a state, UCDP-only actors).
    pub generated: bool,
}

/// A time-bounded role of a person.
#[derive(Clone, Debug)]
pub struct Role {
    pub person: String,
    /// Role key: head_of_state, head_of_government, foreign_minister, defence_minister, …
    pub role: String,
    /// The state or organisation (`kb:` id).
    pub org: String,
    pub title_fr: String,
    pub title_en: String,
    pub when: Interval,
    pub source: String,
}

/// Membership of a state in an organisation over time.
#[derive(Clone, Debug)]
pub struct Membership {
    pub org: String,
    pub member: String,
    pub when: Interval,
    pub source: String,
}

/// A relation between two organisations over time (member_of, affiliate_of, successor_of, …).
#[derive(Clone, Debug)]
pub struct Affiliation {
    pub child: String,
    pub relation: String,
    pub parent: String,
    pub when: Interval,
    pub source: String,
}

/// A demonym form ("malienne", "Burkinabe") and its state.
#[derive(Clone, Debug)]
pub struct Demonym {
    pub country: String,
    pub lang: Lang,
    pub form: String,
    pub case_sensitive: bool,
}

/// A role title pattern ("ministre {} des affaires étrangères").
#[derive(Clone, Debug)]
pub struct Title {
    pub pattern: String,
    pub lang: Lang,
    pub role: String,
    pub org: Option<String>,
}

/// A head noun of demonym patterns ("armée" → army).
#[derive(Clone, Debug)]
pub struct Noun {
    pub form: String,
    pub lang: Lang,
    pub slot: String,
}

/// A dated resolution of a (country, slot) pair no single entity covers.
#[derive(Clone, Debug)]
pub struct SlotOverride {
    pub country: String,
    pub slot: String,
    pub when: Interval,
    pub ids: Vec<String>,
}

/// Kinds of collective / anaphoric phrases.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CollectiveKind {
    /// "les trois pays": the last-named organisation with N member states.
    Members(u8),
    /// "la force conjointe": the joint force of the last-named organisation.
    JointForce,
    /// "cette force": the last force named.
    LastForce,
    /// "les chefs d'État de la Cedeao": the leaders of the organisation named right after act for it.
    Leaders,
    /// "l'organisation", "le bloc régional", "the bloc": the last intergovernmental organisation named.
    LastIgo,
    /// "the Council", "le Conseil": this organisation only when it is the last organisation named
    /// ("the UN … the Council" → the UN; after ECOWAS or a group, nothing).
    LastIgoIs(Box<str>),
}

#[derive(Clone, Debug)]
pub struct Collective {
    pub phrase: String,
    pub lang: Lang,
    pub kind: CollectiveKind,
}
