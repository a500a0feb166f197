//! Fetching the programme file.

use gloo_net::http::Request;
use web_sys::RequestCache;

/// Why the programme file could not be fetched. Every variant reaches the
/// screen in words (see `ui::error`).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    /// No answer at all: offline, DNS, CORS, connection refused.
    #[error("network error: {0}")]
    Network(String),
    /// The server answered with an error status.
    #[error("HTTP {status} {text}")]
    Http { status: u16, text: String },
}

/// A successful answer: the body and the server's `Date` header if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fetched {
    pub text: String,
    pub date_header: Option<String>,
}

/// GETs `url` as text. `no-cache` lets the browser revalidate with the
/// server's validators (ETag / Last-Modified): a cheap 304 when unchanged,
/// never a stale copy during the event.
pub async fn fetch_text(url: &str) -> Result<Fetched, FetchError> {
    let response = Request::get(url)
        .cache(RequestCache::NoCache)
        .send()
        .await
        .map_err(|e| FetchError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(FetchError::Http {
            status: response.status(),
            text: response.status_text(),
        });
    }
    let date_header = response.headers().get("date");
    let text = response
        .text()
        .await
        .map_err(|e| FetchError::Network(e.to_string()))?;
    Ok(Fetched { text, date_header })
}
