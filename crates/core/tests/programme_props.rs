//! Property tests: `load` never panics whatever it is given, times round-trip
//! through the resolver, and every loaded item ends no earlier than it starts.

mod common;

use live_agenda_core::programme::{
    civil_from_days, days_from_civil, load, parse_rfc3339, rfc3339, FixedZones, Instant, JiffZones,
    TimeZones,
};
use proptest::prelude::*;
use serde_json::{json, Value};

use common::{session_json, v1_text};

const ZONES: &[&str] = &[
    "Europe/Paris",
    "America/New_York",
    "Asia/Kolkata",
    "Australia/Lord_Howe",
    "America/St_Johns",
    "Pacific/Chatham",
    "Etc/GMT-1",
    "UTC",
];

/// Arbitrary JSON values, biased towards the shapes of the format so that
/// the deeper checks are reached.
fn json_value() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        Just("version".to_owned()),
        Just("event".to_owned()),
        Just("sessions".to_owned()),
        Just("title".to_owned()),
        Just("timezone".to_owned()),
        Just("date".to_owned()),
        Just("start".to_owned()),
        Just("end".to_owned()),
        Just("id".to_owned()),
        Just("room".to_owned()),
        Just("links".to_owned()),
        Just("url".to_owned()),
        Just("schedule".to_owned()),
        Just("conference".to_owned()),
        Just("days".to_owned()),
        Just("rooms".to_owned()),
        Just("events".to_owned()),
        Just("duration".to_owned()),
        "[a-z]{1,6}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        Just(json!(1)),
        Just(json!("Europe/Paris")),
        Just(json!("2023-03-26")),
        Just(json!("02:30")),
        Just(json!("2022-11-24T23:30:00+01:00")),
        Just(json!("javascript:x")),
        "[0-9:T+Z-]{0,25}".prop_map(Value::String),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map(key.clone(), inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Valid-looking sessions with random times, rooms and optional ends.
fn programme() -> impl Strategy<Value = String> {
    let session = (
        0u8..24,
        0u8..60,
        prop::option::of(0u8..24),
        prop::option::of(0u8..3),
        0u8..4,
    );
    prop::collection::vec(session, 0..20).prop_map(|sessions| {
        let sessions = sessions
            .into_iter()
            .enumerate()
            .map(|(i, (h, m, end_h, room, kind))| session_json(i, (h, m), end_h, room, kind, None))
            .collect();
        v1_text(sessions)
    })
}

proptest! {
    #[test]
    fn load_never_panics_on_arbitrary_text(text in ".{0,400}") {
        let _ = load(&text, &JiffZones);
    }

    #[test]
    fn load_never_panics_on_json_shaped_values(value in json_value()) {
        let _ = load(&value.to_string(), &JiffZones);
        let _ = load(&json!({"version": 1, "event": value.clone(), "sessions": [value.clone()]}).to_string(), &JiffZones);
        let _ = load(&json!({"schedule": {"conference": value.clone(), "events": [value]}}).to_string(), &FixedZones);
    }

    #[test]
    fn loaded_items_never_end_before_they_start(text in programme()) {
        if let Ok(loaded) = load(&text, &JiffZones) {
            for item in &loaded.programme.items {
                prop_assert!(item.end >= item.start, "{item:?}");
            }
        }
    }

    // Wall clock -> instant -> wall clock gives the same reading; within a
    // fold `resolve` picks the first occurrence, so it may be earlier.
    // From 1970: before, some zones had offsets with seconds (St John's was
    // -03:30:52 until 1935), which RFC 3339 cannot write.
    #[test]
    fn resolve_and_local_round_trip(zone in prop::sample::select(ZONES), minutes in 0i64..40_000_000) {
        let instant = Instant(minutes * 60);
        let local = JiffZones.local(zone, instant).unwrap();
        let back = JiffZones.resolve(zone, local.date, local.time).unwrap();
        prop_assert!(back <= instant);
        let again = JiffZones.local(zone, back).unwrap();
        prop_assert_eq!((again.date, again.time), (local.date, local.time));
        if back == instant {
            prop_assert_eq!(again.offset_seconds, local.offset_seconds);
        }
        // The RFC 3339 text of a reading denotes the same instant.
        prop_assert_eq!(parse_rfc3339(&rfc3339(&local)), Some(instant));
    }

    #[test]
    fn days_and_dates_round_trip(days in -1_000_000i64..3_000_000) {
        prop_assert_eq!(days_from_civil(civil_from_days(days)), days);
    }
}
