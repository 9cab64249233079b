//! Dates known to a given precision.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// How precisely a date is known (ACLED time precision: day = 1, week = 2, month = 3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Week,
    Month,
    Year,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Year => "year",
        }
    }
}

/// A calendar date known to the year, the month or the day.
///
/// Serialized as ISO 8601 with as many parts as are known: `2025`, `2025-04`, `2025-04-04`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DateError {
    #[error("`{0}` is not an ISO 8601 date (expected YYYY, YYYY-MM or YYYY-MM-DD)")]
    Syntax(String),
    #[error("`{0}` is not a valid calendar date")]
    OutOfRange(String),
}

impl PartialDate {
    pub fn year(year: i32) -> Self {
        PartialDate { year, month: None, day: None }
    }
    pub fn month(year: i32, month: u8) -> Option<Self> {
        (1..=12).contains(&month).then_some(PartialDate { year, month: Some(month), day: None })
    }
    pub fn ymd(year: i32, month: u8, day: u8) -> Option<Self> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(PartialDate { year, month: Some(month), day: Some(day) })
    }

    /// Precision implied by the parts present (never `Week`: a week is a day with week precision).
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, and the date part of an RFC 3339 date-time.
    pub fn parse_iso(s: &str) -> Result<Self, DateError> {
        let t = s.trim();
        let date_part = t.split(['T', ' ']).next().unwrap_or("");
        let parts: Vec<&str> = date_part.split('-').collect();
        let num = |p: &str, len: usize| -> Result<u32, DateError> {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                Ok(p.parse().expect("digits"))
            } else {
                Err(DateError::Syntax(t.to_string()))
            }
        };
        let oor = || DateError::OutOfRange(t.to_string());
        match parts.as_slice() {
            [y] => Ok(PartialDate::year(num(y, 4)? as i32)),
            [y, m] => PartialDate::month(num(y, 4)? as i32, num(m, 2)? as u8).ok_or_else(oor),
            [y, m, d] => {
                PartialDate::ymd(num(y, 4)? as i32, num(m, 2)? as u8, num(d, 2)? as u8).ok_or_else(oor)
            }
            _ => Err(DateError::Syntax(t.to_string())),
        }
    }

    /// Days since 1970-01-01 of a full date (None unless the day is known).
    pub fn to_days(&self) -> Option<i64> {
        Some(days_from_civil(self.year, self.month?, self.day?))
    }

    /// The full date `days` days after 1970-01-01.
    pub fn from_days(days: i64) -> Self {
        let (y, m, d) = civil_from_days(days);
        PartialDate { year: y, month: Some(m), day: Some(d) }
    }

    /// ISO weekday of a full date: Monday = 1 … Sunday = 7.
    pub fn weekday(&self) -> Option<u8> {
        let d = self.to_days()?;
        // 1970-01-01 was a Thursday (4).
        Some(((d + 3).rem_euclid(7) + 1) as u8)
    }

    /// The first day of the period this date denotes (day 1 of the month, Jan 1 of the year).
    pub fn first_day(&self) -> PartialDate {
        PartialDate {
            year: self.year,
            month: Some(self.month.unwrap_or(1)),
            day: Some(self.day.unwrap_or(1)),
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl std::str::FromStr for PartialDate {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PartialDate::parse_iso(s)
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        PartialDate::parse_iso(&s).map_err(serde::de::Error::custom)
    }
}

pub fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 (proleptic Gregorian), after H. Hinnant's civil-date algorithms.
pub fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

pub fn civil_from_days(z: i64) -> (i32, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    ((y + i64::from(m <= 2)) as i32, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_display_round_trip() {
        for s in ["2025", "2025-04", "2025-04-04", "2024-02-29"] {
            assert_eq!(PartialDate::parse_iso(s).unwrap().to_string(), s);
        }
        assert_eq!(PartialDate::parse_iso("2025-04-04T10:30:00Z").unwrap().to_string(), "2025-04-04");
        assert!(PartialDate::parse_iso("2025-13").is_err());
        assert!(PartialDate::parse_iso("2023-02-29").is_err());
        assert!(PartialDate::parse_iso("avril 2025").is_err());
    }

    #[test]
    fn day_arithmetic() {
        let d = PartialDate::ymd(2025, 4, 4).unwrap();
        assert_eq!(d.weekday(), Some(5)); // a Friday
        let n = d.to_days().unwrap();
        assert_eq!(PartialDate::from_days(n - 4), PartialDate::ymd(2025, 3, 31).unwrap());
        assert_eq!(PartialDate::from_days(0), PartialDate::ymd(1970, 1, 1).unwrap());
        assert_eq!(d.precision(), Precision::Day);
        assert_eq!(PartialDate::month(2025, 4).unwrap().precision(), Precision::Month);
    }
}
