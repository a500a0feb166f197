//! live-agenda: a live schedule widget for a workshop programme.
//!
//! Module map (see DESIGN §5 in the project's design notes):
//! - [`programme`]: PURE. The programme format, validation with JSON paths,
//!   time resolution, import of frab/pretalx `schedule.json`.
//! - [`timeline`]: PURE. Programme + instant → item states, progress, next,
//!   status. No clock, no DOM.
//! - [`i18n`]: PURE. Languages, interface strings, fallback rules, date and
//!   time formatting in French and English.
//! - `ui` (wasm only): Leptos components; they show, they do not decide.
//! - `browser` (wasm only): the only code touching web APIs: clock, fetch,
//!   storage, options from the DOM and the URL, `Intl` time zones.

pub mod clock;
pub mod display;
pub mod i18n;
pub mod ics;
pub mod options;
pub mod programme;
pub mod sync;
pub mod timeline;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod ui;
