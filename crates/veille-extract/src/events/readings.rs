//! Readings a trigger takes from its parties (French rows with cues `oust` and `ready`):
//!
//! - "la junte, qui a chassé les forces françaises", "ont chassé l'ambassadeur de France": a
//!   government or state driving out another state's forces, envoys or an international mission
//!   expels them (SANCTION/expel); it does not fight them (a force chasing fighters keeps the
//!   assault reading);
//! - "la force unifiée … doit être opérationnelle d'ici la fin de l'année": a force said to become
//!   operational is a deployment to come (MOBILIZE), only with an identified force, state or
//!   alliance as its subject and told as pledged or possible ("le comité opérationnel",
//!   "l'aéroport est opérationnel" are none);
//! - "Les chefs d'état-major de la Cédéao, réunis jeudi à Accra": a participle of gathering with
//!   a date or a place right after it is a meeting (CONSULT/multilateral).

use super::*;
use veille_core::Lang;

impl Extractor<'_, '_> {
    /// The country of an identified party: the knowledge base's, else the id convention ("kb:ML",
    /// "kb:ML-GOV").
    pub(super) fn party_country(&self, r: &ActorRef) -> Option<String> {
        let id = r.id.as_deref()?;
        if let Some(cc) = self.kb.and_then(|kb| kb.country_of(id)) {
            return Some(cc.to_string());
        }
        let code = id.strip_prefix("kb:")?;
        let cc = code.split('-').next()?;
        (cc.len() == 2 && cc.bytes().all(|b| b.is_ascii_uppercase()) && !matches!(cc, "AU" | "EU" | "UN"))
            .then(|| cc.to_string())
    }

    /// An assault verb with cue `oust` whose actors are all identified states or governments and
    /// whose recipients are all identified forces, states or international bodies of another
    /// country: an expulsion. Returns whether the reading changed.
    pub(super) fn ousted_foreign_party(&self, h: usize, d: &mut Draft) -> bool {
        if d.kind != EventType::Assault || d.nominal || !self.lex.entry(&self.hits[h]).has(Cue::Oust) {
            return false;
        }
        let country = |r: &'_ ActorRef| self.party_country(r);
        let states = !d.actor.is_empty()
            && d.actor
                .iter()
                .zip(&d.actor_kinds)
                .all(|(r, &k)| k == EntityType::Country && country(r).is_some());
        if !states {
            return false;
        }
        let own = country(&d.actor[0]);
        let foreign = !d.recipient.is_empty()
            && d.recipient.iter().zip(&d.recipient_kinds).all(|(r, &k)| {
                r.id.is_some()
                    && matches!(k, EntityType::StateForce | EntityType::Country | EntityType::Igo)
                    && country(r) != own
            });
        if !foreign {
            return false;
        }
        d.retype(EventType::Sanction, Some("expel"), "diplomatic");
        if self.a.explain {
            d.explain.push(step(
                "trigger",
                "a state driving out another state's forces or envoys: an expulsion",
                Some(self.a.text(d.trigger).to_string()),
            ));
        }
        true
    }

    /// A trigger with cue `ready` ("opérationnelle") that names no deployment to come: no
    /// identified force, state or alliance acts (or a pronoun subject, bound later), or the text
    /// does not tell it as pledged or possible. The modal or future before the copula counts across a quotation mark ("serait
    /// « pleinement opérationnelle »", "doit être pleinement opérationnelle"), where the clause
    /// reading of the status stops.
    pub(super) fn not_a_force_to_come(&self, h: usize, d: &mut Draft) -> bool {
        if !self.lex.entry(&self.hits[h]).has(Cue::Ready) {
            return false;
        }
        let force = d.actor.iter().zip(&d.actor_kinds).any(|(r, &k)| {
            r.id.is_some() && matches!(k, EntityType::StateForce | EntityType::Country | EntityType::Igo)
        });
        // "Celle-ci doit être opérationnelle": a pronoun subject is bound later (the force of the
        // sentence before)
        if !(force || (d.actor.is_empty() && d.subject_pron)) {
            return true;
        }
        // "son retrait du Comité d'état-major opérationnel conjoint": an adjective inside a name
        // tells no force becoming operational; only a predicate after a copula or a modal does
        if !self.ready_predicate(d.trigger.start) {
            return true;
        }
        if matches!(d.status, Status::Pledged | Status::Hypothetical) {
            return false;
        }
        // back from the trigger over quotation marks, "-ment" adverbs and the copula (cue `aux`)
        let mut pos = d.trigger.start;
        for _ in 0..5 {
            let Some(t) = self.tok_before(pos) else { return true };
            pos = self.a.seg.tokens[t].span.start;
            let w = self.tok_text(t);
            if matches!(w, "«" | "\"" | "“") || (w.len() > 5 && w.ends_with("ment")) {
                continue;
            }
            let Some((ph, cues)) = self.cues_at(pos) else { return true };
            if cues.contains(&Cue::Aux) {
                continue;
            }
            let status = if cues.contains(&Cue::Pledge) {
                Status::Pledged
            } else if cues.contains(&Cue::Hypo) {
                // "ont annoncé que la force serait opérationnelle": a future in the past
                let ss = self.a.seg.sentences[d.sentence].span;
                let reported = self.hits[self.hits_in(Span::new(ss.start, self.hits[ph].start))]
                    .iter()
                    .any(|x| self.lex.entry(x).has(Cue::Speech) || self.lex.entry(x).has(Cue::Pledge));
                if reported { Status::Pledged } else { Status::Hypothetical }
            } else {
                return true;
            };
            d.status = status;
            if self.a.explain {
                d.explain.push(step("status", "modal or future before the copula of a force to come", None));
            }
            return false;
        }
        true
    }

    /// The first word before `pos`, over quotation marks and "-ment" adverbs, is a copula or a
    /// modal (cue `aux`, `passive`, `pledge` or `hypo`: "être", "est", "sera", "serait", "doit"):
    /// the word at `pos` is a predicate, not an adjective of the noun before it.
    fn ready_predicate(&self, mut pos: usize) -> bool {
        for _ in 0..4 {
            let Some(t) = self.tok_before(pos) else { return false };
            pos = self.a.seg.tokens[t].span.start;
            let w = self.tok_text(t);
            if matches!(w, "«" | "\"" | "“") || (w.len() > 5 && w.ends_with("ment")) {
                continue;
            }
            return self.cues_at(pos).is_some_and(|(_, cues)| {
                cues.iter().any(|c| matches!(c, Cue::Aux | Cue::Passive | Cue::Pledge | Cue::Hypo))
            });
        }
        false
    }

    /// A participle with cue `convened` ("réunis") that tells no meeting: no date within the three
    /// words after it and no place within the five ("réunis jeudi à Accra", "Réunis dimanche en
    /// sommet à Niamey" are meetings; "des civils réunis pour un baptême", "les fonds réunis" are
    /// none).
    pub(super) fn not_a_meeting(&self, h: usize, d: &Draft) -> bool {
        if !self.lex.entry(&self.hits[h]).has(Cue::Convened) {
            return false;
        }
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[d.sentence].span;
        let k = toks.partition_point(|t| t.span.start < d.trigger.end);
        let after = toks[k..].iter().take(5).take_while(|t| t.span.end <= ss.end);
        let mut met = false;
        for (i, t) in after.enumerate() {
            if (i < 3 && self.in_date(t.span))
                || self.a.places.binary_search_by_key(&t.span.start, |p| p.name_span.start).is_ok()
            {
                met = true;
                break;
            }
        }
        !met
    }
}

/// Phrases of `data/cabinet.tsv` (folded), per language: bodies of one state's own government.
static CABINET: std::sync::OnceLock<Vec<(Lang, &'static str)>> = std::sync::OnceLock::new();

fn cabinet_phrases() -> &'static [(Lang, &'static str)] {
    CABINET.get_or_init(|| {
        include_str!("../../data/cabinet.tsv")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let (lang, phrase) = l.split_once('\t')?;
                let lang = match lang {
                    "fr" => Lang::Fr,
                    "en" => Lang::En,
                    _ => return None,
                };
                Some((lang, phrase.trim()))
            })
            .collect()
    })
}

impl Extractor<'_, '_> {
    /// A meeting told of one state's own government body (`data/cabinet.tsv`) right around its
    /// trigger is no meeting between parties: "Le Conseil des ministres, réuni lundi sous la
    /// présidence du chef de l'État", "Réuni mardi en session extraordinaire, le Conseil des
    /// ministres…", "after a cabinet meeting chaired by…". The body within three words before the
    /// trigger, or, for a gathering participle (cue `convened`), within eight after it; a body
    /// followed by "de la"/"du"/"of" is another's ("le Conseil des ministres de la CEDEAO").
    pub(super) fn cabinet_meeting(&self, h: usize, d: &Draft) -> bool {
        if d.kind != EventType::Consult || d.mode.as_deref() == Some("visit") {
            return false;
        }
        let lang = self.a.doc.lang;
        let phrases = cabinet_phrases();
        if !phrases.iter().any(|(l, _)| *l == lang) {
            return false;
        }
        let toks = &self.a.seg.tokens;
        let ss = self.a.seg.sentences[d.sentence].span;
        let k0 = toks.partition_point(|t| t.span.start < d.trigger.start);
        let k1 = toks.partition_point(|t| t.span.start < d.trigger.end);
        let before = if lang == Lang::Fr { 6 } else { 3 };
        let after = if self.lex.entry(&self.hits[h]).has(Cue::Convened) { 10 } else { 0 };
        let from = toks[k0.saturating_sub(before)..k0]
            .iter()
            .find(|t| t.span.start >= ss.start)
            .map_or(d.trigger.start, |t| t.span.start);
        let to = toks[k1..]
            .iter()
            .take(after)
            .take_while(|t| t.span.end <= ss.end)
            .last()
            .map_or(d.trigger.end, |t| t.span.end);
        let window = veille_text::fold_cow(&self.a.doc.text[from..to]);
        let w = window.as_ref();
        phrases.iter().filter(|(l, _)| *l == lang).any(|(_, p)| {
            w.match_indices(p).any(|(i, _)| {
                let rest = w[i + p.len()..].trim_start();
                let bounded = i == 0 || !w.as_bytes()[i - 1].is_ascii_alphanumeric();
                bounded
                    && !(rest.starts_with("de la ")
                        || rest.starts_with("de l'")
                        || rest.starts_with("du ")
                        || rest.starts_with("of "))
            })
        })
    }
}
