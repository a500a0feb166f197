//! The visitor's two choices: the language, and the time zone the times are
//! shown in. Both are remembered in the browser's storage.

use leptos::prelude::*;

use crate::browser::storage;
use crate::i18n::{Lang, Msg};
use crate::ui::{aria_bool, tr};

/// Storage key of the language choice.
pub const LANG_KEY: &str = "lang";
/// Storage key of the zone choice (`event` or `viewer`).
pub const ZONE_KEY: &str = "zone";

/// `[data-lang-switch]`: one button per language, the active one
/// `aria-pressed="true"`.
#[component]
pub fn LangSwitch(
    /// The interface language, changed by the buttons.
    lang: RwSignal<Lang>,
) -> impl IntoView {
    // An array, not a collected Vec: a fixed set of buttons needs none of
    // a list's rendering code.
    let buttons = Lang::ALL.map(|choice| {
        view! {
            <button
                type="button"
                class="la-switch-button"
                data-lang=choice.code()
                lang=choice.code()
                title=choice.name()
                aria-pressed=aria_bool(move || lang.get() == choice)
                on:click=move |_| {
                    lang.set(choice);
                    storage::set(LANG_KEY, choice.code());
                }
            >
                {choice.code().to_ascii_uppercase()}
            </button>
        }
    });
    view! {
        <div
            class="la-switch"
            data-lang-switch=""
            role="group"
            aria-label=tr(lang, Msg::LanguageSwitch)
        >
            {buttons}
        </div>
    }
}

/// `[data-zone-switch]`: the event's zone or the visitor's, both named;
/// offered only when they give different wall-clock times.
#[component]
pub fn ZoneSwitch(
    /// The interface language.
    lang: RwSignal<Lang>,
    /// Whether the visitor's zone is chosen.
    use_viewer: RwSignal<bool>,
    /// The event's zone name.
    event_zone: String,
    /// The visitor's zone name.
    viewer_zone: String,
) -> impl IntoView {
    let choice = move |viewer: bool, msg: Msg, zone: String| {
        view! {
            <button
                type="button"
                class="la-switch-button"
                data-zone=if viewer { "viewer" } else { "event" }
                aria-pressed=aria_bool(move || use_viewer.get() == viewer)
                on:click=move |_| {
                    use_viewer.set(viewer);
                    storage::set(ZONE_KEY, if viewer { "viewer" } else { "event" });
                }
            >
                {tr(lang, msg)}
                <span class="la-zone-name">{zone.clone()}</span>
            </button>
        }
    };
    view! {
        <div
            class="la-switch la-switch--zone"
            data-zone-switch=""
            role="group"
            aria-label=tr(lang, Msg::TimeZoneSwitch)
        >
            {choice(false, Msg::EventTimes, event_zone)}
            {choice(true, Msg::MyTimes, viewer_zone)}
        </div>
    }
}
