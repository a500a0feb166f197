//! Folding and escaping, where real ICS files go wrong: the JRES 2022 export
//! (`shared/data/real/jres-2022.ics`) folds inside a UTF-8 character and
//! leaves lines of 900 octets. For any text at all, our lines are at most 75
//! octets, each valid UTF-8 on its own, never split an escape, and unfold
//! and unescape (by the `icalendar` parser too) to the original.

mod common;

use icalendar::{Calendar, Component, EventLike};
use live_agenda_core::i18n::Lang;
use live_agenda_core::ics::{self, escape_text, fold_line, Selection};
use live_agenda_core::programme::{load, FixedZones, Instant, Programme, Text};
use proptest::prelude::*;

/// What is wrong with the physical lines of `bytes` (CRLF-separated): too
/// long, not UTF-8 on its own, or a backslash escape cut at the line's end.
fn line_problems(bytes: &[u8]) -> Vec<String> {
    let mut problems = Vec::new();
    let body = bytes.strip_suffix(b"\r\n").unwrap_or(bytes);
    for (n, line) in split_crlf(body).into_iter().enumerate() {
        if line.len() > 75 {
            problems.push(format!("line {n}: {} octets", line.len()));
        }
        match std::str::from_utf8(line) {
            Err(e) => problems.push(format!("line {n}: not UTF-8 alone ({e})")),
            Ok(text) => {
                let segment = text.strip_prefix(' ').unwrap_or(text);
                if ends_inside_escape(segment) {
                    problems.push(format!("line {n}: ends inside an escape"));
                }
            }
        }
    }
    problems
}

fn split_crlf(bytes: &[u8]) -> Vec<&[u8]> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i + 1 < bytes.len() {
        if &bytes[i..i + 2] == b"\r\n" {
            lines.push(&bytes[start..i]);
            start = i + 2;
            i += 2;
        } else {
            i += 1;
        }
    }
    lines.push(&bytes[start..]);
    lines
}

/// Whether `segment` ends with a backslash that escapes nothing: its escapes
/// read in pairs from its start, as a line-by-line reader would.
fn ends_inside_escape(segment: &str) -> bool {
    let mut chars = segment.chars();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.next().is_none() {
            return true;
        }
    }
    false
}

/// RFC 5545 §3.1 unfolding: every CRLF followed by one space (or tab) goes.
fn unfold(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i..].starts_with(b"\r\n ") || bytes[i..].starts_with(b"\r\n\t") {
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    out
}

/// What a TEXT value can hold of `s`: line breaks as `\n`, no other
/// control character but tab.
fn representable(s: &str) -> String {
    s.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
        .collect()
}

/// Reverses RFC 5545 TEXT escaping, strictly (what our escaper writes).
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match (c, c == '\\') {
            (_, true) => match chars.next() {
                Some('n') => out.push('\n'),
                Some(e @ ('\\' | ';' | ',')) => out.push(e),
                other => panic!("bad escape \\{other:?} in {s:?}"),
            },
            (c, false) => out.push(c),
        }
    }
    out
}

/// Text that is hard to fold and escape: multi-byte characters, escapes,
/// line breaks and controls, as well as arbitrary Unicode.
fn hard_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-zéèœ€😀🧑‍🔬\\\\;,:\"\n\r\t \u{0}\u{7f}\u{85}\u{2028}]{0,300}",
        proptest::collection::vec("[é😀\\\\,]", 0..200).prop_map(|v| v.concat()),
    ]
}

/// A one-talk programme holding `title`, `abstract_` and `room` as they
/// are (set after loading: the loader would refuse a blank title).
fn one_item(title: &str, abstract_: &str, room: &str) -> Programme {
    let json = r#"{ "version": 1,
      "event": { "title": { "fr": "Atelier" }, "timezone": "UTC", "date": "2022-11-24" },
      "sessions": [ { "id": "x", "start": "10:00", "end": "11:00", "title": { "fr": "T" } } ] }"#;
    let mut programme = load(json, &FixedZones).expect("loads").programme;
    let item = &mut programme.items[0];
    item.title = Text::single("fr", title);
    item.abstract_ = Some(Text::single("fr", abstract_));
    item.room = Some(room.to_owned());
    programme
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn folded_lines_are_short_whole_utf8_and_unfold_to_the_original(
        text in hard_text(),
        name in "[A-Z]{1,12}(;LANGUAGE=[a-z]{2})?",
    ) {
        let line = format!("{name}:{}", escape_text(&text));
        let folded = fold_line(&line);
        let problems = line_problems(folded.as_bytes());
        prop_assert!(problems.is_empty(), "{problems:?}\n{folded:?}");
        prop_assert_eq!(unfold(folded.as_bytes()), line.as_bytes());
        // A fold only where needed: every line but the last is full to
        // within one escape or character.
        let lines = split_crlf(folded.as_bytes());
        for line in &lines[..lines.len() - 1] {
            prop_assert!(line.len() >= 75 - 5, "{} octets", line.len());
        }
    }

    #[test]
    fn escaping_is_reversible_and_leaves_no_raw_separator(text in hard_text()) {
        let escaped = escape_text(&text);
        prop_assert!(!escaped.chars().any(|c| c.is_control() && c != '\t'));
        prop_assert_eq!(unescape(&escaped), representable(&text));
    }

    #[test]
    fn any_text_survives_the_icalendar_parser(
        title in hard_text(),
        abstract_ in hard_text(),
        room in hard_text(),
    ) {
        let programme = one_item(&title, &abstract_, &room);
        let text = ics::calendar(&programme, Lang::Fr, Selection::All, Instant(0), None, None).unwrap();
        let problems = line_problems(text.as_bytes());
        prop_assert!(problems.is_empty(), "{problems:?}");
        let calendar: Calendar = text.parse().map_err(TestCaseError::fail)?;
        let event = calendar.components[0].as_event().unwrap();
        // Blank texts are left out (the id stands for a blank title).
        let blank = |s: &str| s.chars().all(|c| c.is_whitespace() || c.is_control());
        let summary = if blank(&title) { "x".to_owned() } else { representable(&title) };
        prop_assert_eq!(event.get_summary(), Some(summary.as_str()));
        let description = (!blank(&abstract_)).then(|| representable(abstract_.trim()));
        prop_assert_eq!(event.get_description(), description.as_deref());
        let location = (!blank(&room)).then(|| representable(&room));
        prop_assert_eq!(event.get_location(), location.as_deref());
    }
}

fn real(name: &str) -> Vec<u8> {
    common::shared_file(&format!("data/real/{name}"))
}

#[test]
fn the_jres_flaws_are_caught_and_our_folder_does_not_repeat_them() {
    let jres = real("jres-2022.ics");
    // The checker sees the real file's flaws: a line cut inside `’`
    // (E2 | 80 99) and lines far over 75 octets.
    let problems = line_problems(&jres);
    assert!(
        problems.iter().any(|p| p.contains("not UTF-8 alone")),
        "{problems:?}"
    );
    assert!(problems.iter().any(|p| p.contains("octets")));

    // Unfolded, the same content is whole again; folded by us, it is clean.
    let unfolded = String::from_utf8(unfold(&jres)).expect("unfolding rejoins the character");
    let mut refolded = 0;
    for line in unfolded.split("\r\n") {
        let line = line.trim_end_matches('\r');
        let folded = fold_line(line);
        let problems = line_problems(folded.as_bytes());
        assert!(problems.is_empty(), "{problems:?}\n{folded}");
        assert_eq!(unfold(folded.as_bytes()), line.as_bytes());
        refolded += usize::from(folded.contains("\r\n "));
    }
    assert!(refolded > 100, "the long lines were folded ({refolded})");
}
