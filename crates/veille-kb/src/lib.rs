//! Knowledge base of Sahel security actors; mention recognition and resolution.
//!
//! - [`Kb`]: states, IGOs (memberships over time), state forces, PMCs, armed groups (affiliations
//!   over time) and people (time-bounded roles), loaded from the TSV files of `data/kb/` embedded
//!   in the binary. Queries: [`Kb::get`], [`Kb::lookup`], [`Kb::members_of`], [`Kb::role_holder`],
//!   [`Kb::acled_class`], [`Kb::country_of`].
//! - [`Recognizer`]: one leftmost-longest Aho-Corasick pass over the folded text, then one walk
//!   over the matches that composes titles, demonyms, nouns and collective phrases and resolves
//!   each mention as of the publication date ([`Recognizer::annotate`]).
//!
//! Architecture invariant: no I/O; everything unresolved stays `None` with a reason.

mod error;
mod kb;
mod matcher;
pub mod model;
mod recognize;
mod tsv;

pub use error::{KbError, Result};
pub use kb::{Kb, LookupHit};
pub use model::{Affiliation, Alias, AliasKind, Entity, Interval, Membership, Role};
pub use recognize::{Recognizer, today};

impl Kb {
    /// Number of patterns in the compiled matcher and its approximate heap size in bytes.
    pub fn matcher_stats(&self) -> (usize, usize) {
        (self.matcher.len(), self.matcher.memory_usage())
    }
}
