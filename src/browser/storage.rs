//! The browser's `localStorage`, for what a visitor chose (language, time
//! zone). Storage can be missing or refused (private mode, blocked cookies,
//! full quota): every access degrades to "nothing remembered".

/// Keys are namespaced so that a host site's own storage is never touched.
const PREFIX: &str = "live-agenda:";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The remembered value for `key`, if any.
pub fn get(key: &str) -> Option<String> {
    storage()?
        .get_item(&format!("{PREFIX}{key}"))
        .ok()
        .flatten()
}

/// Remembers `value` for `key`; silently does nothing if storage is refused.
pub fn set(key: &str, value: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(&format!("{PREFIX}{key}"), value);
    }
}
