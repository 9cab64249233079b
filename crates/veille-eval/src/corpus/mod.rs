//! Adapters from open gold corpora to [`crate::events::GoldDoc`], so the one event scorer serves
//! them all. They read the files in `../shared/data` at evaluation time; nothing of them is
//! copied into the repository (PLOVER and CAMEO2PLOVER are CC BY-SA).
//!
//! These corpora carry no knowledge-base ids: score them with
//! [`crate::events::MatchMode::Names`] (type + actor, recipient or place name overlap).

pub mod cameo;
pub mod petrarch;
pub mod plover;
pub mod popcorn;

use crate::EvalError;
use veille_core::EventType;

/// Parses a small mapping table `label<TAB>PLOVER_TYPE<TAB>mode` (`#` comments) embedded in the
/// crate; returns `(label, type, mode)`.
pub(crate) fn mapping_table(
    text: &str,
    what: &str,
) -> Result<Vec<(String, EventType, Option<String>)>, EvalError> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        let label = cols.next().unwrap_or("").trim();
        let ty = cols.next().unwrap_or("").trim();
        let mode = cols.next().map(str::trim).filter(|m| !m.is_empty());
        let kind = EventType::parse(ty).ok_or_else(|| {
            EvalError::Invalid(format!("{what} line {}: {ty:?} is not a PLOVER type", i + 1))
        })?;
        out.push((label.to_string(), kind, mode.map(str::to_string)));
    }
    Ok(out)
}
