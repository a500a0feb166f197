//! Time zones through the browser's `Intl.DateTimeFormat`: the browser ships
//! every IANA zone, so the wasm carries no database (a bundled one costs
//! 74-115 KB brotli). Implements the same trait, and passes the same table of
//! cases, as the native jiff resolver.

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::{Array, Date, Intl::DateTimeFormat, Object, Reflect};
use wasm_bindgen::prelude::*;

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

thread_local! {
    // Building a formatter is the slow part (~tens of µs): one per zone.
    static FORMATTERS: RefCell<HashMap<String, Option<DateTimeFormat>>> = RefCell::new(HashMap::new());
}

fn formatter(zone: &str) -> Option<DateTimeFormat> {
    FORMATTERS.with(|cache| {
        cache
            .borrow_mut()
            .entry(zone.to_owned())
            .or_insert_with(|| build_formatter(zone))
            .clone()
    })
}

fn build_formatter(zone: &str) -> Option<DateTimeFormat> {
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
    date_time_format(&locales, &options).ok()
}

/// Wall clock in `zone` at `instant`, read from `formatToParts`.
fn wall_clock(dtf: &DateTimeFormat, instant: Instant) -> Option<(CivilDate, CivilTime, i64)> {
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
    let date = CivilDate {
        year: i32::try_from(y?).ok()?,
        month: u8::try_from(mo?).ok()?,
        day: u8::try_from(d?).ok()?,
    };
    // Some engines render midnight as 24 even with h23; normalise.
    let time = CivilTime {
        hour: u8::try_from(h? % 24).ok()?,
        minute: u8::try_from(mi?).ok()?,
    };
    Some((date, time, s?))
}

fn as_utc_seconds(date: CivilDate, time: CivilTime, second: i64) -> i64 {
    days_from_civil(date) * 86_400
        + i64::from(time.hour) * 3600
        + i64::from(time.minute) * 60
        + second
}

fn offset_at(dtf: &DateTimeFormat, instant: Instant) -> Option<i64> {
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
