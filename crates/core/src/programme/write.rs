//! A [`Programme`] back to the v1 file text (DESIGN §1): what the editor
//! saves and downloads, what `check-programme --from tsv` prints. For every
//! programme [`super::load`] returns, loading the text written gives the
//! same programme again (`tests/programme_write.rs`).
//!
//! The model holds effective times (delays applied) and implied ends
//! filled in, so the writer undoes both:
//! - `start` is the planned start (`Item::planned`), `delay_minutes` the
//!   delay (left out when 0);
//! - `end` is left out when the item would end there anyway (the implied
//!   end, `schedule::implied_ends`), else written as planned (the effective
//!   end minus the delay). An explicit end equal to the implied one is thus
//!   written as implied: the same programme, and one that follows when the
//!   next item moves;
//! - a time is `HH:MM` when it falls on `event.date` in the event's zone
//!   and `HH:MM` denotes it again there (not the second 02:30 of an autumn
//!   night), else RFC 3339 with the zone's offset (seconds only if any).

use super::json_out::JsonOut;
use super::model::{Event, Instant, Item, Online, Programme, Speaker, Text};
use super::schedule::implied_ends;
use super::time::{hhmm, iso_date, local_at_offset, rfc3339};
use super::tz::TimeZones;

/// The v1 text of `programme`, laid out as the seed is (two-space indent,
/// one member a line, a final newline). `tz` tells the wall-clock times in
/// the event's zone.
pub fn write(programme: &Programme, tz: &dyn TimeZones) -> String {
    let mut w = JsonOut::default();
    w.begin_object();
    w.key("version").int(1);
    w.key("event");
    write_event(&mut w, &programme.event);
    w.key("sessions").begin_array();
    let implied = implied_ends(&programme.items);
    for (item, implied_end) in programme.items.iter().zip(implied) {
        write_item(&mut w, item, implied_end, &programme.event, tz);
    }
    w.end_array();
    w.end_object();
    w.finish()
}

/// `event` as an object (shared with the rows import, which writes the
/// event it is given before the pasted rows).
pub(crate) fn write_event(w: &mut JsonOut, event: &Event) {
    w.begin_object();
    w.key("title");
    write_text(w, &event.title);
    w.string_member("timezone", &event.timezone);
    if let Some(date) = event.date {
        w.string_member("date", &iso_date(date));
    }
    if let Some(info) = &event.info {
        w.key("info");
        write_text(w, info);
    }
    if let Some(notice) = &event.notice {
        w.key("notice");
        write_text(w, notice);
    }
    if !event.links.is_empty() {
        w.key("links").begin_array();
        for link in &event.links {
            w.begin_object().key("label");
            write_text(w, &link.label);
            w.string_member("url", &link.url).end_object();
        }
        w.end_array();
    }
    if let Some(online) = &event.online {
        w.key("online").begin_object();
        w.string_member("url", &online.url);
        if let Some(label) = &online.label {
            w.key("label");
            write_text(w, label);
        }
        if online.opens_minutes_before != Online::DEFAULT_OPENS_MINUTES_BEFORE {
            w.key("opens_minutes_before")
                .int(online.opens_minutes_before);
        }
        w.end_object();
    }
    w.end_object();
}

/// A localised text, its languages in the model's order (the first is the
/// fallback "any language", so the order is part of the programme).
pub(crate) fn write_text(w: &mut JsonOut, text: &Text) {
    w.begin_object();
    for (lang, t) in text.iter() {
        w.string_member(lang, t);
    }
    w.end_object();
}

fn write_item(
    w: &mut JsonOut,
    item: &Item,
    implied_end: Instant,
    event: &Event,
    tz: &dyn TimeZones,
) {
    w.begin_object();
    w.string_member("id", &item.id);
    w.string_member("kind", item.kind.as_str());
    w.string_member("start", &time_text(item.planned(), event, tz));
    if item.end != implied_end {
        let planned_end = item.end.plus_minutes(-item.delay_minutes);
        w.string_member("end", &time_text(planned_end, event, tz));
    }
    if item.delay_minutes != 0 {
        w.key("delay_minutes").int(item.delay_minutes);
    }
    if !item.speakers.is_empty() {
        w.key("speakers").begin_array();
        for s in &item.speakers {
            write_speaker(w, s);
        }
        w.end_array();
    }
    w.key("title");
    write_text(w, &item.title);
    if let Some(abstract_) = &item.abstract_ {
        w.key("abstract");
        write_text(w, abstract_);
    }
    if let Some(room) = &item.room {
        w.string_member("room", room);
    }
    if let Some(track) = &item.track {
        w.string_member("track", track);
    }
    if let Some(language) = &item.language {
        w.string_member("language", language);
    }
    if !item.links.is_empty() {
        w.key("links").begin_array();
        for link in &item.links {
            w.begin_object();
            w.string_member("kind", link.kind.as_str());
            w.string_member("url", &link.url);
            if let Some(label) = &link.label {
                w.key("label");
                write_text(w, label);
            }
            w.end_object();
        }
        w.end_array();
    }
    w.end_object();
}

/// A speaker as the file has it: the bare name when that is all there is
/// (the seed's form), else an object.
pub(crate) fn write_speaker(w: &mut JsonOut, s: &Speaker) {
    if s.affiliation.is_none() && s.url.is_none() {
        w.string(&s.name);
        return;
    }
    w.begin_object();
    w.string_member("name", &s.name);
    if let Some(affiliation) = &s.affiliation {
        w.string_member("affiliation", affiliation);
    }
    if let Some(url) = &s.url {
        w.string_member("url", url);
    }
    w.end_object();
}

/// `instant` as the file writes it: `HH:MM` where that reads back the same
/// on the event's date, else RFC 3339.
fn time_text(instant: Instant, event: &Event, tz: &dyn TimeZones) -> String {
    let zone = event.timezone.as_str();
    let Ok(local) = tz.local(zone, instant) else {
        // A loaded programme's zone is known; UTC is right whatever the zone.
        return with_seconds(rfc3339(&local_at_offset(instant, 0)), instant);
    };
    let whole_minute = instant.0.rem_euclid(60) == 0;
    if whole_minute
        && Some(local.date) == event.date
        && tz.resolve(zone, local.date, local.time) == Ok(instant)
    {
        return hhmm(local.time);
    }
    // Before 1970 some zones had offsets with seconds, which RFC 3339
    // cannot write: UTC then.
    let local = if local.offset_seconds % 60 == 0 {
        local
    } else {
        local_at_offset(instant, 0)
    };
    with_seconds(rfc3339(&local), instant)
}

/// `rfc3339` writes `:00` seconds; an instant of an imported file may have
/// others (`…T09:00:30+01:00`), kept so that it loads back the same.
fn with_seconds(text: String, instant: Instant) -> String {
    let seconds = instant.0.rem_euclid(60);
    if seconds == 0 {
        return text;
    }
    // `YYYY-MM-DDTHH:MM:00…`: the seconds are at 17..19.
    format!("{}{seconds:02}{}", &text[..17], &text[19..])
}
