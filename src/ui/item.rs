//! One programme item: its time, kind, speakers, title.

use leptos::prelude::*;

use crate::browser::tz::IntlZones;
use crate::i18n::{self, Lang};
use crate::programme::model::{Item, Kind};
use crate::programme::time::{local_at_offset, rfc3339};
use crate::programme::tz::TimeZones;
use crate::timeline::State;
use crate::ui::agenda::localised;

/// An item of the agenda, following the DOM contract: `data-session-id`,
/// `data-kind`, `data-state`, and its start as `<time datetime>`.
#[component]
pub fn ItemView(
    /// The item to show.
    item: Item,
    /// The zone its times are shown in.
    zone: String,
    /// The interface language.
    lang: RwSignal<Lang>,
    /// Its state now (a memo: the attribute changes only when the state does).
    state: Memo<State>,
) -> impl IntoView {
    // The zone was checked when the programme was loaded; should the browser
    // still refuse it, UTC keeps the agenda readable rather than empty.
    let start = IntlZones
        .local(&zone, item.start)
        .unwrap_or_else(|_| local_at_offset(item.start, 0));
    let datetime = rfc3339(&start);
    let kind = item.kind.clone();
    let class = format!("la-item la-item--{}", css_modifier(&kind));
    let speakers = (!item.speakers.is_empty()).then(|| item.speakers.join(", "));
    let title = item.title.clone();

    view! {
        <li
            class=class
            data-session-id=item.id.clone()
            data-kind=kind.as_str().to_owned()
            data-state=move || state.get().as_str()
        >
            <time class="la-time" datetime=datetime>
                {move || i18n::format_time(lang.get(), start.time)}
            </time>
            <div class="la-body">
                {kind_label(&kind).map(|k| view! { <span class="la-kind">{move || i18n::kind_label(lang.get(), &k)}</span> })}
                {speakers.map(|s| view! { <p class="la-speakers">{s}</p> })}
                {move || {
                    let (text_lang, text) = localised(&title, lang.get());
                    view! { <h3 class="la-item-title" lang=text_lang>{text}</h3> }
                }}
            </div>
        </li>
    }
}

/// The kinds that get a visible label: a talk needs none (it has speakers);
/// welcome, break and end say what they are in their title and their style;
/// a discussion or any other kind is named.
fn kind_label(kind: &Kind) -> Option<Kind> {
    matches!(kind, Kind::Discussion | Kind::Other(_)).then(|| kind.clone())
}

/// A CSS-safe modifier for the kind: the known kinds by name, any other as
/// `other` (a file's free string never reaches a class name).
fn css_modifier(kind: &Kind) -> &'static str {
    match kind {
        Kind::Welcome => "welcome",
        Kind::Talk => "talk",
        Kind::Break => "break",
        Kind::Discussion => "discussion",
        Kind::End => "end",
        Kind::Other(_) => "other",
    }
}
