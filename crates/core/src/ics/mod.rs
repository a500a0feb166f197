//! iCalendar (RFC 5545) export of the programme, for "add to calendar"
//! (DESIGN §3, `[data-ics="all"]` and `[data-ics="<id>"]`).
//!
//! Pure: the caller passes the clock (`stamp`), the language and the page's
//! address; the browser side only turns the returned text into a download
//! named by [`file_name`], of type [`MEDIA_TYPE`].
//!
//! ```
//! use live_agenda_core::i18n::Lang;
//! use live_agenda_core::ics;
//! use live_agenda_core::programme::{load, FixedZones, Instant};
//!
//! let text = r#"{ "version": 1,
//!   "event": { "title": {"en": "Workshop"}, "timezone": "UTC", "date": "2022-11-24" },
//!   "sessions": [ { "id": "a", "start": "13:30", "end": "14:00", "title": {"en": "Welcome"} } ] }"#;
//! let programme = load(text, &FixedZones).unwrap().programme;
//! let ics = ics::calendar(&programme, Lang::En, ics::Selection::All, Instant(1_669_000_000), None, None).unwrap();
//! assert!(ics.contains("\r\nDTSTART:20221124T133000Z\r\n"));
//! assert_eq!(ics::file_name(&programme, ics::Selection::Item("a")), "a.ics");
//! ```
//!
//! # Decisions
//!
//! - **UTC times** (`DTSTART:20221124T123000Z`), no `VTIMEZONE`: instants
//!   are already UTC in the model, every calendar shows them in its user's
//!   zone, and a hand-written `VTIMEZONE` is where real files go wrong (the
//!   JRES 2022 export names `TZID=Europe/Paris` without defining it).
//! - **Which items**: every item but the `end` marker, which marks the end
//!   of the event and is not an event itself. An item that lasts no time
//!   (the last one when the file gives it no `end`) is exported without
//!   `DTEND`: RFC 5545 §3.6.1 reads that as an event at an instant, whereas
//!   `DTEND` equal to `DTSTART` would be invalid ("MUST be later").
//! - **Stable UIDs** ([`uid`]): `<item id>.<event date>.<event title>@live-agenda`,
//!   so that importing the file again (or after the organisers moved a
//!   talk) updates the events instead of duplicating them. It never depends
//!   on the export's language: the event title is taken in French, else
//!   English, else its first language. The date is `event.date`, else the
//!   UTC date of the programme's first start (multi-day files).
//! - **Text**: the title and abstract in the language asked for, else the
//!   other one, as the widget shows them (`i18n::pick`), with a `LANGUAGE`
//!   parameter saying which. `DESCRIPTION` is the speakers line, a blank
//!   line, then the abstract.
//! - **Reminders**: with `reminder`, each session (an item with its own
//!   buttons, `display::has_own_actions`: not the welcome or the break) has
//!   a `VALARM` that many minutes before its start (`ACTION:DISPLAY`, its
//!   title as the `DESCRIPTION` the alarm shows), so that a phone's
//!   calendar says when to walk back into the room.
//! - **Lines**: CRLF, folded at 75 octets between characters, never inside
//!   a UTF-8 sequence ([`fold_line`]; the JRES export splits one).

//!
//! Files: this one builds the calendar; [`names`] gives its file name and
//! UIDs; [`text`] escapes and folds its lines and builds item links.

mod names;
mod text;

use crate::display::has_own_actions;
use crate::i18n::{pick, Lang};
use crate::mine::Mine;
use crate::programme::model::{Instant, Item, Kind, Programme};
use crate::programme::time::civil_from_days;
pub use names::{file_name, fold, uid};
use text::is_blank;
pub use text::{escape_text, fold_line, item_url};

/// The media type of the file, for the download's `Blob`.
pub const MEDIA_TYPE: &str = "text/calendar;charset=utf-8";

/// How long before each session the widget's calendar files remind, unless
/// the visitor chose otherwise: time to walk back from the coffee into the
/// room.
pub const REMINDER_MINUTES: u32 = 10;

/// The reminders a visitor can choose before downloading: none, or so many
/// minutes before each session; in the order the choice lists them.
pub const REMINDER_CHOICES: [Option<u32>; 4] = [None, Some(5), Some(10), Some(15)];

/// A reminder choice as remembered in the browser: `none`, or the minutes.
pub fn reminder_to_stored(reminder: Option<u32>) -> String {
    reminder.map_or("none".to_owned(), |m| m.to_string())
}

/// The reminder to use, from the visitor's remembered choice; nothing
/// remembered, or a value that is no longer a choice, gives the default.
pub fn reminder_choice(stored: Option<&str>) -> Option<u32> {
    REMINDER_CHOICES
        .into_iter()
        .find(|&choice| stored == Some(reminder_to_stored(choice).as_str()))
        .unwrap_or(Some(REMINDER_MINUTES))
}

/// `PRODID`: who made the file (RFC 5545 §3.7.3).
const PRODID: &str = concat!(
    "-//live-agenda//live-agenda ",
    env!("CARGO_PKG_VERSION"),
    "//EN"
);

/// Which events a calendar file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Selection<'a> {
    /// Every event of the programme (`[data-ics="all"]`).
    All,
    /// The one item of this id (`[data-ics="<id>"]`).
    Item(&'a str),
    /// The visitor's starred sessions (`[data-ics="mine"]`).
    Mine(&'a Mine),
}

impl Selection<'_> {
    fn holds(self, item: &Item) -> bool {
        match self {
            Selection::All => is_event(item),
            Selection::Item(id) => is_event(item) && item.id == id,
            Selection::Mine(mine) => has_own_actions(&item.kind) && mine.contains(&item.id),
        }
    }
}

/// The iCalendar file for `programme`: the events `only` selects. Times are UTC; titles and abstracts in `lang`
/// (falling back as the widget does); `stamp` is `DTSTAMP`, the instant the
/// file is made (the caller's clock); with `page_url`, each event links to
/// `page_url#<id>` (any fragment of `page_url` replaced); with `reminder`,
/// each session reminds that many minutes before it starts.
///
/// `None` when there is nothing to export (an unknown id, the `end` marker,
/// a programme with no event): RFC 5545 forbids a calendar without a
/// component, so no file should be offered.
pub fn calendar(
    programme: &Programme,
    lang: Lang,
    only: Selection,
    stamp: Instant,
    page_url: Option<&str>,
    reminder: Option<u32>,
) -> Option<String> {
    let items: Vec<&Item> = programme
        .items
        .iter()
        .filter(|item| only.holds(item))
        .collect();
    if items.is_empty() {
        return None;
    }
    let mut out = String::new();
    let mut line = |name: &str, value: &str| {
        out.push_str(&fold_line(&format!("{name}:{value}")));
        out.push_str("\r\n");
    };
    line("BEGIN", "VCALENDAR");
    line("VERSION", "2.0");
    line("PRODID", PRODID);
    line("CALSCALE", "GREGORIAN");
    line("METHOD", "PUBLISH");
    if !matches!(only, Selection::Item(_)) {
        // The name a calendar application proposes for the imported set
        // (RFC 7986 `NAME`, and the older `X-WR-CALNAME` most apps read).
        if let Some(title) = pick(lang, &programme.event.title).filter(|t| !is_blank(t.text)) {
            line(&with_language("NAME", title.lang), &escape_text(title.text));
            line("X-WR-CALNAME", &escape_text(title.text));
        }
    }
    let stamp = utc(stamp);
    for item in items {
        line("BEGIN", "VEVENT");
        line("UID", &escape_text(&uid(programme, item)));
        line("DTSTAMP", &stamp);
        line("DTSTART", &utc(item.start));
        if item.end > item.start {
            line("DTEND", &utc(item.end));
        }
        // Titles are required by the format; an import may still lack one,
        // and an event without a summary shows as blank: its id then.
        let title = pick(lang, &item.title).filter(|t| !is_blank(t.text));
        let summary = escape_text(title.as_ref().map_or(item.id.as_str(), |t| t.text));
        match &title {
            Some(title) => line(&with_language("SUMMARY", title.lang), &summary),
            None => line("SUMMARY", &summary),
        }
        if let Some((description, language)) = description(lang, item) {
            let name = match language {
                Some(code) => with_language("DESCRIPTION", code),
                None => "DESCRIPTION".to_owned(),
            };
            line(&name, &escape_text(&description));
        }
        if let Some(room) = item.room.as_deref().filter(|r| !is_blank(r)) {
            line("LOCATION", &escape_text(room));
        }
        if let Some(page) = page_url {
            line("URL", &item_url(page, &item.id));
        }
        if let Some(minutes) = reminder.filter(|_| has_own_actions(&item.kind)) {
            line("BEGIN", "VALARM");
            line("ACTION", "DISPLAY");
            line("DESCRIPTION", &summary);
            line("TRIGGER", &format!("-PT{minutes}M"));
            line("END", "VALARM");
        }
        line("END", "VEVENT");
    }
    line("END", "VCALENDAR");
    Some(out)
}

/// Whether `item` becomes a `VEVENT` of the whole programme's file: all but
/// the `end` marker. (Which items get their own button is
/// `display::has_own_actions`: the sessions only.)
pub fn is_event(item: &Item) -> bool {
    item.kind != Kind::End
}

/// The speakers line, a blank line, then the abstract in `lang` (or its
/// fallback); with the abstract's language code. `None` when the item has
/// neither.
fn description(lang: Lang, item: &Item) -> Option<(String, Option<&str>)> {
    let speakers = crate::display::speakers_line(&item.speakers);
    let abstract_ = item.abstract_.as_ref().and_then(|a| pick(lang, a));
    let abstract_ = abstract_.filter(|a| !is_blank(a.text));
    match (is_blank(&speakers), abstract_) {
        (true, None) => None,
        (false, None) => Some((speakers, None)),
        (true, Some(a)) => Some((a.text.trim().to_owned(), Some(a.lang))),
        (false, Some(a)) => Some((format!("{speakers}\n\n{}", a.text.trim()), Some(a.lang))),
    }
}

/// `NAME;LANGUAGE=code`, or `NAME` alone when `code` is not a plain language
/// tag: codes come from the file's keys, and a parameter value holding `:`
/// `;` `,` or a quote would need quoting or could not be written at all.
fn with_language(name: &str, code: &str) -> String {
    let plain = !code.is_empty()
        && code.len() <= 35
        && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    if plain {
        format!("{name};LANGUAGE={code}")
    } else {
        name.to_owned()
    }
}

/// `20221124T123000Z`: a UTC DATE-TIME (RFC 5545 §3.3.5, form #2).
fn utc(instant: Instant) -> String {
    let secs = instant.0.rem_euclid(86_400);
    let date = civil_from_days(instant.0.div_euclid(86_400));
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        date.year,
        date.month,
        date.day,
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_date_times() {
        assert_eq!(utc(Instant(1_669_293_000)), "20221124T123000Z");
        assert_eq!(utc(Instant(0)), "19700101T000000Z");
        assert_eq!(utc(Instant(-1)), "19691231T235959Z");
    }

    #[test]
    fn language_parameters_only_for_plain_tags() {
        assert_eq!(with_language("SUMMARY", "fr"), "SUMMARY;LANGUAGE=fr");
        assert_eq!(with_language("SUMMARY", "x:y"), "SUMMARY");
        assert_eq!(with_language("SUMMARY", ""), "SUMMARY");
    }
}
