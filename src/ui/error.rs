//! The message shown instead of the agenda when there is none: what went
//! wrong, in words, naming the file and the fields.

use leptos::prelude::*;

use crate::browser::fetch::FetchError;
use crate::i18n::{self, Lang, Msg};
use crate::ui::app::LoadError;

/// `[data-error]`, `role="alert"`: why the programme cannot be shown.
#[component]
pub fn ErrorView(
    /// What went wrong.
    error: LoadError,
    /// The programme's URL, as given in the options.
    file: String,
    /// The interface language.
    lang: RwSignal<Lang>,
) -> impl IntoView {
    let title = move || i18n::t(lang.get(), Msg::ErrorTitle);
    let body = move || {
        let lang = lang.get();
        match &error {
            LoadError::Fetch(FetchError::Network(reason)) => {
                view! { <p>{i18n::fetch_failed(lang, &file, reason)}</p> }.into_any()
            }
            LoadError::Fetch(FetchError::Http { status, text }) => {
                let reason = format!("HTTP {status} {text}");
                view! { <p>{i18n::fetch_failed(lang, &file, reason.trim())}</p> }.into_any()
            }
            LoadError::Invalid(problems) => {
                let items = problems
                    .iter()
                    .filter(|p| p.is_error())
                    .map(|p| {
                        let path = (!p.path.is_empty())
                            .then(|| view! { <code>{p.path.clone()}</code> ": " });
                        view! { <li>{path}{p.message(lang.code())}</li> }
                    })
                    .collect_view();
                view! {
                    <p>{i18n::invalid_file(lang, &file)}</p>
                    <ul>{items}</ul>
                }
                .into_any()
            }
        }
    };
    view! {
        <div class="la-error" data-error="" role="alert">
            <h2>{title}</h2>
            {body}
        </div>
    }
}
