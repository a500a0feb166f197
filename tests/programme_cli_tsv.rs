//! `check-programme --from tsv` (issue 15): rows pasted from a spreadsheet
//! become a v1 programme on standard output; what could not be read is on
//! standard error, with exit status 1 and nothing on standard output.

mod common;

use std::process::Output;

use common::{code, fixture, run, temp_file};

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

/// `--from tsv` for an event in Paris on the seed's day: `lang`, then
/// `titles` (flags and values), then the rows' file.
fn run_in_paris(lang: &str, titles: &[&str], rows: &std::path::Path) -> Output {
    let mut args = vec![
        "--lang",
        lang,
        "--from",
        "tsv",
        "--timezone",
        "Europe/Paris",
    ];
    args.extend(["--date", "2022-11-24"]);
    args.extend(titles);
    args.push(rows.to_str().unwrap());
    run(&args)
}

fn seed_path() -> String {
    format!("{}/assets/programme.json", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_seeds_rows_with_the_seeds_event_print_the_seeds_file() {
    let out = run(&[
        "--from",
        "tsv",
        "--event",
        &seed_path(),
        &fixture("seed-rows.tsv"),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let seed = std::fs::read_to_string(seed_path()).unwrap();
    assert_eq!(stdout(&out), seed);
    assert!(
        stderr(&out).ends_with("8 row(s) read, 0 skipped.\n"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_event_from_flags_and_the_output_checks_as_valid() {
    let rows = temp_file(
        "flags.tsv",
        b"Start\tTitle FR\tTitle EN\n13:30\tAccueil\tWelcome\n14h\tFin\tEnd\n",
    );
    let titles = ["--title-fr", "Atelier", "--title-en", "Workshop"];
    let out = run_in_paris("en", &titles, &rows);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["event"]["title"]["en"], "Workshop");
    assert_eq!(v["event"]["date"], "2022-11-24");
    assert_eq!(v["sessions"][1]["start"], "14:00");
    assert_eq!(v["sessions"][1]["id"], "fin");
    // What it printed is a programme the checker itself accepts.
    let file = temp_file("flags.json", stdout(&out).as_bytes());
    assert_eq!(code(&run(&[file.to_str().unwrap()])), 0);
}

#[test]
fn a_skipped_row_or_a_loader_error_prints_nothing_and_exits_1() {
    let rows = temp_file(
        "bad.tsv",
        "start\tend\ttitle_en\tnotes\n13:30\t\tWelcome\t\n25:00\t\tLate\t\n14:00\t13:00\tBackwards\t\n".as_bytes(),
    );
    let args = |lang| run_in_paris(lang, &["--title-en", "W"], &rows);
    let out = args("en");
    assert_eq!(code(&out), 1);
    assert_eq!(stdout(&out), "");
    let err = stderr(&out);
    for expected in [
        "warning: Unknown column \u{201c}notes\u{201d}, ignored",
        "error: Row 3: \u{201c}25:00\u{201d} (start) is not a time",
        "2 row(s) read, 1 skipped.",
        // The loader's problem, with check-programme's path, after its row.
        "error: Row 4: sessions[1].end: ",
    ] {
        assert!(err.contains(expected), "{expected:?} not in:\n{err}");
    }
    let err = stderr(&args("fr"));
    assert!(
        err.contains("erreur: Ligne 3\u{a0}: «\u{a0}25:00\u{a0}» (start) n’est pas une heure"),
        "{err}"
    );
    assert!(err.contains("2 ligne(s) lue(s), 1 ignorée(s)."), "{err}");
}

#[test]
fn standard_input_and_windows_line_endings() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_check-programme"))
        .args(["--from", "tsv", "--event", &seed_path(), "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let rows = std::fs::read_to_string(fixture("seed-rows.tsv")).unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(rows.replace('\n', "\r\n").as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout(&out), std::fs::read_to_string(seed_path()).unwrap());
}

#[test]
fn bad_usage_exits_2_and_the_other_modes_refuse_the_event_flags() {
    let rows = fixture("seed-rows.tsv");
    for args in [
        vec!["--from", "csv", rows.as_str()],
        vec!["--from", "tsv", rows.as_str()],
        vec!["--from", "tsv", "--timezone", "UTC", rows.as_str()],
        vec![
            "--from",
            "tsv",
            "--json",
            "--timezone",
            "UTC",
            "--title-en",
            "W",
            rows.as_str(),
        ],
        vec![
            "--from",
            "tsv",
            "--timezone",
            "UTC",
            "--title-en",
            "W",
            "--date",
            "24/11/2022",
            rows.as_str(),
        ],
        vec!["--timezone", "UTC", rows.as_str()],
        vec!["--title-en", "W", rows.as_str()],
    ] {
        let out = run(&args);
        assert_eq!(code(&out), 2, "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains("usage:"), "{args:?}");
    }
}

#[test]
fn an_invalid_event_file_is_reported_as_the_checker_reports_it() {
    let out = run(&[
        "--from",
        "tsv",
        "--event",
        &fixture("unknown-zone.json"),
        &fixture("seed-rows.tsv"),
    ]);
    assert_eq!(code(&out), 1);
    assert_eq!(stdout(&out), "");
    assert!(stderr(&out).contains("event.timezone"), "{}", stderr(&out));
    let out = run(&[
        "--from",
        "tsv",
        "--event",
        "/nonexistent.json",
        &fixture("seed-rows.tsv"),
    ]);
    assert_eq!(code(&out), 2);
}
