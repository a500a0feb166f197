//! The raw v1 file (DESIGN §1), as written: strings not yet interpreted as
//! times, fields that may be missing. `read` walks the JSON value and
//! records every problem with its path; [`super::v1`] then resolves times.
//!
//! ```json
//! { "version": 1,
//!   "event": { "title": {"fr": "…"}, "timezone": "Europe/Paris", "date": "2022-11-24",
//!              "info": {"fr": "…"}, "notice": {"en": "Running 10 minutes late"},
//!              "links": [{"label": {"en": "…"}, "url": "https://…"}],
//!              "online": {"url": "https://…", "label": {"en": "…"}, "opens_minutes_before": 10} },
//!   "sessions": [{ "id": "…", "kind": "talk", "start": "13:45", "end": "14:15",
//!                  "delay_minutes": 10,
//!                  "speakers": ["…", {"name": "…", "affiliation": "…", "url": "https://…"}],
//!                  "title": {"en": "…"}, "abstract": {"en": "…"},
//!                  "room": "…", "track": "…", "language": "en",
//!                  "links": [{"kind": "slides", "url": "https://…", "label": {"en": "…"}}] }] }
//! ```
//!
//! Unknown fields are ignored, so that newer files still load.

use super::value::Value;

use super::json::{index, Obj, Reader};
use super::model::{ItemLink, Link, LinkKind, Online, Speaker, Text};
use super::problem::{ProblemKind, ValueType};
use super::{MAX_DELAY_MINUTES, MAX_ITEMS, MIN_DELAY_MINUTES};

/// The only format version this code reads.
pub const VERSION: u64 = 1;

/// The file's `event`, as written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawEvent {
    pub title: Option<Text>,
    pub timezone: Option<String>,
    /// `YYYY-MM-DD`, not yet checked.
    pub date: Option<String>,
    pub info: Option<Text>,
    /// The organisers' announcement; `None` if absent or blank.
    pub notice: Option<Text>,
    /// Links already checked (`http(s)` only, label present).
    pub links: Vec<Link>,
    /// Already checked (`http(s)` only, minutes within range).
    pub online: Option<Online>,
}

/// One entry of `sessions`, as written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawSession {
    /// Its path in the file, `sessions[3]`, for later problems.
    pub path: String,
    pub id: Option<String>,
    pub kind: Option<String>,
    /// `HH:MM` or RFC 3339, not yet checked.
    pub start: Option<String>,
    pub end: Option<String>,
    /// Already checked: a whole number within the allowed range.
    pub delay_minutes: Option<i64>,
    pub speakers: Vec<Speaker>,
    pub title: Option<Text>,
    pub abstract_: Option<Text>,
    pub room: Option<String>,
    pub track: Option<String>,
    /// Already checked: `http(s)`, a known kind.
    pub links: Vec<ItemLink>,
    /// Lower case, not blank.
    pub language: Option<String>,
}

/// A whole v1 file, as written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawProgramme {
    pub event: RawEvent,
    pub sessions: Vec<RawSession>,
}

/// Reads the v1 structure out of `root`, recording every problem in `r`.
/// Always returns what could be read, so that later checks still run.
pub(crate) fn read(root: &Value, r: &mut Reader) -> RawProgramme {
    let Some(root) = r.object(root, "") else {
        return RawProgramme::default();
    };
    check_version(root, r);
    let event = r
        .required(root, "event")
        .and_then(|v| r.object(v, "event"))
        .map(|obj| read_event(obj, r))
        .unwrap_or_default();
    let sessions = r
        .required(root, "sessions")
        .and_then(|v| r.array(v, "sessions"))
        .map(|items| read_sessions(items, r))
        .unwrap_or_default();
    RawProgramme { event, sessions }
}

fn check_version(root: Obj<'_, '_>, r: &mut Reader) {
    match r.required(root, "version") {
        Some(Value::Number(n)) if n.as_u64() == Some(VERSION) => {}
        Some(Value::Number(n)) => {
            let found = n.to_string();
            r.report("version", ProblemKind::UnknownVersion { found });
        }
        Some(other) => {
            let found = ValueType::of(other);
            let expected = ValueType::Number;
            r.report("version", ProblemKind::WrongType { expected, found });
        }
        None => {}
    }
}

fn read_event(obj: Obj<'_, '_>, r: &mut Reader) -> RawEvent {
    RawEvent {
        title: r.required_title(obj, "title"),
        timezone: r.required_string(obj, "timezone"),
        date: r.optional_string(obj, "date"),
        info: r.optional_text(obj, "info"),
        notice: r.optional_text(obj, "notice"),
        links: read_links(obj, r),
        online: read_online(obj, r),
    }
}

/// The entries of the array at `key` (absent: none) that `read` makes
/// something of, each read as an object.
fn read_objects<T>(
    obj: Obj<'_, '_>,
    key: &str,
    r: &mut Reader,
    read: impl Fn(Obj<'_, '_>, &mut Reader) -> Option<T>,
) -> Vec<T> {
    let path = obj.at(key);
    let Some(items) = obj.get(key).and_then(|v| r.array(v, &path)) else {
        return Vec::new();
    };
    let paths: Vec<String> = (0..items.len()).map(|i| index(&path, i)).collect();
    items
        .iter()
        .zip(&paths)
        .filter_map(|(v, p)| read(r.object(v, p)?, r))
        .collect()
}

fn read_links(event: Obj<'_, '_>, r: &mut Reader) -> Vec<Link> {
    read_objects(event, "links", r, |obj, r| {
        let label = r.required_title(obj, "label");
        let url = http_url(obj, r, true);
        Some(Link {
            label: label?,
            url: url?,
        })
    })
}

/// The `url` of `obj`, if it is an `http(s)` link (else an `UnsafeLink`).
fn http_url(obj: Obj<'_, '_>, r: &mut Reader, required: bool) -> Option<String> {
    let url = if required {
        r.required_string(obj, "url")
    } else {
        r.optional_string(obj, "url")
    };
    url.filter(|url| {
        let ok = is_http_url(url);
        if !ok {
            r.report(&obj.at("url"), ProblemKind::UnsafeLink { url: url.clone() });
        }
        ok
    })
}

/// The most `opens_minutes_before` may say: a whole day.
pub const MAX_OPENS_MINUTES_BEFORE: i64 = 24 * 60;

fn read_online(event: Obj<'_, '_>, r: &mut Reader) -> Option<Online> {
    let value = event.get("online")?;
    let path = event.at("online");
    let obj = r.object(value, &path)?;
    let url = http_url(obj, r, true);
    let label = r.optional_text(obj, "label");
    let opens = read_minutes(obj, "opens_minutes_before", 0, MAX_OPENS_MINUTES_BEFORE, r)
        .unwrap_or(Online::DEFAULT_OPENS_MINUTES_BEFORE);
    Some(Online {
        url: url?,
        label,
        opens_minutes_before: opens,
    })
}

/// An item's `links`: a link of a kind this code does not know is left
/// out with a warning (a newer file still loads; the organiser learns why
/// it is not shown).
fn read_item_links(session: Obj<'_, '_>, r: &mut Reader) -> Vec<ItemLink> {
    read_objects(session, "links", r, |obj, r| {
        let kind = r.required_string(obj, "kind");
        let url = http_url(obj, r, true);
        let label = r.optional_text(obj, "label");
        let found = kind?;
        let Some(kind) = LinkKind::parse(&found) else {
            r.report(&obj.at("kind"), ProblemKind::UnknownLinkKind { found });
            return None;
        };
        Some(ItemLink {
            kind,
            url: url?,
            label,
        })
    })
}

/// `speakers`: each a name, or `{name, affiliation?, url?}`.
fn read_speakers(session: Obj<'_, '_>, r: &mut Reader) -> Vec<Speaker> {
    let path = session.at("speakers");
    let Some(items) = session.get("speakers").and_then(|v| r.array(v, &path)) else {
        return Vec::new();
    };
    let mut speakers = Vec::with_capacity(items.len());
    for (i, value) in items.iter().enumerate() {
        let path = index(&path, i);
        let speaker = match value {
            Value::Object(_) => r.object(value, &path).and_then(|obj| {
                let name = r.required_string(obj, "name");
                let affiliation = r.optional_string(obj, "affiliation");
                let url = http_url(obj, r, false);
                Some(Speaker {
                    name: name?,
                    affiliation: affiliation.filter(|a| !a.trim().is_empty()),
                    url,
                })
            }),
            _ => r.string(value, &path).map(Speaker::named),
        };
        speakers.extend(speaker);
    }
    speakers
}

/// The optional `language`: a language code, kept in lower case.
fn read_language(session: Obj<'_, '_>, r: &mut Reader) -> Option<String> {
    let language = r.optional_string(session, "language")?;
    let code = language.trim().to_ascii_lowercase();
    if code.is_empty() {
        r.report(&session.at("language"), ProblemKind::Blank);
        return None;
    }
    Some(code)
}

/// Whether `url` is an absolute `http://` or `https://` URL: the only links
/// the widget renders (no `javascript:`, no `data:`).
pub fn is_http_url(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    ["http://", "https://"]
        .iter()
        .any(|scheme| lower.len() > scheme.len() && lower.starts_with(scheme))
}

fn read_sessions(items: &[Value], r: &mut Reader) -> Vec<RawSession> {
    if items.len() > MAX_ITEMS {
        let (count, limit) = (items.len(), MAX_ITEMS);
        r.report("sessions", ProblemKind::TooManyItems { count, limit });
    }
    // Past the limit the file is refused anyway; reading the rest would only
    // spend time and bury the limit under repeated problems.
    let paths: Vec<String> = (0..items.len().min(MAX_ITEMS))
        .map(|i| index("sessions", i))
        .collect();
    items
        .iter()
        .zip(&paths)
        .filter_map(|(v, p)| Some(read_session(r.object(v, p)?, r)))
        .collect()
}

fn read_session(obj: Obj<'_, '_>, r: &mut Reader) -> RawSession {
    let id = r.required_string(obj, "id").filter(|id| {
        let blank = id.trim().is_empty();
        if blank {
            r.report(&obj.at("id"), ProblemKind::Blank);
        }
        !blank
    });
    RawSession {
        path: obj.path.to_owned(),
        id,
        kind: r.optional_string(obj, "kind"),
        start: r.required_string(obj, "start"),
        end: r.optional_string(obj, "end"),
        delay_minutes: read_delay(obj, r),
        speakers: read_speakers(obj, r),
        title: r.required_title(obj, "title"),
        abstract_: r.optional_text(obj, "abstract"),
        room: r.optional_string(obj, "room"),
        track: r.optional_string(obj, "track"),
        links: read_item_links(obj, r),
        language: read_language(obj, r),
    }
}

/// The optional `delay_minutes`: a whole number of minutes (`10.0` is
/// accepted, as some JSON writers put it) within
/// [`MIN_DELAY_MINUTES`]`..=`[`MAX_DELAY_MINUTES`]. The range refuses what
/// is surely a typo (a delay of days) while allowing a morning's drift.
fn read_delay(obj: Obj<'_, '_>, r: &mut Reader) -> Option<i64> {
    read_minutes(
        obj,
        "delay_minutes",
        MIN_DELAY_MINUTES,
        MAX_DELAY_MINUTES,
        r,
    )
}

/// The optional whole number of minutes at `key`, within `min..=max`.
fn read_minutes(obj: Obj<'_, '_>, key: &str, min: i64, max: i64, r: &mut Reader) -> Option<i64> {
    let value = obj.get(key)?;
    let path = obj.at(key);
    let Value::Number(n) = value else {
        let found = ValueType::of(value);
        let expected = ValueType::Integer;
        r.report(&path, ProblemKind::WrongType { expected, found });
        return None;
    };
    let whole = n.as_i64().or_else(|| {
        // Beyond ±2^53 a float is whole but meaningless; the range check
        // below refuses it anyway, so cap it rather than overflow the cast.
        let f = n.as_f64()?;
        (f.fract() == 0.0).then(|| f.clamp(-1e15, 1e15) as i64)
    });
    match whole {
        Some(minutes) if (min..=max).contains(&minutes) => Some(minutes),
        _ => {
            let value = n.to_string();
            let kind = if key == "delay_minutes" {
                ProblemKind::InvalidDelay { value, min, max }
            } else {
                ProblemKind::InvalidMinutes { value, min, max }
            };
            r.report(&path, kind);
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_links_pass() {
        assert!(is_http_url("https://example.org/x"));
        assert!(is_http_url("HTTP://example.org"));
        for bad in [
            "javascript:alert(1)",
            "data:text/html,x",
            "https://",
            "//x.org",
            "ftp://x",
        ] {
            assert!(!is_http_url(bad), "{bad}");
        }
    }

    #[test]
    fn reads_every_problem_of_a_session() {
        let v = crate::programme::value::from_serde(serde_json::json!({
            "version": 1,
            "event": { "title": {"en": "E"}, "timezone": "UTC" },
            "sessions": [ { "id": " ", "start": 1300, "title": {} } ]
        }));
        let mut r = Reader::default();
        let raw = read(&v, &mut r);
        assert_eq!(raw.sessions.len(), 1);
        let paths: Vec<&str> = r.problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(
            paths,
            ["sessions[0].id", "sessions[0].start", "sessions[0].title"]
        );
    }
}
