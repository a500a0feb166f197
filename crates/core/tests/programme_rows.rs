//! Rows pasted from a spreadsheet (issue 15): the seed's rows give the
//! seed's programme, and what cannot be read is reported by row, in both
//! languages.

mod common;

use common::{fixture, repo_text};
use live_agenda_core::i18n::editor::{
    column_note_line, row_note_line, row_problem_line, rows_error_message,
};
use live_agenda_core::i18n::Lang;
use live_agenda_core::programme::rows::{
    import_rows, ColumnNote, RowNote, RowProblem, RowsError, RowsImport,
};
use live_agenda_core::programme::{
    load, parse_date, write, Event, JiffZones, ProblemKind, Programme, SerdeJson, Text,
};

fn seed() -> Programme {
    load(&repo_text("assets/programme.json"), &JiffZones)
        .unwrap()
        .programme
}

fn import(tsv: &str, event: &Event) -> RowsImport {
    import_rows(tsv, event, &SerdeJson, &JiffZones).expect("rows read")
}

/// An event on the seed's day in Paris, for small pastes.
fn event() -> Event {
    Event {
        title: Text::single("fr", "Atelier"),
        timezone: "Europe/Paris".into(),
        date: parse_date("2022-11-24"),
        ..Event::default()
    }
}

fn programme(rows: &RowsImport) -> &Programme {
    let loaded = rows
        .loaded
        .as_ref()
        .unwrap_or_else(|p| panic!("{p:#?}\n{}", rows.text));
    &loaded.programme
}

#[test]
fn the_seeds_rows_give_the_seeds_programme() {
    let seed = seed();
    let rows = import(&fixture("seed-rows.tsv"), &seed.event);
    assert_eq!(programme(&rows), &seed);
    assert_eq!(rows.report.rows, (2..=9).collect::<Vec<_>>());
    assert!(rows.report.skipped.is_empty() && rows.report.notes.is_empty());
    assert!(rows.report.columns.is_empty());
    // And written out, it is the seed's file itself.
    assert_eq!(
        write(programme(&rows), &JiffZones),
        repo_text("assets/programme.json")
    );
}

#[test]
fn windows_line_endings_and_trailing_empty_lines_change_nothing() {
    let seed = seed();
    let tsv = fixture("seed-rows.tsv").replace('\n', "\r\n") + "\r\n\t\t\r\n";
    let rows = import(&tsv, &seed.event);
    assert_eq!(programme(&rows), &seed);
    assert!(rows.report.skipped.is_empty(), "{:?}", rows.report.skipped);
}

#[test]
fn a_row_with_a_bad_time_or_no_title_is_skipped_and_said() {
    let tsv = "start\tend\ttitle_en\n\
               13:30\t\tWelcome\n\
               25:00\t\tToo late\n\
               14:00\t14h7\tBad end\n\
               15:00\t\t\n\
               \t\tNo start\n\
               16:00\t\tEnd\n";
    let rows = import(tsv, &event());
    let ids: Vec<&str> = programme(&rows)
        .items
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(ids, ["welcome", "end"]);
    assert_eq!(rows.report.rows, [2, 7]);
    let bad = |column, value: &str| RowProblem::BadTime {
        column,
        value: value.into(),
    };
    assert_eq!(
        rows.report.skipped,
        [
            (3, bad("start", "25:00")),
            (4, bad("end", "14h7")),
            (5, RowProblem::MissingTitle),
            (6, RowProblem::MissingStart),
        ]
    );
    let (row, problem) = &rows.report.skipped[0];
    assert_eq!(
        row_problem_line(Lang::En, *row, problem),
        "Row 3: \u{201c}25:00\u{201d} (start) is not a time (HH:MM, or an RFC 3339 date-time with offset); row skipped."
    );
    assert_eq!(
        row_problem_line(Lang::Fr, 5, &RowProblem::MissingTitle),
        "Ligne 5\u{a0}: pas de titre (title_fr, title_en…)\u{a0}; ligne ignorée."
    );
}

#[test]
fn unknown_and_repeated_columns_are_reported_and_ignored() {
    let tsv = "Start\tTitle EN\tNotes\ttitle_en\n13:30\tWelcome\tbring coffee\tOther\n";
    let rows = import(tsv, &event());
    let item = &programme(&rows).items[0];
    assert_eq!(item.title, Text::single("en", "Welcome"));
    assert_eq!(
        rows.report.columns,
        [
            ColumnNote::Unknown("Notes".into()),
            ColumnNote::Repeated("title_en".into())
        ]
    );
    assert_eq!(
        column_note_line(Lang::Fr, &rows.report.columns[0]),
        "Colonne «\u{a0}Notes\u{a0}» inconnue, ignorée (connues\u{a0}: start, end, kind, speakers, title_fr, title_en, abstract_fr, abstract_en, room, track, id)."
    );
    assert!(column_note_line(Lang::En, &rows.report.columns[1])
        .starts_with("Column \u{201c}title_en\u{201d} repeated"));
}

#[test]
fn a_quoted_multi_line_abstract_keeps_its_paragraphs_and_quotes() {
    let tsv = "start\ttitle_fr\tabstract_fr\tspeakers\n\
               14:00\tExposé\t\"Un «\u{a0}vrai\u{a0}» \"\"test\"\"\r\n\r\nSecond\tparagraphe.\"\tAda Lovelace; Alan Turing\n";
    let rows = import(tsv, &event());
    let item = &programme(&rows).items[0];
    assert_eq!(
        item.abstract_.as_ref().and_then(|a| a.get("fr")),
        Some("Un «\u{a0}vrai\u{a0}» \"test\"\n\nSecond\tparagraphe.")
    );
    assert_eq!(names(&item.speakers), ["Ada Lovelace", "Alan Turing"]);
    assert_eq!(item.id, "expose");
}

#[test]
fn a_comma_in_speakers_is_one_name_and_noted() {
    let tsv = "start\ttitle_en\tspeakers\n14:00\tTalk\tLovelace, Ada\n";
    let rows = import(tsv, &event());
    assert_eq!(
        names(&programme(&rows).items[0].speakers),
        ["Lovelace, Ada"]
    );
    let note = RowNote::CommaInSpeakers {
        value: "Lovelace, Ada".into(),
    };
    assert_eq!(rows.report.notes, [(2, note.clone())]);
    assert_eq!(
        row_note_line(Lang::En, 2, &note),
        "Row 2: \u{201c}Lovelace, Ada\u{201d} is read as one name; separate speakers with \u{201c};\u{201d}."
    );
}

#[test]
fn a_speakers_affiliation_and_page_are_read_as_the_editors_field_reads_them() {
    let tsv =
        "start\ttitle_en\tspeakers\n14:00\tTalk\tAda Lovelace (Engines) https://ada.example; Bob\n";
    let rows = import(tsv, &event());
    let speakers = &programme(&rows).items[0].speakers;
    assert_eq!(names(speakers), ["Ada Lovelace", "Bob"]);
    assert_eq!(speakers[0].affiliation.as_deref(), Some("Engines"));
    assert_eq!(speakers[0].url.as_deref(), Some("https://ada.example"));
    assert_eq!(
        (
            speakers[1].affiliation.as_deref(),
            speakers[1].url.as_deref()
        ),
        (None, None)
    );
}

#[test]
fn the_loaders_problems_keep_their_paths_and_say_their_row() {
    // A duplicate id and an end before its start: the loader's checks.
    let tsv = "id\tstart\tend\ttitle_en\n\
               a\t13:30\t\tA\n\
               \t\t\t\n\
               a\t14:00\t13:00\tB\n";
    let rows = import(tsv, &event());
    let problems = rows.loaded.as_ref().expect_err("invalid");
    let found: Vec<(&str, Option<usize>)> = problems
        .iter()
        .map(|p| (p.path.as_str(), rows.report.row_of(&p.path)))
        .collect();
    assert_eq!(
        found,
        [("sessions[1].id", Some(4)), ("sessions[1].end", Some(4))]
    );
    assert!(matches!(problems[0].kind, ProblemKind::DuplicateId { .. }));
    // The same problems as check-programme gives for the written file.
    assert_eq!(&load(&rows.text, &JiffZones).unwrap_err(), problems);
}

#[test]
fn times_with_an_offset_and_generated_ids() {
    let tsv = "start\ttitle_en\n\
               2022-11-25T09:00:00+01:00\tPause\n\
               2022-11-25T10:00:00+01:00\tPause\n";
    let rows = import(tsv, &event());
    let items = &programme(&rows).items;
    assert_eq!(items[0].start.0, 1_669_363_200);
    assert_eq!(
        (items[0].id.as_str(), items[1].id.as_str()),
        ("pause", "pause-2")
    );
}

#[test]
fn a_paste_without_start_or_title_column_is_refused_in_words() {
    let err = |tsv: &str| import_rows(tsv, &event(), &SerdeJson, &JiffZones).unwrap_err();
    assert_eq!(err("title_en\nA\n"), RowsError::NoStartColumn);
    assert_eq!(err("start\ttitle\n13:00\tA\n"), RowsError::NoTitleColumn);
    assert_eq!(err("\n\t\n"), RowsError::Empty);
    assert_eq!(
        rows_error_message(Lang::Fr, &RowsError::Empty),
        "Il n’y a aucune ligne à lire."
    );
    assert_eq!(
        rows_error_message(Lang::En, &RowsError::NoStartColumn),
        "The first row must name the columns, \u{201c}start\u{201d} (the start time) among them."
    );
}

/// The speakers' names (rows give names only).
fn names(speakers: &[live_agenda_core::programme::Speaker]) -> Vec<&str> {
    speakers.iter().map(|s| s.name.as_str()).collect()
}
