//! The event extractor: triggers → arguments → status → figures → date → location → ACLED.
//!
//! One lexicon pass per document ([`crate::lexicon`]) yields trigger and cue hits. Arguments are
//! bound by a shallow clause analysis, not by proximity alone:
//!
//! - **clauses**: a sentence is cut after a complementizer ("que", "that"), at `;` and `:`, and at
//!   quotation bounds; the subject of a clause is its first entity group not introduced by a
//!   preposition;
//! - **groups**: entity mentions joined by commas, "et", "and", "ainsi que" (coordination) form one
//!   argument; a collective mention ("les trois pays de l'AES") stands for its members;
//! - **markers**: the preposition before a group ("par"/"by", "contre"/"against", "à"/"to",
//!   "de"/"of", "avec"/"with", "selon"/"according to") gives its role;
//! - **voice**: active verbs take the subject as actor and the direct object as recipient;
//!   passives ("a été attaqué par", "attacked by") swap them; nominalizations take "de X"/"by X"
//!   as actor ("l'attaque du JNIM contre l'armée"), and otherwise the clause subject ("ont annoncé
//!   le déploiement");
//! - **source**: the subject of a speech verb governing the clause ("X a assuré que …"), the
//!   speaker of a quotation (a pronoun speaker, "a-t-il déclaré", is the last person named), a
//!   "selon X"/"according to X" phrase, or the claimant of a claim of responsibility.
//!
//! Status: denied > hypothetical > pledged > claimed > asserted (the first cue found wins, in that
//! order of priority). `claimed` also applies when the source is a party to the event (an army's
//! own toll). Figures: every number with a casualty word or a unit noun is kept in `quantities`;
//! the best `fatalities`/`troops` is the smallest figure NOT given by a party, else the smallest
//! claimed one (a conservative choice, like ACLED's). Dates: the nearest date expression in the
//! event's sentence, else in the sentence before, else null with a reason (the publication date is
//! never used silently). Background events ("dans un contexte de retrait") are kept, undated.

use crate::acled::{AcledMap, RecipientClass};
use crate::analysis::Analysis;
use crate::lexicon::{Cue, Hit, LangLexicon, Lexicon, Pos, Sense, Tense};
use crate::party::{self, WordClass};
use crate::{ExtractError, Stage};
use std::collections::HashMap;
use std::sync::Arc;
use veille_core::record::{
    ActorRef, EventRecord, ExplainStep, Location, QuantityKind, QuantityRecord, TextSpan,
};
use veille_core::{EntityType, EventType, MentionSource, Span, Status};
use veille_kb::Kb;

mod accused;
mod additional;
// an agreement is placed where its talks were held
mod agreed_place;
// aid is received in the state of its recipient
mod aid_place;
mod aircraft;
mod announced;
mod answered;
mod attributed;
mod border;
mod branch;
mod caused;
mod clauses;
mod communique;
mod constructions;
mod coref;
mod counter;
mod dateline;
// what a demand asks for is not the one asked
mod dateline_country;
mod day_after;
mod defused;
mod demanded_thing;
mod document;
mod draft;
mod embedded;
mod en_readings;
mod ended;
mod incident;
mod joint;
mod judged;
mod lead_place;
pub mod learned;
mod main_country;
mod merge;
mod modified_noun;
mod moved;
mod moves;
mod ops;
mod own_source;
mod pairs;
mod phrases;
mod precision;
mod protesters;
mod quoted_content;
mod quoted_insert;
mod quoted_object;
mod quoted_participle;
mod raid;
mod readings;
mod reference;
mod reinforced;
mod restate;
mod run;
mod scare;
mod scene;
mod sending;
mod slots;
mod speaker_names;
mod specific_place;
mod speech;
mod state_army;
mod state_moves;
mod statement_place;
mod subjects;
mod summit_members;
mod timing;
mod ultimatum;
// verbs with "être" in the active voice are no passive
mod unaccusative;
mod unknown_place;
mod unnamed;
mod violence;
mod visit_host;
// a vow about the perpetrators is the speaker's threat
mod vow;
mod withdrawal;

// spokespersons stand for the body they speak for
mod spokesperson;

// parties a state measure implies (coups, curfews) and ambiguous bodies read from the scene
mod authority;
mod coup_scene;
mod junk;
// clauses joined by a comma, each with its own subject
mod comma_clause;
// authors of blockades and sieges
mod blockade;
// refusals told by a negation of will or of the future (French)
mod refusals;
// French readings that name no event of their own (quoted charges, names, a force mourning its dead)
mod fr_readings;
// English clauses after ", and" with a subject of their own
mod and_clause;
// violence announced against "any" target: a threat
mod en_capture;
mod en_coordinated;
mod en_demanded;
mod en_participle_noun;
mod en_threat;
// fronted adverbials closed by a comma are no subject
mod fronted;
// object clitics before a French verb group
mod clitic;
// participle appositions between a subject and its verb
mod apposition;
// relative clauses opened by "dont"
mod relative;
// victims named by the ranks the dead fell in
mod ranks;
// unnamed parties claiming to belong to an armed group
mod affiliation;
// French subject pronouns: the previous sentence's subject
mod pron_subject;
// seizures of materiel and arrests in a state force's operation
mod seized;
mod supplier;

use dateline::find_dateline;
use merge::*;

/// The event stage: lexicons and the ACLED table, loaded once.
pub struct EventStage {
    lex: Lexicon,
    acled: AcledMap,
    kb: Option<Arc<Kb>>,
    /// State institutions → their government (`institutions.rs`), run over the entity layer first.
    inst: crate::institutions::Institutions,
    /// The learned event filter (`learned.rs`) and whether it drops events.
    learned: learned::LearnedFilter,
    learned_on: bool,
}

impl EventStage {
    pub fn load() -> Result<EventStage, ExtractError> {
        crate::party::WORDS.check()?;
        crate::anaphora::PHRASES.check()?;
        crate::attribution::WORDS.check()?;
        crate::facilities::PHRASES.check()?;
        crate::aircraft::PHRASES.check()?;
        crate::captives::WORDS.check()?;
        crate::demanded::WORDS.check()?;
        crate::causative::FORMS.check()?;
        crate::state_moves::ENTRIES.check()?;
        communique::check()?;
        crate::speakers::HEADS.check()?;
        timing::LIST.check()?;
        additional::LIST.check()?;
        let learned = learned::LearnedFilter::load_default()?;
        pairs::LIST.check()?;
        authority::COUPS.check()?;
        authority::BANS.check()?;
        blockade::WORDS.check()?;
        en_readings::LIST.check()?;
        ended::LIST.check()?;
        defused::LIST.check()?;
        refusals::LIST.check()?;
        fr_readings::LIST.check()?;
        unaccusative::LIST.check()?;
        fronted::LIST.check()?;
        Ok(EventStage {
            learned_on: learned.enabled,
            learned,
            lex: Lexicon::load()?,
            acled: AcledMap::load()?,
            kb: None,
            inst: crate::institutions::Institutions::load()?,
        })
    }
    /// Uses the knowledge base for canonical names of member states and ACLED actor classes.
    pub fn with_kb(mut self, kb: Arc<Kb>) -> Self {
        self.inst = self.inst.with_kb(&kb);
        self.kb = Some(kb);
        self
    }
    /// Turns the learned event filter on or off (default: the `@default` row of its data file).
    pub fn with_learned_filter(mut self, on: bool) -> Self {
        self.learned_on = on;
        self
    }
    pub fn lexicon(&self) -> &Lexicon {
        &self.lex
    }
}

impl Stage for EventStage {
    fn name(&self) -> &'static str {
        "events"
    }
    fn run(&self, a: &mut Analysis<'_>) {
        let Some(lex) = self.lex.for_lang(a.doc.lang) else { return };
        let notes = self.kb.as_deref().map(|kb| self.inst.resolve(a, kb)).unwrap_or_default();
        let events = Extractor::new(a, lex, &self.acled, self.kb.as_deref()).run();
        a.events = learned::apply(&self.learned, self.learned_on, a, events);
        crate::institutions::explain(a, &notes);
    }
}

/// Entity mentions joined by coordination: one argument.
#[derive(Clone, Debug)]
struct Group {
    start: usize,
    end: usize,
    /// Indices into `Analysis::entities`.
    ments: Vec<usize>,
    sentence: usize,
}

/// An event being built, before figures are attached and the record is written.
#[derive(Clone)]
struct Draft {
    sentence: usize,
    trigger: Span,
    kind: EventType,
    mode: Option<String>,
    context: Option<String>,
    status: Status,
    actor: Vec<ActorRef>,
    actor_kinds: Vec<EntityType>,
    recipient: Vec<ActorRef>,
    recipient_kinds: Vec<EntityType>,
    source: Vec<ActorRef>,
    location: Option<Location>,
    location_reason: Option<String>,
    date: Option<String>,
    date_precision: Option<veille_core::Precision>,
    date_reason: Option<String>,
    background: bool,
    civilians: bool,
    quantities: Vec<QuantityRecord>,
    evidence: Span,
    explain: Vec<ExplainStep>,
    /// The clause subject is a pronoun or an anaphoric noun phrase.
    subject_pron: bool,
    subject_anaphor: bool,
    /// A nominal trigger with a definite determiner ("l'attaque", "the attack").
    definite_noun: bool,
    /// A participle clause after a comma (", accusing them of…"): shares the main subject.
    participle: bool,
    /// A nominal trigger.
    nominal: bool,
    /// A reply to an earlier event (lexicon role `counter`: "riposter").
    counter: bool,
    /// Later mentions of the same incident merged into this one (document-level coreference):
    /// their sentence and trigger.
    also: Vec<(usize, Span)>,
    /// An active verb coordinated with the one before ("… et dénoncé", "and then arrested").
    coordinated: bool,
    /// Its patient is named as the enemy of a state force ("une vingtaine de terroristes ont été
    /// neutralisés", "ont visé un regroupement de terroristes").
    enemy: bool,
    /// An act of two parties or more (lexicon role `joint`).
    joint: bool,
    /// An assault noun named by a reaction or a context phrase ("a condamné une « attaque »",
    /// "un deuil national après l'attaque"): it names an incident told before, if any.
    reference: bool,
    /// A mobilization verb in the passive with no agent whose subject describes soldiers ("500
    /// soldats supplémentaires ont été déployés", "troops were flown to…"): the sender goes
    /// unnamed (events/reinforced.rs).
    agentless_forces: bool,
    /// Read in the passive voice (a passive verb, a participle in apposition or a bare one).
    passive: bool,
    /// The rule that bound the actor / the recipient (the `--explain` rule, kept even when not
    /// explaining: the learned filter reads it), "" when none did.
    actor_rule: &'static str,
    recipient_rule: &'static str,
    /// Tokens between the actor's group and the trigger (`u8::MAX` when no group was bound).
    actor_gap: u8,
}

struct Extractor<'a, 'd> {
    a: &'a Analysis<'d>,
    lex: &'a LangLexicon,
    acled: &'a AcledMap,
    hits: Vec<Hit>,
    groups: Vec<Group>,
    names: HashMap<&'a str, &'a str>,
    kb: Option<&'a Kb>,
    /// Clause boundaries (see [`Extractor::build_bounds`]).
    bounds: Vec<(usize, usize)>,
    /// The dateline ("BAMAKO, 3 juin (AFP) –", "ABUJA, Nigeria (Reuters) -"): where and when the
    /// report was filed, and by whom; no party, place or date of an event is read from it.
    dateline: Option<Span>,
    /// `VEILLE_TRACE_DROPS` is set: every reading dropped on the way is printed to stderr
    /// (a developer's aid to find why a gold event never came out; see docs/EVAL.md).
    trace: bool,
    /// The folded document holds a word of a "la veille"/"le lendemain"/"the next day" phrase: a
    /// one-search gate for `day_after.rs`, which reads each event's sentence token by token.
    day_words: bool,
}

/// Read once per process: print every dropped reading to stderr (see `Extractor::trace`).
static TRACE_DROPS: std::sync::LazyLock<bool> =
    std::sync::LazyLock::new(|| std::env::var_os("VEILLE_TRACE_DROPS").is_some());

/// Third-person possessive determiners, French and English ("ses activités", "its aircraft").
const POSSESSIVES: &[&str] = &["son", "sa", "ses", "leur", "leurs", "its", "their"];

fn is_party(k: EntityType) -> bool {
    matches!(k, EntityType::StateForce | EntityType::ArmedGroup | EntityType::Militia | EntityType::Pmc)
}

fn step(slot: &str, rule: &str, text: Option<String>) -> ExplainStep {
    ExplainStep { slot: slot.to_string(), rule: rule.to_string(), text }
}

/// The names of `parties`, comma-separated: the text of an explain step that bound them.
fn party_names(parties: &[ActorRef]) -> String {
    parties.iter().map(|r| r.name.as_str()).collect::<Vec<_>>().join(", ")
}

/// Stable id of an event: FNV-1a (64 bits) of the document id, the evidence span and the trigger.
pub fn event_id(doc_id: &str, evidence: Span, trigger: Span) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    eat(doc_id.as_bytes());
    for n in [evidence.start, evidence.end, trigger.start, trigger.end] {
        eat(&(n as u64).to_le_bytes());
    }
    format!("{h:016x}")
}
