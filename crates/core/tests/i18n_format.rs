//! Dates, times, durations and the status sentence, written the French and
//! the English way.

use live_agenda_core::i18n::{self, format_date, format_time, format_time_range, Lang};
use live_agenda_core::programme::model::{
    CivilDate, CivilTime, Event, Instant, Item, Kind, LocalDateTime, Programme, Text,
};
use live_agenda_core::timeline;

const NBSP: char = '\u{a0}';

fn date(year: i32, month: u8, day: u8) -> CivilDate {
    CivilDate { year, month, day }
}

fn time(hour: u8, minute: u8) -> CivilTime {
    CivilTime { hour, minute }
}

/// Replaces the no-break spaces with `~`, for readable expectations.
fn tilde(s: String) -> String {
    s.replace(NBSP, "~")
}

#[test]
fn dates_carry_their_weekday() {
    let d = date(2022, 11, 24);
    assert_eq!(format_date(Lang::Fr, d), "jeudi 24 novembre 2022");
    assert_eq!(format_date(Lang::En, d), "Thursday 24 November 2022");
    assert_eq!(
        format_date(Lang::Fr, date(2022, 12, 1)),
        "jeudi 1er décembre 2022"
    );
    assert_eq!(
        format_date(Lang::En, date(2022, 12, 1)),
        "Thursday 1 December 2022"
    );
    assert_eq!(
        format_date(Lang::Fr, date(2024, 2, 29)),
        "jeudi 29 février 2024"
    );
    assert_eq!(
        format_date(Lang::En, date(2023, 1, 1)),
        "Sunday 1 January 2023"
    );
    assert_eq!(
        format_date(Lang::Fr, date(2000, 8, 15)),
        "mardi 15 août 2000"
    );
}

#[test]
fn times_are_french_or_24_hour_english() {
    assert_eq!(tilde(format_time(Lang::Fr, time(13, 30))), "13~h~30");
    assert_eq!(tilde(format_time(Lang::Fr, time(9, 5))), "9~h~05");
    assert_eq!(tilde(format_time(Lang::Fr, time(14, 0))), "14~h~00");
    assert_eq!(format_time(Lang::En, time(13, 30)), "13:30");
    assert_eq!(format_time(Lang::En, time(9, 5)), "09:05");
    assert_eq!(format_time(Lang::En, time(0, 0)), "00:00");
}

#[test]
fn time_ranges() {
    let (a, b) = (time(13, 30), time(13, 45));
    assert_eq!(format_time_range(Lang::En, a, b), "13:30–13:45");
    assert_eq!(
        tilde(format_time_range(Lang::Fr, a, b)),
        "13~h~30~– 13~h~45"
    );
}

#[test]
fn durations_switch_to_hours_then_days() {
    let cases = [
        (1, "1~min", "1~min"),
        (7, "7~min", "7~min"),
        (59, "59~min", "59~min"),
        (60, "1~h", "1~h"),
        (65, "1~h~05", "1~h~05"),
        (47 * 60 + 59, "47~h~59", "47~h~59"),
        (48 * 60, "2~days", "2~jours"),
        (3 * 24 * 60 - 1, "3~days", "3~jours"),
    ];
    for (minutes, en, fr) in cases {
        assert_eq!(tilde(i18n::duration(Lang::En, minutes)), en, "{minutes}");
        assert_eq!(tilde(i18n::duration(Lang::Fr, minutes)), fr, "{minutes}");
    }
}

#[test]
fn minutes_left_and_in_minutes() {
    assert_eq!(tilde(i18n::minutes_left(Lang::En, 1)), "1~min left");
    assert_eq!(tilde(i18n::minutes_left(Lang::Fr, 12)), "encore 12~min");
    assert_eq!(tilde(i18n::in_minutes(Lang::En, 7)), "in 7~min");
    assert_eq!(tilde(i18n::in_minutes(Lang::Fr, 7)), "dans 7~min");
    assert_eq!(tilde(i18n::in_minutes(Lang::En, 65)), "in 1~h~05");
    assert_eq!(tilde(i18n::in_minutes(Lang::Fr, 65)), "dans 1~h~05");
    assert_eq!(tilde(i18n::in_minutes(Lang::En, 3 * 24 * 60)), "in 3~days");
    assert_eq!(
        tilde(i18n::in_minutes(Lang::Fr, 3 * 24 * 60)),
        "dans 3~jours"
    );
}

#[test]
fn phrases() {
    let d = date(2022, 11, 24);
    let (t1330, t1500) = (time(13, 30), time(15, 0));
    assert_eq!(
        tilde(i18n::starts_on(Lang::En, d, t1330, 3 * 24 * 60)),
        "Starts on Thursday 24 November 2022 at 13:30, in 3~days"
    );
    assert_eq!(
        tilde(i18n::starts_on(Lang::Fr, d, t1330, 3 * 24 * 60)),
        "Commence le jeudi 24 novembre 2022 à 13~h~30, dans 3~jours"
    );
    assert_eq!(
        tilde(i18n::starts_today(Lang::En, t1330, 25)),
        "Starts today at 13:30, in 25~min"
    );
    assert_eq!(
        tilde(i18n::starts_today(Lang::Fr, t1330, 25)),
        "Commence aujourd’hui à 13~h~30, dans 25~min"
    );
    assert_eq!(
        tilde(i18n::now_on(Lang::En, "ADAM", 10)),
        "Now: ADAM · 10~min left"
    );
    assert_eq!(
        tilde(i18n::now_on(Lang::Fr, "ADAM", 10)),
        "En cours~: ADAM · encore 10~min"
    );
    assert_eq!(
        tilde(i18n::next_at(Lang::En, "Pause", t1500, 7)),
        "Next: Pause at 15:00, in 7~min"
    );
    assert_eq!(
        tilde(i18n::next_at(Lang::Fr, "Pause", t1500, 7)),
        "À suivre~: Pause à 15~h~00, dans 7~min"
    );
    assert_eq!(
        tilde(i18n::break_resumes(Lang::En, "Talk", t1500, 10)),
        "resumes at 15:00 with Talk, in 10~min"
    );
    assert_eq!(
        tilde(i18n::break_resumes(Lang::Fr, "Exposé", t1500, 10)),
        "reprise à 15~h~00 avec Exposé, dans 10~min"
    );
    assert_eq!(
        tilde(i18n::updated_at(Lang::Fr, time(14, 5))),
        "Mis à jour à 14~h~05"
    );
    assert_eq!(i18n::updated_at(Lang::En, time(14, 5)), "Updated at 14:05");
    assert_eq!(
        tilde(i18n::preview_badge(Lang::Fr, time(14, 20))),
        "Aperçu à 14~h~20 (horloge simulée)"
    );
    assert_eq!(
        i18n::preview_badge(Lang::En, time(14, 20)),
        "Preview at 14:20 (simulated clock)"
    );
}

// --- The status sentence over a small programme in Paris (UTC+1 in November).

/// 2022-11-24 13:30 in Paris = 12:30 UTC.
const T1330: i64 = 1_669_293_000;

fn paris(h: i64, m: i64) -> Instant {
    Instant(T1330 + ((h * 60 + m) - (13 * 60 + 30)) * 60)
}

/// A Paris wall clock (UTC+1 all November), enough for these tests.
fn local(instant: Instant) -> LocalDateTime {
    let secs = instant.0 + 3600;
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // 2022-11-24 is day 19320 since the epoch; the tests stay within weeks.
    let mut date = date(2022, 11, 24);
    let mut offset = days - 19_320;
    while offset > 0 {
        date.day += 1;
        if date.day > 30 {
            (date.month, date.day) = (12, 1);
        }
        offset -= 1;
    }
    while offset < 0 {
        date.day -= 1;
        offset += 1;
    }
    LocalDateTime {
        date,
        time: time((rest / 3600) as u8, (rest % 3600 / 60) as u8),
        offset_seconds: 3600,
    }
}

fn item(id: &str, kind: Kind, title: Text, start: Instant, end: Instant) -> Item {
    Item {
        id: id.to_owned(),
        kind,
        start,
        end,
        planned_start: None,
        delay_minutes: 0,
        speakers: Vec::new(),
        title,
        abstract_: None,
        room: None,
        track: None,
        links: Vec::new(),
        language: None,
    }
}

fn both(fr: &str, en: &str) -> Text {
    [("fr", fr), ("en", en)]
        .into_iter()
        .map(|(l, t)| (l.to_owned(), t.to_owned()))
        .collect::<Text>()
}

fn programme() -> Programme {
    let items = vec![
        item(
            "accueil",
            Kind::Welcome,
            both("Accueil", "Welcome"),
            paris(13, 30),
            paris(13, 45),
        ),
        item(
            "adam",
            Kind::Talk,
            Text::single("en", "On the convergence of ADAM"),
            paris(13, 45),
            paris(14, 45),
        ),
        item(
            "pause",
            Kind::Break,
            both("Pause café", "Coffee break"),
            paris(14, 45),
            paris(15, 0),
        ),
        item(
            "talk",
            Kind::Talk,
            both("Exposé", "Talk"),
            paris(15, 0),
            paris(15, 30),
        ),
        item(
            "fin",
            Kind::End,
            both("Fin de l’atelier", "End of the workshop"),
            paris(16, 0),
            paris(16, 0),
        ),
    ];
    Programme {
        event: Event {
            title: both("Atelier", "Workshop"),
            timezone: "Europe/Paris".to_owned(),
            date: Some(date(2022, 11, 24)),
            info: None,
            notice: None,
            links: Vec::new(),
            online: None,
        },
        items,
    }
}

fn status(lang: Lang, now: Instant) -> String {
    let p = programme();
    tilde(i18n::status_line(lang, &timeline::at(&p, now), &p, local))
}

#[test]
fn status_before_the_event() {
    assert_eq!(
        status(Lang::En, paris(13, 5)),
        "Starts today at 13:30, in 25~min"
    );
    assert_eq!(
        status(Lang::Fr, paris(13, 5)),
        "Commence aujourd’hui à 13~h~30, dans 25~min"
    );
    assert_eq!(
        status(Lang::En, paris(13, 30).plus_minutes(-2 * 24 * 60)),
        "Starts on Thursday 24 November 2022 at 13:30, in 2~days"
    );
}

#[test]
fn status_during_a_session_names_now_and_next() {
    assert_eq!(
        status(Lang::En, paris(13, 38)),
        "Now: Welcome · 7~min left · Next: On the convergence of ADAM at 13:45, in 7~min"
    );
    // The English-only title is shown in English in the French sentence.
    assert_eq!(
        status(Lang::Fr, paris(13, 38)),
        "En cours~: Accueil · encore 7~min · À suivre~: On the convergence of ADAM à 13~h~45, dans 7~min"
    );
}

#[test]
fn status_during_a_break_says_what_resumes() {
    assert_eq!(
        status(Lang::En, paris(14, 50)),
        "Now: Coffee break · 10~min left · resumes at 15:00 with Talk, in 10~min"
    );
    assert_eq!(
        status(Lang::Fr, paris(14, 50)),
        "En cours~: Pause café · encore 10~min · reprise à 15~h~00 avec Exposé, dans 10~min"
    );
}

#[test]
fn status_in_a_gap_before_the_end_announces_the_end() {
    assert_eq!(
        status(Lang::En, paris(15, 40)),
        "Break · Next: End of the workshop at 16:00, in 20~min"
    );
}

#[test]
fn status_after_and_for_an_empty_programme() {
    assert_eq!(status(Lang::En, paris(16, 0)), "The event has ended");
    assert_eq!(status(Lang::Fr, paris(17, 0)), "L’événement est terminé");
    let empty = Programme {
        items: Vec::new(),
        ..programme()
    };
    let line = i18n::status_line(Lang::Fr, &timeline::at(&empty, paris(14, 0)), &empty, local);
    assert_eq!(line, "Le programme est vide");
}

#[test]
fn status_with_parallel_rooms_names_each_room() {
    let mut p = programme();
    let mut a = item("a", Kind::Talk, both("A", "A"), paris(14, 0), paris(14, 30));
    a.room = Some("Amphi".to_owned());
    let mut b = item("b", Kind::Talk, both("B", "B"), paris(14, 0), paris(14, 40));
    b.room = Some("Salle 2".to_owned());
    p.items = vec![a, b];
    let line = i18n::status_line(Lang::En, &timeline::at(&p, paris(14, 10)), &p, local);
    assert_eq!(line, "Now: A (Amphi) · B (Salle 2)");
}

#[test]
fn a_status_from_an_older_programme_does_not_panic() {
    // The programme is replaced in place while a timeline computed from the
    // previous version may still be on screen for one render.
    let p = programme();
    let stale = timeline::at(&p, paris(14, 50));
    let shorter = Programme {
        items: p.items[..1].to_vec(),
        ..p
    };
    let line = i18n::status_line(Lang::En, &stale, &shorter, local);
    assert!(line.starts_with("Now: "), "{line}");
}
