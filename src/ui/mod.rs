//! Leptos components, one concern a file. They show; the decisions are made
//! by the pure modules (`programme`, `timeline`, `i18n`, `display`).

pub mod agenda;
pub mod app;
pub mod error;
pub mod item;
pub mod switches;

use leptos::prelude::*;

use crate::i18n::{self, Lang, Msg};

// Every `move || …` closure in a view is its own type, and Leptos renders
// each with its own copy of the reactive rendering code (a render effect,
// its build and rebuild), about 1 KB of wasm apiece. The helpers below give
// the common cases one closure type each, so that code exists once (see
// BENCHMARKS.md, "Decisions").

/// A reactive word: one of a few fixed strings, chosen by the state
/// (`data-state`, an interface string, an ARIA state).
pub fn word(
    f: impl Fn() -> &'static str + Send + Sync + 'static,
) -> impl Fn() -> &'static str + Send + Sync {
    boxed_word(Box::new(f))
}

fn boxed_word(
    f: Box<dyn Fn() -> &'static str + Send + Sync>,
) -> impl Fn() -> &'static str + Send + Sync {
    move || f()
}

/// An interface string in the current language, as text or attribute value.
pub fn tr(lang: RwSignal<Lang>, msg: Msg) -> impl Fn() -> &'static str + Send + Sync {
    word(move || i18n::t(lang.get(), msg))
}

/// A reactive ARIA state (`aria-pressed`, `aria-expanded`): `"true"` or
/// `"false"`.
pub fn flag(
    f: impl Fn() -> bool + Send + Sync + 'static,
) -> impl Fn() -> &'static str + Send + Sync {
    word(move || if f() { "true" } else { "false" })
}

/// A reactive attribute that is there or not (`hidden`, `aria-current`,
/// `data-changed`): `Some(value)` sets it, `None` removes it.
pub fn maybe(
    f: impl Fn() -> Option<&'static str> + Send + Sync + 'static,
) -> impl Fn() -> Option<&'static str> + Send + Sync {
    boxed_maybe(Box::new(f))
}

fn boxed_maybe(
    f: Box<dyn Fn() -> Option<&'static str> + Send + Sync>,
) -> impl Fn() -> Option<&'static str> + Send + Sync {
    move || f()
}

/// A reactive text or attribute value.
pub fn text(f: impl Fn() -> String + Send + Sync + 'static) -> impl Fn() -> String + Send + Sync {
    boxed_text(Box::new(f))
}

fn boxed_text(f: Box<dyn Fn() -> String + Send + Sync>) -> impl Fn() -> String + Send + Sync {
    move || f()
}

/// Runs `step` now and again whenever a signal it read changes, until it
/// returns `true` (its work is done for good: a scroll made once, a clock
/// chosen once). One effect type for all of them.
pub fn until_done(step: impl FnMut() -> bool + 'static) {
    boxed_until_done(Box::new(step));
}

fn boxed_until_done(mut step: Box<dyn FnMut() -> bool>) {
    Effect::new(move |done: Option<bool>| done == Some(true) || step());
}
