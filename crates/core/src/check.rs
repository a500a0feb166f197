//! `check-programme --json`'s report: one JSON object saying whether a
//! programme is valid, every problem with its path and sentence, and, when
//! valid, the event's title and (asked for) the programme as static HTML.
//! The WordPress plugin validates every saved programme through it, so that
//! the rules and the words are those of the checker and the widget, not a
//! second validator written in PHP.
//!
//! Native only (serde_json is not in the widget's wasm).

use serde_json::{json, Value};

use crate::i18n::cli::{unreadable_message, Unreadable};
use crate::i18n::{localised, problem_message, Lang};
use crate::programme::tz::TimeZones;
use crate::programme::{iso_date, Loaded, Problem, ProblemKind, Programme};
use crate::static_html::programme_html;

/// How a check ended: the exit status of `check-programme`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// A usable programme (warnings allowed): 0.
    Valid,
    /// The programme is refused: 1.
    Invalid,
    /// No programme could be read at all, or the command was misused: 2.
    Unusable,
}

impl Verdict {
    /// The exit status.
    pub fn code(self) -> u8 {
        match self {
            Verdict::Valid => 0,
            Verdict::Invalid => 1,
            Verdict::Unusable => 2,
        }
    }
}

/// The JSON object to print and the exit status that goes with it.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub verdict: Verdict,
    pub json: Value,
}

/// The report of a loaded (or refused) programme, in `lang`:
/// `{"valid", "errors", "warnings"}`, plus, when valid, `"title"`,
/// `"timezone"` and `"days"` (see [`event_days`]), and `"html"` when
/// `with_html`.
pub fn report(
    outcome: &Result<Loaded, Vec<Problem>>,
    lang: Lang,
    with_html: bool,
    tz: &dyn TimeZones,
) -> Report {
    match outcome {
        Ok(loaded) => {
            let p = &loaded.programme;
            let mut json = json!({
                "valid": true,
                "errors": [],
                "warnings": problems(&loaded.warnings, lang),
                "title": localised(lang, &p.event.title).text,
                "timezone": p.event.timezone,
                "days": event_days(p, tz),
            });
            if with_html {
                json["html"] = Value::String(programme_html(p, lang, tz));
            }
            Report {
                verdict: Verdict::Valid,
                json,
            }
        }
        Err(found) => {
            let (errors, warnings): (Vec<Problem>, Vec<Problem>) =
                found.iter().cloned().partition(Problem::is_error);
            // A file over the size limit was never read as a programme: the
            // plugin's contract counts it with the unreadable inputs (its
            // sentence and empty path are the loader's all the same).
            let too_large = errors
                .iter()
                .any(|p| matches!(p.kind, ProblemKind::FileTooLarge { .. }));
            Report {
                verdict: if too_large {
                    Verdict::Unusable
                } else {
                    Verdict::Invalid
                },
                json: json!({
                    "valid": false,
                    "errors": problems(&errors, lang),
                    "warnings": problems(&warnings, lang),
                }),
            }
        }
    }
}

/// The days of the event (`YYYY-MM-DD`, in its zone, sorted, each once):
/// `event.date` and the day of every item's planned start. The plugin
/// stores them at each save to offer the live controls on those days
/// only, without reading the programme itself.
pub fn event_days(programme: &Programme, tz: &dyn TimeZones) -> Vec<String> {
    let zone = &programme.event.timezone;
    let mut days: Vec<String> = programme
        .items
        .iter()
        .filter_map(|item| tz.local(zone, item.planned()).ok().map(|l| l.date))
        .chain(programme.event.date)
        .map(iso_date)
        .collect();
    days.sort();
    days.dedup();
    days
}

/// The report of an input that could not be read as text: one error
/// without a path.
pub fn unreadable_report(lang: Lang, reason: &Unreadable) -> Report {
    Report {
        verdict: Verdict::Unusable,
        json: json!({
            "valid": false,
            "errors": [{ "path": "", "message": unreadable_message(lang, reason) }],
            "warnings": [],
        }),
    }
}

/// `[{"path", "message"}]`: the path apart, the sentence alone (the human
/// output's `path: sentence` is [`crate::i18n::problem_line`] of the same).
fn problems(problems: &[Problem], lang: Lang) -> Value {
    problems
        .iter()
        .map(|p| json!({ "path": p.path, "message": problem_message(lang, &p.kind) }))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme::{load, JiffZones};

    #[test]
    fn the_days_are_the_event_zones_days_of_the_planned_starts_and_the_date() {
        // 23:30 UTC on the 25th is the 26th in Paris; the date adds the 24th.
        let text = r#"{ "version": 1,
          "event": { "title": {"en": "W"}, "timezone": "Europe/Paris", "date": "2022-11-24" },
          "sessions": [
            { "id": "a", "start": "2022-11-25T09:00:00+01:00", "title": {"en": "A"} },
            { "id": "b", "start": "2022-11-25T23:30:00Z", "title": {"en": "B"} },
            { "id": "c", "start": "2022-11-25T10:00:00+01:00", "title": {"en": "C"} }
          ] }"#;
        let p = load(text, &JiffZones).unwrap().programme;
        assert_eq!(
            event_days(&p, &JiffZones),
            ["2022-11-24", "2022-11-25", "2022-11-26"]
        );
    }
}
