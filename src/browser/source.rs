//! One widget's programme source, kept live (DESIGN §4): restored from the
//! browser's storage at once, fetched, fetched again every minute while the
//! page is visible and at once when it is shown again, with backoff after
//! failures. The decisions (what to show, store, say; when to retry) are the
//! pure [`crate::sync::SyncState`]'s; this module fetches, stores, sleeps and
//! turns its answers into signals.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, RequestCache, RequestInit, Response};

use crate::browser::clock::real_now_ms as now_ms;
use crate::browser::convert::Converted;
use crate::browser::json::BrowserJson;
use crate::browser::tz::IntlZones;
use crate::browser::visibility::{on_visibility_change, page_hidden};
use crate::browser::{env, storage};
use crate::programme::{load_v1_with, Loaded, Problem, Programme};
use crate::sync::{self, Failure, Notice, Outcome, SyncState, FETCH_TIMEOUT_MS};

/// What [`use_programme`] returns.
#[derive(Clone, Copy)]
pub struct UseProgrammeReturn {
    /// The programme on screen; changes only when a different valid
    /// programme arrives (an unchanged one re-renders nothing).
    pub programme: RwSignal<Option<Programme>>,
    /// Why there is nothing to show, or what the organisers must fix beside
    /// what is shown (an offline failure is only a notice).
    pub error: RwSignal<Option<Failure>>,
    /// Ids of the items changed by the last update.
    pub changed: RwSignal<Vec<String>>,
    /// The server's clock minus the device's, when they differ by minutes.
    pub skew_ms: RwSignal<f64>,
    /// Bumped after every fetch: what [`Self::notice`] depends on.
    version: RwSignal<u64>,
    state: StoredValue<Rc<RefCell<SyncState>>, LocalStorage>,
}

impl UseProgrammeReturn {
    /// The freshness notice now (device clock: ages are counted in the
    /// clock they were recorded in), if any.
    pub fn notice(&self) -> Option<Notice> {
        self.version.track();
        self.state.with_value(|s| s.borrow().notice(now_ms()))
    }

    /// The warnings of the programme shown (an odd but usable file).
    pub fn warnings(&self) -> Vec<Problem> {
        self.version.track();
        self.state.with_value(|s| {
            s.borrow()
                .shown()
                .map(|shown| shown.loaded.warnings.clone())
                .unwrap_or_default()
        })
    }
}

/// v1 only: exports are converted before (`browser::convert`).
fn loader(text: &str) -> Result<Loaded, Vec<Problem>> {
    load_v1_with(text, &BrowserJson, &IntlZones)
}

/// Keeps the programme at `url` live for as long as the widget exists.
pub fn use_programme(url: String) -> UseProgrammeReturn {
    let mut sync_state = SyncState::new(url.clone());
    let key = sync::storage_key(&url);
    sync_state.restore(storage::get(&key).as_deref(), loader);
    let restored = sync_state.programme().cloned();
    let state = Rc::new(RefCell::new(sync_state));
    let ret = UseProgrammeReturn {
        programme: RwSignal::new(restored),
        error: RwSignal::new(None),
        changed: RwSignal::new(Vec::new()),
        skew_ms: RwSignal::new(0.0),
        version: RwSignal::new(0),
        state: StoredValue::new_local(state.clone()),
    };
    let waker = Waker::new();
    spawn_local(run(url, key, state, ret, waker));
    ret
}

/// The fetch loop: fetch, apply, store, sleep; while the page is hidden it
/// sleeps without a timer until the page is shown again.
async fn run(
    url: String,
    key: String,
    state: Rc<RefCell<SyncState>>,
    ret: UseProgrammeReturn,
    waker: Waker,
) {
    // Removed when the loop ends with the widget.
    let _visibility = {
        let waker = waker.clone();
        on_visibility_change(move || waker.wake(true))
    };
    let mut converted = Converted::default();
    loop {
        let outcome = converted.outcome(fetch(&url).await).await;
        let mut step = state.borrow_mut().apply(outcome, now_ms(), loader);
        publish(&state.borrow(), step.replaced, ret);
        if let Some(stored) = step.store.take() {
            store_after_paint(key.clone(), stored.encode());
        }
        let retrying = state.borrow().consecutive_failures() > 0;
        let mut delay = if retrying {
            sync::jittered(step.next_fetch_in_ms, js_sys::Math::random())
        } else {
            step.next_fetch_in_ms
        };
        // Stop when the widget is gone (its signals disposed).
        loop {
            if ret.version.try_get_untracked().is_none() {
                return;
            }
            let woke_by_visibility = waker.sleep((!page_hidden()).then_some(delay)).await;
            if !woke_by_visibility {
                break;
            }
            if !page_hidden() {
                delay = state.borrow().delay_on_visible(now_ms());
                if delay <= 0.0 {
                    break;
                }
            }
        }
    }
}

/// Keeps the copy for the next visit once the programme it holds is on
/// screen: writing a big programme to `localStorage` is synchronous (a
/// tenth of a second for 1.3 MB on a throttled phone, measured) and must
/// not delay the frame that shows it. A hidden page has no frames to wait
/// for: it writes at once, in case it is closed.
fn store_after_paint(key: String, text: String) {
    if page_hidden() {
        storage::set(&key, &text);
        return;
    }
    request_animation_frame(move || {
        Timeout::new(0, move || storage::set(&key, &text)).forget();
    });
}

/// Turns the state into signals, touching only those whose value changed.
fn publish(state: &SyncState, replaced: bool, ret: UseProgrammeReturn) {
    if replaced {
        ret.programme.set(state.programme().cloned());
        ret.changed.set(state.changed().to_vec());
    }
    let error = state.error().cloned();
    if ret.error.get_untracked() != error {
        ret.error.set(error);
    }
    let skew = state.skew_ms();
    if ret.skew_ms.get_untracked() != skew {
        ret.skew_ms.set(skew);
    }
    ret.version.update(|v| *v += 1);
}

/// The loader's own request for `url`, taken once: `live-agenda.js` starts
/// each embed's programme file beside the wasm rather than after it (a
/// round trip saved on a phone's network); every later fetch is the
/// widget's.
fn prefetched(url: &str) -> Option<js_sys::Promise> {
    let programmes = env::loader_field("programmes")?;
    let key = JsValue::from_str(url);
    let request = js_sys::Reflect::get(&programmes, &key).ok()?;
    // Unchecked: the loader's map has no prototype, so no `instanceof Object`.
    let _ = js_sys::Reflect::delete_property(programmes.unchecked_ref::<js_sys::Object>(), &key);
    request.dyn_into().ok()
}

/// One GET of the programme, as an [`Outcome`]; aborted after
/// [`FETCH_TIMEOUT_MS`]. `no-cache` lets the browser revalidate with the
/// server's validators (ETag / Last-Modified): a cheap 304 when unchanged,
/// never a stale copy during the event.
///
/// `fetch` through web-sys directly (gloo-net's error type would bring
/// serde_json's error messages into the wasm for a case we never have).
async fn fetch(url: &str) -> Outcome {
    let controller = AbortController::new().ok();
    let signal = controller.as_ref().map(|c| c.signal());
    let _deadline = controller
        .clone()
        .map(|c| Timeout::new(FETCH_TIMEOUT_MS as u32, move || c.abort()));
    let aborted = || signal.as_ref().is_some_and(|s| s.aborted());
    let failed = |e: JsValue| {
        let error = e.dyn_ref::<js_sys::Error>();
        // The loader's request is aborted by its own deadline, the same
        // length as ours.
        if aborted() || error.is_some_and(|e| e.name() == "TimeoutError") {
            return Outcome::Timeout;
        }
        // The browser's words (a TypeError's message: "Failed to fetch").
        Outcome::NetworkError(error.map(|e| String::from(e.message())).unwrap_or_default())
    };
    let init = RequestInit::new();
    init.set_method("GET");
    init.set_cache(RequestCache::NoCache);
    init.set_signal(signal.as_ref());
    let Some(window) = web_sys::window() else {
        return Outcome::NetworkError("no window".to_owned());
    };
    let request = prefetched(url).unwrap_or_else(|| window.fetch_with_str_and_init(url, &init));
    let response = match JsFuture::from(request).await {
        Ok(response) => response.unchecked_into::<Response>(),
        Err(e) => return failed(e),
    };
    let status = response.status();
    let date = response
        .headers()
        .get("date")
        .ok()
        .flatten()
        .and_then(|d| server_time_ms(&d));
    if !(200..300).contains(&status) {
        return sync::classify(status, String::new(), date);
    }
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise).await,
        Err(e) => Err(e),
    };
    match text {
        Ok(text) => sync::classify(status, text.as_string().unwrap_or_default(), date),
        Err(e) => failed(e),
    }
}

/// An HTTP `Date` header as ms since the epoch, read by the browser's own
/// `Date.parse` (it reads the IMF-fixdate servers send, and the obsolete
/// RFC 850 and asctime forms); `None` when it cannot.
pub fn server_time_ms(header: &str) -> Option<f64> {
    let ms = js_sys::Date::parse(header);
    ms.is_finite().then_some(ms)
}

/// Sleeps for a while or until the page's visibility changes (the fetch
/// loop's listener calls [`Waker::wake`]), whichever comes first; with no
/// duration, only the visibility change wakes it (no timer runs while the
/// page is hidden).
#[derive(Clone)]
struct Waker {
    resolve: Rc<RefCell<Option<js_sys::Function>>>,
    timer: Rc<RefCell<Option<Timeout>>>,
    visible_woke: Rc<RefCell<bool>>,
}

impl Waker {
    fn new() -> Waker {
        Waker {
            resolve: Rc::default(),
            timer: Rc::default(),
            visible_woke: Rc::default(),
        }
    }

    fn wake(&self, by_visibility: bool) {
        *self.timer.borrow_mut() = None;
        if let Some(resolve) = self.resolve.borrow_mut().take() {
            *self.visible_woke.borrow_mut() = by_visibility;
            let _ = resolve.call0(&JsValue::NULL);
        }
    }

    /// Returns whether a visibility change (rather than the time) woke it.
    async fn sleep(&self, ms: Option<f64>) -> bool {
        let mut register = |resolve: js_sys::Function, _reject: js_sys::Function| {
            *self.resolve.borrow_mut() = Some(resolve);
        };
        let promise = js_sys::Promise::new(&mut register);
        if let Some(ms) = ms {
            let waker = self.clone();
            let millis = ms.clamp(0.0, f64::from(i32::MAX)) as u32;
            *self.timer.borrow_mut() = Some(Timeout::new(millis, move || waker.wake(false)));
        }
        let _ = JsFuture::from(promise).await;
        *self.visible_woke.borrow()
    }
}
