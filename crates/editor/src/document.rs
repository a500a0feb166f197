//! What the editor shows, decided from the core: an opened file's problems
//! (the words and paths of `check-programme`) or its items, the report of
//! rows pasted from a spreadsheet, and the file to download.

use live_agenda_core::i18n::editor::{
    column_note_line, row_label, row_note_line, row_problem_line, rows_error_message, rows_summary,
};
use live_agenda_core::i18n::{format_time_range, problem_line, Lang};
use live_agenda_core::programme::rows::import_rows;
use live_agenda_core::programme::{
    load_with, write, Event, JsonParser, Problem, Programme, TimeZones,
};

/// One item of a valid programme as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemLine {
    pub id: String,
    /// "13:30–13:45" (or "13 h 30 – 13 h 45"), in the event's zone.
    pub when: String,
    pub title: String,
    /// The speakers, separated by commas; empty when there are none.
    pub speakers: String,
}

/// A problem as the editor lists it: beside its field's path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProblemShown {
    /// The field's path (`sessions[2].id`), empty for the whole file.
    pub path: String,
    /// `check-programme`'s line: `path: message`.
    pub line: String,
}

/// What opening a text gives: its problems, or a programme.
#[derive(Clone, Debug, PartialEq)]
pub enum Opened {
    /// Every problem (errors and warnings), in file order.
    Invalid(Vec<ProblemShown>),
    /// A valid programme and its warnings.
    Valid {
        programme: Programme,
        warnings: Vec<ProblemShown>,
    },
}

/// Loads `text` as `check-programme` does (`load_with`), its problems in
/// `lang`'s words.
pub fn open(text: &str, lang: Lang, json: &dyn JsonParser, tz: &dyn TimeZones) -> Opened {
    match load_with(text, json, tz) {
        Ok(loaded) => Opened::Valid {
            programme: loaded.programme,
            warnings: lines(lang, &loaded.warnings),
        },
        Err(problems) => Opened::Invalid(lines(lang, &problems)),
    }
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

/// The items of `programme` as the list shows them, in the file's order.
pub fn item_lines(programme: &Programme, lang: Lang, tz: &dyn TimeZones) -> Vec<ItemLine> {
    let zone = &programme.event.timezone;
    programme
        .items
        .iter()
        .map(|item| {
            let when = match (tz.local(zone, item.start), tz.local(zone, item.end)) {
                (Ok(start), Ok(end)) if item.end != item.start => {
                    format_time_range(lang, start.time, end.time)
                }
                (Ok(start), _) => live_agenda_core::i18n::format_time(lang, start.time),
                _ => String::new(),
            };
            let title = item
                .title
                .pick(lang.code(), &[lang.other().code()])
                .map(|(_, text)| text.to_owned())
                .unwrap_or_default();
            ItemLine {
                id: item.id.clone(),
                when,
                title,
                speakers: item.speakers.join(", "),
            }
        })
        .collect()
}

/// What pasting rows gives: the report's lines, by row, and the programme
/// when the result is valid.
#[derive(Clone, Debug, PartialEq)]
pub struct RowsOutcome {
    pub lines: Vec<String>,
    pub programme: Option<Programme>,
}

/// Reads pasted rows into a programme of `event` (`import_rows`): the
/// summary, the ignored columns, each skipped or remarked row, then the
/// loader's problems with the row they come from.
pub fn paste_rows(
    tsv: &str,
    event: &Event,
    lang: Lang,
    json: &dyn JsonParser,
    tz: &dyn TimeZones,
) -> RowsOutcome {
    let import = match import_rows(tsv, event, json, tz) {
        Ok(import) => import,
        Err(error) => {
            return RowsOutcome {
                lines: vec![rows_error_message(lang, &error).to_owned()],
                programme: None,
            }
        }
    };
    let report = &import.report;
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
    let (problems, programme) = match import.loaded {
        Ok(loaded) => (loaded.warnings, Some(loaded.programme)),
        Err(problems) => (problems, None),
    };
    lines.extend(problems.iter().map(|p| {
        let line = problem_line(lang, p);
        match report.row_of(&p.path) {
            Some(row) => format!("{}{line}", row_label(lang, row)),
            None => line,
        }
    }));
    // A skipped row is a row lost: nothing to download until it is fixed.
    let programme = programme.filter(|_| report.skipped.is_empty());
    RowsOutcome { lines, programme }
}

/// The file to download: the programme as its v1 text.
pub fn download_text(programme: &Programme, tz: &dyn TimeZones) -> String {
    write(programme, tz)
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
        match open(
            &read("assets/programme.json"),
            Lang::En,
            &SerdeJson,
            &JiffZones,
        ) {
            Opened::Valid { programme, .. } => programme,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_seed_opens_with_its_eight_items_times_titles_and_speakers() {
        let lines = item_lines(&seed(), Lang::En, &JiffZones);
        assert_eq!(lines.len(), 8);
        assert_eq!(lines[1].title, "On the convergence of the ADAM algorithm");
        assert_eq!(lines[1].speakers, "Olivier Fercoq");
        assert!(lines[1].when.contains("13:45"), "{}", lines[1].when);
        // The end item has no length: only its start.
        assert_eq!(lines[7].when, "16:40");
    }

    #[test]
    fn a_duplicate_id_is_shown_with_its_path_in_the_checkers_words() {
        let text = read("tests/fixtures/duplicate-id.json");
        let Opened::Invalid(lines) = open(&text, Lang::Fr, &SerdeJson, &JiffZones) else {
            panic!("valid");
        };
        let want: Vec<String> = load_with(&text, &SerdeJson, &JiffZones)
            .unwrap_err()
            .iter()
            .map(|p| problem_line(Lang::Fr, p))
            .collect();
        let shown: Vec<String> = lines.iter().map(|p| p.line.clone()).collect();
        assert_eq!(shown, want);
        assert!(lines
            .iter()
            .any(|p| p.path == "sessions[2].id" && p.line.starts_with("sessions[2].id: ")));
    }

    #[test]
    fn the_seeds_rows_with_the_seeds_event_download_as_the_seeds_file() {
        let event = seed().event;
        let out = paste_rows(
            &read("tests/fixtures/seed-rows.tsv"),
            &event,
            Lang::En,
            &SerdeJson,
            &JiffZones,
        );
        assert_eq!(out.lines, vec!["8 row(s) read, 0 skipped.".to_owned()]);
        let programme = out.programme.expect("valid");
        assert_eq!(
            download_text(&programme, &JiffZones),
            read("assets/programme.json")
        );
    }

    #[test]
    fn a_skipped_row_is_reported_by_row_and_leaves_nothing_to_download() {
        let tsv = "start\ttitle_en\n09:00\tOpening\nsoon\tTalk\n";
        let out = paste_rows(tsv, &seed().event, Lang::En, &SerdeJson, &JiffZones);
        assert_eq!(out.lines[0], "1 row(s) read, 1 skipped.");
        assert!(out.lines[1].starts_with("Row 3: "), "{:?}", out.lines);
        assert_eq!(out.programme, None);
    }

    #[test]
    fn rows_without_a_start_column_say_so() {
        let out = paste_rows(
            "title_en\nTalk\n",
            &seed().event,
            Lang::En,
            &SerdeJson,
            &JiffZones,
        );
        assert_eq!(out.programme, None);
        assert_eq!(out.lines.len(), 1);
        assert!(out.lines[0].contains("start"));
    }
}
