//! `check-programme --html FILE`: the snippet to paste into a page of any
//! host, the programme printed inside the widget's mount point as the
//! fallback for readers without JavaScript.

mod common;

use common::{code, fixture, run};

fn seed() -> String {
    format!("{}/assets/programme.json", env!("CARGO_MANIFEST_DIR"))
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8")
}

#[test]
fn the_snippet_holds_the_programme_and_points_at_the_urls_given() {
    let out = run(&[
        "--html",
        "--lang",
        "fr",
        "--src",
        "/wp-content/uploads/programme.json",
        "--widget",
        "/wp-content/uploads/live-agenda/live-agenda.js",
        &seed(),
    ]);
    assert_eq!(code(&out), 0);
    let html = stdout(&out);
    assert!(html.starts_with(
        "<div data-live-agenda data-src=\"/wp-content/uploads/programme.json\">\n<div class=\"la-static\" lang=\"fr\">"
    ), "{html}");
    // The programme in French, inside the mount point, then the loader.
    assert!(html.contains("<h2 class=\"la-title\" lang=\"fr\">Atelier optimisation</h2>"));
    assert!(html.contains("datetime=\"2022-11-24T14:15:00+01:00\""));
    assert!(html.ends_with(
        "</div>\n<script type=\"module\" src=\"/wp-content/uploads/live-agenda/live-agenda.js\"></script>\n"
    ));
}

#[test]
fn by_default_the_programme_and_the_loader_sit_beside_the_page() {
    let html = stdout(&run(&["--html", &seed()]));
    assert!(html.starts_with("<div data-live-agenda data-src=\"programme.json\">"));
    assert!(html.ends_with("<script type=\"module\" src=\"live-agenda.js\"></script>\n"));
}

#[test]
fn an_invalid_file_gives_its_errors_not_a_snippet() {
    let out = run(&["--html", &fixture("duplicate-id.json")]);
    assert_eq!(code(&out), 1);
    assert!(out.stdout.is_empty(), "no snippet: {}", stdout(&out));
    let report = String::from_utf8_lossy(&out.stderr);
    assert!(report.contains("sessions[2].id"), "{report}");
}

#[test]
fn the_snippet_flags_are_checked() {
    // --src and --widget only make sense for the snippet.
    for args in [
        vec!["--src", "x.json", "FILE"],
        vec!["--json", "--html", "--widget", "l.js", "FILE"],
    ] {
        let out = run(&args);
        assert_eq!(code(&out), 2, "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("--src and --widget"));
    }
    // Standard input has no name to point at.
    let out = run(&["--html", "-"]);
    assert_eq!(code(&out), 2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs --src"));
}

#[test]
fn first_paint_prints_the_standalone_pages_shadow_root_instead_of_the_snippet() {
    let out = run(&[
        "--html",
        "--lang",
        "fr",
        "--first-paint",
        "./style-0123.css",
        &seed(),
    ]);
    assert_eq!(code(&out), 0);
    let html = stdout(&out);
    // What make dist puts inside index.html's mount point: no mount point,
    // no loader of its own (the page has both).
    assert!(html.starts_with(
        "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"./style-0123.css\">\
         <div class=\"la-host\" data-scheme=\"auto\" data-prerendered=\"\"><section class=\"la-root la-static\" lang=\"fr\">"
    ), "{html}");
    assert!(html.ends_with("</section></div></template>"), "{html}");
    assert!(html.contains("<h2 class=\"la-title\" lang=\"fr\">Atelier optimisation</h2>"));
    assert!(!html.contains("<script") && !html.contains("data-live-agenda"));
    // An invalid file: its errors, nothing to print into the page.
    let out = run(&[
        "--html",
        "--first-paint",
        "s.css",
        &fixture("duplicate-id.json"),
    ]);
    assert_eq!(code(&out), 1);
    assert!(out.stdout.is_empty());
    // It goes with --html alone, not with the snippet's URLs.
    for args in [
        vec!["--first-paint", "s.css", "FILE"],
        vec!["--json", "--html", "--first-paint", "s.css", "FILE"],
        vec![
            "--html",
            "--first-paint",
            "s.css",
            "--src",
            "x.json",
            "FILE",
        ],
    ] {
        let out = run(&args);
        assert_eq!(code(&out), 2, "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("--first-paint goes with --html alone"),
            "{args:?}"
        );
    }
}
