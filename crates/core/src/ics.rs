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
//! let ics = ics::calendar(&programme, Lang::En, None, Instant(1_669_000_000), None).unwrap();
//! assert!(ics.contains("\r\nDTSTART:20221124T133000Z\r\n"));
//! assert_eq!(ics::file_name(&programme, Some("a")), "a.ics");
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
//! - **Lines**: CRLF, folded at 75 octets between characters, never inside
//!   a UTF-8 sequence ([`fold_line`]; the JRES export splits one).

use std::fmt::Write as _;

use crate::i18n::{pick, Lang};
use crate::programme::model::{Instant, Item, Kind, Programme, Text};
use crate::programme::time::civil_from_days;

/// The media type of the file, for the download's `Blob`.
pub const MEDIA_TYPE: &str = "text/calendar;charset=utf-8";

/// `PRODID`: who made the file (RFC 5545 §3.7.3).
const PRODID: &str = concat!(
    "-//live-agenda//live-agenda ",
    env!("CARGO_PKG_VERSION"),
    "//EN"
);

/// RFC 5545 §3.1: "Lines of text SHOULD NOT be longer than 75 octets,
/// excluding the line break."
const MAX_LINE_OCTETS: usize = 75;

/// Slugs longer than this are cut (at a word boundary when there is one):
/// a file name or UID stays readable and well under any file system limit.
const MAX_SLUG: usize = 48;

/// The iCalendar file for `programme`: every event of it, or with `only`
/// the one item of that id. Times are UTC; titles and abstracts in `lang`
/// (falling back as the widget does); `stamp` is `DTSTAMP`, the instant the
/// file is made (the caller's clock); with `page_url`, each event links to
/// `page_url#<id>` (any fragment of `page_url` replaced).
///
/// `None` when there is nothing to export (an unknown id, the `end` marker,
/// a programme with no event): RFC 5545 forbids a calendar without a
/// component, so no file should be offered.
pub fn calendar(
    programme: &Programme,
    lang: Lang,
    only: Option<&str>,
    stamp: Instant,
    page_url: Option<&str>,
) -> Option<String> {
    let items: Vec<&Item> = programme
        .items
        .iter()
        .filter(|item| is_event(item) && only.is_none_or(|id| item.id == id))
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
    if only.is_none() {
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
        match pick(lang, &item.title).filter(|t| !is_blank(t.text)) {
            Some(title) => line(
                &with_language("SUMMARY", title.lang),
                &escape_text(title.text),
            ),
            // Titles are required by the format; an import may still lack
            // one, and an event without a summary shows as blank.
            None => line("SUMMARY", &escape_text(&item.id)),
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
        line("END", "VEVENT");
    }
    line("END", "VCALENDAR");
    Some(out)
}

/// Whether `item` becomes a `VEVENT`: all but the `end` marker. For the UI,
/// which offers `[data-ics="<id>"]` only on these.
pub fn is_event(item: &Item) -> bool {
    item.kind != Kind::End
}

/// The download's file name: the item's id (`fercoq-adam.ics`) with `only`,
/// else the event's title (`atelier-optimisation.ics`, French first as for
/// [`uid`]). Lower-case ASCII letters, digits and `-` only (accents are
/// dropped from their letters), at most 48 characters before `.ics`, never
/// empty, never a reserved Windows device name.
pub fn file_name(programme: &Programme, only: Option<&str>) -> String {
    let base = match only {
        Some(id) => {
            // An id with no Latin letter or digit: the item's title, then a
            // generic name.
            let title = || {
                let item = programme.items.iter().find(|i| i.id == id)?;
                Some(slug(stable_text(&item.title), MAX_SLUG))
            };
            non_empty(slug(id, MAX_SLUG))
                .or_else(|| title().and_then(non_empty))
                .unwrap_or_else(|| "session".to_owned())
        }
        None => non_empty(slug(stable_text(&programme.event.title), MAX_SLUG))
            .unwrap_or_else(|| "programme".to_owned()),
    };
    // `con.ics`, `nul.ics`… cannot be saved on Windows, whatever follows
    // the dot.
    let reserved = matches!(base.as_str(), "con" | "prn" | "aux" | "nul")
        || (base.len() == 4
            && (base.starts_with("com") || base.starts_with("lpt"))
            && base.as_bytes()[3].is_ascii_digit());
    if reserved {
        format!("{base}-agenda.ics")
    } else {
        format!("{base}.ics")
    }
}

/// The `UID` of `item`: `<id>.<yyyymmdd>.<event slug>@live-agenda`, the
/// same whatever the language and the export (see the module notes). The id
/// is kept as is when it is made of ASCII letters, digits, `-` and `_`, and
/// percent-encoded otherwise, so that two ids never share a UID.
pub fn uid(programme: &Programme, item: &Item) -> String {
    let date = programme
        .event
        .date
        .or_else(|| {
            let first = programme.items.iter().map(|i| i.start).min()?;
            Some(civil_from_days(first.0.div_euclid(86_400)))
        })
        .map_or_else(
            || "00000000".to_owned(),
            |d| format!("{:04}{:02}{:02}", d.year, d.month, d.day),
        );
    let event = slug(stable_text(&programme.event.title), MAX_SLUG);
    let event = if event.is_empty() { "event" } else { &event };
    let mut id = String::new();
    for b in item.id.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' {
            id.push(char::from(b));
        } else {
            // `.` is the separator and `%` the escape: both encoded too.
            let _ = write!(id, "%{b:02X}");
        }
    }
    format!("{id}.{date}.{event}@live-agenda")
}

/// Escapes `text` as an RFC 5545 TEXT value (§3.3.11): `\` `;` `,` are
/// backslash-escaped, every line break (`\n`, `\r\n`, `\r`) becomes `\n`,
/// and other control characters, which TEXT cannot hold, are dropped (tab
/// is kept).
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                // CRLF is one line break, not two.
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\t' => out.push('\t'),
            // C0, DEL and C1 controls are outside TEXT's SAFE-CHAR.
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line (without its line break) as RFC 5545 §3.1 asks:
/// physical lines of at most 75 octets, joined by CRLF and one space, the
/// space counting in the 75. Breaks fall only between characters (so every
/// physical line is valid UTF-8 on its own) and never inside a backslash
/// escape; unfolding (removing each CRLF + space) gives `line` back. No
/// trailing CRLF.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 36);
    let mut used = 0;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        // An escape (`\,`, `\n`…) stays on one line: unfolding comes first
        // in RFC 5545, but a reader that unescapes line by line would
        // otherwise see a lone backslash.
        let escaped = if c == '\\' { chars.next() } else { None };
        let n = c.len_utf8() + escaped.map_or(0, char::len_utf8);
        if used + n > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        out.extend(escaped);
        used += n;
    }
    out
}

/// The speakers line, a blank line, then the abstract in `lang` (or its
/// fallback); with the abstract's language code. `None` when the item has
/// neither.
fn description(lang: Lang, item: &Item) -> Option<(String, Option<&str>)> {
    let speakers: Vec<&str> = item
        .speakers
        .iter()
        .map(|s| s.trim())
        .filter(|s| !is_blank(s))
        .collect();
    let speakers = speakers.join(", ");
    let abstract_ = item.abstract_.as_ref().and_then(|a| pick(lang, a));
    let abstract_ = abstract_.filter(|a| !is_blank(a.text));
    match (is_blank(&speakers), abstract_) {
        (true, None) => None,
        (false, None) => Some((speakers, None)),
        (true, Some(a)) => Some((a.text.trim().to_owned(), Some(a.lang))),
        (false, Some(a)) => Some((format!("{speakers}\n\n{}", a.text.trim()), Some(a.lang))),
    }
}

/// Whether `text` would show as nothing: only spaces and control characters
/// (which [`escape_text`] drops).
fn is_blank(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || c.is_control())
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

/// `page#id`: the page's address without its fragment, then the id as a
/// fragment. Spaces, controls and non-ASCII bytes are percent-encoded in
/// both, so the URI is valid and no value can break out of its line.
fn item_url(page: &str, id: &str) -> String {
    let page = page.split('#').next().unwrap_or(page);
    let mut out = String::with_capacity(page.len() + id.len() + 1);
    for b in page.bytes() {
        push_uri_byte(&mut out, b, false);
    }
    out.push('#');
    for b in id.bytes() {
        push_uri_byte(&mut out, b, true);
    }
    out
}

/// Appends `b` to a URI: as is when it may stand there (RFC 3986), else
/// percent-encoded. In a fragment, `%` and `#` are data, so encoded too; in
/// the page address they are kept (its escapes are already made).
fn push_uri_byte(out: &mut String, b: u8, fragment: bool) {
    let plain = b.is_ascii_alphanumeric()
        || b"-._~!$&'()*+,;=:@/?".contains(&b)
        || (!fragment && (b == b'%' || b == b'[' || b == b']'));
    if plain {
        out.push(char::from(b));
    } else {
        let _ = write!(out, "%{b:02X}");
    }
}

/// `s` unless it is empty.
fn non_empty(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

/// The text used for identities (UIDs, file names): French, else English,
/// else the first language, so it never depends on the visitor's choice.
fn stable_text(text: &Text) -> &str {
    pick(Lang::Fr, text).map_or("", |p| p.text)
}

/// A lower-case ASCII slug of `text`: letters with their accents dropped
/// (`é` → `e`, `œ` → `oe`), digits, and single `-` between words; at most
/// `max` bytes, cut at a `-` when one falls in the second half.
fn slug(text: &str, max: usize) -> String {
    let mut out = String::new();
    let mut pending_dash = false;
    // ASCII lowering plus the Latin capitals below: the full Unicode case
    // tables would cost the widget ~4 KB brotli for file names.
    for c in text.chars().map(|c| c.to_ascii_lowercase()) {
        let mut buf = [0; 4];
        let ascii = match c {
            'a'..='z' | '0'..='9' => c.encode_utf8(&mut buf),
            c => match transliterate(c) {
                Some(s) => s,
                None => {
                    pending_dash = true;
                    continue;
                }
            },
        };
        if pending_dash && !out.is_empty() {
            out.push('-');
        }
        pending_dash = false;
        out.push_str(ascii);
        if out.len() > max {
            break;
        }
    }
    if out.len() > max {
        // Cut at the last word boundary, unless that loses more than half.
        let at_boundary = out.as_bytes()[max] == b'-';
        out.truncate(max);
        if !at_boundary {
            if let Some(cut) = out.rfind('-').filter(|&i| i >= max / 2) {
                out.truncate(cut);
            }
        }
    }
    out
}

/// The ASCII spelling of a lower-case Latin letter with a diacritic (the
/// letters of French, German, Spanish, Italian, Portuguese and the Nordic
/// languages); `None` for anything else, which then separates words.
fn transliterate(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'ď' | 'đ' | 'ð' | 'Ď' | 'Đ' | 'Ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'Į' | 'İ' => {
            "i"
        }
        'ł' | 'ľ' | 'Ł' | 'Ľ' => "l",
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => "o",
        'œ' | 'Œ' => "oe",
        'ř' | 'Ř' => "r",
        'ś' | 'š' | 'ş' | 'Ś' | 'Š' | 'Ş' => "s",
        'ß' => "ss",
        'ť' | 'ţ' | 'Ť' | 'Ţ' => "t",
        'þ' | 'Þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' | 'Ų' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_drop_accents_and_join_words() {
        assert_eq!(slug("Atelier optimisation", 48), "atelier-optimisation");
        assert_eq!(slug("ÉCOLE Œuvre Ça", 48), "ecole-oeuvre-ca");
        assert_eq!(slug("Fin de l’atelier", 48), "fin-de-l-atelier");
        assert_eq!(slug("  Œuvre — été 2022!  ", 48), "oeuvre-ete-2022");
        assert_eq!(slug("日本語", 48), "");
        assert_eq!(slug("aaaa bbbb cccc", 11), "aaaa-bbbb");
        assert_eq!(slug("aaaa bbbb cccc", 9), "aaaa-bbbb");
        assert_eq!(slug("aaaa bbbbbbbbbb", 9), "aaaa");
        assert_eq!(slug("aaaaaaa bbbb", 9), "aaaaaaa");
    }

    #[test]
    fn utc_date_times() {
        assert_eq!(utc(Instant(1_669_293_000)), "20221124T123000Z");
        assert_eq!(utc(Instant(0)), "19700101T000000Z");
        assert_eq!(utc(Instant(-1)), "19691231T235959Z");
    }

    #[test]
    fn item_urls_replace_the_fragment_and_encode() {
        assert_eq!(
            item_url("https://a.example/p?x=1#old", "fercoq-adam"),
            "https://a.example/p?x=1#fercoq-adam"
        );
        assert_eq!(
            item_url("https://a.example/a b\r\n", "é #%"),
            "https://a.example/a%20b%0D%0A#%C3%A9%20%23%25"
        );
    }

    #[test]
    fn language_parameters_only_for_plain_tags() {
        assert_eq!(with_language("SUMMARY", "fr"), "SUMMARY;LANGUAGE=fr");
        assert_eq!(with_language("SUMMARY", "x:y"), "SUMMARY");
        assert_eq!(with_language("SUMMARY", ""), "SUMMARY");
    }
}
