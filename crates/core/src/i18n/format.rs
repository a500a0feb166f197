//! Times, dates, durations and delays written out in French or English (see
//! the module notes of [`crate::i18n`] for the typographic choices).

use std::borrow::Cow;

use crate::i18n::catalogue::{t, Msg};
use crate::i18n::lang::Lang;
use crate::programme::model::{CivilDate, CivilTime};
use crate::programme::time::days_from_civil;

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

/// A day of the switch of a big programme, short: « mer. 12 juin » /
/// "Wed 12 Jun".
pub fn day_label(lang: Lang, date: CivilDate) -> String {
    const MONTHS_FR_SHORT: [&str; 12] = [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
        "déc.",
    ];
    let month = usize::from(date.month).checked_sub(1).filter(|&m| m < 12);
    let weekday = weekday(date);
    match lang {
        Lang::Fr => {
            let day = ["dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."][weekday];
            let month = month.map_or("", |m| MONTHS_FR_SHORT[m]);
            format!("{day} {} {month}", date.day)
        }
        Lang::En => {
            let day = &WEEKDAYS_EN[weekday][..3];
            let month = month.map_or("", |m| &MONTHS_EN[m][..3]);
            format!("{day} {} {month}", date.day)
        }
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
    format!("{start}{}{end}", time_range_separator(lang))
}

/// What goes between the two times of a range, for a caller that wraps
/// each time in its own element (the static HTML's `<time>`s).
pub fn time_range_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "\u{a0}– ",
        Lang::En => "–",
    }
}

/// A reminder choice for calendar files, a button of a group labelled
/// « Rappel avant chaque session » / "Reminder before each session":
/// « Aucun » / "None", or "10 min".
pub fn reminder_option(lang: Lang, reminder: Option<u32>) -> String {
    match reminder {
        None => t(lang, Msg::ReminderNone).to_owned(),
        Some(m) => format!("{m}\u{a0}min"),
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
