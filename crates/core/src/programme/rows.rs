//! Rows pasted from a spreadsheet (issue 15): tab-separated text, as
//! LibreOffice, Excel and Google Sheets put it on the clipboard, into a v1
//! file, then through [`super::load_with`], so that every problem is the
//! one `check-programme` gives, with its path (`sessions[3].end`), and
//! [`RowsReport::row_of`] says which row that is.
//!
//! The rules:
//! - **Rows**: separated by `\n` or `\r\n`; cells by tabs. A cell that
//!   starts with `"` is quoted, as spreadsheets write a cell holding a tab,
//!   a newline or a quote: it runs to the next lone `"`, and `""` in it is
//!   one `"`. Rows are numbered as in the spreadsheet: the header is row 1.
//!   A row whose cells are all blank (a trailing empty line, a gap) is no
//!   row of the programme and is passed over silently.
//! - **Header**: the first row names the columns, in any order, case and
//!   spaces aside (`Title FR` is `title_fr`): `start`, `end`, `kind`,
//!   `speakers`, `title_<lang>`, `abstract_<lang>` (a language code of two
//!   or three letters: `fr`, `en`, …), `room`, `track`, `id`. Other columns
//!   are reported and ignored, and so is a column named twice (the first
//!   one counts). `start` and one `title_…` are required.
//! - **Times**: `HH:MM` on the event's date in its zone (`9:00`, `09:00:00`
//!   as a time cell is copied, and the French `9h00`, `9 h`, are read as
//!   `09:00`), or RFC 3339 with an offset (`2022-11-25T09:00:00+01:00`).
//! - **Speakers**: separated by `;` or by a newline in the cell. A comma is
//!   part of a name (`Fercoq, Olivier`); a cell with a comma and no `;` is
//!   read as one speaker and noted in the report, in case it was a list.
//!   Each is read as a line of the editor's speakers field: `Name
//!   (Affiliation)`, then a `https://` page if there is one.
//! - **Texts**: titles and cells trimmed; abstracts keep their paragraphs
//!   (`\r\n` in a cell becomes `\n`). The languages of a text follow the
//!   columns' order.
//! - **Ids**: the `id` cell, else one made from the title (`welcome`,
//!   `pause-2` for the second "Pause"): stable when rows are pasted again
//!   in another order, unlike a row number.
//! - A row is **skipped**, with its number and why, when its start is
//!   missing, a time is not one, or it has no title; every other check is
//!   the loader's.

use super::form::parse_speaker_line;
use super::json_out::JsonOut;
use super::model::{Event, Speaker};
use super::time::TimeSpec;
use super::value::JsonParser;
use super::write::{write_event, write_speaker};
use super::{load_with, Loaded, Problem, TimeZones};

/// A column the import understands.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Column {
    Start,
    End,
    Kind,
    Speakers,
    Title(String),
    Abstract(String),
    Room,
    Track,
    Id,
}

/// Why a row was not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowProblem {
    /// The `start` cell is empty.
    MissingStart,
    /// A `start` or `end` cell is neither `HH:MM` nor RFC 3339.
    BadTime { column: &'static str, value: String },
    /// No `title_…` cell has text.
    MissingTitle,
}

/// Something read, but worth a look.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowNote {
    /// A speakers cell with a comma and no `;`: read as one name.
    CommaInSpeakers { value: String },
    /// Cells beyond the last named column, not empty: ignored.
    ExtraCells { count: usize },
}

/// A column of the header that is not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ColumnNote {
    /// Not a column name the import knows (as written).
    Unknown(String),
    /// A name already given to an earlier column.
    Repeated(String),
}

/// Why nothing could be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowsError {
    /// No row with any text.
    Empty,
    /// The header names no `start` column.
    NoStartColumn,
    /// The header names no `title_…` column.
    NoTitleColumn,
}

/// What the import read and what it did not.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RowsReport {
    /// For each session of the v1 text, in order, the row it came from.
    pub rows: Vec<usize>,
    /// Rows not read: (row number, why), in row order.
    pub skipped: Vec<(usize, RowProblem)>,
    /// Rows read with a remark: (row number, remark).
    pub notes: Vec<(usize, RowNote)>,
    /// Header columns ignored.
    pub columns: Vec<ColumnNote>,
}

impl RowsReport {
    /// The row of a loader's problem path (`sessions[3].end` → the row of
    /// the fourth session read), if the path is inside a session.
    pub fn row_of(&self, path: &str) -> Option<usize> {
        let rest = path.strip_prefix("sessions[")?;
        let index: usize = rest[..rest.find(']')?].parse().ok()?;
        self.rows.get(index).copied()
    }
}

/// The rows as a v1 text and the report; the text is what is loaded.
#[derive(Clone, Debug, PartialEq)]
pub struct RowsImport {
    /// The v1 file: `event`, then one session per row read.
    pub text: String,
    pub report: RowsReport,
    /// What [`load_with`] makes of `text`.
    pub loaded: Result<Loaded, Vec<Problem>>,
}

/// Reads `tsv` (see the module's rules) into a v1 programme of `event`,
/// then loads it with `json` and `tz`.
pub fn import_rows(
    tsv: &str,
    event: &Event,
    json: &dyn JsonParser,
    tz: &dyn TimeZones,
) -> Result<RowsImport, RowsError> {
    let (text, report) = rows_to_v1(tsv, event)?;
    let loaded = load_with(&text, json, tz);
    Ok(RowsImport {
        text,
        report,
        loaded,
    })
}

/// The v1 text of `tsv`'s rows in `event`, and the report, before loading.
pub fn rows_to_v1(tsv: &str, event: &Event) -> Result<(String, RowsReport), RowsError> {
    let tsv = tsv.strip_prefix('\u{feff}').unwrap_or(tsv);
    let mut rows = records(tsv)
        .into_iter()
        .enumerate()
        .map(|(i, cells)| (i + 1, cells))
        .filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()));
    let (_, header) = rows.next().ok_or(RowsError::Empty)?;
    let mut report = RowsReport::default();
    let columns = header_columns(&header, &mut report.columns);
    if !columns.iter().any(|c| c == &Some(Column::Start)) {
        return Err(RowsError::NoStartColumn);
    }
    if !columns.iter().any(|c| matches!(c, Some(Column::Title(_)))) {
        return Err(RowsError::NoTitleColumn);
    }
    let mut sessions = Vec::new();
    for (number, cells) in rows {
        match read_row(&columns, &cells) {
            Ok((session, notes)) => {
                report.rows.push(number);
                report.notes.extend(notes.into_iter().map(|n| (number, n)));
                sessions.push(session);
            }
            Err(problem) => report.skipped.push((number, problem)),
        }
    }
    give_ids(&mut sessions);
    Ok((v1_text(event, &sessions), report))
}

/// Splits the text into rows of cells, quotes undone.
fn records(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    let mut at_cell_start = true;
    while let Some(c) = chars.next() {
        match c {
            '"' if at_cell_start => {
                // A quoted cell: to the lone closing quote.
                while let Some(q) = chars.next() {
                    if q == '"' {
                        if chars.peek() == Some(&'"') {
                            chars.next();
                            cell.push('"');
                        } else {
                            break;
                        }
                    } else {
                        cell.push(q);
                    }
                }
                at_cell_start = false;
            }
            '\t' => {
                row.push(std::mem::take(&mut cell));
                at_cell_start = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
                at_cell_start = true;
            }
            c => {
                cell.push(c);
                at_cell_start = false;
            }
        }
    }
    // The last row, unless the text ended with its newline.
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    rows
}

/// The header's columns (`None`: ignored, and said in `notes`).
fn header_columns(header: &[String], notes: &mut Vec<ColumnNote>) -> Vec<Option<Column>> {
    let mut seen: Vec<Column> = Vec::new();
    header
        .iter()
        .map(|name| {
            let column = column(name);
            match column {
                None if name.trim().is_empty() => None,
                None => {
                    notes.push(ColumnNote::Unknown(name.trim().to_owned()));
                    None
                }
                Some(c) if seen.contains(&c) => {
                    notes.push(ColumnNote::Repeated(name.trim().to_owned()));
                    None
                }
                Some(c) => {
                    seen.push(c.clone());
                    Some(c)
                }
            }
        })
        .collect()
}

/// The column a header cell names: case, spaces and hyphens aside.
fn column(name: &str) -> Option<Column> {
    let name: String = name
        .trim()
        .chars()
        .map(|c| match c {
            ' ' | '-' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    let lang = |prefix: &str| {
        let code = name.strip_prefix(prefix)?;
        let ok = (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase());
        ok.then(|| code.to_owned())
    };
    Some(match name.as_str() {
        "start" => Column::Start,
        "end" => Column::End,
        "kind" => Column::Kind,
        "speakers" => Column::Speakers,
        "room" => Column::Room,
        "track" => Column::Track,
        "id" => Column::Id,
        _ => {
            if let Some(l) = lang("title_") {
                Column::Title(l)
            } else {
                Column::Abstract(lang("abstract_")?)
            }
        }
    })
}

/// One row as the v1 session's fields.
#[derive(Default)]
struct Session {
    id: Option<String>,
    kind: Option<String>,
    start: String,
    end: Option<String>,
    speakers: Vec<Speaker>,
    title: Vec<(String, String)>,
    abstract_: Vec<(String, String)>,
    room: Option<String>,
    track: Option<String>,
}

fn read_row(
    columns: &[Option<Column>],
    cells: &[String],
) -> Result<(Session, Vec<RowNote>), RowProblem> {
    let mut s = Session::default();
    let mut notes = Vec::new();
    let extra = cells
        .iter()
        .skip(columns.len())
        .filter(|c| !c.trim().is_empty())
        .count();
    if extra > 0 {
        notes.push(RowNote::ExtraCells { count: extra });
    }
    let mut start = None;
    for (column, cell) in columns.iter().zip(cells) {
        let Some(column) = column else { continue };
        let cell = cell.replace("\r\n", "\n");
        let value = cell.trim();
        if value.is_empty() {
            continue;
        }
        let owned = || Some(value.to_owned());
        match column {
            Column::Start => start = Some(time(value, "start")?),
            Column::End => s.end = Some(time(value, "end")?),
            Column::Kind => s.kind = Some(value.to_lowercase()),
            Column::Speakers => {
                if value.contains(',') && !value.contains(';') && !value.contains('\n') {
                    notes.push(RowNote::CommaInSpeakers {
                        value: value.to_owned(),
                    });
                }
                s.speakers = value
                    .split([';', '\n'])
                    .filter_map(parse_speaker_line)
                    .collect();
            }
            Column::Title(lang) => s.title.push((lang.clone(), value.to_owned())),
            Column::Abstract(lang) => s.abstract_.push((lang.clone(), value.to_owned())),
            Column::Room => s.room = owned(),
            Column::Track => s.track = owned(),
            Column::Id => s.id = owned(),
        }
    }
    s.start = start.ok_or(RowProblem::MissingStart)?;
    if s.title.is_empty() {
        return Err(RowProblem::MissingTitle);
    }
    Ok((s, notes))
}

/// A time cell as the file writes it: `HH:MM` (from `9:00`, `09:00:00`,
/// `9h00`, `9 h`), or RFC 3339 as written.
fn time(value: &str, column: &'static str) -> Result<String, RowProblem> {
    let bad = || RowProblem::BadTime {
        column,
        value: value.to_owned(),
    };
    if let Some(TimeSpec::Absolute(_)) = TimeSpec::parse(value) {
        return Ok(value.to_owned());
    }
    let compact: String = value.chars().filter(|c| !c.is_whitespace()).collect();
    let colon = compact.replace(['h', 'H'], ":");
    let colon = match colon.strip_suffix(':') {
        Some(hours) => format!("{hours}:00"),
        None => colon,
    };
    let hhmm = colon
        .strip_suffix(":00")
        .filter(|t| t.len() >= 4)
        .unwrap_or(&colon);
    match TimeSpec::parse(hhmm) {
        Some(TimeSpec::WallClock(t)) => Ok(super::time::hhmm(t)),
        _ => Err(bad()),
    }
}

/// Ids for the rows that have none, from their first title, unique among
/// every id of the paste.
fn give_ids(sessions: &mut [Session]) {
    let mut taken: Vec<String> = sessions.iter().filter_map(|s| s.id.clone()).collect();
    for s in sessions.iter_mut().filter(|s| s.id.is_none()) {
        let base = slug(&s.title[0].1);
        let base = if base.is_empty() {
            "item".to_owned()
        } else {
            base
        };
        let mut id = base.clone();
        let mut n = 2;
        while taken.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        taken.push(id.clone());
        s.id = Some(id);
    }
}

/// `Fin de l’atelier` → `fin-de-l-atelier`: lower case ASCII letters and
/// digits, accents dropped, anything else a single `-`; at most 40 bytes.
fn slug(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' => 'a',
            'ç' => 'c',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' | 'í' | 'ì' => 'i',
            'ô' | 'ö' | 'ó' | 'ò' | 'õ' => 'o',
            'ù' | 'û' | 'ü' | 'ú' => 'u',
            'ÿ' | 'ý' => 'y',
            'ñ' => 'n',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            if out.len() >= 40 {
                break;
            }
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

fn v1_text(event: &Event, sessions: &[Session]) -> String {
    let mut w = JsonOut::default();
    w.begin_object();
    w.key("version").int(1);
    w.key("event");
    write_event(&mut w, event);
    w.key("sessions").begin_array();
    for s in sessions {
        w.begin_object();
        let optional = |w: &mut JsonOut, key: &str, v: &Option<String>| {
            if let Some(v) = v {
                w.string_member(key, v);
            }
        };
        optional(&mut w, "id", &s.id);
        optional(&mut w, "kind", &s.kind);
        w.string_member("start", &s.start);
        optional(&mut w, "end", &s.end);
        if !s.speakers.is_empty() {
            w.key("speakers").begin_array();
            for speaker in &s.speakers {
                write_speaker(&mut w, speaker);
            }
            w.end_array();
        }
        let text = |w: &mut JsonOut, key: &str, t: &[(String, String)]| {
            if !t.is_empty() {
                w.key(key).begin_object();
                for (lang, t) in t {
                    w.string_member(lang, t);
                }
                w.end_object();
            }
        };
        text(&mut w, "title", &s.title);
        text(&mut w, "abstract", &s.abstract_);
        optional(&mut w, "room", &s.room);
        optional(&mut w, "track", &s.track);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_cells_hold_tabs_newlines_and_quotes() {
        let rows = records("a\t\"b\tc\r\nd \"\"e\"\"\"\tf\r\ng\n");
        assert_eq!(rows, [vec!["a", "b\tc\r\nd \"e\"", "f"], vec!["g"]]);
        // A quote inside an unquoted cell is just a character.
        assert_eq!(records("x\"y\tz"), [vec!["x\"y", "z"]]);
    }

    #[test]
    fn times_are_read_as_spreadsheets_copy_them() {
        for (cell, expected) in [
            ("9:00", "09:00"),
            ("14:15", "14:15"),
            ("14:15:00", "14:15"),
            ("14h15", "14:15"),
            ("9 h", "09:00"),
            ("2022-11-25T09:00:00+01:00", "2022-11-25T09:00:00+01:00"),
        ] {
            assert_eq!(time(cell, "start").as_deref(), Ok(expected), "{cell}");
        }
        for cell in ["14:15:30", "25:00", "noon", "2022-11-25T09:00:00", "14.15"] {
            assert!(time(cell, "start").is_err(), "{cell}");
        }
    }

    #[test]
    fn slugs_are_plain_ascii() {
        assert_eq!(slug("Fin de l’atelier"), "fin-de-l-atelier");
        assert_eq!(slug("  Écoute — « ça » !"), "ecoute-ca");
        assert_eq!(slug("🎉"), "");
    }
}
