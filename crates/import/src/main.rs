//! The converter of exports (issue 16): `convert(text)` gives the v1 text
//! of any programme the core reads (a frab / pretalx / c3voc `schedule.json`
//! above all), or its problems, said in French and English, as
//! `[path, French, English, warning]` arrays. Loaded by the widget's loader
//! (`liveAgenda.convert`, scripts/postbuild.mjs) the first time a widget
//! fetches an export, so that the importer is never part of a v1
//! programme's first load. A thin shell: the decisions are the core's
//! (`programme::convert_with`), the parser and zones the widget's.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

// The widget's own browser JSON parser and `Intl` time zones, the same
// files (they name only `crate::programme`, the core's).
#[cfg(target_arch = "wasm32")]
use live_agenda_core::programme;
#[cfg(target_arch = "wasm32")]
#[path = "../../../src/browser/json.rs"]
mod json;
#[cfg(target_arch = "wasm32")]
#[path = "../../../src/browser/tz.rs"]
#[allow(dead_code)] // the widget also reads wall clocks with it; not needed here
mod tz;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn convert(text: &str) -> JsValue {
    use json::BrowserJson;
    use live_agenda_core::i18n::{problem_message, Lang};
    use live_agenda_core::programme::convert_with;
    use tz::IntlZones;

    match convert_with(text, &BrowserJson, &IntlZones) {
        Ok(v1) => v1.into(),
        Err(problems) => problems
            .iter()
            .map(|p| {
                js_sys::Array::of4(
                    &p.path.as_str().into(),
                    &problem_message(Lang::Fr, &p.kind).into(),
                    &problem_message(Lang::En, &p.kind).into(),
                    &(!p.is_error()).into(),
                )
            })
            .collect::<js_sys::Array>()
            .into(),
    }
}

// Nothing to start: the loader calls `convert`.
fn main() {}
