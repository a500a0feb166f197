//! A [`TimeZones`] that knows only fixed-offset zones (`UTC`, `Etc/GMT-1`,
//! …): no database, no DST, works everywhere. For tests and examples, and
//! as the resolver of last resort; real programmes use `JiffZones`
//! natively or the browser's `Intl`.

use super::model::{CivilDate, CivilTime, Instant, LocalDateTime};
use super::time::{instant_at_offset, is_valid_date, local_at_offset};
use super::tz::{TimeZones, TzError};

/// Resolves `UTC`, `Etc/UTC`, `Etc/GMT` and `Etc/GMT±N` (N up to 14, POSIX
/// signs: `Etc/GMT-1` is +01:00); every other name is unknown.
#[derive(Clone, Copy, Debug, Default)]
pub struct FixedZones;

impl FixedZones {
    /// The offset of `zone` in seconds east of UTC, if it is a fixed zone.
    pub fn offset(zone: &str) -> Option<i32> {
        if matches!(zone, "UTC" | "Etc/UTC" | "Etc/GMT") {
            return Some(0);
        }
        let rest = zone.strip_prefix("Etc/GMT")?;
        let sign = match rest.as_bytes().first()? {
            b'+' => -1,
            b'-' => 1,
            _ => return None,
        };
        let digits = &rest[1..];
        // IANA spells them `Etc/GMT-1`, never `Etc/GMT-01` or `Etc/GMT-+1`.
        let canonical =
            !digits.starts_with(['+', '-']) && (digits == "0" || !digits.starts_with('0'));
        let hours: i32 = digits.parse().ok().filter(|_| canonical)?;
        let in_range = if sign > 0 { hours <= 14 } else { hours <= 12 };
        in_range.then_some(sign * hours * 3600)
    }

    fn known(zone: &str) -> Result<i32, TzError> {
        Self::offset(zone).ok_or_else(|| TzError::UnknownZone(zone.to_owned()))
    }
}

impl TimeZones for FixedZones {
    fn is_known(&self, zone: &str) -> bool {
        Self::offset(zone).is_some()
    }

    fn resolve(&self, zone: &str, date: CivilDate, time: CivilTime) -> Result<Instant, TzError> {
        let offset = Self::known(zone)?;
        if !is_valid_date(date.year, date.month, date.day) || time.hour > 23 || time.minute > 59 {
            return Err(TzError::InvalidDate);
        }
        Ok(instant_at_offset(date, time, offset))
    }

    fn local(&self, zone: &str, instant: Instant) -> Result<LocalDateTime, TzError> {
        Ok(local_at_offset(instant, Self::known(zone)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_only_fixed_zones() {
        assert_eq!(FixedZones::offset("Etc/GMT-1"), Some(3600));
        assert_eq!(FixedZones::offset("Etc/GMT+12"), Some(-12 * 3600));
        assert_eq!(FixedZones::offset("Etc/GMT-14"), Some(14 * 3600));
        assert_eq!(FixedZones::offset("Etc/GMT+0"), Some(0));
        for unknown in [
            "Etc/GMT+13",
            "Etc/GMT-01",
            "Etc/GMT--1",
            "Etc/GMT-",
            "Europe/Paris",
            "",
        ] {
            assert_eq!(FixedZones::offset(unknown), None, "{unknown}");
        }
    }
}
