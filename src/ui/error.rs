//! `[data-error]`: what went wrong, in words, naming the file and the fields;
//! instead of the agenda when there is none, or beside it when a new version
//! could not be used.

use leptos::prelude::*;

use crate::i18n::{self, Lang, Msg};
use crate::sync::Failure;
use crate::ui::tr;

/// `[data-error]`, `role="alert"`: why the programme (or its update) cannot
/// be shown.
#[component]
pub fn ErrorView(
    /// What went wrong.
    error: Failure,
    /// The programme's URL, as given in the options.
    file: String,
    /// The interface language.
    lang: RwSignal<Lang>,
) -> impl IntoView {
    let title = tr(lang, Msg::ErrorTitle);
    let body = move || {
        let lang = lang.get();
        match &error {
            Failure::Invalid(problems) => {
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
            other => view! { <p>{i18n::fetch_failed(lang, &file, &other.reason(lang.code()))}</p> }
                .into_any(),
        }
    };
    view! {
        <div class="la-error" data-error="" role="alert">
            <h2>{title}</h2>
            {body}
        </div>
    }
}
