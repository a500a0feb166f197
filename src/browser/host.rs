//! What the host page around a mount point looks like, read for
//! [`crate::theme::decide`]: the background behind the widget, the theme's
//! colour variables resolved to computed colours, its font; and the
//! decision applied to the widget's container.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, Window};

use crate::theme::{self, Host, Rgb};

/// A theme's accent candidates, best first: WordPress's block themes name
/// their palette with these; `--color-primary` is a common convention.
const ACCENTS: [&str; 3] = [
    "--wp--preset--color--primary",
    "--color-primary",
    "--wp--preset--color--secondary",
];

/// The host's text colour candidate.
const TEXT: &str = "--color-text";

/// Reads the host page around `mount` (the element carrying
/// `data-live-agenda`), before the widget draws.
pub fn read(mount: &HtmlElement, theme_option: Option<String>, standalone: bool) -> Host {
    let Some(window) = web_sys::window() else {
        return Host::default();
    };
    let colour = |name: &str| resolve_colour(&window, mount, name).and_then(|c| Rgb::parse(&c));
    Host {
        theme_option,
        standalone,
        background: background_behind(&window, mount),
        canvas_follows_phone: window
            .document()
            .and_then(|d| d.document_element())
            .and_then(|root| computed(&root, "color-scheme"))
            .is_some_and(|scheme| scheme.contains("dark")),
        accents: ACCENTS.iter().filter_map(|name| colour(name)).collect(),
        text: colour(TEXT),
        // The mount point itself is reset by the shadow root's
        // `all: initial`: the font is its parent's.
        font: mount
            .parent_element()
            .and_then(|p| computed(&p, "font-family")),
    }
}

/// Applies the decision to the widget's container: its scheme as
/// `data-scheme`, the borrowed colours and font as the custom properties
/// the stylesheet reads (`--_la-host-*`); an embedder's own `--la-*` still
/// come first there.
pub fn apply(container: &HtmlElement, host: &Host) {
    let decided = theme::decide(host);
    let _ = container.set_attribute("data-scheme", decided.scheme.as_str());
    let style = container.style();
    if let Some(accent) = decided.accent {
        let _ = style.set_property("--_la-host-accent", &accent.to_css());
    }
    if let Some(text) = decided.text {
        let _ = style.set_property("--_la-host-text", &text.to_css());
    }
    if let Some(font) = decided.font {
        let _ = style.set_property("--_la-host-font", &font);
    }
}

/// A computed style property of `element`; `None` when empty.
fn computed(element: &Element, property: &str) -> Option<String> {
    let style = web_sys::window()?.get_computed_style(element).ok()??;
    let value = style.get_property_value(property).ok()?;
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_owned())
}

/// The first opaque background from `mount` up to the root element
/// (transparent and translucent layers are looked through).
fn background_behind(window: &Window, mount: &HtmlElement) -> Option<Rgb> {
    let mut element: Option<Element> = Some(mount.clone().unchecked_into());
    while let Some(current) = element {
        let style = window.get_computed_style(&current).ok().flatten();
        let background = style
            .and_then(|s| s.get_property_value("background-color").ok())
            .and_then(|v| Rgb::parse(&v));
        if background.is_some() {
            return background;
        }
        element = current.parent_element();
    }
    None
}

/// The custom property `name` as the host defines it at `mount` (its
/// computed value is its text, `var()`s substituted: `#9dff20`), resolved
/// by the browser to a computed colour whatever its syntax; `None` when it
/// is not defined or not a colour.
fn resolve_colour(window: &Window, mount: &HtmlElement, name: &str) -> Option<String> {
    let value = computed(mount, name)?;
    let probe: HtmlElement = window
        .document()?
        .create_element("span")
        .ok()?
        .unchecked_into();
    // The CSSOM ignores a value that is not a colour: the probe then keeps
    // this sentinel, which tells.
    const SENTINEL: &str = "rgb(1, 2, 3)";
    let style = probe.style();
    style.set_property("color", SENTINEL).ok()?;
    style.set_property("color", &value).ok()?;
    style.set_property("display", "none").ok()?;
    mount.append_child(&probe).ok()?;
    let resolved = computed(&probe, "color");
    let _ = mount.remove_child(&probe);
    resolved.filter(|c| c != SENTINEL)
}
