//! What one fetch gave, and why it gave no usable programme (the words for
//! it are in `i18n::sync`).

use crate::programme::Problem;

/// What one fetch attempt gave.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// A successful answer whose text looks like JSON (not yet validated),
    /// with the server's time if it sent one.
    Fresh {
        text: String,
        /// The server's clock (its `Date` header, read by the browser's
        /// `Date.parse`), ms since the epoch.
        server_ms: Option<f64>,
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
    /// No answer within [`crate::sync::FETCH_TIMEOUT_MS`].
    Timeout,
    /// A successful answer converted apart (a `schedule.json` export,
    /// [`crate::programme::convert_with`]) that could not be used: what
    /// the converter found.
    Invalid(Vec<Problem>),
}

/// Turns an HTTP answer into an [`Outcome`]: 2xx is [`Outcome::Fresh`] if
/// the body looks like JSON ([`looks_like_json`]), else
/// [`Outcome::NotJson`]; 304 is [`Outcome::Unchanged`]; status 0 (an opaque
/// or aborted answer) a network error; anything else an HTTP error.
///
/// The `Content-Type` is deliberately not consulted: static hosts label
/// JSON files variously (`text/plain`, `application/octet-stream`), while an
/// HTML page never starts with `{` or `[`.
pub fn classify(status: u16, text: String, server_ms: Option<f64>) -> Outcome {
    match status {
        200..=299 if looks_like_json(&text) => Outcome::Fresh { text, server_ms },
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
}
