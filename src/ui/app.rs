//! The widget's root: keeps the programme live, owns the language and the
//! clock, and shows the agenda, or why there is none.

use leptos::prelude::*;

use crate::browser::clock::{use_clock, UseClockReturn};
use crate::browser::source::use_programme;
use crate::browser::tz::{local_in, IntlZones};
use crate::browser::{env, storage};
use crate::clock::preview_start;
use crate::i18n::{self, Msg};
use crate::mine;
use crate::options::Options;
use crate::programme::Programme;
use crate::reactive::until_done;
use crate::ui::agenda::Agenda;
use crate::ui::error::ErrorView;
use crate::ui::switches::LANG_KEY;
use crate::ui::{hidden_unless, optional_attr, reactive_string, tr};

/// One live agenda, configured by its embed's options.
#[component]
pub fn App(
    /// The options read from the mount point (and the URL on the standalone page).
    options: Options,
    /// Called once the widget has drawn its programme or its error, before
    /// that reaches the screen (the mount point then stops reserving space,
    /// and the standalone page's first paint gives way to it, in the same
    /// frame).
    #[prop(optional)]
    on_shown: Option<Callback<()>>,
) -> impl IntoView {
    let lang = RwSignal::new(i18n::initial_lang(
        options.lang.as_deref(),
        storage::get(LANG_KEY).as_deref(),
        &env::navigator_languages(),
    ));
    let source = use_programme(options.src.clone());
    let has_programme = Memo::new(move |_| source.programme.with(Option::is_some));
    // The clock (`clock::ClockChoice`, in the clock hook): a preview (`now=`,
    // `speed=`) once the programme is known, else the device's clock,
    // corrected when the server's `Date` disagrees by minutes.
    let now_option = options.now.clone();
    let preview = move || {
        source
            .programme
            .with(|p| preview_start(now_option.as_deref(), p.as_ref(), &IntlZones))
    };
    let UseClockReturn {
        now,
        ready: clock_ready,
        wake_at,
        preview: previewing,
        agenda_at,
    } = use_clock(preview, options.speed, source.skew_ms);
    let ready = Memo::new(move |_| has_programme.get() && clock_ready.get());

    // Once the programme or its error is on screen, the mount point stops
    // reserving space.
    until_done(move || {
        let shown = ready.get() || source.error.with(Option::is_some);
        if let (true, Some(on_shown)) = (shown, on_shown) {
            on_shown.run(());
        }
        shown
    });

    let error_file = options.src.clone();
    // A memo, not a derived signal: every read of a derived signal would
    // clone the whole programme (1.3 MB for 2,000 items) on each tick.
    let programme: Signal<Programme> =
        Memo::new(move |_| source.programme.get().unwrap_or_default()).into();
    // Its times on the agenda's clock: a preview's update is said at the
    // preview's time, as everything else.
    let notice = move || {
        now.track();
        let zone = programme.with(|p| p.event.timezone.clone());
        source
            .notice()
            .map(|n| i18n::sync_notice(lang.get(), &n, |i| local_in(&zone, agenda_at.run(i))))
    };
    let has_notice = Memo::new(move |_| notice().is_some());
    view! {
        <section class="la-root" lang=move || lang.get().code()>
            {move || {
                source
                    .error
                    .get()
                    .map(|error| view! { <ErrorView error=error file=error_file.clone() lang=lang/> })
            }}
            // How fresh the programme shown is, when that is news: a live
            // region that is always there, so that its words are read out.
            <p
                class="la-notice la-notice--sync"
                data-notice=optional_attr(move || has_notice.get().then_some(""))
                hidden=hidden_unless(move || has_notice.get())
                role="status"
            >
                {reactive_string(move || notice().unwrap_or_default())}
            </p>
            <Show
                when=move || ready.get()
                fallback=move || {
                    view! {
                        <Show when=move || source.error.with(Option::is_none)>
                            <p class="la-loading" role="status">
                                {tr(lang, Msg::Loading)}
                            </p>
                        </Show>
                    }
                }
            >
                <Agenda
                    programme=programme
                    lang=lang
                    now=now
                    changed=source.changed
                    wake_at=wake_at
                    preview=previewing
                    standalone=options.standalone
                    mine_key=mine::storage_key(&options.src)
                />
            </Show>
        </section>
    }
}
