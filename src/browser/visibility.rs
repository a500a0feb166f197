//! The page's visibility: whether it is hidden now, and a listener for its
//! changes that is removed when dropped (the clock and the fetch loop both
//! stop their timers while the page is hidden).

use gloo_events::EventListener;
use web_sys::VisibilityState;

/// Whether the page is hidden (another tab, a locked phone).
pub fn page_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.visibility_state() == VisibilityState::Hidden)
}

/// Calls `on_change` whenever the page is hidden or shown again, until the
/// returned listener is dropped; `None` without a document.
pub fn on_visibility_change(mut on_change: impl FnMut() + 'static) -> Option<EventListener> {
    let document = web_sys::window()?.document()?;
    Some(EventListener::new(
        &document,
        "visibilitychange",
        move |_| on_change(),
    ))
}
