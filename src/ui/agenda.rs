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
use crate::ics::{self, Selection};
use crate::mine::{self, FromLink, Mine};
use crate::navigate::{self, Filters, Overview};
use crate::online;
use crate::programme::model::{Instant, Item, Programme, Text};
use crate::reactive::{effect, until_done};
use crate::timeline::{self, State, Timeline};
use crate::ui::context::{Download, WidgetContext};
use crate::ui::item::ItemView;
use crate::ui::switches::{LangSwitch, ZoneSwitch, ZONE_KEY};
use crate::ui::{aria_bool, hidden_unless, optional_attr, reactive_str, reactive_string, tr};

/// Where the visitor's reminder choice is remembered.
const REMINDER_KEY: &str = "reminder";

/// What the share button of my programme shares, where an item's shares
/// its id: no item has an empty id (the format requires one).
const MY_PROGRAMME: &str = "";

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
    /// Where the visitor's selection of this programme is remembered
    /// ([`mine::storage_key`] of its source); the editor's preview
    /// remembers none.
    #[prop(optional)]
    mine_key: Option<String>,
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

    // A big programme's navigation: each item's day in the zone shown, the
    // days and rooms, what the search looks through; the view from the
    // link's fragment, else the day the switch opens on.
    let overview = Memo::new(move |_| {
        let zone = zone.get();
        programme.with(|p| Overview::of(p, |i| local_in(&zone, i).date))
    });
    let offered = Memo::new(move |_| overview.with(|o| o.navigation.offered));
    let filters = RwSignal::new(if offered.get_untracked() {
        share::fragment()
            .and_then(|f| Filters::from_fragment(&f))
            .unwrap_or_else(|| Filters {
                day: overview.with_untracked(|o| {
                    let today = local_in(&zone.get_untracked(), now.get_untracked()).date;
                    o.navigation.opening_day(today)
                }),
                ..Filters::default()
            })
    } else {
        Filters::default()
    });
    // Each change of view goes into the address, for a link to reproduce.
    let set_view = move |change: &dyn Fn(&mut Filters)| {
        filters.update(|f| change(f));
        share::set_fragment(&filters.with_untracked(Filters::to_fragment));
    };
    let shown =
        Memo::new(move |_| programme.with(|p| overview.with(|o| filters.with(|f| o.shown(p, f)))));
    let searching = Memo::new(move |_| filters.with(Filters::searching));
    let day_heading = move || {
        let day = filters
            .with(|f| f.day)
            .filter(|_| offered.get() && !searching.get());
        day.map(|d| i18n::format_date(lang.get(), d))
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
    // My programme: the starred sessions, remembered per programme; a
    // link's selection (`#mine=…`) is shown if it is the visitor's own
    // already, else offered, never taken unasked.
    let mine = RwSignal::new(Mine::decode(
        mine_key.as_deref().and_then(storage::get).as_deref(),
    ));
    let remember = move |m: &Mine| {
        if let Some(key) = &mine_key {
            storage::set(key, &m.encode());
        }
    };
    let from_link = share::fragment()
        .and_then(|f| Mine::from_fragment(&f))
        .map_or(FromLink::Nothing, |link| {
            programme.with_untracked(|p| mine.with_untracked(|m| mine::from_link(m, &link, p)))
        });
    let only_mine = RwSignal::new(from_link == FromLink::Same);
    // The link's selection while it is offered (empty once answered): a
    // signal of the same type as `mine`, whose code the wasm has already.
    let offer = RwSignal::new(match from_link {
        FromLink::Offer(offered) => offered,
        _ => Mine::default(),
    });
    let answer_offer = {
        let remember = remember.clone();
        Callback::new(move |take: bool| {
            let offered = offer.get_untracked();
            if take {
                remember(&offered);
                mine.set(offered);
                only_mine.set(true);
            }
            offer.set(Mine::default());
            share::set_fragment("");
        })
    };
    let star = Callback::new(move |id: String| {
        mine.update(|m| m.toggle(&id));
        mine.with_untracked(&remember);
    });
    let can_star = Memo::new(move |_| programme.with(mine::offered));
    let my_count = move || programme.with(|p| mine.with(|m| m.in_programme(p).ids().len()));
    let has_mine = Memo::new(move |_| my_count() > 0);

    let save_ics = Callback::new(move |wanted: Download| {
        let (text, name) = programme.with_untracked(|p| {
            mine.with_untracked(|m| {
                let only = match &wanted {
                    Download::All => Selection::All,
                    Download::Item(id) => Selection::Item(id),
                    Download::Mine => Selection::Mine(m),
                };
                let stamp = real_now();
                let page = share::page_url();
                (
                    ics::calendar(
                        p,
                        lang.get_untracked(),
                        only,
                        stamp,
                        page.as_deref(),
                        reminder.get_untracked(),
                    ),
                    ics::file_name(p, only),
                )
            })
        });
        if let Some(text) = text {
            let _ = share::download(&name, ics::MEDIA_TYPE, &text);
        }
    });
    let shared = RwSignal::new(None::<(String, Shared)>);
    // An item's deep link, by its id, or the link to my programme
    // ([`MY_PROGRAMME`]), for another device.
    let share_item = Callback::new(move |key: String| {
        let page = share::page_url().unwrap_or_default();
        let ui = lang.get_untracked();
        let (title, url) = programme.with_untracked(|p| {
            if key == MY_PROGRAMME {
                let url = mine.with_untracked(|m| m.in_programme(p).link(&page));
                (i18n::t(ui, Msg::FilterMine).to_owned(), url)
            } else {
                let title = p.items.iter().find(|i| i.id == key);
                let title = title.map(|i| localised(ui, &i.title).text);
                (title.unwrap_or_default(), ics::item_url(&page, &key))
            }
        });
        leptos::task::spawn_local(async move {
            if let Ok(how) = share::share_link(&title, &url).await {
                shared.set(Some((key, how)));
            }
        });
    });
    let mine_copied =
        move || shared.with(|s| matches!(s, Some((key, Shared::Copied)) if key == MY_PROGRAMME));
    let widget = WidgetContext {
        lang,
        zone,
        instance,
        open_abstracts,
        save_ics,
        share: share_item,
        shared,
        mine,
        only_mine,
        star,
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
                            i18n::join_text(lang.get(), label.as_ref(), item_title.as_ref(), several)
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
        // A link's selection, offered until the visitor answers.
        <p class="la-notice la-mine-offer" data-mine-offer="" hidden=hidden_unless(move || !offer.with(Mine::is_empty))>
            {reactive_string(move || {
                i18n::mine_offer(lang.get(), offer.with(|o| o.ids().len()))
            })}
            " "
            <MineAction lang=lang label=Msg::MineTakeOver action="take" run=Callback::new(move |()| answer_offer.run(true))/>
            " "
            <MineAction lang=lang label=Msg::MineKeep action="keep" run=Callback::new(move |()| answer_offer.run(false))/>
        </p>
        <Announcer timeline=timeline status=Signal::derive(status)/>
        // The visitor's choices after what is on: the announcement and the
        // status are what a visitor sees first, even under a theme's tall
        // header.
        <div class="la-controls">
            <LangSwitch lang=lang/>
            {move || viewer_zone.get().map(|viewer| view! {
                <ZoneSwitch lang=lang use_viewer=use_viewer event_zone=event_zone.get() viewer_zone=viewer/>
            })}
            <span class="la-switch" hidden=hidden_unless(move || can_star.get())>
                <button
                    type="button"
                    class="la-switch-button la-filter"
                    data-filter="mine"
                    aria-pressed=aria_bool(move || only_mine.get())
                    on:click=move |_| only_mine.update(|only| *only = !*only)
                >
                    {reactive_string(move || i18n::filter_mine(lang.get(), my_count()))}
                </button>
            </span>
        </div>
        // What to do with my programme, while it is what is shown.
        <p class="la-actions la-mine" data-mine="" hidden=hidden_unless(move || only_mine.get())>
            <span class="la-mine-empty" hidden=hidden_unless(move || !has_mine.get())>
                {tr(lang, Msg::MineEmpty)}
            </span>
            <MineAction lang=lang label=Msg::MineToCalendar ics="mine" shown=has_mine
                run=Callback::new(move |()| save_ics.run(Download::Mine))/>
            <MineAction lang=lang label=Msg::MineLink action="link" shown=has_mine
                run=Callback::new(move |()| share_item.run(MY_PROGRAMME.to_owned()))/>
            <span class="la-shared" role="status">
                {reactive_str(move || if mine_copied() { i18n::t(lang.get(), Msg::LinkCopied) } else { "" })}
            </span>
        </p>
        // A big programme's day, room and search; none for a small one.
        <div class="la-nav" data-nav="" hidden=hidden_unless(move || offered.get())>
            <div class="la-switch la-days" role="group" aria-label=tr(lang, Msg::Day)
                hidden=hidden_unless(move || overview.with(|o| o.navigation.days.len() > 1))>
                {move || {
                    overview.with(|o| o.navigation.days.clone())
                        .into_iter()
                        .map(|day| view! {
                            <ChoiceButton
                                label=Signal::derive(move || i18n::day_label(lang.get(), day))
                                day=navigate::iso_date(day)
                                pressed=Signal::derive(move || !searching.get() && filters.with(|f| f.day == Some(day)))
                                choose=Callback::new(move |()| set_view(&|f: &mut Filters| {
                                    f.day = Some(day);
                                    f.query.clear();
                                }))
                            />
                        })
                        .collect_view()
                }}
            </div>
            // Rooms as buttons too: the same rendering code as the days'.
            <div class="la-switch la-rooms" data-room-filter="" role="group" aria-label=tr(lang, Msg::Room)
                hidden=hidden_unless(move || overview.with(|o| o.navigation.rooms.len() > 1))>
                {move || {
                    let rooms = overview.with(|o| o.navigation.rooms.clone());
                    std::iter::once(None)
                        .chain(rooms.into_iter().map(Some))
                        .map(|room| {
                            let (shown_room, chosen_room, key) = (room.clone(), room.clone(), room.clone());
                            view! {
                                <ChoiceButton
                                    label=Signal::derive(move || match &shown_room {
                                        Some(room) => room.clone(),
                                        None => i18n::t(lang.get(), Msg::AllRooms).to_owned(),
                                    })
                                    room=key.unwrap_or_default()
                                    pressed=Signal::derive(move || filters.with(|f| f.room == room))
                                    choose=Callback::new(move |()| {
                                        let room = chosen_room.clone();
                                        set_view(&move |f: &mut Filters| f.room = room.clone());
                                    })
                                />
                            }
                        })
                        .collect_view()
                }}
            </div>
            <input
                type="search"
                class="la-search"
                data-search=""
                aria-label=tr(lang, Msg::Search)
                placeholder=tr(lang, Msg::Search)
                prop:value=move || filters.with(|f| f.query.clone())
                on:input=move |ev| {
                    let query = event_target_value(&ev);
                    set_view(&|f: &mut Filters| f.query = query.clone());
                }
            />
        </div>
        <h3 class="la-day-heading" hidden=hidden_unless(move || day_heading().is_some())>
            {reactive_string(move || day_heading().unwrap_or_default())}
        </h3>
        <p class="la-no-match" hidden=hidden_unless(move || offered.get() && shown.with(Vec::is_empty))>
            {tr(lang, Msg::NoMatch)}
        </p>
        // The current minute, for the live items' progress bars (see
        // `NowMarker`): one property a tick for all of them.
        <ol class="la-list" node_ref=list style=("--_la-now", move || css_minute.get().to_string())>
            <For
                each=move || {
                    shown.with(|shown| programme.with(|p| shown.iter().map(|&i| (i, p.items[i].clone())).collect::<Vec<_>>()))
                }
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
                            dated=searching.into()
                            widget=widget
                        />
                    }
                }
            />
        </ol>
        <p class="la-actions la-actions--all">
            <button type="button" class="la-action" data-ics="all" on:click=move |_| save_ics.run(Download::All)>
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

/// A button of a big programme's day or room choice (`[data-day]`,
/// `[data-room]`, `""` for all rooms): one component for both lists, so
/// their rendering code exists once in the wasm.
#[component]
fn ChoiceButton(
    /// Its words.
    label: Signal<String>,
    /// `[data-day]`: the day it shows, `YYYY-MM-DD`.
    #[prop(optional, into)]
    day: Option<String>,
    /// `[data-room]`: the room it keeps.
    #[prop(optional, into)]
    room: Option<String>,
    /// Whether it is the choice made (`aria-pressed`).
    pressed: Signal<bool>,
    /// What a tap does.
    choose: Callback<()>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="la-switch-button"
            data-day=day
            data-room=room
            aria-pressed=aria_bool(move || pressed.get())
            on:click=move |_| choose.run(())
        >
            {reactive_string(move || label.get())}
        </button>
    }
}

/// A button of my programme's bars (`[data-mine-action]`, or the calendar
/// file's `[data-ics="mine"]`): one component for all of them, so their
/// rendering code exists once in the wasm.
#[component]
fn MineAction(
    /// The interface language.
    lang: RwSignal<Lang>,
    /// Its words.
    label: Msg,
    /// `[data-mine-action]`: what it does (`take`, `keep`, `link`).
    #[prop(optional)]
    action: Option<&'static str>,
    /// `[data-ics]`: the calendar file it downloads.
    #[prop(optional)]
    ics: Option<&'static str>,
    /// Whether it is there (always, unless given).
    #[prop(optional, into)]
    shown: Option<Signal<bool>>,
    /// What a tap does.
    run: Callback<()>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="la-action"
            data-mine-action=action
            data-ics=ics
            hidden=hidden_unless(move || shown.is_none_or(|s| s.get()))
            on:click=move |_| run.run(())
        >
            {tr(lang, label)}
        </button>
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
