//! The editor's views: they show what [`crate::document`] decides.

use leptos::prelude::*;
use live_agenda::browser::json::BrowserJson;
use live_agenda::browser::tz::IntlZones;
use live_agenda::browser::{env, share, storage};
use live_agenda::ui::switches::{LangSwitch, LANG_KEY};
use live_agenda_core::i18n::editor::{editor_text, EditorMsg};
use live_agenda_core::i18n::{initial_lang, Lang};
use live_agenda_core::programme::Programme;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};

use crate::browser::{chosen_file_text, set_page_lang, target};
use crate::document::{download_text, item_lines, open, paste_rows, Opened, ProblemShown};
use crate::live::LiveControls;
use crate::remote::View;
use crate::save::WordPressText;

/// Mounts the editor in the page's body: standalone, the whole editor;
/// opened by the WordPress plugin (a `#rest=…&nonce=…` fragment, see
/// [`crate::remote`]), the stored programme to save, or with `view=live`
/// the live controls. The connection is also given as context
/// (`use_context::<Remote>()`), for the form to save through
/// [`crate::save::SaveBar`].
pub fn mount() {
    let Some(remote) = crate::store::remote_from_page() else {
        leptos::mount::mount_to_body(Editor);
        return;
    };
    leptos::mount::mount_to_body(move || {
        provide_context(remote.clone());
        // The WordPress user's language first, as the plugin's screens speak it.
        let lang = RwSignal::new(initial_lang(
            remote.lang.map(Lang::code),
            storage::get(LANG_KEY).as_deref(),
            &env::navigator_languages(),
        ));
        Effect::new(move |_| set_page_lang(lang.get().code()));
        match remote.view {
            View::Live => view! { <LiveControls remote=remote.clone() lang=lang /> }.into_any(),
            View::Editor => view! {
                <header class="la-ed-header">
                    <h1>{say(lang, EditorMsg::Heading)}</h1>
                    <LangSwitch lang=lang />
                </header>
                <main class="la-ed">
                    <WordPressText remote=remote.clone() lang=lang />
                </main>
            }
            .into_any(),
        }
    });
}

/// A sentence of the editor in the interface language, as it changes.
fn say(lang: RwSignal<Lang>, msg: EditorMsg) -> impl Fn() -> &'static str + Copy {
    move || editor_text(lang.get(), msg)
}

/// The whole editor: open a programme, paste rows, download.
#[component]
pub fn Editor() -> impl IntoView {
    let lang = RwSignal::new(initial_lang(
        None,
        storage::get(LANG_KEY).as_deref(),
        &env::navigator_languages(),
    ));
    Effect::new(move |_| set_page_lang(lang.get().code()));

    // The text being opened (typed or read from a file) and the text
    // checked, which only the button or a chosen file sets.
    let draft = RwSignal::new(String::new());
    let source = RwSignal::new(None::<String>);
    let unreadable = RwSignal::new(false);
    let opened = Memo::new(move |_| {
        source
            .get()
            .map(|text| open(&text, lang.get(), &BrowserJson, &IntlZones))
    });

    let rows_draft = RwSignal::new(String::new());
    let rows = RwSignal::new(None::<String>);
    let opened_programme = Memo::new(move |_| match opened.get() {
        Some(Opened::Valid { programme, .. }) => Some(programme),
        _ => None,
    });
    let rows_outcome = Memo::new(move |_| {
        let tsv = rows.get()?;
        let programme = opened_programme.get()?;
        Some(paste_rows(
            &tsv,
            &programme.event,
            lang.get(),
            &BrowserJson,
            &IntlZones,
        ))
    });
    // What the list shows and the download gives: the pasted rows' programme
    // once read, else the opened file's.
    let current = Memo::new(move |_| {
        rows_outcome
            .get()
            .and_then(|o| o.programme)
            .or_else(|| opened_programme.get())
    });

    let check = move || {
        unreadable.set(false);
        rows.set(None);
        source.set(Some(draft.get_untracked()));
    };
    let choose_file = move |ev: web_sys::Event| {
        let Some(input) = target::<HtmlInputElement>(&ev) else {
            return;
        };
        leptos::task::spawn_local(async move {
            match chosen_file_text(&input).await {
                Some(text) => {
                    draft.set(text);
                    check();
                }
                None => unreadable.set(true),
            }
        });
    };
    let download = move |_| {
        if let Some(programme) = current.get_untracked() {
            let text = download_text(&programme, &IntlZones);
            let _ = share::download("programme.json", "application/json", &text);
        }
    };

    view! {
        <header class="la-ed-header">
            <h1>{say(lang, EditorMsg::Heading)}</h1>
            <LangSwitch lang=lang />
        </header>
        <main class="la-ed">
            <section class="la-ed-part" aria-labelledby="la-ed-open">
                <h2 id="la-ed-open">{say(lang, EditorMsg::OpenHeading)}</h2>
                <label class="la-ed-label" for="la-ed-file">
                    {say(lang, EditorMsg::OpenFile)}
                </label>
                <input
                    id="la-ed-file"
                    class="la-ed-file"
                    type="file"
                    accept=".json,application/json"
                    data-editor-file=""
                    on:change=choose_file
                />
                <PasteArea id="la-ed-text" name="source" label=say(lang, EditorMsg::PasteFile) rows=8 text=draft />
                <button
                    type="button"
                    class="la-ed-button"
                    data-editor-check=""
                    on:click=move |_| check()
                >
                    {say(lang, EditorMsg::Check)}
                </button>
                <div class="la-ed-result" data-editor-result="" aria-live="polite">
                    {move || unreadable.get().then(|| view! {
                        <p class="la-ed-error" role="alert">{say(lang, EditorMsg::FileUnreadable)}</p>
                    })}
                    {move || match opened.get() {
                        None => view! { <p>{say(lang, EditorMsg::NothingOpen)}</p> }.into_any(),
                        Some(Opened::Invalid(problems)) => view! {
                            <div data-editor-problems="" role="alert">
                                <p class="la-ed-error">{say(lang, EditorMsg::Invalid)}</p>
                                <Problems problems=problems />
                            </div>
                        }.into_any(),
                        Some(Opened::Valid { warnings, .. }) => view! {
                            {(!warnings.is_empty()).then(|| view! {
                                <div data-editor-warnings="">
                                    <p>{say(lang, EditorMsg::Warnings)}</p>
                                    <Problems problems=warnings.clone() />
                                </div>
                            })}
                        }.into_any(),
                    }}
                </div>
            </section>

            <section class="la-ed-part" aria-labelledby="la-ed-rows">
                <h2 id="la-ed-rows">{say(lang, EditorMsg::RowsHeading)}</h2>
                <PasteArea id="la-ed-tsv" name="rows" label=say(lang, EditorMsg::PasteRows) rows=6 text=rows_draft />
                <button
                    type="button"
                    class="la-ed-button"
                    data-editor-read-rows=""
                    on:click=move |_| rows.set(Some(rows_draft.get_untracked()))
                >
                    {say(lang, EditorMsg::ReadRows)}
                </button>
                <div class="la-ed-result" data-editor-rows-report="" aria-live="polite">
                    {move || match (rows.get().is_some(), opened_programme.get().is_some()) {
                        (true, false) => Some(view! {
                            <p class="la-ed-error">{say(lang, EditorMsg::RowsNeedEvent)}</p>
                        }.into_any()),
                        _ => rows_outcome.get().map(|outcome| view! {
                            <ul class="la-ed-lines">
                                {outcome.lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                            </ul>
                        }.into_any()),
                    }}
                </div>
            </section>

            <section class="la-ed-part" aria-labelledby="la-ed-items">
                <h2 id="la-ed-items">{say(lang, EditorMsg::Items)}</h2>
                {move || match current.get() {
                    None => view! { <p>{say(lang, EditorMsg::NothingToDownload)}</p> }.into_any(),
                    Some(programme) => view! { <Items programme=programme lang=lang /> }.into_any(),
                }}
                <button
                    type="button"
                    class="la-ed-button la-ed-button--main"
                    data-editor-download=""
                    disabled=move || current.with(Option::is_none)
                    on:click=download
                >
                    {say(lang, EditorMsg::Download)}
                </button>
            </section>
        </main>
    }
}

/// A labelled textarea for pasted text (`[data-editor-text="<name>"]`).
#[component]
fn PasteArea(
    /// The textarea's id, which its label names.
    id: &'static str,
    /// `data-editor-text`'s value, for tests.
    name: &'static str,
    /// The label, in the interface language.
    label: impl Fn() -> &'static str + Send + Sync + 'static,
    /// Its height in lines.
    rows: u32,
    /// The text, as typed or pasted.
    text: RwSignal<String>,
) -> impl IntoView {
    view! {
        <label class="la-ed-label" for=id>
            {label}
        </label>
        <textarea
            id=id
            class="la-ed-text"
            rows=rows
            spellcheck="false"
            data-editor-text=name
            prop:value=move || text.get()
            on:input=move |ev| {
                if let Some(area) = target::<HtmlTextAreaElement>(&ev) {
                    text.set(area.value());
                }
            }
        ></textarea>
    }
}

/// The problems of a file, each beside its field's path.
#[component]
fn Problems(
    /// The problems, in file order.
    problems: Vec<ProblemShown>,
) -> impl IntoView {
    view! {
        <ul class="la-ed-lines">
            {problems
                .into_iter()
                .map(|p| view! { <li data-problem-path=p.path>{p.line}</li> })
                .collect_view()}
        </ul>
    }
}

/// The items of a valid programme: when, title, speakers.
#[component]
fn Items(
    /// The programme shown.
    programme: Programme,
    /// The interface language.
    lang: RwSignal<Lang>,
) -> impl IntoView {
    move || {
        let lines = item_lines(&programme, lang.get(), &IntlZones);
        view! {
            <ol class="la-ed-items" data-editor-items="">
                {lines
                    .into_iter()
                    .map(|item| view! {
                        <li class="la-ed-item" data-item-id=item.id>
                            <span class="la-ed-when">{item.when}</span>
                            " "
                            <span class="la-ed-title">{item.title}</span>
                            {(!item.speakers.is_empty()).then(|| view! {
                                <span class="la-ed-speakers">{item.speakers}</span>
                            })}
                        </li>
                    })
                    .collect_view()}
            </ol>
        }
    }
}
