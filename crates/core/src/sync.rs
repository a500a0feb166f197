//! PURE: the decisions of live updates and offline use (DESIGN §4, issue 6).
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
//!   error names the URL and the reason ([`Failure::describe`]). Between
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
//! let fresh = Outcome::Fresh { text: v1.to_owned(), date_header: None };
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

use std::collections::HashMap;

use crate::programme::time::is_valid_date;
use crate::programme::{days_from_civil, CivilDate, Instant, Loaded, Problem, Programme};

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

/// The key of the stored copy of the programme at `url`, for
/// `browser::storage`, which prefixes every key with `live-agenda:` (so the
/// full `localStorage` key is `live-agenda:programme:v1:<url>`). `url`
/// should be the absolute URL, so that pages sharing a file share its copy.
/// The `v1` changes if [`Stored`]'s shape ever does, orphaning old copies
/// rather than misreading them.
pub fn storage_key(url: &str) -> String {
    format!("programme:v1:{url}")
}

/// The last good programme of a source, as kept in the browser's storage:
/// its text exactly as fetched (re-validated on every read, so a copy saved
/// by an older widget is checked by the current rules).
#[derive(Clone, Debug, PartialEq)]
pub struct Stored {
    /// The source it came from (guards against a key collision or edit).
    pub url: String,
    /// When the server last sent or confirmed this text, device clock, ms.
    pub fetched_at_ms: f64,
    pub text: String,
}

impl Stored {
    /// The first line of what [`Stored::encode`] writes.
    const MAGIC: &'static str = "live-agenda stored programme 2";

    /// What is kept in storage: a first line naming the format, the fetch
    /// time (whole milliseconds), the URL, then the text as fetched. Plain
    /// lines rather than JSON: the widget parses no JSON itself (the
    /// browser does, see `programme::value`), and the text needs no
    /// escaping after the last line break.
    pub fn encode(&self) -> String {
        format!(
            "{}\n{}\n{}\n{}",
            Self::MAGIC,
            self.fetched_at_ms.floor() as i64,
            self.url,
            self.text
        )
    }

    /// Reads what [`Stored::encode`] wrote; `None` for anything else
    /// (storage is shared with other scripts, and may hold garbage, or a
    /// copy in an older widget's format, fetched again then).
    pub fn decode(stored: &str) -> Option<Stored> {
        let mut lines = stored.splitn(4, '\n');
        if lines.next()? != Self::MAGIC {
            return None;
        }
        let fetched_at_ms = lines.next()?.parse::<i64>().ok()? as f64;
        let url = lines.next()?.to_owned();
        let text = lines.next()?.to_owned();
        Some(Stored {
            url,
            fetched_at_ms,
            text,
        })
    }
}

/// What one fetch attempt gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A successful answer whose text looks like JSON (not yet validated),
    /// with the response's `Date` header if any.
    Fresh {
        text: String,
        date_header: Option<String>,
    },
    /// The server says the programme did not change (HTTP 304).
    Unchanged,
    /// No answer: offline, DNS, CORS, connection reset; the browser's words.
    NetworkError(String),
    /// An answer with an error status (or another unusable one).
    HttpError(u16),
    /// A successful answer that is not JSON: a host's HTML error page, an
    /// empty body.
    NotJson,
    /// No answer within [`FETCH_TIMEOUT_MS`].
    Timeout,
}

/// Turns an HTTP answer into an [`Outcome`]: 2xx is [`Outcome::Fresh`] if
/// the body looks like JSON ([`looks_like_json`]), else
/// [`Outcome::NotJson`]; 304 is [`Outcome::Unchanged`]; status 0 (an opaque
/// or aborted answer) a network error; anything else an HTTP error.
///
/// The `Content-Type` is deliberately not consulted: static hosts label
/// JSON files variously (`text/plain`, `application/octet-stream`), while an
/// HTML page never starts with `{` or `[`.
pub fn classify(status: u16, text: String, date_header: Option<String>) -> Outcome {
    match status {
        200..=299 if looks_like_json(&text) => Outcome::Fresh { text, date_header },
        200..=299 => Outcome::NotJson,
        304 => Outcome::Unchanged,
        0 => Outcome::NetworkError("no response".to_owned()),
        status => Outcome::HttpError(status),
    }
}

/// Whether `text` starts like a JSON document (`{` or `[`, after a byte
/// order mark and white space). A truncated or broken JSON passes: the
/// loader then says where it breaks, which is more useful.
pub fn looks_like_json(text: &str) -> bool {
    text.trim_start_matches(['\u{feff}', ' ', '\t', '\n', '\r'])
        .starts_with(['{', '['])
}

/// Why the last attempt gave no usable programme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// No answer (the browser's words).
    Network(String),
    /// No answer in time.
    Timeout,
    /// An HTTP error status (304 when nothing was shown to keep).
    Http(u16),
    /// The answer is not JSON (an HTML page).
    NotJson,
    /// A JSON that is not a valid programme: every problem, as
    /// [`crate::programme::load`] gives them, each with its path.
    Invalid(Vec<Problem>),
}

impl Failure {
    /// Whether the network, not the file or the server, is at fault: then
    /// a programme on screen is only out of date (a calm notice), whereas a
    /// broken file or server is something the organisers must fix (an
    /// error, shown beside the programme).
    pub fn is_offline(&self) -> bool {
        matches!(self, Failure::Network(_) | Failure::Timeout)
    }

    /// Why, as a clause (no capital, no final period), in French for
    /// `"fr"`, else in English: "the server failed (HTTP 500)".
    pub fn reason(&self, lang: &str) -> String {
        let fr = lang == "fr";
        match self {
            Failure::Network(detail) => {
                let base = if fr {
                    "le réseau est injoignable"
                } else {
                    "the network could not be reached"
                };
                // The browser's words are technical and English, but they
                // help whoever debugs; they come last, in parentheses.
                match detail.trim() {
                    "" => base.to_owned(),
                    detail => format!("{base} ({detail})"),
                }
            }
            Failure::Timeout => {
                // An integer: formatting a float would bring Rust's float
                // printing into the wasm (~4 KB brotli) for this one message.
                let seconds = (FETCH_TIMEOUT_MS / 1000.0).round() as u32;
                if fr {
                    format!("le serveur n'a pas répondu en {seconds} secondes")
                } else {
                    format!("the server did not answer within {seconds} seconds")
                }
            }
            Failure::Http(status) => match (status, fr) {
                (404 | 410, false) => format!("the file was not found (HTTP {status})"),
                (404 | 410, true) => format!("le fichier est introuvable (HTTP {status})"),
                (500.., false) => format!("the server failed (HTTP {status})"),
                (500.., true) => format!("le serveur est en erreur (HTTP {status})"),
                (300..=399, false) => format!("the server sent no programme (HTTP {status})"),
                (300..=399, true) => {
                    format!("le serveur n'a pas envoyé de programme (HTTP {status})")
                }
                (_, false) => format!("the server refused the request (HTTP {status})"),
                (_, true) => format!("le serveur a refusé la requête (HTTP {status})"),
            },
            Failure::NotJson if fr => {
                "le serveur a envoyé une page web, pas le fichier JSON (vérifiez l'adresse)"
                    .to_owned()
            }
            Failure::NotJson => {
                "the server sent a web page, not the JSON file (check the address)".to_owned()
            }
            Failure::Invalid(problems) => invalid_reason(problems, fr),
        }
    }

    /// The whole sentence for an error with nothing else to show: "Could
    /// not load https://…/programme.json: the server failed (HTTP 500)."
    pub fn describe(&self, url: &str, lang: &str) -> String {
        let reason = self.reason(lang);
        let end = if reason.ends_with('.') { "" } else { "." };
        if lang == "fr" {
            format!("Impossible de charger {url} : {reason}{end}")
        } else {
            format!("Could not load {url}: {reason}{end}")
        }
    }
}

/// "the file is not a valid programme: <first error, with its path>", and
/// how many more there are (the widget has room for one line).
fn invalid_reason(problems: &[Problem], fr: bool) -> String {
    let lang = if fr { "fr" } else { "en" };
    let errors: Vec<&Problem> = problems.iter().filter(|p| p.is_error()).collect();
    let first = errors
        .first()
        .copied()
        .or(problems.first())
        .map(|p| p.describe(lang));
    let more = errors.len().saturating_sub(1);
    let mut reason = match (first, fr) {
        (Some(first), false) => format!("the file is not a valid programme: {first}"),
        (Some(first), true) => format!("le fichier n'est pas un programme valide : {first}"),
        (None, false) => "the file is not a valid programme".to_owned(),
        (None, true) => "le fichier n'est pas un programme valide".to_owned(),
    };
    match (more, fr) {
        (0, _) => {}
        (1, false) => reason.push_str(" (and 1 more problem)"),
        (n, false) => reason.push_str(&format!(" (and {n} more problems)")),
        (1, true) => reason.push_str(" (et 1 autre problème)"),
        (n, true) => reason.push_str(&format!(" (et {n} autres problèmes)")),
    }
    reason
}

/// What `[data-notice]` says about the freshness of the programme shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A changed programme was applied in place at this instant (corrected
    /// clock): "updated at 14:02".
    UpdatedAt(Instant),
    /// The copy kept on this device is shown while the first answer is
    /// awaited: "copy from 35 min ago".
    StoredCopy { age_minutes: i64 },
    /// The last attempt failed; the last good programme, this old, is
    /// shown. When `!reason.is_offline()`, [`SyncState::error`] also gives
    /// the failure, for `[data-error]` beside the programme.
    StaleBecause { reason: Failure, age_minutes: i64 },
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
            Outcome::Fresh { text, date_header } => {
                if let Some(server) = date_header.as_deref().and_then(parse_http_date) {
                    self.skew_ms = skew_from(server, now_ms).unwrap_or(0.0);
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
                self.updated_at = Some(ms_to_instant(self.corrected_now_ms(now_ms)));
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
            (None, Origin::Network) => self.updated_at.map(Notice::UpdatedAt),
        }
    }

    /// The failure to show as an error (`[data-error]`, `role="alert"`):
    /// any failure when nothing is shown (with [`Failure::describe`] and
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

/// Whole minutes from `fetched_at_ms` to `now_ms`; 0 if the device clock
/// went back in between (or the times are not numbers).
pub fn age_minutes(fetched_at_ms: f64, now_ms: f64) -> i64 {
    let minutes = ((now_ms - fetched_at_ms) / 60_000.0).floor();
    if minutes.is_finite() && minutes > 0.0 {
        minutes as i64
    } else {
        0
    }
}

/// The delay before retry number `consecutive_failures` (1 for the first):
/// [`FIRST_RETRY_MS`], doubling each time, capped at [`MAX_RETRY_MS`]: a
/// venue's Wi-Fi drop is retried quickly, a server down for long is not
/// hammered by a roomful of phones. 0 counts as 1. Deterministic: add
/// jitter with [`jittered`].
pub fn retry_delay_ms(consecutive_failures: u32) -> f64 {
    // Past 2^7 × 5 s the cap holds anyway; capping the exponent keeps the
    // power small.
    let doublings = consecutive_failures.saturating_sub(1).min(16);
    (FIRST_RETRY_MS * f64::from(1u32 << doublings)).min(MAX_RETRY_MS)
}

/// `delay_ms` spread by ±20 % with `random01` (in `[0, 1]`, e.g.
/// `Math.random()`; clamped): phones that lost the Wi-Fi together do not
/// retry in lockstep.
pub fn jittered(delay_ms: f64, random01: f64) -> f64 {
    let r = if random01.is_finite() {
        random01.clamp(0.0, 1.0)
    } else {
        0.5
    };
    // (4 + 2r) / 5 is 0.8 + 0.4r, exact at both ends.
    delay_ms * (4.0 + 2.0 * r) / 5.0
}

/// Whether `old` and `new` would show the same thing (the whole model is
/// compared: times, texts, links, notice).
pub fn same_programme(old: &Programme, new: &Programme) -> bool {
    old == new
}

/// The ids of `new`'s items that are new, or whose start, end, delay,
/// title, speakers or room differ from `old`'s item of the same id; in
/// `new`'s order. What an attendee acts on: where and when to be, and
/// who speaks on what. Abstracts and other details are not marked.
pub fn changed_items(old: &Programme, new: &Programme) -> Vec<String> {
    let before: HashMap<&str, _> = old.items.iter().map(|i| (i.id.as_str(), i)).collect();
    new.items
        .iter()
        .filter(|item| {
            before.get(item.id.as_str()).is_none_or(|was| {
                (was.start, was.end, was.delay_minutes)
                    != (item.start, item.end, item.delay_minutes)
                    || was.title != item.title
                    || was.speakers != item.speakers
                    || was.room != item.room
            })
        })
        .map(|item| item.id.clone())
        .collect()
}

/// Server time minus device time (ms) when the device clock is off by more
/// than [`SKEW_THRESHOLD_MS`] according to the HTTP `Date` header
/// `date_header`; `None` when the clocks are close enough, or the header
/// cannot be read (then the device clock is used, quietly).
pub fn clock_skew_ms(date_header: &str, device_now_ms: f64) -> Option<f64> {
    skew_from(parse_http_date(date_header)?, device_now_ms)
}

fn skew_from(server: Instant, device_now_ms: f64) -> Option<f64> {
    // `as f64` is exact for any plausible date (|seconds| < 2^53 / 1000).
    let skew = server.0 as f64 * 1000.0 - device_now_ms;
    (skew.is_finite() && skew.abs() > SKEW_THRESHOLD_MS).then_some(skew)
}

/// The instant (whole seconds, floored) of `ms` since the epoch.
fn ms_to_instant(ms: f64) -> Instant {
    Instant((ms / 1000.0).floor() as i64)
}

const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const LONG_WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Parses an HTTP-date (RFC 9110 §5.6.7): the IMF-fixdate every server
/// sends today, `Sun, 06 Nov 1994 08:49:37 GMT`, and the two obsolete forms
/// recipients must accept, RFC 850 `Sunday, 06-Nov-94 08:49:37 GMT` (years
/// 70-99 are 19xx, 00-69 are 20xx) and asctime `Sun Nov  6 08:49:37 1994`.
/// Names are case-sensitive, as the grammar says; the weekday is checked to
/// be a weekday name, not to match the date.
pub fn parse_http_date(s: &str) -> Option<Instant> {
    let parts: Vec<&str> = s.split_ascii_whitespace().collect();
    let (date, time) = match parts.as_slice() {
        [weekday, day, month, year, time, "GMT"] if weekday_is(weekday, &WEEKDAYS, ",") => {
            (civil(year, month, day, 4)?, time)
        }
        [weekday, dmy, time, "GMT"] if weekday_is(weekday, &LONG_WEEKDAYS, ",") => {
            let mut it = dmy.split('-');
            let (day, month, yy) = (it.next()?, it.next()?, it.next()?);
            if it.next().is_some() {
                return None;
            }
            let yy = number(yy, 2, 2)?;
            let year = if yy >= 70 { 1900 + yy } else { 2000 + yy };
            (civil(&year.to_string(), month, day, 4)?, time)
        }
        [weekday, month, day, time, year] if weekday_is(weekday, &WEEKDAYS, "") => {
            (civil(year, month, day, 4)?, time)
        }
        _ => return None,
    };
    let mut hms = time.split(':');
    let (h, m, sec) = (hms.next()?, hms.next()?, hms.next()?);
    if hms.next().is_some() {
        return None;
    }
    let (h, m, sec) = (number(h, 2, 2)?, number(m, 2, 2)?, number(sec, 2, 2)?);
    if h > 23 || m > 59 || sec > 59 {
        return None;
    }
    let seconds = days_from_civil(date) * 86_400 + i64::from(h * 3600 + m * 60 + sec);
    Some(Instant(seconds))
}

fn weekday_is(word: &str, names: &[&str], suffix: &str) -> bool {
    word.strip_suffix(suffix)
        .is_some_and(|name| names.contains(&name))
}

/// The date `year`-`month`-`day` (day of 1 or 2 digits, month a name).
fn civil(year: &str, month: &str, day: &str, year_digits: usize) -> Option<CivilDate> {
    let year = i32::try_from(number(year, year_digits, year_digits)?).ok()?;
    let month = MONTHS.iter().position(|m| *m == month)? as u8 + 1;
    let day = u8::try_from(number(day, 1, 2)?).ok()?;
    is_valid_date(year, month, day).then_some(CivilDate { year, month, day })
}

/// The value of `s` if it is `min..=max` ASCII digits.
fn number(s: &str, min: usize, max: usize) -> Option<u32> {
    let ok = (min..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| s.parse().ok()).flatten()
}
