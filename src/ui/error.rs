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
        let said = i18n::error_message(lang.get(), &file, &error);
        let problems = (!said.problems.is_empty()).then(|| {
            let items = said
                .problems
                .into_iter()
                .map(|p| {
                    let path = (!p.path.is_empty()).then(|| view! { <code>{p.path}</code> ": " });
                    view! { <li>{path}{p.message}</li> }
                })
                .collect_view();
            view! { <ul>{items}</ul> }
        });
        view! {
            <p>{said.lead}</p>
            {problems}
        }
    };
    view! {
        <div class="la-error" data-error="" role="alert">
            <h2>{title}</h2>
            {body}
        </div>
    }
}
