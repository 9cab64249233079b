//! Parties the text describes without naming them. An event whose parties are all unresolved
//! descriptions, with no place and no figure, is too bare to report (`run.rs`), except where the
//! description itself tells who acts: an armed band of unknown name demanding a ransom or
//! threatening villagers ("les ravisseurs ont exigé une rançon", "the gunmen threatened to burn
//! the village") is the act reported, whoever they are. So is an arrest of people told by
//! description ("neuf suspects ont été interpellés", "the police detained two suspects"): those
//! arrested are seldom named, and the arrest is the act reported.

use super::*;

impl<'a, 'd> Extractor<'a, 'd> {
    /// A demand or a threat whose actor is a description headed by an armed-party noun (cue
    /// `enemy`: "des hommes armés", "les ravisseurs", "gunmen", "bandits"), as written in the
    /// event's sentence. A statement by such a party is its own act, not talk about one.
    pub(super) fn armed_description_demand(&self, d: &Draft) -> bool {
        if !matches!(d.kind, EventType::Request | EventType::Threaten) || d.background || d.actor.is_empty() {
            return false;
        }
        let ss = self.a.seg.sentences[d.sentence].span;
        let sentence = &self.a.doc.text[ss.start..ss.end];
        d.actor.iter().all(|r| {
            r.id.is_none()
                && sentence.find(r.name.as_str()).is_some_and(|off| {
                    let span = Span::new(ss.start + off, ss.start + off + r.name.len());
                    self.hits[self.hits_in(span)].iter().any(|x| self.lex.entry(x).has(Cue::Enemy))
                })
        })
    }

    /// An arrest (COERCE, mode `arrest`) told of people the text describes: a recipient the
    /// sentence names, resolved or not; by a noun or a verb after its auxiliary (an adverb
    /// between), not a participle describing people by their detention ("les centaines de
    /// personnes détenues"), nor in a headline, which the body tells again. So is a release told by
    /// a verb after its auxiliary ("les chauffeurs ont été relâchés samedi"): a release noun is
    /// mostly what a demand asks for ("exigé la libération des bergers").
    pub(super) fn described_detainees(&self, d: &Draft) -> bool {
        let arrest = d.kind == EventType::Coerce && d.mode.as_deref() == Some("arrest");
        let release = d.kind == EventType::Retreat && d.mode.as_deref() == Some("release");
        (arrest || release)
            && !d.background
            && !d.recipient.is_empty()
            && ((arrest && d.nominal) || (!d.nominal && self.after_auxiliary(d.trigger.start)))
            && !(d.sentence == 0 && self.is_headline(0))
    }

    /// A verb at `start` right after its auxiliary, or after an auxiliary and one word ("ont été
    /// relâchés", "a été interpellé", "ont déjà été libérés").
    pub(super) fn after_auxiliary(&self, start: usize) -> bool {
        const AUX: &[&str] = &[
            "ete", "a", "ont", "avait", "avaient", "est", "sont", "been", "was", "were", "has", "have", "had",
        ];
        let aux_at = |t: Option<usize>| {
            t.is_some_and(|t| AUX.contains(&veille_text::fold_cow(self.tok_text(t)).as_ref()))
        };
        let before = self.tok_before(start);
        aux_at(before) || before.is_some_and(|t| aux_at(self.tok_before(self.a.seg.tokens[t].span.start)))
    }
}
