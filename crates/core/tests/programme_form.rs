//! The editor's form (issue 15): a file opened in the form and written
//! back says what the file said (same programme, same problems at the same
//! paths), and what is typed reaches the loader as typed.

mod common;

use common::{fixture, repo_text};
use live_agenda_core::programme::form::{
    field_of, is_at, item_path, online_path, parse_speaker_line, speaker_line, Form, KINDS,
};
use live_agenda_core::programme::{
    load, load_with, JiffZones, JsonParser, Problem, ProblemKind, SerdeJson, Speaker,
};

fn form_of(text: &str) -> Form {
    let value = SerdeJson.parse(text).expect("JSON");
    Form::from_value(&value).expect("a v1 file")
}

fn problems(text: &str) -> Vec<Problem> {
    match load_with(text, &SerdeJson, &JiffZones) {
        Ok(loaded) => loaded.warnings,
        Err(problems) => problems,
    }
}

/// In the form a blank field is an absent one: a file's blank text (`{}`,
/// `"  "`) is said to be missing once it has been through the form.
fn as_typed(problems: Vec<Problem>) -> Vec<Problem> {
    problems
        .into_iter()
        .map(|p| match p.kind {
            ProblemKind::Blank => Problem::new(p.path, ProblemKind::MissingField),
            _ => p,
        })
        .collect()
}

#[test]
fn the_seed_opened_in_the_form_is_written_back_byte_for_byte() {
    let seed = repo_text("assets/programme.json");
    assert_eq!(form_of(&seed).text(), seed);
}

#[test]
fn every_v1_fixture_keeps_its_programme_and_its_problems_at_their_paths_through_the_form() {
    for name in [
        "valid-workshop.json",
        "valid-warnings.json",
        "hybrid-workshop.json",
        "conference-3-days.json",
        "delays.json",
        "midnight.json",
        "dst-gap.json",
        "bad-date.json",
        "bad-delay.json",
        "bad-link.json",
        "bad-time.json",
        "bad-type.json",
        "bad-version.json",
        "date-required.json",
        "duplicate-id.json",
        "empty-title.json",
        "end-before-start.json",
        "missing-field.json",
        "unknown-zone.json",
    ] {
        let original = fixture(name);
        let written = form_of(&original).text();
        let (a, b) = (
            load(&original, &JiffZones).map(|l| l.programme),
            load(&written, &JiffZones).map(|l| l.programme),
        );
        match (&a, &b) {
            (Ok(a), Ok(b)) => assert_eq!(a, b, "{name}\n{written}"),
            (Err(a), Err(b)) => assert_eq!(&as_typed(a.clone()), b, "{name}\n{written}"),
            _ => panic!("{name}: {a:?} became {b:?}\n{written}"),
        }
        assert_eq!(as_typed(problems(&original)), problems(&written), "{name}");
    }
}

#[test]
fn a_file_without_a_version_is_written_as_version_1_a_wrong_version_stays() {
    let written = form_of(&fixture("missing-version.json")).text();
    assert!(load(&written, &JiffZones).is_ok(), "{written}");
    let wrong = form_of(&fixture("bad-version.json")).text();
    assert!(problems(&wrong).iter().any(|p| p.path == "version"));
}

#[test]
fn a_schedule_json_or_a_non_object_is_not_a_form() {
    let schedule = SerdeJson.parse(&fixture("schedule-tiny.json")).unwrap();
    assert_eq!(Form::from_value(&schedule), None);
    assert_eq!(Form::from_value(&SerdeJson.parse("[1]").unwrap()), None);
}

#[test]
fn members_without_a_field_and_values_of_the_wrong_type_are_kept_in_place() {
    let text = r#"{"version": 1, "generator": "hand",
      "event": {"title": {"en": "E", "de": "V"}, "timezone": "UTC", "date": "2022-11-24", "colour": "red"},
      "sessions": [{"id": "a", "start": 1345, "title": {"en": "T"}, "track": "Maths", "x": [true, null, 1.5]}]}"#;
    let mut form = form_of(text);
    assert_eq!(
        form.items[0].start, "",
        "a number is not a time being typed"
    );
    assert_eq!(form.event.title.get("de"), "V");
    let written = form.text();
    for kept in [
        "\"generator\": \"hand\"",
        "\"colour\": \"red\"",
        "\"track\": \"Maths\"",
        "\"start\": 1345",
        "1.5",
        "\"de\": \"V\"",
    ] {
        assert!(written.contains(kept), "{kept} in\n{written}");
    }
    // The loader still says what it said of the file, at the same path...
    assert_eq!(problems(&written), problems(text));
    assert!(problems(&written)
        .iter()
        .any(|p| p.path == "sessions[0].start" && p.is_error()));
    // ...until the organiser types a start of their own.
    form.items[0].start = "13:45".to_owned();
    assert!(load(&form.text(), &JiffZones).is_ok(), "{}", form.text());
}

#[test]
fn a_delay_typed_as_a_number_is_one_and_a_word_is_reported_where_it_was_typed() {
    let mut form = form_of(&repo_text("assets/programme.json"));
    form.items[2].delay_minutes = "10".to_owned();
    let loaded = load(&form.text(), &JiffZones).expect("valid");
    assert_eq!(loaded.programme.items[2].delay_minutes, 10);
    form.items[2].delay_minutes = "ten".to_owned();
    let problems = problems(&form.text());
    assert!(
        problems
            .iter()
            .any(|p| p.path == "sessions[2].delay_minutes"
                && matches!(p.kind, ProblemKind::WrongType { .. })),
        "{problems:?}"
    );
}

#[test]
fn a_blank_required_field_is_reported_missing_at_its_path() {
    let mut form = form_of(&repo_text("assets/programme.json"));
    form.items[3].title.set("fr", " ");
    form.items[3].title.set("en", "");
    form.event.timezone.clear();
    let problems = problems(&form.text());
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert!(paths.contains(&"sessions[3].title"), "{paths:?}");
    assert!(problems.iter().all(|p| p.kind == ProblemKind::MissingField));
    assert!(paths.contains(&"event.timezone"), "{paths:?}");
    let fields = form.field_paths();
    assert!(problems.iter().all(|p| placed(&p.path, &fields)));
}

#[test]
fn a_problem_belongs_to_its_field_and_its_parts_never_to_a_longer_name() {
    assert!(is_at("sessions[1].title.fr", "sessions[1].title"));
    assert!(is_at("event.links[0].url", "event.links"));
    assert!(is_at("sessions[1].start", "sessions[1].start"));
    assert!(!is_at("sessions[10].start", "sessions[1]"));
    assert!(!is_at("sessions[1].starts", "sessions[1].start"));
    let fields = vec!["sessions[1]".to_owned(), item_path(1, "start")];
    // An item's own path takes what concerns the item as a whole only.
    assert!(placed("sessions[1]", &fields));
    assert!(placed("sessions[1].start", &fields));
    assert!(!placed("sessions[1].track", &fields));
    assert!(!placed("version", &fields));
    assert_eq!(
        field_of("sessions[1].start", &fields),
        Some("sessions[1].start")
    );
}

fn placed(path: &str, fields: &[String]) -> bool {
    field_of(path, fields).is_some()
}

#[test]
fn a_new_item_starts_when_the_one_before_ends_with_an_id_of_its_own() {
    let mut form = Form::new_programme("Europe/Paris", "2022-11-24");
    assert_eq!(form.items.len(), 1);
    assert_eq!(form.items[0].kind, "welcome");
    form.items[0].start = "13:30".to_owned();
    let second = form.add_item(Some(0));
    assert_eq!(form.items[second].start, "13:30");
    form.items[second].end = "14:00".to_owned();
    let third = form.add_item(None);
    assert_eq!(form.items[third].start, "14:00");
    assert_eq!(form.items[third].kind, "talk");
    let ids: Vec<&str> = form.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["item-1", "item-2", "item-3"]);
    // An id in use is never given again, whatever the count.
    form.remove_item(0);
    let fourth = form.add_item(None);
    assert_eq!(form.items[fourth].id, "item-4");
    form.move_item(fourth, true);
    assert_eq!(form.items[1].id, "item-4");
    form.move_item(0, true); // the first cannot move up
    form.move_item(3, false); // out of range: nothing
    assert_eq!(form.items.len(), 3);
    assert_eq!(form.items[0].id, "item-2");
}

/// The seed's programme typed from scratch, field by field, as the
/// end-to-end test types it: the same programme as the seed's file.
#[test]
fn the_seed_typed_from_scratch_is_the_seeds_programme() {
    let seed = load(&repo_text("assets/programme.json"), &JiffZones)
        .unwrap()
        .programme;
    let mut form = Form::new_programme("Europe/Paris", "2022-11-24");
    form.event.title.set("fr", "Atelier optimisation");
    form.event.title.set("en", "Optimisation workshop");
    let info = seed.event.info.as_ref().unwrap().get("fr").unwrap();
    form.event.info.set("fr", info);
    for (i, item) in seed.items.iter().enumerate() {
        if i > 0 {
            form.add_item(None);
        }
        let f = &mut form.items[i];
        f.id = item.id.clone();
        f.kind = item.kind.as_str().to_owned();
        assert!(KINDS.contains(&f.kind.as_str()));
        let local = JiffZones::local_of("Europe/Paris", item.start);
        f.start = local;
        f.speakers = item
            .speakers
            .iter()
            .map(|s| s.name.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        for (lang, text) in item.title.iter() {
            f.title.set(lang, text);
        }
        if let Some(abstract_) = &item.abstract_ {
            for (lang, text) in abstract_.iter() {
                f.abstract_.set(lang, text);
            }
        }
    }
    let typed = load(&form.text(), &JiffZones)
        .unwrap_or_else(|p| panic!("{p:#?}"))
        .programme;
    assert_eq!(typed, seed);
}

/// `HH:MM` of an instant in a zone, for the test above.
trait LocalOf {
    fn local_of(zone: &str, instant: live_agenda_core::programme::Instant) -> String;
}

impl LocalOf for JiffZones {
    fn local_of(zone: &str, instant: live_agenda_core::programme::Instant) -> String {
        use live_agenda_core::programme::{hhmm, TimeZones};
        hhmm(JiffZones.local(zone, instant).unwrap().time)
    }
}

fn speaker(name: &str, affiliation: Option<&str>, url: Option<&str>) -> Speaker {
    Speaker {
        name: name.to_owned(),
        affiliation: affiliation.map(str::to_owned),
        url: url.map(str::to_owned),
    }
}

#[test]
fn a_speakers_line_says_the_name_the_affiliation_in_parentheses_and_a_page() {
    let cases = [
        ("Ada Lovelace", speaker("Ada Lovelace", None, None)),
        (
            "  Ada Lovelace (Analytical Engines)  ",
            speaker("Ada Lovelace", Some("Analytical Engines"), None),
        ),
        (
            "Ada Lovelace (Univ. (Londres)) HTTPS://ada.example/x",
            speaker(
                "Ada Lovelace",
                Some("Univ. (Londres)"),
                Some("HTTPS://ada.example/x"),
            ),
        ),
        (
            "Ada https://ada.example",
            speaker("Ada", None, Some("https://ada.example")),
        ),
        // Parentheses inside the name, an empty pair, a lone address: names.
        ("Jean (JB) Dupont", speaker("Jean (JB) Dupont", None, None)),
        ("Ada ()", speaker("Ada ()", None, None)),
        ("(INRIA)", speaker("(INRIA)", None, None)),
        (
            "https://ada.example",
            speaker("https://ada.example", None, None),
        ),
        (
            "Ada mailto:ada@example.org",
            speaker("Ada mailto:ada@example.org", None, None),
        ),
    ];
    for (line, expected) in cases {
        assert_eq!(
            parse_speaker_line(line).as_ref(),
            Some(&expected),
            "{line:?}"
        );
    }
    assert_eq!(parse_speaker_line(" \t"), None);
    let full = speaker("Ada", Some("Engines"), Some("https://ada.example"));
    assert_eq!(speaker_line(&full), "Ada (Engines) https://ada.example");
    assert_eq!(parse_speaker_line(&speaker_line(&full)), Some(full));
}

#[test]
fn speakers_with_affiliations_are_lines_of_the_field_and_typed_ones_reach_the_file() {
    let text = r#"{"version": 1,
      "event": {"title": {"en": "E"}, "timezone": "UTC", "date": "2022-11-24"},
      "sessions": [{"id": "a", "start": "13:45", "title": {"en": "T"},
        "speakers": ["Bob", {"name": "Ada", "affiliation": "Engines", "url": "https://ada.example"},
                     {"affiliation": "Inria", "name": "Chen"}]}]}"#;
    let mut form = form_of(text);
    assert_eq!(
        form.items[0].speakers,
        "Bob\nAda (Engines) https://ada.example\nChen (Inria)"
    );
    let programme = |form: &Form| load(&form.text(), &JiffZones).unwrap().programme;
    assert_eq!(programme(&form), load(text, &JiffZones).unwrap().programme);
    form.items[0].speakers = "Bob (Télécom Paris)\n\n  Chen  ".to_owned();
    assert_eq!(
        programme(&form).items[0].speakers,
        [
            speaker("Bob", Some("Télécom Paris"), None),
            speaker("Chen", None, None)
        ]
    );
}

#[test]
fn speakers_a_line_cannot_say_are_kept_as_the_file_had_them() {
    for speakers in [
        // Another member, a blank affiliation, a name the line would split,
        // an address that is not a web page (the loader reports it).
        r#"[{"name": "Ada", "orcid": "0000"}]"#,
        r#"[{"name": "Ada", "affiliation": " "}]"#,
        r#"["Collectif (à confirmer)"]"#,
        r#"[{"name": "Ada", "url": "mailto:ada@example.org"}]"#,
        r#"[{"name": 7}]"#,
    ] {
        let text = format!(
            r#"{{"version": 1, "event": {{"title": {{"en": "E"}}, "timezone": "UTC", "date": "2022-11-24"}},
              "sessions": [{{"id": "a", "start": "13:45", "title": {{"en": "T"}}, "speakers": {speakers}}}]}}"#
        );
        let form = form_of(&text);
        assert_eq!(form.items[0].speakers, "", "{speakers}");
        assert_eq!(
            load(&form.text(), &JiffZones).map(|l| l.programme),
            load(&text, &JiffZones).map(|l| l.programme),
            "{speakers}"
        );
        assert_eq!(problems(&form.text()), problems(&text), "{speakers}");
    }
}

#[test]
fn the_online_link_is_three_fields_and_its_problems_are_placed_at_them() {
    let mut form = form_of(&repo_text("assets/programme.json"));
    assert!(
        !form.text().contains("\"online\""),
        "no online link, no member"
    );
    form.event.online.url = "https://meet.example/atelier".to_owned();
    form.event.online.label.set("fr", "Suivre sur Meet");
    form.event.online.opens_minutes_before = "15".to_owned();
    let online = load(&form.text(), &JiffZones)
        .expect("valid")
        .programme
        .event
        .online;
    let online = online.expect("an online link");
    assert_eq!(online.url, "https://meet.example/atelier");
    assert_eq!(online.opens_minutes_before, 15);
    assert_eq!(online.label.unwrap().get("fr"), Some("Suivre sur Meet"));
    // Opened again, the same fields.
    assert_eq!(form_of(&form.text()).event.online, form.event.online);

    form.event.online.url = "meet.example".to_owned();
    form.event.online.opens_minutes_before = "un quart d’heure".to_owned();
    let fields = form.field_paths();
    let found = problems(&form.text());
    for field in ["url", "opens_minutes_before"] {
        assert!(
            found
                .iter()
                .any(|p| p.is_error()
                    && field_of(&p.path, &fields) == Some(online_path(field).as_str())),
            "{field}: {found:?}"
        );
    }
    // Cleared, the member is gone again.
    form.event.online = Default::default();
    assert!(load(&form.text(), &JiffZones)
        .unwrap()
        .programme
        .event
        .online
        .is_none());
}
