//! The widget's root: fetches and loads the programme, owns the language and
//! the clock, and shows the agenda, or why there is none.

use leptos::prelude::*;

use crate::browser::clock::{use_clock, UseClockReturn};
use crate::browser::fetch::{fetch_text, FetchError};
use crate::browser::tz::IntlZones;
use crate::browser::{env, storage};
use crate::clock::VirtualClock;
use crate::i18n::{self, Msg};
use crate::options::{resolve_now, Options};
use crate::programme::{self, Loaded, Problem};
use crate::ui::agenda::Agenda;
use crate::ui::error::ErrorView;
use crate::ui::switches::LANG_KEY;

/// Why there is no programme to show.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The file could not be fetched.
    Fetch(FetchError),
    /// The file was fetched but is not a usable programme.
    Invalid(Vec<Problem>),
}

/// Fetches `src` and loads it, resolving times with the browser's zones.
pub async fn load_programme(src: String) -> Result<Loaded, LoadError> {
    let fetched = fetch_text(&src).await.map_err(LoadError::Fetch)?;
    programme::load(&fetched.text, &IntlZones).map_err(LoadError::Invalid)
}

/// One live agenda, configured by its embed's options.
#[component]
pub fn App(
    /// The options read from the mount point (and the URL on the standalone page).
    options: Options,
) -> impl IntoView {
    let lang = RwSignal::new(i18n::initial_lang(
        options.lang.as_deref(),
        storage::get(LANG_KEY).as_deref(),
        &env::navigator_languages(),
    ));
    let UseClockReturn { now, set_clock } = use_clock();
    let src = options.src.clone();
    let loaded = LocalResource::new(move || load_programme(src.clone()));

    // A preview clock (`now=`, `speed=`) can only start once the programme
    // is known: `HH:MM` means that time on the event's date, in its zone.
    let preview = options.clone();
    Effect::new(move |_| {
        let Some(Ok(loaded)) = loaded.get() else {
            return;
        };
        if let Some(start) = preview
            .now
            .as_deref()
            .and_then(|now| resolve_now(now, &loaded.programme, &IntlZones))
        {
            set_clock.run(VirtualClock::preview(
                js_sys::Date::now(),
                start,
                preview.speed,
            ));
        }
    });

    let file = options.src.clone();
    view! {
        <section class="la-root" lang=move || lang.get().code()>
            {move || match loaded.get() {
                None => {
                    view! {
                        <p class="la-loading" role="status">
                            {move || i18n::t(lang.get(), Msg::Loading)}
                        </p>
                    }
                        .into_any()
                }
                Some(Err(error)) => {
                    view! { <ErrorView error=error file=file.clone() lang=lang/> }.into_any()
                }
                Some(Ok(loaded)) => {
                    view! { <Agenda programme=loaded.programme lang=lang now=now/> }.into_any()
                }
            }}
        </section>
    }
}
