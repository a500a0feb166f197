//! Interface languages, strings and formatting (DESIGN §2 "FR/EN").
//!
//! Pure: every sentence the widget shows is built here, from plain values,
//! so the UI only places strings and a test can read every one of them.
//!
//! # Decisions
//!
//! - **Starting language** ([`initial_lang`]): the visitor's remembered
//!   choice, else the embed's `lang` option, else the first browser language
//!   that is French or English, else French. The remembered choice beats the
//!   option because the documented embed always sets `data-lang`: if the
//!   option won, a visitor who switched to English would be switched back on
//!   every visit, and "the choice is remembered" would mean nothing.
//! - **Times**: French `13 h 30` (Imprimerie nationale, the usual form in
//!   French running text; with no-break spaces, so it never wraps), English
//!   `13:30` on the 24-hour clock (a European event, read by people across
//!   zones: no am/pm ambiguity). Minutes are always written (`14 h 00`) so
//!   that a column of times lines up.
//! - **Dates**: `jeudi 24 novembre 2022` (`1er` on the first of the month) and
//!   British `Thursday 24 November 2022`.
//! - **Durations**: `7 min` below an hour, `1 h 05` below two days, then
//!   whole days (`3 days`, `3 jours`); minute counts come rounded up from
//!   [`crate::timeline`].
//! - **French typography**: a no-break space (U+00A0) before `:` and inside
//!   `13 h 30` / `7 min`; the typographic apostrophe (U+2019).

use std::borrow::Cow;

use crate::programme::model::{
    CivilDate, CivilTime, Instant, Kind, LocalDateTime, Programme, Text,
};
use crate::sync::Notice;
use crate::timeline::{Next, Status, Timeline};

/// An interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// French, the default.
    #[default]
    Fr,
    /// English.
    En,
}

impl Lang {
    /// Both languages, in the switch's order.
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The BCP 47 code: the value of `lang` and `data-lang` attributes and of
    /// the keys of a programme's localised texts.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// The language's own name, the same in every interface language (a
    /// person looking for their language reads it in that language).
    pub fn name(self) -> &'static str {
        match self {
            Lang::Fr => "Français",
            Lang::En => "English",
        }
    }

    /// Reads a language tag (`fr`, `fr-FR`, `EN_gb`, …) by its primary
    /// subtag, ignoring case; `None` for any other language.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Lang::ALL
            .into_iter()
            .find(|l| primary.eq_ignore_ascii_case(l.code()))
    }

    /// The other language: what the switch offers.
    pub fn other(self) -> Lang {
        match self {
            Lang::Fr => Lang::En,
            Lang::En => Lang::Fr,
        }
    }
}

/// The language to start in: the remembered choice (`stored`), else the
/// embed's `lang` option, else the first of the browser's languages that is
/// French or English, else French. Values that are not French or English are
/// skipped. See the module notes for why `stored` comes first.
pub fn initial_lang(
    option: Option<&str>,
    stored: Option<&str>,
    navigator_languages: &[String],
) -> Lang {
    stored
        .and_then(Lang::parse)
        .or_else(|| option.and_then(Lang::parse))
        .or_else(|| navigator_languages.iter().find_map(|l| Lang::parse(l)))
        .unwrap_or_default()
}

// Declares `Msg` and `Msg::ALL` from one list, so that `ALL` cannot miss a
// key.
macro_rules! messages {
    ($($(#[$doc:meta])* $key:ident,)*) => {
        /// A fixed interface string; [`t`] gives it in a language.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg {
            $($(#[$doc])* $key,)*
        }

        impl Msg {
            /// Every key, in declaration order.
            pub const ALL: &'static [Msg] = &[$(Msg::$key),*];
        }
    };
}

messages! {
    /// While the programme is fetched.
    Loading,
    /// Heading of `[data-error]`.
    ErrorTitle,
    /// Button to fetch again after an error.
    Retry,
    /// Heading of the agenda.
    Programme,
    /// Label of what is on now.
    Now,
    /// Label of what comes next.
    Next,
    /// Badge on the live item.
    LiveBadge,
    /// Status during a break or a gap.
    Break,
    /// Status after the event.
    Ended,
    /// Status of a programme without items.
    Empty,
    /// Heading of an abstract.
    Abstract,
    /// Label before one speaker.
    Speaker,
    /// Label before several speakers.
    Speakers,
    /// Label before a room.
    Room,
    /// Heading of the event's practical information.
    PracticalInfo,
    /// Heading of the event's links.
    Links,
    /// Heading of the organisers' announcement.
    Announcement,
    /// Accessible label of the language switch.
    LanguageSwitch,
    /// Accessible label of the time-zone switch.
    TimeZoneSwitch,
    /// Time-zone switch: the event's zone.
    EventTimes,
    /// Time-zone switch: the device's zone.
    MyTimes,
    /// Link downloading one item as ICS.
    AddToCalendar,
    /// Link downloading the whole programme as ICS.
    AddAllToCalendar,
    /// Button sharing an item's link.
    Share,
    /// Confirmation after copying a link.
    LinkCopied,
    /// Mark on an item the last update changed.
    Changed,
    /// Kind label: `welcome`.
    KindWelcome,
    /// Kind label: `talk`.
    KindTalk,
    /// Kind label: `break`.
    KindBreak,
    /// Kind label: `discussion`.
    KindDiscussion,
    /// Kind label: `end`.
    KindEnd,
}

/// The interface string `msg` in `lang`.
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    match lang {
        Lang::Fr => fr(msg),
        Lang::En => en(msg),
    }
}

// One exhaustive match per language, no wildcard: a key without a
// translation does not compile.
fn fr(msg: Msg) -> &'static str {
    match msg {
        Msg::Loading => "Chargement du programme…",
        Msg::ErrorTitle => "Impossible de charger le programme",
        Msg::Retry => "Réessayer",
        Msg::Programme => "Programme",
        Msg::Now => "En cours",
        Msg::Next => "À suivre",
        Msg::LiveBadge => "En ce moment",
        Msg::Break => "Pause",
        Msg::Ended => "L’événement est terminé",
        Msg::Empty => "Le programme est vide",
        Msg::Abstract => "Résumé",
        Msg::Speaker => "Intervenant",
        Msg::Speakers => "Intervenants",
        Msg::Room => "Salle",
        Msg::PracticalInfo => "Informations pratiques",
        Msg::Links => "Liens",
        Msg::Announcement => "Annonce",
        Msg::LanguageSwitch => "Langue",
        Msg::TimeZoneSwitch => "Fuseau horaire",
        Msg::EventTimes => "Heure de l’événement",
        Msg::MyTimes => "Mon heure",
        Msg::AddToCalendar => "Ajouter à l’agenda",
        Msg::AddAllToCalendar => "Ajouter tout le programme à l’agenda",
        Msg::Share => "Partager",
        Msg::LinkCopied => "Lien copié",
        Msg::Changed => "Modifié",
        Msg::KindWelcome => "Accueil",
        Msg::KindTalk => "Exposé",
        Msg::KindBreak => "Pause",
        Msg::KindDiscussion => "Discussion",
        Msg::KindEnd => "Fin",
    }
}

fn en(msg: Msg) -> &'static str {
    match msg {
        Msg::Loading => "Loading the programme…",
        Msg::ErrorTitle => "Could not load the programme",
        Msg::Retry => "Try again",
        Msg::Programme => "Programme",
        Msg::Now => "Now",
        Msg::Next => "Next",
        Msg::LiveBadge => "On now",
        Msg::Break => "Break",
        Msg::Ended => "The event has ended",
        Msg::Empty => "The programme is empty",
        Msg::Abstract => "Abstract",
        Msg::Speaker => "Speaker",
        Msg::Speakers => "Speakers",
        Msg::Room => "Room",
        Msg::PracticalInfo => "Practical information",
        Msg::Links => "Links",
        Msg::Announcement => "Announcement",
        Msg::LanguageSwitch => "Language",
        Msg::TimeZoneSwitch => "Time zone",
        Msg::EventTimes => "Event time",
        Msg::MyTimes => "My time",
        Msg::AddToCalendar => "Add to calendar",
        Msg::AddAllToCalendar => "Add the whole programme to your calendar",
        Msg::Share => "Share",
        Msg::LinkCopied => "Link copied",
        Msg::Changed => "Changed",
        Msg::KindWelcome => "Welcome",
        Msg::KindTalk => "Talk",
        Msg::KindBreak => "Break",
        Msg::KindDiscussion => "Discussion",
        Msg::KindEnd => "End",
    }
}

/// The label of an item's kind; an unknown kind shows as written in the
/// file. Owned-or-static so that a reactive view can return it.
pub fn kind_label(lang: Lang, kind: &Kind) -> Cow<'static, str> {
    let msg = match kind {
        Kind::Welcome => Msg::KindWelcome,
        Kind::Talk => Msg::KindTalk,
        Kind::Break => Msg::KindBreak,
        Kind::Discussion => Msg::KindDiscussion,
        Kind::End => Msg::KindEnd,
        Kind::Other(s) => return Cow::Owned(s.clone()),
    };
    Cow::Borrowed(t(lang, msg))
}

/// "Speaker" or "Speakers", for `count` speakers.
pub fn speakers_label(lang: Lang, count: usize) -> &'static str {
    let msg = if count == 1 {
        Msg::Speaker
    } else {
        Msg::Speakers
    };
    t(lang, msg)
}

/// The body of `[data-error]` when fetching failed: names the file.
pub fn fetch_failed(lang: Lang, url: &str, reason: &str) -> String {
    match lang {
        Lang::Fr => format!("Impossible de récupérer {url}\u{a0}: {reason}"),
        Lang::En => format!("Could not fetch {url}: {reason}"),
    }
}

/// The lead of `[data-error]` when the programme fails validation; the
/// problems, each with its path, are listed after it.
pub fn invalid_file(lang: Lang, file: &str) -> String {
    match lang {
        Lang::Fr => format!("Le fichier {file} n’est pas un programme valide\u{a0}:"),
        Lang::En => format!("The file {file} is not a valid programme:"),
    }
}

/// Names the zone the times are shown in: "Times in Europe/Paris",
/// "Fuseau horaire : Europe/Paris".
pub fn times_in_zone(lang: Lang, zone: &str) -> String {
    match lang {
        // "Heure(s) de Europe/Paris" would need an elision the zone names
        // do not allow.
        Lang::Fr => format!("Fuseau horaire\u{a0}: {zone}"),
        Lang::En => format!("Times in {zone}"),
    }
}

/// `[data-notice]` when showing the stored copy offline, `minutes` old.
pub fn offline_copy(lang: Lang, minutes: u64) -> String {
    let age = duration(lang, minutes);
    match lang {
        Lang::Fr => format!("Hors ligne\u{a0}: programme d’il y a {age}"),
        Lang::En => format!("Offline: programme as of {age} ago"),
    }
}

/// `[data-notice]` about the freshness of the programme shown (see
/// [`crate::sync::Notice`]); `local` gives the wall clock of an instant in
/// the zone shown.
pub fn sync_notice(
    lang: Lang,
    notice: &Notice,
    local: impl Fn(Instant) -> LocalDateTime,
) -> String {
    let age = |minutes: i64| duration(lang, u64::try_from(minutes).unwrap_or(0));
    match notice {
        Notice::UpdatedAt(at) => updated_at(lang, local(*at).time),
        Notice::StoredCopy { age_minutes } => match lang {
            Lang::Fr => format!(
                "Copie enregistrée sur cet appareil, d’il y a {}",
                age(*age_minutes)
            ),
            Lang::En => format!("Copy saved on this device, from {} ago", age(*age_minutes)),
        },
        Notice::StaleBecause {
            reason,
            age_minutes,
        } if reason.is_offline() => offline_copy(lang, u64::try_from(*age_minutes).unwrap_or(0)),
        Notice::StaleBecause { age_minutes, .. } => match lang {
            Lang::Fr => format!(
                "Programme d’il y a {} (la mise à jour a échoué)",
                age(*age_minutes)
            ),
            Lang::En => format!(
                "Programme as of {} ago (the update failed)",
                age(*age_minutes)
            ),
        },
    }
}

/// An item's delay as announced by the organisers: "+10 min" / "10 min
/// early" ("avance de 10 min").
pub fn delay(lang: Lang, minutes: i64) -> String {
    let d = duration(lang, minutes.unsigned_abs());
    match (lang, minutes < 0) {
        (Lang::Fr, false) => format!("retard de {d}"),
        (Lang::Fr, true) => format!("avance de {d}"),
        (Lang::En, false) => format!("{d} late"),
        (Lang::En, true) => format!("{d} early"),
    }
}

/// `[data-notice]` after the programme changed.
pub fn updated_at(lang: Lang, time: CivilTime) -> String {
    let time = format_time(lang, time);
    match lang {
        Lang::Fr => format!("Mis à jour à {time}"),
        Lang::En => format!("Updated at {time}"),
    }
}

/// A length of time: `7 min`, `1 h 05`, `2 h`, or from 48 hours on, whole
/// days (`3 days`, `3 jours`; rounded to the nearest day, so always plural).
pub fn duration(lang: Lang, minutes: u64) -> String {
    const DAY: u64 = 24 * 60;
    if minutes < 60 {
        format!("{minutes}\u{a0}min")
    } else if minutes < 2 * DAY {
        match (minutes / 60, minutes % 60) {
            (h, 0) => format!("{h}\u{a0}h"),
            (h, m) => format!("{h}\u{a0}h\u{a0}{m:02}"),
        }
    } else {
        let days = (minutes + DAY / 2) / DAY;
        match lang {
            Lang::Fr => format!("{days}\u{a0}jours"),
            Lang::En => format!("{days}\u{a0}days"),
        }
    }
}

/// Time left in a live item: "12 min left" / "encore 12 min".
pub fn minutes_left(lang: Lang, minutes: u64) -> String {
    let d = duration(lang, minutes);
    match lang {
        Lang::Fr => format!("encore {d}"),
        Lang::En => format!("{d} left"),
    }
}

/// Time until something: "in 7 min" / "dans 7 min".
pub fn in_minutes(lang: Lang, minutes: u64) -> String {
    let d = duration(lang, minutes);
    match lang {
        Lang::Fr => format!("dans {d}"),
        Lang::En => format!("in {d}"),
    }
}

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

/// `[data-lang-fallback]`: the notice beside an abstract shown in `shown`
/// (a language code) rather than in the interface language `ui`; in `ui`.
pub fn abstract_fallback(ui: Lang, shown: &str) -> &'static str {
    match (ui, Lang::parse(shown)) {
        (Lang::Fr, Some(Lang::Fr)) => "Résumé disponible en français uniquement",
        (Lang::Fr, Some(Lang::En)) => "Résumé disponible en anglais uniquement",
        (Lang::Fr, None) => "Résumé non disponible en français",
        (Lang::En, Some(Lang::En)) => "Abstract available in English only",
        (Lang::En, Some(Lang::Fr)) => "Abstract available in French only",
        (Lang::En, None) => "Abstract not available in English",
    }
}

/// A localised text as shown: which language it is in, and whether that is
/// a fallback (then `[data-lang-fallback]` is shown and `lang` set to it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Picked<'a> {
    /// The text.
    pub text: &'a str,
    /// Its language code: the `lang` attribute of the element showing it.
    pub lang: &'a str,
    /// Whether it is in another language than the one asked for.
    pub fallback: bool,
}

/// `text` in `lang`, else in the other interface language, else in any
/// language it has (the first by code, so the choice is stable); `None` if
/// it has none.
pub fn pick(lang: Lang, text: &Text) -> Option<Picked<'_>> {
    text.pick(lang.code(), &[lang.other().code()])
        .map(|(code, text)| Picked {
            text,
            lang: code,
            fallback: code != lang.code(),
        })
}

const WEEKDAYS_FR: [&str; 7] = [
    "dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
];
const WEEKDAYS_EN: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Days from 1970-01-01 to `date` (proleptic Gregorian; H. Hinnant's
/// `days_from_civil`).
fn days_from_civil(date: CivilDate) -> i64 {
    let (m, d) = (i64::from(date.month), i64::from(date.day));
    let y = i64::from(date.year) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Day of the week, 0 = Sunday.
fn weekday(date: CivilDate) -> usize {
    // 1970-01-01 was a Thursday (4).
    (days_from_civil(date) + 4).rem_euclid(7) as usize
}

/// A date with its weekday: "jeudi 24 novembre 2022", "jeudi 1er décembre
/// 2022", "Thursday 24 November 2022".
pub fn format_date(lang: Lang, date: CivilDate) -> String {
    let (weekdays, months) = match lang {
        Lang::Fr => (&WEEKDAYS_FR, &MONTHS_FR),
        Lang::En => (&WEEKDAYS_EN, &MONTHS_EN),
    };
    let weekday = weekdays[weekday(date)];
    // An out-of-range month (the model never holds one) shows as its number
    // rather than panicking.
    let month: Cow<'_, str> = match usize::from(date.month).checked_sub(1) {
        Some(m) if m < months.len() => months[m].into(),
        _ => date.month.to_string().into(),
    };
    let (d, y) = (date.day, date.year);
    match lang {
        Lang::Fr => {
            let ord = if d == 1 { "er" } else { "" };
            format!("{weekday} {d}{ord} {month} {y}")
        }
        Lang::En => format!("{weekday} {d} {month} {y}"),
    }
}

/// A time of day: "13 h 30" / "13:30" (see the module notes).
pub fn format_time(lang: Lang, time: CivilTime) -> String {
    let (h, m) = (time.hour, time.minute);
    match lang {
        Lang::Fr => format!("{h}\u{a0}h\u{a0}{m:02}"),
        Lang::En => format!("{h:02}:{m:02}"),
    }
}

/// An item's times: "13:30–13:45" / "13 h 30 – 13 h 45" (spaced in French,
/// where the times themselves contain spaces).
pub fn format_time_range(lang: Lang, start: CivilTime, end: CivilTime) -> String {
    let (start, end) = (format_time(lang, start), format_time(lang, end));
    match lang {
        Lang::Fr => format!("{start}\u{a0}– {end}"),
        Lang::En => format!("{start}–{end}"),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_of_known_dates() {
        let date = |year, month, day| CivilDate { year, month, day };
        assert_eq!(weekday(date(1970, 1, 1)), 4);
        assert_eq!(weekday(date(2022, 11, 24)), 4);
        assert_eq!(weekday(date(2000, 2, 29)), 2);
        assert_eq!(weekday(date(1969, 12, 31)), 3);
        assert_eq!(weekday(date(2024, 3, 1)), 5);
    }
}
