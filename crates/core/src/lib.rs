//! The pure core of live-agenda: every decision that can be made without a
//! browser. No clock, no DOM, no I/O: callers pass `now`, the time zones
//! (the [`programme::TimeZones`] trait) and the JSON parser
//! ([`programme::JsonParser`]), as quinn-proto takes its time from its
//! driver. Its dependencies hold no leptos, web-sys, js-sys or
//! wasm-bindgen, on any target.
//!
//! Module map:
//! - [`programme`]: the format (v1 and `schedule.json` import), validation
//!   with JSON paths, time resolution, time zones behind a trait.
//! - [`timeline`]: programme + instant → item states, progress, next,
//!   status, and the next instant anything changes.
//! - [`clock`]: the preview clock's arithmetic (`now=`, `speed=`), the
//!   choice of a clock, when to wake next.
//! - [`options`]: a widget's options from its attributes or URL.
//! - [`display`]: what to show where (zones, scroll target, which items get
//!   actions).
//! - [`sync`]: the stored copy, answers from the server, the fetch state
//!   machine, backoff, changed items.
//! - [`ics`]: calendar files and item links.
//! - [`mine`]: the sessions a visitor starred, stored and shared.
//! - [`navigate`]: days, rooms and search for a big programme.
//! - [`theme`]: the scheme and the host colours a guest may borrow.
//! - [`static_html`]: the programme as plain HTML, for readers without
//!   JavaScript (printed by the WordPress plugin).
//! - `check` (native only): `check-programme --json`'s report, through
//!   which the WordPress plugin validates a programme.
//! - [`i18n`]: languages, formats, and the one catalogue of sentences a
//!   person reads, in French and English.

#[cfg(not(target_arch = "wasm32"))]
pub mod check;
pub mod clock;
pub mod display;
pub mod i18n;
pub mod ics;
#[cfg(any(feature = "editor", not(target_arch = "wasm32")))]
pub mod live;
pub mod mine;
pub mod navigate;
pub mod online;
pub mod options;
pub mod programme;
pub mod static_html;
pub mod sync;
pub mod theme;
pub mod timeline;
