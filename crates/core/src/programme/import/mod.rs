//! Import of the `schedule.json` that frab, pretalx and the c3voc tools
//! export, so that an event already run with them needs no conversion.
//!
//! Two shapes are read:
//! - **frab / pretalx / c3voc v1**: `schedule.conference.days[].rooms{room: [event]}`;
//!   an event has `date` (RFC 3339, its start), `duration` (`HH:MM`),
//!   `title`, `persons[].public_name`, `language`, `abstract` /
//!   `description`, `room`, `track`, `type`, `guid` / `id`.
//! - **c3voc schedule v2 (draft)**: a flat `schedule.events[]` with RFC 3339
//!   `start` / `end`, `participants[]` with a `role`, `room` / `track` as
//!   objects, texts as a string or `{lang: text}`.
//!
//! Choices:
//! - an item's title and abstract are in the event's `language`; the
//!   conference title in `conference.defaults.language`, else the language
//!   most events use, else English;
//! - `time_zone_name` gives the zone; without it (pretalx), the zone is the
//!   fixed offset of the first event, as `Etc/GMT-1` for `+01:00` (note the
//!   POSIX sign), a name both jiff and the browser's `Intl` resolve; an
//!   offset that is not a whole number of hours falls back to `UTC`. A
//!   warning says so: such a zone knows no daylight saving time;
//! - `type` gives the kind: `lecture` and anything mentioning "talk" are
//!   talks, `break`/`pause` breaks, `panel`/`discussion`/`podium`
//!   discussions; any other type is kept as written;
//! - items are sorted by start (exports group them by day and room).

//!
//! Files: this one reads the file's structure (shape, days, rooms, the
//! conference's language, date and zone); [`event`] reads one event.

mod event;

use std::collections::BTreeMap;

use super::json::{child, index, Obj, Reader};
use super::model::{CivilDate, Event, Instant, Programme, Text};
use super::problem::ProblemKind;
use super::schedule::{check_unique_ids, finish};
use super::time::parse_date;
use super::tz::TimeZones;
use super::value::Value;
use super::MAX_ITEMS;
pub use event::kind_of_type;
use event::{drop_blank, event_language, peek_id, read_event, Imported, Shape};

/// Whether `root` looks like a `schedule.json` rather than a v1 programme.
pub(crate) fn is_schedule_json(root: &Value) -> bool {
    root.get("schedule").is_some() && root.get("version").is_none()
}

/// Whether `text` may be a `schedule.json` ([`is_schedule_json`] of its
/// value), told without parsing it: the widget asks this of every file it
/// fetches, and parsing twice would cost a big v1 programme time on a
/// phone. Scans the keys of the top-level object only. When unsure (a key
/// written with escapes), says yes: the converter reads v1 as well, so a
/// wrong yes costs a conversion, while a wrong no would show v1's problems
/// for an export.
pub fn is_schedule_json_text(text: &str) -> bool {
    let bytes = text.strip_prefix('\u{feff}').unwrap_or(text).as_bytes();
    if bytes.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return false;
    }
    let (mut schedule, mut version, mut unsure) = (false, false, false);
    let (mut depth, mut key_next, mut i) = (0usize, false, 0usize);
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                let mut escaped = false;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    if bytes[i] == b'\\' {
                        escaped = true;
                        i += 1;
                    }
                    i += 1;
                }
                if depth == 1 && key_next {
                    match &bytes[start..i.min(bytes.len())] {
                        _ if escaped => unsure = true,
                        b"schedule" => schedule = true,
                        b"version" => version = true,
                        _ => {}
                    }
                    key_next = false;
                }
            }
            b'{' => {
                depth += 1;
                key_next = depth == 1;
            }
            b'[' => depth += 1,
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    break;
                }
            }
            b',' if depth == 1 => key_next = true,
            _ => {}
        }
        i += 1;
    }
    unsure || (schedule && !version)
}

/// Builds the programme from a `schedule.json` value, recording problems
/// in `r`; `None` if any error makes it unusable.
pub(crate) fn import(root: &Value, tz: &dyn TimeZones, r: &mut Reader) -> Option<Programme> {
    let schedule = r.object(root.get("schedule")?, "schedule")?;
    let conference_path = schedule.at("conference");
    let conference = r
        .required(schedule, "conference")
        .and_then(|v| r.object(v, &conference_path))?;
    let shape = if schedule.get("events").is_some() {
        Shape::V2
    } else {
        Shape::Frab
    };
    let sources = match shape {
        Shape::V2 => flat_events(schedule, r),
        Shape::Frab => events_by_day(conference, r),
    };
    let sources = within_item_limit(sources, r);
    let lang = conference_language(conference, &sources);
    let imported = read_events(&sources, shape, &lang, r);
    let title = r
        .required_string(conference, "title")
        .map(|t| drop_blank(Text::single(&lang, &t)))
        .and_then(|t| r.non_blank(t, &conference.at("title")));
    let timezone = zone(conference, imported.first().map(|i| i.offset), tz, r);
    let date = conference_date(conference);
    let drafts = imported.into_iter().map(|i| i.draft).collect();
    let items = finish(drafts, "schedule", false, r);
    let event = Event {
        title: title?,
        timezone: timezone?,
        date,
        info: None,
        notice: None,
        links: Vec::new(),
        online: None,
    };
    (!r.has_errors()).then_some(Programme { event, items })
}

/// Reads every event (all problems recorded), checks ids are unique, and
/// sorts them by start.
fn read_events(
    sources: &[(&Value, String)],
    shape: Shape,
    lang: &str,
    r: &mut Reader,
) -> Vec<Imported> {
    let imported: Vec<Imported> = sources
        .iter()
        .filter_map(|(v, path)| read_event(v, path, shape, lang, r))
        .collect();
    let ids: Vec<(String, &str)> = sources
        .iter()
        .filter_map(|(v, path)| Some((peek_id(v.as_object()?)?, path.as_str())))
        .collect();
    check_unique_ids(ids.iter().map(|(id, path)| (id.as_str(), *path)), r);
    // Stable: events starting together keep the export's order.
    let starts: Vec<Instant> = imported.iter().map(|i| i.draft.item.start).collect();
    let mut slots: Vec<Option<Imported>> = imported.into_iter().map(Some).collect();
    Instant::order(&starts)
        .into_iter()
        .filter_map(|i| slots[i].take())
        .collect()
}

/// The v2 `schedule.events[]`, with their paths.
fn flat_events<'a>(schedule: Obj<'a, '_>, r: &mut Reader) -> Vec<(&'a Value, String)> {
    let path = schedule.at("events");
    let events = schedule.get("events").and_then(|v| r.array(v, &path));
    events
        .unwrap_or_default()
        .iter()
        .enumerate()
        .map(|(i, v)| (v, index(&path, i)))
        .collect()
}

/// The frab `conference.days[].rooms{room: [event]}`, with their paths.
fn events_by_day<'a>(conference: Obj<'a, '_>, r: &mut Reader) -> Vec<(&'a Value, String)> {
    let days_path = conference.at("days");
    let Some(days) = r
        .required(conference, "days")
        .and_then(|v| r.array(v, &days_path))
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (d, day) in days.iter().enumerate() {
        let day_path = index(&days_path, d);
        let Some(day) = r.object(day, &day_path) else {
            continue;
        };
        let rooms_path = day.at("rooms");
        let Some(rooms) = r
            .required(day, "rooms")
            .and_then(|v| r.object(v, &rooms_path))
        else {
            continue;
        };
        for (room, events) in rooms.map {
            let room_path = child(&rooms_path, room);
            let Some(events) = r.array(events, &room_path) else {
                continue;
            };
            out.extend(
                events
                    .iter()
                    .enumerate()
                    .map(|(i, v)| (v, index(&room_path, i))),
            );
        }
    }
    out
}

fn within_item_limit<T>(mut sources: Vec<T>, r: &mut Reader) -> Vec<T> {
    if sources.len() > MAX_ITEMS {
        let (count, limit) = (sources.len(), MAX_ITEMS);
        r.report("schedule", ProblemKind::TooManyItems { count, limit });
        sources.truncate(MAX_ITEMS);
    }
    sources
}

/// The language of the conference's own texts (see the module doc).
fn conference_language(conference: Obj<'_, '_>, sources: &[(&Value, String)]) -> String {
    let default = conference
        .get("defaults")
        .and_then(|d| d.get("language"))
        .and_then(Value::as_str)
        .filter(|l| !l.trim().is_empty());
    if let Some(lang) = default {
        return lang.to_owned();
    }
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for lang in sources.iter().filter_map(|(v, _)| event_language(v)) {
        *counts.entry(lang).or_default() += 1;
    }
    // Most used; on a tie the first in alphabetical order, for stability.
    let best = counts.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)));
    best.map_or("en", |(lang, _)| lang).to_owned()
}

/// `conference.start` (a date, or a date-time whose date is taken).
fn conference_date(conference: Obj<'_, '_>) -> Option<CivilDate> {
    let start = conference.get("start")?.as_str()?;
    parse_date(start.get(..10)?)
}

/// The zone of the programme: `time_zone_name`, else one derived from
/// `first_offset` (with a warning).
fn zone(
    conference: Obj<'_, '_>,
    first_offset: Option<i32>,
    tz: &dyn TimeZones,
    r: &mut Reader,
) -> Option<String> {
    let path = conference.at("time_zone_name");
    if let Some(name) = r.optional_string(conference, "time_zone_name") {
        if tz.is_known(&name) {
            return Some(name);
        }
        r.report(&path, ProblemKind::UnknownTimeZone { zone: name });
        return None;
    }
    let zone = first_offset
        .and_then(fixed_offset_zone)
        .filter(|z| tz.is_known(z))
        .unwrap_or_else(|| "UTC".to_owned());
    r.report(&path, ProblemKind::ZoneFromOffset { zone: zone.clone() });
    Some(zone)
}

/// The IANA name of the zone at a fixed whole-hour offset: `UTC` for 0,
/// `Etc/GMT-1` for +01:00, `Etc/GMT+5` for -05:00 (POSIX signs are
/// inverted). `None` for other offsets: `Etc` has no half hours.
pub fn fixed_offset_zone(offset_seconds: i32) -> Option<String> {
    let hours = offset_seconds / 3600;
    if offset_seconds % 3600 != 0 || !(-12..=14).contains(&hours) {
        return None;
    }
    Some(match hours {
        0 => "UTC".to_owned(),
        h => format!("Etc/GMT{:+}", -h),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_offsets_use_posix_signs() {
        assert_eq!(fixed_offset_zone(3600).as_deref(), Some("Etc/GMT-1"));
        assert_eq!(fixed_offset_zone(-5 * 3600).as_deref(), Some("Etc/GMT+5"));
        assert_eq!(fixed_offset_zone(0).as_deref(), Some("UTC"));
        assert_eq!(fixed_offset_zone(14 * 3600).as_deref(), Some("Etc/GMT-14"));
        assert_eq!(fixed_offset_zone(5 * 3600 + 1800), None);
        assert_eq!(fixed_offset_zone(15 * 3600), None);
    }
}
