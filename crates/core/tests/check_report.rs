//! `check-programme --json`'s report, built from what the loader says: the
//! problems split into errors and warnings, each the human report's line
//! with its path apart; the exit status the plugin relies on.

mod common;

use common::{fixture, repo_text};
use live_agenda_core::check::{report, unreadable_report, Verdict};
use live_agenda_core::i18n::cli::Unreadable;
use live_agenda_core::i18n::{problem_line, Lang};
use live_agenda_core::programme::{load, JiffZones, MAX_FILE_BYTES};
use serde_json::json;

#[test]
fn an_invalid_file_splits_its_problems_and_keeps_each_sentence() {
    // An overlap (a warning) beside an end before its start (an error).
    let text = fixture("valid-warnings.json").replace("\"end\": \"14:30\"", "\"end\": \"13:00\"");
    let outcome = load(&text, &JiffZones);
    let problems = outcome.clone().expect_err("refused");
    for lang in [Lang::En, Lang::Fr] {
        let r = report(&outcome, lang, true, &JiffZones);
        assert_eq!(r.verdict, Verdict::Invalid);
        assert_eq!(r.json["valid"], false);
        assert!(r.json.get("html").is_none() && r.json.get("title").is_none());
        for (key, is_error) in [("errors", true), ("warnings", false)] {
            let listed: Vec<String> = r.json[key]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| {
                    format!(
                        "{}: {}",
                        p["path"].as_str().unwrap(),
                        p["message"].as_str().unwrap()
                    )
                })
                .collect();
            let expected: Vec<String> = problems
                .iter()
                .filter(|p| p.is_error() == is_error)
                .map(|p| problem_line(lang, p))
                .collect();
            assert!(!expected.is_empty(), "{key}");
            assert_eq!(listed, expected, "{key} in {lang:?}");
        }
    }
}

#[test]
fn a_valid_file_has_its_title_zone_days_and_html_only_when_asked() {
    let outcome = load(&repo_text("assets/programme.json"), &JiffZones);
    let r = report(&outcome, Lang::Fr, false, &JiffZones);
    assert_eq!(r.verdict.code(), 0);
    assert_eq!(
        r.json,
        json!({"valid": true, "errors": [], "warnings": [], "title": "Atelier optimisation",
               "timezone": "Europe/Paris", "days": ["2022-11-24"]})
    );
    let r = report(&outcome, Lang::En, true, &JiffZones);
    assert!(r.json["html"]
        .as_str()
        .unwrap()
        .contains(">Optimisation workshop</h2>"));
}

#[test]
fn exit_statuses_invalid_1_unreadable_or_too_large_2() {
    let bad_json = load(&fixture("bad-json.json"), &JiffZones);
    assert_eq!(
        report(&bad_json, Lang::En, false, &JiffZones)
            .verdict
            .code(),
        1
    );
    let too_large = load(&" ".repeat(MAX_FILE_BYTES + 1), &JiffZones);
    let r = report(&too_large, Lang::En, false, &JiffZones);
    assert_eq!(r.verdict.code(), 2);
    assert_eq!(r.json["errors"][0]["path"], "");

    let r = unreadable_report(Lang::En, &Unreadable::NotUtf8 { offset: 3 });
    assert_eq!(r.verdict, Verdict::Unusable);
    assert_eq!(
        r.json,
        json!({"valid": false, "errors": [{"path": "", "message": "The file is not UTF-8 text (invalid byte at offset 3)."}], "warnings": []})
    );
    let r = unreadable_report(Lang::Fr, &Unreadable::Io("Permission denied".into()));
    assert_eq!(
        r.json["errors"][0]["message"],
        "Le fichier ne peut pas être lu\u{a0}: Permission denied."
    );
}
