//! The writer (issue 15): a loaded programme written as v1 text loads back
//! as the same programme, for the seed, every valid fixture, the real
//! schedule.json exports, and generated programmes.

mod common;

use common::{fixture, repo_text, session_json, shared_text};
use live_agenda_core::programme::{load, write, JiffZones, Programme};
use proptest::prelude::*;
use serde_json::{json, Value};

fn load_ok(text: &str) -> Programme {
    load(text, &JiffZones)
        .unwrap_or_else(|p| panic!("unexpected problems: {p:#?}"))
        .programme
}

/// `load(write(p)) == p`, and writing again gives the same text (the
/// written form is stable: saving twice changes nothing).
fn assert_round_trip(p: &Programme) -> String {
    let text = write(p, &JiffZones);
    let again = load(&text, &JiffZones).unwrap_or_else(|e| panic!("{e:#?}\n{text}"));
    assert_eq!(&again.programme, p, "{text}");
    assert_eq!(write(&again.programme, &JiffZones), text);
    text
}

#[test]
fn the_seed_is_written_back_byte_for_byte() {
    // The seed is laid out as the writer lays files out, with no explicit
    // end and no delay: so the writer's output is the file itself.
    let seed = repo_text("assets/programme.json");
    assert_eq!(write(&load_ok(&seed), &JiffZones), seed);
}

#[test]
fn every_valid_fixture_round_trips() {
    for name in [
        "valid-workshop.json",
        "valid-warnings.json",
        "delays.json",
        "midnight.json",
        "schedule-tiny.json",
        "hybrid-workshop.json",
    ] {
        assert_round_trip(&load_ok(&fixture(name)));
    }
}

#[test]
fn delays_notice_links_and_explicit_ends_are_kept_in_the_file() {
    let text = assert_round_trip(&load_ok(&fixture("delays.json")));
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        v["event"]["notice"]["en"],
        "The workshop is running 10 minutes late."
    );
    let pause = &v["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "pause")
        .unwrap();
    // The planned start, not the effective one, with its delay.
    assert_eq!(
        (&pause["start"], &pause["delay_minutes"]),
        (&json!("14:05"), &json!(10))
    );
}

#[test]
fn an_end_past_midnight_and_an_autumn_fold_are_written_with_their_offset() {
    // 2022-10-30 in Paris: 02:30 happens twice; the second is 01:30Z.
    let text = r#"{ "version": 1,
      "event": { "title": {"en": "Night"}, "timezone": "Europe/Paris", "date": "2022-10-30" },
      "sessions": [
        { "id": "a", "start": "01:00", "title": {"en": "A"} },
        { "id": "b", "start": "2022-10-30T02:30:00+01:00", "end": "2022-10-31T00:15:00+01:00",
          "title": {"en": "B"} },
        { "id": "c", "start": "2022-10-31T09:00:30+01:00", "title": {"en": "C"} } ] }"#;
    let written = assert_round_trip(&load_ok(text));
    let v: Value = serde_json::from_str(&written).unwrap();
    let s = &v["sessions"];
    assert_eq!(s[0]["start"], "01:00");
    assert_eq!(s[1]["start"], "2022-10-30T02:30:00+01:00");
    assert_eq!(s[1]["end"], "2022-10-31T00:15:00+01:00");
    assert_eq!(s[2]["start"], "2022-10-31T09:00:30+01:00");
}

#[test]
fn the_real_schedule_exports_round_trip() {
    let dir = format!(
        "{}/data/real",
        std::env::var("LIVE_AGENDA_SHARED").unwrap_or_else(|_| "/work/shared".into())
    );
    let Ok(entries) = std::fs::read_dir(&dir) else {
        panic!("{dir}: the shared real exports are missing");
    };
    let mut count = 0;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.ends_with(".json") {
            continue;
        }
        if let Ok(loaded) = load(&shared_text(&format!("data/real/{name}")), &JiffZones) {
            assert_round_trip(&loaded.programme);
            count += 1;
        }
    }
    assert!(count > 0, "no real export loaded from {dir}");
}

/// Texts with what escaping must get right: quotes, backslashes, newlines,
/// control characters, non-ASCII, and languages in either order.
fn text() -> impl Strategy<Value = Value> {
    let s = prop_oneof![
        Just("Atelier « optimisation »".to_owned()),
        Just("a \"quoted\" \\ path\n\nsecond paragraph\u{1}\t".to_owned()),
        "[a-zA-Z0-9 é—🎉\"\\\\\n]{1,12}",
    ];
    prop_oneof![
        s.clone().prop_map(|fr| json!({"fr": fr})),
        (s.clone(), s).prop_map(|(en, fr)| json!({"en": en, "fr": fr})),
    ]
}

/// Generated programmes: the property tests' sessions (times, ends, rooms,
/// kinds, delays) with speakers, abstracts, tracks and times on the next
/// day, in an event with information, a notice and links.
fn programme() -> impl Strategy<Value = String> {
    let session = (
        (0u8..24, 0u8..60, prop::option::of(0u8..24)),
        prop::option::of(0u8..3),
        0u8..4,
        prop::option::of(-30i64..60),
        (
            text(),
            prop::option::of(text()),
            prop::collection::vec("[A-Z][a-z]{1,6}", 0..3),
        ),
        (any::<bool>(), prop::option::of("[a-z]{1,4}")),
    );
    let event = (
        prop::sample::select(vec![
            "Europe/Paris",
            "America/St_Johns",
            "UTC",
            "Australia/Lord_Howe",
        ]),
        prop::sample::select(vec!["2022-11-24", "2023-03-26", "2022-10-30"]),
        text(),
        prop::option::of(text()),
        prop::option::of(text()),
        prop::collection::vec(text(), 0..3),
    );
    (event, prop::collection::vec(session, 1..12)).prop_map(|(event, sessions)| {
        let (zone, date, title, info, notice, links) = event;
        let sessions: Vec<Value> = sessions
            .into_iter()
            .enumerate()
            .map(|(i, ((h, m, end_h), room, kind, delay, texts, extra))| {
                let (title, abstract_, speakers) = texts;
                let (next_day, track) = extra;
                let mut s = session_json(i, (h, m), end_h, room, kind, delay);
                s["title"] = title;
                if let Some(a) = abstract_ {
                    s["abstract"] = a;
                }
                if !speakers.is_empty() {
                    s["speakers"] = json!(speakers);
                }
                if let Some(t) = track {
                    s["track"] = json!(t);
                }
                if next_day {
                    // The day after, as multi-day programmes write it.
                    s["start"] = json!(format!("2023-03-27T{h:02}:{m:02}:00+02:00"));
                    s.as_object_mut().unwrap().remove("end");
                }
                s
            })
            .collect();
        let mut ev = json!({"title": title, "timezone": zone, "date": date});
        if let Some(info) = info {
            ev["info"] = info;
        }
        if let Some(notice) = notice {
            ev["notice"] = notice;
        }
        let links: Vec<Value> = links
            .into_iter()
            .enumerate()
            .map(|(i, label)| json!({"label": label, "url": format!("https://example.org/{i}?a=\"b\"")}))
            .collect();
        if !links.is_empty() {
            ev["links"] = json!(links);
        }
        json!({"version": 1, "event": ev, "sessions": sessions}).to_string()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn every_loaded_programme_round_trips(text in programme()) {
        // Some generated files are invalid (a time in a DST gap, an end
        // before its start once delayed): only valid ones are programmes.
        if let Ok(loaded) = load(&text, &JiffZones) {
            let written = write(&loaded.programme, &JiffZones);
            let again = load(&written, &JiffZones);
            prop_assert!(again.is_ok(), "{:?}\n{written}", again.err());
            prop_assert_eq!(&again.unwrap().programme, &loaded.programme);
        }
    }
}
