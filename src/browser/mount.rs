//! Finds the mount points of the page and mounts one widget in each.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, UrlSearchParams};

use crate::options::Options;
use crate::ui::app::App;

/// The attribute that marks a mount point (DESIGN §3).
pub const MOUNT_SELECTOR: &str = "[data-live-agenda]";
/// The option names, read as `data-<name>` attributes and, on the standalone
/// page, as query parameters.
const OPTION_NAMES: [&str; 4] = ["src", "lang", "now", "speed"];

/// Mounts a widget in every `[data-live-agenda]` element of the document.
/// Returns how many were mounted.
pub fn mount_all() -> usize {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return 0;
    };
    let Ok(nodes) = document.query_selector_all(MOUNT_SELECTOR) else {
        return 0;
    };
    let mut mounted = 0;
    for i in 0..nodes.length() {
        let Some(element) = nodes.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) else {
            continue;
        };
        let options = read_options(&element);
        mount_in(element, options);
        mounted += 1;
    }
    mounted
}

/// Mounts one widget in `element`, replacing its placeholder content.
pub fn mount_in(element: HtmlElement, options: Options) {
    // The element holds a "loading" placeholder for the time before the wasm
    // runs; the widget takes over from here.
    element.set_inner_html("");
    let handle = leptos::mount::mount_to(element, move || view! { <App options=options.clone()/> });
    // The widget lives as long as the page.
    handle.forget();
}

/// The element's `data-` options, then, when it is the standalone page's
/// (`data-live-agenda="page"`), the URL's query parameters on top: a link
/// like `?now=14:20&lang=en` previews the agenda without editing the page.
fn read_options(element: &HtmlElement) -> Options {
    let dataset = element.dataset();
    let mut pairs: Vec<(String, String)> = OPTION_NAMES
        .iter()
        .filter_map(|&name| dataset.get(name).map(|v| (name.to_owned(), v)))
        .collect();
    if dataset.get("liveAgenda").as_deref() == Some("page") {
        pairs.extend(query_pairs());
    }
    Options::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

fn query_pairs() -> Vec<(String, String)> {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let Ok(params) = UrlSearchParams::new_with_str(&search) else {
        return Vec::new();
    };
    OPTION_NAMES
        .iter()
        .filter_map(|&name| params.get(name).map(|v| (name.to_owned(), v)))
        .collect()
}
