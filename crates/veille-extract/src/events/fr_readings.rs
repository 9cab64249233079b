//! French readings that report no event of their own (precision on whole articles). Words in
//! `data/fr_readings.tsv`.
//!
//! - A charge quoted in the accuser's own words: "accuse Alger de « soutenir le terrorisme
//!   international »", "a accusé certaines puissances de « fournir renseignements et appui
//!   logistique » aux groupes armés", "accusent un Français d'avoir « mobilisé des responsables
//!   politiques »". The quotation marks give the accuser's characterization of the accused, not an
//!   act of support, aid, mobilization or cooperation the article reports (EVAL.md guideline 3: the
//!   content of a speech act is no second event). Violent acts and arrests an accusation names
//!   ("accuse l'armée d'avoir exécuté des civils") are incidents and stay, claimed.
//! - A capitalized event noun inside an institution's name: "le ministre des Affaires étrangères
//!   et de la Coopération régionale", "ministère de la Réconciliation nationale". In running French
//!   an event noun after "de la"/"du"/"des" is lower case; capitalized, it is part of a name.
//! - A state force that "déplore la perte de sept soldats" or "la mort de" its men tells its toll,
//!   it disapproves of no one (as `precision.rs` reads "déplore sept morts").
//! - "Ce n'est pas la première fois que des bergers sont tués dans cette zone", "… que la zone est
//!   frappée : en mars 2020, une attaque…": the clause tells that such things happen, no incident
//!   (the incidents it recalls, after a colon, stay); its negation denies nothing.
//! - The condition of a "si" clause: "ses hommes reprendront les armes si un seul village est
//!   attaqué", "un couvre-feu pourrait être instauré si les incursions se poursuivent", "si les
//!   autorités ne cèdent pas". The condition is what the main clause depends on, not an act the
//!   article reports (the main clause's act is the hypothetical one).

use super::*;
use crate::wordlist::EmbeddedList;
use veille_core::Lang;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    /// A noun naming the dead or the lost ("perte", "mort").
    Loss,
    /// A determiner before it.
    Det,
    /// A preposition or determiner inside a name ("de", "du", "des").
    Name,
    /// The head of an institution's name or title ("ministre", "commission").
    Head,
}

pub(super) static LIST: EmbeddedList<Class> =
    EmbeddedList::new(include_str!("../../data/fr_readings.tsv"), "fr_readings.tsv", |c| match c {
        "loss" => Some(Class::Loss),
        "det" => Some(Class::Det),
        "name" => Some(Class::Name),
        "head" => Some(Class::Head),
        _ => None,
    });

impl Extractor<'_, '_> {
    fn fr_class(&self, k: usize) -> Option<Class> {
        LIST.get().class(Lang::Fr, self.tok_text(k))
    }

    /// The token right before `pos` opens a quotation.
    fn opening_quote_before(&self, pos: usize) -> Option<usize> {
        let t = self.tok_before(pos)?;
        matches!(self.tok_text(t), "«" | "\"" | "“").then_some(t)
    }

    /// A non-violent act quoted as the complement of an accusation earlier in its sentence:
    /// "accuser X de « VERB…", "d'avoir « VERB…".
    fn quoted_charge(&self, d: &Draft) -> bool {
        if d.nominal
            || !matches!(
                d.kind,
                EventType::Support | EventType::Aid | EventType::Mobilize | EventType::Cooperate
            )
        {
            return false;
        }
        let Some(q) = self.opening_quote_before(d.trigger.start) else { return false };
        let Some(p) = self.tok_before(self.a.seg.tokens[q].span.start) else { return false };
        let prep = veille_text::fold_cow(self.tok_text(p)).to_lowercase();
        if !matches!(prep.as_str(), "de" | "d'" | "avoir" | "d'avoir") {
            return false;
        }
        let ss = self.a.seg.sentences[d.sentence].span;
        self.hits[self.hits_in(Span::new(ss.start, d.trigger.start))].iter().any(|x| {
            self.lex.entry(x).senses.iter().any(|&k| self.lex.senses[k as usize].kind == EventType::Accuse)
        })
    }

    /// A capitalized event noun after "de la", "de l'", "du" or "des", not opening its sentence,
    /// an institution's head up to twelve words before it: a word of a name ("le ministre des
    /// Affaires étrangères et de la Coopération régionale").
    fn name_part(&self, d: &Draft) -> bool {
        if !d.nominal || !self.a.text(d.trigger).starts_with(char::is_uppercase) {
            return false;
        }
        let ss = self.a.seg.sentences[d.sentence].span;
        let Some(p) =
            self.tok_before(d.trigger.start).filter(|&p| self.a.seg.tokens[p].span.start > ss.start)
        else {
            return false;
        };
        let prep = match self.fr_class(p) {
            Some(Class::Name) => p,
            // "de la", "de l'"
            Some(Class::Det) => match p.checked_sub(1) {
                Some(q) if self.a.seg.tokens[q].span.start >= ss.start && self.tok_is(q, &["de"]) => q,
                _ => return false,
            },
            _ => return false,
        };
        (prep.saturating_sub(12)..prep)
            .any(|k| self.a.seg.tokens[k].span.start >= ss.start && self.fr_class(k) == Some(Class::Head))
    }

    /// "Les FDS déplorent la perte de sept soldats": a disapproval by state forces alone whose
    /// object is a loss noun (a determiner before it).
    fn force_loss(&self, d: &Draft) -> bool {
        if d.kind != EventType::Accuse
            || d.mode.as_deref() != Some("disapprove")
            || d.nominal
            || d.actor.is_empty()
            || !d.actor_kinds.iter().all(|&k| k == EntityType::StateForce)
        {
            return false;
        }
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[d.sentence].span;
        let k = toks.partition_point(|t| t.span.start < d.trigger.end);
        k + 1 < toks.len()
            && toks[k + 1].span.start < ss.end
            && self.fr_class(k) == Some(Class::Det)
            && self.fr_class(k + 1) == Some(Class::Loss)
    }

    /// A trigger in the clause after "ce n'est pas la première fois que" (no colon or semicolon
    /// between): what happens again and again, no incident of its own. Read per trigger, before
    /// the readings of one incident merge.
    fn not_the_first_time(&self, si: usize, d: &Draft) -> Option<&'static str> {
        if self.a.doc.lang != Lang::Fr {
            return None;
        }
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[si].span;
        let first = toks.partition_point(|t| t.span.start < ss.start);
        let end = toks.partition_point(|t| t.span.start < d.trigger.start);
        // the words of the phrase, folded: "pas la premiere fois que|qu'"
        const PHRASE: [&str; 4] = ["pas", "la", "premiere", "fois"];
        let mut k = end;
        while k > first {
            k -= 1;
            let w = self.tok_text(k);
            if matches!(w, ":" | ";") {
                return None;
            }
            if k >= first + 4
                && self.tok_is(k, &["que", "qu'", "qu’"])
                && PHRASE
                    .iter()
                    .enumerate()
                    .all(|(i, p)| veille_text::fold_cow(self.tok_text(k - 4 + i)).eq_ignore_ascii_case(p))
            {
                return Some(
                    "a clause after \"ce n'est pas la première fois que\": what happens again, no incident",
                );
            }
        }
        None
    }

    /// A trigger inside a "si" clause: "si"/"s'il(s)" before it in its sentence (not "même si",
    /// "comme si", "si bien que", "si ce n'est"), no punctuation between, at most fifteen words
    /// back.
    fn condition_clause(&self, si: usize, d: &Draft) -> bool {
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[si].span;
        let first = toks.partition_point(|t| t.span.start < ss.start);
        let end = toks.partition_point(|t| t.span.start < d.trigger.start);
        let mut k = end;
        for _ in 0..15 {
            if k <= first {
                return false;
            }
            k -= 1;
            if matches!(toks[k].kind, veille_text::TokenKind::Punct | veille_text::TokenKind::Symbol) {
                return false;
            }
            let cond = self.tok_is(k, &["si", "s'il", "s'ils", "s’il", "s’ils"])
                || (self.tok_is(k, &["s'", "s’"])
                    && k + 1 < toks.len()
                    && self.tok_is(k + 1, &["il", "ils", "elle", "elles"]));
            if cond {
                // "même si", "comme si"; "si bien que" (so that) and "si ce n'est" (except) state
                let concessive = k > first && self.tok_is(k - 1, &["même", "comme", "meme"]);
                let stated = k + 1 < end && self.tok_is(k + 1, &["bien", "ce"]);
                return !concessive && !stated;
            }
        }
        false
    }

    /// Per trigger, before the readings of one incident merge: the French readings that tell no
    /// incident (see the module comment).
    pub(super) fn fr_unreported(&self, si: usize, d: &Draft) -> Option<&'static str> {
        if self.a.doc.lang != Lang::Fr {
            return None;
        }
        if let Some(rule) = self.not_the_first_time(si, d) {
            return Some(rule);
        }
        if self.condition_clause(si, d) {
            return Some("the condition of a \"si\" clause: what the main clause depends on, no event");
        }
        None
    }

    /// French readings that name no event of their own (see the module comment), with the rule
    /// for `--explain`.
    pub(super) fn fr_no_event(&self, d: &Draft) -> Option<&'static str> {
        if self.a.doc.lang != Lang::Fr {
            return None;
        }
        if self.quoted_charge(d) {
            return Some("a charge quoted in the accuser's words: its content, no act of its own");
        }
        if self.name_part(d) {
            return Some("a capitalized noun after `de la`/`du`/`des`: a word of a name, no event");
        }
        if self.force_loss(d) {
            return Some("a force deploring the loss of its men: a toll, no disapproval");
        }
        None
    }
}
