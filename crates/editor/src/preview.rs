//! Beside the form, the real widget (the visitor's `Agenda`, in a shadow
//! root with the visitor's stylesheet) showing the programme being edited
//! at any moment of its day: a slider sets the agenda's clock, the
//! widget's own switch its language.

use leptos::prelude::*;
use live_agenda::browser::tz::local_in;
use live_agenda::ui::agenda::Agenda;
use live_agenda_core::i18n::editor::{editor_text, EditorMsg};
use live_agenda_core::i18n::{format_time, Lang};
use live_agenda_core::programme::{Instant, Programme};

use crate::browser::shadow_mount_point;
use crate::document::{preview_range, preview_start};

/// The widget's stylesheet, adopted by the preview's shadow root: the
/// editor's page never loads the visitor's files.
const WIDGET_CSS: &str = include_str!("../../../assets/style.css");

/// The preview: `programme` is the last valid version (`None` before
/// there is one), `stale` whether the form has changed since into
/// something invalid.
#[component]
pub fn Preview(
    lang: RwSignal<Lang>,
    programme: RwSignal<Option<Programme>>,
    stale: Signal<bool>,
) -> impl IntoView {
    // The preview's own language, first the interface's.
    let shown_lang = RwSignal::new(lang.get_untracked());
    let (now, set_now) = signal(Instant(0));
    let range = Memo::new(move |_| programme.with(|p| p.as_ref().and_then(preview_range)));
    // A new day (another date, a first valid version) opens at its start;
    // edits within the day keep the moment looked at.
    Effect::new(move |_| {
        if let Some((low, high)) = range.get() {
            let at = now.get_untracked().0;
            if !(low..=high).contains(&at) {
                let start = programme.with_untracked(|p| p.as_ref().and_then(preview_start));
                set_now.set(start.unwrap_or(Instant(low)));
            }
        }
    });
    let clock = move || {
        let zone = programme.with(|p| p.as_ref().map(|p| p.event.timezone.clone()))?;
        Some(format_time(lang.get(), local_in(&zone, now.get()).time))
    };
    let shown: Signal<Programme> = Memo::new(move |_| programme.get().unwrap_or_default()).into();

    let host = NodeRef::<leptos::html::Div>::new();
    let mounted = StoredValue::new(false);
    Effect::new(move |_| {
        let Some(host) = host.get() else { return };
        if mounted.get_value() {
            return;
        }
        mounted.set_value(true);
        let Some(point) = shadow_mount_point(&host, WIDGET_CSS) else {
            return;
        };
        let changed = RwSignal::new(Vec::new());
        let preview = RwSignal::new(true);
        // Kept for the page's life: the preview lives as long as the editor.
        leptos::mount::mount_to(point, move || {
            view! {
                <section class="la-root" lang=move || shown_lang.get().code()>
                    <Agenda programme=shown lang=shown_lang now=now changed=changed preview=preview />
                </section>
            }
        })
        .forget();
    });

    let say = move |msg| move || editor_text(lang.get(), msg);
    view! {
        <section class="la-ed-part la-ed-preview" aria-labelledby="la-ed-preview" data-editor-preview="">
            <h2 id="la-ed-preview">{say(EditorMsg::PreviewHeading)}</h2>
            <p hidden=move || programme.with(Option::is_some)>{say(EditorMsg::PreviewNone)}</p>
            <p class="la-ed-note" data-preview-stale="" hidden=move || !stale.get()>
                {say(EditorMsg::PreviewStale)}
            </p>
            <div class="la-ed-slider" hidden=move || range.get().is_none()>
                <label class="la-ed-label" for="la-ed-time">{say(EditorMsg::PreviewTime)}</label>
                <input
                    id="la-ed-time"
                    type="range"
                    data-preview-time=""
                    step="300"
                    min=move || range.get().map_or(0, |r| r.0)
                    max=move || range.get().map_or(0, |r| r.1)
                    prop:value=move || now.get().0.to_string()
                    aria-valuetext=move || clock().unwrap_or_default()
                    on:input=move |ev| {
                        if let Ok(at) = event_target_value(&ev).parse::<i64>() {
                            set_now.set(Instant(at));
                        }
                    }
                />
                <output for="la-ed-time" data-preview-clock="">{clock}</output>
            </div>
            <div class="la-ed-widget" node_ref=host hidden=move || programme.with(Option::is_none)></div>
        </section>
    }
}
