//! What every item of one widget shares, built once by the agenda and
//! handed down as one `Copy` value instead of a prop each.
//!
//! Not through `provide_context`: Leptos's context is a type map whose
//! code costs 0.9 KB brotli of wasm (measured), more than the whole
//! renovation was allowed to add to the first load; one prop of one small
//! struct gives the same single place for these values.

use std::collections::HashSet;

use leptos::prelude::*;

use crate::browser::share::Shared;
use crate::i18n::Lang;
use crate::mine::Mine;

/// Which calendar file a button asks for: the owned form of
/// [`crate::ics::Selection`], whose visitor's selection is the agenda's.
#[derive(Clone, Debug, PartialEq)]
pub enum Download {
    All,
    Item(String),
    Mine,
}

/// One widget's shared values; `Copy`, as signals and callbacks are.
#[derive(Clone, Copy)]
pub struct WidgetContext {
    /// The interface language.
    pub lang: RwSignal<Lang>,
    /// The zone the times are shown in (the event's or the visitor's).
    pub zone: Signal<String>,
    /// Unique per widget: element ids must not collide between widgets.
    pub instance: usize,
    /// The ids of the items whose abstract is open (kept across updates).
    pub open_abstracts: RwSignal<HashSet<String>>,
    /// Downloads a calendar file.
    pub save_ics: Callback<Download>,
    /// Shares an item's deep link.
    pub share: Callback<String>,
    /// The last item shared, and how.
    pub shared: RwSignal<Option<(String, Shared)>>,
    /// The visitor's starred sessions (my programme).
    pub mine: RwSignal<Mine>,
    /// Whether only they are shown (`[data-filter="mine"]`).
    pub only_mine: RwSignal<bool>,
    /// Stars or unstars a session, and remembers it.
    pub star: Callback<String>,
}
