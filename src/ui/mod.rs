//! Leptos components, one concern a file. They show; the decisions are made
//! by the core (`programme`, `timeline`, `display`, `i18n`, `ics`, `clock`).
//!
//! Imports go one way: `app` → `agenda` → `item`, `switches`, `error`;
//! every file may use this module's helpers and [`context`].

pub mod agenda;
pub mod app;
pub mod context;
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

/// A reactive `&'static str` (text or attribute value): one of a few fixed
/// strings chosen by the state (`data-state`, an interface string).
pub fn reactive_str(
    f: impl Fn() -> &'static str + Send + Sync + 'static,
) -> impl Fn() -> &'static str + Send + Sync {
    boxed_str(Box::new(f))
}

fn boxed_str(
    f: Box<dyn Fn() -> &'static str + Send + Sync>,
) -> impl Fn() -> &'static str + Send + Sync {
    move || f()
}

/// An interface string in the current language, as text or attribute value.
pub fn tr(lang: RwSignal<Lang>, msg: Msg) -> impl Fn() -> &'static str + Send + Sync {
    reactive_str(move || i18n::t(lang.get(), msg))
}

/// A reactive ARIA state (`aria-pressed`, `aria-expanded`): `"true"` or
/// `"false"`.
pub fn aria_bool(
    f: impl Fn() -> bool + Send + Sync + 'static,
) -> impl Fn() -> &'static str + Send + Sync {
    reactive_str(move || if f() { "true" } else { "false" })
}

/// A reactive attribute that is there or not (`aria-current`,
/// `data-changed`): `Some(value)` sets it, `None` removes it.
pub fn optional_attr(
    f: impl Fn() -> Option<&'static str> + Send + Sync + 'static,
) -> impl Fn() -> Option<&'static str> + Send + Sync {
    boxed_optional(Box::new(f))
}

fn boxed_optional(
    f: Box<dyn Fn() -> Option<&'static str> + Send + Sync>,
) -> impl Fn() -> Option<&'static str> + Send + Sync {
    move || f()
}

/// A reactive `hidden` attribute: there while `shown` is false. Parts that
/// come and go stay in place, hidden, instead of being conditional views
/// (whose rendering code costs more wasm).
pub fn hidden_unless(
    shown: impl Fn() -> bool + Send + Sync + 'static,
) -> impl Fn() -> Option<&'static str> + Send + Sync {
    optional_attr(move || (!shown()).then_some(""))
}

/// A reactive `String` (text or attribute value).
pub fn reactive_string(
    f: impl Fn() -> String + Send + Sync + 'static,
) -> impl Fn() -> String + Send + Sync {
    boxed_string(Box::new(f))
}

fn boxed_string(f: Box<dyn Fn() -> String + Send + Sync>) -> impl Fn() -> String + Send + Sync {
    move || f()
}
