//! The programme as plain, semantic HTML, for whoever reads a page without
//! running the widget: search engines, feed readers, visitors without
//! JavaScript. The WordPress plugin prints it (through `check-programme
//! --json --html`) inside the block the widget later fills.
//!
//! A snapshot, not a live agenda: no state, no now marker, no buttons;
//! times in the event's zone only (the viewer's zone needs a browser). Where
//! an element is the same as in the widget's DOM (`ui::agenda`, `ui::item`)
//! it has the widget's class names and data attributes, so that a first
//! paint can later start from this markup.
//!
//! Every text of the file goes through [`escape`]: the format's texts are
//! plain text, never HTML (DESIGN §1), and a title may well contain `<`.

use crate::display::{kind_modifier, paragraphs, shows_kind_label};
use crate::i18n::{self, localised, Lang, Msg};
use crate::programme::format::is_http_url;
use crate::programme::model::{Instant, Item, Programme, Text};
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

/// The whole programme in `lang`, times in the event's zone (resolved with
/// `tz`): one `<div class="la-static">` holding the header (title, date,
/// zone, links), the organisers' announcement, the ordered list of items
/// and the practical information.
pub fn programme_html(programme: &Programme, lang: Lang, tz: &dyn TimeZones) -> String {
    let event = &programme.event;
    let zone = event.timezone.as_str();
    let mut html = format!("<div class=\"la-static\" lang=\"{}\">", lang.code());

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

    if programme.items.is_empty() {
        let empty = i18n::t(lang, Msg::Empty);
        html.push_str(&format!("<p class=\"la-status\">{}</p>", escape(empty)));
    } else {
        html.push_str("<ol class=\"la-list\">");
        for item in &programme.items {
            html.push_str(&item_html(item, zone, lang, tz));
        }
        html.push_str("</ol>");
    }

    if let Some(info) = &event.info {
        html.push_str("<div class=\"la-info\">");
        html.push_str(&format!(
            "<h3 class=\"la-info-title\">{}</h3>",
            escape(i18n::t(lang, Msg::PracticalInfo))
        ));
        let info = localised(lang, info);
        for paragraph in paragraphs(&info.text) {
            html.push_str(&format!(
                "<p lang=\"{}\">{}</p>",
                escape(&info.lang),
                multiline(&paragraph)
            ));
        }
        html.push_str("</div>");
    }

    html.push_str("</div>");
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
/// delayed), kind label, speakers, room, title and abstract.
fn item_html(item: &Item, zone: &str, lang: Lang, tz: &dyn TimeZones) -> String {
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
    // a search engine, needs the end. An item that ends as it starts (the
    // end, the last item) has no range.
    if item.end != item.start {
        html.push_str(i18n::time_range_separator(lang));
        html.push_str(&time("la-end", item.end, zone, lang, tz));
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
    if !item.speakers.is_empty() {
        // The widget's label is for screen readers only; without its
        // stylesheet it shows, and reads well: "Speakers A, B".
        html.push_str(&format!(
            "<p class=\"la-speakers\"><span class=\"la-sr-only\">{} </span>{}</p>",
            escape(i18n::speakers_label(lang, item.speakers.len())),
            escape(&item.speakers.join(", "))
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
    if let Some(picked) = item.abstract_.as_ref().and_then(|a| i18n::pick(lang, a)) {
        // Unfolded: there is no button to open it without JavaScript.
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
        html.push_str("</div></div>");
    }
    html.push_str("</div></li>");
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
