//! ACLED event type / sub-type of an event, from the table in `data/acled.tsv`.

use crate::ExtractError;
use veille_core::EventType;
use veille_core::record::Acled;

const ACLED: &str = include_str!("../data/acled.tsv");

/// What the recipient of an event is, as far as ACLED cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecipientClass {
    Civilians,
    Armed,
    Unknown,
}

impl RecipientClass {
    fn as_str(self) -> &'static str {
        match self {
            RecipientClass::Civilians => "civilians",
            RecipientClass::Armed => "armed",
            RecipientClass::Unknown => "unknown",
        }
    }
}

struct Row {
    kind: EventType,
    mode: Option<String>,
    recipient: Option<String>,
    event_type: String,
    sub_event_type: String,
}

/// The (PLOVER type, mode, recipient class) → ACLED table; first matching row wins.
pub struct AcledMap {
    rows: Vec<Row>,
}

impl AcledMap {
    pub fn load() -> Result<AcledMap, ExtractError> {
        let mut rows = Vec::new();
        for (n, line) in ACLED.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let c: Vec<&str> = line.split('\t').collect();
            let err = |msg: String| ExtractError::Data { file: "acled.tsv", line: n + 1, msg };
            if c.len() != 5 {
                return Err(err(format!("expected 5 tab-separated columns, found {}", c.len())));
            }
            let kind =
                EventType::parse(c[0]).ok_or_else(|| err(format!("unknown PLOVER type `{}`", c[0])))?;
            let any = |s: &str| (s != "*").then(|| s.to_string());
            rows.push(Row {
                kind,
                mode: any(c[1]),
                recipient: any(c[2]),
                event_type: c[3].to_string(),
                sub_event_type: c[4].to_string(),
            });
        }
        Ok(AcledMap { rows })
    }

    /// The ACLED type of an event, or None when the table has no row for it.
    pub fn map(&self, kind: EventType, mode: Option<&str>, recipient: RecipientClass) -> Option<Acled> {
        self.rows
            .iter()
            .find(|r| {
                r.kind == kind
                    && r.mode.as_deref().is_none_or(|m| Some(m) == mode)
                    && r.recipient.as_deref().is_none_or(|c| c == recipient.as_str())
            })
            .map(|r| Acled { event_type: r.event_type.clone(), sub_event_type: r.sub_event_type.clone() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn violent_events_map_by_mode_and_target() {
        let m = AcledMap::load().unwrap();
        let a = m.map(EventType::Assault, Some("drone"), RecipientClass::Armed).unwrap();
        assert_eq!(
            (a.event_type.as_str(), a.sub_event_type.as_str()),
            ("Explosions/Remote violence", "Air/drone strike")
        );
        let a = m.map(EventType::Assault, None, RecipientClass::Civilians).unwrap();
        assert_eq!(a.event_type, "Violence against civilians");
        let a = m.map(EventType::Assault, None, RecipientClass::Armed).unwrap();
        assert_eq!(a.sub_event_type, "Armed clash");
        let a = m.map(EventType::Protest, Some("riot"), RecipientClass::Unknown).unwrap();
        assert_eq!(a.event_type, "Riots");
        assert!(m.map(EventType::Consult, None, RecipientClass::Unknown).is_none());
    }
}
