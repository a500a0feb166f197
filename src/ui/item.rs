//! One programme item: its time, kind, speakers, title, abstract and, while
//! it is on, the now marker with its progress.

use leptos::either::Either;
use leptos::prelude::*;

use crate::browser::share::Shared;
use crate::browser::tz::local_in;
use crate::display::{css_minute, has_own_actions, kind_modifier, paragraphs, shows_kind_label};
use crate::i18n::{self, localised, Lang, Msg};
use crate::programme::model::{Item, ItemLink, Speaker, Text};
use crate::programme::time::rfc3339;
use crate::timeline::{Live, State};
use crate::ui::context::{Download, WidgetContext};
use crate::ui::{aria_bool, hidden_unless, optional_attr, reactive_str, reactive_string, tr};

/// What an item shows of the live computation; a memo of it changes only
/// when the item's own end or minute count does, so that a tick touches
/// only the live item's minutes left.
#[derive(Clone, Copy, Debug, PartialEq)]
struct LiveView {
    /// Its effective end, in [`css_minute`]s (the progress bar's end).
    ends: i64,
    minutes_left: u64,
}

/// An item of the agenda, following the DOM contract: `data-session-id`,
/// `data-kind`, `data-state`, `aria-current="time"` while live, the start as
/// `<time datetime>`, `[data-now-marker]` while live, `[data-abstract]`.
#[component]
pub fn ItemView(
    /// The item to show.
    item: Item,
    /// Its position in the programme (the timeline's index).
    index: usize,
    /// Every item's state; changes only when an item starts or ends.
    states: Signal<Vec<State>>,
    /// The live items' progress; changes every tick while something is on.
    live_items: Memo<Vec<Live>>,
    /// Whether the last update changed this item.
    changed: Signal<bool>,
    /// Whether the item shows its day (a search's list spans days).
    dated: Signal<bool>,
    /// What every item of the widget shares.
    widget: WidgetContext,
) -> impl IntoView {
    let ctx = widget;
    let (lang, zone) = (ctx.lang, ctx.zone);
    // A tick re-runs nothing here unless this item starts or ends: only the
    // live item's marker (created while it is live) follows the minutes.
    let state =
        Memo::new(move |_| states.with(|s| s.get(index).copied().unwrap_or(State::Upcoming)));
    let is_live = move || state.get() == State::Live;

    // Shown in the chosen zone: these follow the zone and the language only.
    let start = item.start;
    let local_start = move || zone.with(|z| local_in(z, start));
    let kind = item.kind.clone();
    let class = move || {
        let mut class = format!("la-item la-item--{}", kind_modifier(&kind));
        class.push_str(match state.get() {
            State::Past => " la-item--past",
            State::Live => " la-item--live",
            State::Upcoming => "",
        });
        if changed.get() {
            class.push_str(" la-item--changed");
        }
        class
    };
    // The organisers' delay: the planned time struck through. Fixed for the
    // item (a new delay is a new item in the keyed list).
    let delay = item.delay_minutes;
    let planned = item.planned_start.map(|planned| {
        let local = move || zone.with(|z| local_in(z, planned));
        view! {
            <s class="la-planned">
                <time datetime=reactive_string(move || rfc3339(&local()))>
                    {reactive_string(move || i18n::format_time(lang.get(), local().time))}
                </time>
            </s>
            <span class="la-delay" data-delay=delay.to_string()>
                {reactive_string(move || i18n::delay(lang.get(), delay))}
            </span>
        }
    });
    let speaker_count = item.speakers.len();
    let speakers = (!item.speakers.is_empty()).then(|| speakers_view(&item.speakers));
    let talk_lang = item.language.clone().map(|code| {
        let code_attr = code.clone();
        let badge = move || i18n::talk_language(lang.get(), &code);
        let shown = badge.clone();
        view! {
            <span class="la-talk-lang" data-talk-lang=code_attr hidden=hidden_unless(move || shown().is_some())>
                {reactive_string(move || badge().unwrap_or_default())}
            </span>
        }
    });
    let links = (!item.links.is_empty()).then(|| item_links_view(item.links.clone(), lang));
    // Parallel sessions need their room (or track) to be findable.
    let room = item.room.clone().or_else(|| item.track.clone());
    let title = item.title.clone();
    let label = shows_kind_label(&item.kind).then(|| item.kind.clone());

    // The abstract: its toggle sits in the item's row of tools, its body
    // below; the open state lives in the agenda (kept across updates).
    let (instance, open_abstracts) = (ctx.instance, ctx.open_abstracts);
    let abstract_id = format!("la-{instance}-abstract-{index}");
    let (abstract_toggle, abstract_body) = match item.abstract_.clone() {
        Some(text) => {
            let id = item.id.clone();
            let open = Signal::derive({
                let id = id.clone();
                move || open_abstracts.with(|o| o.contains(&id))
            });
            let toggle = Callback::new(move |()| {
                open_abstracts.update(|o| {
                    if !o.remove(&id) {
                        o.insert(id.clone());
                    }
                })
            });
            (
                Some(
                    view! { <AbstractToggle lang=lang controls=abstract_id.clone() open=open toggle=toggle/> },
                ),
                Some(view! { <AbstractBody text=text lang=lang id=abstract_id open=open/> }),
            )
        }
        None => (None, None),
    };
    // Calendar and share for the sessions; the welcome, the break and the
    // end are in the whole-programme file.
    let actions_view = has_own_actions(&item.kind).then(|| {
        let (ics_id, share_id, shared_id) = (item.id.clone(), item.id.clone(), item.id.clone());
        let copied = move || {
            ctx.shared
                .with(|s| matches!(s, Some((id, Shared::Copied)) if *id == shared_id))
        };
        let (star_id, starred_id) = (item.id.clone(), item.id.clone());
        view! {
            <button type="button" class="la-action la-star" data-star=item.id.clone()
                aria-pressed=aria_bool(move || ctx.mine.with(|m| m.contains(&starred_id)))
                on:click=move |_| ctx.star.run(star_id.clone())>
                {tr(lang, Msg::Star)}
            </button>
            <button type="button" class="la-action" data-ics=item.id.clone()
                on:click=move |_| ctx.save_ics.run(Download::Item(ics_id.clone()))>
                {tr(lang, Msg::AddToCalendar)}
            </button>
            <button type="button" class="la-action" data-share=item.id.clone()
                on:click=move |_| ctx.share.run(share_id.clone())>
                {tr(lang, Msg::Share)}
            </button>
            <span class="la-shared" role="status">
                {reactive_str(move || if copied() { i18n::t(lang.get(), Msg::LinkCopied) } else { "" })}
            </span>
        }
    });

    let title_lang = title.clone();
    let (shown_id, shown_kind) = (item.id.clone(), item.kind.clone());
    let shown = move || {
        ctx.mine
            .with(|m| m.shows(ctx.only_mine.get(), &shown_id, &shown_kind))
    };
    view! {
        <li
            hidden=hidden_unless(shown)
            class=reactive_string(class)
            data-session-id=item.id.clone()
            data-kind=item.kind.as_str().to_owned()
            data-state=reactive_str(move || state.get().as_str())
            aria-current=optional_attr(move || is_live().then_some("time"))
        >
            <div class="la-when">
                <span class="la-item-day" hidden=hidden_unless(move || dated.get())>
                    {reactive_string(move || i18n::day_label(lang.get(), local_start().date))}
                </span>
                <time class="la-time" datetime=reactive_string(move || rfc3339(&local_start()))>
                    {reactive_string(move || i18n::format_time(lang.get(), local_start().time))}
                </time>
                {planned}
            </div>
            <div class="la-body">
                {label.map(|k| view! {
                    <span class="la-kind">{reactive_string(move || i18n::kind_label(lang.get(), &k).into_owned())}</span>
                })}
                {talk_lang}
                // There only after an update changed the item.
                <span
                    class="la-changed"
                    data-changed=optional_attr(move || changed.get().then_some(""))
                    hidden=hidden_unless(move || changed.get())
                >
                    {tr(lang, Msg::Changed)}
                </span>
                {speakers.map(|s| view! {
                    // Named for screen readers; seen, the names need no label.
                    <p class="la-speakers">
                        <span class="la-sr-only">{reactive_str(move || i18n::speakers_label(lang.get(), speaker_count))} " "</span>
                        {s}
                    </p>
                })}
                {room.map(|room| view! {
                    <p class="la-room">
                        <span class="la-sr-only">{tr(lang, Msg::Room)} " "</span>
                        {room}
                    </p>
                })}
                <h3
                    class="la-item-title"
                    lang=reactive_string(move || localised(lang.get(), &title_lang).lang)
                >
                    {reactive_string(move || localised(lang.get(), &title).text)}
                </h3>
                {links}
                <Show when=is_live>
                    <NowMarker
                        live=Memo::new(move |_| live_view(&live_items, index))
                        starts=css_minute(start)
                        lang=lang
                    />
                </Show>
                <div class="la-tools">
                    {abstract_toggle}
                    {actions_view}
                </div>
                {abstract_body}
            </div>
        </li>
    }
}

/// The speakers, each a name (a link to their page, if any) and their
/// affiliation (`[data-affiliation]`), as `static_html` prints them.
fn speakers_view(speakers: &[Speaker]) -> impl IntoView {
    let count = speakers.len();
    speakers
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let name = match s.url.clone() {
                Some(url) => Either::Left(view! { <a href=url>{s.name.clone()}</a> }),
                None => Either::Right(s.name.clone()),
            };
            let affiliation = s.affiliation.clone().map(|a| {
                // The space before the bracket outside it: where a phone's
                // line may break, the affiliation then kept in one piece.
                view! { " " <span class="la-affiliation">"(" <span data-affiliation="">{a}</span> ")"</span> }
            });
            view! {
                <span class="la-speaker">{name}{affiliation}</span>
                {(i + 1 < count).then_some(", ")}
            }
        })
        .collect_view()
}

/// An item's links (slides, recording, Q&A, page, stream), each labelled
/// with its own words or its kind's, never a bare icon.
fn item_links_view(links: Vec<ItemLink>, lang: RwSignal<Lang>) -> impl IntoView {
    let items = links
        .into_iter()
        .map(|link| {
            let (kind, url) = (link.kind, link.url.clone());
            let text = move || i18n::link_text(lang.get(), &link);
            let text_lang = text.clone();
            view! {
                <li>
                    <a class="la-link" data-link=kind.as_str() href=url rel="noopener"
                        lang=reactive_string(move || text_lang().lang)>
                        {reactive_string(move || text().text)}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="la-item-links" aria-label=tr(lang, Msg::Links)>{items}</ul> }
}

/// Item `index`'s part of the live computation, if it is live.
fn live_view(live_items: &Memo<Vec<Live>>, index: usize) -> Option<LiveView> {
    live_items.with(|live| {
        live.iter().find(|l| l.index == index).map(|l| LiveView {
            ends: css_minute(l.ends),
            minutes_left: l.minutes_left,
        })
    })
}

/// `[data-now-marker]`: the badge, the progress bar and the minutes left of
/// the live item.
///
/// The bar is drawn by the stylesheet from the agenda's current minute (one
/// custom property on the list) and this item's start and end (set once):
/// a tick changes the minutes left here and nothing else, however many
/// rooms are live (DESIGN §7: at most 10 DOM mutations a tick). The bar is
/// decorative: the minutes left are the text a screen reader reads, always
/// current, where a `progressbar`'s value would need a second change.
#[component]
fn NowMarker(
    /// The live computation of this item (`None` only for a moment, when it
    /// stops being live).
    live: Memo<Option<LiveView>>,
    /// The item's start, in [`css_minute`]s.
    starts: i64,
    /// The interface language.
    lang: RwSignal<Lang>,
) -> impl IntoView {
    let left = reactive_string(move || {
        i18n::minutes_left(lang.get(), live.get().map_or(1, |l| l.minutes_left))
    });
    // Through the CSSOM (`style=`), not a style attribute: allowed under a
    // strict Content-Security-Policy.
    let ends = reactive_string(move || live.get().map_or(starts, |l| l.ends).to_string());
    view! {
        <div class="la-now" data-now-marker="">
            <span class="la-now-badge">{tr(lang, Msg::LiveBadge)}</span>
            <div class="la-progress" aria-hidden="true" style=("--_la-start", starts.to_string())>
                <div class="la-progress-bar" style=("--_la-end", ends)></div>
            </div>
            <span class="la-left">{left}</span>
        </div>
    }
}

/// The button that unfolds an abstract (`aria-expanded`).
#[component]
fn AbstractToggle(
    /// The interface language.
    lang: RwSignal<Lang>,
    /// The element id of the abstract's body.
    controls: String,
    /// Whether it is unfolded.
    open: Signal<bool>,
    /// Folds or unfolds it.
    toggle: Callback<()>,
) -> impl IntoView {
    // A constant name ("Abstract"); `aria-expanded` and the chevron say
    // whether it is open (a name that flips would be announced twice).
    let label = tr(lang, Msg::Abstract);
    view! {
        <button
            type="button"
            class="la-action la-toggle"
            aria-expanded=aria_bool(move || open.get())
            aria-controls=controls
            on:click=move |_| toggle.run(())
        >
            {label}
        </button>
    }
}

/// The abstract, folded until its toggle opens it: in the interface
/// language when it exists, else in the other with `[data-lang-fallback]`;
/// paragraphs kept.
#[component]
fn AbstractBody(
    /// The abstract in one or more languages.
    text: Text,
    /// The interface language.
    lang: RwSignal<Lang>,
    /// Its element id (the toggle's `aria-controls`).
    id: String,
    /// Whether it is unfolded.
    open: Signal<bool>,
) -> impl IntoView {
    let body = move || {
        let ui = lang.get();
        let picked = i18n::pick(ui, &text)?;
        let notice = picked.fallback.then(|| {
            view! {
                <p class="la-fallback" data-lang-fallback="" lang=ui.code()>
                    {i18n::abstract_fallback(ui, picked.lang)}
                </p>
            }
        });
        let paras = paragraphs(picked.text)
            .into_iter()
            .map(|p| view! { <p>{p}</p> })
            .collect_view();
        Some(view! {
            {notice}
            <div class="la-abstract-text" data-abstract="" lang=picked.lang.to_owned()>{paras}</div>
        })
    };
    view! { <div id=id class="la-abstract-body" hidden=move || !open.get()>{body}</div> }
}
