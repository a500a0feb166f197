//! What the editor shows, decided from the core: an opened file as a form
//! (or, when it cannot be one, its problems in the words and paths of
//! `check-programme`), the form's problems at their fields, the report of
//! rows pasted from a spreadsheet, the preview's range of time, and the
//! file to download.

use live_agenda_core::i18n::editor::{
    column_note_line, row_note_line, row_problem_line, rows_error_message, rows_summary,
};
use live_agenda_core::i18n::{problem_line, Lang};
use live_agenda_core::programme::form::Form;
use live_agenda_core::programme::rows::rows_to_v1;
use live_agenda_core::programme::{
    load_with, write, Event, Instant, JsonParser, Problem, Programme, TimeZones,
};

/// A problem as the editor lists it: beside its field's path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProblemShown {
    /// The field's path (`sessions[2].id`), empty for the whole file.
    pub path: String,
    /// `check-programme`'s line: `path: message`.
    pub line: String,
}

fn lines(lang: Lang, problems: &[Problem]) -> Vec<ProblemShown> {
    problems
        .iter()
        .map(|p| ProblemShown {
            path: p.path.clone(),
            line: problem_line(lang, p),
        })
        .collect()
}

/// What opening a text in the form gives.
#[derive(Clone, Debug, PartialEq)]
pub enum Opening {
    /// A v1 file, valid or not, as a form; or an imported `schedule.json`
    /// written as v1 first (boxed: a form is large beside a list).
    Form(Box<Form>),
    /// A text that cannot be a form (not JSON, an invalid import): its
    /// problems.
    Problems(Vec<ProblemShown>),
}

/// Opens `text` in the form: any parsed v1 file as it is (its problems
/// then show at their fields); a frab / pretalx `schedule.json` through
/// the loader, as the v1 file it makes.
pub fn open_form(text: &str, lang: Lang, json: &dyn JsonParser, tz: &dyn TimeZones) -> Opening {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some(form) = json.parse(text).ok().and_then(|v| Form::from_value(&v)) {
        return Opening::Form(Box::new(form));
    }
    match load_with(text, json, tz) {
        Ok(loaded) => {
            let v1 = write(&loaded.programme, tz);
            match json.parse(&v1).ok().and_then(|v| Form::from_value(&v)) {
                Some(form) => Opening::Form(Box::new(form)),
                None => Opening::Problems(Vec::new()),
            }
        }
        Err(problems) => Opening::Problems(lines(lang, &problems)),
    }
}

/// The form checked: every problem (errors and warnings, in file order)
/// and, when there is no error, the programme.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Checked {
    pub problems: Vec<Problem>,
    pub programme: Option<Programme>,
}

/// Checks the file `form` makes, as `check-programme` would.
pub fn check(form: &Form, json: &dyn JsonParser, tz: &dyn TimeZones) -> Checked {
    match load_with(&form.text(), json, tz) {
        Ok(loaded) => Checked {
            problems: loaded.warnings,
            programme: Some(loaded.programme),
        },
        Err(problems) => Checked {
            problems,
            programme: None,
        },
    }
}

/// Rows pasted into the form: the report's lines (summary, ignored
/// columns, skipped and remarked rows) and the form with the rows as its
/// items, the event kept. Problems of the rows read show at their fields.
pub fn rows_into_form(
    tsv: &str,
    form: &Form,
    lang: Lang,
    json: &dyn JsonParser,
) -> (Vec<String>, Option<Form>) {
    // The rows' times are written as typed: the event given here is only
    // copied into the text, and replaced by the form's own.
    let (text, report) = match rows_to_v1(tsv, &Event::default()) {
        Ok(read) => read,
        Err(error) => return (vec![rows_error_message(lang, &error).to_owned()], None),
    };
    let mut lines = vec![rows_summary(lang, report.rows.len(), report.skipped.len())];
    lines.extend(report.columns.iter().map(|c| column_note_line(lang, c)));
    lines.extend(
        report
            .skipped
            .iter()
            .map(|(row, why)| row_problem_line(lang, *row, why)),
    );
    lines.extend(
        report
            .notes
            .iter()
            .map(|(row, note)| row_note_line(lang, *row, note)),
    );
    let rows = json.parse(&text).ok().and_then(|v| Form::from_value(&v));
    let form = rows.map(|rows| {
        let mut form = form.clone();
        form.items = rows.items;
        form
    });
    (lines, form)
}

/// The id of the form's input for the field at `path` (its first input:
/// the French one of a text in two languages).
pub fn field_id(path: &str) -> String {
    let mut id = String::from("f-");
    for c in path.chars() {
        match c {
            c if c.is_ascii_alphanumeric() => id.push(c),
            '_' => id.push('_'),
            ']' => {}
            _ => id.push('-'),
        }
    }
    id
}

/// The preview slider's range, in seconds since the epoch: from half an
/// hour before the first item to half an hour after the last one ends, on
/// whole 5 minutes (so that a step lands on 14:20, not 14:17).
pub fn preview_range(programme: &Programme) -> Option<(i64, i64)> {
    const STEP: i64 = 300;
    let first = programme.items.iter().map(|i| i.start.0).min()?;
    let last = programme
        .items
        .iter()
        .map(|i| i.end.0.max(i.start.0))
        .max()?;
    let low = (first - 1800).div_euclid(STEP) * STEP;
    let high = (last + 1800 + STEP - 1).div_euclid(STEP) * STEP;
    Some((low, high))
}

/// Where the preview opens: the first item's start.
pub fn preview_start(programme: &Programme) -> Option<Instant> {
    programme.items.iter().map(|i| i.start).min()
}

// Natively: the real JSON parser and time-zone database, as the checker.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use live_agenda_core::programme::{JiffZones, SerdeJson};

    fn read(path: &str) -> String {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../");
        std::fs::read_to_string(format!("{root}{path}")).unwrap()
    }

    fn seed() -> Programme {
        load_with(&read("assets/programme.json"), &SerdeJson, &JiffZones)
            .expect("valid")
            .programme
    }

    fn seed_form() -> Form {
        match open_form(
            &read("assets/programme.json"),
            Lang::En,
            &SerdeJson,
            &JiffZones,
        ) {
            Opening::Form(form) => *form,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_seed_opens_as_a_form_and_checks_valid() {
        let form = seed_form();
        assert_eq!(form.items.len(), 8);
        let checked = check(&form, &SerdeJson, &JiffZones);
        assert_eq!(checked.programme, Some(seed()));
    }

    #[test]
    fn an_invalid_v1_file_still_opens_as_a_form_its_problems_at_their_paths() {
        let text = read("tests/fixtures/duplicate-id.json");
        let Opening::Form(form) = open_form(&text, Lang::Fr, &SerdeJson, &JiffZones) else {
            panic!("not a form");
        };
        let checked = check(&form, &SerdeJson, &JiffZones);
        assert_eq!(checked.programme, None);
        assert!(checked.problems.iter().any(|p| p.path == "sessions[2].id"));
    }

    #[test]
    fn a_schedule_json_opens_as_the_v1_file_it_makes_and_a_broken_text_as_problems() {
        let Opening::Form(form) = open_form(
            &read("tests/fixtures/schedule-tiny.json"),
            Lang::En,
            &SerdeJson,
            &JiffZones,
        ) else {
            panic!("not a form");
        };
        assert!(check(&form, &SerdeJson, &JiffZones).programme.is_some());
        let Opening::Problems(lines) = open_form("{ nope", Lang::En, &SerdeJson, &JiffZones) else {
            panic!("a form");
        };
        assert_eq!(lines.len(), 1);
    }

    #[test]
    fn the_seeds_rows_in_the_seeds_form_make_the_seeds_file() {
        let mut empty = seed_form();
        empty.items.clear();
        let (lines, form) = rows_into_form(
            &read("tests/fixtures/seed-rows.tsv"),
            &empty,
            Lang::En,
            &SerdeJson,
        );
        assert_eq!(lines, vec!["8 row(s) read, 0 skipped.".to_owned()]);
        assert_eq!(form.expect("rows").text(), read("assets/programme.json"));
    }

    #[test]
    fn field_ids_are_unique_names_without_brackets() {
        assert_eq!(field_id("sessions[2].start"), "f-sessions-2-start");
        assert_eq!(field_id("event.links[0].url"), "f-event-links-0-url");
        assert_ne!(field_id("sessions[1].id"), field_id("sessions[11].id"));
    }

    #[test]
    fn the_preview_spans_the_day_on_whole_five_minutes() {
        let p = seed();
        let (low, high) = preview_range(&p).unwrap();
        assert_eq!(low % 300, 0);
        assert_eq!(high % 300, 0);
        assert_eq!(low, p.items[0].start.0 - 1800);
        assert!(high >= p.items[7].start.0 + 1800);
        assert_eq!(preview_start(&p), Some(p.items[0].start));
        assert_eq!(preview_range(&Programme::default()), None);
    }

    #[test]
    fn a_skipped_row_is_reported_by_row_the_rows_read_replacing_the_items() {
        let tsv = "start\ttitle_en\n09:00\tOpening\nsoon\tTalk\n";
        let (lines, form) = rows_into_form(tsv, &seed_form(), Lang::En, &SerdeJson);
        assert_eq!(lines[0], "1 row(s) read, 1 skipped.");
        assert!(lines[1].starts_with("Row 3: "), "{lines:?}");
        // The row skipped is said; the organiser fixes it in the spreadsheet.
        assert_eq!(form.expect("rows read").items.len(), 1);
    }

    #[test]
    fn rows_without_a_start_column_say_so_and_change_nothing() {
        let (lines, form) = rows_into_form("title_en\nTalk\n", &seed_form(), Lang::En, &SerdeJson);
        assert_eq!(form, None);
        assert_eq!(lines.len(), 1);
        assert!(lines[0].contains("start"));
    }
}
