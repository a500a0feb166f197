//! The editor's requests to the WordPress plugin's REST API: read the
//! programme, save it. What an answer means is [`crate::remote`]'s; here
//! only `fetch` and the page's URL.
//!
//! `fetch` through web-sys, as the widget does (`live_agenda::browser::
//! source`): gloo-net would bring serde_json's error messages along.

use live_agenda::browser::json::BrowserJson;
use wasm_bindgen::JsValue;
use web_sys::{RequestCache, RequestCredentials, RequestInit};

use crate::browser::{request, Answer};

use crate::remote::{
    load_outcome, parse_fragment, same_origin, save_outcome, LoadOutcome, Remote, SaveOutcome,
    Version,
};

/// The connection the page's fragment describes, when it names a
/// programme on the page's own origin (the login cookie and the nonce go
/// nowhere else); `None`: the editor runs standalone.
pub fn remote_from_page() -> Option<Remote> {
    let location = web_sys::window()?.location();
    let remote = parse_fragment(&location.hash().ok()?)?;
    let origin = location.origin().ok()?;
    same_origin(&remote.rest, &origin).then_some(remote)
}

/// The programme's stored text (GET `remote.rest`): its text, `New` on a
/// 404 (saving creates it), or why not; and the version a save will
/// replace. Never a cached copy: the text to edit is the one stored now.
pub async fn load_programme(remote: &Remote) -> (LoadOutcome, Version) {
    let init = RequestInit::new();
    init.set_method("GET");
    init.set_cache(RequestCache::NoStore);
    init.set_credentials(RequestCredentials::SameOrigin);
    match request(&remote.rest, &init).await {
        Ok(Answer { status, etag, text }) => {
            let outcome = load_outcome(status, text);
            let version = match outcome {
                LoadOutcome::New => Version::Absent,
                _ => Version::from_etag(etag),
            };
            (outcome, version)
        }
        Err(_) => (LoadOutcome::Failed(None), Version::Any),
    }
}

/// Saves `text` as the programme (PUT `remote.rest` with the nonce): the
/// checker judges it, WordPress keeps a revision and rewrites the static
/// file the phones poll. Only over `replaces` (its precondition): a 412
/// otherwise. Returns the version now stored when it was saved.
pub async fn save_programme(
    remote: &Remote,
    text: &str,
    replaces: &Version,
) -> (SaveOutcome, Version) {
    let init = RequestInit::new();
    init.set_method("PUT");
    init.set_cache(RequestCache::NoStore);
    init.set_credentials(RequestCredentials::SameOrigin);
    init.set_body(&JsValue::from_str(text));
    let headers = web_sys::Headers::new().ok();
    if let Some(headers) = &headers {
        let _ = headers.set("Content-Type", "application/json");
        let _ = headers.set("X-WP-Nonce", &remote.nonce);
        if let Some((name, value)) = replaces.precondition() {
            let _ = headers.set(name, value);
        }
        init.set_headers(headers);
    }
    match request(&remote.rest, &init).await {
        Ok(Answer { status, etag, text }) => (
            save_outcome(status, &text, &BrowserJson),
            Version::from_etag(etag),
        ),
        Err(detail) => (
            SaveOutcome::Failed {
                status: None,
                detail,
            },
            Version::Any,
        ),
    }
}
