//! An object clitic before a finite verb is no article: "Les autorités béninoises les accusent
//! d'y être entrés", "la junte l'accuse de…". A trigger word that has no noun reading, after
//! "le", "la", "les" or "l'", is read as the verb — unless it is a participle or a present
//! participle, which name people after an article ("les accusés", "les manifestants").

use super::*;

/// ("leur" is left out: before a word that is also a noun it is mostly the possessive, "leur
/// soutien", "leur reproche")
const CLITICS: &[&str] = &["le", "la", "les", "l'"];
/// Endings of participles, which an article turns into nouns.
const PARTICIPLE: &[&str] =
    &["é", "és", "ée", "ées", "i", "is", "ie", "ies", "u", "us", "ue", "ues", "ant", "ants"];

impl Extractor<'_, '_> {
    pub(super) fn clitic_before_verb(&self, h: usize) -> bool {
        if self.a.doc.lang != veille_core::Lang::Fr {
            return false;
        }
        let hit = self.hits[h];
        let form = self.lex.forms[hit.entry as usize].as_str();
        // one word, no noun reading
        if form.contains(' ')
            || self.lex.entries[hit.entry as usize]
                .senses
                .iter()
                .any(|&s| matches!(self.lex.senses[s as usize].pos, Pos::Noun | Pos::Fixed))
        {
            return false;
        }
        // (read in the text, accents kept: "l'accuse" is a verb, "l'accusé" a person)
        let word = self.a.text(Span::new(hit.start, hit.end)).to_lowercase();
        if PARTICIPLE.iter().any(|p| word.ends_with(p)) {
            return false;
        }
        let Some(c) = self.tok_before(hit.start) else { return false };
        CLITICS.contains(&veille_text::fold_cow(self.tok_text(c)).to_lowercase().as_str())
    }
}
