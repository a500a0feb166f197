//! The table of time-zone cases every [`TimeZones`] implementation must
//! pass: DST gaps and folds, half-hour offsets, Lord Howe's 30-minute DST,
//! unknown zones. Natively `tests/programme_tz.rs` runs it against
//! `JiffZones`; in headless Chromium the browser tests run the same table
//! against the `Intl` implementation. Free of jiff, so it compiles to wasm.
//!
//! Expected instants were computed independently of this crate (Python's
//! `calendar.timegm` on the wall clock minus the offset the zone rules give,
//! cross-checked with `zoneinfo`), and are written as literals.

use super::model::{CivilDate, CivilTime, Instant, LocalDateTime};
use super::tz::{TimeZones, TzError};

/// What resolving a case must give.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TzExpect {
    /// `resolve` gives `unix`, and `local(unix)` reads the same wall clock
    /// back with `offset` (seconds east of UTC).
    At { unix: i64, offset: i32 },
    /// The wall-clock time falls in a gap: [`TzError::Gap`].
    Gap,
    /// The zone is unknown: `is_known` false, [`TzError::UnknownZone`].
    UnknownZone,
}

/// One wall-clock time in one zone and what it must resolve to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TzCase {
    /// What the case is about, for failure reports.
    pub what: &'static str,
    pub zone: &'static str,
    pub date: CivilDate,
    pub time: CivilTime,
    pub expect: TzExpect,
}

/// An instant and what a wall clock in `zone` must read then: for the cases
/// that `resolve` cannot reach (the second occurrence in a fold).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalCase {
    pub what: &'static str,
    pub zone: &'static str,
    pub unix: i64,
    pub date: CivilDate,
    pub time: CivilTime,
    pub offset: i32,
}

const fn day(year: i32, month: u8, day: u8) -> CivilDate {
    CivilDate { year, month, day }
}

const fn at(hour: u8, minute: u8) -> CivilTime {
    CivilTime { hour, minute }
}

const H: i32 = 3600;

const fn case(
    what: &'static str,
    zone: &'static str,
    date: CivilDate,
    time: CivilTime,
    expect: TzExpect,
) -> TzCase {
    TzCase {
        what,
        zone,
        date,
        time,
        expect,
    }
}

const fn ok(unix: i64, offset: i32) -> TzExpect {
    TzExpect::At { unix, offset }
}

/// Wall-clock times and what they resolve to.
pub const CASES: &[TzCase] = &[
    case(
        "Paris, before the spring gap",
        "Europe/Paris",
        day(2023, 3, 26),
        at(1, 30),
        ok(1_679_790_600, H),
    ),
    case(
        "Paris, in the spring gap",
        "Europe/Paris",
        day(2023, 3, 26),
        at(2, 30),
        TzExpect::Gap,
    ),
    case(
        "Paris, after the spring gap",
        "Europe/Paris",
        day(2023, 3, 26),
        at(3, 30),
        ok(1_679_794_200, 2 * H),
    ),
    case(
        "Paris, autumn fold: first occurrence",
        "Europe/Paris",
        day(2023, 10, 29),
        at(2, 30),
        ok(1_698_539_400, 2 * H),
    ),
    case(
        "Paris, after the autumn fold",
        "Europe/Paris",
        day(2023, 10, 29),
        at(3, 30),
        ok(1_698_546_600, H),
    ),
    case(
        "Paris, the seed's workshop",
        "Europe/Paris",
        day(2022, 11, 24),
        at(13, 30),
        ok(1_669_293_000, H),
    ),
    case(
        "New York, winter",
        "America/New_York",
        day(2023, 1, 15),
        at(12, 0),
        ok(1_673_802_000, -5 * H),
    ),
    case(
        "New York, summer",
        "America/New_York",
        day(2023, 7, 15),
        at(12, 0),
        ok(1_689_436_800, -4 * H),
    ),
    case(
        "New York, spring gap",
        "America/New_York",
        day(2023, 3, 12),
        at(2, 30),
        TzExpect::Gap,
    ),
    case(
        "New York, autumn fold: first occurrence",
        "America/New_York",
        day(2023, 11, 5),
        at(1, 30),
        ok(1_699_162_200, -4 * H),
    ),
    case(
        "Kolkata, half-hour offset",
        "Asia/Kolkata",
        day(2023, 6, 1),
        at(9, 0),
        ok(1_685_590_200, 5 * H + 1800),
    ),
    // Lord Howe: +11:00 in summer, +10:30 in winter; the clocks go back
    // from 02:00 to 01:30 on the first Sunday of April and forward from
    // 02:00 to 02:30 on the first Sunday of October.
    case(
        "Lord Howe, autumn fold: first occurrence",
        "Australia/Lord_Howe",
        day(2023, 4, 2),
        at(1, 45),
        ok(1_680_360_300, 11 * H),
    ),
    case(
        "Lord Howe, winter",
        "Australia/Lord_Howe",
        day(2023, 4, 2),
        at(12, 0),
        ok(1_680_399_000, 10 * H + 1800),
    ),
    case(
        "Lord Howe, before the spring gap",
        "Australia/Lord_Howe",
        day(2023, 10, 1),
        at(1, 59),
        ok(1_696_087_740, 10 * H + 1800),
    ),
    case(
        "Lord Howe, in the 30-minute spring gap",
        "Australia/Lord_Howe",
        day(2023, 10, 1),
        at(2, 15),
        TzExpect::Gap,
    ),
    case(
        "Lord Howe, summer",
        "Australia/Lord_Howe",
        day(2023, 10, 1),
        at(12, 0),
        ok(1_696_122_000, 11 * H),
    ),
    case(
        "fixed zone Etc/GMT-1 (imports without a zone name)",
        "Etc/GMT-1",
        day(2020, 12, 27),
        at(11, 30),
        ok(1_609_065_000, H),
    ),
    case(
        "UTC",
        "UTC",
        day(2022, 11, 24),
        at(12, 30),
        ok(1_669_293_000, 0),
    ),
    case(
        "unknown zone",
        "Mars/Olympus_Mons",
        day(2023, 1, 1),
        at(12, 0),
        TzExpect::UnknownZone,
    ),
];

/// Instants and what the wall clock reads then.
pub const LOCAL_CASES: &[LocalCase] = &[
    LocalCase {
        what: "Paris, autumn fold: second occurrence",
        zone: "Europe/Paris",
        unix: 1_698_543_000,
        date: day(2023, 10, 29),
        time: at(2, 30),
        offset: H,
    },
    LocalCase {
        what: "Lord Howe, autumn fold: second occurrence",
        zone: "Australia/Lord_Howe",
        unix: 1_680_362_100,
        date: day(2023, 4, 2),
        time: at(1, 45),
        offset: 10 * H + 1800,
    },
];

/// A description of every case `tz` gets wrong; empty if all pass.
pub fn failures(tz: &dyn TimeZones) -> Vec<String> {
    let mut out: Vec<String> = CASES
        .iter()
        .filter_map(|c| check_case(tz, c).err())
        .collect();
    out.extend(LOCAL_CASES.iter().filter_map(|c| check_local(tz, c).err()));
    out
}

fn check_case(tz: &dyn TimeZones, c: &TzCase) -> Result<(), String> {
    let fail = |msg: String| format!("{} ({} {:?} {:?}): {msg}", c.what, c.zone, c.date, c.time);
    let known = tz.is_known(c.zone);
    let resolved = tz.resolve(c.zone, c.date, c.time);
    match c.expect {
        TzExpect::UnknownZone => {
            if known {
                return Err(fail("is_known says true".into()));
            }
            if resolved != Err(TzError::UnknownZone(c.zone.to_owned())) {
                return Err(fail(format!("resolve gave {resolved:?}")));
            }
            match tz.local(c.zone, Instant(0)) {
                Err(TzError::UnknownZone(_)) => Ok(()),
                other => Err(fail(format!("local gave {other:?}"))),
            }
        }
        TzExpect::Gap => match resolved {
            Err(TzError::Gap { .. }) if known => Ok(()),
            other => Err(fail(format!(
                "expected a gap, got {other:?} (known: {known})"
            ))),
        },
        TzExpect::At { unix, offset } => {
            if !known {
                return Err(fail("is_known says false".into()));
            }
            if resolved != Ok(Instant(unix)) {
                return Err(fail(format!("resolve gave {resolved:?}, expected {unix}")));
            }
            let expected = LocalDateTime {
                date: c.date,
                time: c.time,
                offset_seconds: offset,
            };
            match tz.local(c.zone, Instant(unix)) {
                Ok(local) if local == expected => Ok(()),
                other => Err(fail(format!(
                    "local({unix}) gave {other:?}, expected {expected:?}"
                ))),
            }
        }
    }
}

fn check_local(tz: &dyn TimeZones, c: &LocalCase) -> Result<(), String> {
    let expected = LocalDateTime {
        date: c.date,
        time: c.time,
        offset_seconds: c.offset,
    };
    match tz.local(c.zone, Instant(c.unix)) {
        Ok(local) if local == expected => Ok(()),
        other => Err(format!(
            "{} ({} at {}): local gave {other:?}, expected {expected:?}",
            c.what, c.zone, c.unix
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme::time::instant_at_offset;

    /// The literals agree with the wall clock and offset written beside them.
    #[test]
    fn expected_instants_match_their_offsets() {
        for c in CASES {
            if let TzExpect::At { unix, offset } = c.expect {
                assert_eq!(
                    instant_at_offset(c.date, c.time, offset),
                    Instant(unix),
                    "{}",
                    c.what
                );
            }
        }
        for c in LOCAL_CASES {
            assert_eq!(
                instant_at_offset(c.date, c.time, c.offset),
                Instant(c.unix),
                "{}",
                c.what
            );
        }
    }

    #[test]
    fn fixed_zones_pass_the_fixed_cases_and_fail_the_others() {
        let fails = failures(&crate::programme::FixedZones);
        assert!(fails
            .iter()
            .all(|f| !f.starts_with("UTC") && !f.starts_with("fixed zone")));
        assert!(fails.iter().any(|f| f.starts_with("Paris")));
    }
}
