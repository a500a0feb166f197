//! "Running late: +10 min from here" (issue 15): `delay_from` on the seed,
//! in words when it cannot, and always what the loader makes of the file
//! with those delays written in it.

mod common;

use common::{repo_text, session_json, v1_text};
use live_agenda_core::i18n::editor::delay_error_message;
use live_agenda_core::i18n::{format_time, Lang};
use live_agenda_core::programme::{
    delay_from, load, write, DelayError, Instant, JiffZones, Programme, TimeZones,
    MAX_DELAY_MINUTES, MIN_DELAY_MINUTES,
};
use proptest::prelude::*;
use serde_json::{json, Value};

fn seed() -> Programme {
    load(&repo_text("assets/programme.json"), &JiffZones)
        .unwrap()
        .programme
}

/// `HH:MM` in Paris of `id`'s start and end.
fn times(p: &Programme, id: &str) -> (String, String) {
    let item = p.items.iter().find(|i| i.id == id).expect("item present");
    let hhmm = |t: Instant| {
        let local = JiffZones.local("Europe/Paris", t).unwrap();
        format!("{:02}:{:02}", local.time.hour, local.time.minute)
    };
    (hhmm(item.start), hhmm(item.end))
}

#[test]
fn ten_minutes_late_from_leibers_talk_moves_the_break_to_14_55() {
    let seed = seed();
    assert_eq!(
        times(&seed, "leiber-stft"),
        ("14:15".into(), "14:45".into())
    );
    let delayed = delay_from(&seed, "leiber-stft", 10, &JiffZones).unwrap();
    let p = &delayed.programme;
    assert_eq!(times(p, "pause"), ("14:55".into(), "15:10".into()));
    // The rule moves the item itself: its announced start too.
    assert_eq!(times(p, "leiber-stft"), ("14:25".into(), "14:55".into()));
    // The items before keep their times.
    assert_eq!(times(p, "fercoq-adam"), times(&seed, "fercoq-adam"));
    assert_eq!(times(p, "fin"), ("16:50".into(), "16:50".into()));
    assert_eq!(
        delayed.changed,
        [
            "leiber-stft",
            "pause",
            "tartaglione-lottery",
            "janati-ot",
            "discussion",
            "fin"
        ]
    );
    // What the widget shows: the break at 14:55 (French "14 h 55").
    let pause = p.items.iter().find(|i| i.id == "pause").unwrap();
    assert_eq!(
        format_time(
            Lang::Fr,
            JiffZones.local("Europe/Paris", pause.start).unwrap().time
        ),
        "14\u{a0}h\u{a0}55"
    );
    // Saved, the file says it with `delay_minutes` and planned starts.
    let file: Value = serde_json::from_str(&write(p, &JiffZones)).unwrap();
    assert_eq!(file["sessions"][3]["start"], "14:45");
    assert_eq!(file["sessions"][3]["delay_minutes"], 10);
    assert!(file["sessions"][1].get("delay_minutes").is_none());
}

#[test]
fn from_the_first_item_the_whole_day_moves() {
    let seed = seed();
    let delayed = delay_from(&seed, "accueil", 15, &JiffZones).unwrap();
    assert_eq!(delayed.changed.len(), seed.items.len());
    for (before, after) in seed.items.iter().zip(&delayed.programme.items) {
        assert_eq!(after.start, before.start.plus_minutes(15), "{}", after.id);
        assert_eq!(after.end, before.end.plus_minutes(15), "{}", after.id);
        assert_eq!(after.planned_start, Some(before.start));
    }
}

#[test]
fn back_on_time_is_the_seed_again() {
    let seed = seed();
    let late = delay_from(&seed, "leiber-stft", 10, &JiffZones).unwrap();
    let back = delay_from(&late.programme, "leiber-stft", 0, &JiffZones).unwrap();
    assert_eq!(back.programme, seed);
    assert_eq!(back.changed, late.changed);
    // Already on time: nothing changes.
    let again = delay_from(&seed, "pause", 0, &JiffZones).unwrap();
    assert_eq!((again.programme, again.changed.len()), (seed, 0));
}

#[test]
fn an_unknown_id_or_a_delay_out_of_range_is_said_in_both_languages() {
    let seed = seed();
    let unknown = delay_from(&seed, "nope", 10, &JiffZones).unwrap_err();
    assert_eq!(unknown, DelayError::UnknownItem("nope".into()));
    assert_eq!(
        delay_error_message(Lang::En, &unknown),
        "No item of the programme has the id \u{201c}nope\u{201d}."
    );
    assert_eq!(
        delay_error_message(Lang::Fr, &unknown),
        "Aucun élément du programme n’a l’identifiant «\u{a0}nope\u{a0}»."
    );
    let far = delay_from(&seed, "pause", MAX_DELAY_MINUTES + 1, &JiffZones).unwrap_err();
    assert_eq!(
        far,
        DelayError::OutOfRange {
            minutes: MAX_DELAY_MINUTES + 1,
            min: MIN_DELAY_MINUTES,
            max: MAX_DELAY_MINUTES
        }
    );
    assert_eq!(
        delay_error_message(Lang::En, &far),
        "A delay of 601 min is not possible: from -180 to 600 min."
    );
}

#[test]
fn another_day_keeps_its_times() {
    let text = json!({
        "version": 1,
        "event": {"title": {"en": "Two days"}, "timezone": "Europe/Paris", "date": "2022-11-24"},
        "sessions": [
            {"id": "a", "start": "09:00", "title": {"en": "A"}},
            {"id": "b", "start": "10:00", "title": {"en": "B"}},
            {"id": "c", "start": "2022-11-25T09:00:00+01:00", "title": {"en": "C"}}
        ]
    })
    .to_string();
    let p = load(&text, &JiffZones).unwrap().programme;
    let delayed = delay_from(&p, "a", 20, &JiffZones).unwrap();
    assert_eq!(delayed.changed, ["a", "b"]);
    assert_eq!(delayed.programme.items[2], p.items[2]);
}

proptest! {
    // On generated programmes (one day: every later item is affected):
    // the delay applied to the model is what the loader makes of the saved
    // file with those `delay_minutes` written in by hand.
    #[test]
    fn delay_from_is_the_loaders_reading_of_the_edited_file(
        sessions in prop::collection::vec(
            (0u8..24, 0u8..60, prop::option::of(0u8..24), prop::option::of(0u8..3), 0u8..4, prop::option::of(-30i64..60)),
            1..12),
        pick in any::<prop::sample::Index>(),
        minutes in -60i64..120,
    ) {
        let sessions: Vec<Value> = sessions
            .into_iter()
            .enumerate()
            .map(|(i, (h, m, end_h, room, kind, delay))| session_json(i, (h, m), end_h, room, kind, delay))
            .collect();
        let Ok(loaded) = load(&v1_text(sessions), &JiffZones) else {
            return Ok(());
        };
        let p = loaded.programme;
        let from = &p.items[pick.index(p.items.len())];
        let delayed = delay_from(&p, &from.id, minutes, &JiffZones).unwrap();

        let mut file: Value = serde_json::from_str(&write(&p, &JiffZones)).unwrap();
        for (s, item) in file["sessions"].as_array_mut().unwrap().iter_mut().zip(&p.items) {
            if item.planned() >= from.planned() {
                s["delay_minutes"] = json!(minutes);
            }
        }
        match load(&file.to_string(), &JiffZones) {
            Ok(expected) => prop_assert_eq!(&delayed.programme, &expected.programme),
            // A delay in range moves an explicit end with its start: the
            // edited file of a valid programme is valid.
            Err(problems) => prop_assert!(false, "{problems:?}"),
        }
    }
}
