//! What is sent decides what sending is: "l'envoi de renforts" is a mobilization, "l'envoi de
//! 200 000 tonnes de carburant" or "a acheminé des vivres" aid, "l'envoi d'une mission d'enquête"
//! neither; "a dépêché à Bamako son ministre de la Défense" (a word with an `envoy` reading and an
//! envoy or an official after it) a visit of the sender.

use super::*;

/// The thing a sending word carries, read from the words after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Sent {
    /// Soldiers, units, reinforcements: the word's mobilization reading.
    Troops,
    /// Goods (cue `goods`) or an aid noun: the word's aid reading (role `goods`).
    Goods,
    /// People sent to talk or inquire (cue `envoy`; for a word with an `envoy` reading also an
    /// official, cue `head`): no mobilization; the word's visit reading when it has one.
    Envoy,
    /// Nothing: a negating determiner opens the object ("n'ont reçu aucun convoi", "n'avoir reçu
    /// aucune notification", "sent no troops"): the word tells no act of sending or receiving.
    Nothing,
}

/// How many words after a sending word its object may start (adverbs, dates, "sur place", a
/// figure and its unit: "achemine depuis des mois des vivres", "l'envoi de 200 000 tonnes de…").
const SENT_WINDOW: usize = 8;

/// How many words before a sending word a reduced relative's head may stand ("a letter Human
/// Rights Watch sent": the sender's name between).
const SENT_BACK_WINDOW: usize = 5;

impl<'a, 'd> Extractor<'a, 'd> {
    /// For a trigger whose entry has a reading for goods or envoys (role `goods` or `envoy`), what
    /// the words after it say is sent; `None` for every other trigger, or when nothing after it
    /// tells.
    pub(super) fn sent_object(&self, h: usize) -> Option<Sent> {
        let lex = self.lex;
        let e = lex.entry(&self.hits[h]);
        if !e.senses.iter().any(|&s| lex.senses[s as usize].goods || lex.senses[s as usize].envoy) {
            return None;
        }
        // ("a dépêché lundi à N'Djamena son conseiller", "dispatched his foreign minister")
        let mut officials = self.envoy_entry(h);
        let receiving = self.receiving_entry(h);
        // ("gave the Nigerien army two drones": a word with aid readings only hands over what it
        // names; a force after it is the one given to, and weapons given are goods)
        let aid_only = e.senses.iter().all(|&s| lex.senses[s as usize].kind == EventType::Aid);
        let end = self.hits[h].end;
        let si = self.sentence_of(self.hits[h].start);
        let sent_end = self.a.seg.sentences[si].span.end;
        let toks = &self.a.seg.tokens;
        let first = toks.partition_point(|t| t.span.start < end);
        for t in toks.iter().skip(first).take(SENT_WINDOW) {
            if t.span.start >= sent_end {
                break;
            }
            let w = &self.a.doc.text[t.span.start..t.span.end];
            // the object ends at a clause or phrase boundary ("…, qui", "pour", "to")
            if matches!(w, "," | ";" | ":" | "." | "(" | "«" | "\"")
                || matches!(
                    veille_text::fold_cow(w).as_ref(),
                    "pour" | "afin" | "qui" | "que" | "to" | "who" | "which" | "that"
                )
            {
                break;
            }
            // ("n'ont reçu aucun convoi": a negated object, nothing was sent or received)
            if matches!(
                veille_text::fold_cow(w).as_ref(),
                "aucun" | "aucune" | "aucuns" | "aucunes" | "nul" | "nulle" | "no"
            ) {
                return Some(Sent::Nothing);
            }
            // ("dépêché par le ministre": an official after "par"/"by" is the sender)
            if matches!(w, "par" | "by") {
                officials = false;
            }
            let Some((ph, cues)) = self.cues_at(t.span.start) else {
                // a title read as a party name keeps no cue hit ("à Bamako son ministre", the
                // minister taken for Mali's government): the word's own entry tells
                if officials
                    && lex
                        .index_of(veille_text::fold_cow(w).as_ref())
                        .is_some_and(|i| lex.entries[i].cues.contains(&Cue::Head))
                {
                    return Some(Sent::Envoy);
                }
                continue;
            };
            if cues.contains(&Cue::UTroops) && !aid_only {
                return Some(Sent::Troops);
            }
            // ("a reçu deux nouveaux drones": weapons received or given are goods; weapons sent
            // may be a deployment's)
            if cues.contains(&Cue::Goods) || ((receiving || aid_only) && cues.contains(&Cue::UWeapons)) {
                return Some(Sent::Goods);
            }
            if cues.contains(&Cue::Envoy) || (officials && cues.contains(&Cue::Head)) {
                return Some(Sent::Envoy);
            }
            if ph != h
                && let Some(&ps) = lex.entry(&self.hits[ph]).senses.first()
            {
                match lex.senses[ps as usize].kind {
                    // "l'envoi de renforts", "dispatched reinforcements"
                    EventType::Mobilize => return Some(Sent::Troops),
                    // "a envoyé une aide humanitaire", "sent relief supplies"
                    EventType::Aid => return Some(Sent::Goods),
                    _ => {}
                }
            }
        }
        self.sent_before(h, first)
    }

    /// With nothing sent told after the sending word: a letter, an envoy or goods right before it,
    /// the head of a reduced relative or a participle ("a letter Human Rights Watch sent on
    /// February 2", "the letter sent on May 2", "les vivres envoyés"), is what is sent. The look
    /// stops at a clause mark, at another trigger word and at soldiers ("des soldats envoyés").
    fn sent_before(&self, h: usize, first: usize) -> Option<Sent> {
        let lex = self.lex;
        let start = self.hits[h].start;
        let si = self.sentence_of(start);
        let sent_start = self.a.seg.sentences[si].span.start;
        let toks = &self.a.seg.tokens;
        let before = toks[..first].partition_point(|t| t.span.start < start);
        let mut seen = 0;
        for t in toks[..before].iter().rev() {
            if t.span.start < sent_start || seen == SENT_BACK_WINDOW {
                break;
            }
            let w = &self.a.doc.text[t.span.start..t.span.end];
            if matches!(w, "," | ";" | ":" | "." | ")" | "»" | "\"") {
                break;
            }
            // ("Des vivres et des kits ont été distribués": the auxiliaries of a passive stand
            // between the goods and the participle and do not count)
            if matches!(w, "été" | "ont" | "a" | "sont" | "est" | "been" | "were" | "was" | "have" | "has")
            {
                continue;
            }
            seen += 1;
            let Some((ph, cues)) = self.cues_at(t.span.start) else { continue };
            if ph == h {
                continue;
            }
            if cues.contains(&Cue::Envoy) {
                return Some(Sent::Envoy);
            }
            if cues.contains(&Cue::Goods) {
                return Some(Sent::Goods);
            }
            if cues.contains(&Cue::UTroops) || !lex.entry(&self.hits[ph]).senses.is_empty() {
                break;
            }
        }
        None
    }

    /// Hit `h` is a word of receiving (a goods reading whose subject gets the goods: "recevoir",
    /// "receive"): its other readings (a visit) hold when envoys are received.
    pub(super) fn receiving_entry(&self, h: usize) -> bool {
        let lex = self.lex;
        lex.entry(&self.hits[h]).senses.iter().any(|&s| {
            let s = &lex.senses[s as usize];
            s.goods && s.subj_recipient
        })
    }

    /// Hit `h` is a sending word with a reading for envoys sent (role `envoy`: "dépêcher",
    /// "dispatch"): sending an envoy or an official is a visit of the sender.
    pub(super) fn envoy_entry(&self, h: usize) -> bool {
        let lex = self.lex;
        lex.entry(&self.hits[h]).senses.iter().any(|&s| lex.senses[s as usize].envoy)
    }
}
