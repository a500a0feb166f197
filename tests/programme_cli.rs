//! The `check-programme` binary as organisers and CI use it: exit status 0
//! valid, 1 invalid, 2 unreadable or bad usage; every error printed with the
//! path of its field, in English or (with `--lang fr`) French.

mod common;

use std::process::Output;

use common::{code, fixture, run, temp_file};

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn a_valid_programme_is_printed_item_by_item() {
    let out = run(&[&fixture("valid-workshop.json")]);
    assert_eq!(code(&out), 0, "{}", text(&out));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 9, "{stdout}");
    assert!(
        stdout.contains("2022-11-24 13:30-13:45  welcome  Welcome"),
        "{stdout}"
    );
    assert!(
        stdout.contains("16:40-16:40  end  End of the workshop"),
        "{stdout}"
    );
}

#[test]
fn french_titles_and_messages_with_lang_fr() {
    let out = run(&["--lang", "fr", &fixture("valid-workshop.json")]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("welcome  Accueil"));
    let out = run(&["--lang", "fr", &fixture("dst-gap.json")]);
    assert_eq!(code(&out), 1);
    assert!(
        text(&out).contains("sessions[0].start: 02:30 n'existe pas"),
        "{}",
        text(&out)
    );
}

#[test]
fn warnings_do_not_make_a_file_invalid() {
    let out = run(&[&fixture("valid-warnings.json")]);
    assert_eq!(code(&out), 0);
    let t = text(&out);
    assert!(
        t.contains("warning: sessions[1].start: ") && t.contains("overlaps"),
        "{t}"
    );
}

#[test]
fn each_class_of_error_exits_1_and_names_its_path() {
    let cases = [
        ("bad-json.json", "line 7"),
        ("bad-type.json", "event.timezone: "),
        ("bad-version.json", "version: "),
        ("missing-version.json", "version: "),
        ("missing-field.json", "sessions[1].id: "),
        ("bad-time.json", "sessions[0].start: "),
        ("bad-date.json", "event.date: "),
        ("dst-gap.json", "sessions[0].start: "),
        ("unknown-zone.json", "event.timezone: "),
        ("date-required.json", "event.date: "),
        ("duplicate-id.json", "sessions[2].id: "),
        ("end-before-start.json", "sessions[0].end: "),
        ("empty-title.json", "sessions[0].title: "),
        ("bad-link.json", "event.links[1].url: "),
        ("schedule-bad.json", "schedule.conference.time_zone_name: "),
        ("bad-delay.json", "sessions[2].delay_minutes: 601 "),
    ];
    for (file, expected) in cases {
        let out = run(&[&fixture(file)]);
        assert_eq!(code(&out), 1, "{file}: {}", text(&out));
        assert!(text(&out).contains(expected), "{file}: {}", text(&out));
    }
}

#[test]
fn limits_exit_1_and_state_the_limit() {
    let mut big = b"{\"version\": 1, \"pad\": \"".to_vec();
    big.resize(9 * 1024 * 1024, b'x');
    big.extend_from_slice(b"\"}");
    let out = run(&[temp_file("too-large.json", &big).to_str().unwrap()]);
    assert_eq!(code(&out), 1);
    assert!(text(&out).contains("8388608"), "{}", text(&out));
}

#[test]
fn unreadable_files_and_bad_usage_exit_2() {
    assert_eq!(code(&run(&[])), 2);
    assert_eq!(
        code(&run(&["--lang", "de", &fixture("valid-workshop.json")])),
        2
    );
    assert_eq!(
        code(&run(&["--frobnicate", &fixture("valid-workshop.json")])),
        2
    );
    assert_eq!(code(&run(&["a.json", "b.json"])), 2);
    let out = run(&[&fixture("no-such-file.json")]);
    assert_eq!(code(&out), 2);
    assert!(text(&out).contains("no-such-file.json"));
    let latin1 = temp_file("latin1.json", b"{\"version\": 1, \"x\": \"caf\xe9\"}");
    assert_eq!(code(&run(&[latin1.to_str().unwrap()])), 2);
    assert_eq!(code(&run(&["--help"])), 0);
}

#[test]
fn the_notice_and_each_delay_are_printed() {
    let out = run(&[&fixture("delays.json")]);
    assert_eq!(code(&out), 0, "{}", text(&out));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines[1], "notice: The workshop is running 10 minutes late.",
        "{stdout}"
    );
    // Effective times first, then the delay and the planned start.
    assert!(
        stdout.contains("2022-11-24 14:15-14:40 (+10 min, planned 14:05)  break  Break"),
        "{stdout}"
    );
    assert!(
        stdout.contains("14:55-14:55 (-5 min, planned 15:00)  end"),
        "{stdout}"
    );
    // An item on time says nothing about delays.
    assert!(
        stdout.contains("2022-11-24 13:45-14:05  talk  On the"),
        "{stdout}"
    );
}

#[test]
fn the_notice_and_delays_in_french() {
    let out = run(&["--lang", "fr", &fixture("delays.json")]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("annonce: L'atelier a 10 minutes de retard."),
        "{stdout}"
    );
    assert!(
        stdout.contains("(+10 min, prévu 14:05)  break  Pause"),
        "{stdout}"
    );
}

#[test]
fn a_delay_across_midnight_names_the_planned_date() {
    let file = temp_file(
        "late-night.json",
        br#"{ "version": 1,
             "event": { "title": {"en": "W"}, "timezone": "UTC", "date": "2022-11-24" },
             "sessions": [ { "id": "a", "start": "23:50", "delay_minutes": 20,
                             "title": {"en": "Night talk"} } ] }"#,
    );
    let out = run(&[file.to_str().unwrap()]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("2022-11-25 00:10-00:10 (+20 min, planned 2022-11-24 23:50)"),
        "{stdout}"
    );
}

#[test]
fn a_programme_without_notice_prints_no_notice_line() {
    let out = run(&[&fixture("valid-workshop.json")]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(!stdout.contains("notice:"), "{stdout}");
    assert!(!stdout.contains("planned"), "{stdout}");
}
