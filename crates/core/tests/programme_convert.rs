//! Exports converted apart (issue 16): the widget reads v1 only
//! (`load_v1_with`), tells an export from its text without parsing it
//! (`is_schedule_json_text`), and has it converted to v1 (`convert_with`)
//! by a module loaded only for exports.

mod common;

use common::{fixture, repo_text, shared_text};
use live_agenda_core::programme::import::is_schedule_json_text;
use live_agenda_core::programme::{
    convert_with, load, load_v1_with, JiffZones, ProblemKind, SerdeJson,
};
use proptest::prelude::*;
use serde_json::{json, Map, Value};

/// What the loader decides once the text is parsed: a top-level object
/// with `schedule` and without `version`.
fn is_export(text: &str) -> bool {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_json::from_str::<Value>(text).is_ok_and(|v| {
        v.as_object()
            .is_some_and(|o| o.contains_key("schedule") && !o.contains_key("version"))
    })
}

const EXPORTS: [&str; 3] = [
    "frab-camp2019.schedule.json",
    "pretalx-rc3-channels-2020.schedule.json",
    "c3hub-38c3-excerpt.schedule2.json",
];

fn every_file() -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> =
        std::fs::read_dir(format!("{}/tests/fixtures", common::repo_root()))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .map(|p| {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                (name.clone(), fixture(&name))
            })
            .collect();
    files.push(("seed".to_owned(), repo_text("assets/programme.json")));
    for name in EXPORTS {
        files.push((name.to_owned(), shared_text(&format!("data/real/{name}"))));
    }
    files
}

#[test]
fn the_text_scan_tells_every_export_and_no_v1_file() {
    let mut exports = 0;
    for (name, text) in every_file() {
        let export = is_export(&text);
        exports += usize::from(export);
        assert_eq!(is_schedule_json_text(&text), export, "{name}");
    }
    // The real exports and the fixtures' schedule.json files.
    assert!(exports >= EXPORTS.len() + 2, "{exports}");
}

#[test]
fn an_export_converted_loads_as_the_export_itself() {
    for name in EXPORTS {
        let text = shared_text(&format!("data/real/{name}"));
        let Ok(direct) = load(&text, &JiffZones) else {
            // An export the importer refuses is refused by the converter too.
            assert!(
                convert_with(&text, &SerdeJson, &JiffZones).is_err(),
                "{name}"
            );
            continue;
        };
        let v1 = convert_with(&text, &SerdeJson, &JiffZones).unwrap();
        assert!(
            !is_schedule_json_text(&v1),
            "{name}: the converted text is v1"
        );
        let again = load_v1_with(&v1, &SerdeJson, &JiffZones).unwrap();
        assert_eq!(again.programme, direct.programme, "{name}");
    }
    let tiny = fixture("schedule-tiny.json");
    let v1 = convert_with(&tiny, &SerdeJson, &JiffZones).unwrap();
    assert_eq!(
        load_v1_with(&v1, &SerdeJson, &JiffZones).unwrap().programme,
        load(&tiny, &JiffZones).unwrap().programme
    );
}

#[test]
fn a_broken_export_gives_the_importers_problems() {
    let bad = fixture("schedule-bad.json");
    assert_eq!(
        convert_with(&bad, &SerdeJson, &JiffZones).unwrap_err(),
        load(&bad, &JiffZones).unwrap_err()
    );
}

#[test]
fn the_v1_reader_refuses_an_export_and_reads_v1_as_the_full_one() {
    let problems =
        load_v1_with(&fixture("schedule-tiny.json"), &SerdeJson, &JiffZones).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(
        (problems[0].path.as_str(), &problems[0].kind),
        ("", &ProblemKind::ExportNotConverted)
    );
    assert!(problems[0].is_error());
    for (name, text) in every_file().into_iter().filter(|(_, t)| !is_export(t)) {
        assert_eq!(
            load_v1_with(&text, &SerdeJson, &JiffZones),
            load(&text, &JiffZones),
            "{name}"
        );
    }
}

/// A JSON value whose strings and keys hold what could trip a scan:
/// quotes, backslashes, braces, and the two keys themselves.
fn tricky() -> impl Strategy<Value = Value> {
    let word = prop::sample::select(vec![
        "schedule", "version", "a", "{", "}", "[", "\"", "\\", "\\\"", ",", ":", "é", "",
    ]);
    let text = prop::collection::vec(word, 0..4).prop_map(|w| w.concat());
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i32>().prop_map(|n| json!(n)),
        text.clone().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 32, 5, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((text.clone(), inner), 0..5)
                .prop_map(|members| Value::Object(members.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

proptest! {
    #[test]
    fn the_text_scan_agrees_with_the_parsed_value(value in tricky(), pretty in any::<bool>()) {
        let text = if pretty {
            serde_json::to_string_pretty(&value).unwrap()
        } else {
            serde_json::to_string(&value).unwrap()
        };
        // A key written with escapes may be said to be an export (a
        // conversion for nothing, never a wrong answer); any other answer
        // is the parsed value's.
        let escaped_key = value.as_object().is_some_and(|o| o.keys().any(|k| k.contains(['"', '\\'])));
        if escaped_key {
            prop_assert!(is_schedule_json_text(&text) || !is_export(&text));
        } else {
            prop_assert_eq!(is_schedule_json_text(&text), is_export(&text), "{}", text);
        }
    }
}
