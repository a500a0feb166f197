//! Time zones through the browser's `Intl.DateTimeFormat`: the browser ships
//! every IANA zone, so the wasm carries no database (a bundled one costs
//! 74-115 KB brotli). Implements the same trait, and passes the same table of
//! cases, as the native jiff resolver.

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::{Array, Date, Intl::DateTimeFormat, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::programme::model::{CivilDate, CivilTime, Instant, LocalDateTime};
use crate::programme::time::{civil_from_days, days_from_civil, local_at_offset};
use crate::programme::tz::{TimeZones, TzError};

#[wasm_bindgen]
extern "C" {
    // `Intl.DateTimeFormat` called as a function (valid JS, same as `new`),
    // declared here with `catch` because an unknown `timeZone` throws a
    // RangeError, which js-sys' stable constructor binding cannot report.
    #[wasm_bindgen(catch, js_namespace = Intl, js_name = DateTimeFormat)]
    fn date_time_format(locales: &Array, options: &Object) -> Result<DateTimeFormat, JsValue>;

    // A formatter seen only for its `format`, given the time value itself
    // (the standard converts its argument with ToNumber): no `Date` object
    // made for each instant.
    type Format;
    #[wasm_bindgen(method, js_name = format)]
    fn format_ms(this: &Format, ms: f64) -> String;
}

/// The wall clock of `instant` in `zone` (UTC if the browser refuses the
/// zone, which loading has already checked: readable rather than empty).
pub fn local_in(zone: &str, instant: Instant) -> LocalDateTime {
    IntlZones
        .local(zone, instant)
        .unwrap_or_else(|_| local_at_offset(instant, 0))
}

/// [`TimeZones`] answered by the browser's `Intl` API.
#[derive(Clone, Copy, Debug, Default)]
pub struct IntlZones;

/// A zone's formatter, and how its wall clocks are read.
#[derive(Clone)]
struct Formatter {
    dtf: DateTimeFormat,
    /// Whether `format`'s one string reads as `formatToParts` does (checked
    /// once per formatter). A big programme asks for thousands of wall
    /// clocks at load: `format` is one string across to the wasm where
    /// `formatToParts` is eleven objects and two strings each (a quarter
    /// of the 2,000-item load, measured).
    one_string: bool,
}

thread_local! {
    // Building a formatter is the slow part (~tens of µs): one per zone.
    static FORMATTERS: RefCell<HashMap<String, Option<Formatter>>> = RefCell::new(HashMap::new());
}

fn formatter(zone: &str) -> Option<Formatter> {
    FORMATTERS.with(|cache| {
        cache
            .borrow_mut()
            .entry(zone.to_owned())
            .or_insert_with(|| build_formatter(zone))
            .clone()
    })
}

fn build_formatter(zone: &str) -> Option<Formatter> {
    let options = Object::new();
    let set = |k: &str, v: &str| Reflect::set(&options, &k.into(), &v.into()).ok();
    set("timeZone", zone)?;
    // A fixed, numeric, 24-hour rendering whose parts we read back.
    set("hourCycle", "h23")?;
    set("year", "numeric")?;
    set("month", "numeric")?;
    set("day", "numeric")?;
    set("hour", "numeric")?;
    set("minute", "numeric")?;
    set("second", "numeric")?;
    let locales = Array::of1(&JsValue::from_str("en-US"));
    let dtf = date_time_format(&locales, &options).ok()?;
    // 2001-02-03T04:05:06Z: every field tells, none equals another.
    let probe = Instant(981_173_106);
    let one_string = from_parts(&dtf, probe).is_some_and(|p| from_string(&dtf, probe) == Some(p));
    Some(Formatter { dtf, one_string })
}

type WallClock = (CivilDate, CivilTime, i64);

/// Whether `zone`'s wall clock at `instant` reads the same from `format`'s
/// one string as from `formatToParts` (the browser tests' check of the
/// fast reading; `false` for a zone the browser refuses).
#[doc(hidden)]
pub fn readings_agree(zone: &str, instant: Instant) -> bool {
    formatter(zone).is_some_and(|f| {
        let parts = from_parts(&f.dtf, instant);
        parts.is_some() && from_string(&f.dtf, instant) == parts
    })
}

/// Wall clock in `zone` at `instant`.
fn wall_clock(f: &Formatter, instant: Instant) -> Option<WallClock> {
    if f.one_string {
        from_string(&f.dtf, instant)
    } else {
        from_parts(&f.dtf, instant)
    }
}

/// Read from en-US's numeric rendering, `2/3/2001, 04:05:06`: its six
/// numbers in that order, whatever separates them.
fn from_string(dtf: &DateTimeFormat, instant: Instant) -> Option<WallClock> {
    let text = dtf
        .unchecked_ref::<Format>()
        .format_ms(instant.0 as f64 * 1000.0);
    let mut numbers = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .map(|run| run.parse::<i64>().ok());
    let mut next = || numbers.next().flatten();
    let (mo, d, y, h, mi, s) = (next(), next(), next(), next(), next(), next());
    if next().is_some() {
        return None;
    }
    civil(y?, mo?, d?, h?, mi?, s?)
}

/// Read from `formatToParts`, named.
fn from_parts(dtf: &DateTimeFormat, instant: Instant) -> Option<WallClock> {
    let date = Date::new(&JsValue::from_f64(instant.0 as f64 * 1000.0));
    let parts = dtf.format_to_parts(&date);
    let (mut y, mut mo, mut d, mut h, mut mi, mut s) = (None, None, None, None, None, None);
    for part in parts.iter() {
        let kind = Reflect::get(&part, &"type".into()).ok()?.as_string()?;
        let value = Reflect::get(&part, &"value".into()).ok()?.as_string()?;
        let slot = match kind.as_str() {
            "year" => &mut y,
            "month" => &mut mo,
            "day" => &mut d,
            "hour" => &mut h,
            "minute" => &mut mi,
            "second" => &mut s,
            _ => continue,
        };
        *slot = value.parse::<i64>().ok();
    }
    civil(y?, mo?, d?, h?, mi?, s?)
}

fn civil(y: i64, mo: i64, d: i64, h: i64, mi: i64, s: i64) -> Option<WallClock> {
    let date = CivilDate {
        year: i32::try_from(y).ok()?,
        month: u8::try_from(mo).ok()?,
        day: u8::try_from(d).ok()?,
    };
    // Some engines render midnight as 24 even with h23; normalise.
    let time = CivilTime {
        hour: u8::try_from(h % 24).ok()?,
        minute: u8::try_from(mi).ok()?,
    };
    Some((date, time, s))
}

fn as_utc_seconds(date: CivilDate, time: CivilTime, second: i64) -> i64 {
    days_from_civil(date) * 86_400
        + i64::from(time.hour) * 3600
        + i64::from(time.minute) * 60
        + second
}

fn offset_at(dtf: &Formatter, instant: Instant) -> Option<i64> {
    let (date, time, second) = wall_clock(dtf, instant)?;
    Some(as_utc_seconds(date, time, second) - instant.0)
}

impl TimeZones for IntlZones {
    fn is_known(&self, zone: &str) -> bool {
        formatter(zone).is_some()
    }

    fn resolve(&self, zone: &str, date: CivilDate, time: CivilTime) -> Result<Instant, TzError> {
        let dtf = formatter(zone).ok_or_else(|| TzError::UnknownZone(zone.to_owned()))?;
        if civil_from_days(days_from_civil(date)) != date {
            return Err(TzError::InvalidDate);
        }
        let wall = as_utc_seconds(date, time, 0);
        // The wall time can only carry the offset in force a day before or a
        // day after (no zone changes twice within 48 h): try both, keep those
        // that read back as the same wall time, earliest first (the fold
        // rule: the first occurrence).
        [wall - 86_400, wall + 86_400]
            .into_iter()
            .filter_map(|probe| offset_at(&dtf, Instant(probe)))
            .map(|offset| wall - offset)
            .filter(|&t| wall_clock(&dtf, Instant(t)) == Some((date, time, 0)))
            .min()
            .map(Instant)
            .ok_or_else(|| TzError::Gap {
                zone: zone.to_owned(),
                time,
            })
    }

    fn local(&self, zone: &str, instant: Instant) -> Result<LocalDateTime, TzError> {
        let dtf = formatter(zone).ok_or_else(|| TzError::UnknownZone(zone.to_owned()))?;
        let (date, time, second) = wall_clock(&dtf, instant).ok_or(TzError::InvalidDate)?;
        let offset = as_utc_seconds(date, time, second) - instant.0;
        Ok(LocalDateTime {
            date,
            time,
            offset_seconds: i32::try_from(offset).map_err(|_| TzError::InvalidDate)?,
        })
    }
}
