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

/// A value published by the loader (`live-agenda.js`, which knows where the
/// built files are) in `globalThis.liveAgenda`: `css`, the stylesheet's
/// URL; `base`, the folder the built files were uploaded to; `programmes`,
/// the requests it started for the embeds' programme files.
pub fn loader_field(name: &str) -> Option<wasm_bindgen::JsValue> {
    let config = js_sys::Reflect::get(&js_sys::global(), &"liveAgenda".into()).ok()?;
    js_sys::Reflect::get(&config, &name.into()).ok()
}

/// The device's IANA time zone, as the browser resolves it.
pub fn viewer_zone() -> Option<String> {
    let options = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
        .resolved_options();
    js_sys::Reflect::get(&options, &"timeZone".into())
        .ok()?
        .as_string()
}

/// Whether the visitor asked for reduced motion.
pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// A number unique to each widget of the page, for element ids (several
/// widgets can share a page: their ids must not collide).
pub fn next_instance() -> usize {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}
