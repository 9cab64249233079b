//! State institutions and offices named without a person ("le gouverneur de la région de
//! Tillabéri", "la Cour d'assises spéciale de Bamako", "le régulateur", "Niger's junta"): they act
//! for their state's government (docs/EVAL.md guideline 4), `kb:XX-GOV`.
//!
//! Runs over the entity layer right before the event extractor. Phrases come from
//! `data/institutions.tsv` (matched once over the folded text); the state is found, in order, from
//! (1) a place, a state or a state adjective in or next to the phrase, (2) a state set as the scene
//! earlier in the sentence, (3) the last institution of the same class resolved in the document,
//! (4) the one government the document has already named, (5) the one state of the whole document.
//! Otherwise the phrase stays an unresolved party: nothing is guessed. Only ids the knowledge base
//! has (`Kb::slot_entity(cc, "gov")`) are produced.

use crate::{Analysis, ExtractError};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use std::collections::{HashMap, HashSet};
use veille_core::record::ExplainStep;
use veille_core::{EntityMention, EntityType, Lang, MentionSource, Span};
use veille_kb::Kb;

const DATA: &str = include_str!("../data/institutions.tsv");
const UNRESOLVED: &str = "state institution: no state found in the phrase, the sentence or the document";

/// Kinds of institutions: a definite noun of a class ("le régulateur") may take up the last one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Court,
    Prosecution,
    Regulator,
    Ministry,
    Local,
    Executive,
    Legislature,
}

impl Class {
    fn parse(s: &str) -> Option<Class> {
        Some(match s {
            "court" => Class::Court,
            "prosecution" => Class::Prosecution,
            "regulator" => Class::Regulator,
            "ministry" => Class::Ministry,
            "local" => Class::Local,
            "executive" => Class::Executive,
            "legislature" => Class::Legislature,
            _ => return None,
        })
    }
}

#[derive(Clone, Copy, Debug)]
struct Row {
    /// None: a body that is not a state's (`other` rows).
    class: Option<Class>,
    cap: bool,
    owned: bool,
    /// Written as a proper name ("Haute Autorité de la communication"): an unresolved party of its own.
    proper: bool,
}

struct Table {
    /// Over the raw text (ASCII case ignored): each form as written, lower-cased and folded, with
    /// both apostrophes and a capital first letter (no fold of the document).
    ac: AhoCorasick,
    /// Pattern id → row.
    pat_row: Vec<usize>,
    rows: Vec<Row>,
    links: HashSet<String>,
    qualifiers: Vec<String>,
}

/// The institution table of both languages, and the KB's state adjectives.
pub struct Institutions {
    fr: Table,
    en: Table,
    /// Folded demonym form → ISO2, per language (filled by [`Institutions::with_kb`]).
    demonyms: HashMap<(Lang, String), String>,
}

/// What the resolver did with one institution phrase (for `--explain`).
#[derive(Clone, Debug)]
pub struct Note {
    pub span: Span,
    pub id: String,
    pub rule: String,
}

/// Where the state of an institution comes from.
enum Owner {
    State(String, String),
    /// An organisation that is no state owns it ("la Cour de justice de la Cedeao").
    Other,
    None,
}

const DETS: &[&str] = &[
    "le", "la", "l'", "les", "un", "une", "des", "du", "au", "aux", "ce", "cet", "cette", "ces", "son", "sa",
    "ses", "leur", "leurs", "the", "a", "an", "this", "that", "these", "its", "their",
];
const LOCATIVES: &[&str] = &["au", "aux", "en", "a", "dans", "in", "inside", "across"];

impl Institutions {
    pub fn load() -> Result<Institutions, ExtractError> {
        // per language: forms, their rows, link words, qualifiers
        type Parts = (Vec<(String, usize)>, Vec<Row>, HashSet<String>, Vec<String>);
        let mut pats: [Parts; 2] = Default::default();
        for (n, line) in DATA.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |msg: String| ExtractError::Data { file: "institutions.tsv", line: n + 1, msg };
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() < 3 {
                return Err(err(format!("expected at least 3 tab-separated columns, found {}", c.len())));
            }
            let l = match c[0] {
                "fr" => 0,
                "en" => 1,
                x => return Err(err(format!("unknown language `{x}`"))),
            };
            let form = veille_text::fold_str(c[2].trim());
            let value = c.get(3).map_or("", |s| s.trim());
            let flags = c.get(4).map_or("", |s| s.trim());
            let p = &mut pats[l];
            match c[1] {
                "inst" | "other" => {
                    let class = if c[1] == "inst" {
                        Some(Class::parse(value).ok_or_else(|| err(format!("unknown class `{value}`")))?)
                    } else {
                        None
                    };
                    for f in flags.split(',').filter(|f| !f.is_empty()) {
                        if !matches!(f, "cap" | "owned") {
                            return Err(err(format!("unknown flag `{f}`")));
                        }
                    }
                    let written = c[2].trim();
                    let mut vs: Vec<String> = Vec::new();
                    for v in [written.to_string(), written.to_lowercase(), form.clone()] {
                        for v in [v.replace('’', "'"), v.replace('\'', "’")] {
                            let mut cap = v.clone();
                            if let Some(ch) = v.chars().next() {
                                cap = ch.to_uppercase().chain(v[ch.len_utf8()..].chars()).collect();
                            }
                            for v in [v, cap] {
                                if !vs.contains(&v) {
                                    vs.push(v);
                                }
                            }
                        }
                    }
                    let row = p.1.len();
                    p.0.extend(vs.into_iter().map(|v| (v, row)));
                    let proper = c[2].trim().starts_with(char::is_uppercase);
                    p.1.push(Row {
                        class,
                        cap: flags.contains("cap"),
                        owned: flags.contains("owned"),
                        proper,
                    });
                }
                "link" => {
                    p.2.insert(form);
                }
                "qualifier" => p.3.push(form),
                x => return Err(err(format!("unknown kind `{x}`"))),
            }
        }
        let [fr, en] = pats.map(|(forms, rows, links, qualifiers)| {
            let ac = AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .ascii_case_insensitive(true)
                // run over every document's whole text: a DFA (same matches as the default
                // NFA, a few hundred KB) is several times faster per byte
                .kind(Some(AhoCorasickKind::DFA))
                .build(forms.iter().map(|f| &f.0))
                .map_err(|e| ExtractError::Automaton(e.to_string()));
            let pat_row = forms.iter().map(|f| f.1).collect();
            ac.map(|ac| Table { ac, pat_row, rows, links, qualifiers })
        });
        Ok(Institutions { fr: fr?, en: en?, demonyms: HashMap::new() })
    }

    /// Adds the knowledge base's state adjectives ("malien", "Burkinabe").
    pub fn with_kb(mut self, kb: &Kb) -> Self {
        for d in kb.demonyms() {
            for f in d.form.split('|') {
                self.demonyms.insert((d.lang, veille_text::fold_str(f)), d.country.clone());
            }
        }
        self
    }

    fn table(&self, lang: Lang) -> Option<&Table> {
        match lang {
            Lang::Fr => Some(&self.fr),
            Lang::En => Some(&self.en),
            _ => None,
        }
    }

    /// Resolves the institution phrases of the document to their government: sets the id of the
    /// KB's ambiguous or unresolved mentions of them and of the tagger's ("Cour"), adds a mention
    /// where there was none, and returns what it did.
    pub fn resolve(&self, a: &mut Analysis<'_>, kb: &Kb) -> Vec<Note> {
        let Some(t) = self.table(a.doc.lang) else { return Vec::new() };
        let text = a.doc.text.as_str();
        let word = |c: char| c.is_alphanumeric();
        let mut notes: Vec<Note> = Vec::new();
        // (class, id) of the institutions resolved so far, in document order
        let mut seen: Vec<(Class, String)> = Vec::new();
        let mut added: Vec<EntityMention> = Vec::new();
        for m in t.ac.find_iter(text) {
            let span = Span::new(m.start(), m.end());
            if text[..span.start].chars().next_back().is_some_and(word)
                || text[span.end..].chars().next().is_some_and(word)
            {
                continue;
            }
            let row = t.rows[t.pat_row[m.pattern().as_usize()]];
            let Some(class) = row.class else { continue };
            if row.cap && !text[span.start..].starts_with(char::is_uppercase) {
                continue;
            }
            let rest = text[span.end..].trim_start();
            let after =
                veille_text::fold_str(&rest[..rest.char_indices().nth(24).map_or(rest.len(), |(i, _)| i)]);
            if t.qualifiers.iter().any(|q| {
                after.strip_prefix(q.as_str()).is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
            }) {
                continue;
            }
            let prev = veille_text::fold_str(prev_word(text, span.start));
            let owner = self.owner(a, kb, t, class, span);
            let pre_owner = matches!(owner, Owner::State(..) | Owner::Other);
            if !(DETS.contains(&prev.as_str()) || pre_owner || prev.is_empty()) {
                continue;
            }
            if matches!(owner, Owner::Other) {
                continue;
            }
            // the mention already there, if any
            let k = a.entities.partition_point(|e| e.span.start < span.end);
            let over: Vec<usize> =
                (k.saturating_sub(6)..k).filter(|&i| a.entities[i].span.overlaps(span)).collect();
            if over.len() > 1 {
                continue;
            }
            let existing = over.first().copied();
            if let Some(i) = existing {
                let e = &a.entities[i];
                if let Some(id) = &e.id {
                    // a KB reading: kept, unless its state came from the state named before and the
                    // phrase names another one ("le gouverneur de la région de Tahoua")
                    let gov = kb.get(id).is_some_and(|x| x.slot.as_deref() == Some("gov"));
                    if gov {
                        seen.push((class, id.clone()));
                    }
                    if !(gov && e.source == MentionSource::Coreference) {
                        continue;
                    }
                    let Owner::State(cc, how) = owner else { continue };
                    let Some(g) = kb.slot_entity(&cc, "gov") else { continue };
                    if g.id != *id {
                        let rule = format!("{how} (instead of the state named before)");
                        set(&mut a.entities[i], g, &cc);
                        notes.push(Note { span: a.entities[i].span, id: g.id.clone(), rule });
                        seen.pop();
                        seen.push((class, g.id.clone()));
                    }
                    continue;
                }
            }
            let candidates: Vec<String> =
                existing.map(|i| a.entities[i].candidates.clone()).unwrap_or_default();
            let fits = |cc: &str| {
                candidates.is_empty() || kb.slot_entity(cc, "gov").is_some_and(|g| candidates.contains(&g.id))
            };
            let found = match owner {
                Owner::State(cc, how) => Some((cc, how)),
                _ if row.owned => None,
                _ => self
                    .scene(a, kb, span)
                    .filter(|(cc, _)| fits(cc))
                    .or_else(|| {
                        let id = seen.iter().rev().find(|(c, _)| *c == class).map(|(_, id)| id)?;
                        let cc = kb.country_of(id)?.to_string();
                        fits(&cc).then(|| (cc, format!("the {} named before ({id})", class_name(class))))
                    })
                    .or_else(|| one_government(a, kb, span.start).filter(|(cc, _)| fits(cc)))
                    .or_else(|| one_state(a, kb).filter(|(cc, _)| fits(cc))),
            };
            let resolved = found.and_then(|(cc, how)| kb.slot_entity(&cc, "gov").map(|g| (g, cc, how)));
            match (existing, resolved) {
                (Some(i), Some((g, cc, how))) => {
                    let old_name = a.entities[i].name.clone();
                    let was_provisional = a.entities[i].source != MentionSource::Coreference;
                    if was_provisional
                        && a.entities[i].span.start >= span.start
                        && a.entities[i].span.end <= span.end
                    {
                        a.entities[i].span = span;
                    }
                    // a tagger's name run on into the clause after it ("Assemblée nationale a
                    // prorogé l'état d'urgence"): the phrase; not a longer name going on through a
                    // link word ("Cour de répression des infractions"; French "a" is "has", not "à")
                    let run_on = a.entities[i].span;
                    let next =
                        text[span.end..run_on.end.max(span.end)].split_whitespace().next().unwrap_or("");
                    if was_provisional
                        && run_on.start == span.start
                        && run_on.end > span.end
                        && !next.is_empty()
                        && (next == "a" || !t.links.contains(&veille_text::fold_str(next)))
                        && !text[span.end..run_on.end].chars().any(char::is_uppercase)
                    {
                        a.entities[i].span = span;
                    }
                    set(&mut a.entities[i], g, &cc);
                    notes.push(Note { span: a.entities[i].span, id: g.id.clone(), rule: how.clone() });
                    // its acronym and other mentions of the same unresolved name ("CSC")
                    if was_provisional {
                        for j in 0..a.entities.len() {
                            let same =
                                a.entities[j].source == MentionSource::Acronym || old_name.contains(' ');
                            if j != i && same && a.entities[j].id.is_none() && a.entities[j].name == old_name
                            {
                                set(&mut a.entities[j], g, &cc);
                                notes.push(Note {
                                    span: a.entities[j].span,
                                    id: g.id.clone(),
                                    rule: format!("{how} (same name or acronym as `{old_name}`)"),
                                });
                            }
                        }
                    }
                    seen.push((class, g.id.clone()));
                }
                (None, Some((g, cc, how))) => {
                    let mut e = EntityMention {
                        span,
                        id: None,
                        name: String::new(),
                        kind: EntityType::Country,
                        country: None,
                        source: MentionSource::Coreference,
                        candidates: Vec::new(),
                        reason: None,
                        members: Vec::new(),
                    };
                    set(&mut e, g, &cc);
                    notes.push(Note { span, id: g.id.clone(), rule: how });
                    seen.push((class, g.id.clone()));
                    added.push(e);
                }
                (Some(i), None) => {
                    // a provisional name inside a proper institution name ("Haute Autorité" tagged a
                    // person): the whole name, an unresolved organisation
                    let e = &mut a.entities[i];
                    if row.proper
                        && e.source != MentionSource::Coreference
                        && e.span.start >= span.start
                        && e.span.end <= span.end
                    {
                        e.span = span;
                        e.name = text[span.start..span.end].to_string();
                        e.kind = EntityType::OtherOrg;
                        e.reason = Some(UNRESOLVED.into());
                    }
                }
                (None, None) => {
                    if row.proper {
                        added.push(EntityMention {
                            span,
                            id: None,
                            name: text[span.start..span.end].to_string(),
                            kind: EntityType::OtherOrg,
                            country: None,
                            source: MentionSource::Capitalized,
                            candidates: Vec::new(),
                            reason: Some(UNRESOLVED.into()),
                            members: Vec::new(),
                        });
                    }
                }
            }
        }
        if !added.is_empty() {
            a.entities.extend(added);
            a.entities.sort_by_key(|m| (m.span.start, m.span.end));
        }
        notes
    }

    /// Rule 1: the state named in the phrase or next to it. After the phrase, through link words
    /// ("de la région de", "of the"), an acronym in parentheses, and for ministries and governments
    /// capitalised portfolio words ("de la Défense et des Anciens combattants"): a place or state
    /// mention, or a state adjective ("le tribunal militaire malien"). Before it: "Niger's", "the
    /// Malian", a state or an organisation right before ("the ECOWAS court" = not a state's).
    fn owner(&self, a: &Analysis<'_>, kb: &Kb, t: &Table, class: Class, span: Span) -> Owner {
        let text = a.doc.text.as_str();
        let lang = a.doc.lang;
        let toks = &a.seg.tokens;
        let mut i = toks.partition_point(|tk| tk.span.start < span.end);
        let mut steps = 0;
        let mut first = true;
        while i < toks.len() && steps < 10 {
            let tk = toks[i].span;
            if let Some(o) = owner_at(a, kb, tk) {
                return o;
            }
            let w = &text[tk.start..tk.end];
            let fw = veille_text::fold_str(w);
            if first && let Some(cc) = self.demonyms.get(&(lang, fw.clone())) {
                return Owner::State(cc.clone(), format!("state adjective in the phrase (`{w}`)"));
            }
            first = false;
            if w == "(" {
                // "(CSC)": an acronym, then go on
                match toks.get(i + 2) {
                    Some(close) if &text[close.span.start..close.span.end] == ")" => {
                        i += 3;
                        steps += 1;
                        continue;
                    }
                    _ => break,
                }
            }
            // portfolios of ministries and governments: "de la Défense et des Anciens combattants",
            // "de la Transition"
            let portfolio = matches!(class, Class::Ministry | Class::Executive)
                && ((w.starts_with(char::is_uppercase) && !w.chars().all(char::is_uppercase))
                    || fw == "et"
                    || fw == "and");
            if t.links.contains(&fw) || portfolio {
                i += 1;
                steps += 1;
                continue;
            }
            break;
        }
        // before: "Niger's junta", "a Malian military court", "the ECOWAS court"
        let before = text[..span.start].trim_end();
        let before =
            before.strip_suffix("'s").or_else(|| before.strip_suffix("’s")).unwrap_or(before).trim_end();
        let pw = veille_text::fold_str(prev_word(before, before.len()));
        if let Some(cc) = self.demonyms.get(&(lang, pw.clone())) {
            return Owner::State(cc.clone(), format!("state adjective before the phrase (`{pw}`)"));
        }
        let end = before.len();
        let k = a.entities.partition_point(|e| e.span.start < end);
        if let Some(e) = a.entities[..k].last().filter(|e| e.span.end == end)
            && let Some(o) = mention_owner(kb, e, text)
        {
            return o;
        }
        Owner::None
    }

    /// Rule 2: the state set as the scene earlier in the sentence ("Au Mali voisin, …", "À Bamako,
    /// …", "In Niger, …"): the nearest state or place before the phrase that follows a locative.
    fn scene(&self, a: &Analysis<'_>, kb: &Kb, span: Span) -> Option<(String, String)> {
        let text = a.doc.text.as_str();
        let si = a.seg.sentences.partition_point(|s| s.span.end <= span.start);
        let ss = a.seg.sentences.get(si)?.span;
        let mut best: Option<(usize, String, String)> = None;
        let locative = |pos: usize| {
            let fw = veille_text::fold_str(prev_word(&text[..pos], pos));
            LOCATIVES.contains(&fw.as_str())
        };
        for e in a.entities.iter().filter(|e| e.span.start >= ss.start && e.span.end <= span.start) {
            let Some(id) = &e.id else { continue };
            let Some(x) = kb.get(id) else { continue };
            if x.kind == EntityType::Country
                && let Some(cc) = &x.country
                && locative(e.span.start)
                && best.as_ref().is_none_or(|b| b.0 < e.span.start)
            {
                best = Some((e.span.start, cc.clone(), text[e.span.start..e.span.end].to_string()));
            }
        }
        for p in a.places.iter().filter(|p| p.span.start >= ss.start && p.span.end <= span.start) {
            if let Some(cc) = &p.country
                && locative(p.span.start)
                && best.as_ref().is_none_or(|b| b.0 < p.span.start)
            {
                best = Some((p.span.start, cc.clone(), text[p.name_span.start..p.name_span.end].to_string()));
            }
        }
        best.map(|(_, cc, w)| (cc, format!("state set as the scene of the sentence (`{w}`)")))
    }
}

/// A place or actor mention starting at token span `tk`, as the owner of an institution.
fn owner_at(a: &Analysis<'_>, kb: &Kb, tk: Span) -> Option<Owner> {
    let k = a.entities.partition_point(|e| e.span.start < tk.start);
    if let Some(e) = a.entities.get(k).filter(|e| e.span.start == tk.start)
        && e.kind != EntityType::Place
    {
        return mention_owner(kb, e, &a.doc.text);
    }
    let p = a.places.iter().find(|p| p.name_span.start == tk.start || p.span.start == tk.start)?;
    let cc = p.country.clone()?;
    Some(Owner::State(
        cc,
        format!("place in the phrase (`{}`)", &a.doc.text[p.name_span.start..p.name_span.end]),
    ))
}

/// The state an actor mention stands for, or Other for an organisation that is no state.
fn mention_owner(kb: &Kb, e: &EntityMention, text: &str) -> Option<Owner> {
    let Some(id) = &e.id else {
        return matches!(e.kind, EntityType::Igo | EntityType::OtherOrg | EntityType::ArmedGroup)
            .then_some(Owner::Other);
    };
    let x = kb.get(id)?;
    match x.kind {
        EntityType::Country | EntityType::StateForce => {
            let cc = x.country.clone()?;
            Some(Owner::State(cc, format!("state in the phrase (`{}`)", &text[e.span.start..e.span.end])))
        }
        EntityType::Place | EntityType::Person => None,
        _ => Some(Owner::Other),
    }
}

/// Rule 4: the one government the document named before `pos`.
fn one_government(a: &Analysis<'_>, kb: &Kb, pos: usize) -> Option<(String, String)> {
    let mut cc: Option<&str> = None;
    for e in a.entities.iter().take_while(|e| e.span.start < pos) {
        let Some(x) = e.id.as_deref().and_then(|id| kb.get(id)) else { continue };
        if x.slot.as_deref() != Some("gov") {
            continue;
        }
        match (cc, x.country.as_deref()) {
            (None, Some(c)) => cc = Some(c),
            (Some(a), Some(b)) if a != b => return None,
            _ => {}
        }
    }
    let cc = cc?;
    Some((cc.to_string(), format!("the one government named before in the document ({cc})")))
}

/// Rule 5: the one state of the document: every state, government, state force and located place
/// it names is in that state.
fn one_state(a: &Analysis<'_>, kb: &Kb) -> Option<(String, String)> {
    let states = a
        .entities
        .iter()
        .filter_map(|e| e.id.as_deref().and_then(|id| kb.get(id)))
        .filter(|x| matches!(x.kind, EntityType::Country | EntityType::StateForce))
        .filter_map(|x| x.country.as_deref())
        .chain(a.places.iter().filter_map(|p| p.country.as_deref()));
    let mut cc: Option<&str> = None;
    for c in states {
        match cc {
            None => cc = Some(c),
            Some(x) if x != c => return None,
            _ => {}
        }
    }
    let c = cc?;
    Some((c.to_string(), format!("the only state the document names ({c})")))
}

fn set(e: &mut EntityMention, g: &veille_kb::Entity, cc: &str) {
    e.id = Some(g.id.clone());
    e.name = g.name.clone();
    e.kind = g.kind;
    e.country = Some(cc.to_string());
    e.candidates.clear();
    e.reason = None;
}

fn class_name(c: Class) -> &'static str {
    match c {
        Class::Court => "court",
        Class::Prosecution => "prosecution",
        Class::Regulator => "regulator",
        Class::Ministry => "ministry",
        Class::Local => "local office",
        Class::Executive => "government",
        Class::Legislature => "parliament",
    }
}

/// The word ending before byte `pos` (skipping spaces), with an elided article ("l'") as its own
/// word.
fn prev_word(t: &str, pos: usize) -> &str {
    let t = t[..pos].trim_end();
    let start = t
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '-')
        .last()
        .map_or(t.len(), |(i, _)| i);
    if start == t.len()
        && let Some(q) = t.strip_suffix('\'').or_else(|| t.strip_suffix('’'))
    {
        let w = q
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphanumeric())
            .last()
            .map_or(q.len(), |(i, _)| i);
        return &t[w..];
    }
    &t[start..]
}

/// Adds to each event a step saying which institution rule gave a party its government.
pub fn explain(a: &mut Analysis<'_>, notes: &[Note]) {
    if !a.explain || notes.is_empty() {
        return;
    }
    let spans: Vec<(usize, usize, &Note)> = notes
        .iter()
        .map(|n| {
            let (s, e) = a.chars.span(n.span);
            (s, e, n)
        })
        .collect();
    for ev in &mut a.events {
        let mut steps: Vec<ExplainStep> = Vec::new();
        for (slot, parties) in [("actor", &ev.actor), ("recipient", &ev.recipient), ("source", &ev.source)] {
            for p in parties {
                let Some(id) = &p.id else { continue };
                for (s, e, n) in &spans {
                    if n.id == *id && ev.evidence.iter().any(|x| x.start <= *s && *e <= x.end) {
                        steps.push(ExplainStep {
                            slot: slot.to_string(),
                            rule: format!("state institution acts for its government: {}", n.rule),
                            text: Some(a.doc.text[n.span.start..n.span.end].to_string()),
                        });
                        break;
                    }
                }
            }
        }
        ev.explain.extend(steps);
    }
}
