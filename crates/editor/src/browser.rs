//! The web APIs the editor adds to the widget's (`live_agenda::browser`):
//! the text of a file chosen in a file input.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;

/// The text of the first file chosen in `input`; `None` when none is, or
/// when it cannot be read.
pub async fn chosen_file_text(input: &HtmlInputElement) -> Option<String> {
    let file = input.files()?.get(0)?;
    let text = JsFuture::from(file.text()).await.ok()?;
    text.as_string()
}

/// Sets the page's `lang` (the interface language, for screen readers).
pub fn set_page_lang(code: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", code);
    }
}

/// The element an event came from, as `T`.
pub fn target<T: JsCast>(event: &web_sys::Event) -> Option<T> {
    event.target()?.dyn_into::<T>().ok()
}

/// Focuses the element with `id`, if the page has it (a problem's field),
/// unfolding the item it is in first.
pub fn focus_by_id(id: &str) {
    let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    if let Ok(Some(folded)) = element.closest("details:not([open])") {
        let _ = folded.set_attribute("open", "");
    }
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// The time zones the browser knows (`Intl.supportedValuesOf`), for the
/// form's list; empty where the browser cannot say (typing still works).
pub fn supported_zones() -> Vec<String> {
    let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok();
    let supported = intl
        .as_ref()
        .and_then(|intl| js_sys::Reflect::get(intl, &"supportedValuesOf".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let (Some(intl), Some(supported)) = (intl, supported) else {
        return Vec::new();
    };
    supported
        .call1(&intl, &"timeZone".into())
        .ok()
        .and_then(|list| list.dyn_into::<js_sys::Array>().ok())
        .map(|list| list.iter().filter_map(|z| z.as_string()).collect())
        .unwrap_or_default()
}

/// The device's clock, as an instant.
pub fn device_now() -> live_agenda_core::programme::Instant {
    live_agenda_core::programme::Instant((js_sys::Date::now() / 1000.0) as i64)
}

/// An open shadow root on `host` whose stylesheet is `css` (adopted, not a
/// `<style>` element, so that a strict style policy allows it), and the
/// element inside it to mount a view into.
pub fn shadow_mount_point(host: &web_sys::HtmlElement, css: &str) -> Option<web_sys::HtmlElement> {
    let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open);
    let root = host.attach_shadow(&init).ok()?;
    let sheet = web_sys::CssStyleSheet::new().ok()?;
    sheet.replace_sync(css).ok()?;
    let sheets = js_sys::Array::of1(&sheet);
    js_sys::Reflect::set(&root, &"adoptedStyleSheets".into(), &sheets).ok()?;
    let point = web_sys::window()?
        .document()?
        .create_element("div")
        .ok()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()?;
    root.append_child(&point).ok()?;
    Some(point)
}

/// Why a programme could not be fetched from an address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// No answer (offline, refused, not allowed across sites).
    Network,
    /// An answer other than 2xx, with its status.
    Status(u16),
}

/// The text at `url` (`GET`, the browser's cache revalidated).
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    match request(url, &init).await {
        Ok(answer) if (200..300).contains(&answer.status) => Ok(answer.text),
        Ok(answer) => Err(FetchError::Status(answer.status)),
        Err(_) => Err(FetchError::Network),
    }
}

/// An answer to [`request`].
pub struct Answer {
    pub status: u16,
    /// Its `ETag` header, if any.
    pub etag: Option<String>,
    pub text: String,
}

/// One request: the answer, or the browser's words for why there was none
/// ("Failed to fetch"). The editor's one way to `fetch` (an address to
/// open, the plugin's REST route).
pub async fn request(url: &str, init: &web_sys::RequestInit) -> Result<Answer, String> {
    let window = web_sys::window().ok_or_else(|| "no window".to_owned())?;
    let words = |e: JsValue| {
        e.dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_default()
    };
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(url, init))
        .await
        .map_err(words)?
        .unchecked_into();
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise).await.map_err(words)?,
        Err(e) => return Err(words(e)),
    };
    Ok(Answer {
        status: response.status(),
        etag: response.headers().get("ETag").ok().flatten(),
        text: text.as_string().unwrap_or_default(),
    })
}
