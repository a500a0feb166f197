//! The raw v1 file (DESIGN §1), as written: strings not yet interpreted as
//! times, fields that may be missing. `read` walks the JSON value and
//! records every problem with its path; [`super::v1`] then resolves times.
//!
//! ```json
//! { "version": 1,
//!   "event": { "title": {"fr": "…"}, "timezone": "Europe/Paris", "date": "2022-11-24",
//!              "info": {"fr": "…"}, "notice": {"en": "Running 10 minutes late"},
//!              "links": [{"label": {"en": "…"}, "url": "https://…"}] },
//!   "sessions": [{ "id": "…", "kind": "talk", "start": "13:45", "end": "14:15",
//!                  "delay_minutes": 10,
//!                  "speakers": ["…"], "title": {"en": "…"}, "abstract": {"en": "…"},
//!                  "room": "…", "track": "…" }] }
//! ```
//!
//! Unknown fields are ignored, so that newer files still load.

use super::value::Value;

use super::json::{index, Obj, Reader};
use super::model::{Link, Text};
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
    pub speakers: Vec<String>,
    pub title: Option<Text>,
    pub abstract_: Option<Text>,
    pub room: Option<String>,
    pub track: Option<String>,
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
    }
}

fn read_links(event: Obj<'_, '_>, r: &mut Reader) -> Vec<Link> {
    let path = event.at("links");
    let Some(items) = event.get("links").and_then(|v| r.array(v, &path)) else {
        return Vec::new();
    };
    let paths: Vec<String> = (0..items.len()).map(|i| index(&path, i)).collect();
    items
        .iter()
        .zip(&paths)
        .filter_map(|(v, p)| read_link(r.object(v, p)?, r))
        .collect()
}

fn read_link(obj: Obj<'_, '_>, r: &mut Reader) -> Option<Link> {
    let label = r.required_title(obj, "label");
    let url = r.required_string(obj, "url").filter(|url| {
        let ok = is_http_url(url);
        if !ok {
            r.report(&obj.at("url"), ProblemKind::UnsafeLink { url: url.clone() });
        }
        ok
    });
    Some(Link {
        label: label?,
        url: url?,
    })
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
        speakers: r.string_list(obj, "speakers"),
        title: r.required_title(obj, "title"),
        abstract_: r.optional_text(obj, "abstract"),
        room: r.optional_string(obj, "room"),
        track: r.optional_string(obj, "track"),
    }
}

/// The optional `delay_minutes`: a whole number of minutes (`10.0` is
/// accepted, as some JSON writers put it) within
/// [`MIN_DELAY_MINUTES`]`..=`[`MAX_DELAY_MINUTES`]. The range refuses what
/// is surely a typo (a delay of days) while allowing a morning's drift.
fn read_delay(obj: Obj<'_, '_>, r: &mut Reader) -> Option<i64> {
    let value = obj.get("delay_minutes")?;
    let path = obj.at("delay_minutes");
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
    let range = MIN_DELAY_MINUTES..=MAX_DELAY_MINUTES;
    match whole {
        Some(minutes) if range.contains(&minutes) => Some(minutes),
        _ => {
            let (value, min, max) = (n.to_string(), MIN_DELAY_MINUTES, MAX_DELAY_MINUTES);
            r.report(&path, ProblemKind::InvalidDelay { value, min, max });
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
