//! Reactive helpers shared by `ui/` and `browser/`.
//!
//! Every `Effect::new` with its own closure type brings its own copy of
//! Leptos's effect machinery into the wasm (about 2 KB each, measured):
//! the widget's effects all go through the one boxed type here.

use leptos::prelude::*;

/// Runs `f` now (after the current render) and again whenever a signal it
/// read changes, for as long as the reactive owner lives.
pub fn effect(f: impl FnMut() + 'static) {
    boxed_effect(Box::new(f));
}

fn boxed_effect(mut f: Box<dyn FnMut()>) {
    Effect::new(move |_| f());
}

/// Runs `step` like [`effect`] until it returns `true` (its work is done
/// for good: a scroll made once); after that, a change re-runs nothing.
pub fn until_done(mut step: impl FnMut() -> bool + 'static) {
    let mut done = false;
    effect(move || {
        if !done {
            done = step();
        }
    });
}
