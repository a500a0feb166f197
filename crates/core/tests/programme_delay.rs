//! The organisers' announcements in the format (issue 6, point 3): the
//! event's `notice`, and `delay_minutes`, which shifts an item's times.
//! `start` / `end` hold the effective (shifted) times; these tests pin the
//! rule for implied ends, chosen so that the talk before a delayed one does
//! not grow, and a delayed talk does not run into the next one.

mod common;
use common::fixture;
use live_agenda_core::i18n::{problem_message, Lang};

use live_agenda_core::programme::{
    load, Instant, Item, JiffZones, Loaded, ProblemKind, Severity, ValueType, MAX_DELAY_MINUTES,
    MAX_TEXT_CHARS, MIN_DELAY_MINUTES,
};
use live_agenda_core::timeline::{self, State};

fn load_ok(text: &str) -> Loaded {
    load(text, &JiffZones).unwrap_or_else(|p| panic!("unexpected problems: {p:#?}"))
}

/// (path, kind) of every error, for compact assertions.
fn errors(text: &str) -> Vec<(String, ProblemKind)> {
    load(text, &JiffZones)
        .expect_err("should be invalid")
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| (p.path, p.kind))
        .collect()
}

/// A programme on 2022-11-24 in Paris with `event_extra` spliced into the
/// event and `sessions` as given.
fn programme(event_extra: &str, sessions: &str) -> String {
    format!(
        r#"{{ "version": 1,
             "event": {{ "title": {{"en": "W"}}, "timezone": "Europe/Paris",
                         "date": "2022-11-24" {event_extra} }},
             "sessions": [ {sessions} ] }}"#
    )
}

/// `HH:MM` on 2022-11-24 in Paris (UTC+1 that day).
fn at(hhmm: &str) -> Instant {
    let (h, m) = hhmm.split_once(':').unwrap();
    let minutes: i64 = h.parse::<i64>().unwrap() * 60 + m.parse::<i64>().unwrap();
    // 2022-11-24T00:00Z is 1_669_248_000; Paris is one hour ahead.
    Instant(1_669_248_000 + (minutes - 60) * 60)
}

fn find<'a>(loaded: &'a Loaded, id: &str) -> &'a Item {
    let items = &loaded.programme.items;
    items.iter().find(|i| i.id == id).expect("item present")
}

/// (start, end) of `id`.
fn times(loaded: &Loaded, id: &str) -> (Instant, Instant) {
    let item = find(loaded, id);
    (item.start, item.end)
}

#[test]
fn the_time_helper_is_right() {
    // 13:30 in Paris on 2022-11-24 is 12:30Z (checked with Python).
    assert_eq!(at("13:30"), Instant(1_669_293_000));
}

#[test]
fn the_fixture_shows_every_rule_at_once() {
    let loaded = load_ok(&fixture("delays.json"));
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let notice = loaded.programme.event.notice.as_ref().expect("a notice");
    assert_eq!(
        notice.get("en"),
        Some("The workshop is running 10 minutes late.")
    );
    // Not delayed: planned times, no planned_start.
    let fercoq = find(&loaded, "fercoq");
    assert_eq!((fercoq.start, fercoq.end), (at("13:45"), at("14:05")));
    assert_eq!((fercoq.planned_start, fercoq.delay_minutes), (None, 0));
    // Delayed by 10: starts 14:15, keeps its 25 planned minutes.
    let pause = find(&loaded, "pause");
    assert_eq!((pause.start, pause.end), (at("14:15"), at("14:40")));
    assert_eq!(
        (pause.planned_start, pause.delay_minutes),
        (Some(at("14:05")), 10)
    );
    assert_eq!(pause.planned(), at("14:05"));
    // Delayed by 10 but the end is moved 5 minutes earlier: cut short.
    assert_eq!(times(&loaded, "discussion"), (at("14:40"), at("14:55")));
    let fin = find(&loaded, "fin");
    assert_eq!((fin.start, fin.end), (at("14:55"), at("14:55")));
    assert_eq!(fin.planned_start, Some(at("15:00")));
}

#[test]
fn the_item_before_a_delayed_one_does_not_grow() {
    let loaded = load_ok(&programme(
        "",
        r#"{ "id": "a", "start": "14:00", "title": {"en": "A"} },
           { "id": "b", "start": "14:30", "delay_minutes": 15, "title": {"en": "B"} },
           { "id": "c", "start": "15:00", "title": {"en": "C"} }"#,
    ));
    // A ends as planned; nothing is on from 14:30 to 14:45.
    assert_eq!(times(&loaded, "a"), (at("14:00"), at("14:30")));
    // B keeps its length but C starts on time: B is cut at 15:00.
    assert_eq!(times(&loaded, "b"), (at("14:45"), at("15:00")));
    assert_eq!(times(&loaded, "c"), (at("15:00"), at("15:00")));
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
}

#[test]
fn a_block_delayed_together_keeps_every_length() {
    let loaded = load_ok(&programme(
        "",
        r#"{ "id": "a", "start": "14:00", "delay_minutes": 10, "title": {"en": "A"} },
           { "id": "b", "start": "14:30", "delay_minutes": 10, "title": {"en": "B"} },
           { "id": "c", "start": "15:00", "delay_minutes": 10, "title": {"en": "C"} }"#,
    ));
    assert_eq!(times(&loaded, "a"), (at("14:10"), at("14:40")));
    assert_eq!(times(&loaded, "b"), (at("14:40"), at("15:10")));
    assert_eq!(times(&loaded, "c"), (at("15:10"), at("15:10")));
}

#[test]
fn an_explicit_end_moves_with_the_delay() {
    let loaded = load_ok(&programme(
        "",
        r#"{ "id": "a", "start": "14:00", "end": "14:20", "delay_minutes": 25,
             "title": {"en": "A"} }"#,
    ));
    assert_eq!(times(&loaded, "a"), (at("14:25"), at("14:45")));
}

#[test]
fn a_negative_delay_moves_an_item_earlier() {
    let loaded = load_ok(&programme(
        "",
        r#"{ "id": "a", "start": "14:00", "title": {"en": "A"} },
           { "id": "b", "start": "14:30", "delay_minutes": -10, "title": {"en": "B"} },
           { "id": "c", "start": "15:00", "title": {"en": "C"} }"#,
    ));
    // A cannot run into B, which now starts at 14:20.
    assert_eq!(times(&loaded, "a"), (at("14:00"), at("14:20")));
    // B keeps its planned length, moved: 14:20 to 14:50; then a gap.
    assert_eq!(times(&loaded, "b"), (at("14:20"), at("14:50")));
    assert_eq!(find(&loaded, "b").planned_start, Some(at("14:30")));
}

#[test]
fn a_delay_of_zero_is_no_delay() {
    let loaded = load_ok(&programme(
        "",
        r#"{ "id": "a", "start": "14:00", "delay_minutes": 0, "title": {"en": "A"} },
           { "id": "b", "start": "14:30", "delay_minutes": 0.0, "title": {"en": "B"} }"#,
    ));
    let a = find(&loaded, "a");
    assert_eq!(
        (a.start, a.end, a.planned_start),
        (at("14:00"), at("14:30"), None)
    );
    assert_eq!(find(&loaded, "b").planned_start, None);
}

#[test]
fn a_delay_past_the_next_item_keeps_the_length_and_warns() {
    // A (30 min) pushed by 45 min now starts after B: nothing can end it
    // sooner, so it keeps its planned length and the overlap is reported.
    let loaded = load_ok(&programme(
        "",
        r#"{ "id": "a", "start": "14:00", "delay_minutes": 45, "title": {"en": "A"} },
           { "id": "b", "start": "14:30", "end": "15:00", "title": {"en": "B"} }"#,
    ));
    assert_eq!(times(&loaded, "a"), (at("14:45"), at("15:15")));
    let warnings: Vec<_> = loaded.warnings.iter().map(|w| &w.kind).collect();
    assert_eq!(
        warnings,
        [&ProblemKind::Overlap {
            other: "b".to_owned()
        }]
    );
    // The file is in planned order: the delay alone is no order warning.
    assert!(!loaded
        .warnings
        .iter()
        .any(|w| matches!(w.kind, ProblemKind::NotSorted { .. })));
}

#[test]
fn only_an_item_of_the_same_room_cuts_a_delayed_one_short() {
    let loaded = load_ok(&programme(
        "",
        r#"{ "id": "a1", "room": "A", "start": "14:00", "delay_minutes": 10, "title": {"en": "A1"} },
           { "id": "b1", "room": "B", "start": "14:15", "title": {"en": "B1"} },
           { "id": "a2", "room": "A", "start": "14:30", "title": {"en": "A2"} }"#,
    ));
    // B1 in another room starts at 14:15: A1 goes on until A2.
    assert_eq!(times(&loaded, "a1"), (at("14:10"), at("14:30")));
}

#[test]
fn delays_are_real_minutes_across_a_clock_change() {
    // 2022-10-30 in Paris: clocks go back at 03:00 to 02:00. An item
    // planned at 01:30 and delayed by 120 minutes starts at 02:30 by the
    // wall clock (the second 02:30), i.e. 7200 s after its planned instant.
    let text = r#"{ "version": 1,
        "event": { "title": {"en": "W"}, "timezone": "Europe/Paris", "date": "2022-10-30" },
        "sessions": [ { "id": "a", "start": "01:30", "delay_minutes": 120, "title": {"en": "A"} } ] }"#;
    let loaded = load_ok(text);
    let a = find(&loaded, "a");
    assert_eq!(a.start.0 - a.planned().0, 7200);
}

#[test]
fn the_live_computation_follows_the_delay() {
    let loaded = load_ok(&fixture("delays.json"));
    let p = &loaded.programme;
    let index = |id: &str| p.items.iter().position(|i| i.id == id).unwrap();
    // 14:10: the planned start of the break has passed, the break is not on.
    let t = timeline::at(p, at("14:10"));
    assert_eq!(t.state(index("pause")), State::Upcoming);
    assert_eq!(t.state(index("fercoq")), State::Past);
    let t = timeline::at(p, at("14:20"));
    assert_eq!(t.state(index("pause")), State::Live);
}

#[test]
fn a_wrong_delay_is_an_error_at_its_path() {
    let (min, max) = (MIN_DELAY_MINUTES, MAX_DELAY_MINUTES);
    let invalid = |value: &str| ProblemKind::InvalidDelay {
        value: value.to_owned(),
        min,
        max,
    };
    assert_eq!(
        errors(&fixture("bad-delay.json")),
        [
            (
                "event.notice".to_owned(),
                ProblemKind::WrongType {
                    expected: ValueType::LocalisedText,
                    found: ValueType::String
                }
            ),
            (
                "sessions[0].delay_minutes".to_owned(),
                ProblemKind::WrongType {
                    expected: ValueType::Integer,
                    found: ValueType::String
                }
            ),
            ("sessions[1].delay_minutes".to_owned(), invalid("10.5")),
            ("sessions[2].delay_minutes".to_owned(), invalid("601")),
            ("sessions[3].delay_minutes".to_owned(), invalid("-181")),
        ]
    );
}

#[test]
fn the_delay_range_is_inclusive_and_huge_numbers_are_refused() {
    let one = |delay: &str| {
        programme(
            "",
            &format!(
                r#"{{ "id": "a", "start": "12:00", "delay_minutes": {delay}, "title": {{"en": "A"}} }}"#
            ),
        )
    };
    assert_eq!(find(&load_ok(&one("-180")), "a").start, at("09:00"));
    assert_eq!(find(&load_ok(&one("600")), "a").start, at("22:00"));
    for huge in ["1e300", "-1e300", "18446744073709551615"] {
        let e = errors(&one(huge));
        assert_eq!(e.len(), 1, "{huge}: {e:?}");
        assert!(
            matches!(&e[0].1, ProblemKind::InvalidDelay { .. }),
            "{huge}: {e:?}"
        );
    }
    // `null` is absent, as everywhere in the format.
    assert_eq!(find(&load_ok(&one("null")), "a").delay_minutes, 0);
}

#[test]
fn the_delay_error_says_how_to_write_it_in_both_languages() {
    let kind = ProblemKind::InvalidDelay {
        value: "601".to_owned(),
        min: MIN_DELAY_MINUTES,
        max: MAX_DELAY_MINUTES,
    };
    assert!(
        problem_message(Lang::En, &kind).contains("-180 to 600"),
        "{}",
        problem_message(Lang::En, &kind)
    );
    assert!(
        problem_message(Lang::Fr, &kind).contains("-180 à 600"),
        "{}",
        problem_message(Lang::Fr, &kind)
    );
    assert_eq!(kind.severity(), Severity::Error);
}

#[test]
fn a_blank_or_absent_notice_is_none() {
    let session = r#"{ "id": "a", "start": "12:00", "title": {"en": "A"} }"#;
    for extra in [
        "",
        r#", "notice": null"#,
        r#", "notice": {}"#,
        r#", "notice": {"fr": "  ", "en": ""}"#,
    ] {
        let loaded = load_ok(&programme(extra, session));
        assert_eq!(loaded.programme.event.notice, None, "{extra}");
    }
    // A blank language is dropped, the others kept.
    let loaded = load_ok(&programme(
        r#", "notice": {"fr": " ", "en": "Late"}"#,
        session,
    ));
    let notice = loaded.programme.event.notice.unwrap();
    assert_eq!((notice.get("fr"), notice.get("en")), (None, Some("Late")));
}

#[test]
fn a_notice_over_the_text_limit_is_refused() {
    let long = "x".repeat(MAX_TEXT_CHARS + 1);
    let text = programme(
        &format!(r#", "notice": {{"en": "{long}"}}"#),
        r#"{ "id": "a", "start": "12:00", "title": {"en": "A"} }"#,
    );
    assert_eq!(
        errors(&text),
        [(
            "event.notice.en".to_owned(),
            ProblemKind::TextTooLong {
                chars: MAX_TEXT_CHARS + 1,
                limit: MAX_TEXT_CHARS
            }
        )]
    );
}

#[test]
fn imported_schedules_have_no_delays_nor_notice() {
    let loaded = load_ok(&fixture("schedule-tiny.json"));
    assert_eq!(loaded.programme.event.notice, None);
    assert!(loaded
        .programme
        .items
        .iter()
        .all(|i| i.planned_start.is_none() && i.delay_minutes == 0));
}
