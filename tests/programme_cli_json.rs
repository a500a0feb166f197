//! `check-programme --json [--html]`, as the WordPress plugin calls it on
//! every save: one JSON object on standard output, whose problems are those
//! of the human report (same paths, same sentences, both languages), with
//! the exit status of the human report (and 2 for an unreadable input).

mod common;

use std::io::Write;
use std::process::{Command, Output, Stdio};

use common::{code, fixture, run, temp_file};
use serde_json::Value;

fn seed() -> String {
    format!("{}/assets/programme.json", env!("CARGO_MANIFEST_DIR"))
}

/// Runs with `input` on standard input.
fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_check-programme"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

/// The whole of standard output as one JSON object (nothing before or
/// after it but the final newline), nothing on standard error.
fn json(out: &Output) -> Value {
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let value: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("{e}: {}", String::from_utf8_lossy(&out.stdout));
    });
    assert!(value.is_object(), "{value}");
    value
}

/// `path: message` (or the message alone), as the human report writes a
/// problem.
fn lines(problems: &Value) -> Vec<String> {
    problems
        .as_array()
        .expect("an array")
        .iter()
        .map(|p| {
            let (path, message) = (p["path"].as_str().unwrap(), p["message"].as_str().unwrap());
            assert!(!message.is_empty());
            assert!(
                path.is_empty() || !message.starts_with(path),
                "the sentence alone, not {message}"
            );
            if path.is_empty() {
                message.to_owned()
            } else {
                format!("{path}: {message}")
            }
        })
        .collect()
}

#[test]
fn a_valid_programme_gives_its_title_and_warnings_and_no_html_unasked() {
    let out = run(&["--json", &seed()]);
    assert_eq!(code(&out), 0);
    let report = json(&out);
    assert_eq!(report["valid"], true);
    assert_eq!(report["errors"], serde_json::json!([]));
    assert_eq!(report["warnings"], serde_json::json!([]));
    assert_eq!(report["title"], "Optimisation workshop");
    // What the plugin stores to offer the live controls on the event's day.
    assert_eq!(report["timezone"], "Europe/Paris");
    assert_eq!(report["days"], serde_json::json!(["2022-11-24"]));
    assert!(report.get("html").is_none(), "{report}");

    let report = json(&run(&["--json", "--lang", "fr", &seed()]));
    assert_eq!(report["title"], "Atelier optimisation");
}

#[test]
fn warnings_are_those_of_the_human_report_in_both_languages() {
    for (lang, label) in [("en", "warning"), ("fr", "avertissement")] {
        let file = fixture("valid-warnings.json");
        let out = run(&["--json", "--lang", lang, &file]);
        assert_eq!(code(&out), 0);
        let report = json(&out);
        let warnings = lines(&report["warnings"]);
        assert!(!warnings.is_empty());
        let human = run(&["--lang", lang, &file]);
        let human: Vec<String> = String::from_utf8(human.stdout)
            .unwrap()
            .lines()
            .filter_map(|l| l.strip_prefix(&format!("{label}: ")).map(str::to_owned))
            .collect();
        assert_eq!(warnings, human, "{lang}");
    }
}

#[test]
fn every_error_is_the_human_reports_with_its_path_apart_in_both_languages() {
    let files = [
        "bad-json.json",
        "bad-type.json",
        "bad-version.json",
        "missing-field.json",
        "bad-time.json",
        "dst-gap.json",
        "duplicate-id.json",
        "end-before-start.json",
        "bad-link.json",
        "schedule-bad.json",
        "bad-delay.json",
    ];
    for (lang, error, warning) in [
        ("en", "error", "warning"),
        ("fr", "erreur", "avertissement"),
    ] {
        for name in files {
            let file = fixture(name);
            let out = run(&["--json", "--lang", lang, &file]);
            assert_eq!(code(&out), 1, "{name}");
            let report = json(&out);
            assert_eq!(report["valid"], false);
            assert!(report.get("title").is_none() && report.get("html").is_none());
            let labelled = |label: &str, key: &str| -> Vec<String> {
                lines(&report[key])
                    .into_iter()
                    .map(|l| format!("{file}: {label}: {l}"))
                    .collect()
            };
            let mut expected = labelled(error, "errors");
            assert!(!expected.is_empty(), "{name}");
            expected.extend(labelled(warning, "warnings"));
            // The human report: one line a problem, then the summary.
            let human = String::from_utf8(run(&["--lang", lang, &file]).stderr).unwrap();
            let mut human: Vec<String> = human.lines().map(str::to_owned).collect();
            human.pop();
            // Same problems; the human report keeps the file's order, where
            // the JSON puts the errors first.
            human.sort();
            expected.sort();
            assert_eq!(expected, human, "{name} in {lang}");
        }
    }
}

#[test]
fn an_unreadable_input_is_one_error_without_path_and_exit_2() {
    let latin1 = temp_file("json-latin1.json", b"{\"version\": 1, \"x\": \"caf\xe9\"}");
    let mut big = b"{\"version\": 1, \"pad\": \"".to_vec();
    big.resize(9 * 1024 * 1024, b'x');
    big.extend_from_slice(b"\"}");
    // Over the limit, an invalid byte does not hide the size.
    let mut big_latin1 = big.clone();
    big_latin1[30] = 0xe9;
    let big_latin1 = temp_file("json-too-large-latin1.json", &big_latin1);
    let big = temp_file("json-too-large.json", &big);
    let missing = fixture("no-such-file.json");
    let cases = [
        (missing.as_str(), "en", "The file cannot be read: "),
        (
            missing.as_str(),
            "fr",
            "Le fichier ne peut pas être lu\u{a0}: ",
        ),
        (
            latin1.to_str().unwrap(),
            "en",
            "not UTF-8 text (invalid byte at offset 24)",
        ),
        (
            latin1.to_str().unwrap(),
            "fr",
            "pas du texte UTF-8 (octet invalide à la position 24)",
        ),
        (big.to_str().unwrap(), "en", "8388608"),
        (big.to_str().unwrap(), "fr", "trop gros"),
        (big_latin1.to_str().unwrap(), "en", "8388608"),
    ];
    for (file, lang, expected) in cases {
        let out = run(&["--json", "--html", "--lang", lang, file]);
        assert_eq!(code(&out), 2, "{file}");
        let report = json(&out);
        assert_eq!(report["valid"], false);
        assert_eq!(report["warnings"], serde_json::json!([]));
        let errors = report["errors"].as_array().unwrap();
        assert_eq!(errors.len(), 1, "{report}");
        assert_eq!(errors[0]["path"], "");
        let message = errors[0]["message"].as_str().unwrap();
        assert!(message.contains(expected), "{file} {lang}: {message}");
    }
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let seed = std::fs::read(seed()).unwrap();
    let out = run_stdin(&["--json", "-"], &seed);
    assert_eq!(code(&out), 0);
    assert_eq!(json(&out)["title"], "Optimisation workshop");

    let out = run_stdin(&["--json", "--lang", "fr", "-"], b"{\"version\": 2}");
    assert_eq!(code(&out), 1);
    let report = json(&out);
    assert_eq!(report["errors"][0]["path"], "version");

    let out = run_stdin(&["--json", "-"], b"\xff\xfe");
    assert_eq!(code(&out), 2);
    assert_eq!(json(&out)["errors"][0]["path"], "");
}

#[test]
fn html_is_given_when_asked_for_a_valid_programme_in_its_language() {
    let out = run(&["--json", "--html", "--lang", "fr", &seed()]);
    assert_eq!(code(&out), 0);
    let report = json(&out);
    let html = report["html"].as_str().expect("html, a string");
    assert!(
        html.starts_with("<div class=\"la-static\" lang=\"fr\">"),
        "{html}"
    );
    assert!(html.contains("Atelier optimisation"), "{html}");
    assert!(
        html.contains("datetime=\"2022-11-24T14:15:00+01:00\""),
        "{html}"
    );
    // The keys in the order the plugin's contract lists them.
    let keys: Vec<&str> = report
        .as_object()
        .unwrap()
        .keys()
        .map(|k| k.as_str())
        .collect();
    assert_eq!(
        keys,
        ["valid", "errors", "warnings", "title", "timezone", "days", "html"]
    );

    let out = run(&["--json", "--html", &fixture("bad-time.json")]);
    assert_eq!(code(&out), 1);
    assert!(json(&out).get("html").is_none());
}

#[test]
fn the_human_report_is_unchanged_without_json() {
    let human = run(&[&seed()]);
    assert!(String::from_utf8(human.stdout)
        .unwrap()
        .starts_with("Optimisation workshop (Europe/Paris, 8 items)"));
}
