//! The programme as plain, semantic HTML, for whoever reads a page without
//! running the widget: search engines, feed readers, visitors without
//! JavaScript. The WordPress plugin prints it (through `check-programme
//! --json --html`) inside the block the widget later fills.
//!
//! A snapshot, not a live agenda: no state, no now marker, no buttons;
//! times in the event's zone only (the viewer's zone needs a browser). Its
//! elements are the widget's (`ui::agenda`, `ui::item`), with its class
//! names and data attributes, in its order: the standalone page prints
//! [`first_paint_html`] in the widget's shadow root, with the widget's
//! stylesheet, and the widget takes its place without moving the page;
//! hosts print [`programme_html`], the same markup readable under their
//! own styles.
//!
//! Every text of the file goes through [`escape`]: the format's texts are
//! plain text, never HTML (DESIGN §1), and a title may well contain `<`.

use crate::display::{has_own_actions, kind_modifier, paragraphs, shows_kind_label};
use crate::i18n::{self, localised, Lang, Msg};
use crate::programme::format::is_http_url;
use crate::programme::model::{Instant, Item, Programme, Speaker, Text};
use crate::programme::time::rfc3339;
use crate::programme::tz::TimeZones;

/// `text` made safe both as element content and inside a double- or
/// single-quoted attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Where the static markup is shown, which decides what it needs beyond
/// the programme itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Paint {
    /// In a host's page, under the host's styles (the WordPress block, the
    /// `check-programme --html` snippet): readable on its own, nothing
    /// invisible in it.
    Fallback,
    /// The standalone page's first paint, inside the widget's shadow root
    /// with the widget's stylesheet: the widget's first render, element for
    /// element, so that the widget takes its place without moving the page.
    /// What needs a script (the language switch, calendar and share) keeps
    /// its place, invisible (`la-reserved`).
    FirstPaint,
}

/// The whole programme in `lang`, times in the event's zone (resolved with
/// `tz`): one `<div class="la-static">` holding the header (title, date,
/// zone, links), the organisers' announcement, the programme's span where
/// the widget has its status line, the ordered list of items (abstracts
/// folded in `<details>`) and the practical information.
pub fn programme_html(programme: &Programme, lang: Lang, tz: &dyn TimeZones) -> String {
    let mut html = format!("<div class=\"la-static\" lang=\"{}\">", lang.code());
    html.push_str(&agenda(programme, lang, tz, Paint::Fallback));
    html.push_str("</div>");
    html
}

/// The standalone page's first paint (`make dist` puts it in
/// `index.html`, inside [`declarative_shadow_root`]): the widget's
/// container (`.la-host`, marked `data-prerendered` for the widget to find
/// and replace) holding its root (`.la-root`) with the programme laid out
/// as the widget lays it out before anything is live: the same elements,
/// classes and stylesheet, abstracts folded, the status line taken by the
/// programme's span, the switches and buttons a script needs in place but
/// invisible. Not the live state: no `data-state`, no `[data-status]`, so
/// that nothing reads it as the live agenda.
pub fn first_paint_html(programme: &Programme, lang: Lang, tz: &dyn TimeZones) -> String {
    // `auto`: the widget's own decision on its standalone page, the
    // reader's light or dark (`theme::decide`).
    let mut html = format!(
        "<div class=\"la-host\" data-scheme=\"auto\" data-prerendered=\"\">\
         <section class=\"la-root la-static\" lang=\"{}\">",
        lang.code()
    );
    html.push_str(&agenda(programme, lang, tz, Paint::FirstPaint));
    html.push_str("</section></div>");
    html
}

/// `content` as the open shadow root of the element it is printed in
/// (`<template shadowrootmode="open">`: the parser attaches it, no script
/// needed), with the widget's stylesheet at `stylesheet` linked first, as
/// the widget links it in the shadow roots it makes.
pub fn declarative_shadow_root(content: &str, stylesheet: &str) -> String {
    format!(
        "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{}\">{content}</template>",
        escape(stylesheet)
    )
}

/// Everything inside the root, in the widget's order (`ui::agenda`).
fn agenda(programme: &Programme, lang: Lang, tz: &dyn TimeZones, paint: Paint) -> String {
    let event = &programme.event;
    let zone = event.timezone.as_str();
    let mut html = String::new();

    html.push_str("<header class=\"la-header\">");
    html.push_str(&element("h2", "la-title", lang, &event.title));
    // The widget's date line: the day of the first item, in the event's zone.
    if let Some(date) = programme
        .items
        .first()
        .and_then(|item| tz.local(zone, item.start).ok())
    {
        let date = i18n::format_date(lang, date.date);
        html.push_str(&format!("<p class=\"la-date\">{}</p>", escape(&date)));
    }
    let zone_line = i18n::times_in_zone(lang, zone);
    html.push_str(&format!("<p class=\"la-zone\">{}</p>", escape(&zone_line)));
    html.push_str(&links(programme, lang));
    html.push_str("</header>");

    if let Some(notice) = &event.notice {
        let notice = localised(lang, notice);
        html.push_str(&format!(
            "<p class=\"la-notice la-notice--announcement\" data-notice=\"announcement\">\
             <strong>{}</strong> <span lang=\"{}\">{}</span></p>",
            escape(i18n::t(lang, Msg::Announcement)),
            escape(&notice.lang),
            escape(&notice.text)
        ));
    }

    // Where the widget says what is on: what a page printed in advance can
    // say, on one line as the widget's usually is. No `data-status`: that
    // names the live status (DESIGN §3).
    let status = match (programme.items.first(), programme.items.last()) {
        (Some(first), Some(last)) => {
            match (tz.local(zone, first.start), tz.local(zone, last.end)) {
                (Ok(first), Ok(last)) => i18n::programme_span(lang, first, last),
                _ => String::new(),
            }
        }
        _ => i18n::t(lang, Msg::Empty).to_owned(),
    };
    html.push_str(&format!(
        "<p class=\"la-status\"><span class=\"la-status-part\">{}</span></p>",
        escape(&status)
    ));

    if paint == Paint::FirstPaint {
        // The language switch's place (`ui::switches::LangSwitch`); it
        // needs the widget to work.
        html.push_str("<div class=\"la-controls\"><div class=\"la-switch la-reserved\">");
        for choice in Lang::ALL {
            html.push_str(&format!(
                "<span class=\"la-switch-button\">{}</span>",
                choice.code().to_ascii_uppercase()
            ));
        }
        html.push_str("</div>");
        // My programme's filter (`ui::agenda`), when there is a session
        // to star.
        if crate::mine::offered(programme) {
            html.push_str(&format!(
                "<span class=\"la-switch la-reserved\"><span class=\"la-switch-button la-filter\">{}</span></span>",
                escape(i18n::t(lang, Msg::FilterMine))
            ));
        }
        html.push_str("</div>");
    }

    if !programme.items.is_empty() {
        html.push_str("<ol class=\"la-list\">");
        for item in &programme.items {
            html.push_str(&item_html(item, zone, lang, tz, paint));
        }
        html.push_str("</ol>");
    }

    if paint == Paint::FirstPaint && !programme.items.is_empty() {
        // The widget's row: the download and the reminder's choice (a
        // group of buttons, as `ui::agenda` lays it out), kept invisible
        // until the widget takes over. Always right after the list: its
        // arrival tells the stylesheet the parser is past the last item,
        // which it then draws.
        let choices: Vec<String> = crate::ics::REMINDER_CHOICES
            .into_iter()
            .map(|choice| {
                format!(
                    "<span class=\"la-switch-button\">{}</span>",
                    escape(&i18n::reminder_option(lang, choice))
                )
            })
            .collect();
        html.push_str(&format!(
            "<p class=\"la-actions la-actions--all la-reserved\"><span class=\"la-action\">{}</span>\
             <span class=\"la-reminder\"><span class=\"la-reminder-label\">{}</span>\
             <span class=\"la-switch\">{}</span></span></p>",
            escape(i18n::t(lang, Msg::AddAllToCalendar)),
            escape(i18n::t(lang, Msg::Reminder)),
            choices.concat()
        ));
    }

    if let Some(info) = &event.info {
        html.push_str("<div class=\"la-info\">");
        html.push_str(&format!(
            "<h3 class=\"la-info-title\">{}</h3>",
            escape(i18n::t(lang, Msg::PracticalInfo))
        ));
        let info = localised(lang, info);
        match paint {
            Paint::Fallback => {
                for paragraph in paragraphs(&info.text) {
                    html.push_str(&format!(
                        "<p lang=\"{}\">{}</p>",
                        escape(&info.lang),
                        multiline(&paragraph)
                    ));
                }
            }
            // The widget's one paragraph, its line breaks spaces.
            Paint::FirstPaint => html.push_str(&format!(
                "<p lang=\"{}\">{}</p>",
                escape(&info.lang),
                escape(&info.text)
            )),
        }
        html.push_str("</div>");
    }
    html
}

/// `<tag class="…" lang="…">text</tag>`: a localised text, with the
/// language it is actually in (it may be the other one).
fn element(tag: &str, class: &str, lang: Lang, text: &Text) -> String {
    let text = localised(lang, text);
    format!(
        "<{tag} class=\"{class}\" lang=\"{}\">{}</{tag}>",
        escape(&text.lang),
        escape(&text.text)
    )
}

/// A paragraph's text, its single line breaks kept as `<br>` (without the
/// widget's stylesheet, a newline in the source would show as a space).
fn multiline(text: &str) -> String {
    text.split('\n')
        .map(escape)
        .collect::<Vec<_>>()
        .join("<br>")
}

/// The event's links, as the widget lists them in its header; nothing when
/// there are none.
fn links(programme: &Programme, lang: Lang) -> String {
    // The loader refuses any other scheme; checked again because a
    // `javascript:` href is the one thing escaping cannot make harmless,
    // and a `Programme` can be built without the loader.
    let links: Vec<String> = programme
        .event
        .links
        .iter()
        .filter(|link| is_http_url(&link.url))
        .map(|link| {
            let label = localised(lang, &link.label);
            format!(
                "<li><a class=\"la-link\" href=\"{}\" lang=\"{}\" rel=\"noopener\">{}</a></li>",
                escape(link.url.trim()),
                escape(&label.lang),
                escape(&label.text)
            )
        })
        .collect();
    if links.is_empty() {
        return String::new();
    }
    format!(
        "<ul class=\"la-links\" aria-label=\"{}\">{}</ul>",
        escape(i18n::t(lang, Msg::Links)),
        links.concat()
    )
}

/// `<time datetime="2022-11-24T13:45:00+01:00">13:45</time>` in the event's
/// zone; empty if the zone cannot place the instant (never for a loaded
/// programme, whose zone resolved every time).
/// `class` as the widget has it (its planned start has none).
fn time(class: &str, instant: Instant, zone: &str, lang: Lang, tz: &dyn TimeZones) -> String {
    let class = if class.is_empty() {
        String::new()
    } else {
        format!(" class=\"{class}\"")
    };
    match tz.local(zone, instant) {
        Ok(local) => format!(
            "<time{class} datetime=\"{}\">{}</time>",
            escape(&rfc3339(&local)),
            escape(&i18n::format_time(lang, local.time))
        ),
        Err(_) => String::new(),
    }
}

/// One item: its times (with the planned start struck through when
/// delayed), kind label, speakers, room, title, its row of tools and its
/// abstract, folded.
fn item_html(item: &Item, zone: &str, lang: Lang, tz: &dyn TimeZones, paint: Paint) -> String {
    let mut html = format!(
        "<li class=\"la-item la-item--{}\" data-session-id=\"{}\" data-kind=\"{}\">",
        kind_modifier(&item.kind),
        escape(&item.id),
        escape(item.kind.as_str())
    );

    html.push_str("<div class=\"la-when\">");
    html.push_str(&time("la-time", item.start, zone, lang, tz));
    // The widget shows the start only (its list is read top to bottom, the
    // next start says when this ends); a snapshot read out of the page, by
    // a search engine, needs the end: seen in a host's page, heard (and
    // indexed) only on the first paint, where it would widen the column the
    // widget then narrows. An item that ends as it starts (the end, the
    // last item) has no range.
    if item.end != item.start {
        let end = format!(
            "{}{}",
            i18n::time_range_separator(lang),
            time("la-end", item.end, zone, lang, tz)
        );
        match paint {
            Paint::Fallback => html.push_str(&end),
            Paint::FirstPaint => html.push_str(&format!("<span class=\"la-sr-only\">{end}</span>")),
        }
    }
    if let Some(planned) = item.planned_start {
        html.push_str(&format!(
            " <s class=\"la-planned\">{}</s> <span class=\"la-delay\" data-delay=\"{}\">{}</span>",
            time("", planned, zone, lang, tz),
            item.delay_minutes,
            escape(&i18n::delay(lang, item.delay_minutes))
        ));
    }
    html.push_str("</div>");

    html.push_str("<div class=\"la-body\">");
    if shows_kind_label(&item.kind) {
        let label = i18n::kind_label(lang, &item.kind);
        html.push_str(&format!(
            "<span class=\"la-kind\">{}</span>",
            escape(&label)
        ));
    }
    if let Some(code) = &item.language {
        match i18n::talk_language(lang, code) {
            Some(badge) => html.push_str(&format!(
                "<span class=\"la-talk-lang\" data-talk-lang=\"{}\">{}</span>",
                escape(code),
                escape(&badge)
            )),
            None => html.push_str(&format!(
                "<span class=\"la-talk-lang\" data-talk-lang=\"{}\" hidden=\"\"></span>",
                escape(code)
            )),
        }
    }
    if !item.speakers.is_empty() {
        // The widget's label is for screen readers only; without its
        // stylesheet it shows, and reads well: "Speakers A, B".
        let names: Vec<String> = item.speakers.iter().map(speaker_html).collect();
        html.push_str(&format!(
            "<p class=\"la-speakers\"><span class=\"la-sr-only\">{} </span>{}</p>",
            escape(i18n::speakers_label(lang, item.speakers.len())),
            names.join(", ")
        ));
    }
    if let Some(room) = item.room.as_ref().or(item.track.as_ref()) {
        html.push_str(&format!(
            "<p class=\"la-room\"><span class=\"la-sr-only\">{} </span>{}</p>",
            escape(i18n::t(lang, Msg::Room)),
            escape(room)
        ));
    }
    html.push_str(&element("h3", "la-item-title", lang, &item.title));
    html.push_str(&item_links(item, lang));
    html.push_str(&tools_and_abstract(item, lang, paint));
    html.push_str("</div></li>");
    html
}

/// An item's links, labelled as the widget labels them.
fn item_links(item: &Item, lang: Lang) -> String {
    if item.links.is_empty() {
        return String::new();
    }
    let links: Vec<String> = item
        .links
        .iter()
        .map(|link| {
            let words = i18n::link_text(lang, link);
            format!(
                "<li><a class=\"la-link\" data-link=\"{}\" href=\"{}\" rel=\"noopener\" lang=\"{}\">{}</a></li>",
                link.kind.as_str(),
                escape(&link.url),
                escape(&words.lang),
                escape(&words.text)
            )
        })
        .collect();
    format!(
        "<ul class=\"la-item-links\" aria-label=\"{}\">{}</ul>",
        escape(i18n::t(lang, Msg::Links)),
        links.concat()
    )
}

/// One speaker as the widget shows them: the name (a link to their page
/// if any), then the affiliation.
fn speaker_html(s: &Speaker) -> String {
    let name = match &s.url {
        Some(url) => format!("<a href=\"{}\">{}</a>", escape(url), escape(&s.name)),
        None => escape(&s.name),
    };
    let affiliation = s.affiliation.as_ref().map_or(String::new(), |a| {
        format!(
            " <span class=\"la-affiliation\">(<span data-affiliation=\"\">{}</span>)</span>",
            escape(a)
        )
    });
    format!("<span class=\"la-speaker\">{name}{affiliation}</span>")
}

/// The item's row of tools and its abstract. The widget's row holds the
/// abstract's toggle, then the star, calendar and share for a session, its body
/// below, folded. Without a script the toggle is a `<summary>`: the row
/// itself, so that it lays out as the widget's, and the abstract opens on
/// a tap without JavaScript. On the first paint the session's tools keep
/// their places, invisible (they need the widget); in a host's page they
/// are left out.
fn tools_and_abstract(item: &Item, lang: Lang, paint: Paint) -> String {
    let mut actions = String::new();
    if paint == Paint::FirstPaint && has_own_actions(&item.kind) {
        for (class, msg) in [
            ("la-action la-star", Msg::Star),
            ("la-action", Msg::AddToCalendar),
            ("la-action", Msg::Share),
        ] {
            actions.push_str(&format!(
                "<span class=\"{class} la-reserved\">{}</span>",
                escape(i18n::t(lang, msg))
            ));
        }
        // The widget's "link copied" status, empty: a place in the row.
        actions.push_str("<span class=\"la-shared\"></span>");
    }
    let Some(picked) = item.abstract_.as_ref().and_then(|a| i18n::pick(lang, a)) else {
        // The widget's row is there, empty, even with nothing in it.
        return match paint {
            Paint::FirstPaint => format!("<div class=\"la-tools\">{actions}</div>"),
            Paint::Fallback => String::new(),
        };
    };
    let mut html = format!(
        "<details class=\"la-abstract\"><summary class=\"la-tools\">\
         <span class=\"la-action la-toggle\">{}</span>{actions}</summary>",
        escape(i18n::t(lang, Msg::Abstract))
    );
    html.push_str("<div class=\"la-abstract-body\">");
    if picked.fallback {
        html.push_str(&format!(
            "<p class=\"la-fallback\" data-lang-fallback=\"\" lang=\"{}\">{}</p>",
            lang.code(),
            escape(i18n::abstract_fallback(lang, picked.lang))
        ));
    }
    html.push_str(&format!(
        "<div class=\"la-abstract-text\" data-abstract=\"\" lang=\"{}\">",
        escape(picked.lang)
    ));
    for paragraph in paragraphs(picked.text) {
        html.push_str(&format!("<p>{}</p>", multiline(&paragraph)));
    }
    html.push_str("</div></div></details>");
    html
}

/// What to paste into a page of any host (`check-programme --html`): the
/// widget's mount point for the programme at `src`, holding the programme
/// as HTML (what readers without JavaScript and search engines see; the
/// widget hides it once it runs, and a failed start keeps it), then the
/// loader at `loader`. Both URLs are escaped as attribute values.
pub fn embed_snippet(programme_html: &str, src: &str, loader: &str) -> String {
    format!(
        "<div data-live-agenda data-src=\"{}\">\n{programme_html}\n</div>\n\
         <script type=\"module\" src=\"{}\"></script>\n",
        escape(src),
        escape(loader)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_replaces_the_five_characters_html_gives_meaning_to() {
        assert_eq!(
            escape(r#"<a href="x" title='y'>Q&A</a>"#),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Q&amp;A&lt;/a&gt;"
        );
        // An entity written in the file is text, shown as written.
        assert_eq!(escape("&amp;"), "&amp;amp;");
        assert_eq!(escape("Café – 13 h 30"), "Café – 13 h 30");
    }

    #[test]
    fn line_breaks_inside_a_paragraph_become_br_and_are_escaped_around() {
        assert_eq!(multiline("a<b\nc"), "a&lt;b<br>c");
    }
}
