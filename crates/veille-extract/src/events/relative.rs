//! French relative clauses opened by "dont": "La Cédéao, dont le Niger s'est retiré en janvier,
//! …", "le parti, dont le président a été arrêté…". A verb inside the relative clause has the
//! party named right after "dont" as its subject, not the antecedent before the comma (unlike
//! ", dont le M62, …", a list of members, which no verb follows). An English relative clause
//! opened by "where" is a clause of its own ("…near Gao, where gunmen killed five traders").

use super::*;

/// Tokens the relative clause may hold between "dont" and the verb.
const MAX_TOKENS: usize = 12;

impl Extractor<'_, '_> {
    /// The subject of a verb at `before` inside a ", dont X …" relative clause of the clause from
    /// `cs`: the group X right after "dont" (articles between), followed only by the verb group.
    pub(super) fn dont_subject(&self, cs: usize, before: usize) -> Option<&Group> {
        if self.a.doc.lang != veille_core::Lang::Fr {
            return None;
        }
        let toks = &self.a.seg.tokens;
        let end = toks.partition_point(|t| t.span.start < before);
        let mut k = end;
        let dont = loop {
            if k == 0 || end - k > MAX_TOKENS {
                return None;
            }
            k -= 1;
            if toks[k].span.start < cs || toks[k].kind == veille_text::TokenKind::Punct {
                return None;
            }
            if self.tok_is(k, &["dont"]) {
                break k;
            }
        };
        if dont == 0 || self.tok_text(dont - 1) != "," {
            return None;
        }
        let g = self.groups_in(toks[dont].span.end, before).next()?;
        (self.tokens_between(toks[dont].span.end, g.start) <= 2
            && self.tokens_between(g.end, before) <= 4
            && !self.group_is_place(g))
        .then_some(g)
    }

    /// "…near Kidal, where soldiers were killed", "the camp where the group holds hostages": an
    /// English relative clause opened by "where" has its own subject, after the pronoun; the
    /// subject of the main clause is not that of its verbs. Pushes a clause bound at each "where".
    /// (French "où" is left alone: a bound there loses more "où il a rencontré…" readings, whose
    /// pronoun takes the main clause's subject, than it mends.)
    pub(super) fn where_bounds(&self, b: &mut Vec<(usize, usize)>) {
        if self.a.doc.lang != veille_core::Lang::En {
            return;
        }
        for (k, t) in self.a.seg.tokens.iter().enumerate() {
            if self.tok_is(k, &["where"]) {
                b.push((t.span.start, t.span.end));
            }
        }
    }

    /// "… avec la France, dont les derniers soldats ont quitté le pays en janvier": a withdrawal
    /// verb in a ", dont" relative clause whose subject is a bare troop noun (cue `u_troops`, with
    /// only articles and at most one adjective between "dont" and it, no party named) is made by
    /// the army of the state closing right before the comma (the knowledge base's `army` slot).
    pub(super) fn dont_troops_of_state(&self, d: &mut Draft) {
        if self.a.doc.lang == veille_core::Lang::En
            || d.nominal
            || d.kind != EventType::Retreat
            || d.mode.as_deref() != Some("withdraw")
        {
            return;
        }
        let Some(kb) = self.kb else { return };
        let toks = &self.a.seg.tokens;
        let end = toks.partition_point(|t| t.span.start < d.trigger.start);
        let Some(dont) = (end.saturating_sub(MAX_TOKENS)..end).rev().find(|&k| self.tok_is(k, &["dont"]))
        else {
            return;
        };
        if dont == 0 || self.tok_text(dont - 1) != "," {
            return;
        }
        // articles, one adjective, the troop noun, then only the verb group
        let (mut troops, mut plain) = (None, 0);
        for (k, tok) in toks.iter().enumerate().take(end).skip(dont + 1) {
            if tok.kind == veille_text::TokenKind::Punct {
                return;
            }
            let cues = self.cues_at(tok.span.start).map(|(_, c)| c);
            match troops {
                None if cues.is_some_and(|c| c.contains(&Cue::UTroops)) => troops = Some(k),
                None if cues.is_some_and(|c| c.contains(&Cue::Det)) => {}
                None if plain == 0 => plain += 1,
                None => return,
                // (the auxiliary of the verb, at most)
                Some(t) if k - t <= 2 => {}
                Some(_) => return,
            }
        }
        let Some(t) = troops else { return };
        if self.groups_in(toks[dont].span.end, toks[t].span.end).next().is_some() {
            return;
        }
        let Some(g) = self.group_ending_before(toks[dont - 1].span.start) else { return };
        if self.tokens_between(g.end, toks[dont - 1].span.start) > 0 {
            return;
        }
        let states: Vec<&str> = g
            .ments
            .iter()
            .map(|&m| &self.a.entities[m])
            .filter(|e| e.kind == EntityType::Country)
            .filter_map(|e| state_army::mention_state(kb, e))
            .collect();
        let [cc] = states[..] else { return };
        self.army_of_state_as_actor(
            kb,
            d,
            cc,
            "a bare troop noun after \", dont\": the army of the state before",
        );
    }

    fn group_is_place(&self, g: &Group) -> bool {
        g.ments.iter().all(|&m| self.a.entities[m].kind == EntityType::Place)
    }
}
