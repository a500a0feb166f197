//! The programme format (DESIGN §1): parsing, validation with JSON paths,
//! time resolution, import of `schedule.json`. Pure: no clock, no DOM, no leptos.
//!
//! Entry point: [`load`], which reads a v1 programme or a frab / pretalx /
//! c3voc `schedule.json` (detected automatically) and either returns the
//! [`Programme`] with its warnings, or every [`Problem`] found, each with
//! the path of its field.
//!
//! For the organisers' editor (issue 15): [`write()`] gives a programme's v1
//! file back, [`delay_from`] makes the day run late from an item, and
//! [`rows`] reads rows pasted from a spreadsheet.
//!
//! ```
//! use live_agenda_core::programme::{load, FixedZones};
//! let text = r#"{ "version": 1,
//!   "event": { "title": {"en": "Workshop"}, "timezone": "UTC", "date": "2022-11-24" },
//!   "sessions": [ { "id": "a", "start": "13:30", "title": {"en": "Welcome"} } ] }"#;
//! let loaded = load(text, &FixedZones).unwrap();
//! assert_eq!(loaded.programme.items[0].start.0, 1_669_296_600);
//! ```

#[cfg(any(feature = "editor", not(target_arch = "wasm32")))]
pub mod delay;
#[cfg(any(feature = "editor", not(target_arch = "wasm32")))]
pub mod form;
pub mod format;
pub mod import;
mod json;
#[cfg(any(feature = "editor", not(target_arch = "wasm32")))]
mod json_out;
pub mod model;
pub mod problem;
#[cfg(any(feature = "editor", not(target_arch = "wasm32")))]
pub mod rows;
mod schedule;
pub mod time;
pub mod tz;
pub mod tz_cases;
pub mod tz_fixed;
#[cfg(not(target_arch = "wasm32"))]
pub mod tz_native;
pub mod v1;
pub mod value;
#[cfg(any(feature = "editor", not(target_arch = "wasm32")))]
pub mod write;

#[cfg(any(feature = "editor", not(target_arch = "wasm32")))]
pub use delay::{delay_from, DelayError, Delayed};
pub use model::{
    CivilDate, CivilTime, Event, Instant, Item, ItemLink, Kind, Link, LinkKind, LocalDateTime,
    Online, Programme, Speaker, Text,
};
pub use problem::{Problem, ProblemKind, Severity, ValueType};
pub use time::{
    civil_from_days, days_from_civil, hhmm, iso_date, parse_date, parse_hhmm, parse_rfc3339,
    rfc3339, TimeSpec,
};
pub use tz::{TimeZones, TzError};
pub use tz_fixed::FixedZones;
#[cfg(not(target_arch = "wasm32"))]
pub use tz_native::JiffZones;
#[cfg(not(target_arch = "wasm32"))]
pub use value::SerdeJson;
pub use value::{JsonParser, Value};
#[cfg(any(feature = "editor", not(target_arch = "wasm32")))]
pub use write::write;

/// Files larger than this (8 MiB) are refused before parsing: a programme
/// is a few kilobytes, and the widget must not freeze a phone on a mistake.
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;

/// At most this many items: more would be unusable on a phone anyway.
pub const MAX_ITEMS: usize = 5_000;

/// At most this many characters (Unicode scalar values) in any one text.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// The earliest an item may be moved by `delay_minutes`: three hours.
pub const MIN_DELAY_MINUTES: i64 = -180;

/// The latest an item may be moved by `delay_minutes`: ten hours (a
/// morning's sessions pushed to the evening). More is surely a typo.
pub const MAX_DELAY_MINUTES: i64 = 600;

/// A valid programme and the warnings found while loading it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    pub programme: Programme,
    /// Problems that do not prevent using the programme (all of
    /// [`Severity::Warning`]), in file order.
    pub warnings: Vec<Problem>,
}

/// Reads a programme: format v1, or a `schedule.json` export (recognised by
/// its top-level `schedule` object). Times of day are resolved with `tz`.
///
/// On failure, returns every problem found (errors and warnings, in file
/// order), never just the first. Never panics, whatever `text` holds.
pub fn load_with(
    text: &str,
    json: &dyn JsonParser,
    tz: &dyn TimeZones,
) -> Result<Loaded, Vec<Problem>> {
    read(text, json, tz, import::import)
}

/// [`load_with`] for v1 only: an export is refused with
/// [`ProblemKind::ExportNotConverted`]. The visitor's widget reads with
/// this, so that the importer (6 KB of brotli) is not in its first load:
/// an export goes through [`convert_with`] in a module of its own first
/// ([`import::is_schedule_json_text`] tells which texts do).
pub fn load_v1_with(
    text: &str,
    json: &dyn JsonParser,
    tz: &dyn TimeZones,
) -> Result<Loaded, Vec<Problem>> {
    read(text, json, tz, |_, _, r: &mut json::Reader| {
        r.report("", ProblemKind::ExportNotConverted);
        None
    })
}

/// Any programme [`load_with`] reads, written back as a v1 file: what the
/// widget's converter of exports gives it. Loading the text returned gives
/// the same programme (`tests/programme_convert.rs`).
#[cfg(any(feature = "editor", not(target_arch = "wasm32")))]
pub fn convert_with(
    text: &str,
    json: &dyn JsonParser,
    tz: &dyn TimeZones,
) -> Result<String, Vec<Problem>> {
    load_with(text, json, tz).map(|loaded| write(&loaded.programme, tz))
}

/// Reads the text; a `schedule.json` goes to `export` (generic: the
/// importer is linked only where it is passed).
fn read<F>(
    text: &str,
    json: &dyn JsonParser,
    tz: &dyn TimeZones,
    export: F,
) -> Result<Loaded, Vec<Problem>>
where
    F: Fn(&Value, &dyn TimeZones, &mut json::Reader) -> Option<Programme>,
{
    if text.len() > MAX_FILE_BYTES {
        let (bytes, limit) = (text.len(), MAX_FILE_BYTES);
        return Err(vec![Problem::new(
            "",
            ProblemKind::FileTooLarge { bytes, limit },
        )]);
    }
    // Windows editors may save a byte-order mark, which JSON forbids.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let root = json.parse(text).map_err(|e| {
        vec![Problem::new(
            "",
            ProblemKind::UnreadableJson {
                at: e.line_column,
                detail: e.detail,
            },
        )]
    })?;
    let mut reader = json::Reader::default();
    let programme = if import::is_schedule_json(&root) {
        export(&root, tz, &mut reader)
    } else {
        let raw = format::read(&root, &mut reader);
        v1::build(raw, tz, &mut reader)
    };
    match programme {
        Some(programme) if !reader.has_errors() => Ok(Loaded {
            programme,
            warnings: reader.problems,
        }),
        _ => Err(reader.problems),
    }
}

/// [`load_with`] `serde_json` (natively: the checker, the tests; the widget
/// uses the browser's parser).
#[cfg(not(target_arch = "wasm32"))]
pub fn load(text: &str, tz: &dyn TimeZones) -> Result<Loaded, Vec<Problem>> {
    load_with(text, &SerdeJson, tz)
}
