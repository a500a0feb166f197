//! live-agenda: the widget. It mounts Leptos views on the pure core
//! ([`live_agenda_core`], re-exported here under its module names) and the
//! browser layer.
//!
//! - `ui` (wasm only): Leptos components; they show, they do not decide.
//! - `browser` (wasm only): the only code touching web APIs: mounting,
//!   options from the DOM and the URL, fetching, storage, the clock, `Intl`
//!   time zones.

pub use live_agenda_core::{
    clock, display, i18n, ics, mine, navigate, online, options, programme, sync, theme, timeline,
};

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod reactive;
#[cfg(target_arch = "wasm32")]
pub mod ui;
