//! Unresolved party names that name no party: the subject and object readers sometimes take a
//! verb form ("flee", "followed", "aller"), an ordinal or a quantifier pronoun ("the third", "each
//! one", "plusieurs"), an adjective with no noun ("their immediate", "jihadiste meurtrière") or a
//! place the geoparser found ("Mayo-Tsanaga") for an actor or recipient. Such a name is dropped
//! from its slot, so that the document rules after it can fill the slot with the real party.

use super::{Draft, Extractor};
use crate::party::{self, WordClass};
use veille_core::record::ActorRef;
use veille_core::{EntityType, EventType, Lang};

/// Determiners and possessives that open a party noun phrase and carry no head of their own.
const DETS: &[&str] = &[
    "a", "an", "the", "their", "its", "his", "her", "these", "those", "le", "la", "les", "l", "un", "une",
    "des", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "ces",
];

/// English ordinals and quantifier pronouns that stand for a party only by ellipsis ("the
/// second", "each one"); French ordinals are told by their form ("troisième").
const EN_ORDINALS_QUANT: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last",
    "latter", "former", "each", "one", "every", "either", "neither",
];
const FR_QUANT: &[&str] = &[
    "premier",
    "première",
    "premiers",
    "premières",
    "plusieurs",
    "chacun",
    "chacune",
    "toute",
    "toutes",
    "certains",
    "certaines",
];

/// [`FR_QUANT`] folded, once.
fn fr_quant_folded() -> &'static [String] {
    static FOLDED: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    FOLDED.get_or_init(|| FR_QUANT.iter().map(|q| veille_text::fold_str(q)).collect())
}

impl Extractor<'_, '_> {
    /// Empties each draft's unresolved actor and recipient names that name no party (see the
    /// module); a resolved party or a name with a noun head is kept.
    pub(super) fn drop_junk_parties(&self, drafts: &mut [Draft]) {
        for d in drafts.iter_mut() {
            // "Human Rights Watch documented the massacre", "the market strike", "a pre-dawn raid":
            // who reports an attack, a place, a time or a post is no one who commits it
            if d.kind == EventType::Assault
                && d.actor
                    .iter()
                    .enumerate()
                    .any(|(i, r)| self.no_assailant(r, d.actor_kinds.get(i).copied()))
            {
                let kept = keep_real(&d.actor, &d.actor_kinds, |r, k| self.no_assailant(r, k));
                d.set_actor(
                    kept,
                    self.a.explain,
                    "no assailant: a reporting body, a place, a time or a post does not attack",
                );
            }
            if d.actor.iter().any(|r| self.junk_party(r)) {
                let (a, k) = keep_real(&d.actor, &d.actor_kinds, |r, _| self.junk_party(r));
                d.set_actor((a, k), self.a.explain, "junk party name dropped: no noun phrase naming a party");
            }
            if d.recipient.iter().any(|r| self.junk_party(r)) {
                let (a, k) = keep_real(&d.recipient, &d.recipient_kinds, |r, _| self.junk_party(r));
                d.set_recipient(
                    (a, k),
                    self.a.explain,
                    "junk party name dropped: no noun phrase naming a party",
                );
            }
        }
    }

    /// A party that cannot commit an attack: a body of the knowledge base that only reports violence
    /// (a non-governmental organisation or medium, `other_org`; an intergovernmental body with no
    /// country of its own and no armed role, ACLED class 8: the UN, a UN agency, the AU), or an
    /// unresolved name whose head is a place or direction of `data/nonparty.tsv` ("le nord
    /// ivoirien", "the market") or a force's post (`data/facilities.tsv`).
    pub(super) fn no_assailant(&self, r: &ActorRef, kind: Option<EntityType>) -> bool {
        if let Some(id) = r.id.as_deref() {
            return match kind {
                Some(EntityType::OtherOrg) => true,
                Some(EntityType::Igo) => {
                    self.kb.is_some_and(|kb| kb.country_of(id).is_none() && kb.acled_class(id) == Some(8))
                }
                _ => false,
            };
        }
        let lang = self.a.doc.lang;
        let list = party::WORDS.get();
        let words: Vec<&str> = r
            .name
            .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
            .filter(|w| !w.is_empty() && !DETS.contains(&&*veille_text::fold_cow(w)))
            .collect();
        // the head: the first word in French, the last before a preposition in English
        let head = match lang {
            Lang::En => words.iter().take_while(|w| list.class(lang, w) != Some(WordClass::Stop)).last(),
            _ => words.first(),
        };
        head.is_some_and(|h| list.class(lang, h) == Some(WordClass::Place))
            || self.facility_slot(&r.name).is_some()
    }

    /// An unresolved name whose words name no party.
    fn junk_party(&self, r: &ActorRef) -> bool {
        r.id.is_none() && junk_name(&r.name, self.a.doc.lang, |w| self.is_place_name(w))
    }

    /// `name` is the toponym of a place mention of the document ("Mayo-Tsanaga", "Barkaram").
    fn is_place_name(&self, name: &str) -> bool {
        self.a.places.iter().any(|p| self.a.text(p.name_span) == name)
    }
}

/// The refs (and their kinds) that `junk` (given each ref and its kind) does not reject.
fn keep_real(
    refs: &[ActorRef],
    kinds: &[EntityType],
    junk: impl Fn(&ActorRef, Option<EntityType>) -> bool,
) -> (Vec<ActorRef>, Vec<EntityType>) {
    let mut out = (Vec::new(), Vec::new());
    for (i, r) in refs.iter().enumerate() {
        let k = kinds.get(i).copied();
        if !junk(r, k) {
            out.0.push(r.clone());
            out.1.extend(k);
        }
    }
    out
}

/// The name reads as no party: once its determiners and figures are set aside, nothing is left,
/// or only an ordinal or quantifier pronoun, or only adjectives, adverbs and verb forms of
/// `data/nonparty.tsv`; or it opens (after no determiner) with such a lower-case verb form or
/// adverb ("flee", "step up", "dénombre toutefois cinq civils"); or it is a place name.
pub(super) fn junk_name(name: &str, lang: Lang, place: impl Fn(&str) -> bool) -> bool {
    let words: Vec<&str> =
        name.split(|c: char| c.is_whitespace() || c == '\'' || c == '’').filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return false;
    }
    let is_det = |w: &str| DETS.contains(&&*veille_text::fold_cow(w));
    let stripped = match words.get(1) {
        Some(second) if is_det(words[0]) => name.find(second).map_or(name, |at| &name[at..]),
        _ => name,
    };
    if !stripped.is_empty() && place(stripped) {
        return true;
    }
    let list = party::WORDS.get();
    let class = |w: &str| {
        list.class(lang, w)
            .or_else(|| (lang == Lang::En && party::en_ly_adverb(w)).then_some(WordClass::Adverb))
    };
    let is_number = |w: &str| w.chars().any(|c| c.is_ascii_digit());
    let content: Vec<&str> = words.iter().copied().filter(|w| !is_det(w) && !is_number(w)).collect();
    if content.is_empty() {
        return words.iter().all(|w| is_det(w));
    }
    let ordinal_or_quant = |w: &str| {
        let f = veille_text::fold_cow(w);
        match lang {
            Lang::En => EN_ORDINALS_QUANT.contains(&&*f),
            _ => fr_quant_folded().iter().any(|q| **q == *f) || f.ends_with("ieme"),
        }
    };
    if content.iter().all(|w| ordinal_or_quant(w)) {
        return true;
    }
    // a lone abstract noun ("précision", "the position") names no party
    if content.len() == 1 && words.len() <= 2 && matches!(class(content[0]), Some(WordClass::Abstract)) {
        return true;
    }
    let modifier = |w: &str| matches!(class(w), Some(WordClass::Adjective | WordClass::Adverb));
    if content.iter().all(|w| modifier(w) || ordinal_or_quant(w)) {
        return true;
    }
    // a clause read as a name: it opens, with no determiner, on a lower-case verb form; in
    // English (where adjectives come before the noun: "armed men") only a verb form followed by
    // its object's determiner, a figure, an adverb or a particle ("hit the people", "step up")
    let first = words[0];
    let verb_first = first.chars().next().is_some_and(|c| c.is_lowercase())
        && matches!(class(first), Some(WordClass::Adjective));
    verb_first
        && match lang {
            Lang::En => words.get(1).is_some_and(|w| {
                is_det(w)
                    || is_number(w)
                    || matches!(class(w), Some(WordClass::Adverb))
                    || ["up", "down", "out", "off", "back"].contains(&&*veille_text::fold_cow(w))
            }),
            _ => true,
        }
}

#[cfg(test)]
mod tests {
    use super::junk_name;
    use veille_core::Lang;

    fn junk(name: &str, lang: Lang) -> bool {
        junk_name(name, lang, |w| ["Mayo-Sava", "Kantchari"].contains(&w))
    }

    #[test]
    fn names_that_are_no_party() {
        for n in ["the third", "The second", "each one", "step up", "flee", "hit the people", "followed"] {
            assert!(junk(n, Lang::En), "{n}");
        }
        for n in [
            "plusieurs",
            "toute",
            "aller",
            "dénombre toutefois deux civils",
            "Mayo-Sava",
            "le Kantchari",
            "abord",
            "précision",
            "l'idée",
        ] {
            assert!(junk(n, Lang::Fr), "{n}");
        }
    }

    #[test]
    fn noun_phrases_stay() {
        for n in [
            "Gunmen",
            "at least 12 civilians",
            "about 40 men",
            "the third battalion",
            "armed men",
            "each soldier",
        ] {
            assert!(!junk(n, Lang::En), "{n}");
        }
        for n in [
            "des hommes armés",
            "plus de 60 terroristes",
            "les habitants de Kantchari",
            "Le Monde",
            "plusieurs soldats",
        ] {
            assert!(!junk(n, Lang::Fr), "{n}");
        }
    }
}
