//! Authors named by an attribution told in a sentence of its own (`data/attribution.tsv`): "Le
//! rapt avait été attribué à l'EIGS", "Le communiqué impute le massacre au JNIM", "JNIM claimed
//! responsibility", "The raid was blamed on ISWAP". The armed group so named becomes the actor of
//! the incident the sentence points back to, when that incident has no named author.

use super::*;
use crate::attribution::{Attribution, WORDS};

/// How many sentences back an attribution may point to its incident.
const WINDOW: usize = 2;

/// Words between an attribution verb and the author it names.
const REACH: usize = 10;

impl<'a, 'd> Extractor<'a, 'd> {
    /// Binds the authors named by attribution sentences to the incidents they point back to.
    pub(super) fn bind_attributions(&self, drafts: &mut [Draft]) {
        let list = WORDS.get();
        let lang = self.a.doc.lang;
        let toks = &self.a.seg.tokens;
        // only assaults take an author here: no sentence before the first one told can point to one
        let Some(first) = drafts
            .iter()
            .filter(|d| d.kind == EventType::Assault)
            .flat_map(|d| std::iter::once(d.sentence).chain(d.also.iter().map(|&(s, _)| s)))
            .min()
        else {
            return;
        };
        for si in first..self.a.seg.sentences.len() {
            let ss = self.a.seg.sentences[si].span;
            let (i, j) = (
                toks.partition_point(|t| t.span.start < ss.start),
                toks.partition_point(|t| t.span.start < ss.end),
            );
            let (mut cue, mut noun, mut abduct) = (None, false, false);
            for t in i..j {
                match list.class(lang, self.tok_text(t)) {
                    Some(c @ (Attribution::To | Attribution::Claim)) if cue.is_none() => cue = Some((t, c)),
                    Some(Attribution::Noun) => noun = true,
                    Some(Attribution::Abduct) => {
                        noun = true;
                        abduct = true;
                    }
                    _ => {}
                }
            }
            let Some((t, class)) = cue else { continue };
            // "L'attaque n'a pas été revendiquée", "was not claimed": no author named
            if (i..j).any(|k| {
                matches!(
                    veille_text::fold_cow(self.tok_text(k)).as_ref(),
                    "pas" | "not" | "jamais" | "never" | "ni" | "dementi" | "denied" | "denies" | "nie"
                )
            }) {
                continue;
            }
            let Some(author) = self.attributed_author(si, t, class) else { continue };
            let (refs, kinds) = self.group_refs(author);
            let keep: Vec<usize> = (0..refs.len())
                .filter(|&k| matches!(kinds[k], EntityType::ArmedGroup | EntityType::Militia))
                .collect();
            if keep.is_empty() || refs.iter().any(|r| r.id.is_none()) {
                continue;
            }
            let parties = (
                keep.iter().map(|&k| refs[k].clone()).collect::<Vec<_>>(),
                keep.iter().map(|&k| kinds[k]).collect::<Vec<_>>(),
            );
            let told_here = |d: &Draft| d.sentence == si || d.also.iter().any(|&(s, _)| s == si);
            let last = |d: &Draft| d.also.iter().map(|&(s, _)| s).fold(d.sentence, usize::max);
            let fits = |d: &Draft| {
                d.kind == EventType::Assault
                    && !d.counter
                    && matches!(d.status, Status::Asserted | Status::Claimed)
                    && (!abduct || d.mode.as_deref() == Some("abduct"))
            };
            // the incident named again in this sentence, else the latest one told before it (only
            // when a noun points back to it: "JNIM claimed responsibility", "le massacre")
            let target = drafts.iter().position(|d| fits(d) && told_here(d)).or_else(|| {
                if !noun {
                    return None;
                }
                (0..drafts.len())
                    .filter(|&k| {
                        drafts[k].sentence < si && last(&drafts[k]) < si && last(&drafts[k]) + WINDOW >= si
                    })
                    .filter(|&k| drafts[k].kind == EventType::Assault)
                    .max_by_key(|&k| (last(&drafts[k]), drafts[k].trigger.start))
                    .filter(|&k| fits(&drafts[k]))
            });
            let Some(k) = target else { continue };
            let d = &mut drafts[k];
            if d.actor.iter().any(|r| r.id.is_some()) {
                continue;
            }
            let rule = match class {
                Attribution::Claim => "claimant of responsibility, in a sentence of its own",
                _ => "author the incident is attributed to, in a sentence of its own",
            };
            d.set_actor(parties, self.a.explain, rule);
        }
    }

    /// The entity group an attribution verb at token `t` names as the author: after "à", "au",
    /// "aux", "to", "on" (or "par", "by" for a claim); for a claim, else the subject before it.
    fn attributed_author(&self, si: usize, t: usize, class: Attribution) -> Option<&Group> {
        let ss = self.a.seg.sentences[si].span;
        let at = self.a.seg.tokens[t].span;
        let preps: &[&str] = match class {
            Attribution::Claim => &["par", "by"],
            _ => &["à", "a", "au", "aux", "to", "on"],
        };
        let after = self.groups_in(at.end, ss.end).find(|g| {
            let k = self.a.seg.tokens.partition_point(|x| x.span.start < g.start);
            self.tokens_between(at.end, g.start) <= REACH
                && (k >= 1 && self.tok_is(k - 1, preps)
                    || k >= 2 && self.tok_is(k - 2, preps) && self.tok_text(k - 1).ends_with(['\'', '’']))
        });
        if after.is_some() || class != Attribution::Claim {
            return after;
        }
        let (cs, _) = self.clause(si, at.start);
        self.subject(cs, at.start)
    }
}
