//! The editor's views: they show what [`crate::document`] decides.

use leptos::prelude::*;
use live_agenda::browser::json::BrowserJson;
use live_agenda::browser::tz::{local_in, IntlZones};
use live_agenda::browser::{env, share, storage};
use live_agenda::ui::switches::{LangSwitch, LANG_KEY};
use live_agenda_core::i18n::editor::{editor_text, url_status_message, EditorMsg};
use live_agenda_core::i18n::{initial_lang, Lang};
use live_agenda_core::programme::form::Form;
use live_agenda_core::programme::{iso_date, Programme};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};

use crate::browser::{
    chosen_file_text, device_now, fetch_text, set_page_lang, supported_zones, target, FetchError,
};
use crate::document::{check, open_form, rows_into_form, Checked, Opening, ProblemShown};
use crate::fields::{EventFields, FormCtx, ItemsFields, Summary};
use crate::live::LiveControls;
use crate::preview::Preview;
use crate::remote::LoadOutcome;
use crate::remote::{Remote, View};
use crate::save::{use_stored_text, LoadStatus, Loading, SaveBar};

/// Mounts the editor in the page's body: standalone, the whole editor;
/// opened by the WordPress plugin (a `#rest=…&nonce=…` fragment, see
/// [`crate::remote`]), the same editor on the stored programme, saving
/// through [`crate::save::SaveBar`]; with `view=live`, the live controls.
pub fn mount() {
    let remote = crate::store::remote_from_page();
    leptos::mount::mount_to_body(move || {
        // The WordPress user's language first, as the plugin's screens speak it.
        let lang = RwSignal::new(initial_lang(
            remote.as_ref().and_then(|r| r.lang).map(Lang::code),
            storage::get(LANG_KEY).as_deref(),
            &env::navigator_languages(),
        ));
        Effect::new(move |_| set_page_lang(lang.get().code()));
        match remote.clone() {
            Some(remote) if remote.view == View::Live => {
                view! { <LiveControls remote=remote lang=lang /> }.into_any()
            }
            remote => view! { <Editor lang=lang remote=remote /> }.into_any(),
        }
    });
}

/// A sentence of the editor in the interface language, as it changes.
fn say(lang: RwSignal<Lang>, msg: EditorMsg) -> impl Fn() -> &'static str + Copy {
    move || editor_text(lang.get(), msg)
}

/// Where the form is kept between visits, so that closing the tab or a
/// crash loses nothing typed.
const DRAFT_KEY: &str = "editor-draft";

/// A new programme for today, in the device's time zone.
fn blank_form() -> Form {
    let zone = env::viewer_zone().unwrap_or_else(|| "Europe/Paris".to_owned());
    let today = iso_date(local_in(&zone, device_now()).date);
    Form::new_programme(&zone, &today)
}

/// The whole editor: open or start a programme, edit it as a form with
/// its problems at their fields, paste rows, preview it, download it; for
/// a WordPress programme (`remote`), its stored text opened first and
/// saved through the plugin's REST API.
#[component]
pub fn Editor(
    /// The interface language.
    lang: RwSignal<Lang>,
    /// The WordPress programme edited, if any.
    remote: Option<Remote>,
) -> impl IntoView {
    // Standalone: the draft of the last visit if this browser kept one,
    // else a new programme; every change is kept again. For WordPress the
    // stored programme is the truth: it is read instead.
    let keeps_draft = remote.is_none();
    let kept = keeps_draft
        .then(|| storage::get(DRAFT_KEY))
        .flatten()
        .and_then(
            |text| match open_form(&text, lang.get_untracked(), &BrowserJson, &IntlZones) {
                Opening::Form(form) => Some(*form),
                Opening::Problems(_) => None,
            },
        );
    let restored = RwSignal::new(kept.is_some());
    let form = RwSignal::new(kept.unwrap_or_else(blank_form));
    if keeps_draft {
        Effect::new(move |_| form.with(|f| storage::set(DRAFT_KEY, &f.text())));
    }
    // Every keystroke is checked as `check-programme` checks a file.
    let checked: Memo<Checked> =
        Memo::new(move |_| form.with(|f| check(f, &BrowserJson, &IntlZones)));
    let problems = Memo::new(move |_| checked.with(|c| c.problems.clone()));
    let valid = Memo::new(move |_| checked.with(|c| c.programme.is_some()));
    // What the preview shows: the last valid version.
    let last_good = RwSignal::new(None::<Programme>);
    Effect::new(move |_| {
        if let Some(programme) = checked.with(|c| c.programme.clone()) {
            last_good.set(Some(programme));
        }
    });
    let stale = Signal::derive(move || !valid.get() && last_good.with(Option::is_some));
    let ctx = FormCtx {
        form,
        problems,
        lang,
    };

    // Opening a text: the pasted one, or a chosen file's.
    let draft = RwSignal::new(String::new());
    let unopened = RwSignal::new(None::<Vec<ProblemShown>>);
    // Why the last file or address could not be read, in words.
    let unreadable = RwSignal::new(None::<String>);
    let open = move |text: &str| {
        unreadable.set(None);
        restored.set(false);
        match open_form(text, lang.get_untracked(), &BrowserJson, &IntlZones) {
            Opening::Form(opened) => {
                unopened.set(None);
                last_good.set(None);
                form.set(*opened);
            }
            Opening::Problems(problems) => unopened.set(Some(problems)),
        }
    };
    // The stored programme, opened in the form once read.
    // Read again when someone else saved meanwhile and this person chose
    // the stored version (the Save bar's choice): opened the same way.
    let stored = remote.as_ref().map(use_stored_text);
    if let Some(stored) = stored {
        Effect::new(move |_| {
            if let Loading::Done(LoadOutcome::Text(text)) = stored.loading.get() {
                open(&text);
            }
        });
    }
    // What Save sends: the form's file, valid or not (WordPress's checker
    // judges, and refuses an invalid one with its problems).
    let to_save = Signal::derive(move || Some(form.with(Form::text)));
    let save_bar = stored.map(|stored| {
        view! {
            <LoadStatus loading=stored.loading lang=lang />
            <SaveBar stored=stored text=to_save lang=lang />
        }
    });

    let choose_file = move |ev: web_sys::Event| {
        let Some(input) = target::<HtmlInputElement>(&ev) else {
            return;
        };
        leptos::task::spawn_local(async move {
            match chosen_file_text(&input).await {
                Some(text) => {
                    draft.set(text.clone());
                    open(&text);
                }
                None => unreadable.set(Some(
                    editor_text(lang.get_untracked(), EditorMsg::FileUnreadable).to_owned(),
                )),
            }
        });
    };
    let url = RwSignal::new(String::new());
    let open_url = move || {
        let address = url.get_untracked();
        if address.trim().is_empty() {
            return;
        }
        leptos::task::spawn_local(async move {
            let ui = lang.get_untracked();
            match fetch_text(address.trim()).await {
                Ok(text) => {
                    draft.set(text.clone());
                    open(&text);
                }
                Err(FetchError::Status(status)) => {
                    unreadable.set(Some(url_status_message(ui, status)))
                }
                Err(FetchError::Network) => {
                    unreadable.set(Some(editor_text(ui, EditorMsg::UrlUnreachable).to_owned()))
                }
            }
        });
    };

    let rows_draft = RwSignal::new(String::new());
    let rows_report = RwSignal::new(None::<Vec<String>>);
    let read_rows = move |_| {
        let (lines, rows) = form.with_untracked(|f| {
            rows_into_form(
                &rows_draft.get_untracked(),
                f,
                lang.get_untracked(),
                &BrowserJson,
            )
        });
        if let Some(rows) = rows {
            form.set(rows);
        }
        rows_report.set(Some(lines));
    };

    let download = move |_| {
        if valid.get_untracked() {
            let text = form.with_untracked(Form::text);
            let _ = share::download("programme.json", "application/json", &text);
        }
    };

    // Other sources of a programme: a file, an address, pasted text, rows.
    let sources = view! {
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
                    <label class="la-ed-label" for="la-ed-url">{say(lang, EditorMsg::OpenUrl)}</label>
                    <div class="la-ed-inline">
                        <input
                            id="la-ed-url"
                            class="la-ed-input"
                            type="url"
                            placeholder="https://"
                            autocomplete="url"
                            data-editor-url=""
                            prop:value=move || url.get()
                            on:input=move |ev| url.set(event_target_value(&ev))
                            on:keydown=move |ev: web_sys::KeyboardEvent| {
                                if ev.key() == "Enter" {
                                    open_url();
                                }
                            }
                        />
                        <button type="button" class="la-ed-button" data-editor-open-url="" on:click=move |_| open_url()>
                            {say(lang, EditorMsg::OpenUrlButton)}
                        </button>
                    </div>
                    <PasteArea id="la-ed-text" name="source" label=say(lang, EditorMsg::PasteFile) rows=6 text=draft />
                    <div class="la-ed-actions">
                        <button
                            type="button"
                            class="la-ed-button"
                            data-editor-check=""
                            on:click=move |_| open(&draft.get_untracked())
                        >
                            {say(lang, EditorMsg::Check)}
                        </button>
                        <button
                            type="button"
                            class="la-ed-button"
                            data-editor-new=""
                            on:click=move |_| {
                                unopened.set(None);
                                restored.set(false);
                                last_good.set(None);
                                form.set(blank_form());
                            }
                        >
                            {say(lang, EditorMsg::NewProgramme)}
                        </button>
                    </div>
                    <div class="la-ed-result" data-editor-result="" aria-live="polite">
                        {move || restored.get().then(|| view! {
                            <p class="la-ed-note" data-editor-restored="">{say(lang, EditorMsg::DraftRestored)}</p>
                        })}
                        {move || unreadable.get().map(|why| view! {
                            <p class="la-ed-error" role="alert" data-editor-unreadable="">{why}</p>
                        })}
                        {move || unopened.get().map(|problems| view! {
                            <div data-editor-unopened="" role="alert">
                                <p class="la-ed-error">{say(lang, EditorMsg::Invalid)}</p>
                                <ul class="la-ed-lines">
                                    {problems
                                        .into_iter()
                                        .map(|p| view! { <li data-problem-path=p.path>{p.line}</li> })
                                        .collect_view()}
                                </ul>
                            </div>
                        })}
                    </div>
                </section>

                <section class="la-ed-part" aria-labelledby="la-ed-rows">
                    <h2 id="la-ed-rows">{say(lang, EditorMsg::RowsHeading)}</h2>
                    <PasteArea id="la-ed-tsv" name="rows" label=say(lang, EditorMsg::PasteRows) rows=5 text=rows_draft />
                    <button type="button" class="la-ed-button" data-editor-read-rows="" on:click=read_rows>
                        {say(lang, EditorMsg::ReadRows)}
                    </button>
                    <div class="la-ed-result" data-editor-rows-report="" aria-live="polite">
                        {move || rows_report.get().map(|lines| view! {
                            <ul class="la-ed-lines">
                                {lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                            </ul>
                        })}
                    </div>
                </section>
    }
    .into_any();
    // Standalone, opening a programme is the first step. In WordPress the
    // stored one is open already: the form comes first, the other sources
    // after it, so that a phone does not scroll past them to reach it.
    let (sources_first, sources_after) = if keeps_draft {
        (Some(sources), None)
    } else {
        (None, Some(sources))
    };

    view! {
        <header class="la-ed-header">
            <h1>{say(lang, EditorMsg::Heading)}</h1>
            <LangSwitch lang=lang />
        </header>
        <main class="la-ed">
            <div class="la-ed-main">
                {sources_first}
                <section class="la-ed-part" aria-labelledby="la-ed-form">
                    <h2 id="la-ed-form">{say(lang, EditorMsg::FormHeading)}</h2>
                    <Summary ctx=ctx />
                    <EventFields ctx=ctx zones=supported_zones() />
                    <h3 class="la-ed-subheading">{say(lang, EditorMsg::Items)}</h3>
                    <ItemsFields ctx=ctx />
                    <div class="la-ed-actions la-ed-actions--end">
                        <button
                            type="button"
                            class="la-ed-button la-ed-button--main"
                            data-editor-download=""
                            disabled=move || !valid.get()
                            on:click=download
                        >
                            {say(lang, EditorMsg::Download)}
                        </button>
                    </div>
                    {save_bar}
                </section>
                {sources_after}
            </div>
            <Preview lang=lang programme=last_good stale=stale />
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
