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

use std::collections::BTreeMap;

use super::value::{Map, Value};

use super::json::{child, index, Obj, Reader};
use super::model::{CivilDate, Event, Instant, Item, Kind, Programme, Text};
use super::problem::ProblemKind;
use super::schedule::{check_unique_ids, finish, Draft};
use super::time::{parse_date, parse_duration, parse_rfc3339_with_offset};
use super::tz::TimeZones;
use super::v1::default_kind;
use super::MAX_ITEMS;

/// Which of the two shapes a file has.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// frab, pretalx, c3voc v1: events grouped by day and room.
    Frab,
    /// c3voc schedule v2 draft: a flat `events[]`.
    V2,
}

/// Whether `root` looks like a `schedule.json` rather than a v1 programme.
pub(crate) fn is_schedule_json(root: &Value) -> bool {
    root.get("schedule").is_some() && root.get("version").is_none()
}

/// An event read from the file, with the offset its start was written in.
struct Imported {
    draft: Draft,
    offset: i32,
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

fn event_language(event: &Value) -> Option<&str> {
    event
        .get("language")
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|l| !l.is_empty())
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

fn read_event(
    value: &Value,
    path: &str,
    shape: Shape,
    conference_lang: &str,
    r: &mut Reader,
) -> Option<Imported> {
    let obj = r.object(value, path)?;
    let lang = event_language(value).unwrap_or(conference_lang).to_owned();
    // Read every field before giving up on any, so that all problems show.
    let times = times(obj, shape, r);
    let id = event_id(obj, r);
    let title = title(obj, &lang, r);
    let speakers = speakers(obj, shape, r);
    let kind = match obj.get("type").and_then(Value::as_str) {
        Some(t) => kind_of_type(t),
        None => default_kind(&speakers),
    };
    let abstract_ = abstract_of(obj, &lang, r);
    let (room, track) = (name_of(obj, "room", r), name_of(obj, "track", r));
    let (start, offset, end) = times?;
    let item = Item {
        id: id?,
        kind,
        start,
        end: end.unwrap_or(start),
        // schedule.json has no delays: its tools reschedule instead.
        planned_start: None,
        delay_minutes: 0,
        speakers,
        title: title?,
        abstract_,
        room,
        track,
    };
    let draft = Draft {
        path: path.to_owned(),
        item,
        explicit_end: end.is_some(),
    };
    Some(Imported { draft, offset })
}

/// Start (with its offset) and end, if any: frab's `date` + `duration`, or
/// v2's `start` + `end` (or `duration`).
fn times(
    obj: Obj<'_, '_>,
    shape: Shape,
    r: &mut Reader,
) -> Option<(Instant, i32, Option<Instant>)> {
    let start_key = if shape == Shape::V2 { "start" } else { "date" };
    let start = r.required_string(obj, start_key).and_then(|s| {
        let parsed = parse_rfc3339_with_offset(&s);
        if parsed.is_none() {
            r.report(&obj.at(start_key), ProblemKind::InvalidTime { value: s });
        }
        parsed
    });
    let end = if shape == Shape::V2 && obj.get("end").is_some() {
        absolute_end(obj, r)?
    } else {
        duration_end(obj, r)?
    };
    let (start, offset) = start?;
    Some((start, offset, end.map(|e| e.resolve(start))))
}

/// An end as written: absolute, or a duration after the start.
enum End {
    At(Instant),
    After(i64),
}

impl End {
    fn resolve(self, start: Instant) -> Instant {
        match self {
            End::At(i) => i,
            End::After(seconds) => Instant(start.0 + seconds),
        }
    }
}

/// `Some(None)`: no end given; `None`: an invalid one (reported).
fn absolute_end(obj: Obj<'_, '_>, r: &mut Reader) -> Option<Option<End>> {
    let Some(s) = r.optional_string(obj, "end") else {
        return Some(None);
    };
    match parse_rfc3339_with_offset(&s) {
        Some((end, _)) => Some(Some(End::At(end))),
        None => {
            r.report(&obj.at("end"), ProblemKind::InvalidTime { value: s });
            None
        }
    }
}

/// `Some(None)`: no duration given; `None`: an invalid one (reported).
fn duration_end(obj: Obj<'_, '_>, r: &mut Reader) -> Option<Option<End>> {
    let Some(s) = r.optional_string(obj, "duration") else {
        return Some(None);
    };
    match parse_duration(&s) {
        Some(seconds) => Some(Some(End::After(seconds))),
        None => {
            r.report(
                &obj.at("duration"),
                ProblemKind::InvalidDuration { value: s },
            );
            None
        }
    }
}

/// `guid`, else `id` (a number or a string), if present and not blank.
fn peek_id(event: &Map) -> Option<String> {
    let guid = event.get("guid").and_then(Value::as_str);
    let id = match (guid, event.get("id")) {
        (Some(guid), _) if !guid.trim().is_empty() => guid.to_owned(),
        (_, Some(Value::Number(n))) => n.to_string(),
        (_, Some(Value::String(s))) => s.clone(),
        _ => return None,
    };
    (!id.trim().is_empty()).then_some(id)
}

/// The event's id (see [`peek_id`]), or a problem at `id`.
fn event_id(obj: Obj<'_, '_>, r: &mut Reader) -> Option<String> {
    let id = peek_id(obj.map);
    let path = obj.at("id");
    match (&id, obj.get("id")) {
        (Some(id), _) => {
            r.within_limit(id, &path);
        }
        (None, None) => r.report(&path, ProblemKind::MissingField),
        (None, Some(Value::String(_))) => r.report(&path, ProblemKind::Blank),
        (None, Some(other)) => {
            // Reports the wrong type.
            r.string(other, &path);
        }
    }
    id
}

/// The kind an export's event `type` maps to (see the module doc).
pub fn kind_of_type(type_: &str) -> Kind {
    // Types are ASCII words (lecture, talk, break…); ASCII lowering keeps
    // the Unicode case tables out of the widget.
    let lower = type_.trim().to_ascii_lowercase();
    let first_word = lower.split_whitespace().next().unwrap_or("");
    match first_word {
        _ if lower.contains("talk") => Kind::Talk,
        "lecture" => Kind::Talk,
        "break" | "pause" => Kind::Break,
        "panel" | "discussion" | "podium" => Kind::Discussion,
        _ => Kind::Other(type_.trim().to_owned()),
    }
}

/// Speakers: frab's `persons[]` (`public_name`, else `name`, or a plain
/// string); v2's `participants[]` whose role, if any, is speaker or
/// moderator (not contributors behind the scenes).
fn speakers(obj: Obj<'_, '_>, shape: Shape, r: &mut Reader) -> Vec<String> {
    let key = if shape == Shape::V2 {
        "participants"
    } else {
        "persons"
    };
    let path = obj.at(key);
    let Some(people) = obj.get(key).and_then(|v| r.array(v, &path)) else {
        return Vec::new();
    };
    people
        .iter()
        .enumerate()
        .filter(|(_, p)| on_stage(p))
        .filter_map(|(i, p)| person_name(p, &index(&path, i), r))
        .collect()
}

fn on_stage(person: &Value) -> bool {
    match person.get("role").and_then(Value::as_str) {
        Some(role) => matches!(role.to_ascii_uppercase().as_str(), "SPEAKER" | "MODERATOR"),
        None => true,
    }
}

fn person_name(person: &Value, path: &str, r: &mut Reader) -> Option<String> {
    let name = match person {
        Value::Object(_) => {
            let obj = r.object(person, path)?;
            let key = if obj.get("public_name").is_some() {
                "public_name"
            } else {
                "name"
            };
            r.optional_string(obj, key)
        }
        other => r.string(other, path),
    };
    name.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty())
}

fn title(obj: Obj<'_, '_>, lang: &str, r: &mut Reader) -> Option<Text> {
    let value = r.required(obj, "title")?;
    let text = r.text_or_string(value, &obj.at("title"), lang)?;
    r.non_blank(drop_blank(text), &obj.at("title"))
}

/// `abstract`, else `description`, in the event's language; CRLF become LF
/// (nothing else is touched: the widget shows plain text).
fn abstract_of(obj: Obj<'_, '_>, lang: &str, r: &mut Reader) -> Option<Text> {
    ["abstract", "description"].into_iter().find_map(|key| {
        let value = obj.get(key)?;
        let text = r.text_or_string(value, &obj.at(key), lang)?;
        let text = drop_blank(text);
        (!text.is_empty()).then(|| unix_newlines(text))
    })
}

fn drop_blank(mut text: Text) -> Text {
    text.retain(|t| !t.trim().is_empty());
    text
}

fn unix_newlines(mut text: Text) -> Text {
    for t in text.texts_mut() {
        *t = t.replace("\r\n", "\n");
    }
    text
}

/// A room or track: a string (frab), or an object with `name` (else `slug`,
/// for v2 tracks).
fn name_of(obj: Obj<'_, '_>, key: &str, r: &mut Reader) -> Option<String> {
    let path = obj.at(key);
    let name = match obj.get(key)? {
        Value::Object(_) => {
            let inner = r.object(obj.get(key)?, &path)?;
            let field = if inner.get("name").is_some() {
                "name"
            } else {
                "slug"
            };
            r.optional_string(inner, field)
        }
        other => r.string(other, &path),
    };
    name.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty())
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

    #[test]
    fn types_map_to_kinds() {
        assert_eq!(kind_of_type("lecture"), Kind::Talk);
        assert_eq!(kind_of_type("Talk 30 min + 10min Q&A"), Kind::Talk);
        assert_eq!(kind_of_type("LightningTalk 15min 10min Q&A"), Kind::Talk);
        assert_eq!(kind_of_type("TALK"), Kind::Talk);
        assert_eq!(kind_of_type("Panel"), Kind::Discussion);
        assert_eq!(kind_of_type("break"), Kind::Break);
        assert_eq!(
            kind_of_type("Workshop 60 Min"),
            Kind::Other("Workshop 60 Min".into())
        );
        assert_eq!(kind_of_type("OTHER"), Kind::Other("OTHER".into()));
    }
}
