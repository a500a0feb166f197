//! The form's views: the event's fields and the items', each with the
//! problems `check-programme` finds at its path, said beside it as one
//! types. They show the [`Form`] signal and write each keystroke into it;
//! what the strings mean is the core's to say.

use std::sync::Arc;

use leptos::prelude::*;
use live_agenda_core::i18n::editor::{editor_text, item_legend, problems_count, EditorMsg};
use live_agenda_core::i18n::{kind_label, problem_line, problem_message, Lang};
use live_agenda_core::programme::form::{
    event_path, field_of, is_at, item_base, item_path, online_path, Form, LinkForm, KINDS, LANGS,
};
use live_agenda_core::programme::{Kind, Problem};

use crate::browser::focus_by_id;
use crate::document::field_id;

/// What every field of the form shares; `Copy`, as signals are.
#[derive(Clone, Copy)]
pub struct FormCtx {
    /// The form being edited.
    pub form: RwSignal<Form>,
    /// Its problems, errors and warnings, as the loader finds them.
    pub problems: Memo<Vec<Problem>>,
    /// The interface language.
    pub lang: RwSignal<Lang>,
}

type Getter = Arc<dyn Fn(&Form) -> String + Send + Sync>;
type Setter = Arc<dyn Fn(&mut Form, String) + Send + Sync>;

/// One input of a field: its language (for a text in French and English)
/// and how it reads and writes the form.
#[derive(Clone)]
pub struct Input {
    lang: Option<&'static str>,
    get: Getter,
    set: Setter,
}

/// An input of a field in one language.
pub fn input(
    lang: Option<&'static str>,
    get: impl Fn(&Form) -> String + Send + Sync + 'static,
    set: impl Fn(&mut Form, String) + Send + Sync + 'static,
) -> Input {
    Input {
        lang,
        get: Arc::new(get),
        set: Arc::new(set),
    }
}

/// A plain string field of item `$i`.
macro_rules! item_line {
    ($i:expr, $field:ident) => {{
        let i = $i;
        vec![input(
            None,
            move |f: &Form| {
                f.items
                    .get(i)
                    .map(|it| it.$field.clone())
                    .unwrap_or_default()
            },
            move |f: &mut Form, v: String| {
                if let Some(it) = f.items.get_mut(i) {
                    it.$field = v;
                }
            },
        )]
    }};
}

/// A text of item `$i` in French and English.
macro_rules! item_langs {
    ($i:expr, $field:ident) => {{
        let i = $i;
        LANGS
            .iter()
            .map(|&l| {
                input(
                    Some(l),
                    move |f: &Form| {
                        f.items
                            .get(i)
                            .map(|it| it.$field.get(l).to_owned())
                            .unwrap_or_default()
                    },
                    move |f: &mut Form, v: String| {
                        if let Some(it) = f.items.get_mut(i) {
                            it.$field.set(l, &v);
                        }
                    },
                )
            })
            .collect::<Vec<_>>()
    }};
}

/// A text of the event in French and English.
macro_rules! event_langs {
    ($($field:ident).+) => {
        LANGS
            .iter()
            .map(|&l| {
                input(
                    Some(l),
                    move |f: &Form| f.event.$($field).+.get(l).to_owned(),
                    move |f: &mut Form, v: String| f.event.$($field).+.set(l, &v),
                )
            })
            .collect::<Vec<_>>()
    };
}

/// How a field is typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Widget {
    /// One line of text.
    Line,
    /// A time of day, `HH:MM`.
    Time,
    /// A date, with the browser's date picker.
    Date,
    /// A time zone: a line with the browser's zones to pick from.
    Zone,
    /// A web address.
    Url,
    /// Several lines, this many shown.
    Lines(u32),
}

/// The zones' list the time zone field offers (`<datalist>`).
pub const ZONES_LIST: &str = "la-ed-zones";

/// "(français)", "(English)": which language an input is for.
fn lang_name(ui: Lang, code: &str) -> &'static str {
    match (ui, code) {
        (Lang::Fr, "fr") => "français",
        (Lang::Fr, _) => "anglais",
        (Lang::En, "fr") => "French",
        (Lang::En, _) => "English",
    }
}

/// A field: its inputs (one, or one a language), labelled, and the
/// problems at its path below them (`[data-field-problems="<path>"]`,
/// which the inputs name in `aria-describedby`).
#[component]
pub fn Field(
    ctx: FormCtx,
    /// The field's path in the file (`sessions[2].start`).
    path: String,
    /// Its label.
    label: EditorMsg,
    /// Its inputs.
    inputs: Vec<Input>,
    /// How it is typed.
    #[prop(default = Widget::Line)]
    widget: Widget,
) -> impl IntoView {
    let FormCtx {
        form,
        problems,
        lang,
    } = ctx;
    let base = field_id(&path);
    let described = format!("{base}-problems");
    let here = problems_at(problems, path.clone());
    let invalid = move || {
        here.with(|h| h.iter().any(Problem::is_error))
            .then_some("true")
    };
    let controls = inputs
        .into_iter()
        .enumerate()
        .map(|(k, Input { lang: in_lang, get, set })| {
            let id = match (k, in_lang) {
                (0, _) | (_, None) => base.clone(),
                (_, Some(code)) => format!("{base}-{code}"),
            };
            let label_text = move || {
                let ui = lang.get();
                match in_lang {
                    Some(code) => format!("{} ({})", editor_text(ui, label), lang_name(ui, code)),
                    None => editor_text(ui, label).to_owned(),
                }
            };
            let value = move || form.with(|f| get(f));
            let on_input = move |ev: web_sys::Event| {
                let v = event_target_value(&ev);
                form.update(|f| set(f, v));
            };
            let control = match widget {
                Widget::Lines(rows) => view! {
                    <textarea
                        id=id.clone()
                        class="la-ed-text"
                        rows=rows
                        lang=in_lang
                        aria-invalid=invalid
                        aria-describedby=described.clone()
                        prop:value=value
                        on:input=on_input
                    ></textarea>
                }
                .into_any(),
                _ => {
                    let (kind, placeholder, list) = match widget {
                        Widget::Time => ("text", Some("HH:MM"), None),
                        Widget::Date => ("date", None, None),
                        Widget::Zone => ("text", Some("Europe/Paris"), Some(ZONES_LIST)),
                        Widget::Url => ("url", Some("https://"), None),
                        _ => ("text", None, None),
                    };
                    view! {
                        <input
                            id=id.clone()
                            class="la-ed-input"
                            type=kind
                            placeholder=placeholder
                            list=list
                            lang=in_lang
                            autocomplete="off"
                            spellcheck=(widget == Widget::Line || widget == Widget::Lines(0)).then_some("true")
                            aria-invalid=invalid
                            aria-describedby=described.clone()
                            prop:value=value
                            on:input=on_input
                        />
                    }
                    .into_any()
                }
            };
            view! {
                <label class="la-ed-label" for=id>{label_text}</label>
                {control}
            }
        })
        .collect_view();
    let field = path.clone();
    view! {
        <div class="la-ed-field" data-field=field>
            {controls}
            <ProblemsHere ctx=ctx id=described path=path here=here />
        </div>
    }
}

/// The problems at the field of `path` and its parts.
fn problems_at(problems: Memo<Vec<Problem>>, path: String) -> Memo<Vec<Problem>> {
    Memo::new(move |_| {
        problems.with(|ps| {
            ps.iter()
                .filter(|p| is_at(&p.path, &path))
                .cloned()
                .collect::<Vec<_>>()
        })
    })
}

/// The problems at one field (or item), each in `check-programme`'s words
/// without the path the field already gives.
#[component]
fn ProblemsHere(ctx: FormCtx, id: String, path: String, here: Memo<Vec<Problem>>) -> impl IntoView {
    let lang = ctx.lang;
    view! {
        <ul class="la-ed-field-problems" id=id data-field-problems=path>
            {move || {
                let ui = lang.get();
                here.get()
                    .into_iter()
                    .map(|p| {
                        let class = if p.is_error() { "la-ed-error" } else { "la-ed-warning" };
                        view! {
                            <li class=class data-problem-path=p.path.clone()>
                                {problem_message(ui, &p.kind)}
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
    }
}

/// The form's problems in one list above it, as `check-programme` prints
/// them (`path: message`), each a button to its field; or that the
/// programme is valid. Warnings follow, as "worth a look".
#[component]
pub fn Summary(ctx: FormCtx) -> impl IntoView {
    let FormCtx {
        form,
        problems,
        lang,
    } = ctx;
    let fields = Memo::new(move |_| form.with(Form::field_paths));
    let list = move |wanted_errors: bool| {
        let ui = lang.get();
        problems.with(|ps| {
            ps.iter()
                .filter(|p| p.is_error() == wanted_errors)
                .map(|p| {
                    let line = problem_line(ui, p);
                    let target = fields.with(|f| field_of(&p.path, f).map(field_id));
                    let path = p.path.clone();
                    match target {
                        Some(id) => view! {
                            <li data-problem-path=path>
                                <button
                                    type="button"
                                    class="la-ed-goto"
                                    on:click=move |_| focus_by_id(&id)
                                >
                                    {line}
                                </button>
                            </li>
                        }
                        .into_any(),
                        None => view! { <li data-problem-path=path>{line}</li> }.into_any(),
                    }
                })
                .collect_view()
        })
    };
    let errors = Memo::new(move |_| problems.with(|ps| ps.iter().filter(|p| p.is_error()).count()));
    let warnings = Memo::new(move |_| problems.with(|ps| ps.len()) - errors.get());
    view! {
        <div class="la-ed-summary" data-editor-summary="">
            {move || match errors.get() {
                0 => view! {
                    <p class="la-ed-valid" data-editor-valid="">
                        {move || editor_text(lang.get(), EditorMsg::Valid)}
                    </p>
                }
                .into_any(),
                n => view! {
                    <div data-editor-problems="">
                        <p class="la-ed-error">{move || problems_count(lang.get(), n)}</p>
                        <ul class="la-ed-lines">{move || list(true)}</ul>
                    </div>
                }
                .into_any(),
            }}
            {move || (warnings.get() > 0).then(|| view! {
                <div data-editor-warnings="">
                    <p>{move || editor_text(lang.get(), EditorMsg::Warnings)}</p>
                    <ul class="la-ed-lines">{move || list(false)}</ul>
                </div>
            })}
        </div>
    }
}

/// The event's fields, and its links.
#[component]
pub fn EventFields(
    ctx: FormCtx,
    /// The time zones the browser knows, to pick from.
    zones: Vec<String>,
) -> impl IntoView {
    let FormCtx { form, lang, .. } = ctx;
    let say = move |msg| move || editor_text(lang.get(), msg);
    let link_count = Memo::new(move |_| form.with(|f| f.event.links.len()));
    let links = move || {
        (0..link_count.get())
            .map(|k| {
                let at = format!("{}[{k}]", event_path("links"));
                let label_inputs = LANGS
                    .iter()
                    .map(|&l| {
                        input(
                            Some(l),
                            move |f: &Form| {
                                f.event.links.get(k).map(|x| x.label.get(l).to_owned()).unwrap_or_default()
                            },
                            move |f: &mut Form, v: String| {
                                if let Some(x) = f.event.links.get_mut(k) {
                                    x.label.set(l, &v);
                                }
                            },
                        )
                    })
                    .collect::<Vec<_>>();
                let url = vec![input(
                    None,
                    move |f: &Form| f.event.links.get(k).map(|x| x.url.clone()).unwrap_or_default(),
                    move |f: &mut Form, v: String| {
                        if let Some(x) = f.event.links.get_mut(k) {
                            x.url = v;
                        }
                    },
                )];
                view! {
                    <div class="la-ed-link" data-link=k>
                        <Field ctx=ctx path=format!("{at}.label") label=EditorMsg::LinkLabel inputs=label_inputs />
                        <Field ctx=ctx path=format!("{at}.url") label=EditorMsg::LinkUrl inputs=url widget=Widget::Url />
                        <button
                            type="button"
                            class="la-ed-button la-ed-button--small"
                            on:click=move |_| form.update(|f| {
                                if k < f.event.links.len() {
                                    f.event.links.remove(k);
                                }
                            })
                        >
                            {say(EditorMsg::RemoveLink)}
                        </button>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="la-ed-group" id=field_id("event") data-event-form="">
            <legend>{say(EditorMsg::EventHeading)}</legend>
            <Field ctx=ctx path=event_path("title") label=EditorMsg::Title inputs=event_langs!(title) />
            <datalist id=ZONES_LIST>
                {zones.into_iter().map(|z| view! { <option value=z></option> }).collect_view()}
            </datalist>
            <div class="la-ed-row">
                <Field
                    ctx=ctx
                    path=event_path("timezone")
                    label=EditorMsg::TimeZone
                    inputs=vec![input(None, |f: &Form| f.event.timezone.clone(), |f: &mut Form, v| f.event.timezone = v)]
                    widget=Widget::Zone
                />
                <Field
                    ctx=ctx
                    path=event_path("date")
                    label=EditorMsg::Date
                    inputs=vec![input(None, |f: &Form| f.event.date.clone(), |f: &mut Form, v| f.event.date = v)]
                    widget=Widget::Date
                />
            </div>
            <Field ctx=ctx path=event_path("info") label=EditorMsg::Info inputs=event_langs!(info) widget=Widget::Lines(3) />
            <Field ctx=ctx path=event_path("notice") label=EditorMsg::Notice inputs=event_langs!(notice) widget=Widget::Lines(2) />
            <fieldset class="la-ed-group" id=field_id(&event_path("links"))>
                <legend>{say(EditorMsg::Links)}</legend>
                {links}
                <button
                    type="button"
                    class="la-ed-button la-ed-button--small"
                    data-editor-add-link=""
                    on:click=move |_| form.update(|f| f.event.links.push(LinkForm::default()))
                >
                    {say(EditorMsg::AddLink)}
                </button>
            </fieldset>
            <fieldset class="la-ed-group" id=field_id(&event_path("online")) data-editor-online="">
                <legend>{say(EditorMsg::OnlineHeading)}</legend>
                <Field
                    ctx=ctx
                    path=online_path("url")
                    label=EditorMsg::OnlineUrl
                    inputs=vec![input(None, |f: &Form| f.event.online.url.clone(), |f: &mut Form, v| f.event.online.url = v)]
                    widget=Widget::Url
                />
                <Field ctx=ctx path=online_path("label") label=EditorMsg::OnlineLabel inputs=event_langs!(online.label) />
                <Field
                    ctx=ctx
                    path=online_path("opens_minutes_before")
                    label=EditorMsg::OnlineOpens
                    inputs=vec![input(
                        None,
                        |f: &Form| f.event.online.opens_minutes_before.clone(),
                        |f: &mut Form, v| f.event.online.opens_minutes_before = v,
                    )]
                />
            </fieldset>
        </fieldset>
    }
}

/// The items, one fieldset each, and the button that adds one at the end.
#[component]
pub fn ItemsFields(ctx: FormCtx) -> impl IntoView {
    let FormCtx { form, lang, .. } = ctx;
    // Only the count re-renders the list: each field reads its own value.
    let count = Memo::new(move |_| form.with(|f| f.items.len()));
    let add_end = move |_| {
        let mut at = 0;
        form.update(|f| at = f.add_item(None));
        focus_soon(field_id(&item_path(at, "start")));
    };
    view! {
        <div class="la-ed-items" data-editor-items="">
            {move || (0..count.get()).map(|i| view! { <ItemFields ctx=ctx i=i count=count /> }).collect_view()}
        </div>
        <button
            type="button"
            id="la-ed-add-item"
            class="la-ed-button"
            data-editor-add-item=""
            on:click=add_end
        >
            {move || editor_text(lang.get(), EditorMsg::AddItem)}
        </button>
    }
}

/// Focuses the element `id` once the view has it (after a re-render).
fn focus_soon(id: String) {
    request_animation_frame(move || focus_by_id(&id));
}

/// One item's fields, and its buttons (move, remove, add after).
#[component]
fn ItemFields(ctx: FormCtx, i: usize, count: Memo<usize>) -> impl IntoView {
    let FormCtx {
        form,
        problems,
        lang,
    } = ctx;
    let base = item_base(i);
    let id = move || form.with(|f| f.items.get(i).map(|it| it.id.clone()).unwrap_or_default());
    let legend = move || {
        let ui = lang.get();
        let parts: [String; 3] = form.with(|f| {
            f.items.get(i).map_or_else(Default::default, |it| {
                let title = [ui.code(), ui.other().code()]
                    .iter()
                    .map(|l| it.title.get(l))
                    .find(|t| !t.trim().is_empty())
                    .unwrap_or("")
                    .to_owned();
                let speakers = it.speakers.lines().collect::<Vec<_>>().join(", ");
                [it.start.clone(), title, speakers]
            })
        });
        let mut text = item_legend(ui, i + 1);
        for part in parts.iter().filter(|p| !p.trim().is_empty()) {
            text.push_str(" · ");
            text.push_str(part);
        }
        text
    };
    let whole = base.clone();
    let here = Memo::new(move |_| {
        problems.with(|ps| {
            ps.iter()
                .filter(|p| p.path == whole)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let say = move |msg| move || editor_text(lang.get(), msg);
    let named = move |msg| {
        move || {
            format!(
                "{} — {}",
                editor_text(lang.get(), msg),
                item_legend(lang.get(), i + 1)
            )
        }
    };
    let move_by = move |up: bool| {
        form.update(|f| f.move_item(i, up));
        let to = if up { i.saturating_sub(1) } else { i + 1 };
        focus_soon(field_id(&item_path(to, "start")));
    };
    let remove = move |_| {
        form.update(|f| f.remove_item(i));
        focus_soon(match i.checked_sub(1) {
            Some(before) => field_id(&item_path(before, "start")),
            None => "la-ed-add-item".to_owned(),
        });
    };
    let add_after = move |_| {
        let mut at = 0;
        form.update(|f| at = f.add_item(Some(i)));
        focus_soon(field_id(&item_path(at, "start")));
    };
    let kind_path = item_path(i, "kind");
    let group_id = field_id(&base);
    let problems_id = format!("{group_id}-problems");
    // Folded to one line (its time, title and speakers), so that a day's
    // programme fits a phone's screen; open when it is new (no start yet)
    // or has a problem when shown. Never folded again behind one's back.
    let open = form.with_untracked(|f| f.items.get(i).is_some_and(|it| it.start.trim().is_empty()))
        || problems.with_untracked(|ps| {
            let at = item_base(i);
            ps.iter().any(|p| p.is_error() && is_at(&p.path, &at))
        });
    view! {
        <details class="la-ed-item" open=open data-item-form=i data-item-id=id>
            <summary class="la-ed-item-summary" id=format!("{}-summary", field_id(&item_base(i)))>{legend}</summary>
            <div role="group" id=group_id aria-labelledby=format!("{}-summary", field_id(&item_base(i)))>
            <ProblemsHere ctx=ctx id=problems_id path=base here=here />
            <div class="la-ed-row">
                <Field ctx=ctx path=item_path(i, "start") label=EditorMsg::Start inputs=item_line!(i, start) widget=Widget::Time />
                <Field ctx=ctx path=item_path(i, "end") label=EditorMsg::End inputs=item_line!(i, end) widget=Widget::Time />
            </div>
            <KindField ctx=ctx i=i path=kind_path />
            <Field ctx=ctx path=item_path(i, "title") label=EditorMsg::Title inputs=item_langs!(i, title) />
            <Field ctx=ctx path=item_path(i, "speakers") label=EditorMsg::Speakers inputs=item_line!(i, speakers) widget=Widget::Lines(2) />
            <Field ctx=ctx path=item_path(i, "abstract") label=EditorMsg::Abstract inputs=item_langs!(i, abstract_) widget=Widget::Lines(4) />
            <div class="la-ed-row">
                <Field ctx=ctx path=item_path(i, "room") label=EditorMsg::Room inputs=item_line!(i, room) />
                <Field ctx=ctx path=item_path(i, "delay_minutes") label=EditorMsg::Delay inputs=item_line!(i, delay_minutes) />
                <Field ctx=ctx path=item_path(i, "id") label=EditorMsg::Id inputs=item_line!(i, id) />
            </div>
            <div class="la-ed-actions">
                <button type="button" class="la-ed-button la-ed-button--small" data-item-up=""
                    aria-label=named(EditorMsg::MoveUp) disabled=move || i == 0 on:click=move |_| move_by(true)>
                    {say(EditorMsg::MoveUp)}
                </button>
                <button type="button" class="la-ed-button la-ed-button--small" data-item-down=""
                    aria-label=named(EditorMsg::MoveDown) disabled=move || { i + 1 >= count.get() } on:click=move |_| move_by(false)>
                    {say(EditorMsg::MoveDown)}
                </button>
                <button type="button" class="la-ed-button la-ed-button--small" data-item-remove=""
                    aria-label=named(EditorMsg::RemoveItem) on:click=remove>
                    {say(EditorMsg::RemoveItem)}
                </button>
                <button type="button" class="la-ed-button la-ed-button--small" data-item-add-after=""
                    aria-label=named(EditorMsg::AddAfter) on:click=add_after>
                    {say(EditorMsg::AddAfter)}
                </button>
            </div>
            </div>
        </details>
    }
}

/// An item's kind: the format's kinds by their names in the interface
/// language, "not said", and a file's own other kind if it has one.
#[component]
fn KindField(ctx: FormCtx, i: usize, path: String) -> impl IntoView {
    let FormCtx {
        form,
        problems,
        lang,
    } = ctx;
    let id = field_id(&path);
    let described = format!("{id}-problems");
    let here = problems_at(problems, path.clone());
    let current = Memo::new(move |_| {
        form.with(|f| f.items.get(i).map(|it| it.kind.clone()).unwrap_or_default())
    });
    let options = move || {
        let ui = lang.get();
        let now = current.get();
        let mut kinds: Vec<String> = std::iter::once(String::new())
            .chain(KINDS.iter().map(|k| k.to_string()))
            .collect();
        if !kinds.contains(&now) {
            kinds.push(now.clone());
        }
        kinds
            .into_iter()
            .map(|k| {
                let label = if k.is_empty() {
                    editor_text(ui, EditorMsg::KindUnsaid).to_owned()
                } else {
                    kind_label(ui, &Kind::parse(&k)).into_owned()
                };
                let selected = k == now;
                view! { <option value=k selected=selected>{label}</option> }
            })
            .collect_view()
    };
    let field = path.clone();
    view! {
        <div class="la-ed-field" data-field=field>
            <label class="la-ed-label" for=id.clone()>{move || editor_text(lang.get(), EditorMsg::Kind)}</label>
            <select
                id=id
                class="la-ed-input"
                aria-describedby=described.clone()
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    form.update(|f| {
                        if let Some(it) = f.items.get_mut(i) {
                            it.kind = v;
                        }
                    });
                }
            >
                {options}
            </select>
            <ProblemsHere ctx=ctx id=described path=path here=here />
        </div>
    }
}
