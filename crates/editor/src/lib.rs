//! live-agenda-editor: the organisers' editor (issue 15), its own wasm and
//! page (`dist/editor/`), never part of what a visitor downloads.
//!
//! - [`document`] (pure, tested natively): what an opened file, pasted rows
//!   and a download are, read from the core; every sentence from the core's
//!   catalogue.
//! - [`remote`] (pure, tested natively): the WordPress connection, read
//!   from the page's fragment, and what the plugin's REST answers mean.
//! - `app`, `fields`, `preview` (wasm only): the Leptos views (the page,
//!   the form's fields, the real widget beside them); they show, they do
//!   not decide.
//! - `browser` (wasm only): the web APIs the editor adds to the widget's
//!   (`live_agenda::browser`): reading a chosen file; `store`: the
//!   requests to the plugin's REST API.
//! - `save` (wasm only): `SaveBar`, saving to WordPress; `live`: the live
//!   controls for a phone (`view=live`).

pub mod document;
pub mod remote;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod fields;
#[cfg(target_arch = "wasm32")]
pub mod live;
#[cfg(target_arch = "wasm32")]
pub mod preview;
#[cfg(target_arch = "wasm32")]
pub mod save;
#[cfg(target_arch = "wasm32")]
pub mod store;
