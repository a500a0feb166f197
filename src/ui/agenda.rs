//! The programme as a live agenda: the event's header and switches, the
//! one-line status, the items, the practical information.

use leptos::html;
use leptos::prelude::*;

use crate::browser::tz::IntlZones;
use crate::browser::{env, scroll, storage};
use crate::display::viewer_zone_differs;
use crate::i18n::{self, Lang, Msg};
use crate::programme::model::{Instant, Programme, Text};
use crate::timeline::{self, Timeline};
use crate::ui::item::{local_in, ItemView};
use crate::ui::switches::{LangSwitch, ZoneSwitch, ZONE_KEY};

/// `text` in `lang` if it has it, else in another language: (the `lang`
/// attribute of what is shown, the text).
pub fn localised(text: &Text, lang: Lang) -> (String, String) {
    i18n::pick(lang, text)
        .map(|p| (p.lang.to_owned(), p.text.to_owned()))
        .unwrap_or_default()
}

/// The agenda of a loaded programme.
#[component]
pub fn Agenda(
    /// The validated programme.
    programme: Programme,
    /// The interface language.
    lang: RwSignal<Lang>,
    /// The agenda's current instant (the live clock).
    now: ReadSignal<Instant>,
) -> impl IntoView {
    let instance = env::next_instance();
    let event = programme.event.clone();
    let event_zone = event.timezone.clone();
    let viewer_zone = env::viewer_zone().filter(|v| viewer_zone_differs(&programme, v, &IntlZones));
    let use_viewer =
        RwSignal::new(viewer_zone.is_some() && storage::get(ZONE_KEY).as_deref() == Some("viewer"));
    let zone = {
        let (event_zone, viewer_zone) = (event_zone.clone(), viewer_zone.clone());
        Signal::derive(move || match (&viewer_zone, use_viewer.get()) {
            (Some(viewer), true) => viewer.clone(),
            _ => event_zone.clone(),
        })
    };

    let items = programme.items.clone();
    let first_start = items.first().map(|i| i.start);
    let programme = StoredValue::new(programme);
    // Every item's state at the current instant; items read their own part
    // through memos so that a tick touches only what changed.
    let timeline = Memo::new(move |_| programme.with_value(|p| timeline::at(p, now.get())));

    // The status changes once a minute at most; a memo keeps the DOM still
    // when a recomputation gives the same words.
    let status_parts = Memo::new(move |_| {
        let zone = zone.get();
        timeline.with(|t| {
            programme.with_value(|p| i18n::status_parts(lang.get(), t, p, |i| local_in(&zone, i)))
        })
    });
    let status = move || status_parts.with(|parts| parts.join(" · "));

    let list = NodeRef::<html::Ol>::new();
    scroll_to_now_once(list);

    let title = event.title.clone();
    let info = event.info.clone();
    let item_views = items
        .into_iter()
        .enumerate()
        .map(|(index, item)| {
            view! { <ItemView item=item index=index zone=zone lang=lang timeline=timeline instance=instance/> }
        })
        .collect_view();

    view! {
        <header class="la-header">
            {move || {
                let (text_lang, text) = localised(&title, lang.get());
                view! { <h2 class="la-title" lang=text_lang>{text}</h2> }
            }}
            {first_start.map(|start| view! {
                <p class="la-date">{move || i18n::format_date(lang.get(), local_in(&zone.get(), start).date)}</p>
            })}
            <p class="la-zone">{move || i18n::times_in_zone(lang.get(), &zone.get())}</p>
            <div class="la-controls">
                <LangSwitch lang=lang/>
                {viewer_zone.map(|viewer| view! {
                    <ZoneSwitch lang=lang use_viewer=use_viewer event_zone=event_zone.clone() viewer_zone=viewer/>
                })}
            </div>
        </header>
        <p class="la-status" data-status="">
            {move || {
                status_parts
                    .get()
                    .into_iter()
                    .map(|part| view! { <span class="la-status-part">{part}</span> })
                    .collect_view()
            }}
        </p>
        <Announcer timeline=timeline status=Signal::derive(status)/>
        <ol class="la-list" node_ref=list>{item_views}</ol>
        {info.map(|info| {
            view! {
                // A plain block, not <aside>: a complementary landmark must
                // not sit inside the host page's <main>.
                <div class="la-info">
                    <h3 class="la-info-title">{move || i18n::t(lang.get(), Msg::PracticalInfo)}</h3>
                    {move || {
                        let (text_lang, text) = localised(&info, lang.get());
                        view! { <p lang=text_lang>{text}</p> }
                    }}
                </div>
            }
        })}
    }
}

/// A polite live region that speaks the status when the live item changes
/// (not every minute: the minute counts would be noise).
#[component]
fn Announcer(
    /// The timeline at the current instant.
    timeline: Memo<Timeline>,
    /// The current status sentence.
    status: Signal<String>,
) -> impl IntoView {
    let live =
        Memo::new(move |_| timeline.with(|t| t.live.iter().map(|l| l.index).collect::<Vec<_>>()));
    let (message, set_message) = signal(String::new());
    Effect::new(move |previous: Option<Vec<usize>>| {
        let current = live.get();
        // The first run is the page load: the status line is on screen
        // already; only later changes are announced.
        if previous.is_some_and(|p| p != current) {
            set_message.set(status.get_untracked());
        }
        current
    });
    view! { <p class="la-sr-only" role="status" aria-live="polite">{message}</p> }
}

/// On the first render, brings the live item (else the next one) into view,
/// once; never again, so the visitor's own scrolling is never fought.
fn scroll_to_now_once(list: NodeRef<html::Ol>) {
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let Some(list) = list.get() else { return false };
        let target = list
            .query_selector("[data-state=\"live\"]")
            .ok()
            .flatten()
            .or_else(|| {
                list.query_selector("[data-state=\"upcoming\"]")
                    .ok()
                    .flatten()
            });
        // Nothing live or upcoming (before or after the event): the top of
        // the agenda, where it is, is the right place.
        let started = list
            .query_selector("[data-state=\"past\"]")
            .ok()
            .flatten()
            .is_some();
        if let (Some(target), true) = (target, started) {
            scroll::into_view_once(&target);
        }
        true
    });
}
