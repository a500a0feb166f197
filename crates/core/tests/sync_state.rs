//! The live-update state machine (issue 6, points 1, 2, 4): what is shown,
//! stored and said after each fetch outcome. Each test names the rule it
//! guards; the first of all: a good programme is never lost.

use live_agenda_core::clock::VirtualClock;
use live_agenda_core::i18n::{self, Lang};
use live_agenda_core::programme::{load, FixedZones, Instant, Loaded, Problem, ProblemKind};
use live_agenda_core::sync::{
    retry_delay_ms, Failure, Notice, Origin, Outcome, Stored, SyncState, FIRST_RETRY_MS,
    MAX_RETRY_MS, REFRESH_MS, WAKE_GAP_MS,
};

const URL: &str = "https://example.org/programme.json";

/// 2022-11-24T13:00:00Z, in ms: "now" at the start of every test.
const T0: f64 = 1_669_294_800_000.0;
const MINUTE: f64 = 60_000.0;

fn loader(text: &str) -> Result<Loaded, Vec<Problem>> {
    load(text, &FixedZones)
}

/// A valid programme whose second item has `title_b` and starts at `start_b`.
fn programme(title_b: &str, start_b: &str) -> String {
    format!(
        r#"{{ "version": 1,
             "event": {{ "title": {{"en": "Workshop"}}, "timezone": "UTC", "date": "2022-11-24" }},
             "sessions": [
               {{ "id": "a", "start": "13:30", "title": {{"en": "Welcome"}} }},
               {{ "id": "b", "start": "{start_b}", "title": {{"en": "{title_b}"}} }},
               {{ "id": "c", "start": "15:00", "kind": "end", "title": {{"en": "End"}} }} ] }}"#
    )
}

fn v1() -> String {
    programme("Talk", "14:00")
}

fn fresh(text: &str) -> Outcome {
    Outcome::Fresh {
        text: text.to_owned(),
        server_ms: None,
    }
}

/// A state showing `v1()`, fetched at `T0`.
fn showing_v1() -> SyncState {
    let mut sync = SyncState::new(URL);
    sync.apply(fresh(&v1()), T0, loader);
    sync
}

fn title_of_b(sync: &SyncState) -> String {
    let p = sync.programme().expect("a programme is shown");
    let b = p.items.iter().find(|i| i.id == "b").unwrap();
    b.title.get("en").unwrap().to_owned()
}

/// Every way a fetch can fail, as the browser side reports them.
fn failures() -> Vec<Outcome> {
    vec![
        Outcome::NetworkError("TypeError: Failed to fetch".to_owned()),
        Outcome::Timeout,
        Outcome::HttpError(500),
        Outcome::HttpError(404),
        Outcome::NotJson,
        // Truncated JSON.
        fresh(&v1()[..60]),
        // JSON, but no programme.
        fresh(r#"{ "hello": "world" }"#),
        // A programme, but invalid.
        fresh(&programme("Talk", "25:00")),
        // An export its converter could not use.
        Outcome::Invalid(vec![Problem::new("schedule", ProblemKind::MissingField)]),
    ]
}

#[test]
fn before_any_answer_the_widget_is_loading_not_blank() {
    let sync = SyncState::new(URL);
    assert!(sync.is_loading());
    assert_eq!((sync.programme(), sync.error()), (None, None));
    assert_eq!(sync.notice(T0), None);
}

#[test]
fn a_first_success_is_shown_and_stored_without_notice() {
    let mut sync = SyncState::new(URL);
    let step = sync.apply(fresh(&v1()), T0, loader);
    assert!(step.replaced);
    assert_eq!(
        step.store,
        Some(Stored {
            url: URL.to_owned(),
            fetched_at_ms: T0,
            text: v1()
        })
    );
    assert_eq!(step.next_fetch_in_ms, REFRESH_MS);
    assert!(!sync.is_loading());
    assert_eq!(title_of_b(&sync), "Talk");
    assert_eq!(sync.notice(T0), None);
    assert_eq!(sync.error(), None);
    // Nothing to compare with: no item is marked as changed.
    assert!(sync.changed().is_empty());
}

#[test]
fn never_lose_a_good_programme_whatever_the_failure() {
    for failure in failures() {
        let mut sync = showing_v1();
        let step = sync.apply(failure.clone(), T0 + 3.0 * MINUTE, loader);
        assert!(!step.replaced, "{failure:?}");
        assert_eq!(step.store, None, "the stored copy is kept: {failure:?}");
        assert_eq!(title_of_b(&sync), "Talk", "{failure:?}");
        assert_eq!(step.next_fetch_in_ms, FIRST_RETRY_MS, "{failure:?}");
        let Some(Notice::StaleBecause {
            reason,
            age_minutes,
        }) = sync.notice(T0 + 3.0 * MINUTE)
        else {
            panic!("a stale notice: {failure:?}")
        };
        assert_eq!(age_minutes, 3, "{failure:?}");
        // Offline is said calmly; a broken file or server is an error too.
        assert_eq!(sync.error().is_some(), !reason.is_offline(), "{failure:?}");
    }
}

#[test]
fn an_export_its_converter_refused_is_said_with_the_converters_problems() {
    let mut sync = showing_v1();
    let problems = vec![Problem::new(
        "schedule.conference",
        ProblemKind::Described {
            fr: "manque".to_owned(),
            en: "missing".to_owned(),
            warning: false,
        },
    )];
    let step = sync.apply(Outcome::Invalid(problems.clone()), T0 + MINUTE, loader);
    assert!(!step.replaced && step.store.is_none());
    assert_eq!(sync.error(), Some(&Failure::Invalid(problems)));
    assert_eq!(title_of_b(&sync), "Talk");
}

#[test]
fn an_invalid_version_says_which_field_beside_the_good_one() {
    let mut sync = showing_v1();
    sync.apply(fresh(&programme("Talk", "25:00")), T0 + MINUTE, loader);
    let Some(Failure::Invalid(problems)) = sync.error() else {
        panic!("{:?}", sync.error())
    };
    assert_eq!(problems[0].path, "sessions[1].start");
    assert!(matches!(problems[0].kind, ProblemKind::InvalidTime { .. }));
    assert_eq!(title_of_b(&sync), "Talk");
    // Once the file is fixed, the error goes and the new version shows.
    let step = sync.apply(
        fresh(&programme("Fixed", "14:00")),
        T0 + 2.0 * MINUTE,
        loader,
    );
    assert!(step.replaced && step.store.is_some());
    assert_eq!(sync.error(), None);
    assert_eq!(title_of_b(&sync), "Fixed");
}

#[test]
fn a_first_visit_with_nothing_stored_and_an_error_names_url_and_reason() {
    for failure in failures() {
        let mut sync = SyncState::new(URL);
        assert!(!sync.restore(None, loader));
        let step = sync.apply(failure.clone(), T0, loader);
        assert_eq!((step.replaced, step.store), (false, None), "{failure:?}");
        assert!(!sync.is_loading(), "{failure:?}");
        assert_eq!(sync.programme(), None);
        assert_eq!(sync.notice(T0), None);
        let error = sync.error().expect("an error when nothing is shown");
        for lang in Lang::ALL {
            let said = i18n::error_message(lang, sync.url(), error);
            assert!(said.lead.contains(URL), "{said:?}");
        }
    }
    // The reasons are specific.
    let mut sync = SyncState::new(URL);
    sync.apply(Outcome::HttpError(404), T0, loader);
    assert_eq!(
        i18n::error_message(Lang::En, URL, sync.error().unwrap()).lead,
        format!("Could not fetch {URL}: the file was not found (HTTP 404)")
    );
    sync.apply(fresh(&programme("Talk", "25:00")), T0, loader);
    let said = i18n::error_message(Lang::En, URL, sync.error().unwrap());
    assert_eq!(said.problems.len(), 1, "{said:?}");
    assert_eq!(said.problems[0].path, "sessions[1].start");
}

#[test]
fn an_unchanged_text_changes_nothing_on_screen() {
    let mut sync = showing_v1();
    let before = sync.shown().unwrap().loaded.clone();
    let step = sync.apply(fresh(&v1()), T0 + 5.0 * MINUTE, loader);
    assert!(!step.replaced);
    assert_eq!(step.next_fetch_in_ms, REFRESH_MS);
    assert_eq!(sync.shown().unwrap().loaded, before);
    assert_eq!(sync.notice(T0 + 5.0 * MINUTE), None);
    // The copy is confirmed fresh: stored again with the new time.
    assert_eq!(step.store.unwrap().fetched_at_ms, T0 + 5.0 * MINUTE);
    assert_eq!(sync.shown().unwrap().fetched_at_ms, T0 + 5.0 * MINUTE);
}

#[test]
fn a_reformatted_file_with_the_same_programme_is_not_a_change() {
    let mut sync = showing_v1();
    let reformatted = v1().replace('\n', " ").replace("  ", " ");
    assert_ne!(reformatted, v1());
    let step = sync.apply(fresh(&reformatted), T0 + MINUTE, loader);
    assert!(!step.replaced);
    assert_eq!(sync.notice(T0 + MINUTE), None);
    assert!(sync.changed().is_empty());
    // The new text is what is stored and compared from now on.
    assert_eq!(step.store.unwrap().text, reformatted);
}

#[test]
fn an_http_304_confirms_what_is_shown() {
    let mut sync = showing_v1();
    let step = sync.apply(Outcome::Unchanged, T0 + MINUTE, loader);
    assert_eq!((step.replaced, step.next_fetch_in_ms), (false, REFRESH_MS));
    assert_eq!(step.store.unwrap().fetched_at_ms, T0 + MINUTE);
    // With nothing shown, a 304 gives nothing to show: an error.
    let mut sync = SyncState::new(URL);
    sync.apply(Outcome::Unchanged, T0, loader);
    assert_eq!(sync.error(), Some(&Failure::Http(304)));
}

#[test]
fn a_changed_programme_replaces_in_place_with_updated_at_and_marks() {
    let mut sync = showing_v1();
    let now = T0 + 2.0 * MINUTE + 30_000.0;
    let step = sync.apply(fresh(&programme("New title", "14:10")), now, loader);
    assert!(step.replaced);
    assert_eq!(step.store.unwrap().text, programme("New title", "14:10"));
    assert_eq!(title_of_b(&sync), "New title");
    // b changed (title and start), and so did a (it ends when b starts).
    assert_eq!(sync.changed(), ["a", "b"]);
    assert_eq!(
        sync.notice(now),
        Some(Notice::UpdatedAt(Instant(1_669_294_950)))
    );
    // The marks stay until the next change, through unchanged fetches.
    sync.apply(
        fresh(&programme("New title", "14:10")),
        now + MINUTE,
        loader,
    );
    assert_eq!(sync.changed(), ["a", "b"]);
}

#[test]
fn a_stored_copy_shows_at_once_with_its_age() {
    let stored = Stored {
        url: URL.to_owned(),
        fetched_at_ms: T0 - 35.0 * MINUTE,
        text: v1(),
    };
    let mut sync = SyncState::new(URL);
    assert!(sync.restore(Some(&stored.encode()), loader));
    assert_eq!(sync.shown().unwrap().origin, Origin::Storage);
    assert_eq!(
        sync.notice(T0),
        Some(Notice::StoredCopy { age_minutes: 35 })
    );
    // Offline: the copy stays, now with the reason.
    sync.apply(Outcome::NetworkError(String::new()), T0, loader);
    assert_eq!(
        sync.notice(T0 + MINUTE),
        Some(Notice::StaleBecause {
            reason: Failure::Network(String::new()),
            age_minutes: 36
        })
    );
    assert_eq!(sync.error(), None, "offline is not an error");
    // The network is back with the same programme: fresh, nothing said.
    let step = sync.apply(fresh(&v1()), T0 + 2.0 * MINUTE, loader);
    assert!(!step.replaced);
    assert_eq!(sync.shown().unwrap().origin, Origin::Network);
    assert_eq!(sync.notice(T0 + 2.0 * MINUTE), None);
}

#[test]
fn a_stored_copy_replaced_by_a_newer_version_is_an_update() {
    let stored = Stored {
        url: URL.to_owned(),
        fetched_at_ms: T0 - 60.0 * MINUTE,
        text: v1(),
    };
    let mut sync = SyncState::new(URL);
    sync.restore(Some(&stored.encode()), loader);
    let step = sync.apply(fresh(&programme("Moved", "14:00")), T0, loader);
    assert!(step.replaced);
    assert_eq!(sync.changed(), ["b"]);
    // The copy was the last visit's: said as such, with the count.
    assert_eq!(
        sync.notice(T0),
        Some(Notice::SinceLastVisit {
            changes: 1,
            removed: Vec::new()
        })
    );
    // A change during this visit is an update like any other.
    sync.apply(
        fresh(&programme("Moved again", "14:00")),
        T0 + MINUTE,
        loader,
    );
    assert!(matches!(
        sync.notice(T0 + MINUTE),
        Some(Notice::UpdatedAt(_))
    ));
}

#[test]
fn since_the_last_visit_counts_moved_delayed_new_and_removed_items_and_names_the_removed() {
    let stored = Stored {
        url: URL.to_owned(),
        fetched_at_ms: T0 - 24.0 * 60.0 * MINUTE,
        text: v1(),
    };
    let mut sync = SyncState::new(URL);
    sync.restore(Some(&stored.encode()), loader);
    // Talk b cancelled; a new talk d; the welcome delayed.
    let next = r#"{ "version": 1,
         "event": { "title": {"en": "Workshop"}, "timezone": "UTC", "date": "2022-11-24" },
         "sessions": [
           { "id": "a", "start": "13:30", "delay_minutes": 5, "title": {"en": "Welcome"} },
           { "id": "d", "start": "14:00", "title": {"en": "Another talk"} },
           { "id": "c", "start": "15:00", "kind": "end", "title": {"en": "End"} } ] }"#;
    sync.apply(fresh(next), T0, loader);
    assert_eq!(sync.changed(), ["a", "d"], "marked in the list");
    let notice = sync.notice(T0).expect("a notice");
    let Notice::SinceLastVisit { changes, removed } = &notice else {
        panic!("{notice:?}");
    };
    assert_eq!(*changes, 3);
    assert_eq!(
        i18n::since_last_visit(Lang::En, *changes, removed),
        "3\u{a0}changes since your last visit · No longer in the programme: Talk"
    );
    assert_eq!(
        i18n::since_last_visit(Lang::Fr, 1, &[]),
        "1\u{a0}changement depuis votre dernière visite"
    );
}

#[test]
fn a_last_visits_copy_changed_in_its_details_only_is_just_updated() {
    let with_abstract = v1().replace(
        r#""title": {"en": "Talk"}"#,
        r#""title": {"en": "Talk"}, "abstract": {"en": "Now with an abstract."}"#,
    );
    assert_ne!(with_abstract, v1());
    let stored = Stored {
        url: URL.to_owned(),
        fetched_at_ms: T0 - 60.0 * MINUTE,
        text: v1(),
    };
    let mut sync = SyncState::new(URL);
    sync.restore(Some(&stored.encode()), loader);
    assert!(sync.apply(fresh(&with_abstract), T0, loader).replaced);
    assert!(matches!(sync.notice(T0), Some(Notice::UpdatedAt(_))));
}

#[test]
fn only_a_valid_copy_of_this_url_is_restored() {
    let copy = |url: &str, text: &str| {
        Stored {
            url: url.to_owned(),
            fetched_at_ms: T0,
            text: text.to_owned(),
        }
        .encode()
    };
    let mut sync = SyncState::new(URL);
    assert!(!sync.restore(Some("not json at all"), loader));
    assert!(!sync.restore(Some(r#"{"url": 3}"#), loader));
    assert!(!sync.restore(Some(&copy("https://other.org/p.json", &v1())), loader));
    assert!(!sync.restore(Some(&copy(URL, &programme("x", "25:00"))), loader));
    assert!(sync.is_loading());
    assert!(sync.restore(Some(&copy(URL, &v1())), loader));
    // Once something is shown, storage never overrides it.
    let mut sync = showing_v1();
    let older = copy(URL, &programme("Older", "14:00"));
    assert!(!sync.restore(Some(&older), loader));
    assert_eq!(title_of_b(&sync), "Talk");
}

#[test]
fn failures_back_off_and_a_success_resets() {
    let mut sync = showing_v1();
    let mut delays = Vec::new();
    for n in 1..=9 {
        let step = sync.apply(Outcome::Timeout, T0 + f64::from(n) * MINUTE, loader);
        delays.push(step.next_fetch_in_ms / 1000.0);
    }
    assert_eq!(
        delays,
        [5.0, 10.0, 20.0, 40.0, 80.0, 160.0, 300.0, 300.0, 300.0]
    );
    assert_eq!(sync.consecutive_failures(), 9);
    let step = sync.apply(fresh(&v1()), T0 + 20.0 * MINUTE, loader);
    assert_eq!(step.next_fetch_in_ms, REFRESH_MS);
    assert_eq!(sync.consecutive_failures(), 0);
    assert_eq!(retry_delay_ms(1), FIRST_RETRY_MS);
    assert_eq!(retry_delay_ms(u32::MAX), MAX_RETRY_MS);
}

#[test]
fn the_age_counts_whole_minutes_and_never_goes_negative() {
    let mut sync = showing_v1();
    sync.apply(Outcome::Timeout, T0, loader);
    let age = |now: f64| match sync.notice(now) {
        Some(Notice::StaleBecause { age_minutes, .. }) => age_minutes,
        other => panic!("{other:?}"),
    };
    assert_eq!(age(T0 + 59_999.0), 0);
    assert_eq!(age(T0 + 60_000.0), 1);
    assert_eq!(age(T0 + 125.0 * MINUTE), 125);
    // The device clock was set back since.
    assert_eq!(age(T0 - 10.0 * MINUTE), 0);
}

#[test]
fn a_skewed_date_header_corrects_the_live_clock_quietly() {
    let mut sync = SyncState::new(URL);
    // The server says 14:00:00Z; the device says 13:00:00Z.
    let outcome = Outcome::Fresh {
        text: v1(),
        server_ms: Some(T0 + 3_600_000.0),
    };
    sync.apply(outcome, T0, loader);
    assert_eq!(sync.skew_ms(), 3_600_000.0);
    assert_eq!(sync.corrected_now_ms(T0 + 1.0), T0 + 3_600_001.0);
    // Nothing is said about it.
    assert_eq!((sync.notice(T0), sync.error()), (None, None));
    // No (or an unreadable) header changes nothing; a close one drops the
    // correction.
    let with_server = |server_ms: Option<f64>| Outcome::Fresh {
        text: v1(),
        server_ms,
    };
    sync.apply(with_server(None), T0, loader);
    assert_eq!(sync.skew_ms(), 3_600_000.0);
    sync.apply(with_server(Some(T0 + 90_000.0)), T0, loader);
    assert_eq!(sync.skew_ms(), 0.0);
}

#[test]
fn updated_at_is_on_the_device_clock_and_said_on_the_agendas() {
    let mut sync = showing_v1();
    let outcome = Outcome::Fresh {
        text: programme("Changed", "14:00"),
        server_ms: Some(T0 + 3_600_000.0),
    };
    sync.apply(outcome, T0, loader);
    let Some(Notice::UpdatedAt(at)) = sync.notice(T0) else {
        panic!("a changed programme is an update");
    };
    assert_eq!(at, Instant((T0 / 1000.0) as i64), "the device's clock");
    let at_ms = at.0 as f64 * 1000.0;
    // The corrected clock says it an hour later, as the agenda is shown;
    assert_eq!(
        VirtualClock::corrected(sync.skew_ms()).now(at_ms),
        Instant(1_669_298_400)
    );
    // a preview started at 14:20 a real minute before, at speed 60, says
    // the agenda's 15:20.
    let preview = VirtualClock::preview(at_ms - 60_000.0, Instant(1_669_296_000), 60.0);
    assert_eq!(preview.now(at_ms), Instant(1_669_296_000 + 3_600));
}

#[test]
fn waking_up_fetches_at_once_unless_just_fetched() {
    let mut sync = SyncState::new(URL);
    assert_eq!(sync.delay_on_visible(T0), 0.0);
    sync.apply(fresh(&v1()), T0, loader);
    assert_eq!(sync.delay_on_visible(T0 + 4_000.0), WAKE_GAP_MS - 4_000.0);
    assert_eq!(sync.delay_on_visible(T0 + 5.0 * MINUTE), 0.0);
    // A device clock set back never means waiting longer than the gap.
    assert_eq!(sync.delay_on_visible(T0 - MINUTE), WAKE_GAP_MS);
}
