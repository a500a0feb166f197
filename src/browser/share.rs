//! What attendees do with the programme besides reading it: save it to their
//! calendar (a file download), share an item's link.

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `text` as a file download named `file_name`.
pub fn download(file_name: &str, media_type: &str, text: &str) -> Result<(), JsValue> {
    let parts = Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(media_type);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let link: HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // The click has started the download: the URL is no longer needed.
    Url::revoke_object_url(&url)
}

/// How a link was shared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    /// The phone's share sheet took it.
    Sheet,
    /// Copied to the clipboard (no share sheet on this device).
    Copied,
    /// The visitor closed the share sheet.
    Cancelled,
}

/// Shares `url` with the Web Share API where the device has it, else
/// copies it to the clipboard. Called through `Reflect` because both APIs
/// are missing on some browsers, which a typed binding would not allow for.
pub async fn share_link(title: &str, url: &str) -> Result<Shared, JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let navigator: JsValue = window.navigator().into();
    if let Ok(share) = Reflect::get(&navigator, &"share".into())?.dyn_into::<Function>() {
        let data = Object::new();
        Reflect::set(&data, &"title".into(), &title.into())?;
        Reflect::set(&data, &"url".into(), &url.into())?;
        let promise: Promise = share.call1(&navigator, &data)?.dyn_into()?;
        return match JsFuture::from(promise).await {
            Ok(_) => Ok(Shared::Sheet),
            // AbortError: the visitor closed the sheet; not a failure.
            Err(e)
                if Reflect::get(&e, &"name".into())
                    .ok()
                    .and_then(|n| n.as_string())
                    .as_deref()
                    == Some("AbortError") =>
            {
                Ok(Shared::Cancelled)
            }
            Err(e) => Err(e),
        };
    }
    let clipboard = Reflect::get(&navigator, &"clipboard".into())?;
    let write: Function = Reflect::get(&clipboard, &"writeText".into())?.dyn_into()?;
    let promise: Promise = write.call1(&clipboard, &url.into())?.dyn_into()?;
    JsFuture::from(promise).await?;
    Ok(Shared::Copied)
}

/// The page's URL without its fragment: the base of an item's deep link.
pub fn page_url() -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    Some(href.split('#').next().unwrap_or_default().to_owned())
}

/// The item id named by the page's fragment (`#fercoq-adam`), decoded.
pub fn fragment_id() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let raw = hash.strip_prefix('#').filter(|h| !h.is_empty())?;
    js_sys::decode_uri_component(raw)
        .ok()
        .and_then(|s| s.as_string())
}

/// The page's fragment as written, without `#` (`mine=a,b`), if any.
pub fn fragment() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    hash.strip_prefix('#')
        .filter(|h| !h.is_empty())
        .map(str::to_owned)
}

/// Writes `fragment` (without `#`; empty removes it) into the address bar
/// without reloading or adding a history entry: a link's offer, once
/// answered, is not made again on a reload, and a big programme's view
/// (day, room, search) is what a copied address reproduces.
pub fn set_fragment(fragment: &str) {
    if let (Some(window), Some(page)) = (web_sys::window(), page_url()) {
        if let Ok(history) = window.history() {
            let url = if fragment.is_empty() {
                page
            } else {
                format!("{page}#{fragment}")
            };
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}
