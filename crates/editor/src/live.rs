//! The live controls (`view=live`): on a phone during the event, the item
//! on now and the next ones, each with "running late from here: +5 / +10
//! / +15 min", "back on time", and the announcement. Each tap is saved at
//! once through the plugin's REST API and says so; a failed save says so
//! too, keeps what was typed, and offers to try again. What to show and
//! what a tap changes are the core's (`live`, `delay_from`).

use leptos::prelude::*;
use leptos::task::spawn_local;
use live_agenda::browser::clock::use_clock;
use live_agenda::browser::json::BrowserJson;
use live_agenda::browser::tz::IntlZones;
use live_agenda::ui::switches::LangSwitch;
use live_agenda_core::clock::preview_start;
use live_agenda_core::i18n::editor::{
    delay_error_message, late_button, late_saved, load_failed, remote_text, RemoteMsg,
};
use live_agenda_core::i18n::Lang;
use live_agenda_core::live::{
    card, first_delayed, live_items, notice_from_fields, with_notice, LiveCard,
};
use live_agenda_core::programme::{delay_from, load_with, write, Programme};
use web_sys::HtmlTextAreaElement;

use crate::browser::target;
use crate::remote::{LoadOutcome, Remote, SaveOutcome, SaveState};
use crate::save::{say, use_stored_text, Loading, SaveStatus};

/// How many items after the ones on now are offered.
const NEXT_COUNT: usize = 3;

/// The delays one tap sets, in minutes from an item.
const LATE_STEPS: [i64; 3] = [5, 10, 15];

/// A change waiting to be saved (or to be sent again): the programme it
/// gives and what its success says.
#[derive(Clone, Debug, PartialEq)]
struct Change {
    programme: Programme,
    saved: String,
}

/// The live controls for the programme `remote` names.
#[component]
pub fn LiveControls(
    /// The programme's WordPress connection (from the page's fragment).
    remote: Remote,
    /// The interface language.
    lang: RwSignal<Lang>,
) -> impl IntoView {
    let stored_text = use_stored_text(&remote);
    let loading = stored_text.loading;
    // The programme as last stored: what visitors see.
    let stored = RwSignal::new(None::<Programme>);
    let unusable = RwSignal::new(None::<String>);
    Effect::new(move |_| match loading.get() {
        Loading::Done(LoadOutcome::Text(text)) => {
            match load_with(&text, &BrowserJson, &IntlZones) {
                Ok(loaded) => stored.set(Some(loaded.programme)),
                // Stored programmes were checked on save: this is a checker
                // and a browser disagreeing, said rather than hidden.
                Err(problems) => unusable.set(Some(
                    problems
                        .first()
                        .map(|p| live_agenda_core::i18n::problem_line(lang.get_untracked(), p))
                        .unwrap_or_default(),
                )),
            }
        }
        Loading::Done(LoadOutcome::New) => unusable.set(Some(load_failed(lang.get(), Some(404)))),
        Loading::Done(LoadOutcome::Failed(status)) => {
            unusable.set(Some(load_failed(lang.get(), status)))
        }
        Loading::Pending => {}
    });

    let preview = remote.now.clone();
    let skew = RwSignal::new(0.0);
    let clock = use_clock(
        move || preview_start(preview.as_deref(), stored.get().as_ref(), &IntlZones),
        1.0,
        skew,
    );
    let shown = Memo::new(move |_| {
        stored.with(|p| {
            p.as_ref()
                .map(|p| live_items(p, clock.now.get(), NEXT_COUNT))
        })
    });
    let cards = move |indices: fn(&live_agenda_core::live::LiveItems) -> &Vec<usize>| {
        let lang = lang.get();
        stored.with(|p| {
            let (Some(p), Some(shown)) = (p.as_ref(), shown.get()) else {
                return Vec::new();
            };
            indices(&shown)
                .iter()
                .filter_map(|&i| card(p, i, lang, &IntlZones))
                .collect::<Vec<LiveCard>>()
        })
    };

    // The announcement's fields: what is typed stays, saved or not.
    let notice_fr = RwSignal::new(String::new());
    let notice_en = RwSignal::new(String::new());
    Effect::new(move |first: Option<()>| {
        if first.is_none() || notice_fr.with_untracked(String::is_empty) {
            if let Some(Some(notice)) = stored.with(|p| p.as_ref().map(|p| p.event.notice.clone()))
            {
                notice_fr.set(notice.get("fr").unwrap_or_default().to_owned());
                notice_en.set(notice.get("en").unwrap_or_default().to_owned());
            }
        }
    });

    let state = RwSignal::new(SaveState::Idle);
    // The change last sent: what "Try again" sends, what a success says.
    let last = RwSignal::new(None::<Change>);
    let send = move |change: Change| {
        if state.with_untracked(SaveState::busy) {
            return;
        }
        state.set(SaveState::Saving);
        last.set(Some(change.clone()));
        spawn_local(async move {
            let text = write(&change.programme, &IntlZones);
            let over = stored_text.version.get_untracked();
            let (outcome, now) = stored_text.save(&text, &over).await;
            // Only a stored change is shown as the programme: a failed one
            // waits in `last` for "Try again".
            match outcome {
                SaveOutcome::Saved { .. } => {
                    stored_text.version.set(now);
                    stored.set(Some(change.programme));
                }
                // Someone else saved meanwhile (the full editor, another
                // phone): the tap was made on a programme that is no longer
                // the stored one, so the latest is shown, to tap again on.
                SaveOutcome::Changed => stored_text.reload(),
                _ => {}
            }
            state.set(SaveState::Done(outcome));
        });
    };
    let late = move |id: String, minutes: i64| {
        let Some(p) = stored.get_untracked() else {
            return;
        };
        let lang = lang.get_untracked();
        match delay_from(&p, &id, minutes, &IntlZones) {
            Ok(delayed) => {
                let card = delayed
                    .programme
                    .items
                    .iter()
                    .position(|i| i.id == id)
                    .and_then(|i| card(&delayed.programme, i, lang, &IntlZones));
                let (title, starts) = card.map(|c| (c.title.text, c.starts)).unwrap_or_default();
                let saved = if minutes == 0 {
                    remote_text(lang, RemoteMsg::BackOnTimeSaved).to_owned()
                } else {
                    late_saved(lang, minutes, &title, &starts)
                };
                send(Change {
                    programme: delayed.programme,
                    saved,
                });
            }
            Err(error) => state.set(SaveState::Done(SaveOutcome::Refused {
                status: 0,
                problems: vec![crate::remote::RemoteProblem {
                    path: String::new(),
                    message: delay_error_message(lang, &error),
                }],
            })),
        }
    };
    let back_on_time = move || {
        let from =
            stored.with_untracked(|p| p.as_ref().and_then(|p| first_delayed(p).map(str::to_owned)));
        if let Some(id) = from {
            late(id, 0);
        }
    };
    let set_notice = move |on: bool| {
        let Some(p) = stored.get_untracked() else {
            return;
        };
        let lang = lang.get_untracked();
        let notice = on
            .then(|| notice_from_fields(&notice_fr.get_untracked(), &notice_en.get_untracked()))
            .flatten();
        let saved = if notice.is_some() {
            RemoteMsg::NoticeSaved
        } else {
            RemoteMsg::NoticeRemoved
        };
        send(Change {
            programme: with_notice(&p, notice),
            saved: remote_text(lang, saved).to_owned(),
        });
    };
    let retry = move || {
        if let Some(change) = last.get_untracked() {
            send(change);
        }
    };
    let busy = move || state.with(SaveState::busy);
    let saved_line = move || last.with(|c| c.as_ref().map(|c| c.saved.clone()).unwrap_or_default());

    let item_cards = move |cards: Vec<LiveCard>| {
        cards
            .into_iter()
            .map(|c| {
                let id = c.id.clone();
                view! {
                    <li class="la-live-item" data-live-item=c.id.clone()>
                        <p class="la-live-when">
                            <span class="la-live-time">{c.starts}</span>
                            {c.planned.map(|p| view! { " " <s class="la-live-planned">{p}</s> })}
                            {c.late.map(|l| view! { " " <span class="la-live-late" data-live-late="">{l}</span> })}
                        </p>
                        <p class="la-live-title" lang=c.title.lang>{c.title.text}</p>
                        <div class="la-live-steps" role="group" aria-label=say(lang, RemoteMsg::LateFromHere)>
                            <span class="la-live-steps-label" aria-hidden="true">{say(lang, RemoteMsg::LateFromHere)}</span>
                            {LATE_STEPS
                                .map(|minutes| {
                                    let id = id.clone();
                                    view! {
                                        <button
                                            type="button"
                                            class="la-ed-button la-live-step"
                                            data-late=minutes
                                            disabled=busy
                                            on:click=move |_| late(id.clone(), minutes)
                                        >
                                            {move || late_button(lang.get(), minutes)}
                                        </button>
                                    }
                                })}
                        </div>
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <header class="la-ed-header la-live-header">
            <h1>{say(lang, RemoteMsg::LiveHeading)}</h1>
            <LangSwitch lang=lang />
        </header>
        <main class="la-ed la-live">
            {move || clock.preview.get().then(|| view! {
                <p class="la-live-badge" data-simulated-clock="">{say(lang, RemoteMsg::SimulatedClock)}</p>
            })}
            {move || match (stored.with(Option::is_some), unusable.get()) {
                (_, Some(why)) => view! { <p class="la-ed-error" role="alert" data-live-error="">{why}</p> }.into_any(),
                (false, None) => view! { <p>{say(lang, RemoteMsg::Loading)}</p> }.into_any(),
                (true, None) => ().into_any(),
            }}
            <SaveStatus state=state lang=lang saved=saved_line changed=RemoteMsg::ChangedReloaded attr="live" />
            {move || state.with(SaveState::can_retry).then(|| view! {
                <button type="button" class="la-ed-button la-ed-button--main" data-live-retry="" on:click=move |_| retry()>
                    {say(lang, RemoteMsg::Retry)}
                </button>
            })}
            {move || stored.with(Option::is_some).then(|| view! {
                <section class="la-ed-part" aria-labelledby="la-live-now">
                    <h2 id="la-live-now">{say(lang, RemoteMsg::OnNow)}</h2>
                    {move || {
                        let now = cards(|s| &s.now);
                        if now.is_empty() {
                            view! { <p>{say(lang, RemoteMsg::NothingOn)}</p> }.into_any()
                        } else {
                            view! { <ul class="la-live-items" data-live-now="">{item_cards(now)}</ul> }.into_any()
                        }
                    }}
                </section>
                <section class="la-ed-part" aria-labelledby="la-live-next">
                    <h2 id="la-live-next">{say(lang, RemoteMsg::ComingNext)}</h2>
                    {move || {
                        let next = cards(|s| &s.next);
                        if next.is_empty() {
                            view! { <p>{say(lang, RemoteMsg::NothingNext)}</p> }.into_any()
                        } else {
                            view! { <ul class="la-live-items" data-live-next="">{item_cards(next)}</ul> }.into_any()
                        }
                    }}
                    {move || {
                        let late_from = stored.with(|p| p.as_ref().and_then(|p| first_delayed(p).map(str::to_owned)));
                        match late_from {
                            Some(_) => view! {
                                <button type="button" class="la-ed-button" data-back-on-time="" disabled=busy on:click=move |_| back_on_time()>
                                    {say(lang, RemoteMsg::BackOnTime)}
                                </button>
                            }.into_any(),
                            None => view! { <p data-on-time="">{say(lang, RemoteMsg::OnTime)}</p> }.into_any(),
                        }
                    }}
                </section>
                <section class="la-ed-part" aria-labelledby="la-live-notice">
                    <h2 id="la-live-notice">{say(lang, RemoteMsg::NoticeHeading)}</h2>
                    <p data-notice-state="">
                        {move || {
                            let on = stored.with(|p| p.as_ref().is_some_and(|p| p.event.notice.is_some()));
                            say(lang, if on { RemoteMsg::NoticeIsOn } else { RemoteMsg::NoticeIsOff })()
                        }}
                    </p>
                    <NoticeField id="la-live-notice-fr" code="fr" label=say(lang, RemoteMsg::NoticeFr) text=notice_fr />
                    <NoticeField id="la-live-notice-en" code="en" label=say(lang, RemoteMsg::NoticeEn) text=notice_en />
                    <div class="la-live-notice-buttons">
                        <button type="button" class="la-ed-button la-ed-button--main" data-notice-show="" disabled=busy on:click=move |_| set_notice(true)>
                            {say(lang, RemoteMsg::NoticeShow)}
                        </button>
                        <button type="button" class="la-ed-button" data-notice-hide="" disabled=busy on:click=move |_| set_notice(false)>
                            {say(lang, RemoteMsg::NoticeHide)}
                        </button>
                    </div>
                </section>
            })}
        </main>
    }
}

/// A labelled field of the announcement in one language.
#[component]
fn NoticeField(
    /// The field's id, which its label names.
    id: &'static str,
    /// The language of the text typed (its `lang`, `data-notice-field`).
    code: &'static str,
    /// The label, in the interface language.
    label: impl Fn() -> &'static str + Send + Sync + 'static,
    /// The text as typed.
    text: RwSignal<String>,
) -> impl IntoView {
    view! {
        <label class="la-ed-label" for=id>{label}</label>
        <textarea
            id=id
            class="la-ed-text la-live-notice"
            rows=2
            lang=code
            data-notice-field=code
            prop:value=move || text.get()
            on:input=move |ev| {
                if let Some(area) = target::<HtmlTextAreaElement>(&ev) {
                    text.set(area.value());
                }
            }
        ></textarea>
    }
}
