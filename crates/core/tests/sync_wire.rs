//! The small pure pieces of live updates: reading an HTTP answer, the clock
//! skew, the stored copy, backoff and jitter, and which items count as
//! changed. (The words of each failure: `i18n_strings.rs`; the `Date`
//! header is read by the browser's `Date.parse`: `tests/web.rs`.)

use live_agenda_core::programme::{load, FixedZones, Programme};
use live_agenda_core::sync::{
    age_minutes, changed_items, classify, clock_skew_ms, jittered, looks_like_json, retry_delay_ms,
    same_programme, storage_key, Failure, Outcome, Stored, MAX_RETRY_MS, SKEW_THRESHOLD_MS,
};

#[test]
fn classify_tells_json_from_error_pages() {
    let json = r#"{"version": 1}"#.to_owned();
    assert_eq!(
        classify(200, json.clone(), Some(1.5e12)),
        Outcome::Fresh {
            text: json.clone(),
            server_ms: Some(1.5e12)
        }
    );
    // A host's soft 404: status 200, an HTML page.
    let html = "<!DOCTYPE html><html><body>Not found</body></html>".to_owned();
    assert_eq!(classify(200, html.clone(), None), Outcome::NotJson);
    assert_eq!(classify(200, String::new(), None), Outcome::NotJson);
    // A real 404 says so by its status, whatever the body.
    assert_eq!(classify(404, html, None), Outcome::HttpError(404));
    assert_eq!(classify(500, json.clone(), None), Outcome::HttpError(500));
    assert_eq!(classify(304, String::new(), None), Outcome::Unchanged);
    assert!(matches!(
        classify(0, String::new(), None),
        Outcome::NetworkError(_)
    ));
    // Truncated JSON is JSON to be validated (the loader says where).
    assert!(matches!(
        classify(200, "{\"version\": 1, \"ev".to_owned(), None),
        Outcome::Fresh { .. }
    ));
}

#[test]
fn json_may_start_with_a_bom_and_white_space() {
    assert!(looks_like_json("\u{feff}\r\n  {}"));
    assert!(looks_like_json("[1]"));
    assert!(!looks_like_json("  <html>"));
    assert!(!looks_like_json("null"));
    assert!(!looks_like_json(""));
}

#[test]
fn the_stored_copy_round_trips_and_garbage_is_none() {
    let stored = Stored {
        url: "https://example.org/p.json".to_owned(),
        fetched_at_ms: 1_669_294_800_123.0,
        text: "{\"é\": \"<script>\\n\"}\u{2028}\nsecond line\n".to_owned(),
    };
    assert_eq!(Stored::decode(&stored.encode()), Some(stored.clone()));
    // Kept to the millisecond.
    let fraction = Stored {
        fetched_at_ms: 1_669_294_800_123.9,
        ..stored.clone()
    };
    assert_eq!(Stored::decode(&fraction.encode()), Some(stored.clone()));
    let good = stored.encode();
    for garbage in [
        "",
        "null",
        "{\"url\": \"u\", \"fetched_at_ms\": 1, \"text\": \"t\"}",
        &good.replacen("stored programme 2", "stored programme 1", 1),
        &good.replacen("1669294800123", "soon", 1),
        "live-agenda stored programme 2\n1\nhttps://example.org/p.json",
    ] {
        assert_eq!(Stored::decode(garbage), None, "{garbage}");
    }
    // A time that is not a number is never read back as one.
    let nan = Stored {
        fetched_at_ms: f64::NAN,
        ..stored
    };
    assert_eq!(
        Stored::decode(&nan.encode()).map(|s| s.fetched_at_ms),
        Some(0.0)
    );
}

#[test]
fn each_source_has_its_own_versioned_key() {
    assert_eq!(
        storage_key("https://example.org/p.json"),
        "programme:v1:https://example.org/p.json"
    );
    assert_ne!(
        storage_key("https://a/p.json"),
        storage_key("https://b/p.json")
    );
}

#[test]
fn only_a_skew_over_two_minutes_counts() {
    let server_ms = 1_669_294_800_000.0;
    assert_eq!(SKEW_THRESHOLD_MS, 120_000.0);
    assert_eq!(clock_skew_ms(server_ms, server_ms), None);
    assert_eq!(clock_skew_ms(server_ms, server_ms - 120_000.0), None);
    assert_eq!(clock_skew_ms(server_ms, server_ms + 120_000.0), None);
    assert_eq!(
        clock_skew_ms(server_ms, server_ms - 120_001.0),
        Some(120_001.0),
        "device behind: add"
    );
    assert_eq!(
        clock_skew_ms(server_ms, server_ms + 3_600_000.0),
        Some(-3_600_000.0),
        "device ahead: subtract"
    );
    assert_eq!(
        clock_skew_ms(f64::NAN, 0.0),
        None,
        "an unreadable Date header"
    );
    assert_eq!(clock_skew_ms(server_ms, f64::NAN), None);
}

#[test]
fn backoff_doubles_from_five_seconds_to_a_five_minute_cap() {
    let seconds: Vec<f64> = (0..=10).map(|n| retry_delay_ms(n) / 1000.0).collect();
    assert_eq!(
        seconds,
        [5.0, 5.0, 10.0, 20.0, 40.0, 80.0, 160.0, 300.0, 300.0, 300.0, 300.0]
    );
    assert_eq!(retry_delay_ms(u32::MAX), MAX_RETRY_MS);
}

#[test]
fn jitter_stays_within_twenty_percent() {
    assert_eq!(jittered(10_000.0, 0.0), 8_000.0);
    assert_eq!(jittered(10_000.0, 0.5), 10_000.0);
    assert_eq!(jittered(10_000.0, 1.0), 12_000.0);
    assert_eq!(jittered(10_000.0, 7.0), 12_000.0);
    assert_eq!(jittered(10_000.0, f64::NAN), 10_000.0);
}

#[test]
fn ages_are_whole_minutes() {
    assert_eq!(age_minutes(0.0, 59_999.0), 0);
    assert_eq!(age_minutes(0.0, 60_000.0), 1);
    assert_eq!(age_minutes(60_000.0, 0.0), 0);
    assert_eq!(age_minutes(0.0, f64::INFINITY), 0);
}

#[test]
fn only_network_failures_count_as_offline() {
    assert!(Failure::Timeout.is_offline() && Failure::Network(String::new()).is_offline());
    assert!(!Failure::NotJson.is_offline() && !Failure::Http(500).is_offline());
}

fn programme(sessions: &str) -> Programme {
    let text = format!(
        r#"{{ "version": 1,
             "event": {{ "title": {{"en": "W"}}, "timezone": "UTC", "date": "2022-11-24" }},
             "sessions": [ {sessions} ] }}"#
    );
    load(&text, &FixedZones).expect("valid").programme
}

const A: &str = r#"{ "id": "a", "start": "13:30", "end": "14:00", "title": {"en": "A"},
                     "speakers": ["Ada"], "room": "1", "abstract": {"en": "x"} }"#;

#[test]
fn an_identical_programme_has_no_changed_items() {
    let p = programme(A);
    assert!(same_programme(&p, &p.clone()));
    assert!(changed_items(&p, &p).is_empty());
}

#[test]
fn changes_that_matter_in_the_room_are_marked() {
    let old = programme(A);
    for (what, edited) in [
        ("start", A.replace("13:30", "13:35")),
        ("end", A.replace("14:00", "14:10")),
        (
            "delay",
            A.replace("\"room\"", "\"delay_minutes\": 5, \"room\""),
        ),
        ("title", A.replace("\"A\"", "\"A, revised\"")),
        ("speakers", A.replace("Ada", "Grace")),
        ("room", A.replace("\"1\"", "\"2\"")),
    ] {
        let new = programme(&edited);
        assert!(!same_programme(&old, &new), "{what}");
        assert_eq!(changed_items(&old, &new), ["a"], "{what}");
    }
    // A new abstract is a change, but not one to mark.
    let new = programme(&A.replace("\"x\"", "\"y\""));
    assert!(!same_programme(&old, &new));
    assert!(changed_items(&old, &new).is_empty());
}

#[test]
fn new_items_are_marked_and_removed_ones_are_not_listed() {
    let old = programme(A);
    let b = r#"{ "id": "b", "start": "14:00", "title": {"en": "B"} }"#;
    let new = programme(&format!("{A}, {b}"));
    assert_eq!(changed_items(&old, &new), ["b"]);
    assert!(changed_items(&new, &old).is_empty());
}
