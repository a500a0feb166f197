//! Loading v1 programmes: what a valid file gives, and that every class of
//! mistake is reported with the path of its field, all at once.

mod common;
use common::fixture;
use live_agenda_core::i18n::{problem_message, Lang};

use live_agenda_core::programme::{
    load, Instant, JiffZones, Kind, Loaded, Problem, ProblemKind, Severity, MAX_FILE_BYTES,
    MAX_ITEMS, MAX_TEXT_CHARS,
};

fn load_ok(text: &str) -> Loaded {
    load(text, &JiffZones).unwrap_or_else(|p| panic!("unexpected problems: {p:#?}"))
}

fn problems(text: &str) -> Vec<Problem> {
    load(text, &JiffZones).expect_err("should be invalid")
}

/// (path, kind) of every error, for compact assertions.
fn errors(text: &str) -> Vec<(String, ProblemKind)> {
    problems(text)
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| (p.path, p.kind))
        .collect()
}

fn paths(text: &str) -> Vec<String> {
    errors(text).into_iter().map(|(p, _)| p).collect()
}

const PARIS_2022_11_24_1330: i64 = 1_669_293_000; // 12:30Z, checked with Python

#[test]
fn the_workshop_loads_with_its_eight_items_in_order() {
    let loaded = load_ok(&fixture("valid-workshop.json"));
    let items = &loaded.programme.items;
    assert_eq!(items.len(), 8);
    assert_eq!(items[0].start, Instant(PARIS_2022_11_24_1330));
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    // Implicit ends: each item ends when the next starts; `end` lasts 0.
    assert_eq!(items[0].end, items[1].start);
    assert_eq!(items[6].end, items[7].start);
    assert_eq!(
        (items[7].kind.clone(), items[7].end),
        (Kind::End, items[7].start)
    );
    assert_eq!(items[7].start, Instant(PARIS_2022_11_24_1330 + 190 * 60));
    assert_eq!(
        loaded.programme.event.links[0].url,
        "https://example.org/live"
    );
    assert!(items[1]
        .abstract_
        .as_ref()
        .unwrap()
        .get("en")
        .unwrap()
        .contains("\n\n"));
}

/// The seed programme the widget ships and serves out of the box.
#[test]
fn the_shipped_seed_programme_loads() {
    let text = common::repo_text("assets/programme.json");
    let loaded = load_ok(&text);
    assert_eq!(loaded.programme.items.len(), 8);
    assert_eq!(
        loaded.programme.items[0].start,
        Instant(PARIS_2022_11_24_1330)
    );
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
}

#[test]
fn kind_defaults_to_talk_with_speakers_else_plain_item() {
    let loaded = load_ok(&fixture("valid-warnings.json"));
    assert_eq!(loaded.programme.items[0].kind, Kind::Other("item".into()));
    let text = fixture("valid-workshop.json").replace("\"kind\": \"talk\",", "");
    let loaded = load_ok(&text);
    assert_eq!(loaded.programme.items[1].kind, Kind::Talk);
}

#[test]
fn overlaps_in_a_room_and_disorder_are_warnings() {
    let loaded = load_ok(&fixture("valid-warnings.json"));
    let got: Vec<(&str, &ProblemKind)> = loaded
        .warnings
        .iter()
        .map(|w| (w.path.as_str(), &w.kind))
        .collect();
    assert_eq!(
        got,
        [
            (
                "sessions[2].start",
                &ProblemKind::NotSorted {
                    previous: "b".into()
                }
            ),
            (
                "sessions[1].start",
                &ProblemKind::Overlap { other: "a".into() }
            ),
        ]
    );
    assert!(loaded
        .warnings
        .iter()
        .all(|w| w.severity == Severity::Warning));
    // Room 2's item ends when the no-room `fin` starts, not at Room 1's `b`.
    let items = &loaded.programme.items;
    assert_eq!(items[2].end, items[3].start);
    assert_eq!(items[1].end, items[3].start);
}

#[test]
fn a_programme_crossing_midnight_resolves_in_order() {
    let loaded = load_ok(&fixture("midnight.json"));
    let starts: Vec<i64> = loaded.programme.items.iter().map(|i| i.start.0).collect();
    // 2022-11-24T22:30Z, 23:30Z, 2022-11-25T00:00Z.
    assert_eq!(starts, [1_669_329_000, 1_669_332_600, 1_669_334_400]);
    assert_eq!(loaded.programme.items[0].end.0, 1_669_332_600);
    assert_eq!(loaded.programme.event.date, None);
}

#[test]
fn unreadable_json_gives_line_and_column_at_the_root() {
    let p = problems(&fixture("bad-json.json"));
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].path, "");
    let ProblemKind::UnreadableJson {
        at: Some((line, _)),
        ..
    } = p[0].kind
    else {
        panic!("{p:?}");
    };
    assert_eq!(line, 7);
    assert!(problem_message(Lang::En, &p[0].kind).contains("line 7"));
    assert!(problem_message(Lang::Fr, &p[0].kind).contains("ligne 7"));
}

#[test]
fn wrong_types_name_their_fields() {
    assert_eq!(
        paths(&fixture("bad-type.json")),
        [
            "event.timezone",
            "sessions[0].speakers",
            "sessions[0].title"
        ]
    );
    assert_eq!(paths("[]"), [""]);
    assert_eq!(
        paths(r#"{"version": "1", "event": {}, "sessions": {}}"#)[0],
        "version"
    );
}

#[test]
fn only_version_1_is_known_and_it_is_required() {
    let e = errors(&fixture("bad-version.json"));
    assert_eq!(
        e,
        [(
            "version".into(),
            ProblemKind::UnknownVersion { found: "2".into() }
        )]
    );
    let e = errors(&fixture("missing-version.json"));
    assert_eq!(e, [("version".into(), ProblemKind::MissingField)]);
}

#[test]
fn every_missing_required_field_is_reported() {
    assert_eq!(
        paths(&fixture("missing-field.json")),
        ["sessions[0].start", "sessions[1].id", "sessions[2].title"]
    );
    assert_eq!(paths(r#"{"version": 1}"#), ["event", "sessions"]);
    assert_eq!(
        paths(r#"{"version": 1, "event": {}, "sessions": []}"#),
        ["event.title", "event.timezone"]
    );
}

#[test]
fn invalid_times_and_dates_are_reported() {
    let e = errors(&fixture("bad-time.json"));
    assert_eq!(
        e[0],
        (
            "sessions[0].start".into(),
            ProblemKind::InvalidTime {
                value: "25:00".into()
            }
        )
    );
    // A date-time without an offset is refused too.
    assert_eq!(e[1].0, "sessions[1].end");
    assert_eq!(e.len(), 2);
    let e = errors(&fixture("bad-date.json"));
    assert_eq!(
        e,
        [(
            "event.date".into(),
            ProblemKind::InvalidDate {
                value: "2022-02-30".into()
            }
        )]
    );
}

#[test]
fn a_time_in_the_spring_gap_says_so() {
    let p = problems(&fixture("dst-gap.json"));
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].path, "sessions[0].start");
    assert!(
        matches!(&p[0].kind, ProblemKind::TimeInGap { time, zone } if time == "02:30" && zone == "Europe/Paris")
    );
    assert!(problem_message(Lang::En, &p[0].kind).contains("daylight saving"));
    assert!(problem_message(Lang::Fr, &p[0].kind).contains("heure d'été"));
}

#[test]
fn an_unknown_zone_is_reported_once() {
    let e = errors(&fixture("unknown-zone.json"));
    assert_eq!(
        e,
        [(
            "event.timezone".into(),
            ProblemKind::UnknownTimeZone {
                zone: "Europe/Pariss".into()
            }
        )]
    );
}

#[test]
fn a_time_of_day_needs_the_event_date() {
    let e = errors(&fixture("date-required.json"));
    assert_eq!(
        e,
        [(
            "event.date".into(),
            ProblemKind::DateRequired {
                used_at: "sessions[0].start".into()
            }
        )]
    );
}

#[test]
fn duplicate_ids_point_at_the_first_use() {
    let e = errors(&fixture("duplicate-id.json"));
    let expected = ProblemKind::DuplicateId {
        id: "a".into(),
        first: "sessions[0]".into(),
    };
    assert_eq!(e, [("sessions[2].id".into(), expected)]);
}

#[test]
fn an_end_before_the_start_is_refused() {
    assert_eq!(
        errors(&fixture("end-before-start.json")),
        [("sessions[0].end".into(), ProblemKind::EndBeforeStart)]
    );
}

#[test]
fn titles_need_a_non_blank_text() {
    let e = errors(&fixture("empty-title.json"));
    assert_eq!(
        e,
        [
            ("event.title".into(), ProblemKind::Blank),
            ("sessions[0].title".into(), ProblemKind::Blank)
        ]
    );
}

#[test]
fn links_must_be_http() {
    let e = errors(&fixture("bad-link.json"));
    let expected = ProblemKind::UnsafeLink {
        url: "javascript:alert(1)".into(),
    };
    assert_eq!(e, [("event.links[1].url".into(), expected)]);
}

fn programme_with(sessions: &[String]) -> String {
    format!(
        r#"{{"version": 1, "event": {{"title": {{"en": "E"}}, "timezone": "UTC"}},
            "sessions": [{}]}}"#,
        sessions.join(",")
    )
}

fn session(i: usize) -> String {
    format!(
        r#"{{"id": "s{i}", "start": "2022-11-24T10:00:00Z", "room": "r{i}", "title": {{"en": "T"}}}}"#
    )
}

#[test]
fn limits_are_enforced_and_stated() {
    let many: Vec<String> = (0..=MAX_ITEMS).map(session).collect();
    let e = errors(&programme_with(&many));
    let kind = ProblemKind::TooManyItems {
        count: MAX_ITEMS + 1,
        limit: MAX_ITEMS,
    };
    assert_eq!(e, [("sessions".into(), kind)]);

    let long = "é".repeat(MAX_TEXT_CHARS + 1);
    let text = programme_with(&[session(0).replace(r#""T""#, &format!("\"{long}\""))]);
    let p = problems(&text);
    assert_eq!(p[0].path, "sessions[0].title.en");
    assert!(problem_message(Lang::En, &p[0].kind).contains(&MAX_TEXT_CHARS.to_string()));
    // Exactly at the limit is fine.
    let ok = "é".repeat(MAX_TEXT_CHARS);
    load_ok(&programme_with(&[
        session(0).replace(r#""T""#, &format!("\"{ok}\""))
    ]));

    let huge = " ".repeat(MAX_FILE_BYTES + 1);
    let p = problems(&huge);
    assert!(matches!(p[0].kind, ProblemKind::FileTooLarge { .. }));
    assert!(problem_message(Lang::Fr, &p[0].kind).contains(&MAX_FILE_BYTES.to_string()));
}

#[test]
fn problems_of_different_kinds_are_all_collected() {
    let text = r#"{"version": 1,
        "event": {"title": {"en": ""}, "timezone": "Nowhere/City", "date": "2022-11-24",
                  "links": [{"label": {"en": "x"}, "url": "ftp://x"}]},
        "sessions": [ {"id": "a", "start": "9h", "title": {"en": "A"}},
                      {"id": "a", "start": "2022-11-24T10:00:00Z", "end": "2022-11-24T09:00:00Z", "title": {"en": "B"}} ]}"#;
    assert_eq!(
        paths(text),
        [
            "event.title",
            "event.links[0].url",
            "event.timezone",
            "sessions[0].start",
            "sessions[1].id",
            "sessions[1].end"
        ]
    );
}

#[test]
fn unknown_fields_are_ignored_and_a_bom_is_tolerated() {
    let text = fixture("valid-workshop.json").replacen("{", "{\"future\": [1, {\"x\": null}],", 1);
    load_ok(&format!("\u{feff}{text}"));
}

#[test]
fn an_empty_programme_loads_with_a_warning() {
    let loaded = load_ok(
        r#"{"version": 1, "event": {"title": {"en": "E"}, "timezone": "UTC"}, "sessions": []}"#,
    );
    assert_eq!(loaded.warnings[0].kind, ProblemKind::NoItems);
}

// Issue 17's optional additions (DESIGN §1): the join link, items' links,
// speakers as people, the talk's language.

#[test]
fn a_hybrid_workshop_loads_its_online_link_speakers_links_and_languages() {
    use live_agenda_core::programme::{LinkKind, Speaker};
    let loaded = load_ok(&fixture("hybrid-workshop.json"));
    let p = &loaded.programme;
    let online = p.event.online.as_ref().expect("event.online");
    assert_eq!(online.url, "https://visio.example.org/atelier");
    assert_eq!(
        (online.label.as_ref(), online.opens_minutes_before),
        (None, 15)
    );

    let durand = &p.items[1];
    assert_eq!(
        durand.speakers,
        [Speaker {
            name: "Camille Durand".into(),
            affiliation: Some("Université Exemple".into()),
            url: Some("https://example.org/durand".into()),
        }]
    );
    assert_eq!(durand.language.as_deref(), Some("fr"));
    assert_eq!(durand.links[0].kind, LinkKind::Slides);
    assert!(durand.stream().is_none());

    let okafor = &p.items[2];
    // A string and an object mix in one list.
    assert_eq!(okafor.speakers[1], "Lee Chen");
    assert!(okafor.speakers[0]
        .affiliation
        .as_deref()
        .unwrap()
        .starts_with("Institut"));
    let kinds: Vec<LinkKind> = okafor.links.iter().map(|l| l.kind).collect();
    assert_eq!(kinds, [LinkKind::Stream, LinkKind::Qa]);
    assert_eq!(
        okafor.stream().unwrap().url,
        "https://stream.example.org/salle-b"
    );
    assert_eq!(
        okafor.links[1].label.as_ref().unwrap().get("en"),
        Some("Ask a question")
    );

    // A link of a kind this version does not know is left out, with a
    // warning at its path: the file still loads.
    let panel = &p.items[4];
    assert_eq!(panel.links.len(), 1);
    let warnings: Vec<(&str, &ProblemKind)> = loaded
        .warnings
        .iter()
        .map(|w| (w.path.as_str(), &w.kind))
        .collect();
    assert_eq!(
        warnings,
        [(
            "sessions[4].links[1].kind",
            &ProblemKind::UnknownLinkKind {
                found: "podcast".into()
            }
        )]
    );
}

#[test]
fn the_online_link_defaults_to_ten_minutes_and_names_what_is_wrong() {
    let event = |online: &str| {
        format!(
            r#"{{ "version": 1,
              "event": {{ "title": {{"en": "E"}}, "timezone": "UTC", "date": "2022-11-24", "online": {online} }},
              "sessions": [ {{ "id": "a", "start": "13:00", "title": {{"en": "A"}} }} ] }}"#
        )
    };
    let ok = load_ok(&event(r#"{ "url": "https://x.example/live" }"#));
    assert_eq!(ok.programme.event.online.unwrap().opens_minutes_before, 10);
    let errs = errors(&event(
        r#"{ "url": "javascript:alert(1)", "opens_minutes_before": 2.5, "label": "Join" }"#,
    ));
    let found: Vec<&str> = errs.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        found,
        [
            "event.online.url",
            "event.online.label",
            "event.online.opens_minutes_before"
        ]
    );
    assert!(matches!(
        errs[2].1,
        ProblemKind::InvalidMinutes {
            min: 0,
            max: 1440,
            ..
        }
    ));
    assert_eq!(paths(&event(r#""https://x.example""#)), ["event.online"]);
}

#[test]
fn speakers_links_and_language_name_every_mistake() {
    let text = common::v1_text(vec![serde_json::json!({
        "id": "a", "start": "13:00", "title": {"en": "A"},
        "speakers": [ {"affiliation": "Lab"}, {"name": "B", "url": "ftp://b"}, 7 ],
        "links": [ {"url": "https://x.example"}, {"kind": "slides", "url": "data:x"}, "https://y" ],
        "language": " "
    })]);
    assert_eq!(
        paths(&text),
        [
            "sessions[0].speakers[0].name",
            "sessions[0].speakers[1].url",
            "sessions[0].speakers[2]",
            "sessions[0].links[0].kind",
            "sessions[0].links[1].url",
            "sessions[0].links[2]",
            "sessions[0].language",
        ]
    );
}
