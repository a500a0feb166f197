//! The web APIs the editor adds to the widget's (`live_agenda::browser`):
//! the text of a file chosen in a file input.

use wasm_bindgen::JsCast;
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
