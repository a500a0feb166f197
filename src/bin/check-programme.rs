//! `check-programme [--lang fr|en] [--json [--html] | --html [--src URL]
//! [--widget URL]] FILE`: reads a
//! programme file (v1 or `schedule.json`; `-` is standard input) as the
//! widget would.
//!
//! By default it prints either the programme it understood (the organisers'
//! notice if any, then one line per item, in the event's time zone, delayed
//! items with their delay and planned start) and any warnings, or every
//! error with the path of its field.
//!
//! With `--json` it prints one JSON object instead (`core::check`), for the
//! WordPress plugin, which validates every saved programme through it:
//! `{"valid", "errors": [{"path", "message"}], "warnings": […], "title",
//! "timezone", "days"}`,
//! and with `--html` the programme as static HTML (`core::static_html`) for
//! visitors without JavaScript. The sentences are the human report's.
//!
//! With `--html` alone it prints what to paste into a page of any host:
//! the widget's mount point holding the programme as HTML (the fallback for
//! readers without JavaScript), then the loader (`static_html::embed_snippet`;
//! `--src`: the programme's URL as the page sees it, by default FILE's name;
//! `--widget`: the loader's, by default `live-agenda.js`). An invalid file
//! gives the report's errors instead (exit 1). With `--html --first-paint
//! CSS` it prints instead what the standalone page's mount point holds
//! before any script runs (`make dist` puts it in `index.html`): the
//! widget's first render as a declarative shadow root, its stylesheet at
//! the URL CSS (`static_html::first_paint_html`).
//!
//! With `--from tsv` FILE holds rows pasted from a spreadsheet
//! (`core::programme::rows`), for the event of `--event FILE` (a valid
//! programme: its event is kept, its items replaced) or of `--timezone`,
//! `--date`, `--title-fr` / `--title-en`; it prints the programme as a v1
//! file on standard output, what was read on standard error, or, when a row
//! was skipped or the result is invalid, only the report (exit 1).
//!
//! Exit status: 0 valid (warnings allowed), 1 invalid, 2 unreadable input
//! or bad usage (with `--json`, a file over the size limit is unreadable
//! too). Native only: on wasm32 `main` is an empty stub.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(native::run(std::env::args().skip(1).collect()))
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::io::{self, Read, Write};

    use live_agenda_core::check::{report, unreadable_report, Verdict};
    use live_agenda_core::display::speakers_line;
    use live_agenda_core::i18n::cli::{
        cli_word, invalid_summary, programme_summary, CliWord, Unreadable,
    };
    use live_agenda_core::i18n::editor::{
        column_note_line, row_label, row_note_line, row_problem_line, rows_error_message,
        rows_summary,
    };
    use live_agenda_core::i18n::{problem_line, Lang};
    use live_agenda_core::programme::rows::{import_rows, RowsReport};
    use live_agenda_core::programme::{
        hhmm, iso_date, load, parse_date, write, CivilDate, Event, Item, JiffZones, Loaded,
        Problem, SerdeJson, Text, TimeZones, MAX_FILE_BYTES,
    };
    use live_agenda_core::static_html::{
        declarative_shadow_root, embed_snippet, first_paint_html, programme_html,
    };

    const USAGE: &str = "usage: check-programme [--lang fr|en] [--json [--html]] FILE\n\
        \x20      check-programme [--lang fr|en] --html [--src URL] [--widget URL] FILE\n\
        \x20      check-programme [--lang fr|en] --html --first-paint CSS FILE\n\
        \x20      check-programme [--lang fr|en] --from tsv (--event PROGRAMME |\n\
        \x20        --timezone AREA/CITY [--date YYYY-MM-DD] [--title-fr TEXT] [--title-en TEXT]) FILE\n\
        Checks a programme file (format v1, or a frab/pretalx schedule.json);\n\
        FILE - reads standard input.\n\
        \x20 --lang fr|en  the language of the report, the titles and the HTML (default en)\n\
        \x20 --json        one JSON object on standard output instead of the report:\n\
        \x20               {\"valid\", \"errors\": [{\"path\", \"message\"}], \"warnings\": [...],\n\
        \x20               \"title\" (when valid), \"html\" (with --html, when valid)}\n\
        \x20 --html        with --json: also the programme as static HTML; alone: the\n\
        \x20               snippet to paste into a page (the widget's mount point\n\
        \x20               holding the programme as HTML, then the loader)\n\
        \x20 --src URL     with --html: the programme's URL (default: FILE's name)\n\
        \x20 --widget URL  with --html: live-agenda.js's URL (default: live-agenda.js)\n\
        \x20 --first-paint CSS  with --html: instead of the snippet, the standalone\n\
        \x20               page's first paint (a declarative shadow root, the widget's\n\
        \x20               stylesheet at the URL CSS)\n\
        \x20 --from tsv    FILE holds rows pasted from a spreadsheet (a header row of\n\
        \x20               start, end, kind, speakers, title_fr, title_en, abstract_fr,\n\
        \x20               abstract_en, room, track, id): prints the v1 programme\n\
        \x20 --event PROGRAMME  with --from: the event of this programme file\n\
        \x20 --timezone, --date, --title-fr, --title-en  with --from: the event itself\n\
        Exit status: 0 valid, 1 invalid, 2 unreadable file or bad usage\n\
        (with --json, a file over the size limit is unreadable too).";

    struct Args {
        lang: Lang,
        json: bool,
        html: bool,
        /// `--html` alone: the programme's URL and the loader's, as given.
        src: Option<String>,
        widget: Option<String>,
        /// `--html --first-paint`: the widget's stylesheet's URL.
        first_paint: Option<String>,
        /// `--from tsv`: where the event comes from.
        from_tsv: Option<EventSource>,
        file: String,
    }

    /// The event pasted rows belong to.
    enum EventSource {
        /// A programme file, whose event is kept.
        File(String),
        /// Given by the flags.
        Flags(Event),
    }

    /// The flags that build an event, gathered before they are checked.
    #[derive(Default)]
    struct EventFlags {
        file: Option<String>,
        zone: Option<String>,
        date: Option<CivilDate>,
        title: Text,
    }

    /// Runs the command; returns the exit status. Output errors (a closed
    /// pipe) are ignored rather than turned into panics.
    pub fn run(args: Vec<String>) -> u8 {
        let args = match parse_args(args) {
            Ok(Some(args)) => args,
            Ok(None) => {
                let _ = writeln!(io::stdout(), "{USAGE}");
                return Verdict::Valid.code();
            }
            Err(msg) => {
                let _ = writeln!(io::stderr(), "check-programme: {msg}\n{USAGE}");
                return Verdict::Unusable.code();
            }
        };
        let text = read_text(&args.file);
        if let Some(source) = &args.from_tsv {
            return from_tsv(&args.file, text, source, args.lang);
        }
        if args.html && !args.json {
            return snippet(&args, text);
        }
        if args.json {
            let report = match text {
                Ok(text) => report(&load(&text, &JiffZones), args.lang, args.html, &JiffZones),
                Err(reason) => unreadable_report(args.lang, &reason),
            };
            let _ = writeln!(io::stdout(), "{}", report.json);
            return report.verdict.code();
        }
        let text = match text {
            Ok(text) => text,
            Err(reason) => return unreadable(&args.file, reason),
        };
        match load(&text, &JiffZones) {
            Ok(loaded) => {
                let _ = print_programme(&loaded, args.lang);
                Verdict::Valid.code()
            }
            Err(problems) => {
                let _ = print_problems(&args.file, &problems, args.lang);
                Verdict::Invalid.code()
            }
        }
    }

    /// `Ok(None)` for `--help`.
    fn parse_args(args: Vec<String>) -> Result<Option<Args>, String> {
        let mut lang = Lang::En;
        let (mut json, mut html) = (false, false);
        let (mut src, mut widget, mut first_paint) = (None, None, None);
        let mut file = None;
        let mut from = None;
        let mut event = EventFlags::default();
        let mut it = args.into_iter();
        while let Some(arg) = it.next() {
            let mut value = |name: &str| it.next().ok_or(format!("{name} takes a value"));
            match arg.as_str() {
                "-h" | "--help" => return Ok(None),
                "--from" => match value("--from")?.as_str() {
                    "tsv" => from = Some(()),
                    other => return Err(format!("--from takes tsv, not {other}")),
                },
                "--event" => event.file = Some(value("--event")?),
                "--timezone" => event.zone = Some(value("--timezone")?),
                "--date" => {
                    let date = value("--date")?;
                    let parsed = parse_date(&date);
                    event.date = Some(parsed.ok_or(format!("--date {date} is not YYYY-MM-DD"))?);
                }
                "--title-fr" => event.title.insert("fr".into(), value("--title-fr")?),
                "--title-en" => event.title.insert("en".into(), value("--title-en")?),
                "--lang" => match it.next().as_deref() {
                    Some("fr") => lang = Lang::Fr,
                    Some("en") => lang = Lang::En,
                    _ => return Err("--lang takes fr or en".to_owned()),
                },
                "--json" => json = true,
                "--html" => html = true,
                "--src" => src = Some(value("--src")?),
                "--widget" => widget = Some(value("--widget")?),
                "--first-paint" => first_paint = Some(value("--first-paint")?),
                _ if arg.starts_with('-') && arg != "-" => {
                    return Err(format!("unknown option {arg}"));
                }
                _ if file.is_some() => return Err("only one FILE, please".to_owned()),
                _ => file = Some(arg),
            }
        }
        if (src.is_some() || widget.is_some()) && (json || !html) {
            return Err("--src and --widget go with --html alone".to_owned());
        }
        if first_paint.is_some() && (json || !html || src.is_some() || widget.is_some()) {
            return Err("--first-paint goes with --html alone".to_owned());
        }
        if html && from.is_some() {
            return Err("--html goes without --from".to_owned());
        }
        let file = file.ok_or("missing FILE")?;
        // The snippet points at the programme: standard input has no name.
        if html && !json && file == "-" && src.is_none() && first_paint.is_none() {
            return Err("--html on standard input needs --src URL".to_owned());
        }
        let from_tsv = match from {
            Some(()) if json => return Err("--from goes without --json".to_owned()),
            Some(()) => Some(event_source(event)?),
            None if event.file.is_some() || event.zone.is_some() || event.date.is_some() => {
                return Err("--event, --timezone and --date go with --from tsv".to_owned());
            }
            None if !event.title.is_empty() => {
                return Err("--title-fr and --title-en go with --from tsv".to_owned());
            }
            None => None,
        };
        Ok(Some(Args {
            lang,
            json,
            html,
            src,
            widget,
            first_paint,
            from_tsv,
            file,
        }))
    }

    /// `--event` alone, or the event's own flags (a zone and a title).
    fn event_source(flags: EventFlags) -> Result<EventSource, String> {
        let own = flags.zone.is_some() || flags.date.is_some() || !flags.title.is_empty();
        match (flags.file, flags.zone) {
            (Some(_), _) if own => {
                Err("--event, or --timezone, --date and the titles: not both".to_owned())
            }
            (Some(file), _) => Ok(EventSource::File(file)),
            (None, None) => Err("--from tsv needs --event or --timezone".to_owned()),
            (None, Some(_)) if flags.title.is_empty() => {
                Err("--from tsv needs --title-fr or --title-en".to_owned())
            }
            (None, Some(timezone)) => Ok(EventSource::Flags(Event {
                title: flags.title,
                timezone,
                date: flags.date,
                ..Event::default()
            })),
        }
    }

    /// `--html` alone: the snippet to paste, or the report's errors.
    fn snippet(args: &Args, text: Result<String, Unreadable>) -> u8 {
        let text = match text {
            Ok(text) => text,
            Err(reason) => return unreadable(&args.file, reason),
        };
        let loaded = match load(&text, &JiffZones) {
            Ok(loaded) => loaded,
            Err(problems) => {
                let _ = print_problems(&args.file, &problems, args.lang);
                return Verdict::Invalid.code();
            }
        };
        if let Some(css) = &args.first_paint {
            let painted = first_paint_html(&loaded.programme, args.lang, &JiffZones);
            let _ = write!(io::stdout(), "{}", declarative_shadow_root(&painted, css));
            return Verdict::Valid.code();
        }
        // The file's own name: the programme uploaded beside the page.
        let name = std::path::Path::new(&args.file)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned());
        let Some(src) = args.src.clone().or(name.filter(|_| args.file != "-")) else {
            let _ = writeln!(
                io::stderr(),
                "check-programme: --html on standard input needs --src URL"
            );
            return Verdict::Unusable.code();
        };
        let widget = args.widget.as_deref().unwrap_or("live-agenda.js");
        let printed = programme_html(&loaded.programme, args.lang, &JiffZones);
        let _ = write!(io::stdout(), "{}", embed_snippet(&printed, &src, widget));
        Verdict::Valid.code()
    }

    /// `--from tsv`: the rows of `file` (its `text`) as a v1 programme on
    /// standard output, the report on standard error.
    fn from_tsv(
        file: &str,
        text: Result<String, Unreadable>,
        source: &EventSource,
        lang: Lang,
    ) -> u8 {
        let mut err = io::stderr().lock();
        let event = match source {
            EventSource::Flags(event) => event.clone(),
            EventSource::File(path) => match read_text(path).map(|t| load(&t, &JiffZones)) {
                Ok(Ok(loaded)) => loaded.programme.event,
                Ok(Err(problems)) => {
                    let _ = print_problems(path, &problems, lang);
                    return Verdict::Invalid.code();
                }
                Err(reason) => return unreadable(path, reason),
            },
        };
        let text = match text {
            Ok(text) => text,
            Err(reason) => return unreadable(file, reason),
        };
        let rows = match import_rows(&text, &event, &SerdeJson, &JiffZones) {
            Ok(rows) => rows,
            Err(e) => {
                let label = cli_word(lang, CliWord::Error);
                let _ = writeln!(err, "{file}: {label}: {}", rows_error_message(lang, &e));
                return Verdict::Invalid.code();
            }
        };
        let report = &rows.report;
        let _ = print_rows_report(&mut err, file, report, lang);
        match &rows.loaded {
            Ok(loaded) if report.skipped.is_empty() => {
                let _ = print_row_problems(&mut err, file, &loaded.warnings, report, lang);
                let _ = write!(io::stdout(), "{}", write(&loaded.programme, &JiffZones));
                Verdict::Valid.code()
            }
            Ok(loaded) => {
                let _ = print_row_problems(&mut err, file, &loaded.warnings, report, lang);
                Verdict::Invalid.code()
            }
            Err(problems) => {
                let _ = print_row_problems(&mut err, file, problems, report, lang);
                Verdict::Invalid.code()
            }
        }
    }

    /// What the rows import read and passed over, one line each.
    fn print_rows_report(
        out: &mut impl Write,
        file: &str,
        report: &RowsReport,
        lang: Lang,
    ) -> io::Result<()> {
        let (warning, error) = (
            cli_word(lang, CliWord::Warning),
            cli_word(lang, CliWord::Error),
        );
        for note in &report.columns {
            writeln!(out, "{file}: {warning}: {}", column_note_line(lang, note))?;
        }
        for (row, problem) in &report.skipped {
            writeln!(
                out,
                "{file}: {error}: {}",
                row_problem_line(lang, *row, problem)
            )?;
        }
        for (row, note) in &report.notes {
            writeln!(
                out,
                "{file}: {warning}: {}",
                row_note_line(lang, *row, note)
            )?;
        }
        let (read, skipped) = (report.rows.len(), report.skipped.len());
        writeln!(out, "{file}: {}", rows_summary(lang, read, skipped))
    }

    /// The loader's problems, as the checker says them, each after its row.
    fn print_row_problems(
        out: &mut impl Write,
        file: &str,
        problems: &[Problem],
        report: &RowsReport,
        lang: Lang,
    ) -> io::Result<()> {
        for p in problems {
            let word = if p.is_error() {
                CliWord::Error
            } else {
                CliWord::Warning
            };
            let row = report
                .row_of(&p.path)
                .map_or(String::new(), |r| row_label(lang, r));
            let line = problem_line(lang, p);
            writeln!(out, "{file}: {}: {row}{line}", cli_word(lang, word))?;
        }
        Ok(())
    }

    /// Says why `file` could not be read; the exit status for it.
    fn unreadable(file: &str, reason: Unreadable) -> u8 {
        let msg = match reason {
            Unreadable::Io(detail) => detail,
            Unreadable::NotUtf8 { offset } => {
                format!("not UTF-8 text (invalid byte at offset {offset})")
            }
        };
        let _ = writeln!(io::stderr(), "check-programme: {file}: {msg}");
        Verdict::Unusable.code()
    }

    /// The file's text (`-` is standard input). Reads at most one byte past
    /// the size limit, so that `load` reports a file that is too large
    /// without this reading gigabytes first.
    fn read_text(file: &str) -> Result<String, Unreadable> {
        let mut bytes = Vec::new();
        let limit = MAX_FILE_BYTES as u64 + 1;
        let read = if file == "-" {
            io::stdin().take(limit).read_to_end(&mut bytes)
        } else {
            std::fs::File::open(file).and_then(|f| f.take(limit).read_to_end(&mut bytes))
        };
        read.map_err(|e| Unreadable::Io(e.to_string()))?;
        if bytes.len() > MAX_FILE_BYTES {
            // Too large whatever it holds: a character cut at the limit, or
            // any invalid byte, must not hide that from the loader.
            return Ok(String::from_utf8_lossy(&bytes).into_owned());
        }
        String::from_utf8(bytes).map_err(|e| Unreadable::NotUtf8 {
            offset: e.utf8_error().valid_up_to(),
        })
    }

    fn print_programme(loaded: &Loaded, lang: Lang) -> io::Result<()> {
        let mut out = io::stdout().lock();
        let p = &loaded.programme;
        let title = p.event.title.pick(lang.code(), &[]).map_or("", |(_, t)| t);
        let summary = programme_summary(lang, title, &p.event.timezone, p.items.len());
        writeln!(out, "{summary}")?;
        if let Some((_, notice)) = p
            .event
            .notice
            .as_ref()
            .and_then(|t| t.pick(lang.code(), &[]))
        {
            writeln!(out, "{}: {notice}", cli_word(lang, CliWord::Notice))?;
        }
        for item in &p.items {
            writeln!(out, "{}", item_line(item, &p.event.timezone, lang))?;
        }
        print_warnings(&mut out, &loaded.warnings, lang)
    }

    /// `2022-11-24 13:30-13:45  talk  [Room]  Title`, in the event's zone;
    /// a delayed item: `2022-11-24 14:15-14:45 (+10 min, planned 14:05)`.
    fn item_line(item: &Item, zone: &str, lang: Lang) -> String {
        let local = |instant| JiffZones.local(zone, instant);
        let mut when = match (local(item.start), local(item.end)) {
            (Ok(start), Ok(end)) => {
                format!(
                    "{} {}-{}",
                    iso_date(start.date),
                    hhmm(start.time),
                    hhmm(end.time)
                )
            }
            // Cannot happen for a loaded programme (its zone resolved).
            _ => format!("@{}", item.start.0),
        };
        if let (Some(planned), Ok(start)) = (item.planned_start, local(item.start)) {
            let planned = match local(planned) {
                // The date only when the delay crosses midnight.
                Ok(p) if p.date == start.date => hhmm(p.time),
                Ok(p) => format!("{} {}", iso_date(p.date), hhmm(p.time)),
                Err(_) => format!("@{}", planned.0),
            };
            let word = cli_word(lang, CliWord::Planned);
            when = format!("{when} ({:+} min, {word} {planned})", item.delay_minutes);
        }
        let room = item
            .room
            .as_ref()
            .map_or(String::new(), |r| format!("[{r}]  "));
        let title = item.title.pick(lang.code(), &[]).map_or("", |(_, t)| t);
        let speakers = speakers_line(&item.speakers);
        let speakers = if speakers.is_empty() {
            speakers
        } else {
            format!("  ({speakers})")
        };
        format!("{when}  {}  {room}{title}{speakers}", item.kind.as_str())
    }

    fn print_warnings(out: &mut impl Write, warnings: &[Problem], lang: Lang) -> io::Result<()> {
        let label = cli_word(lang, CliWord::Warning);
        for w in warnings {
            writeln!(out, "{label}: {}", problem_line(lang, w))?;
        }
        Ok(())
    }

    fn print_problems(file: &str, problems: &[Problem], lang: Lang) -> io::Result<()> {
        let mut err = io::stderr().lock();
        for p in problems {
            let label = cli_word(
                lang,
                if p.is_error() {
                    CliWord::Error
                } else {
                    CliWord::Warning
                },
            );
            writeln!(err, "{file}: {label}: {}", problem_line(lang, p))?;
        }
        let count = problems.iter().filter(|p| p.is_error()).count();
        writeln!(err, "{}", invalid_summary(lang, file, count))
    }
}
