//! Time-zone resolution behind one small trait, so that the wasm never carries
//! a time-zone database: in the browser `Intl.DateTimeFormat` answers (see
//! `crate::browser::tz`), natively a full database does (jiff, see
//! [`super::tz_native`]). Both implementations pass the same table of cases
//! ([`super::tz_cases`]).

use super::model::{CivilDate, CivilTime, Instant, LocalDateTime};

/// Why a wall-clock time could not be turned into an instant.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TzError {
    /// The zone name is not a known IANA zone.
    #[error("unknown time zone {0:?}")]
    UnknownZone(String),
    /// The wall-clock time falls in a gap (spring forward): it never happens.
    #[error("{time:02}:{minute:02} does not exist on that day in {zone} (the clocks jump forward)", time = .time.hour, minute = .time.minute)]
    Gap { zone: String, time: CivilTime },
    /// The date does not exist or lies outside the supported range.
    #[error("invalid date")]
    InvalidDate,
}

/// Resolves wall-clock times in IANA zones.
pub trait TimeZones {
    /// Whether `zone` is a zone this resolver knows.
    fn is_known(&self, zone: &str) -> bool;

    /// The instant a wall clock in `zone` shows `date` `time`.
    ///
    /// A time in a gap (it never happens) is [`TzError::Gap`]. A time that
    /// happens twice (autumn fold) resolves to the **first** occurrence, the
    /// one before the clocks go back: a session announced "at 02:30" on that
    /// night starts the first time the clocks read 02:30.
    fn resolve(&self, zone: &str, date: CivilDate, time: CivilTime) -> Result<Instant, TzError>;

    /// What a wall clock in `zone` reads at `instant`.
    fn local(&self, zone: &str, instant: Instant) -> Result<LocalDateTime, TzError>;
}
