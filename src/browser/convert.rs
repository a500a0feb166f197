//! Exports (frab, pretalx `schedule.json`) converted to v1 by a module of
//! their own: the widget reads v1 only (`load_v1_with`), so that a v1
//! programme's visitor never downloads the importer (BENCHMARKS.md,
//! Decisions). The loader (`live-agenda.js`) offers `liveAgenda.convert`,
//! which loads `crates/import`'s wasm the first time it is called and
//! resolves with the v1 text, or with the problems in both languages.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::browser::env;
use crate::programme::import::is_schedule_json_text;
use crate::programme::{Problem, ProblemKind};
use crate::sync::Outcome;

/// The last export converted and what it gave: a programme fetched again
/// unchanged (every minute) is not converted again.
#[derive(Default)]
pub struct Converted(Option<(String, Outcome)>);

impl Converted {
    /// `outcome` with an export's text replaced by its conversion: the v1
    /// text (what is then shown, stored and compared), the converter's
    /// problems, or a network error when its module could not be
    /// downloaded (retried as any failed fetch). Without a converter (a page
    /// without the loader) the export goes on as it is, and the v1 reader
    /// says that it could not be converted.
    pub async fn outcome(&mut self, outcome: Outcome) -> Outcome {
        let Outcome::Fresh { text, server_ms } = outcome else {
            return outcome;
        };
        if !is_schedule_json_text(&text) {
            return Outcome::Fresh { text, server_ms };
        }
        let converted = match &self.0 {
            Some((raw, converted)) if *raw == text => converted.clone(),
            _ => {
                let Some(converted) = convert(&text).await else {
                    return Outcome::Fresh { text, server_ms };
                };
                // A module that failed to download is asked again next time.
                if !matches!(converted, Outcome::NetworkError(_)) {
                    self.0 = Some((text, converted.clone()));
                }
                converted
            }
        };
        match converted {
            Outcome::Fresh { text, .. } => Outcome::Fresh { text, server_ms },
            other => other,
        }
    }
}

/// `liveAgenda.convert(text)`; `None` when the page has no converter.
async fn convert(text: &str) -> Option<Outcome> {
    let convert = env::loader_field("convert")?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let answer = match convert.call1(&JsValue::NULL, &text.into()) {
        Ok(promise) => JsFuture::from(js_sys::Promise::resolve(&promise)).await,
        Err(e) => Err(e),
    };
    Some(match answer {
        Ok(answer) => match answer.as_string() {
            Some(text) => Outcome::Fresh {
                text,
                server_ms: None,
            },
            None => Outcome::Invalid(problems_from(&answer)),
        },
        Err(e) => Outcome::NetworkError(
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_default(),
        ),
    })
}

/// The converter's problems: `[path, French, English, warning]` each.
fn problems_from(value: &JsValue) -> Vec<Problem> {
    let problems: Vec<Problem> = js_sys::Array::from(value)
        .iter()
        .map(|p| {
            let p = js_sys::Array::from(&p);
            let text = |i| p.get(i).as_string().unwrap_or_default();
            Problem::new(
                text(0),
                ProblemKind::Described {
                    fr: text(1),
                    en: text(2),
                    warning: p.get(3).is_truthy(),
                },
            )
        })
        .collect();
    if problems.is_empty() {
        // Not the converter's answer at all: say so rather than nothing.
        vec![Problem::new("", ProblemKind::ExportNotConverted)]
    } else {
        problems
    }
}
