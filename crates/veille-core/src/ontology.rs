//! Closed vocabularies of the output record: entity types, PLOVER v2 event types, statuses.

use serde::{Deserialize, Serialize};

/// Entity types of the output record (docs/output-format.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityType {
    Country,
    Igo,
    StateForce,
    ArmedGroup,
    Militia,
    Pmc,
    Person,
    Place,
    OtherOrg,
}

impl EntityType {
    pub const ALL: [EntityType; 9] = [
        EntityType::Country,
        EntityType::Igo,
        EntityType::StateForce,
        EntityType::ArmedGroup,
        EntityType::Militia,
        EntityType::Pmc,
        EntityType::Person,
        EntityType::Place,
        EntityType::OtherOrg,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Country => "country",
            EntityType::Igo => "igo",
            EntityType::StateForce => "state_force",
            EntityType::ArmedGroup => "armed_group",
            EntityType::Militia => "militia",
            EntityType::Pmc => "pmc",
            EntityType::Person => "person",
            EntityType::Place => "place",
            EntityType::OtherOrg => "other_org",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        EntityType::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// PLOVER v2 event types (docs/ontology.md), serialized upper case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EventType {
    Agree,
    Consult,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
}

impl EventType {
    pub const ALL: [EventType; 16] = [
        EventType::Agree,
        EventType::Consult,
        EventType::Support,
        EventType::Concede,
        EventType::Cooperate,
        EventType::Aid,
        EventType::Retreat,
        EventType::Request,
        EventType::Accuse,
        EventType::Reject,
        EventType::Threaten,
        EventType::Protest,
        EventType::Sanction,
        EventType::Mobilize,
        EventType::Coerce,
        EventType::Assault,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Agree => "AGREE",
            EventType::Consult => "CONSULT",
            EventType::Support => "SUPPORT",
            EventType::Concede => "CONCEDE",
            EventType::Cooperate => "COOPERATE",
            EventType::Aid => "AID",
            EventType::Retreat => "RETREAT",
            EventType::Request => "REQUEST",
            EventType::Accuse => "ACCUSE",
            EventType::Reject => "REJECT",
            EventType::Threaten => "THREATEN",
            EventType::Protest => "PROTEST",
            EventType::Sanction => "SANCTION",
            EventType::Mobilize => "MOBILIZE",
            EventType::Coerce => "COERCE",
            EventType::Assault => "ASSAULT",
        }
    }
    /// Parses the upper-case (or any-case) PLOVER name.
    pub fn parse(s: &str) -> Option<Self> {
        let u = s.trim().to_ascii_uppercase();
        EventType::ALL.into_iter().find(|t| t.as_str() == u)
    }
}

impl std::fmt::Display for EventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Epistemic status of an event (PLOVER's auxiliary modes).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Asserted,
    Pledged,
    Claimed,
    Denied,
    Hypothetical,
}

impl Status {
    pub const ALL: [Status; 5] =
        [Status::Asserted, Status::Pledged, Status::Claimed, Status::Denied, Status::Hypothetical];
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Asserted => "asserted",
            Status::Pledged => "pledged",
            Status::Claimed => "claimed",
            Status::Denied => "denied",
            Status::Hypothetical => "hypothetical",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Status::ALL.into_iter().find(|t| t.as_str() == s.trim())
    }
}
