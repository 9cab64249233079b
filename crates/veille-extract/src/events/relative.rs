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

    fn group_is_place(&self, g: &Group) -> bool {
        g.ments.iter().all(|&m| self.a.entities[m].kind == EntityType::Place)
    }
}
