//! The decisions of live updates and offline use (DESIGN §4).
//!
//! No clock, no web API: the browser side fetches, reads the clock and the
//! storage, and hands the results here as plain values (times in ms since
//! the epoch, as `Date.now()` gives them; storage as strings). What to show,
//! what to store and when to try again are decided here and tested natively.
//!
//! The rules:
//! - **A good programme is never lost.** Only a valid programme is shown or
//!   stored; a failed fetch, an answer that is not JSON, a JSON that is not a
//!   programme or an invalid one keeps the last good programme on screen and
//!   in storage, and says why and how old it is ([`SyncState::notice`]).
//! - **Nothing shown and a failure** (first visit offline, wrong URL): the
//!   error names the URL and the reason (`i18n::error_message`). Between
//!   the two, [`SyncState::is_loading`]: never a blank widget.
//! - **An unchanged programme changes nothing on screen**: the same text, or
//!   a text that loads to the same programme (a reformatted file), is not
//!   "replaced"; only the stored copy's time is refreshed.
//! - **A changed programme** replaces the shown one in place, with
//!   [`Notice::UpdatedAt`] and the ids of the items that changed
//!   ([`changed_items`]).
//! - **Timing**: every [`REFRESH_MS`] while visible after a success; after
//!   failures, [`retry_delay_ms`] (5 s, 10 s, 20 s… capped at 5 min); at once
//!   when the page becomes visible ([`SyncState::delay_on_visible`]).
//! - **A wrong device clock**: when the server's `Date` differs from the
//!   device's clock by more than [`SKEW_THRESHOLD_MS`], the live computation
//!   uses [`SyncState::corrected_now_ms`]; ages of stored copies stay in
//!   device time, which is what they were recorded in.
//!
//! ```
//! use live_agenda_core::programme::{load, FixedZones};
//! use live_agenda_core::sync::{Notice, Outcome, SyncState};
//!
//! let loader = |text: &str| load(text, &FixedZones);
//! let v1 = r#"{ "version": 1,
//!   "event": { "title": {"en": "W"}, "timezone": "UTC", "date": "2022-11-24" },
//!   "sessions": [ { "id": "a", "start": "13:30", "title": {"en": "Welcome"} } ] }"#;
//! let mut sync = SyncState::new("https://example.org/programme.json");
//! let fresh = Outcome::Fresh { text: v1.to_owned(), server_ms: None };
//! let step = sync.apply(fresh, 1_669_296_000_000.0, &loader);
//! assert!(step.replaced && step.store.is_some());
//! // The network goes away: the programme stays, with its age.
//! let offline = Outcome::NetworkError("Failed to fetch".to_owned());
//! let step = sync.apply(offline, 1_669_296_600_000.0, &loader);
//! assert!(!step.replaced && step.store.is_none());
//! assert!(sync.programme().is_some());
//! assert!(matches!(
//!     sync.notice(1_669_296_600_000.0),
//!     Some(Notice::StaleBecause { age_minutes: 10, .. })
//! ));
//! ```

//!
//! Files: [`stored`] (the copy kept in the browser's storage), [`answer`]
//! (a fetch's outcome and why it failed), [`state`] (the state machine),
//! [`backoff`] (when to try again, ages), [`diff`] (what changed), [`skew`]
//! (a wrong device clock). Everything is re-exported here.

pub mod answer;
pub mod backoff;
pub mod diff;
pub mod skew;
pub mod state;
pub mod stored;

pub use answer::{classify, looks_like_json, Failure, Outcome};
pub use backoff::{age_minutes, jittered, retry_delay_ms};
pub use diff::{changed_items, removed_items, same_programme};
pub use skew::clock_skew_ms;
pub use state::{Notice, Origin, Shown, Step, SyncState};
pub use stored::{storage_key, Stored};

/// The normal refresh period while the page is visible: once a minute
/// (cheap: the browser revalidates with ETag / Last-Modified).
pub const REFRESH_MS: f64 = 60_000.0;

/// The first retry after a failure.
pub const FIRST_RETRY_MS: f64 = 5_000.0;

/// Retries slow down to no less often than this: five minutes.
pub const MAX_RETRY_MS: f64 = 300_000.0;

/// How long a fetch may take before it counts as [`Outcome::Timeout`]. A
/// programme is a few kilobytes: this long means the venue's Wi-Fi is gone.
pub const FETCH_TIMEOUT_MS: f64 = 15_000.0;

/// A device clock closer than this to the server's is trusted as is: the
/// live view is to the minute, and correcting small differences would only
/// add noise from network latency and the `Date` header's 1 s resolution.
pub const SKEW_THRESHOLD_MS: f64 = 120_000.0;

/// When the page becomes visible again, a fetch is made at once unless one
/// was made less than this long ago (switching tabs back and forth must not
/// hammer the server).
pub const WAKE_GAP_MS: f64 = 10_000.0;
