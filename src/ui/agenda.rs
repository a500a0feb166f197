//! The programme as a vertical agenda: the event's header, the items, the
//! practical information.

use leptos::prelude::*;

use crate::browser::tz::IntlZones;
use crate::i18n::{self, Lang, Msg};
use crate::programme::model::{Instant, Programme, Text};
use crate::programme::tz::TimeZones;
use crate::timeline;
use crate::ui::item::ItemView;

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
    let programme = StoredValue::new(programme);
    // Every item's state at the current instant; items read their own part
    // through memos so that a tick only touches what changed.
    let timeline = Memo::new(move |_| programme.with_value(|p| timeline::at(p, now.get())));

    let event = programme.with_value(|p| p.event.clone());
    let zone = event.timezone.clone();
    let first_day = programme.with_value(|p| p.items.first().map(|i| i.start));
    let date = first_day
        .and_then(|start| IntlZones.local(&zone, start).ok())
        .map(|l| l.date);

    let title = event.title.clone();
    let info = event.info.clone();
    let items = programme.with_value(|p| p.items.clone());
    let item_views = items
        .into_iter()
        .enumerate()
        .map(|(index, item)| {
            let state = Memo::new(move |_| timeline.with(|t| t.state(index)));
            view! { <ItemView item=item zone=zone.clone() lang=lang state=state/> }
        })
        .collect_view();

    view! {
        <header class="la-header">
            {move || {
                let (text_lang, text) = localised(&title, lang.get());
                view! { <h2 class="la-title" lang=text_lang>{text}</h2> }
            }}
            {date.map(|d| view! { <p class="la-date">{move || i18n::format_date(lang.get(), d)}</p> })}
            <p class="la-zone">{move || i18n::times_in_zone(lang.get(), &event.timezone)}</p>
        </header>
        <ol class="la-list">{item_views}</ol>
        {info.map(|info| {
            view! {
                <aside class="la-info">
                    <h3 class="la-info-title">{move || i18n::t(lang.get(), Msg::PracticalInfo)}</h3>
                    {move || {
                        let (text_lang, text) = localised(&info, lang.get());
                        view! { <p lang=text_lang>{text}</p> }
                    }}
                </aside>
            }
        })}
    }
}
