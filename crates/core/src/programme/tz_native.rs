//! [`TimeZones`] with jiff's bundled time-zone database: for the native
//! tools (the `check-programme` CLI, the tests). Never compiled to wasm,
//! where the browser's `Intl` does this work for ~0 KB.

use jiff::tz::{self, AmbiguousOffset};

use super::model::{CivilDate, CivilTime, Instant, LocalDateTime};
use super::time::{instant_at_offset, local_at_offset};
use super::tz::{TimeZones, TzError};

/// Time zones from jiff's bundled IANA database (`tzdb-bundle-always`, so
/// the result does not depend on the machine's `/usr/share/zoneinfo`).
#[derive(Clone, Copy, Debug, Default)]
pub struct JiffZones;

impl JiffZones {
    fn zone(&self, zone: &str) -> Result<tz::TimeZone, TzError> {
        tz::db()
            .get(zone)
            .map_err(|_| TzError::UnknownZone(zone.to_owned()))
    }
}

impl TimeZones for JiffZones {
    fn is_known(&self, zone: &str) -> bool {
        self.zone(zone).is_ok()
    }

    fn resolve(&self, zone: &str, date: CivilDate, time: CivilTime) -> Result<Instant, TzError> {
        let tz = self.zone(zone)?;
        let civil = civil_datetime(date, time).ok_or(TzError::InvalidDate)?;
        let offset = match tz.to_ambiguous_timestamp(civil).offset() {
            AmbiguousOffset::Unambiguous { offset } => offset,
            AmbiguousOffset::Gap { .. } => {
                let zone = zone.to_owned();
                return Err(TzError::Gap { zone, time });
            }
            // The first occurrence, before the clocks go back (see the trait).
            AmbiguousOffset::Fold { before, .. } => before,
        };
        Ok(instant_at_offset(date, time, offset.seconds()))
    }

    fn local(&self, zone: &str, instant: Instant) -> Result<LocalDateTime, TzError> {
        let tz = self.zone(zone)?;
        let timestamp =
            jiff::Timestamp::from_second(instant.0).map_err(|_| TzError::InvalidDate)?;
        Ok(local_at_offset(instant, tz.to_offset(timestamp).seconds()))
    }
}

fn civil_datetime(date: CivilDate, time: CivilTime) -> Option<jiff::civil::DateTime> {
    let year = i16::try_from(date.year).ok()?;
    let date = jiff::civil::Date::new(year, date.month as i8, date.day as i8).ok()?;
    let time = jiff::civil::Time::new(time.hour as i8, time.minute as i8, 0, 0).ok()?;
    Some(jiff::civil::DateTime::from_parts(date, time))
}
