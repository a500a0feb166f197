//! From the raw v1 file to a [`Programme`]: dates and times resolved in the
//! event's zone, kinds defaulted, then the shared checks of
//! `schedule`.

use super::format::{RawEvent, RawProgramme, RawSession};
use super::json::Reader;
use super::model::{CivilDate, Event, Instant, Item, Kind, Programme, Speaker};
use super::problem::ProblemKind;
use super::schedule::{check_unique_ids, finish, Draft};
use super::time::{hhmm, parse_date, TimeSpec};
use super::tz::{TimeZones, TzError};

/// What times of day (`HH:MM`) are resolved against.
struct Clock<'a> {
    tz: &'a dyn TimeZones,
    /// The zone, if it is known (an unknown zone is reported once, at
    /// `event.timezone`, not again at every time).
    zone: Option<&'a str>,
    date: Option<CivilDate>,
    /// Whether `event.date` was absent (rather than present but invalid).
    date_absent: bool,
    /// The first time of day found while the date is absent.
    first_wall_clock: Option<String>,
}

/// Builds the programme from `raw`, recording problems in `r`; `None` if any
/// error makes it unusable.
pub(crate) fn build(raw: RawProgramme, tz: &dyn TimeZones, r: &mut Reader) -> Option<Programme> {
    let mut clock = clock(&raw.event, tz, r);
    let ids: Vec<(String, String)> = raw
        .sessions
        .iter()
        .filter_map(|s| Some((s.id.clone()?, s.path.clone())))
        .collect();
    let drafts: Vec<Draft> = raw
        .sessions
        .into_iter()
        .filter_map(|s| draft(s, &mut clock, r))
        .collect();
    check_unique_ids(ids.iter().map(|(id, path)| (id.as_str(), path.as_str())), r);
    if let (true, Some(used_at)) = (clock.date_absent, clock.first_wall_clock.take()) {
        r.report("event.date", ProblemKind::DateRequired { used_at });
    }
    let date = clock.date;
    let items = finish(drafts, "sessions", true, r);
    let RawEvent {
        title,
        timezone,
        info,
        notice,
        links,
        online,
        ..
    } = raw.event;
    let event = Event {
        title: title?,
        timezone: timezone?,
        date,
        info,
        notice,
        links,
        online,
    };
    (!r.has_errors()).then_some(Programme { event, items })
}

fn clock<'a>(event: &'a RawEvent, tz: &'a dyn TimeZones, r: &mut Reader) -> Clock<'a> {
    let zone = event.timezone.as_deref().filter(|zone| {
        let known = tz.is_known(zone);
        if !known {
            let zone = (*zone).to_owned();
            r.report("event.timezone", ProblemKind::UnknownTimeZone { zone });
        }
        known
    });
    let date = event.date.as_deref().and_then(|value| {
        let date = parse_date(value);
        if date.is_none() {
            let value = value.to_owned();
            r.report("event.date", ProblemKind::InvalidDate { value });
        }
        date
    });
    Clock {
        tz,
        zone,
        date,
        date_absent: event.date.is_none(),
        first_wall_clock: None,
    }
}

/// The draft item of `s`, if every part of it is valid.
fn draft(s: RawSession, clock: &mut Clock<'_>, r: &mut Reader) -> Option<Draft> {
    let start_path = format!("{}.start", s.path);
    let start = s
        .start
        .as_deref()
        .and_then(|v| resolve(v, &start_path, clock, r));
    let end_path = format!("{}.end", s.path);
    let end = match s.end.as_deref() {
        Some(v) => Some(resolve(v, &end_path, clock, r)?),
        None => None,
    };
    let start = start?;
    let kind = match &s.kind {
        Some(k) => Kind::parse(k),
        None => default_kind(&s.speakers),
    };
    // The delay shifts the item as a whole; an implied end is shifted later,
    // in `finish`, once the next item is known.
    let delay = s.delay_minutes.unwrap_or(0);
    let item = Item {
        id: s.id?,
        kind,
        start: start.plus_minutes(delay),
        end: end.unwrap_or(start).plus_minutes(delay),
        planned_start: (delay != 0).then_some(start),
        delay_minutes: delay,
        speakers: s.speakers,
        title: s.title?,
        abstract_: s.abstract_,
        room: s.room,
        track: s.track,
        links: s.links,
        language: s.language,
    };
    Some(Draft {
        path: s.path,
        item,
        explicit_end: end.is_some(),
    })
}

/// The kind of an item that gives none: a talk if it has speakers, else a
/// plain `item` (shown without any kind-specific styling).
pub fn default_kind(speakers: &[Speaker]) -> Kind {
    if speakers.is_empty() {
        Kind::Other("item".to_owned())
    } else {
        Kind::Talk
    }
}

/// The instant `value` (at `path`) denotes, or a problem.
fn resolve(value: &str, path: &str, clock: &mut Clock<'_>, r: &mut Reader) -> Option<Instant> {
    let time = match TimeSpec::parse(value) {
        None => {
            let value = value.to_owned();
            r.report(path, ProblemKind::InvalidTime { value });
            return None;
        }
        Some(TimeSpec::Absolute(instant)) => return Some(instant),
        Some(TimeSpec::WallClock(time)) => time,
    };
    let Some(date) = clock.date else {
        if clock.date_absent && clock.first_wall_clock.is_none() {
            clock.first_wall_clock = Some(path.to_owned());
        }
        return None;
    };
    let zone = clock.zone?;
    match clock.tz.resolve(zone, date, time) {
        Ok(instant) => Some(instant),
        Err(TzError::Gap { .. }) => {
            let (time, zone) = (hhmm(time), zone.to_owned());
            r.report(path, ProblemKind::TimeInGap { time, zone });
            None
        }
        Err(TzError::UnknownZone(zone)) => {
            r.report("event.timezone", ProblemKind::UnknownTimeZone { zone });
            None
        }
        Err(TzError::InvalidDate) => {
            let value = value.to_owned();
            r.report(path, ProblemKind::InvalidTime { value });
            None
        }
    }
}
