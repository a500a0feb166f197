//! Saving to WordPress from the editor: the [`SaveBar`] (a Save button and
//! what came of it), and reading the stored programme into the form
//! ([`use_stored_text`], [`LoadStatus`]).

use leptos::prelude::*;
use leptos::task::spawn_local;
use live_agenda_core::i18n::editor::{load_failed, remote_text, RemoteMsg};
use live_agenda_core::i18n::Lang;

use crate::remote::{status_lines, LoadOutcome, Remote, SaveOutcome, SaveState, Version};
use crate::store::{load_programme, save_programme};

/// A sentence of the connection in the interface language, as it changes.
pub(crate) fn say(lang: RwSignal<Lang>, msg: RemoteMsg) -> impl Fn() -> &'static str + Copy {
    move || remote_text(lang.get(), msg)
}

/// `[data-editor-save]`, the Save button, and `[data-save-status]`, what
/// came of the last save: saving, saved (with the checker's warnings),
/// refused (each problem `path: message`), failed (never silent; the
/// text stays, and Save, or "Try again", sends it again), or changed
/// elsewhere since it was opened (a 412): then this version stays in the
/// form, and the person chooses, `[data-save-mine]` or `[data-open-stored]`.
#[component]
pub fn SaveBar(
    /// The stored programme this form was opened from.
    stored: Stored,
    /// The v1 text to save; `None` while there is nothing valid to save.
    #[prop(into)]
    text: Signal<Option<String>>,
    /// The interface language.
    lang: RwSignal<Lang>,
) -> impl IntoView {
    let state = RwSignal::new(SaveState::Idle);
    let save = move |over: Version| {
        let Some(body) = text.get_untracked() else {
            return;
        };
        if state.with_untracked(SaveState::busy) {
            return;
        }
        state.set(SaveState::Saving);
        spawn_local(async move {
            let (outcome, now) = stored.save(&body, &over).await;
            if matches!(outcome, SaveOutcome::Saved { .. }) {
                stored.version.set(now);
            }
            state.set(SaveState::Done(outcome));
        });
    };
    let replaces = move || stored.version.get_untracked();
    view! {
        <div class="la-ed-save">
            <button
                type="button"
                class="la-ed-button la-ed-button--main"
                data-editor-save=""
                disabled=move || text.with(Option::is_none) || state.with(SaveState::busy)
                on:click=move |_| save(replaces())
            >
                {say(lang, RemoteMsg::Save)}
            </button>
            {move || {
                text.with(Option::is_none)
                    .then(|| view! { <p class="la-ed-note">{say(lang, RemoteMsg::NothingToSave)}</p> })
            }}
            <SaveStatus
                state=state
                lang=lang
                saved=move || remote_text(lang.get(), RemoteMsg::Saved).to_owned()
                changed=RemoteMsg::Changed
                attr="save"
            />
            {move || {
                state.with(SaveState::can_retry).then(|| view! {
                    <button type="button" class="la-ed-button" data-save-retry="" on:click=move |_| save(replaces())>
                        {say(lang, RemoteMsg::Retry)}
                    </button>
                })
            }}
            {move || {
                state.with(|s| matches!(s, SaveState::Done(SaveOutcome::Changed))).then(|| view! {
                    <div class="la-ed-row">
                        <button type="button" class="la-ed-button" data-save-mine="" on:click=move |_| save(Version::Any)>
                            {say(lang, RemoteMsg::SaveMineAnyway)}
                        </button>
                        <button
                            type="button"
                            class="la-ed-button"
                            data-open-stored=""
                            on:click=move |_| {
                                state.set(SaveState::Idle);
                                stored.reload();
                            }
                        >
                            {say(lang, RemoteMsg::OpenStored)}
                        </button>
                    </div>
                })
            }}
        </div>
    }
}

/// The status of a save (`[data-save-status]` or `[data-live-status]`,
/// polite live region) and, under it, each problem or warning.
#[component]
pub(crate) fn SaveStatus(
    /// Where the save stands.
    state: RwSignal<SaveState>,
    /// The interface language.
    lang: RwSignal<Lang>,
    /// What a success says.
    saved: impl Fn() -> String + Send + Sync + 'static,
    /// What a 412 (changed elsewhere) says here.
    changed: RemoteMsg,
    /// `save` or `live`: which `data-…-status` attribute it carries.
    attr: &'static str,
) -> impl IntoView {
    let lines = Memo::new(move |_| state.with(|s| status_lines(lang.get(), s, &saved(), changed)));
    let status = move || {
        let (line, problems) = lines.get();
        view! {
            <p class=move || if state.with(SaveState::is_error) { "la-ed-error" } else { "" }>{line}</p>
            {(!problems.is_empty()).then(|| view! {
                <ul class="la-ed-lines">
                    {problems.into_iter().map(|p| view! { <li data-save-problem="">{p}</li> }).collect_view()}
                </ul>
            })}
        }
    };
    // One region per attribute, always in the page: a live region added
    // with its text is not read out.
    match attr {
        "live" => view! { <div class="la-ed-status" data-live-status="" aria-live="polite">{status}</div> }
            .into_any(),
        _ => view! { <div class="la-ed-status" data-save-status="" aria-live="polite">{status}</div> }
            .into_any(),
    }
}

/// What reading the stored programme has given so far.
#[derive(Clone, Debug, PartialEq)]
pub enum Loading {
    Pending,
    Done(LoadOutcome),
}

/// The programme stored in WordPress, as this page knows it: what reading
/// it gave, and the version a save replaces.
#[derive(Clone, Copy)]
pub struct Stored {
    pub loading: RwSignal<Loading>,
    /// Updated by each successful save, so that the next one replaces it.
    pub version: RwSignal<Version>,
    remote: StoredValue<Remote>,
}

impl Stored {
    /// Reads the stored programme again (GET): `loading` goes back to
    /// pending, then holds the text now stored.
    pub fn reload(self) {
        self.loading.set(Loading::Pending);
        spawn_local(async move {
            let (outcome, version) = load_programme(&self.remote.get_value()).await;
            self.version.set(version);
            self.loading.set(Loading::Done(outcome));
        });
    }

    /// Saves `text` over the stored version `over` (see
    /// [`save_programme`]).
    pub async fn save(self, text: &str, over: &Version) -> (SaveOutcome, Version) {
        save_programme(&self.remote.get_value(), text, over).await
    }
}

/// Reads the stored programme (GET), into signals.
pub fn use_stored_text(remote: &Remote) -> Stored {
    let stored = Stored {
        loading: RwSignal::new(Loading::Pending),
        version: RwSignal::new(Version::Any),
        remote: StoredValue::new(remote.clone()),
    };
    stored.reload();
    stored
}

/// In WordPress, what reading the stored programme gave
/// (`[data-load-status]`): reading, not stored yet (saving creates it), or
/// why it could not be read; nothing once it is in the form.
#[component]
pub fn LoadStatus(
    /// What reading the stored programme has given so far.
    loading: RwSignal<Loading>,
    /// The interface language.
    lang: RwSignal<Lang>,
) -> impl IntoView {
    view! {
        <p data-load-status="" aria-live="polite">
            {move || match loading.get() {
                Loading::Pending => remote_text(lang.get(), RemoteMsg::Loading).to_owned(),
                Loading::Done(LoadOutcome::New) => {
                    remote_text(lang.get(), RemoteMsg::NotStoredYet).to_owned()
                }
                Loading::Done(LoadOutcome::Failed(status)) => load_failed(lang.get(), status),
                Loading::Done(LoadOutcome::Text(_)) => String::new(),
            }}
        </p>
    }
}
