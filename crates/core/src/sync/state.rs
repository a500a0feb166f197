//! The live state of one widget's source: what is shown, the last failure,
//! the clock correction, and what the browser side must do next.

use crate::programme::model::Text;
use crate::programme::{Instant, Loaded, Problem, Programme};
use crate::sync::answer::{Failure, Outcome};
use crate::sync::backoff::{age_minutes, retry_delay_ms};
use crate::sync::diff::{changed_items, removed_items, same_programme};
use crate::sync::skew::clock_skew_ms;
use crate::sync::stored::Stored;
use crate::sync::{REFRESH_MS, WAKE_GAP_MS};

/// What `[data-notice]` says about the freshness of the programme shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A changed programme was applied in place at this instant of the
    /// device's clock: "updated at 14:02", said on the agenda's clock (the
    /// view maps it through [`crate::clock::VirtualClock::now`]: corrected,
    /// or a preview's).
    UpdatedAt(Instant),
    /// The copy kept on this device is shown while the first answer is
    /// awaited: "copy from 35 min ago".
    StoredCopy { age_minutes: i64 },
    /// The last attempt failed; the last good programme, this old, is
    /// shown. When `!reason.is_offline()`, [`SyncState::error`] also gives
    /// the failure, for `[data-error]` beside the programme.
    StaleBecause { reason: Failure, age_minutes: i64 },
    /// The first answer of this visit changed the copy the visitor saw
    /// last time (kept on this device): "2 changes since your last visit",
    /// the items moved, delayed or new (marked in the list) and those
    /// removed, named here since they are no longer in it.
    SinceLastVisit { changes: usize, removed: Vec<Text> },
}

/// Where the programme shown came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// From the server, during this page's life.
    Network,
    /// From the browser's storage, not yet confirmed by the server.
    Storage,
}

/// The programme on screen and what is known about its freshness.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    pub loaded: Loaded,
    /// The text it was loaded from (what is stored).
    pub text: String,
    /// When the server last sent or confirmed it, device clock, ms.
    pub fetched_at_ms: f64,
    pub origin: Origin,
}

/// What the browser side must do after [`SyncState::apply`].
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// Write this under [`storage_key`] (only ever a valid programme).
    pub store: Option<Stored>,
    /// Whether the programme on screen changed: apply it in place.
    pub replaced: bool,
    /// When to fetch next, from now, while the page is visible. Pass it
    /// through [`jittered`] when it is a retry.
    pub next_fetch_in_ms: f64,
}

/// The live state of one widget's source: what is shown, the last failure,
/// the clock correction. One per widget; the browser side feeds it every
/// fetch outcome and renders what its getters say.
#[derive(Clone, Debug)]
pub struct SyncState {
    url: String,
    shown: Option<Shown>,
    failure: Option<Failure>,
    failures: u32,
    updated_at: Option<Instant>,
    changed: Vec<String>,
    /// The titles of the items the last update removed.
    removed: Vec<Text>,
    /// Whether the last update applied replaced the copy of a previous
    /// visit (the stored one), rather than one seen during this visit.
    since_last_visit: bool,
    skew_ms: f64,
    last_attempt_ms: Option<f64>,
}

impl SyncState {
    /// Nothing shown yet for the source at `url` (absolute URL).
    pub fn new(url: impl Into<String>) -> SyncState {
        SyncState {
            url: url.into(),
            shown: None,
            failure: None,
            failures: 0,
            updated_at: None,
            changed: Vec::new(),
            removed: Vec::new(),
            since_last_visit: false,
            skew_ms: 0.0,
            last_attempt_ms: None,
        }
    }

    /// The source's URL.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Shows the stored copy (`stored_json`, as read under
    /// [`storage_key`]) while the first fetch is under way, if nothing is
    /// shown yet and the copy is of this URL and still valid. Returns
    /// whether a programme is now shown from it.
    pub fn restore(
        &mut self,
        stored_json: Option<&str>,
        loader: impl Fn(&str) -> Result<Loaded, Vec<Problem>>,
    ) -> bool {
        if self.shown.is_some() {
            return false;
        }
        let Some(stored) = stored_json.and_then(Stored::decode) else {
            return false;
        };
        if stored.url != self.url {
            return false;
        }
        // A copy that no longer loads (saved by an older widget) is as good
        // as none; the next success overwrites it.
        let Ok(loaded) = loader(&stored.text) else {
            return false;
        };
        self.shown = Some(Shown {
            loaded,
            text: stored.text,
            fetched_at_ms: stored.fetched_at_ms,
            origin: Origin::Storage,
        });
        true
    }

    /// Takes in the outcome of a fetch that ended at `now_ms` (device
    /// clock); `loader` validates a fetched text (the browser passes
    /// `|t| load(t, &zones)`).
    pub fn apply(
        &mut self,
        outcome: Outcome,
        now_ms: f64,
        loader: impl Fn(&str) -> Result<Loaded, Vec<Problem>>,
    ) -> Step {
        self.last_attempt_ms = Some(now_ms);
        match outcome {
            Outcome::Fresh { text, server_ms } => {
                if let Some(server_ms) = server_ms {
                    self.skew_ms = clock_skew_ms(server_ms, now_ms).unwrap_or(0.0);
                }
                self.fresh(text, now_ms, loader)
            }
            Outcome::Unchanged if self.shown.is_some() => self.unchanged(now_ms),
            // A 304 with nothing to keep: the browser lost its cache.
            Outcome::Unchanged => self.fail(Failure::Http(304)),
            Outcome::NetworkError(detail) => self.fail(Failure::Network(detail)),
            Outcome::HttpError(status) => self.fail(Failure::Http(status)),
            Outcome::NotJson => self.fail(Failure::NotJson),
            Outcome::Timeout => self.fail(Failure::Timeout),
            Outcome::Invalid(problems) => self.fail(Failure::Invalid(problems)),
        }
    }

    fn fresh(
        &mut self,
        text: String,
        now_ms: f64,
        loader: impl Fn(&str) -> Result<Loaded, Vec<Problem>>,
    ) -> Step {
        if self.shown.as_ref().is_some_and(|s| s.text == text) {
            return self.unchanged(now_ms);
        }
        let loaded = match loader(&text) {
            Ok(loaded) => loaded,
            Err(problems) => return self.fail(Failure::Invalid(problems)),
        };
        let old = self.shown.take();
        let replaced = match &old {
            Some(old) if same_programme(&old.loaded.programme, &loaded.programme) => false,
            Some(old) => {
                self.changed = changed_items(&old.loaded.programme, &loaded.programme);
                self.removed = removed_items(&old.loaded.programme, &loaded.programme);
                self.since_last_visit = old.origin == Origin::Storage;
                self.updated_at = Some(ms_to_instant(now_ms));
                true
            }
            None => true,
        };
        self.shown = Some(Shown {
            loaded,
            text,
            fetched_at_ms: now_ms,
            origin: Origin::Network,
        });
        self.succeed(now_ms, replaced)
    }

    /// The server confirmed the programme shown: it is now fresh.
    fn unchanged(&mut self, now_ms: f64) -> Step {
        if let Some(shown) = &mut self.shown {
            shown.fetched_at_ms = now_ms;
            shown.origin = Origin::Network;
        }
        self.succeed(now_ms, false)
    }

    fn succeed(&mut self, now_ms: f64, replaced: bool) -> Step {
        self.failure = None;
        self.failures = 0;
        // Stored again even when unchanged, so that the copy's age counts
        // from the last confirmation.
        let store = self.shown.as_ref().map(|s| Stored {
            url: self.url.clone(),
            fetched_at_ms: now_ms,
            text: s.text.clone(),
        });
        Step {
            store,
            replaced,
            next_fetch_in_ms: REFRESH_MS,
        }
    }

    /// The programme shown (if any) stays, on screen and in storage.
    fn fail(&mut self, failure: Failure) -> Step {
        self.failure = Some(failure);
        self.failures = self.failures.saturating_add(1);
        Step {
            store: None,
            replaced: false,
            next_fetch_in_ms: retry_delay_ms(self.failures),
        }
    }

    /// The programme on screen, with its text and freshness.
    pub fn shown(&self) -> Option<&Shown> {
        self.shown.as_ref()
    }

    /// The programme to render, if any.
    pub fn programme(&self) -> Option<&Programme> {
        self.shown.as_ref().map(|s| &s.loaded.programme)
    }

    /// Nothing to show and no failure yet: the first fetch is under way
    /// (show "loading", never a blank widget).
    pub fn is_loading(&self) -> bool {
        self.shown.is_none() && self.failure.is_none()
    }

    /// The notice about the programme's freshness at `now_ms` (device
    /// clock: ages are counted in the clock they were recorded in).
    pub fn notice(&self, now_ms: f64) -> Option<Notice> {
        let shown = self.shown.as_ref()?;
        let age_minutes = age_minutes(shown.fetched_at_ms, now_ms);
        match (&self.failure, shown.origin) {
            (Some(reason), _) => Some(Notice::StaleBecause {
                reason: reason.clone(),
                age_minutes,
            }),
            (None, Origin::Storage) => Some(Notice::StoredCopy { age_minutes }),
            // Details only (an abstract): "updated at", as during a visit.
            (None, Origin::Network) if self.since_last_visit && self.changes() > 0 => {
                Some(Notice::SinceLastVisit {
                    changes: self.changes(),
                    removed: self.removed.clone(),
                })
            }
            (None, Origin::Network) => self.updated_at.map(Notice::UpdatedAt),
        }
    }

    /// The failure to show as an error (`[data-error]`, `role="alert"`):
    /// any failure when nothing is shown (said by `i18n::error_message` with
    /// [`SyncState::url`]); beside a programme, only the failures the
    /// organisers must fix (not [`Failure::is_offline`]).
    pub fn error(&self) -> Option<&Failure> {
        let failure = self.failure.as_ref()?;
        (self.shown.is_none() || !failure.is_offline()).then_some(failure)
    }

    /// The ids of the items that changed in the last update applied (for
    /// their "changed" mark); kept until the next change is applied.
    pub fn changed(&self) -> &[String] {
        &self.changed
    }

    /// How many items the last update changed, added or removed.
    fn changes(&self) -> usize {
        self.changed.len() + self.removed.len()
    }

    /// Failed attempts since the last success.
    pub fn consecutive_failures(&self) -> u32 {
        self.failures
    }

    /// Server time minus device time, in ms, when the device clock is off
    /// by more than [`SKEW_THRESHOLD_MS`]; else 0.
    pub fn skew_ms(&self) -> f64 {
        self.skew_ms
    }

    /// The time the live computation should use, given the device's.
    pub fn corrected_now_ms(&self, device_now_ms: f64) -> f64 {
        device_now_ms + self.skew_ms
    }

    /// How long to wait before fetching when the page becomes visible
    /// again at `now_ms`: 0 (at once), unless the last attempt is more
    /// recent than [`WAKE_GAP_MS`].
    pub fn delay_on_visible(&self, now_ms: f64) -> f64 {
        match self.last_attempt_ms {
            None => 0.0,
            Some(last) => (WAKE_GAP_MS - (now_ms - last)).clamp(0.0, WAKE_GAP_MS),
        }
    }
}

/// The instant (whole seconds, floored) of `ms` since the epoch.
fn ms_to_instant(ms: f64) -> Instant {
    Instant((ms / 1000.0).floor() as i64)
}
