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

/// An interface string in the current language, as text or attribute value.
pub fn tr(lang: RwSignal<Lang>, msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync {
    move || i18n::t(lang.get(), msg)
}

/// A reactive text or attribute value.
pub fn text(f: impl Fn() -> String + Send + Sync + 'static) -> impl Fn() -> String + Send + Sync {
    boxed_text(Box::new(f))
}

fn boxed_text(f: Box<dyn Fn() -> String + Send + Sync>) -> impl Fn() -> String + Send + Sync {
    move || f()
}

/// A reactive ARIA state (`aria-pressed`, `aria-expanded`): `"true"` or
/// `"false"`.
pub fn flag(
    f: impl Fn() -> bool + Send + Sync + 'static,
) -> impl Fn() -> &'static str + Send + Sync {
    boxed_flag(Box::new(f))
}

fn boxed_flag(f: Box<dyn Fn() -> bool + Send + Sync>) -> impl Fn() -> &'static str + Send + Sync {
    move || if f() { "true" } else { "false" }
}
