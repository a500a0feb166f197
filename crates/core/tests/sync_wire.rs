//! The small pure pieces of live updates: reading an HTTP answer, the
//! `Date` header and the clock skew, the stored copy's JSON, backoff and
//! jitter, the words of each failure, and which items count as changed.

use live_agenda_core::programme::{load, FixedZones, Instant, Problem, ProblemKind, Programme};
use live_agenda_core::sync::{
    age_minutes, changed_items, classify, clock_skew_ms, jittered, looks_like_json,
    parse_http_date, retry_delay_ms, same_programme, storage_key, Failure, Outcome, Stored,
    FETCH_TIMEOUT_MS, MAX_RETRY_MS, SKEW_THRESHOLD_MS,
};

/// 1994-11-06T08:49:37Z, the RFC's example date.
const RFC_EXAMPLE: Instant = Instant(784_111_777);

#[test]
fn classify_tells_json_from_error_pages() {
    let json = r#"{"version": 1}"#.to_owned();
    assert_eq!(
        classify(200, json.clone(), Some("d".to_owned())),
        Outcome::Fresh {
            text: json.clone(),
            date_header: Some("d".to_owned())
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
fn http_dates_in_all_three_forms() {
    assert_eq!(
        parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"),
        Some(RFC_EXAMPLE)
    );
    assert_eq!(
        parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT"),
        Some(RFC_EXAMPLE)
    );
    assert_eq!(
        parse_http_date("Sun Nov  6 08:49:37 1994"),
        Some(RFC_EXAMPLE)
    );
    // Checked with Python: calendar.timegm((2022, 11, 24, 13, 0, 0)).
    assert_eq!(
        parse_http_date("Thu, 24 Nov 2022 13:00:00 GMT"),
        Some(Instant(1_669_294_800))
    );
    // A leap day, and a two-digit year after 2000.
    assert_eq!(
        parse_http_date("Thursday, 29-Feb-24 00:00:00 GMT"),
        Some(Instant(1_709_164_800))
    );
}

#[test]
fn malformed_http_dates_are_refused() {
    for bad in [
        "",
        "yesterday",
        "Sun, 06 Nov 1994 08:49:37 UTC",
        "Sun, 06 Nov 1994 08:49:37",
        "Sun 06 Nov 1994 08:49:37 GMT",
        "Sun, 6 November 1994 08:49:37 GMT",
        "Sun, 31 Nov 1994 08:49:37 GMT",
        "Sun, 06 Nov 1994 24:00:00 GMT",
        "Sun, 06 Nov 1994 08:49:60 GMT",
        "Sun, 06 Nov 1994 8:49:37 GMT",
        "Sun, 06 nov 1994 08:49:37 GMT",
        "Dim, 06 Nov 1994 08:49:37 GMT",
        "Sun, 06 Nov 94 08:49:37 GMT",
        "Sunday, 06-Nov-1994 08:49:37 GMT",
        "Sunday, 06-Nov-94-1 08:49:37 GMT",
        "Sun Nov  6 08:49:37 94",
        "Sun, +6 Nov 1994 08:49:37 GMT",
        "2022-11-24T13:00:00Z",
    ] {
        assert_eq!(parse_http_date(bad), None, "{bad}");
    }
}

#[test]
fn only_a_skew_over_two_minutes_counts() {
    let server_ms = 1_669_294_800_000.0;
    let date = "Thu, 24 Nov 2022 13:00:00 GMT";
    assert_eq!(SKEW_THRESHOLD_MS, 120_000.0);
    assert_eq!(clock_skew_ms(date, server_ms), None);
    assert_eq!(clock_skew_ms(date, server_ms - 120_000.0), None);
    assert_eq!(clock_skew_ms(date, server_ms + 120_000.0), None);
    assert_eq!(
        clock_skew_ms(date, server_ms - 120_001.0),
        Some(120_001.0),
        "device behind: add"
    );
    assert_eq!(
        clock_skew_ms(date, server_ms + 3_600_000.0),
        Some(-3_600_000.0),
        "device ahead: subtract"
    );
    assert_eq!(clock_skew_ms("garbage", 0.0), None);
    assert_eq!(clock_skew_ms(date, f64::NAN), None);
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
fn every_failure_is_said_in_both_languages() {
    let problems = vec![
        Problem::new("sessions[1].start", ProblemKind::MissingField),
        Problem::new("sessions[2].id", ProblemKind::Blank),
    ];
    let all = [
        Failure::Network("Failed to fetch".to_owned()),
        Failure::Network(String::new()),
        Failure::Timeout,
        Failure::Http(404),
        Failure::Http(500),
        Failure::Http(403),
        Failure::Http(304),
        Failure::NotJson,
        Failure::Invalid(problems),
    ];
    for f in &all {
        let (en, fr) = (f.reason("en"), f.reason("fr"));
        assert_ne!(en, fr, "{f:?}");
        assert!(!en.is_empty() && !fr.is_empty(), "{f:?}");
        assert_eq!(f.reason("de"), en, "unknown languages get English");
    }
    let seconds = format!("{}", FETCH_TIMEOUT_MS / 1000.0);
    assert!(Failure::Timeout.reason("en").contains(&seconds));
    assert!(Failure::Http(500).reason("fr").contains("500"));
    assert_eq!(
        Failure::Http(304).reason("en"),
        "the server sent no programme (HTTP 304)"
    );
    let invalid = all[8].reason("en");
    assert!(
        invalid.starts_with("the file is not a valid programme: sessions[1].start: "),
        "{invalid}"
    );
    assert!(invalid.ends_with("(and 1 more problem)"), "{invalid}");
    assert_eq!(
        Failure::NotJson.describe("https://x.org/p.json", "fr"),
        "Impossible de charger https://x.org/p.json : le serveur a envoyé une page web, \
         pas le fichier JSON (vérifiez l'adresse)."
    );
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
