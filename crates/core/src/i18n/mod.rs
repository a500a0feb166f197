//! Interface languages, strings and formatting (DESIGN §2 "FR/EN").
//!
//! Pure: every sentence the widget shows is built here, from plain values,
//! so the UI only places strings and a test can read every one of them.
//!
//! # Decisions
//!
//! - **Starting language** ([`initial_lang`]): the visitor's remembered
//!   choice, else the embed's `lang` option, else the first browser language
//!   that is French or English, else French. The remembered choice beats the
//!   option because the documented embed always sets `data-lang`: if the
//!   option won, a visitor who switched to English would be switched back on
//!   every visit, and "the choice is remembered" would mean nothing.
//! - **Times**: French `13 h 30` (Imprimerie nationale, the usual form in
//!   French running text; with no-break spaces, so it never wraps), English
//!   `13:30` on the 24-hour clock (a European event, read by people across
//!   zones: no am/pm ambiguity). Minutes are always written (`14 h 00`) so
//!   that a column of times lines up.
//! - **Dates**: `jeudi 24 novembre 2022` (`1er` on the first of the month) and
//!   British `Thursday 24 November 2022`.
//! - **Durations**: `7 min` below an hour, `1 h 05` below two days, then
//!   whole days (`3 days`, `3 jours`); minute counts come rounded up from
//!   [`crate::timeline`].
//! - **French typography**: a no-break space (U+00A0) before `:` and inside
//!   `13 h 30` / `7 min`; the typographic apostrophe (U+2019).

//!
//! # Where each sentence lives
//!
//! One catalogue, cut by concern: [`catalogue`] (the fixed strings),
//! [`format`] (times, dates, durations), [`status`] (the status line),
//! [`sync`] (errors and notices about the source), [`problems`] (what is
//! wrong in a programme file, shared by the widget and `check-programme`),
//! [`cli`] (the checker's own words), [`editor`] (the organisers' tools:
//! delays, pasted rows). Everything is re-exported here.

pub mod catalogue;
pub mod cli;
#[cfg(any(feature = "editor", not(target_arch = "wasm32")))]
pub mod editor;
pub mod format;
pub mod lang;
pub mod problems;
pub mod status;
pub mod sync;

pub use catalogue::{
    abstract_fallback, filter_mine, join_text, kind_label, link_label, link_text, mine_offer,
    speakers_label, t, talk_language, Msg,
};
pub use format::{
    day_label, delay, duration, format_date, format_time, format_time_range, in_minutes,
    minutes_left, reminder_option, time_range_separator, times_in_zone,
};
pub use lang::{initial_lang, localised, pick, Lang, Localised, Picked};
pub use problems::{problem_line, problem_message};
pub use status::{
    break_resumes, join_opens, joined_status, next_at, now_on, preview_badge, programme_span,
    starts_on, starts_today, status_line, status_parts,
};
pub use sync::{
    error_message, offline_copy, since_last_visit, sync_notice, updated_at, ErrorMessage,
    ProblemLine,
};
