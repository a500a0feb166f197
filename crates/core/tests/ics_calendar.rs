//! The ICS export (issue 7 point 1) read back by an independent parser, the
//! `icalendar` crate: the seed's events at the right UTC instants, DST days,
//! text in the chosen language, escaping, one-item export, stable UIDs, and
//! the raw shape of the file (CRLF, 75-octet lines).

use icalendar::{Calendar, CalendarDateTime, Component, DatePerhapsTime, Event, EventLike};
use live_agenda_core::i18n::Lang;
use live_agenda_core::ics::{self, Selection};
use live_agenda_core::mine::Mine;
use live_agenda_core::programme::{load, Instant, JiffZones, Programme};

/// 2022-11-24 13:30 in Paris (CET, UTC+1) = 12:30Z; checked with Python.
const WELCOME: i64 = 1_669_293_000;

/// Any instant will do as the file's `DTSTAMP`: 2022-11-20T10:00:00Z.
const STAMP: Instant = Instant(1_668_938_400);

fn seed() -> Programme {
    let text = include_str!("../../../assets/programme.json");
    load(text, &JiffZones).expect("the seed loads").programme
}

fn programme(json: &str) -> Programme {
    load(json, &JiffZones)
        .unwrap_or_else(|p| panic!("unexpected problems: {p:#?}"))
        .programme
}

/// A one-day Paris programme of `sessions` (a JSON array's items).
fn paris_day(date: &str, sessions: &str) -> Programme {
    programme(&format!(
        r#"{{ "version": 1,
          "event": {{ "title": {{ "fr": "Journée d’essai", "en": "Test day" }},
                      "timezone": "Europe/Paris", "date": "{date}" }},
          "sessions": [ {sessions} ] }}"#
    ))
}

/// `s` as a JSON string literal.
fn json(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

fn export(programme: &Programme, lang: Lang, only: Selection) -> String {
    ics::calendar(programme, lang, only, STAMP, None, None).expect("something to export")
}

/// The events of `text` as the `icalendar` crate reads them.
fn events(text: &str) -> Vec<Event> {
    let calendar: Calendar = text.parse().unwrap_or_else(|e| panic!("{e}\n{text}"));
    calendar
        .components
        .iter()
        .filter_map(|c| c.as_event().cloned())
        .collect()
}

/// Seconds since the epoch of a UTC `DATE-TIME`; panics on any other form
/// (floating or with a `TZID`), which the export must never write.
fn unix(value: Option<DatePerhapsTime>) -> i64 {
    match value {
        Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(t))) => t.timestamp(),
        other => panic!("not a UTC date-time: {other:?}"),
    }
}

fn span(event: &Event) -> (i64, i64) {
    (unix(event.get_start()), unix(event.get_end()))
}

fn param<'a>(event: &'a Event, property: &str, param: &str) -> Option<&'a str> {
    let property = event.properties().get(property)?;
    Some(property.params().get(param)?.value())
}

#[test]
fn the_seed_gives_seven_events_at_their_utc_instants() {
    let text = export(&seed(), Lang::Fr, Selection::All);
    let events = events(&text);
    let at = |minutes: i64| WELCOME + minutes * 60;
    let got: Vec<(String, i64, i64)> = events
        .iter()
        .map(|e| {
            let (start, end) = span(e);
            (e.get_summary().unwrap().to_owned(), start, end)
        })
        .collect();
    // The end marker (16:40, "Fin de l’atelier") is not an event.
    let want = [
        ("Accueil", at(0), at(15)),
        ("On the convergence of the ADAM algorithm", at(15), at(45)),
        ("Differentiable STFT with respect to the window length: optimizing STFT window length by gradient descent", at(45), at(75)),
        ("Pause", at(75), at(90)),
        ("To the lottery ticket hypothesis and beyond: can we really make training efficient?", at(90), at(120)),
        ("Averaging Spatio-temporal Signals using Optimal Transport and Soft Alignments", at(120), at(150)),
        ("Big data or fugal AI: where can optimization techniques help?", at(150), at(190)),
    ];
    let want: Vec<(String, i64, i64)> =
        want.iter().map(|&(s, a, b)| (s.to_owned(), a, b)).collect();
    assert_eq!(got, want);
    // The raw form too: 13:30 Paris is written 12:30Z.
    assert!(text.contains("\r\nDTSTART:20221124T123000Z\r\n"));
    assert!(text.contains("\r\nDTEND:20221124T154000Z\r\n"));
    assert!(!text.contains("TZID"));
}

#[test]
fn the_calendar_says_what_it_is() {
    let text = export(&seed(), Lang::Fr, Selection::All);
    let calendar: Calendar = text.parse().unwrap();
    assert_eq!(calendar.property_value("VERSION"), Some("2.0"));
    assert!(calendar
        .property_value("PRODID")
        .unwrap()
        .contains("live-agenda"));
    assert_eq!(calendar.property_value("CALSCALE"), Some("GREGORIAN"));
    assert_eq!(calendar.property_value("METHOD"), Some("PUBLISH"));
    assert_eq!(
        calendar.property_value("X-WR-CALNAME"),
        Some("Atelier optimisation")
    );
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    for event in events(&text) {
        assert_eq!(event.get_timestamp().unwrap().timestamp(), STAMP.0);
    }
}

#[test]
fn spring_forward_day_in_paris() {
    // 2023-03-26: at 02:00 CET the clocks go to 03:00 CEST. 01:30 is
    // 00:30Z, 03:30 is 01:30Z: one real hour between them, not two.
    let p = paris_day(
        "2023-03-26",
        r#"{ "id": "nuit", "start": "01:30", "title": { "fr": "Nuit" } },
           { "id": "matin", "start": "03:30", "title": { "fr": "Matin" } },
           { "id": "fin", "kind": "end", "start": "04:00", "title": { "fr": "Fin" } }"#,
    );
    let spans: Vec<(i64, i64)> = events(&export(&p, Lang::Fr, Selection::All))
        .iter()
        .map(span)
        .collect();
    // Checked with Python's zoneinfo.
    assert_eq!(
        spans,
        [
            (1_679_790_600, 1_679_794_200),
            (1_679_794_200, 1_679_796_000)
        ]
    );
}

#[test]
fn fall_back_day_in_paris() {
    // 2023-10-29: at 03:00 CEST the clocks go back to 02:00 CET. 01:30 is
    // 23:30Z the day before, 03:30 is 02:30Z: three real hours apart.
    let p = paris_day(
        "2023-10-29",
        r#"{ "id": "nuit", "start": "01:30", "title": { "fr": "Nuit" } },
           { "id": "matin", "start": "03:30", "title": { "fr": "Matin" } },
           { "id": "fin", "kind": "end", "start": "04:00", "title": { "fr": "Fin" } }"#,
    );
    let text = export(&p, Lang::Fr, Selection::All);
    let spans: Vec<(i64, i64)> = events(&text).iter().map(span).collect();
    assert_eq!(
        spans,
        [
            (1_698_535_800, 1_698_546_600),
            (1_698_546_600, 1_698_548_400)
        ]
    );
    assert!(text.contains("\r\nDTSTART:20231028T233000Z\r\n"));
}

#[test]
fn titles_and_abstracts_in_the_chosen_language_with_fallback() {
    let seed = seed();
    let fr = events(&export(&seed, Lang::Fr, Selection::All));
    let en = events(&export(&seed, Lang::En, Selection::All));
    assert_eq!(fr[0].get_summary(), Some("Accueil"));
    assert_eq!(param(&fr[0], "SUMMARY", "LANGUAGE"), Some("fr"));
    assert_eq!(en[0].get_summary(), Some("Welcome"));
    assert_eq!(param(&en[0], "SUMMARY", "LANGUAGE"), Some("en"));
    // English-only title, asked in French: English, and marked so.
    assert_eq!(param(&fr[1], "SUMMARY", "LANGUAGE"), Some("en"));

    // Speakers line, blank line, abstract: exactly, through escaping
    // (the seed's abstracts hold commas, semicolons and blank lines).
    let adam = &seed.items[1];
    let abstract_en = adam.abstract_.as_ref().unwrap().get("en").unwrap();
    assert_eq!(
        fr[1].get_description(),
        Some(format!("Olivier Fercoq\n\n{abstract_en}").as_str())
    );
    // A French-only abstract, asked in English.
    let lottery = &seed.items[4];
    let abstract_fr = lottery.abstract_.as_ref().unwrap().get("fr").unwrap();
    assert_eq!(
        en[4].get_description(),
        Some(format!("Enzo Tartaglione\n\n{abstract_fr}").as_str())
    );
    assert_eq!(param(&en[4], "DESCRIPTION", "LANGUAGE"), Some("fr"));
    // Speakers but no abstract; neither.
    assert_eq!(fr[5].get_description(), Some("Hicham Janati"));
    assert_eq!(fr[0].get_description(), None);
}

#[test]
fn special_characters_round_trip_through_the_parser() {
    let title = r#"Backslash \ comma, semicolon; colon: quote " done\"#;
    let abstract_ = "Line one,\nline two; \\n is not a newline\n\nNew paragraph\r\nWindows line";
    let room = "Salle 1; bâtiment A, 2e étage";
    let p = paris_day(
        "2022-11-24",
        &format!(
            r#"{{ "id": "x", "start": "10:00", "end": "11:00", "room": {},
                 "speakers": ["Ada, Countess", "Bob; Jr"],
                 "title": {{ "en": {} }}, "abstract": {{ "en": {} }} }}"#,
            json(room),
            json(title),
            json(abstract_)
        ),
    );
    let text = export(&p, Lang::En, Selection::All);
    let event = &events(&text)[0];
    assert_eq!(event.get_summary(), Some(title));
    assert_eq!(
        event.get_description(),
        Some("Ada, Countess, Bob; Jr\n\nLine one,\nline two; \\n is not a newline\n\nNew paragraph\nWindows line")
    );
    assert_eq!(event.get_location(), Some(room));
    // And the raw escapes are the RFC's.
    let unfolded = text.replace("\r\n ", "");
    assert!(unfolded.contains(r"Backslash \\ comma\, semicolon\; colon: quote"));
    assert!(unfolded.contains(r"Line one\,\nline two\; \\n is not"));
}

#[test]
fn long_accented_text_with_emoji_folds_on_character_boundaries() {
    let long = "Présentation détaillée : « éléphants, œufs & crêpes » 🎉🧑‍🔬 — où l’on étudie \
                l’ingénierie française à Besançon, à Châteauroux et à Sées ; 😀😀😀😀😀 "
        .repeat(12);
    let p = paris_day(
        "2022-11-24",
        &format!(
            r#"{{ "id": "long", "start": "10:00", "end": "11:00", "room": {long},
                 "speakers": ["Éléonore Çağlar"], "title": {{ "fr": {long} }},
                 "abstract": {{ "fr": {long} }} }}"#,
            long = json(&long)
        ),
    );
    let text = export(&p, Lang::Fr, Selection::All);
    let bytes = text.as_bytes();
    let mut continuations = 0;
    for line in bytes.split(|&b| b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        assert!(
            line.len() <= 75,
            "{} octets: {:?}",
            line.len(),
            String::from_utf8_lossy(line)
        );
        std::str::from_utf8(line).expect("each physical line is UTF-8 on its own");
        continuations += usize::from(line.first() == Some(&b' '));
    }
    assert!(continuations > 50, "the long text was folded");
    let event = &events(&text)[0];
    assert_eq!(event.get_summary(), Some(long.as_str()));
    assert_eq!(event.get_location(), Some(long.as_str()));
    let description = format!("Éléonore Çağlar\n\n{}", long.trim());
    assert_eq!(event.get_description(), Some(description.as_str()));
}

#[test]
fn lines_end_in_crlf_everywhere() {
    for lang in Lang::ALL {
        let text = ics::calendar(
            &seed(),
            lang,
            Selection::All,
            STAMP,
            Some("https://x.example/"),
            None,
        )
        .unwrap();
        let bytes = text.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\n' {
                assert_eq!(bytes.get(i.wrapping_sub(1)), Some(&b'\r'), "bare LF at {i}");
            }
            if b == b'\r' {
                assert_eq!(bytes.get(i + 1), Some(&b'\n'), "bare CR at {i}");
            }
        }
        assert!(text.ends_with("\r\n"));
    }
}

#[test]
fn one_item_export() {
    let seed = seed();
    let text = export(&seed, Lang::En, Selection::Item("fercoq-adam"));
    let events = events(&text);
    assert_eq!(events.len(), 1);
    assert_eq!(span(&events[0]), (WELCOME + 15 * 60, WELCOME + 45 * 60));
    assert_eq!(
        events[0].get_uid(),
        Some("fercoq-adam.20221124.atelier-optimisation@live-agenda")
    );
    // One talk is not a calendar of its own: no calendar name.
    assert!(!text.contains("X-WR-CALNAME"));
    // Nothing to export: the end marker, an unknown id.
    assert_eq!(
        ics::calendar(&seed, Lang::En, Selection::Item("fin"), STAMP, None, None),
        None
    );
    assert_eq!(
        ics::calendar(&seed, Lang::En, Selection::Item("nope"), STAMP, None, None),
        None
    );
    assert!(!ics::is_event(&seed.items[7]));
    assert!(seed.items[..7].iter().all(ics::is_event));
}

#[test]
fn uids_are_stable_and_distinct() {
    let seed = seed();
    let uids = |text: &str| -> Vec<String> {
        events(text)
            .iter()
            .map(|e| e.get_uid().unwrap().to_owned())
            .collect()
    };
    let first = uids(&export(&seed, Lang::Fr, Selection::All));
    // Another day, another language, another page: the same UIDs, so a
    // re-import updates the events instead of duplicating them.
    let later = ics::calendar(
        &seed,
        Lang::En,
        Selection::All,
        Instant(STAMP.0 + 86_400),
        Some("https://x.example/"),
        None,
    );
    assert_eq!(uids(&later.unwrap()), first);
    let mut sorted = first.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), 7, "one UID per event: {first:?}");
    for (item, uid) in seed.items.iter().zip(&first) {
        assert_eq!(&ics::uid(&seed, item), uid);
        let single = export(&seed, Lang::En, Selection::Item(&item.id));
        assert_eq!(&uids(&single)[0], uid);
    }
    // A moved talk keeps its UID.
    let mut moved = seed.clone();
    moved.items[1].start = Instant(moved.items[1].start.0 + 600);
    assert_eq!(ics::uid(&moved, &moved.items[1]), first[1]);
}

#[test]
fn uids_of_unusual_ids_stay_distinct_and_plain() {
    let p = paris_day(
        "2022-11-24",
        r#"{ "id": "a.b", "start": "10:00", "title": { "fr": "1" } },
           { "id": "a%2Eb", "start": "10:10", "title": { "fr": "2" } },
           { "id": "café crème", "start": "10:20", "title": { "fr": "3" } },
           { "id": "x", "start": "10:30", "end": "10:40", "title": { "fr": "4" } }"#,
    );
    let uids: Vec<String> = p.items.iter().map(|i| ics::uid(&p, i)).collect();
    assert_eq!(uids[0], "a%2Eb.20221124.journee-d-essai@live-agenda");
    assert_eq!(uids[1], "a%252Eb.20221124.journee-d-essai@live-agenda");
    assert_eq!(
        uids[2],
        "caf%C3%A9%20cr%C3%A8me.20221124.journee-d-essai@live-agenda"
    );
    assert!(uids.iter().all(|u| u.is_ascii()));
}

#[test]
fn multi_day_programmes_take_the_first_start_date_for_uids() {
    let p = programme(
        r#"{ "version": 1,
          "event": { "title": { "en": "Conf" }, "timezone": "Europe/Paris" },
          "sessions": [
            { "id": "d2", "start": "2022-11-25T09:00:00+01:00", "end": "2022-11-25T10:00:00+01:00", "title": { "en": "Day 2" } },
            { "id": "d1", "start": "2022-11-24T00:30:00+01:00", "end": "2022-11-24T01:00:00+01:00", "title": { "en": "Day 1" } } ] }"#,
    );
    // 2022-11-24T00:30+01:00 is 2022-11-23 in UTC.
    assert_eq!(ics::uid(&p, &p.items[0]), "d2.20221123.conf@live-agenda");
}

#[test]
fn urls_point_at_the_item_on_the_page() {
    let seed = seed();
    let page = "https://chaire.example/atelier/?lang=fr#accueil";
    let text = ics::calendar(
        &seed,
        Lang::Fr,
        Selection::Item("fercoq-adam"),
        STAMP,
        Some(page),
        None,
    )
    .unwrap();
    assert_eq!(
        events(&text)[0].get_url(),
        Some("https://chaire.example/atelier/?lang=fr#fercoq-adam")
    );
    assert!(!export(&seed, Lang::Fr, Selection::All).contains("\r\nURL"));
}

#[test]
fn rooms_become_locations() {
    let p = paris_day(
        "2022-11-24",
        r#"{ "id": "a", "start": "10:00", "end": "11:00", "room": "Amphi B", "title": { "fr": "A" } },
           { "id": "b", "start": "10:00", "end": "11:00", "title": { "fr": "B" } }"#,
    );
    let events = events(&export(&p, Lang::Fr, Selection::All));
    assert_eq!(events[0].get_location(), Some("Amphi B"));
    assert_eq!(events[1].get_location(), None);
}

#[test]
fn an_item_without_duration_is_an_instant_event() {
    // The last item has no `end` and no end marker follows: it lasts no
    // time. DTEND = DTSTART would be invalid; no DTEND means "an instant".
    let p = paris_day(
        "2022-11-24",
        r#"{ "id": "a", "start": "13:30", "title": { "fr": "A" } },
           { "id": "b", "start": "14:00", "title": { "fr": "B" } }"#,
    );
    let events = events(&export(&p, Lang::Fr, Selection::All));
    assert_eq!(events.len(), 2);
    assert_eq!(span(&events[0]), (WELCOME, WELCOME + 1800));
    assert_eq!(unix(events[1].get_start()), WELCOME + 1800);
    assert!(events[1].get_end().is_none());
}

#[test]
fn file_names_are_plain_ascii() {
    let seed = seed();
    assert_eq!(
        ics::file_name(&seed, Selection::All),
        "atelier-optimisation.ics"
    );
    assert_eq!(
        ics::file_name(&seed, Selection::Item("fercoq-adam")),
        "fercoq-adam.ics"
    );
    let p = paris_day(
        "2022-11-24",
        r#"{ "id": "Été/../../ÉCOLE d'hiver", "start": "10:00", "title": { "fr": "A" } },
           { "id": "日本", "start": "10:10", "title": { "fr": "Œuvres complètes" } },
           { "id": "東京", "start": "10:20", "title": { "fr": "会議" } },
           { "id": "CON", "start": "10:30", "title": { "fr": "B" } }"#,
    );
    assert_eq!(ics::file_name(&p, Selection::All), "journee-d-essai.ics");
    assert_eq!(
        ics::file_name(&p, Selection::Item("Été/../../ÉCOLE d'hiver")),
        "ete-ecole-d-hiver.ics"
    );
    assert_eq!(
        ics::file_name(&p, Selection::Item("日本")),
        "oeuvres-completes.ics"
    );
    assert_eq!(ics::file_name(&p, Selection::Item("東京")), "session.ics");
    assert_eq!(ics::file_name(&p, Selection::Item("CON")), "con-agenda.ics");
    let long = "a".repeat(30) + " " + &"b".repeat(30);
    assert_eq!(
        ics::file_name(&p, Selection::Item(&long)),
        format!("{}.ics", "a".repeat(30))
    );
}

#[test]
fn each_session_reminds_before_it_starts_when_asked() {
    let text = ics::calendar(&seed(), Lang::Fr, Selection::All, STAMP, None, Some(10)).unwrap();
    for event in events(&text) {
        let alarms: Vec<_> = event
            .components()
            .iter()
            .filter(|c| c.component_kind() == "VALARM")
            .collect();
        let uid = event.get_uid().unwrap().to_owned();
        // The sessions (talks, the discussion), not the welcome or the break.
        let session = !(uid.starts_with("accueil.") || uid.starts_with("pause."));
        assert_eq!(alarms.len(), usize::from(session), "{uid}");
        if let Some(alarm) = alarms.first() {
            assert_eq!(alarm.property_value("TRIGGER"), Some("-PT10M"));
            assert_eq!(alarm.property_value("ACTION"), Some("DISPLAY"));
            assert_eq!(alarm.property_value("DESCRIPTION"), event.get_summary());
        }
    }
    // None asked: no alarm at all.
    assert!(!export(&seed(), Lang::Fr, Selection::All).contains("VALARM"));
}

#[test]
fn a_speakers_affiliation_is_in_the_description() {
    let p = programme(include_str!("../../../tests/fixtures/hybrid-workshop.json"));
    let ics = ics::calendar(
        &p,
        Lang::En,
        Selection::Item("durand-graphes"),
        STAMP,
        None,
        None,
    )
    .unwrap();
    assert!(
        ics.contains("DESCRIPTION;LANGUAGE=fr:Camille Durand (Université Exemple)"),
        "{ics}"
    );
}

#[test]
fn the_reminder_is_the_visitors_remembered_choice_else_ten_minutes() {
    for choice in ics::REMINDER_CHOICES {
        let stored = ics::reminder_to_stored(choice);
        assert_eq!(ics::reminder_choice(Some(&stored)), choice, "{stored}");
    }
    assert_eq!(ics::reminder_choice(Some("none")), None);
    // Nothing remembered, or a value that is no choice: the default.
    for stored in [None, Some("7"), Some(""), Some("ten")] {
        assert_eq!(
            ics::reminder_choice(stored),
            Some(ics::REMINDER_MINUTES),
            "{stored:?}"
        );
    }
    let p = seed();
    let five = ics::calendar(
        &p,
        Lang::En,
        Selection::Item("fercoq-adam"),
        STAMP,
        None,
        Some(5),
    )
    .unwrap();
    assert!(five.contains("TRIGGER:-PT5M\r\n"));
    let none = ics::calendar(
        &p,
        Lang::En,
        Selection::Item("fercoq-adam"),
        STAMP,
        None,
        None,
    )
    .unwrap();
    assert!(!none.contains("VALARM"));
}

#[test]
fn my_programme_is_its_own_file_of_the_starred_sessions_only() {
    let seed = seed();
    // The break cannot be starred (it is no session); an id the programme
    // no longer has is no event.
    let mine = Mine::decode(Some("tartaglione-lottery,pause,gone,fercoq-adam"));
    let text = ics::calendar(
        &seed,
        Lang::En,
        Selection::Mine(&mine),
        STAMP,
        None,
        Some(10),
    )
    .unwrap();
    let calendar: Calendar = text.parse().unwrap();
    let summaries: Vec<String> = calendar
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .map(|e| e.get_summary().unwrap().to_owned())
        .collect();
    assert_eq!(
        summaries,
        [
            "On the convergence of the ADAM algorithm",
            "To the lottery ticket hypothesis and beyond: can we really make training efficient?",
        ],
        "in the programme's order"
    );
    assert_eq!(
        text.matches("BEGIN:VALARM").count(),
        2,
        "each reminds, as any session"
    );
    assert!(
        text.contains("\r\nX-WR-CALNAME:"),
        "named after the event, as the whole programme"
    );
    assert_eq!(
        ics::file_name(&seed, Selection::Mine(&mine)),
        "atelier-optimisation-selection.ics"
    );
    // Nothing starred: nothing to offer.
    assert_eq!(
        ics::calendar(
            &seed,
            Lang::En,
            Selection::Mine(&Mine::default()),
            STAMP,
            None,
            None
        ),
        None
    );
}
