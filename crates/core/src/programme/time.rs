//! Pure time arithmetic and parsing, without a time-zone database so that it
//! runs unchanged in the wasm: civil dates <-> days since the epoch, the
//! format's `HH:MM` and RFC 3339 date-times, fixed-offset conversions, and
//! the formatting the UI needs.
//!
//! Zone rules (DST) are not here: they come through [`super::TimeZones`].

use super::model::{CivilDate, CivilTime, Instant, LocalDateTime};

const SECONDS_PER_DAY: i64 = 86_400;

/// Years outside this range are refused by the parsers: it keeps every
/// computation far from overflow and no programme needs more.
const YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

/// A time as written in the file: a wall-clock time on the event date, or an
/// absolute date-time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeSpec {
    /// `HH:MM`, on `event.date` in `event.timezone`.
    WallClock(CivilTime),
    /// An RFC 3339 date-time with offset.
    Absolute(Instant),
}

impl TimeSpec {
    /// Parses `HH:MM` or an RFC 3339 date-time; `None` if it is neither.
    pub fn parse(s: &str) -> Option<TimeSpec> {
        parse_hhmm(s)
            .map(TimeSpec::WallClock)
            .or_else(|| parse_rfc3339(s).map(TimeSpec::Absolute))
    }
}

/// Days from 1970-01-01 to `date` (negative before). Proleptic Gregorian;
/// Howard Hinnant's `days_from_civil`, exact for any `i32` year.
pub fn days_from_civil(date: CivilDate) -> i64 {
    let (m, d) = (i64::from(date.month), i64::from(date.day));
    // Count years from March, so that the leap day ends the year.
    let y = i64::from(date.year) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `days` after 1970-01-01; the inverse of [`days_from_civil`].
/// Years beyond the `i32` range wrap (no panic); programmes never get near.
pub fn civil_from_days(days: i64) -> CivilDate {
    let z = days.saturating_add(719_468);
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + i64::from(month <= 2);
    CivilDate {
        year: year as i32,
        month,
        day,
    }
}

/// Whether `year`, `month`, `day` name a real date.
pub fn is_valid_date(year: i32, month: u8, day: u8) -> bool {
    (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)
}

/// The number of days of `month` (1-12) in `year`.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The instant a clock at `offset_seconds` from UTC reads `date` `time`.
pub fn instant_at_offset(date: CivilDate, time: CivilTime, offset_seconds: i32) -> Instant {
    let day_seconds = i64::from(time.hour) * 3600 + i64::from(time.minute) * 60;
    Instant(days_from_civil(date) * SECONDS_PER_DAY + day_seconds - i64::from(offset_seconds))
}

/// What a clock at `offset_seconds` from UTC reads at `instant` (seconds
/// dropped).
pub fn local_at_offset(instant: Instant, offset_seconds: i32) -> LocalDateTime {
    let local = instant.0.saturating_add(i64::from(offset_seconds));
    let secs = local.rem_euclid(SECONDS_PER_DAY);
    LocalDateTime {
        date: civil_from_days(local.div_euclid(SECONDS_PER_DAY)),
        time: CivilTime {
            hour: (secs / 3600) as u8,
            minute: (secs % 3600 / 60) as u8,
        },
        offset_seconds,
    }
}

/// Parses `YYYY-MM-DD` (a date that exists, year 1 to 9999).
pub fn parse_date(s: &str) -> Option<CivilDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = i32::try_from(digits(&b[0..4])?).ok()?;
    let month = digits(&b[5..7])? as u8;
    let day = digits(&b[8..10])? as u8;
    (YEARS.contains(&year) && is_valid_date(year, month, day)).then_some(CivilDate {
        year,
        month,
        day,
    })
}

/// Parses a time of day `HH:MM` (`H:MM` accepted), 00:00 to 23:59.
pub fn parse_hhmm(s: &str) -> Option<CivilTime> {
    let (h, m) = s.split_once(':')?;
    if !(1..=2).contains(&h.len()) || m.len() != 2 {
        return None;
    }
    let (hour, minute) = (digits(h.as_bytes())?, digits(m.as_bytes())?);
    (hour < 24 && minute < 60).then_some(CivilTime {
        hour: hour as u8,
        minute: minute as u8,
    })
}

/// Parses a duration `HH:MM` (`H:MM` and `HH:MM:SS` accepted, as frab and
/// pretalx write them) into seconds.
pub fn parse_duration(s: &str) -> Option<i64> {
    let mut parts = s.split(':');
    let hours = parts.next().filter(|h| !h.is_empty() && h.len() <= 4)?;
    let minutes = parts.next().filter(|m| m.len() == 2)?;
    let seconds = match parts.next() {
        Some(sec) if sec.len() == 2 => digits(sec.as_bytes())?,
        Some(_) => return None,
        None => 0,
    };
    let (h, m) = (digits(hours.as_bytes())?, digits(minutes.as_bytes())?);
    (parts.next().is_none() && m < 60 && seconds < 60).then_some(h * 3600 + m * 60 + seconds)
}

/// Parses an RFC 3339 date-time with offset: `2022-11-25T09:00:00+01:00`,
/// `…Z`; seconds optional, a fraction of a second accepted and dropped,
/// `t` or a space accepted for `T`. A date-time without offset is refused:
/// it would be ambiguous.
pub fn parse_rfc3339(s: &str) -> Option<Instant> {
    parse_rfc3339_with_offset(s).map(|(instant, _)| instant)
}

/// Like [`parse_rfc3339`], also giving the offset written (seconds east of
/// UTC).
pub fn parse_rfc3339_with_offset(s: &str) -> Option<(Instant, i32)> {
    let (date, rest) = (s.get(..10)?, s.get(10..)?);
    let date = parse_date(date)?;
    let rest = rest.strip_prefix(['T', 't', ' '])?;
    let time = parse_hhmm(rest.get(..5)?)?;
    let mut rest = &rest[5..];
    let mut second = 0;
    if let Some(r) = rest.strip_prefix(':') {
        second = digits(r.get(..2)?.as_bytes())?;
        rest = r.get(2..)?;
        if let Some(frac) = rest.strip_prefix('.') {
            let n = frac.bytes().take_while(u8::is_ascii_digit).count();
            if n == 0 {
                return None;
            }
            rest = &frac[n..];
        }
    }
    // 60 would be a leap second: no programme starts on one.
    if second > 59 {
        return None;
    }
    let offset = parse_offset(rest)?;
    Some((
        Instant(instant_at_offset(date, time, offset).0 + second),
        offset,
    ))
}

/// `Z`, `z` or `±HH:MM` (hours up to 23) into seconds east of UTC.
fn parse_offset(s: &str) -> Option<i32> {
    if s == "Z" || s == "z" {
        return Some(0);
    }
    let sign = match s.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let hm = parse_hhmm(&s[1..]).filter(|_| s.len() == 6)?;
    Some(sign * (i32::from(hm.hour) * 3600 + i32::from(hm.minute) * 60))
}

/// The value of a run of ASCII digits (1 to 9 of them).
fn digits(b: &[u8]) -> Option<i64> {
    if b.is_empty() || b.len() > 9 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(b.iter().fold(0, |n, d| n * 10 + i64::from(d - b'0')))
}

/// `2022-11-24T13:30:00+01:00`: for `<time datetime>` and ICS. The offset is
/// always written `±HH:MM` (never `Z`), to the minute.
pub fn rfc3339(local: &LocalDateTime) -> String {
    let sign = if local.offset_seconds < 0 { '-' } else { '+' };
    let off = local.offset_seconds.unsigned_abs();
    format!(
        "{}T{}:00{sign}{:02}:{:02}",
        iso_date(local.date),
        hhmm(local.time),
        off / 3600,
        off % 3600 / 60
    )
}

/// `YYYY-MM-DD`.
pub fn iso_date(date: CivilDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year, date.month, date.day)
}

/// `HH:MM`, always two digits each.
pub fn hhmm(t: CivilTime) -> String {
    format!("{:02}:{:02}", t.hour, t.minute)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u8, day: u8) -> CivilDate {
        CivilDate { year, month, day }
    }

    #[test]
    fn known_days_since_the_epoch() {
        // Values checked with Python's `date.toordinal() - 719163`.
        assert_eq!(days_from_civil(date(1970, 1, 1)), 0);
        assert_eq!(days_from_civil(date(2000, 3, 1)), 11_017);
        assert_eq!(days_from_civil(date(2022, 11, 24)), 19_320);
        assert_eq!(days_from_civil(date(1969, 12, 31)), -1);
        assert_eq!(days_from_civil(date(1, 1, 1)), -719_162);
        assert_eq!(civil_from_days(19_320), date(2022, 11, 24));
        assert_eq!(civil_from_days(-719_162), date(1, 1, 1));
    }

    #[test]
    fn days_round_trip_over_four_centuries() {
        for days in (-200_000..200_000).step_by(7) {
            assert_eq!(days_from_civil(civil_from_days(days)), days);
        }
    }

    #[test]
    fn parses_rfc3339_variants() {
        let t = Instant(1_669_293_000); // 2022-11-24T12:30:00Z
        assert_eq!(parse_rfc3339("2022-11-24T13:30:00+01:00"), Some(t));
        assert_eq!(parse_rfc3339("2022-11-24T13:30+01:00"), Some(t));
        assert_eq!(parse_rfc3339("2022-11-24T12:30:00Z"), Some(t));
        assert_eq!(parse_rfc3339("2022-11-24t12:30:00.250z"), Some(t));
        assert_eq!(parse_rfc3339("2022-11-24 07:30:00-05:00"), Some(t));
        assert_eq!(
            parse_rfc3339("2022-11-24T12:30:05Z"),
            Some(Instant(t.0 + 5))
        );
    }

    #[test]
    fn refuses_malformed_rfc3339() {
        for bad in [
            "2022-11-24T13:30:00",
            "2022-11-24T13:30:00+0100",
            "2022-02-30T13:30:00Z",
            "2022-11-24T24:00:00Z",
            "2022-11-24T13:30:60Z",
            "2022-11-24T13:30:00.Z",
            "2022-11-24T1:30:00Z",
            "2022-11-24",
            "22-11-24T13:30:00Z",
            "2022-11-24T13:30:00+01:00x",
            "2022-11-24T13:30:00+24:00",
            "",
            "é",
        ] {
            assert_eq!(parse_rfc3339(bad), None, "{bad}");
        }
    }

    #[test]
    fn parses_times_and_durations() {
        assert_eq!(parse_hhmm("9:05"), Some(CivilTime { hour: 9, minute: 5 }));
        assert_eq!(
            parse_hhmm("23:59"),
            Some(CivilTime {
                hour: 23,
                minute: 59
            })
        );
        for bad in ["24:00", "12:60", "12:5", "123:00", "12h30", "+1:00", ""] {
            assert_eq!(parse_hhmm(bad), None, "{bad}");
        }
        assert_eq!(parse_duration("00:45"), Some(2700));
        assert_eq!(parse_duration("1:30"), Some(5400));
        assert_eq!(parse_duration("26:00:30"), Some(93_630));
        for bad in ["45", "00:7", "00:60", "1:00:00:00", "-1:00", ""] {
            assert_eq!(parse_duration(bad), None, "{bad}");
        }
    }

    #[test]
    fn time_spec_tells_wall_clock_from_absolute() {
        assert_eq!(
            TimeSpec::parse("13:30"),
            Some(TimeSpec::WallClock(CivilTime {
                hour: 13,
                minute: 30
            }))
        );
        assert_eq!(
            TimeSpec::parse("2022-11-24T12:30:00Z"),
            Some(TimeSpec::Absolute(Instant(1_669_293_000)))
        );
        assert_eq!(TimeSpec::parse("half past one"), None);
    }

    #[test]
    fn formats_for_the_ui() {
        let local = local_at_offset(Instant(1_669_293_000), 3600);
        assert_eq!(rfc3339(&local), "2022-11-24T13:30:00+01:00");
        assert_eq!(hhmm(local.time), "13:30");
        let kolkata = local_at_offset(Instant(1_685_590_200), -(5 * 3600 + 1800));
        assert_eq!(rfc3339(&kolkata), "2023-05-31T22:00:00-05:30");
        assert_eq!(
            rfc3339(&local_at_offset(Instant(0), 0)),
            "1970-01-01T00:00:00+00:00"
        );
    }

    #[test]
    fn fixed_offset_conversions_are_inverse() {
        let (d, t) = (
            date(2022, 11, 24),
            CivilTime {
                hour: 23,
                minute: 30,
            },
        );
        let i = instant_at_offset(d, t, 3600);
        let back = local_at_offset(i, 3600);
        assert_eq!((back.date, back.time), (d, t));
    }
}
