//! The one-line status (`[data-status]`): what is on, what comes next, when
//! the event starts, that it has ended; and the badge saying the clock it
//! is told on is a preview's.

use crate::i18n::catalogue::{t, Msg};
use crate::i18n::format::{format_date, format_time, in_minutes, minutes_left};
use crate::i18n::lang::{pick, Lang};
use crate::programme::model::{CivilDate, CivilTime, Instant, LocalDateTime, Programme};
use crate::timeline::{Next, Status, Timeline};

/// Before the event, when it starts on another day than today.
pub fn starts_on(lang: Lang, date: CivilDate, time: CivilTime, minutes_until: u64) -> String {
    let (date, time, when) = (
        format_date(lang, date),
        format_time(lang, time),
        in_minutes(lang, minutes_until),
    );
    match lang {
        Lang::Fr => format!("Commence le {date} à {time}, {when}"),
        Lang::En => format!("Starts on {date} at {time}, {when}"),
    }
}

/// Before the event, when it starts today.
pub fn starts_today(lang: Lang, time: CivilTime, minutes_until: u64) -> String {
    let (time, when) = (format_time(lang, time), in_minutes(lang, minutes_until));
    match lang {
        Lang::Fr => format!("Commence aujourd’hui à {time}, {when}"),
        Lang::En => format!("Starts today at {time}, {when}"),
    }
}

/// While no join link is open: when the next one opens; `date` when that
/// is not today.
pub fn join_opens(lang: Lang, date: Option<CivilDate>, time: CivilTime) -> String {
    let time = format_time(lang, time);
    match (lang, date.map(|d| format_date(lang, d))) {
        (Lang::Fr, None) => format!("Le lien pour suivre en ligne ouvrira à {time}"),
        (Lang::Fr, Some(d)) => format!("Le lien pour suivre en ligne ouvrira le {d} à {time}"),
        (Lang::En, None) => format!("The link to join online opens at {time}"),
        (Lang::En, Some(d)) => format!("The link to join online opens on {d} at {time}"),
    }
}

/// What is on now: "Now: {title} · 12 min left".
pub fn now_on(lang: Lang, title: &str, minutes: u64) -> String {
    let (label, left) = (label(lang, Msg::Now), minutes_left(lang, minutes));
    format!("{label}{title} · {left}")
}

/// What comes next: "Next: {title} at 15:00, in 7 min".
pub fn next_at(lang: Lang, title: &str, time: CivilTime, minutes_until: u64) -> String {
    let (label, time, when) = (
        label(lang, Msg::Next),
        format_time(lang, time),
        in_minutes(lang, minutes_until),
    );
    match lang {
        Lang::Fr => format!("{label}{title} à {time}, {when}"),
        Lang::En => format!("{label}{title} at {time}, {when}"),
    }
}

/// What a break gives way to: "resumes at 15:00 with {title}, in 7 min".
pub fn break_resumes(lang: Lang, title: &str, time: CivilTime, minutes_until: u64) -> String {
    let (time, when) = (format_time(lang, time), in_minutes(lang, minutes_until));
    match lang {
        Lang::Fr => format!("reprise à {time} avec {title}, {when}"),
        Lang::En => format!("resumes at {time} with {title}, {when}"),
    }
}

/// `msg` as a label introducing something: "Now: " / "En cours : ".
fn label(lang: Lang, msg: Msg) -> String {
    match lang {
        Lang::Fr => format!("{}\u{a0}: ", t(lang, msg)),
        Lang::En => format!("{}: ", t(lang, msg)),
    }
}

/// The one-line `[data-status]` for `timeline` (computed from `programme`),
/// with item titles in `lang` (falling back as [`pick`] does) and times on
/// the wall clock `local` gives (the zone shown; the UI owns that choice):
///
/// - before: "Starts today at 13:30, in 25 min" (with the date on another day);
/// - during: "Now: {title} · 10 min left · Next: {title} at 15:00, in 10 min"
///   (several rooms: "Now: {title} ({room}) · {title} ({room}) · Next: …");
/// - break: "Now: {break} · 10 min left · resumes at 15:00 with {title}, in
///   10 min", or in a gap "Break · resumes at …";
/// - after: "The event has ended"; empty programme: "The programme is empty".
pub fn status_line(
    lang: Lang,
    timeline: &Timeline,
    programme: &Programme,
    local: impl Fn(Instant) -> LocalDateTime,
) -> String {
    joined_status(&status_parts(lang, timeline, programme, local))
}

/// [`status_parts`] as the one sentence of [`status_line`].
pub fn joined_status((now, next): &(String, Option<String>)) -> String {
    match next {
        Some(next) => format!("{now} · {next}"),
        None => now.clone(),
    }
}

/// The two parts of [`status_line`]: what is on (or when it starts, or that
/// it ended), and what comes next if anything does; so that a narrow screen
/// can show each on its own line.
pub fn status_parts(
    lang: Lang,
    timeline: &Timeline,
    programme: &Programme,
    local: impl Fn(Instant) -> LocalDateTime,
) -> (String, Option<String>) {
    let items = &programme.items;
    // `get`, not indexing: a timeline from a previous version of the
    // programme must not panic, only read oddly until the next tick.
    let title = |index: usize| {
        items.get(index).map_or("", |item| {
            pick(lang, &item.title).map_or(item.id.as_str(), |p| p.text)
        })
    };
    let now_part = |index: usize| {
        let minutes = timeline.live_item(index).map_or(1, |l| l.minutes_left);
        now_on(lang, title(index), minutes)
    };
    let next_part = |n: &Next| next_at(lang, title(n.index), local(n.starts).time, n.minutes_until);
    match &timeline.status {
        Status::Empty => (t(lang, Msg::Empty).to_owned(), None),
        Status::After { .. } => (t(lang, Msg::Ended).to_owned(), None),
        Status::Before {
            starts,
            minutes_until,
            ..
        } => {
            let at = local(*starts);
            let when = if at.date == local(timeline.now).date {
                starts_today(lang, at.time, *minutes_until)
            } else {
                starts_on(lang, at.date, at.time, *minutes_until)
            };
            (when, None)
        }
        Status::During { live, next } => {
            let now = if let [only] = live.as_slice() {
                now_part(*only)
            } else {
                let each = live.iter().map(|&i| {
                    match items.get(i).and_then(|item| item.room.as_deref()) {
                        Some(room) => format!("{} ({room})", title(i)),
                        None => title(i).to_owned(),
                    }
                });
                let each: Vec<String> = each.collect();
                format!("{}{}", label(lang, Msg::Now), each.join(" · "))
            };
            (now, next.as_ref().map(next_part))
        }
        Status::Break { live, resumes } => {
            let now = match live {
                Some(index) => now_part(*index),
                None => t(lang, Msg::Break).to_owned(),
            };
            // Nothing resumes when only the end marker is left: announce it
            // as the next item instead.
            let then = match resumes {
                Some(r) => Some(break_resumes(
                    lang,
                    title(r.index),
                    local(r.starts).time,
                    r.minutes_until,
                )),
                None => timeline.next.as_ref().map(next_part),
            };
            (now, then)
        }
    }
}

/// The status line of a page printed before any script runs (the
/// prerendered standalone page), which cannot know the time it is read at:
/// the programme's span, "From 13:30 to 16:40" / "De 13 h 30 à 16 h 40",
/// or from its first day to its last. One line, as most statuses are, so
/// that the widget's own status takes its place without moving the page.
pub fn programme_span(lang: Lang, first: LocalDateTime, last: LocalDateTime) -> String {
    if first.date == last.date {
        let (from, to) = (format_time(lang, first.time), format_time(lang, last.time));
        return match lang {
            Lang::Fr => format!("De {from} à {to}"),
            Lang::En => format!("From {from} to {to}"),
        };
    }
    let (from, to) = (format_date(lang, first.date), format_date(lang, last.date));
    match lang {
        Lang::Fr => format!("Du {from} au {to}"),
        Lang::En => format!("From {from} to {to}"),
    }
}

/// The badge of a preview clock (`now=`, `speed=`): the agenda's time,
/// which is not the visitor's, so that a page left in preview is not
/// mistaken for the live programme.
pub fn preview_badge(lang: Lang, time: CivilTime) -> String {
    let time = format_time(lang, time);
    match lang {
        Lang::Fr => format!("Aperçu à {time} (horloge simulée)"),
        Lang::En => format!("Preview at {time} (simulated clock)"),
    }
}
