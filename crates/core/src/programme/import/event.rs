//! One event of a `schedule.json`: its times, id, kind, people, texts,
//! room and track, every problem recorded with its path.

use crate::programme::format::is_http_url;
use crate::programme::json::{index, Obj, Reader};
use crate::programme::model::{Instant, Item, ItemLink, Kind, LinkKind, Speaker, Text};
use crate::programme::problem::ProblemKind;
use crate::programme::schedule::Draft;
use crate::programme::time::{parse_duration, parse_rfc3339_with_offset};
use crate::programme::v1::default_kind;
use crate::programme::value::{Map, Value};

/// Which of the two shapes a file has.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    /// frab, pretalx, c3voc v1: events grouped by day and room.
    Frab,
    /// c3voc schedule v2 draft: a flat `events[]`.
    V2,
}

/// An event read from the file, with the offset its start was written in.
pub(super) struct Imported {
    pub(super) draft: Draft,
    pub(super) offset: i32,
}

pub(super) fn event_language(event: &Value) -> Option<&str> {
    event
        .get("language")
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|l| !l.is_empty())
}

pub(super) fn read_event(
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
        links: links(value, &lang),
        language: event_language(value).map(str::to_ascii_lowercase),
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
pub(super) fn peek_id(event: &Map) -> Option<String> {
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
fn speakers(obj: Obj<'_, '_>, shape: Shape, r: &mut Reader) -> Vec<Speaker> {
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
        .map(Speaker::named)
        .collect()
}

/// The event's links: its page on the tool (`url`) and frab's `links[]`
/// (`{url, title}`), the title kept as the label. Exports have no field
/// for a stream, slides or a recording, so the kind is read from the
/// link's words ("Livestream", "Slides", "Video"); anything else is a
/// page. Only `http(s)` links are kept; others are dropped, as any field
/// of an export the widget cannot use.
fn links(event: &Value, lang: &str) -> Vec<ItemLink> {
    let page = event
        .get("url")
        .and_then(Value::as_str)
        .map(|url| (url, None));
    let listed = event
        .get("links")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|l| {
            let url = l.get("url")?.as_str()?;
            let title = l.get("title").and_then(Value::as_str);
            Some((url, title.map(str::trim).filter(|t| !t.is_empty())))
        });
    page.into_iter()
        .chain(listed)
        .filter(|(url, _)| is_http_url(url))
        .map(|(url, title)| ItemLink {
            kind: link_kind(url, title.unwrap_or("")),
            url: url.trim().to_owned(),
            label: title.map(|t| Text::single(lang, t)),
        })
        .collect()
}

/// What an exported link is, from its words (ASCII case folded).
fn link_kind(url: &str, title: &str) -> LinkKind {
    let words = format!("{title} {url}").to_ascii_lowercase();
    let has = |needles: &[&str]| needles.iter().any(|n| words.contains(n));
    if has(&["stream"]) {
        LinkKind::Stream
    } else if has(&["slides", "folien", "diapos"]) {
        LinkKind::Slides
    } else if has(&["video", "recording", "aufzeichnung", "media.ccc.de"]) {
        LinkKind::Video
    } else {
        LinkKind::Page
    }
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

pub(super) fn drop_blank(mut text: Text) -> Text {
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
