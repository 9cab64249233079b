//! CAMEO → PLOVER v2 conversion table (`CAMEO2PLOVER-2021.txt`, CC BY-SA 4.0), parsed at run time
//! from the shared data, never copied.
//!
//! Line format: `CODE: PLOVER_TYPE, mode, context # description`; `#` comment lines. A code with
//! no row of its own (e.g. `0641`) takes the row of its longest listed prefix (`064`, then `06`).

use crate::EvalError;
use crate::error::read_to_string;
use std::collections::HashMap;
use std::path::Path;
use veille_core::EventType;

/// The parsed table.
#[derive(Clone, Debug, Default)]
pub struct Cameo2Plover {
    map: HashMap<String, (EventType, Option<String>)>,
}

impl Cameo2Plover {
    /// Reads the table file.
    pub fn load(path: impl AsRef<Path>) -> Result<Self, EvalError> {
        let path = path.as_ref();
        Self::parse(&read_to_string(path)?)
            .map_err(|e| EvalError::File { path: path.display().to_string(), msg: e })
    }

    /// Parses the table text. Rows without a PLOVER type are skipped; the first row of a code wins.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut map = HashMap::new();
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            let Some((code, rest)) = line.split_once(':') else { continue };
            let code = code.trim();
            if code.is_empty() || !code.bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            let mut cols = rest.split(',').map(str::trim);
            let Some(kind) = cols.next().and_then(EventType::parse) else { continue };
            let mode = cols.next().filter(|m| !m.is_empty()).map(str::to_string);
            map.entry(code.to_string()).or_insert((kind, mode));
        }
        if map.is_empty() {
            return Err("no `CODE: PLOVER_TYPE, mode, context` rows found; is this CAMEO2PLOVER?".into());
        }
        Ok(Cameo2Plover { map })
    }

    /// The PLOVER type and mode of a CAMEO event code, by longest listed prefix.
    pub fn get(&self, code: &str) -> Option<(EventType, Option<String>)> {
        let code = code.trim();
        (2..=code.len()).rev().find_map(|n| code.get(..n).and_then(|c| self.map.get(c)).cloned())
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_prefix_and_first_row_win() {
        let t = Cameo2Plover::parse(
            "# header\n08: CONCEDE\n08: RETREAT\n084: RETREAT,   ,  # Return, release\n0841: RETREAT, release, legal # x\n~~~~~\n",
        )
        .unwrap();
        assert_eq!(t.get("0841"), Some((EventType::Retreat, Some("release".into()))));
        assert_eq!(t.get("0842"), Some((EventType::Retreat, None)));
        assert_eq!(t.get("081"), Some((EventType::Concede, None)));
        assert_eq!(t.get("19"), None);
        assert!(Cameo2Plover::parse("nothing here").is_err());
    }
}
