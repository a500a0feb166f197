//! Facts about the browser the widget runs in.

/// The browser's preferred languages (`navigator.languages`), best first.
pub fn navigator_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}
