//! Trigger and cue lexicons: loaded once from the data files of `data/`, expanded into surface
//! forms with the inflection classes of `data/inflect.tsv`, and matched in ONE pass over the
//! folded text of a document (Aho-Corasick, anchored at word starts, longest match, word
//! boundaries checked at both ends).

use crate::ExtractError;
use rustc_hash::FxHashMap;
use veille_core::{EventType, Lang};
use veille_text::ByteTrie;

const INFLECT: &str = include_str!("../data/inflect.tsv");
const VERBS: &str = include_str!("../data/verbs.tsv");
const TRIGGERS_FR: &str = include_str!("../data/triggers_fr.tsv");
const TRIGGERS_EN: &str = include_str!("../data/triggers_en.tsv");
const CUES: &str = include_str!("../data/cues.tsv");

/// Tense of a generated form: future forms hint `pledged`, conditional ones `hypothetical`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Base,
    Fut,
    Cond,
}

/// Part of speech of a trigger sense.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pos {
    Verb,
    Noun,
    Fixed,
}

/// One meaning of a trigger surface: the event it denotes.
#[derive(Clone, Debug)]
pub struct Sense {
    pub kind: EventType,
    pub mode: Option<String>,
    pub context: Option<String>,
    pub pos: Pos,
    pub tense: Tense,
    /// The grammatical subject undergoes the event ("tomber dans une embuscade").
    pub subj_recipient: bool,
    /// The recipient is introduced by "de" ("mettre à la disposition de X").
    pub rcpt_de: bool,
    /// A reply to an earlier event ("riposter"): its own event, never a continuation of it.
    pub counter: bool,
    /// An act of two parties or more ("adopter" a charter together, role `joint`): one party alone
    /// adopting a text is a decision, not an agreement.
    pub joint: bool,
    /// The reading of a sending word ("envoi", "acheminer", "send") when what is sent is goods
    /// (role `goods`): the other readings of the word hold otherwise.
    pub goods: bool,
    /// The reading of a sending word ("dépêcher", "dispatch") when who is sent is an envoy or an
    /// official (cue `envoy` or `head`: "a dépêché à Bamako son ministre de la Défense"): a visit of
    /// the sender (role `envoy`); its other readings hold otherwise.
    pub envoy: bool,
    /// A word that names a withdrawal only with a force as its "de"/"of" complement (role
    /// `force_de`: "le départ des soldats", not "au départ").
    pub force_de: bool,
    /// A word that names a mobilization only with a force as its object (role `force_obj`: "set
    /// up a rapid intervention force", not "set up checkpoints", "was set up to fight").
    pub force_obj: bool,
    /// A word that names training (an AID) only with the people trained as its object or "de"
    /// complement (role `trainee_obj`: "former une cinquantaine de pilotes", "la formation des
    /// soldats"; not "former un gouvernement", "former une force").
    pub trainee_obj: bool,
    /// A word that names an assault only with a place as its object or "de"/"of" complement
    /// (role `place_obj`: "ont repris Kidal", "la reprise de Kidal", not "la reprise des pourparlers").
    pub place_obj: bool,
    /// A verb of taking back that names a seizure only with weapons or materiel after it (role
    /// `seized_obj`: "ont récupéré onze fusils", not "a récupéré son passeport").
    pub seized_obj: bool,
    /// A verb that takes no object (role `intrans`: "troops clashed with gunmen"): its bare past
    /// form is active, never a reduced passive.
    pub intrans: bool,
    /// A bare denial verb (role `answers`: "dément", "denies") that names a REJECT only when it
    /// answers a charge told before it in its sentence ("…, ce que Niamey dément", "…, an
    /// allegation Cotonou denies"; events/answered.rs).
    pub answers: bool,
    /// A summons of an envoy (role `summons`: "convoquer l'ambassadeur", "summon"): a place right
    /// after the summoned envoy, "l'ambassadeur du Mali à Nouakchott", is where it was made.
    pub summons: bool,
    /// The lexicon entry, for `--explain`.
    pub entry: String,
}

/// Function words and cue phrases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cue {
    Pledge,
    Hypo,
    Deny,
    Claim,
    Accord,
    Speech,
    Que,
    Passive,
    By,
    Against,
    Dat,
    Gen,
    Loc,
    With,
    Coord,
    Det,
    Fatal,
    Injured,
    Abducted,
    UTroops,
    UWeapons,
    UMoney,
    Civilian,
    Background,
    First,
    Pron,
    Anaphor,
    Head,
    Refl,
    Sub,
    Aux,
    Undergo,
    /// The subject dies or is hurt without a named doer ("ont péri", "died"): an event noun
    /// right after it ("dans l'explosion", "in the blast") is what befell the subject.
    Perish,
    Penal,
    Media,
    Block,
    /// A verb of discussion whose noun object is a topic, not an event ("a évoqué la coopération").
    Topic,
    /// A light noun between a verb and the noun that carries its meaning ("réclame l'ouverture
    /// d'une enquête").
    Light,
    /// People a state deports rather than expels as a sanction ("migrants", "ressortissants").
    Deportee,
    /// An object clitic pronoun inside the verb group ("les autorités lui reprochent"): not part
    /// of the subject noun phrase.
    Clitic,
    /// A word or phrase announcing an incident other than the ones told before ("une autre",
    /// "par ailleurs", "separately"): its event is no later mention of an earlier one.
    Other,
    /// A word a multiword trigger may have inside it ("a tendu mardi une embuscade"); not matched
    /// on its own.
    Skip,
    /// A noun naming a state of conflict, not one incident ("violences", "insurgency").
    Generic,
    /// "depuis", "since": a state lasting from a time on.
    Since,
    /// A noun naming the enemy a state force fights ("terroristes", "jihadistes", "militants"):
    /// as the patient, the operation is the force's.
    Enemy,
    /// "followed suit", "a fait de même", "a emboîté le pas": the subject did what the party of
    /// the event told before did.
    Same,
    /// "a riposté de la même façon", "a répliqué par une mesure de réciprocité": the subject
    /// answered the measure told before with the same measure, against its author.
    Reciprocal,
    /// A suspicion ("soupçonnés de", "suspected of"): the act it names is imputed, not reported.
    Suspect,
    /// An imputed intention ("vouloir", "planned to"): inside an accusation or a suspicion, the act
    /// it names did not happen.
    Intent,
    /// People who flee or are evacuated ("blessés", "familles", "the wounded"): not a party that
    /// withdraws (with `civilian`).
    Evacuee,
    /// A noun naming a decision or a measure ("la décision", "the move"): the object of a reaction
    /// to it, whose recipient is the one who decided.
    Decision,
    /// A verb of repelling ("repousser", "repel"): its subject, attacked, fights back.
    Repel,
    /// A phrase pointing back to a place already named ("dans la zone", "sur les lieux", "at the
    /// scene"): the event happened where the report's earlier event did.
    PlaceAnaphor,
    /// A reaction to an incident ("deuil national", "condoléances", "indignation", "mourning"): an
    /// assault noun it is about names an incident; the reacting party is not its author.
    React,
    /// A word telling a series of incidents ("la multiplication de", "répétées", "a string of"):
    /// a plural assault noun with it names many incidents, not one.
    Series,
    /// A noun naming a border or a border crossing ("frontière", "poste frontière", "border").
    Border,
    /// A closing verb or a state of being closed ("fermer", "reste fermée", "remains closed"):
    /// a closure of a border only when a border noun is its subject or object.
    Closure,
    /// Goods a sending word can carry ("vivres", "carburant", "relief materials"): sent, they make
    /// aid, not a mobilization.
    Goods,
    /// Weapons or materiel a force takes in an operation ("munitions", "motos", "gun trucks"):
    /// what makes a verb of taking back (role `seized_obj`) a seizure.
    Seized,
    /// "toujours", "encore", "still": an adverb of a state lasting, between a noun and the
    /// participle that describes it ("les personnes toujours détenues").
    Still,
    /// People sent to talk or inquire, not to fight ("une mission d'enquête", "an envoy"): sending
    /// them is no mobilization.
    Envoy,
    /// A span of time given as a deadline ("72 heures pour quitter", "48 hours to leave"): what
    /// must be done within it is not told as done.
    Deadline,
    /// A word that makes a span of time after it a time of the event, not a span given
    /// ("ces derniers jours", "dans les prochains jours", "over the past days"): no deadline.
    TimeRef,
    /// A noun naming a military unit or force, not its soldiers ("force", "contingent",
    /// "bataillon", "troops" are `u_troops`): what a withdrawal noun's complement may name.
    Unit,
    /// An affiliation phrase ("loyal to", "liés à", "se réclamant de"; with `gen`): the group
    /// after it is the party of the descriptive head before it, not a second party coordinated
    /// with a complement before.
    Affil,
    /// A participle of harm undergone ("déplacées", "éprouvées", "affected", "displaced"): with
    /// "par"/"by" it describes people by what befell them ("les populations déplacées par les
    /// violences"), and the violence it names is no incident of its own.
    Affected,
    /// People a force trains ("pilotes", "techniciens", "recrues"; with `u_troops`): the
    /// object a training word needs (role `trainee_obj`).
    Trainee,
    /// A free-choice quantifier ("any", "tout", "quiconque"): a relative or participle clause
    /// on the noun after it describes a kind of thing ("any convoy that tried to supply"), no act.
    Anyq,
    /// A habitual adverb ("régulièrement", "routinely"): violence told with it is what usually
    /// happens, no incident.
    Habitual,
    /// A verb of fleeing or facing ("fui", "confrontée", "fled", "facing"): a plural
    /// assault noun as its object names violence people live with, no incident
    /// (`events/embedded.rs`).
    Endure,
    /// A verb of driving out ("chasser"): a state driving out another state's forces or envoys
    /// expels them (`events/readings.rs`).
    Oust,
    /// A word telling a force becomes operational ("opérationnelle"): a deployment only when a
    /// force is its subject and it is told as to come (`events/readings.rs`).
    Ready,
    /// A participle of gathering ("réunis"): a meeting only with a date or a place right after it
    /// (`events/readings.rs`).
    Convened,
    /// A body, a right or an activity whose suspension is a restriction by the authority, not a
    /// sanction between states ("ONG", "partis politiques", "la Constitution", "traffic").
    Restricted,
    /// A noun or adjective of ability ("capacité à", "capacité de", "able to", "capacity to"): an
    /// act right after it is what a party can do, no act done (`events/embedded.rs`).
    Capacity,
    /// A participle of purchase right before its seller ("acquis auprès de", "acquired from"): the
    /// state or party after it supplied the goods (`events/supplier.rs`).
    Supplier,
}

impl Cue {
    fn parse(s: &str) -> Option<Cue> {
        Some(match s {
            "pledge" => Cue::Pledge,
            "hypo" => Cue::Hypo,
            "deny" => Cue::Deny,
            "claim" => Cue::Claim,
            "accord" => Cue::Accord,
            "speech" => Cue::Speech,
            "que" => Cue::Que,
            "passive" => Cue::Passive,
            "by" => Cue::By,
            "against" => Cue::Against,
            "dat" => Cue::Dat,
            "gen" => Cue::Gen,
            "loc" => Cue::Loc,
            "with" => Cue::With,
            "coord" => Cue::Coord,
            "det" => Cue::Det,
            "fatal" => Cue::Fatal,
            "injured" => Cue::Injured,
            "abducted" => Cue::Abducted,
            "u_troops" => Cue::UTroops,
            "u_weapons" => Cue::UWeapons,
            "u_money" => Cue::UMoney,
            "civilian" => Cue::Civilian,
            "background" => Cue::Background,
            "first" => Cue::First,
            "pron" => Cue::Pron,
            "anaphor" => Cue::Anaphor,
            "head" => Cue::Head,
            "refl" => Cue::Refl,
            "sub" => Cue::Sub,
            "aux" => Cue::Aux,
            "undergo" => Cue::Undergo,
            "perish" => Cue::Perish,
            "penal" => Cue::Penal,
            "media" => Cue::Media,
            "block" => Cue::Block,
            "topic" => Cue::Topic,
            "light" => Cue::Light,
            "deportee" => Cue::Deportee,
            "clitic" => Cue::Clitic,
            "other" => Cue::Other,
            "skip" => Cue::Skip,
            "generic" => Cue::Generic,
            "since" => Cue::Since,
            "enemy" => Cue::Enemy,
            "same" => Cue::Same,
            "reciprocal" => Cue::Reciprocal,
            "suspect" => Cue::Suspect,
            "intent" => Cue::Intent,
            "evacuee" => Cue::Evacuee,
            "decision" => Cue::Decision,
            "repel" => Cue::Repel,
            "place_anaphor" => Cue::PlaceAnaphor,
            "react" => Cue::React,
            "series" => Cue::Series,
            "border" => Cue::Border,
            "closure" => Cue::Closure,
            "goods" => Cue::Goods,
            "seized" => Cue::Seized,
            "still" => Cue::Still,
            "envoy" => Cue::Envoy,
            "deadline" => Cue::Deadline,
            "timeref" => Cue::TimeRef,
            "unit" => Cue::Unit,
            "affil" => Cue::Affil,
            "affected" => Cue::Affected,
            "trainee" => Cue::Trainee,
            "anyq" => Cue::Anyq,
            "habitual" => Cue::Habitual,
            "endure" => Cue::Endure,
            "oust" => Cue::Oust,
            "ready" => Cue::Ready,
            "convened" => Cue::Convened,
            "restricted" => Cue::Restricted,
            "capacity" => Cue::Capacity,
            "supplier" => Cue::Supplier,
            _ => return None,
        })
    }
}

/// Everything one folded surface form stands for.
#[derive(Clone, Debug, Default)]
pub struct Entry {
    /// Indices into [`LangLexicon::senses`].
    pub senses: Vec<u32>,
    pub cues: Vec<Cue>,
    /// Tense of the cue forms (a cue verb in the future: "annoncera").
    pub cue_tense: Option<Tense>,
}

impl Entry {
    pub fn has(&self, c: Cue) -> bool {
        self.cues.contains(&c)
    }
}

/// A lexicon match in the folded text, with its span in the original text.
#[derive(Clone, Copy, Debug)]
pub struct Hit {
    /// Byte span in the original (normalized) text.
    pub start: usize,
    pub end: usize,
    /// Index into [`LangLexicon::entries`].
    pub entry: u32,
}

/// The compiled lexicon of one language.
pub struct LangLexicon {
    /// The forms, matched longest first at a word start.
    ac: ByteTrie,
    pub entries: Vec<Entry>,
    pub senses: Vec<Sense>,
    pub forms: Vec<String>,
    /// Folded words and phrases a multiword trigger may span ("mardi", "yesterday", "pour trois
    /// mois"): cue `skip`, in a trie walked at the word after each word start (most words leave
    /// it at their first or second byte).
    skip: ByteTrie,
    /// French: a bare "a" (avoir) is no cue, only "à" is.
    french: bool,
}

/// The compiled lexicons of every language veille extracts events from.
pub struct Lexicon {
    pub fr: LangLexicon,
    pub en: LangLexicon,
}

struct Class {
    strip: String,
    groups: Vec<(Tense, Vec<String>)>,
}

fn parse_tense(s: &str) -> Option<Tense> {
    match s {
        "base" => Some(Tense::Base),
        "fut" => Some(Tense::Fut),
        "cond" => Some(Tense::Cond),
        _ => None,
    }
}

fn bad(file: &'static str, line: usize, msg: impl Into<String>) -> ExtractError {
    ExtractError::Data { file, line: line + 1, msg: msg.into() }
}

fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
}

/// Parses `tense:a,b;tense:c` groups.
fn parse_groups(s: &str, file: &'static str, n: usize) -> Result<Vec<(Tense, Vec<String>)>, ExtractError> {
    let mut out = Vec::new();
    for g in s.split(';').filter(|g| !g.trim().is_empty()) {
        let (t, forms) =
            g.split_once(':').ok_or_else(|| bad(file, n, format!("`{g}` is not tense:forms")))?;
        let tense = parse_tense(t.trim()).ok_or_else(|| bad(file, n, format!("unknown tense `{t}`")))?;
        out.push((tense, forms.split(',').map(|f| f.trim().to_string()).collect()));
    }
    Ok(out)
}

/// Forms grouped by tense.
type Groups = Vec<(Tense, Vec<String>)>;

/// (Fx hashing: our own short keys, looked up for every lexicon row at start-up; never iterated.)
struct Morph {
    classes: FxHashMap<String, Class>,
    verbs: FxHashMap<(Lang, String), Groups>,
}

impl Morph {
    fn load() -> Result<Morph, ExtractError> {
        let mut classes = FxHashMap::default();
        for (n, line) in data_lines(INFLECT) {
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() != 3 {
                return Err(bad("inflect.tsv", n, "expected 3 tab-separated columns"));
            }
            let groups = parse_groups(c[2], "inflect.tsv", n)?;
            classes.insert(c[0].to_string(), Class { strip: c[1].to_string(), groups });
        }
        let mut verbs = FxHashMap::default();
        for (n, line) in data_lines(VERBS) {
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() != 3 {
                return Err(bad("verbs.tsv", n, "expected 3 tab-separated columns"));
            }
            let lang = Lang::parse(c[0]).ok_or_else(|| bad("verbs.tsv", n, "unknown language"))?;
            let mut groups = parse_groups(c[2], "verbs.tsv", n)?;
            for (_, forms) in &mut groups {
                forms.retain(|f| !f.is_empty());
                for f in forms.iter_mut() {
                    *f = veille_text::fold_str(f);
                }
            }
            // a later row for the same lemma adds forms to the earlier one (paradigms completed
            // by appended rows)
            verbs.entry((lang, veille_text::fold_str(c[1]))).or_insert_with(Vec::new).extend(groups);
        }
        Ok(Morph { classes, verbs })
    }

    /// Surface forms (folded) of `lemma` in `class`, with their tense.
    fn forms(
        &self,
        lang: Lang,
        lemma: &str,
        class: &str,
        file: &'static str,
        n: usize,
    ) -> Result<Vec<(Tense, String)>, ExtractError> {
        let lemma = veille_text::fold_str(lemma);
        match class {
            "fixed" | "n-x" => Ok(vec![(Tense::Base, lemma)]),
            "n" | "n-es" => {
                let pl = if class == "n-es" {
                    format!("{lemma}es")
                } else if lemma.ends_with(['s', 'x', 'z']) {
                    lemma.clone()
                } else if let Some((front, last)) = lemma.rsplit_once(' ').filter(|_| {
                    lang == Lang::En
                        && !lemma.split(' ').any(|w| matches!(w, "of" | "on" | "by" | "against" | "for"))
                }) {
                    // English compounds put the plural on their last word: "drone strike" -> "drone strikes",
                    // "joint patrol" -> "joint patrols" (a complement keeps it on the head, as below)
                    if last.ends_with(['s', 'x', 'z']) { lemma.clone() } else { format!("{front} {last}s") }
                } else if let Some((head, tail)) = lemma.split_once(' ') {
                    // "frappe aerienne" -> "frappes aeriennes"; "engin explosif" -> "engins explosifs";
                    // a complement stays as it is: "coup d'etat" -> "coups d'etat", "marche de
                    // protestation" -> "marches de protestation"
                    let mut complement = false;
                    let tail_pl: Vec<String> = tail
                        .split(' ')
                        .map(|w| {
                            complement |= w.contains('\'')
                                || matches!(
                                    w,
                                    "de" | "du"
                                        | "des"
                                        | "a"
                                        | "au"
                                        | "aux"
                                        | "en"
                                        | "par"
                                        | "pour"
                                        | "contre"
                                        | "sur"
                                        | "of"
                                        | "on"
                                        | "by"
                                        | "against"
                                );
                            if complement || w.ends_with(['s', 'x']) || w.len() <= 3 {
                                w.to_string()
                            } else {
                                format!("{w}s")
                            }
                        })
                        .collect();
                    format!("{head}s {}", tail_pl.join(" "))
                } else {
                    format!("{lemma}s")
                };
                let mut v = vec![(Tense::Base, lemma.clone())];
                if pl != lemma {
                    v.push((Tense::Base, pl));
                }
                Ok(v)
            }
            "irr" => {
                let groups = self
                    .verbs
                    .get(&(lang, lemma.clone()))
                    .ok_or_else(|| bad(file, n, format!("verb `{lemma}` is not in verbs.tsv")))?;
                Ok(groups.iter().flat_map(|(t, fs)| fs.iter().map(move |f| (*t, f.clone()))).collect())
            }
            _ => {
                let c = self
                    .classes
                    .get(class)
                    .ok_or_else(|| bad(file, n, format!("unknown class `{class}`")))?;
                let stem = lemma.strip_suffix(c.strip.as_str()).ok_or_else(|| {
                    bad(file, n, format!("`{lemma}` does not end in `{}` ({class})", c.strip))
                })?;
                let mut out = Vec::new();
                for (t, sufs) in &c.groups {
                    for s in sufs {
                        let form = if let Some(rest) = s.strip_prefix('+') {
                            let last = stem.chars().last().map(String::from).unwrap_or_default();
                            format!("{stem}{last}{rest}")
                        } else {
                            format!("{stem}{s}")
                        };
                        out.push((*t, form));
                    }
                }
                Ok(out)
            }
        }
    }
}

/// Expands "<prendre> d'assaut" with the forms of the verb in angle brackets.
fn expand_pattern(
    morph: &Morph,
    lang: Lang,
    pattern: &str,
    class: &str,
    file: &'static str,
    n: usize,
) -> Result<Vec<(Tense, String)>, ExtractError> {
    if let (Some(a), Some(b)) = (pattern.find('<'), pattern.find('>')) {
        if b < a {
            return Err(bad(file, n, "`>` before `<`"));
        }
        let lemma = &pattern[a + 1..b];
        let (pre, post) = (veille_text::fold_str(&pattern[..a]), veille_text::fold_str(&pattern[b + 1..]));
        let class = if class == "fixed" { "n-x" } else { class };
        Ok(morph
            .forms(lang, lemma, class, file, n)?
            .into_iter()
            .map(|(t, f)| (t, format!("{pre}{f}{post}")))
            .collect())
    } else {
        morph.forms(lang, pattern, class, file, n)
    }
}

struct Builder {
    /// Form → entry (Fx hashing, never iterated: `forms` keeps the order).
    index: FxHashMap<String, u32>,
    entries: Vec<Entry>,
    forms: Vec<String>,
    senses: Vec<Sense>,
}

impl Builder {
    fn entry(&mut self, form: String) -> &mut Entry {
        // (a form met again, most calls, is looked up without copying it)
        let i = match self.index.get(form.as_str()) {
            Some(&i) => i,
            None => {
                let i = self.entries.len() as u32;
                self.index.insert(form.clone(), i);
                self.entries.push(Entry::default());
                self.forms.push(form);
                i
            }
        };
        &mut self.entries[i as usize]
    }
}

impl LangLexicon {
    fn build(morph: &Morph, lang: Lang, triggers: &str, tfile: &'static str) -> Result<Self, ExtractError> {
        let mut b = Builder {
            index: FxHashMap::default(),
            entries: Vec::new(),
            forms: Vec::new(),
            senses: Vec::new(),
        };
        for (n, line) in data_lines(triggers) {
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() != 6 {
                return Err(bad(tfile, n, format!("expected 6 tab-separated columns, found {}", c.len())));
            }
            let kind = EventType::parse(c[2])
                .ok_or_else(|| bad(tfile, n, format!("unknown PLOVER type `{}`", c[2])))?;
            let opt = |s: &str| (s != "-" && !s.is_empty()).then(|| s.to_string());
            let pos = match c[1] {
                "n" | "n-x" | "n-es" => Pos::Noun,
                "fixed" => Pos::Fixed,
                _ => Pos::Verb,
            };
            let roles: Vec<&str> = c[5].split(',').map(str::trim).collect();
            for (tense, form) in expand_pattern(morph, lang, c[0], c[1], tfile, n)? {
                if form.is_empty() {
                    continue;
                }
                let si = b.senses.len() as u32;
                b.senses.push(Sense {
                    kind,
                    mode: opt(c[3]),
                    context: opt(c[4]),
                    pos,
                    tense,
                    subj_recipient: roles.contains(&"subj=recipient"),
                    rcpt_de: roles.contains(&"rcpt=de") || form.ends_with("disposition"),
                    counter: roles.contains(&"counter"),
                    joint: roles.contains(&"joint"),
                    goods: roles.contains(&"goods"),
                    envoy: roles.contains(&"envoy"),
                    force_de: roles.contains(&"force_de"),
                    force_obj: roles.contains(&"force_obj"),
                    trainee_obj: roles.contains(&"trainee_obj"),
                    place_obj: roles.contains(&"place_obj"),
                    seized_obj: roles.contains(&"seized_obj"),
                    intrans: roles.contains(&"intrans"),
                    answers: roles.contains(&"answers"),
                    summons: roles.contains(&"summons"),
                    entry: c[0].to_string(),
                });
                let e = b.entry(form);
                e.senses.push(si);
            }
        }
        let mut skip: Vec<String> = Vec::new();
        for (n, line) in data_lines(CUES) {
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() != 4 {
                return Err(bad("cues.tsv", n, "expected 4 tab-separated columns"));
            }
            if Lang::parse(c[0]) != Some(lang) {
                continue;
            }
            let cue =
                Cue::parse(c[3]).ok_or_else(|| bad("cues.tsv", n, format!("unknown cue `{}`", c[3])))?;
            if cue == Cue::Skip {
                skip.push(veille_text::fold_str(c[1]));
                continue;
            }
            for (tense, form) in expand_pattern(morph, lang, c[1], c[2], "cues.tsv", n)? {
                if form.is_empty() {
                    continue;
                }
                let e = b.entry(form);
                if !e.cues.contains(&cue) {
                    e.cues.push(cue);
                }
                if tense != Tense::Base {
                    e.cue_tense = Some(tense);
                }
            }
        }
        let ac = ByteTrie::new(&b.forms);
        Ok(LangLexicon {
            ac,
            entries: b.entries,
            senses: b.senses,
            forms: b.forms,
            skip: ByteTrie::new(&skip),
            french: lang == Lang::Fr,
        })
    }

    /// Matches the lexicon over `folded` (the folded document text), returning hits with
    /// original-text spans, in text order, non-overlapping, longest first at each word start.
    pub fn scan(&self, folded: &veille_text::Folded, original: &str, out: &mut Vec<Hit>) {
        self.scan_with_gaps(folded, original, &[], out);
    }

    /// [`scan`](Self::scan), where a multiword trigger may also be read across one of `gaps`
    /// (folded spans sorted by start: the document's date expressions) that starts right after
    /// its first word: "a retiré en 2024 la licence", "a levé jeudi 12 juin le couvre-feu".
    pub fn scan_with_gaps(
        &self,
        folded: &veille_text::Folded,
        original: &str,
        gaps: &[(usize, usize)],
        out: &mut Vec<Hit>,
    ) {
        let f = folded.text.as_bytes();
        let n = f.len();
        // starts of the quotation marks, for triggers read across them (one pass per document)
        let quotes = quote_mark_starts(f);
        let mut qnext = 0;
        let mut qbuf: (Vec<u8>, Vec<u32>) = (Vec::new(), Vec::new());
        let mut i = 0;
        while i < n {
            // next word start
            // a word start; the second part of a hyphenated compound ("sous-equipee") is not one
            if !is_word_byte(f[i])
                || (i > 0 && is_word_byte(f[i - 1]))
                || (i > 1 && f[i - 1] == b'-' && is_word_byte(f[i - 2]))
            {
                i += 1;
                continue;
            }
            // a multiword trigger read across a skippable word ("ont bloqué dimanche l'entrée")
            let plain = self.ac.longest_at(f, i, n);
            if let Some((entry, e)) = self.match_across_skip(folded, i, plain.map(|m| m.1), gaps) {
                let (s, oe) = (folded.orig_start(i), folded.orig_end(e));
                if self.accept(entry, &original[s..oe]) {
                    out.push(Hit { start: s, end: oe, entry });
                }
                i = e;
                continue;
            }
            // a multiword trigger read across quotation marks ("s'est dit « preoccupe »")
            while qnext < quotes.len() && quotes[qnext] < i {
                qnext += 1;
            }
            // (only when some entry starts with all the text up to the mark: else none reads across it)
            if quotes
                .get(qnext)
                .is_some_and(|&q| q > i && q - i <= QUOTE_WINDOW && self.ac.prefix_len(f, i, q) == q - i)
                && let Some((entry, e)) =
                    self.match_across_quotes(f, i, plain.map(|m| m.1), &quotes[qnext..], &mut qbuf)
            {
                let (s, oe) = (folded.orig_start(i), folded.orig_end(e));
                if self.accept(entry, &original[s..oe]) {
                    out.push(Hit { start: s, end: oe, entry });
                }
                i = e;
                continue;
            }
            // the longest entry may end inside a word ("after a" in "after Algeria"): then the
            // longest one that ends at a word boundary before it ("after")
            let mut plain = plain;
            while let Some(m) = plain.filter(|m| {
                let e = m.1;
                e < n && is_word_byte(f[e]) && is_word_byte(f[e - 1])
            }) {
                let mut w = m.1;
                while w > i && is_word_byte(f[w - 1]) {
                    w -= 1;
                }
                plain = if w > i { self.ac.longest_at(f, i, w) } else { None };
            }
            if let Some((entry, e)) = plain
                && (e == n || !is_word_byte(f[e]) || !is_word_byte(f[e - 1]))
            {
                let (s, oe) = (folded.orig_start(i), folded.orig_end(e));
                if self.accept(entry, &original[s..oe]) {
                    out.push(Hit { start: s, end: oe, entry });
                }
                i = e.max(i + 1);
                continue;
            }
            // skip the rest of this word
            while i < n && is_word_byte(f[i]) {
                i += 1;
            }
        }
    }

    /// At word start `i`, when the next word is skippable ("mardi", "yesterday") or a gap (a date
    /// expression) starts there, matches the lexicon over this word joined to what follows the
    /// skipped word or gap; returns the entry and the folded end when that match reaches past the
    /// skipped part and is longer than `plain_end` (the ordinary match). Allocates only at words
    /// followed by a skippable word or a gap.
    fn match_across_skip(
        &self,
        folded: &veille_text::Folded,
        i: usize,
        plain_end: Option<usize>,
        gaps: &[(usize, usize)],
    ) -> Option<(u32, usize)> {
        let f = folded.text.as_bytes();
        let n = f.len();
        let mut we = i;
        while we < n && is_word_byte(f[we]) {
            we += 1;
        }
        // an elided clitic and its verb are one word: "s'est aussi entretenu", "s'est également rendu"
        if we < n && f[we] == b'\'' && we - i <= 2 && we + 1 < n && is_word_byte(f[we + 1]) {
            we += 1;
            while we < n && is_word_byte(f[we]) {
                we += 1;
            }
        }
        if we >= n || f[we] != b' ' {
            return None;
        }
        let ns = we + 1;
        // a date, or a date after its preposition ("en 2024", "le 12 juin", "on Monday")
        let gap_at = |p: usize| gaps.binary_search_by_key(&p, |g| g.0).ok().map(|k| gaps[k].1);
        let gap = gap_at(ns).or_else(|| {
            matches!(f.get(ns..ns + 3), Some(b"en " | b"le " | b"in " | b"on "))
                .then(|| gap_at(ns + 3))
                .flatten()
        });
        // (a skipped phrase must be followed by a space: checked below)
        let skipped_end = match gap {
            Some(e) => e,
            None => self.skip_phrase_end(f, ns)?,
        };
        if skipped_end >= n || f[skipped_end] != b' ' {
            return None;
        }
        let rest = skipped_end + 1;
        let tail_end = (rest + 80).min(n);
        let tail_end = (tail_end..=n).find(|&k| folded.text.is_char_boundary(k)).unwrap_or(n);
        let mut buf = String::with_capacity(we - i + 1 + tail_end - rest);
        buf.push_str(&folded.text[i..we]);
        buf.push(' ');
        buf.push_str(&folded.text[rest..tail_end]);
        let (pat, m_end) = self.ac.longest_at(buf.as_bytes(), 0, buf.len())?;
        let joined = we - i + 1;
        if m_end <= joined {
            return None;
        }
        let e = rest + (m_end - joined);
        if e < n && is_word_byte(f[e]) && is_word_byte(f[e - 1]) {
            return None;
        }
        if plain_end.is_some_and(|pe| pe >= e) {
            return None;
        }
        Some((pat, e))
    }

    /// At word start `i`, with quotation marks starting at `quotes` (sorted, the first one after
    /// `i` and within [`QUOTE_WINDOW`] bytes): matches the lexicon over the text from `i` with the
    /// marks (and the space inside them) left out, so that a multiword trigger reads across a
    /// quoted word ("s'est dit « preoccupe »", "a « fermement condamne »", "called the attack
    /// \"cowardly\""). Returns the entry and the folded end (past a closing mark right after the
    /// match) when the match reaches past the first mark and is longer than `plain_end`. `buf` is
    /// reused across calls: the bytes read and the folded offset of each.
    fn match_across_quotes(
        &self,
        f: &[u8],
        i: usize,
        plain_end: Option<usize>,
        quotes: &[usize],
        buf: &mut (Vec<u8>, Vec<u32>),
    ) -> Option<(u32, usize)> {
        let n = f.len();
        let first = *quotes.first()?;
        let end = (i + 2 * QUOTE_WINDOW).min(n);
        let (bytes, offs) = buf;
        bytes.clear();
        offs.clear();
        let mut k = i;
        let mut q = 0;
        while k < end {
            if quotes.get(q) == Some(&k) {
                q += 1;
                let len = quote_mark_len(&f[k..]);
                // the mark and the space inside it: "« preoccupe »" reads "preoccupe"
                let opening = bytes.last().is_none_or(|&b| b == b' ');
                k += len;
                if opening {
                    if f.get(k) == Some(&b' ') {
                        k += 1;
                    }
                } else if bytes.last() == Some(&b' ') {
                    bytes.pop();
                    offs.pop();
                }
                continue;
            }
            bytes.push(f[k]);
            offs.push(k as u32);
            k += 1;
        }
        let (pat, m_end) = self.ac.longest_at(bytes, 0, bytes.len())?;
        // the match must read across the first mark
        let last = offs[m_end - 1] as usize;
        if last < first {
            return None;
        }
        let mut e = last + 1;
        // (a curly mark's bytes are word bytes: it ends the word all the same)
        if e < n && is_word_byte(f[e]) && is_word_byte(f[e - 1]) && quote_mark_len(&f[e..]) == 0 {
            return None;
        }
        if bytes.get(m_end).is_some_and(|&b| is_word_byte(b)) && is_word_byte(bytes[m_end - 1]) {
            return None;
        }
        if plain_end.is_some_and(|pe| pe >= e) {
            return None;
        }
        // a closing mark right after the match belongs to the trigger
        let mut c = e;
        if c < n && f[c] == b' ' {
            c += 1;
        }
        if quotes.contains(&c) && c > first {
            e = c + quote_mark_len(&f[c..]);
        }
        Some((pat, e))
    }

    /// The end of the longest `skip` entry starting at word start `ns` of folded bytes `f`: one
    /// word ("mardi") or a phrase of several ("pour trois mois", "jusqu'a nouvel ordre": a
    /// duration between a verb and its object, "a suspendu pour trois mois les activites"), ending
    /// at a word boundary.
    fn skip_phrase_end(&self, f: &[u8], ns: usize) -> Option<usize> {
        // the entries starting at `ns` come shortest first: the last one ending a word is the longest
        let mut end = None;
        self.skip.for_each_at(f, ns, |_, e| {
            if f.get(e).is_none_or(|&b| !is_word_byte(b)) {
                end = Some(e);
            }
        });
        end
    }

    /// Rejects folded coincidences the original text rules out ("a" the verb vs "à").
    fn accept(&self, entry: u32, orig: &str) -> bool {
        let form = &self.forms[entry as usize];
        if form == "a" && self.french {
            // "à" is the preposition; "a" (avoir) is none of our cues. (In English "a" is the article.)
            return orig != "a" && orig != "A";
        }
        true
    }

    pub fn entry(&self, h: &Hit) -> &Entry {
        &self.entries[h.entry as usize]
    }
}

/// How far after a word start a quotation mark may open for a trigger read across it.
const QUOTE_WINDOW: usize = 48;

/// Byte length of the quotation mark starting `s` (0 if none): « » (folded as they are), the
/// curly double quotes and the ASCII one.
fn quote_mark_len(s: &[u8]) -> usize {
    match s {
        [0xC2, 0xAB | 0xBB, ..] => 2,
        [0xE2, 0x80, 0x9C | 0x9D, ..] => 3,
        [b'"', ..] => 1,
        _ => 0,
    }
}

/// Starts of the quotation marks of folded bytes `f`, in order. Only `"` and the lead bytes of
/// « » “ ” (0xC2, 0xE2) can start one: the bytes between are skipped without decoding.
fn quote_mark_starts(f: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut k = 0;
    while let Some(p) = f[k..].iter().position(|&b| matches!(b, b'"' | 0xC2 | 0xE2)) {
        let at = k + p;
        let len = quote_mark_len(&f[at..]);
        if len > 0 {
            out.push(at);
            k = at + len;
        } else {
            k = at + 1;
        }
    }
    out
}

#[inline]
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

impl Lexicon {
    /// Loads and compiles the embedded lexicons.
    pub fn load() -> Result<Lexicon, ExtractError> {
        let morph = Morph::load()?;
        Ok(Lexicon {
            fr: LangLexicon::build(&morph, Lang::Fr, TRIGGERS_FR, "triggers_fr.tsv")?,
            en: LangLexicon::build(&morph, Lang::En, TRIGGERS_EN, "triggers_en.tsv")?,
        })
    }

    pub fn for_lang(&self, lang: Lang) -> Option<&LangLexicon> {
        match lang {
            Lang::Fr => Some(&self.fr),
            Lang::En => Some(&self.en),
            Lang::Other => None,
        }
    }
}

impl LangLexicon {
    /// Entry index of a folded surface form, if the lexicon has it.
    pub fn index_of(&self, form: &str) -> Option<usize> {
        self.forms.iter().position(|f| f == form)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn surfaces(lex: &LangLexicon, text: &str) -> Vec<String> {
        let f = veille_text::fold(text);
        let mut hits = Vec::new();
        lex.scan(&f, text, &mut hits);
        hits.iter().map(|h| text[h.start..h.end].to_string()).collect()
    }

    #[test]
    fn lexicons_load() {
        let l = Lexicon::load().unwrap();
        assert!(l.fr.senses.len() > 500, "{}", l.fr.senses.len());
        assert!(l.en.senses.len() > 300, "{}", l.en.senses.len());
    }

    #[test]
    fn inflections_and_multiword_expressions_match() {
        let l = Lexicon::load().unwrap();
        let hits = surfaces(&l.fr, "Des hommes armés ont pris d’assaut le camp et ont tendu une embuscade.");
        assert!(hits.contains(&"pris d’assaut".to_string()), "{hits:?}");
        assert!(hits.contains(&"tendu une embuscade".to_string()), "{hits:?}");
        let hits = surfaces(&l.fr, "Moscou mettra à la disposition de cette force ses instructeurs");
        assert!(hits.contains(&"mettra à la disposition".to_string()), "{hits:?}");
        let e = &l.fr.entries[l.fr.index_of("mettra a la disposition").unwrap()];
        assert!(e.senses.iter().any(|&s| l.fr.senses[s as usize].tense == Tense::Fut));
        let hits = surfaces(&l.en, "Gunmen ambushed a convoy; the group claimed responsibility.");
        assert!(hits.contains(&"ambushed".to_string()), "{hits:?}");
        assert!(hits.contains(&"claimed responsibility".to_string()), "{hits:?}");
    }

    #[test]
    fn multiword_triggers_read_across_a_skippable_word() {
        let l = Lexicon::load().unwrap();
        let hits = surfaces(&l.fr, "Des éléments armés ont tendu mardi une embuscade près de Gao.");
        assert!(hits.contains(&"tendu mardi une embuscade".to_string()), "{hits:?}");
        let hits = surfaces(&l.fr, "Le Bénin a fermé dimanche sa frontière avec le Niger.");
        assert!(hits.contains(&"fermé dimanche sa frontière".to_string()), "{hits:?}");
        // a single-word trigger is not stretched over the skipped word
        let hits = surfaces(&l.fr, "L'armée a attaqué lundi les positions rebelles.");
        assert!(hits.contains(&"attaqué".to_string()), "{hits:?}");
        assert!(!hits.iter().any(|h| h.contains("lundi")), "{hits:?}");
        // only right after the inflected first word
        let hits = surfaces(&l.en, "Soldiers opened fire yesterday on the crowd.");
        assert!(!hits.iter().any(|h| h.contains("yesterday")), "{hits:?}");
        // an elided reflexive and its auxiliary are one word before the skipped adverb
        let hits = surfaces(&l.fr, "Le ministre s'est aussi entretenu avec son homologue.");
        assert!(hits.contains(&"s'est aussi entretenu".to_string()), "{hits:?}");
    }

    #[test]
    fn multiword_triggers_read_across_quotation_marks() {
        let l = Lexicon::load().unwrap();
        let hits = surfaces(&l.fr, "Le Quai d'Orsay s'est dit « préoccupé » par ces arrestations.");
        assert!(hits.contains(&"s'est dit « préoccupé »".to_string()), "{hits:?}");
        let hits = surfaces(&l.fr, "Les voisins se disent “préoccupés” par la situation.");
        assert!(hits.contains(&"se disent “préoccupés”".to_string()), "{hits:?}");
        // a quoted word that makes no trigger with what comes before leaves the plain reading
        let hits = surfaces(&l.fr, "L'armée a attaqué « les bases arrière » des terroristes.");
        assert!(hits.contains(&"attaqué".to_string()), "{hits:?}");
        assert!(!hits.iter().any(|h| h.contains('«')), "{hits:?}");
    }

    #[test]
    fn multiword_triggers_read_across_a_duration_phrase() {
        let l = Lexicon::load().unwrap();
        let hits = surfaces(&l.fr, "Le ministère a suspendu pour trois mois les activités du parti.");
        assert!(hits.contains(&"suspendu pour trois mois les activités du".to_string()), "{hits:?}");
        let hits = surfaces(&l.fr, "Niamey a suspendu jusqu'à nouvel ordre les activités de l'ONG.");
        assert!(hits.contains(&"suspendu jusqu'à nouvel ordre les activités de".to_string()), "{hits:?}");
        // a phrase is skipped whole or not at all: "pour trois" alone is no skip
        let hits = surfaces(&l.fr, "Le ministère a suspendu pour trois semaines les activités du parti.");
        assert!(!hits.iter().any(|h| h.contains("pour trois")), "{hits:?}");
    }

    #[test]
    fn word_boundaries_and_accent_checks() {
        let l = Lexicon::load().unwrap();
        // "attaquer" must not match inside "contre-attaquer"'s neighbour words, nor "raid" in "raide".
        let hits = surfaces(&l.fr, "Une pente raide.");
        assert!(!hits.iter().any(|h| h == "raid"), "{hits:?}");
        // "à" is a cue, "a" (avoir) is not.
        let hits = surfaces(&l.fr, "Il a livré des armes à Bamako.");
        assert!(hits.contains(&"à".to_string()) && !hits.contains(&"a".to_string()), "{hits:?}");
    }
}
