//! The programme as a live agenda: the event's header and switches, the
//! organisers' announcement, the one-line status, the items, the practical
//! information. The programme is a signal: a new version is applied in
//! place, keeping the scroll position, the language and the open abstracts.

use std::collections::hash_map::DefaultHasher;
use std::collections::HashSet;
use std::hash::{Hash, Hasher};

use leptos::html;
use leptos::prelude::*;

use crate::browser::clock::real_now;
use crate::browser::share::{self, Shared};
use crate::browser::tz::{local_in, IntlZones};
use crate::browser::{env, scroll, storage};
use crate::display::{self, viewer_zone_differs};
use crate::i18n::{self, localised, Lang, Msg};
use crate::ics;
use crate::online;
use crate::programme::model::{Instant, Item, Programme, Text};
use crate::reactive::{effect, until_done};
use crate::timeline::{self, State, Timeline};
use crate::ui::context::WidgetContext;
use crate::ui::item::ItemView;
use crate::ui::switches::{LangSwitch, ZoneSwitch, ZONE_KEY};
use crate::ui::{aria_bool, hidden_unless, optional_attr, reactive_string, tr};

/// Where the visitor's reminder choice is remembered.
const REMINDER_KEY: &str = "reminder";

/// A key that changes when anything shown of the item changes, so that a
/// keyed list re-creates exactly the items a new programme altered.
fn item_key(index: usize, item: &Item) -> (usize, u64) {
    let mut hasher = DefaultHasher::new();
    item.hash(&mut hasher);
    (index, hasher.finish())
}

/// The agenda of a loaded programme.
#[component]
pub fn Agenda(
    /// The programme shown (replaced in place by live updates).
    programme: Signal<Programme>,
    /// The interface language.
    lang: RwSignal<Lang>,
    /// The agenda's current instant (the live clock).
    now: ReadSignal<Instant>,
    /// Ids of the items the last update changed.
    changed: RwSignal<Vec<String>>,
    /// Told the next instant anything shown changes (the live clock's
    /// [`crate::browser::clock::UseClockReturn::wake_at`]).
    #[prop(optional)]
    wake_at: Option<Callback<Option<Instant>>>,
    /// Whether the clock is a preview's (`now=`, `speed=`): a badge says
    /// so, with the agenda's time.
    #[prop(optional)]
    preview: Option<RwSignal<bool>>,
    /// Whether the agenda is the page (it then scrolls to now on load)
    /// rather than a guest in someone else's (it never does).
    #[prop(optional)]
    standalone: bool,
) -> impl IntoView {
    let instance = env::next_instance();
    let device_zone = env::viewer_zone();
    let event_zone = Memo::new(move |_| programme.with(|p| p.event.timezone.clone()));
    let viewer_zone = Memo::new(move |_| {
        let zone = device_zone.clone()?;
        programme
            .with(|p| viewer_zone_differs(p, &zone, &IntlZones))
            .then_some(zone)
    });
    let use_viewer = RwSignal::new(storage::get(ZONE_KEY).as_deref() == Some("viewer"));
    let zone = Signal::derive(move || match (viewer_zone.get(), use_viewer.get()) {
        (Some(viewer), true) => viewer,
        _ => event_zone.get(),
    });

    // Every item's state at the current instant; items read their own part
    // through memos so that a tick touches only what changed.
    let ends = Memo::new(move |_| programme.with(|p| timeline::effective_ends(&p.items)));
    let timeline = Memo::new(move |_| {
        let now = now.get();
        ends.with(|ends| programme.with(|p| timeline::at_with_ends(p, ends, now)))
    });
    // Split so that a tick, which changes the live progress, does not wake
    // every item: the states change only when an item starts or ends.
    // A signal set only on a real change, not a memo: the reactive graph
    // would otherwise mark every item's memo for checking on each tick (19 ms
    // a tick for 2,000 items), even though no state changed.
    let states = RwSignal::new(timeline.with_untracked(|t| t.states.clone()));
    effect(move || {
        let now_states = timeline.with(|t| t.states.clone());
        if states.with_untracked(|old| *old != now_states) {
            states.set(now_states);
        }
    });
    let live_items = Memo::new(move |_| timeline.with(|t| t.live.clone()));
    if let Some(wake_at) = wake_at {
        effect(move || wake_at.run(timeline.with(Timeline::next_redraw)));
    }
    let css_minute = Memo::new(move |_| display::css_minute(now.get()));
    // The status changes once a minute at most; a memo keeps the DOM still
    // when a recomputation gives the same words.
    let status_parts = Memo::new(move |_| {
        let zone = zone.get();
        timeline.with(|t| {
            programme.with(|p| i18n::status_parts(lang.get(), t, p, |i| local_in(&zone, i)))
        })
    });
    let status = move || status_parts.with(i18n::joined_status);
    let join = Memo::new(move |_| {
        let now = now.get();
        ends.with(|ends| programme.with(|p| JoinView::of(p, ends, now)))
    });
    let join_opens = move || {
        let zone = zone.get();
        join.get().opens.map(|at| {
            let (when, today) = (local_in(&zone, at), local_in(&zone, now.get()).date);
            let date = (when.date != today).then_some(when.date);
            i18n::join_opens(lang.get(), date, when.time)
        })
    };

    let open_abstracts = RwSignal::new(HashSet::<String>::new());
    let list = NodeRef::<html::Ol>::new();
    initial_scroll(list, open_abstracts, programme, states, standalone);
    follow_fragment(list, open_abstracts);
    // The button that brings "now" into view: an embed never scrolls there
    // by itself, the visitor asks. What "now" is, is read when asked.
    let has_now = move || states.with(|s| display::now_target(s).is_some());
    let go_to_now = move |_| {
        let id = states
            .with_untracked(|s| display::now_target(s))
            .and_then(|index| {
                programme.with_untracked(|p| p.items.get(index).map(|i| i.id.clone()))
            });
        if let Some(item) = list
            .get_untracked()
            .zip(id)
            .and_then(|(list, id)| find_item(&list, &id))
        {
            scroll::into_view(&item);
        }
    };
    let previewing = move || preview.is_some_and(|p| p.get());
    let preview_badge = move || {
        if !previewing() {
            return String::new();
        }
        i18n::preview_badge(lang.get(), local_in(&zone.get(), now.get()).time)
    };

    // Calendar files and shared links, built from the programme as shown,
    // with the reminder the visitor chose (remembered).
    let reminder = RwSignal::new(ics::reminder_choice(storage::get(REMINDER_KEY).as_deref()));
    let save_ics = Callback::new(move |only: Option<String>| {
        let (text, name) = programme.with_untracked(|p| {
            let stamp = real_now();
            let page = share::page_url();
            (
                ics::calendar(
                    p,
                    lang.get_untracked(),
                    only.as_deref(),
                    stamp,
                    page.as_deref(),
                    reminder.get_untracked(),
                ),
                ics::file_name(p, only.as_deref()),
            )
        });
        if let Some(text) = text {
            let _ = share::download(&name, ics::MEDIA_TYPE, &text);
        }
    });
    let shared = RwSignal::new(None::<(String, Shared)>);
    let share_item = Callback::new(move |id: String| {
        let title = programme.with_untracked(|p| {
            p.items
                .iter()
                .find(|i| i.id == id)
                .map(|i| localised(lang.get_untracked(), &i.title).text)
                .unwrap_or_default()
        });
        let url = ics::item_url(&share::page_url().unwrap_or_default(), &id);
        leptos::task::spawn_local(async move {
            if let Ok(how) = share::share_link(&title, &url).await {
                shared.set(Some((id, how)));
            }
        });
    });
    let widget = WidgetContext {
        lang,
        zone,
        instance,
        open_abstracts,
        save_ics,
        share: share_item,
        shared,
    };

    let title = move || programme.with(|p| localised(lang.get(), &p.event.title));
    let first_start = Memo::new(move |_| programme.with(|p| p.items.first().map(|i| i.start)));
    let date = move || {
        first_start
            .get()
            .map(|start| i18n::format_date(lang.get(), local_in(&zone.get(), start).date))
    };
    let notice =
        move || programme.with(|p| p.event.notice.as_ref().map(|n| localised(lang.get(), n)));
    let has_notice = move || programme.with(|p| p.event.notice.is_some());
    let info = move || programme.with(|p| p.event.info.as_ref().map(|n| localised(lang.get(), n)));
    let has_info = move || programme.with(|p| p.event.info.is_some());
    // The event's links (checked `http(s)` on load), e.g. "Join online".
    let links = move || {
        programme.with(|p| {
            p.event
                .links
                .iter()
                .map(|l| (l.url.clone(), localised(lang.get(), &l.label)))
                .collect::<Vec<_>>()
        })
    };

    view! {
        <header class="la-header">
            <h2 class="la-title" lang=reactive_string(move || title().lang)>
                {reactive_string(move || title().text)}
            </h2>
            <p class="la-date" hidden=hidden_unless(move || first_start.get().is_some())>
                {reactive_string(move || date().unwrap_or_default())}
            </p>
            <p class="la-zone">
                {reactive_string(move || i18n::times_in_zone(lang.get(), &zone.get()))}
            </p>
            // A page left with `now=` must not pass for the live programme.
            <p class="la-preview" data-preview="" hidden=hidden_unless(previewing)>
                {reactive_string(preview_badge)}
            </p>
            {move || {
                let links = links();
                (!links.is_empty()).then(|| view! {
                    <ul class="la-links" aria-label=tr(lang, Msg::Links)>
                        {links
                            .into_iter()
                            .map(|(url, label)| view! {
                                <li><a class="la-link" href=url lang=label.lang rel="noopener">{label.text}</a></li>
                            })
                            .collect_view()}
                    </ul>
                })
            }}
        </header>
        // The organisers' announcement, there when the programme has one.
        <p
            class="la-notice la-notice--announcement"
            data-notice=optional_attr(move || has_notice().then_some("announcement"))
            hidden=hidden_unless(has_notice)
        >
            <strong>{tr(lang, Msg::Announcement)}</strong>
            " "
            <span lang=reactive_string(move || notice().unwrap_or_default().lang)>
                {reactive_string(move || notice().unwrap_or_default().text)}
            </span>
        </p>
        <p class="la-status" data-status="">
            <span class="la-status-part">
                {reactive_string(move || status_parts.with(|(now, _)| now.clone()))}
            </span>
            <span
                class="la-status-part"
                hidden=hidden_unless(move || status_parts.with(|(_, next)| next.is_some()))
            >
                {reactive_string(move || status_parts.with(|(_, next)| next.clone().unwrap_or_default()))}
            </span>
            <span class="la-status-part" data-join-opens="" hidden=hidden_unless(move || join.with(|j| j.opens.is_some()))>
                {reactive_string(move || join_opens().unwrap_or_default())}
            </span>
            " "
            <button
                type="button"
                class="la-action la-go-now"
                data-go-now=""
                hidden=hidden_unless(has_now)
                on:click=go_to_now
            >
                {tr(lang, Msg::GoToNow)}
            </button>
        </p>
        {move || {
            let links = join.get().links;
            (!links.is_empty()).then(|| {
                let several = links.len() > 1;
                let links = links
                    .into_iter()
                    .map(|(url, label, item_title)| {
                        let text = move || {
                            let ui = lang.get();
                            match (&label, &item_title) {
                                (Some(label), _) => localised(ui, label),
                                (None, Some(title)) if several => {
                                    let title = localised(ui, title);
                                    i18n::Localised {
                                        text: format!("{} · {}", i18n::t(ui, Msg::JoinOnline), title.text),
                                        lang: title.lang,
                                    }
                                }
                                _ => i18n::Localised {
                                    text: i18n::t(ui, Msg::JoinOnline).to_owned(),
                                    lang: ui.code().to_owned(),
                                },
                            }
                        };
                        let text_lang = text.clone();
                        view! {
                            <a class="la-join-link" data-join="" href=url rel="noopener" target="_blank"
                                lang=reactive_string(move || text_lang().lang)>
                                {reactive_string(move || text().text)}
                            </a>
                        }
                    })
                    .collect_view();
                view! { <p class="la-join">{links}</p> }
            })
        }}
        <Announcer timeline=timeline status=Signal::derive(status)/>
        // The visitor's choices after what is on: the announcement and the
        // status are what a visitor sees first, even under a theme's tall
        // header.
        <div class="la-controls">
            <LangSwitch lang=lang/>
            {move || viewer_zone.get().map(|viewer| view! {
                <ZoneSwitch lang=lang use_viewer=use_viewer event_zone=event_zone.get() viewer_zone=viewer/>
            })}
        </div>
        // The current minute, for the live items' progress bars (see
        // `NowMarker`): one property a tick for all of them.
        <ol class="la-list" node_ref=list style=("--_la-now", move || css_minute.get().to_string())>
            <For
                each=move || programme.with(|p| p.items.clone().into_iter().enumerate().collect::<Vec<_>>())
                key=|(index, item)| item_key(*index, item)
                children=move |(index, item)| {
                    let id = item.id.clone();
                    let is_changed = Signal::derive(move || changed.with(|c| c.contains(&id)));
                    view! {
                        <ItemView
                            item=item
                            index=index
                            states=states.into()
                            live_items=live_items
                            changed=is_changed
                            widget=widget
                        />
                    }
                }
            />
        </ol>
        <p class="la-actions la-actions--all">
            <button type="button" class="la-action" data-ics="all" on:click=move |_| save_ics.run(None)>
                {tr(lang, Msg::AddAllToCalendar)}
            </button>
            // One tap per choice, as the language switch (a select is two
            // taps on a phone, and new element types cost wasm).
            <span class="la-reminder">
                <span class="la-reminder-label">{tr(lang, Msg::Reminder)}</span>
                <span class="la-switch" role="group" aria-label=tr(lang, Msg::Reminder)>
                    {ics::REMINDER_CHOICES.map(|choice| view! {
                        <button
                            type="button"
                            class="la-switch-button"
                            data-reminder=ics::reminder_to_stored(choice)
                            aria-pressed=aria_bool(move || reminder.get() == choice)
                            on:click=move |_| {
                                storage::set(REMINDER_KEY, &ics::reminder_to_stored(choice));
                                reminder.set(choice);
                            }
                        >
                            {reactive_string(move || i18n::reminder_option(lang.get(), choice))}
                        </button>
                    })}
                </span>
            </span>
        </p>
        // A plain block, not <aside>: a complementary landmark must not sit
        // inside the host page's <main>.
        <div class="la-info" hidden=hidden_unless(has_info)>
            <h3 class="la-info-title">{tr(lang, Msg::PracticalInfo)}</h3>
            <p lang=reactive_string(move || info().unwrap_or_default().lang)>
                {reactive_string(move || info().unwrap_or_default().text)}
            </p>
        </div>
    }
}

/// What the status area shows of "join online" at an instant: the open
/// links (URL, the organiser's label, the item's title when it is an
/// item's stream), or when the next opens.
#[derive(Clone, Debug, PartialEq)]
struct JoinView {
    links: Vec<(String, Option<Text>, Option<Text>)>,
    opens: Option<Instant>,
}

impl JoinView {
    fn of(programme: &Programme, ends: &[Instant], now: Instant) -> JoinView {
        let join = online::join_at(programme, ends, now);
        JoinView {
            links: join
                .open
                .iter()
                .map(|l| {
                    let title = l
                        .item
                        .and_then(|i| programme.items.get(i))
                        .map(|i| i.title.clone());
                    (l.url.to_owned(), l.label.cloned(), title)
                })
                .collect(),
            opens: join.opens_at,
        }
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
    let mut previous: Option<Vec<usize>> = None;
    effect(move || {
        let current = live.get();
        // The first run is the page load: the status line is on screen
        // already; only later changes are announced.
        if previous.as_ref().is_some_and(|p| *p != current) {
            set_message.set(status.get_untracked());
        }
        previous = Some(current);
    });
    view! { <p class="la-sr-only" role="status" aria-live="polite">{message}</p> }
}

/// On the first render, brings into view, once: the item the page's
/// fragment names (a shared link, opened), else the one
/// [`display::scroll_on_load`] picks (on the standalone page only). Never
/// again, so the visitor's own scrolling is never fought.
fn initial_scroll(
    list: NodeRef<html::Ol>,
    open_abstracts: RwSignal<HashSet<String>>,
    programme: Signal<Programme>,
    states: RwSignal<Vec<State>>,
    standalone: bool,
) {
    until_done(move || {
        let Some(list) = list.get() else { return false };
        let target = states
            .with_untracked(|s| display::scroll_on_load(s, standalone))
            .and_then(|index| {
                programme.with_untracked(|p| p.items.get(index).map(|i| i.id.clone()))
            });
        // After the first layout, when every part of the agenda has its size.
        request_animation_frame(move || {
            if reveal_fragment(&list, open_abstracts) {
                return;
            }
            if let Some(item) = target.and_then(|id| find_item(&list, &id)) {
                scroll::into_view_once(&item);
            }
        });
        true
    });
}

/// The element of the item `id` in the list.
fn find_item(list: &web_sys::HtmlOListElement, id: &str) -> Option<web_sys::Element> {
    let selector = format!("[data-session-id=\"{}\"]", css_escape(id));
    list.query_selector(&selector).ok().flatten()
}

/// A deep link followed while the page is open (`#id` changed).
fn follow_fragment(list: NodeRef<html::Ol>, open_abstracts: RwSignal<HashSet<String>>) {
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        if let Some(list) = list.get_untracked() {
            reveal_fragment(&list, open_abstracts);
        }
    });
    on_cleanup(move || handle.remove());
}

/// Opens and scrolls to the item the fragment names; whether there was one.
fn reveal_fragment(
    list: &web_sys::HtmlOListElement,
    open_abstracts: RwSignal<HashSet<String>>,
) -> bool {
    let Some(id) = share::fragment_id() else {
        return false;
    };
    let Some(target) = find_item(list, &id) else {
        return false;
    };
    open_abstracts.update(|open| {
        open.insert(id);
    });
    scroll::into_view(&target);
    true
}

/// Escapes an id for a CSS attribute selector in double quotes.
fn css_escape(id: &str) -> String {
    id.replace('\\', "\\\\").replace('"', "\\\"")
}
