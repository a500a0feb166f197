//! Finds the mount points of the page and mounts one widget in each, inside
//! its own shadow root: the host page's CSS cannot reach the widget's
//! elements, and the widget's stylesheet cannot reach the page (see the
//! README, "Embed in WordPress", for why a shadow root rather than prefixed
//! classes alone).
//!
//! The standalone page arrives with a shadow root already (a declarative
//! one, printed by `make dist`: the programme's first paint,
//! `static_html::first_paint_html`); the widget takes that root over and
//! replaces the first paint with its own agenda once it has drawn it.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Document, Element, HtmlElement, HtmlLinkElement, ShadowRoot, ShadowRootInit, ShadowRootMode,
    UrlSearchParams,
};

use crate::browser::env;
use crate::browser::host as browser_host;
use crate::options::{first_paint_is_asked, Options};
use crate::ui::app::App;

/// The attribute that marks a mount point (DESIGN §3).
pub const MOUNT_SELECTOR: &str = "[data-live-agenda]";
/// The option names, read as `data-<name>` attributes and, on the standalone
/// page, as query parameters.
const OPTION_NAMES: [&str; 5] = ["src", "lang", "now", "speed", "theme"];

/// Mounts a widget in every `[data-live-agenda]` element of the document
/// that has none yet. Returns how many were mounted.
pub fn mount_all() -> usize {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return 0;
    };
    let Ok(nodes) = document.query_selector_all(MOUNT_SELECTOR) else {
        return 0;
    };
    let css = stylesheet_url();
    let mut mounted = 0;
    for i in 0..nodes.length() {
        let Some(host) = nodes.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) else {
            continue;
        };
        let options = read_options(&host);
        let done = match host.shadow_root() {
            None => mount_in_shadow(&document, &host, css.as_deref(), options),
            Some(shadow) => match first_paint(&shadow) {
                Some(painted) => take_over(&document, &host, painted, options),
                // A second copy of the script on the page must not mount twice.
                None => continue,
            },
        };
        if done.is_ok() {
            mounted += 1;
        }
    }
    mounted
}

fn loader_value(name: &str) -> Option<String> {
    env::loader_field(name)?.as_string()
}

fn stylesheet_url() -> Option<String> {
    loader_value("css")
}

/// Without a `src`, the seed's `programme.json` shipped beside the loader:
/// dropping `dist/` anywhere and pasting the snippet shows a programme.
fn default_src() -> Option<String> {
    let base = loader_value("base")?;
    web_sys::Url::new_with_base(crate::options::DEFAULT_SRC, &base)
        .ok()
        .map(|u| u.href())
}

/// The first paint the page was printed with, in `shadow`, if it is still
/// there (no widget has taken it over).
fn first_paint(shadow: &ShadowRoot) -> Option<Element> {
    shadow
        .query_selector(".la-host[data-prerendered]")
        .ok()
        .flatten()
}

/// Mounts the widget in `host`'s declarative shadow root, whose stylesheet
/// is already there (linked by the page, loaded before its first paint).
/// The widget draws off the page, and its agenda takes the first paint's
/// place in the very task that drew it: no frame shows both, or neither,
/// and the same elements with the same stylesheet lay out in the same
/// place. A first paint of another file than the one asked for (`?src=`)
/// gives way at once to the widget's loading line.
fn take_over(
    document: &Document,
    host: &HtmlElement,
    painted: Element,
    options: Options,
) -> Result<(), JsValue> {
    let container = container(document, host, &options)?;
    if first_paint_is_asked(host.dataset().get("src").as_deref(), &options) {
        mount_in(container, Some(host.clone()), options, Some(painted));
    } else {
        painted.replace_with_with_node_1(&container)?;
        mount_in(container, Some(host.clone()), options, None);
    }
    Ok(())
}

/// The widget's container (`.la-host`), dressed for the page around
/// `host` (read before a shadow root hides the mount point's own content).
fn container(
    document: &Document,
    host: &HtmlElement,
    options: &Options,
) -> Result<HtmlElement, JsValue> {
    let guest = browser_host::read(host, options.theme.clone(), options.standalone);
    let container: HtmlElement = document.create_element("div")?.unchecked_into();
    container.set_class_name("la-host");
    browser_host::apply(&container, &guest);
    Ok(container)
}

/// Attaches an open shadow root to `host` holding the stylesheet and the
/// widget. The host's own content (a "loading" placeholder) stays visible
/// through a slot until the stylesheet has loaded, so the widget never
/// flashes unstyled.
fn mount_in_shadow(
    document: &Document,
    host: &HtmlElement,
    css: Option<&str>,
    options: Options,
) -> Result<(), JsValue> {
    let container = container(document, host, &options)?;
    let init = ShadowRootInit::new(ShadowRootMode::Open);
    let shadow = host.attach_shadow(&init)?;
    let Some(href) = css else {
        shadow.append_child(&container)?;
        mount_in(container, Some(host.clone()), options, None);
        return Ok(());
    };
    let slot = document.create_element("slot")?;
    shadow.append_child(&slot)?;
    let link: HtmlLinkElement = document.create_element("link")?.unchecked_into();
    link.set_rel("stylesheet");
    link.set_href(href);
    let on_ready = {
        let (shadow, slot, host) = (shadow.clone(), slot.clone(), host.clone());
        Closure::once_into_js(move || {
            let _ = shadow.remove_child(&slot);
            let _ = shadow.append_child(&container);
            mount_in(container, Some(host), options, None);
        })
    };
    let on_ready: &js_sys::Function = on_ready.unchecked_ref();
    // Mount on error too: an unstyled agenda beats none.
    link.add_event_listener_with_callback("load", on_ready)?;
    link.add_event_listener_with_callback("error", on_ready)?;
    append_stylesheet(&shadow, &link)
}

fn append_stylesheet(shadow: &ShadowRoot, link: &HtmlLinkElement) -> Result<(), JsValue> {
    shadow
        .insert_before(link, shadow.first_child().as_ref())
        .map(|_| ())
}

/// Mounts one widget in `element`; once the widget has drawn its programme
/// or its error (before that reaches the screen), `host` is released from
/// the loader's height reservation and `element` takes the place of the
/// first paint `painted`, if there is one.
pub fn mount_in(
    element: HtmlElement,
    host: Option<HtmlElement>,
    options: Options,
    painted: Option<Element>,
) {
    let drawn = element.clone();
    let on_shown = Callback::new(move |()| {
        if let Some(host) = &host {
            let _ = host.style().remove_property("min-height");
        }
        if let Some(painted) = &painted {
            let _ = painted.replace_with_with_node_1(&drawn);
        }
    });
    let handle = leptos::mount::mount_to(element, move || {
        view! { <App options=options.clone() on_shown=on_shown/> }
    });
    // The widget lives as long as the page.
    handle.forget();
}

/// The element's `data-` options, then, when it is the standalone page's
/// (`data-live-agenda="page"`), the URL's query parameters on top: a link
/// like `?now=14:20&lang=en` previews the agenda without editing the page.
fn read_options(element: &HtmlElement) -> Options {
    let dataset = element.dataset();
    let mut pairs: Vec<(String, String)> = OPTION_NAMES
        .iter()
        .filter_map(|&name| dataset.get(name).map(|v| (name.to_owned(), v)))
        .collect();
    if dataset.get("src").is_none() {
        pairs.extend(default_src().map(|src| ("src".to_owned(), src)));
    }
    let standalone = dataset.get("liveAgenda").as_deref() == Some("page");
    if standalone {
        pairs.extend(query_pairs());
    }
    Options {
        standalone,
        ..Options::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }
}

fn query_pairs() -> Vec<(String, String)> {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let Ok(params) = UrlSearchParams::new_with_str(&search) else {
        return Vec::new();
    };
    OPTION_NAMES
        .iter()
        .filter_map(|&name| params.get(name).map(|v| (name.to_owned(), v)))
        .collect()
}
