//! Scrolling an element into view, politely.

use web_sys::{Element, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

use crate::browser::env;

/// Scrolls `element` into view unless the visitor has already scrolled the
/// page (their choice wins) or it is already fully visible. Smooth, unless
/// the visitor prefers reduced motion.
pub fn into_view_once(element: &Element) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if window.scroll_y().unwrap_or(0.0) > 0.0 {
        return;
    }
    let rect = element.get_bounding_client_rect();
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    if rect.top() >= 0.0 && rect.bottom() <= height {
        return;
    }
    into_view(element);
}

/// Scrolls `element` to the top of the view, whatever the visitor did: for
/// an explicit request (a deep link).
pub fn into_view(element: &Element) {
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Start);
    options.set_behavior(if env::prefers_reduced_motion() {
        ScrollBehavior::Instant
    } else {
        ScrollBehavior::Smooth
    });
    element.scroll_into_view_with_scroll_into_view_options(&options);
}
