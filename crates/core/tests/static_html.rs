//! The programme as static HTML (what the WordPress plugin prints for
//! search engines and visitors without JavaScript): every part of the seed
//! there, in both languages, with the widget's class names; every text of
//! the file escaped; delays, rooms and imported schedules shown.

mod common;

use common::{fixture, repo_text};
use live_agenda_core::i18n::Lang;
use live_agenda_core::programme::model::{Link, Programme, Text};
use live_agenda_core::programme::{load, JiffZones};
use live_agenda_core::static_html::{
    declarative_shadow_root, embed_snippet, escape, first_paint_html, programme_html,
};

fn programme(text: &str) -> Programme {
    load(text, &JiffZones).expect("a valid programme").programme
}

fn seed() -> Programme {
    programme(&repo_text("assets/programme.json"))
}

fn html(p: &Programme, lang: Lang) -> String {
    programme_html(p, lang, &JiffZones)
}

/// The markup of the item `id`, from its `<li` to its `</li>`.
fn item<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html
        .find(&format!("data-session-id=\"{id}\""))
        .unwrap_or_else(|| panic!("no item {id} in {html}"));
    let start = html[..start].rfind("<li").unwrap();
    let end = start + html[start..].find("</li>").unwrap();
    &html[start..end]
}

#[test]
fn escape_makes_each_special_character_an_entity() {
    assert_eq!(escape("<>&\"'"), "&lt;&gt;&amp;&quot;&#39;");
    assert_eq!(escape("plain text, é"), "plain text, é");
}

#[test]
fn the_seed_in_english_has_every_part_the_widget_shows() {
    let p = seed();
    let html = html(&p, Lang::En);
    assert!(
        html.starts_with("<div class=\"la-static\" lang=\"en\">"),
        "{html}"
    );
    assert!(html.ends_with("</div>"));
    for part in [
        "<h2 class=\"la-title\" lang=\"en\">Optimisation workshop</h2>",
        "<p class=\"la-date\">Thursday 24 November 2022</p>",
        "<p class=\"la-zone\">Times in Europe/Paris</p>",
        "<ol class=\"la-list\">",
        "<h3 class=\"la-info-title\">Practical information</h3>",
    ] {
        assert!(html.contains(part), "{part} missing from {html}");
    }
    // The practical information exists only in French: shown in French,
    // and said to be.
    assert!(
        html.contains("<p lang=\"fr\">Cet événement est destiné aux partenaires"),
        "{html}"
    );
    assert_eq!(html.matches("<li class=\"la-item ").count(), p.items.len());
    // No announcement in the seed, so none in the page.
    assert!(!html.contains("la-notice"), "{html}");

    let welcome = item(&html, "accueil");
    assert!(
        welcome.contains(
            "<time class=\"la-time\" datetime=\"2022-11-24T13:30:00+01:00\">13:30</time>–\
             <time class=\"la-end\" datetime=\"2022-11-24T13:45:00+01:00\">13:45</time>"
        ),
        "{welcome}"
    );
    assert!(
        welcome.contains("class=\"la-item la-item--welcome\""),
        "{welcome}"
    );
    assert!(welcome.contains("<h3 class=\"la-item-title\" lang=\"en\">Welcome</h3>"));

    let talk = item(&html, "fercoq-adam");
    assert!(talk.contains("la-item--talk") && talk.contains("data-kind=\"talk\""));
    assert!(
        talk.contains(
            "<p class=\"la-speakers\"><span class=\"la-sr-only\">Speaker </span><span class=\"la-speaker\">Olivier Fercoq</span></p>"
        ),
        "{talk}"
    );
    // The abstract unfolded, paragraph by paragraph, in its own language.
    assert!(
        talk.contains("<div class=\"la-abstract-text\" data-abstract=\"\" lang=\"en\"><p>I will present the ADAM algorithm"),
        "{talk}"
    );
    assert_eq!(talk.matches("<p>").count(), 2, "{talk}");
    // A talk needs no kind label (the widget shows none): only a
    // discussion or another kind is named.
    assert!(!talk.contains("la-kind"));
    let discussion = item(&html, "discussion");
    assert!(
        discussion.contains("<span class=\"la-kind\">Discussion</span>"),
        "{discussion}"
    );

    // The end marks an instant: no range.
    let end = item(&html, "fin");
    assert_eq!(end.matches("<time").count(), 1, "{end}");
    assert!(end.contains(">16:40</time>"), "{end}");
}

#[test]
fn a_talk_without_abstract_has_no_abstract_block() {
    let html = html(&seed(), Lang::En);
    let talk = item(&html, "janati-ot");
    assert!(talk.contains("Hicham Janati"), "{talk}");
    assert!(!talk.contains("la-abstract"), "{talk}");
}

#[test]
fn the_seed_in_french_uses_the_french_words_and_formats() {
    let html = html(&seed(), Lang::Fr);
    assert!(html.starts_with("<div class=\"la-static\" lang=\"fr\">"));
    for part in [
        "<h2 class=\"la-title\" lang=\"fr\">Atelier optimisation</h2>",
        "<p class=\"la-date\">jeudi 24 novembre 2022</p>",
        "<p class=\"la-zone\">Fuseau horaire\u{a0}: Europe/Paris</p>",
        "<h3 class=\"la-info-title\">Informations pratiques</h3>",
        // The widget's French times, spaced range included.
        ">13\u{a0}h\u{a0}30</time>\u{a0}– <time class=\"la-end\"",
        "<span class=\"la-sr-only\">Intervenant </span><span class=\"la-speaker\">Olivier Fercoq",
    ] {
        assert!(html.contains(part), "{part} missing from {html}");
    }
    // English-only titles and abstracts are shown in English, marked so.
    let talk = item(&html, "fercoq-adam");
    assert!(talk.contains("<h3 class=\"la-item-title\" lang=\"en\">On the convergence"));
    assert!(
        talk.contains("<p class=\"la-fallback\" data-lang-fallback=\"\" lang=\"fr\">"),
        "{talk}"
    );
}

#[test]
fn delayed_items_show_the_planned_start_struck_through_and_the_delay() {
    let p = programme(&fixture("delays.json"));
    let html = html(&p, Lang::En);
    assert!(
        html.contains(
            "<p class=\"la-notice la-notice--announcement\" data-notice=\"announcement\">\
             <strong>Announcement</strong> <span lang=\"en\">The workshop is running 10 minutes late.</span></p>"
        ),
        "{html}"
    );
    // Effective times first (as everywhere), then what was planned.
    let pause = item(&html, "pause");
    assert!(
        pause.contains(
            "datetime=\"2022-11-24T14:15:00+01:00\">14:15</time>–\
             <time class=\"la-end\" datetime=\"2022-11-24T14:40:00+01:00\">14:40</time> \
             <s class=\"la-planned\"><time datetime=\"2022-11-24T14:05:00+01:00\">14:05</time></s> \
             <span class=\"la-delay\" data-delay=\"10\">10\u{a0}min late</span>"
        ),
        "{pause}"
    );
    let early = item(&html, "fin");
    assert!(
        early.contains("data-delay=\"-5\">5\u{a0}min early</span>"),
        "{early}"
    );
    // On time: nothing about delays.
    assert!(!item(&html, "fercoq").contains("la-planned"));

    let fr = programme_html(&p, Lang::Fr, &JiffZones);
    assert!(
        fr.contains("<strong>Annonce</strong> <span lang=\"fr\">L&#39;atelier a 10"),
        "{fr}"
    );
    assert!(fr.contains(">retard de 10\u{a0}min</span>"), "{fr}");
}

#[test]
fn an_imported_schedule_shows_its_rooms_people_and_zone() {
    let p = programme(&fixture("schedule-tiny.json"));
    let html = html(&p, Lang::En);
    // The export names no zone: its offsets give one. Its one language
    // is the conference's.
    assert!(
        html.contains("<h2 class=\"la-title\" lang=\"de\">Tiny Camp</h2>"),
        "{html}"
    );
    assert!(
        html.contains("<p class=\"la-zone\">Times in Etc/GMT-2</p>"),
        "{html}"
    );
    assert!(
        html.contains("<p class=\"la-room\"><span class=\"la-sr-only\">Room </span>Main Hall</p>"),
        "{html}"
    );
    assert!(
        html.contains(">Ada</span></p>") && html.contains(">Bob</span></p>"),
        "{html}"
    );
    assert!(
        html.contains("datetime=\"2023-08-01T10:00:00+02:00\">10:00</time>"),
        "{html}"
    );
    // A single line break inside a paragraph stays one, visibly.
    assert!(html.contains("<p>Hello.<br>World.</p>"), "{html}");
    // A German-only description, shown as such to an English reader.
    let workshop = item(&html, "2");
    assert!(
        workshop.contains("<span class=\"la-kind\">workshop</span>"),
        "{workshop}"
    );
    assert!(
        workshop.contains("data-lang-fallback=\"\" lang=\"en\">"),
        "{workshop}"
    );
    assert!(
        workshop.contains("lang=\"de\"><p>Beschreibung</p>"),
        "{workshop}"
    );
}

#[test]
fn every_text_from_the_file_is_escaped() {
    let hostile = r#"{ "version": 1,
        "event": { "title": {"en": "<script>alert('t')</script>"}, "timezone": "UTC",
                   "date": "2022-11-24",
                   "notice": {"en": "a & b"},
                   "info": {"en": "<b>info</b>"},
                   "links": [{"label": {"en": "<i>L</i>"}, "url": "https://example.org/?a=1&b=\"x\""}] },
        "sessions": [ { "id": "x\"onclick=\"evil", "kind": "<img src=x>", "start": "10:00",
                        "speakers": ["<Eve>"], "room": "R<1>",
                        "title": {"en": "T</h3><h1>"},
                        "abstract": {"en": "A <em>b</em>\n\n'c'"} } ] }"#;
    let html = html(&programme(hostile), Lang::En);
    // The only tags are the renderer's own.
    for raw in [
        "<script",
        "<b>",
        "<i>",
        "<img",
        "<Eve>",
        "<h1>",
        "<em>",
        "onclick=\"evil",
    ] {
        assert!(!html.contains(raw), "{raw} unescaped in {html}");
    }
    for escaped in [
        "&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;",
        "a &amp; b",
        "&lt;b&gt;info&lt;/b&gt;",
        "href=\"https://example.org/?a=1&amp;b=&quot;x&quot;\"",
        "&lt;i&gt;L&lt;/i&gt;",
        "data-session-id=\"x&quot;onclick=&quot;evil\"",
        // An unknown kind keeps its spelling in data-kind and its label,
        // never in a class name.
        "data-kind=\"&lt;img src=x&gt;\"",
        "la-item--other",
        "&lt;Eve&gt;",
        "R&lt;1&gt;",
        "T&lt;/h3&gt;&lt;h1&gt;",
        "<p>A &lt;em&gt;b&lt;/em&gt;</p><p>&#39;c&#39;</p>",
    ] {
        assert!(html.contains(escaped), "{escaped} missing from {html}");
    }
}

#[test]
fn links_are_listed_and_only_http_ones() {
    let mut p = seed();
    let link = |url: &str| Link {
        label: Text::single("en", "Join online"),
        url: url.to_owned(),
    };
    p.event.links = vec![
        link("https://example.org/live"),
        link("javascript:alert(1)"),
    ];
    let html = html(&p, Lang::En);
    assert!(
        html.contains(
            "<ul class=\"la-links\" aria-label=\"Links\"><li><a class=\"la-link\" \
             href=\"https://example.org/live\" lang=\"en\" rel=\"noopener\">Join online</a></li></ul>"
        ),
        "{html}"
    );
    // Built by hand, not by the loader (which refuses it): still dropped.
    assert!(!html.contains("javascript:"), "{html}");
    assert_eq!(html.matches("la-link\"").count(), 1);
}

#[test]
fn an_empty_programme_says_so_instead_of_an_empty_list() {
    let mut p = seed();
    p.items.clear();
    let html = html(&p, Lang::En);
    assert!(
        !html.contains("la-list") && !html.contains("la-date"),
        "{html}"
    );
    assert!(html.contains("<p class=\"la-status\">"), "{html}");
}

#[test]
fn the_snippet_is_the_mount_point_holding_the_programme_then_the_loader() {
    let printed = html(&seed(), Lang::Fr);
    let snippet = embed_snippet(&printed, "/files/programme.json", "/widget/live-agenda.js");
    let mount = "<div data-live-agenda data-src=\"/files/programme.json\">\n";
    assert!(snippet.starts_with(mount), "{snippet}");
    // The programme inside the mount point, before the loader.
    let inside = &snippet[mount.len()..snippet.find("\n</div>\n<script").unwrap()];
    assert_eq!(inside, printed);
    assert!(snippet
        .ends_with("</div>\n<script type=\"module\" src=\"/widget/live-agenda.js\"></script>\n"));
    // URLs as written by a person: escaped as attribute values.
    let odd = embed_snippet("", "a\"b.json?x=1&y=2", "l'oader.js");
    assert!(
        odd.contains("data-src=\"a&quot;b.json?x=1&amp;y=2\""),
        "{odd}"
    );
    assert!(odd.contains("src=\"l&#39;oader.js\""), "{odd}");
}

#[test]
fn abstracts_are_folded_in_details_whose_summary_is_the_row_of_tools() {
    let html = html(&seed(), Lang::En);
    let talk = item(&html, "leiber-stft");
    // Folded as the widget folds it, and opened by a tap without a script:
    // the summary is the widget's row (`.la-tools`), holding its toggle.
    assert!(
        talk.contains(
            "<details class=\"la-abstract\"><summary class=\"la-tools\">\
             <span class=\"la-action la-toggle\">Abstract</span></summary>\
             <div class=\"la-abstract-body\"><div class=\"la-abstract-text\" data-abstract=\"\" lang=\"en\">"
        ),
        "{talk}"
    );
    assert!(talk.ends_with("</div></div></details></div>"), "{talk}");
    assert!(!talk.contains(" open"), "folded: {talk}");
    // In a host's page nothing is there that only the widget can work.
    assert!(!html.contains("la-reserved"), "{html}");
    assert!(!html.contains("la-switch"), "{html}");
    // No abstract, no row: nothing to fold, no empty box in a host's page.
    assert!(!item(&html, "pause").contains("la-tools"));
}

#[test]
fn the_status_line_holds_the_programme_span_and_never_claims_to_be_live() {
    let p = seed();
    let en = html(&p, Lang::En);
    assert!(
        en.contains(
            "<p class=\"la-status\"><span class=\"la-status-part\">From 13:30 to 16:40</span></p>"
        ),
        "{en}"
    );
    let fr = html(&p, Lang::Fr);
    assert!(
        fr.contains(
            "<span class=\"la-status-part\">De 13\u{a0}h\u{a0}30 à 16\u{a0}h\u{a0}40</span>"
        ),
        "{fr}"
    );
    // `[data-status]` and `data-state` are the live agenda's (DESIGN §3).
    for printed in [&en, &fr, &first_paint_html(&p, Lang::Fr, &JiffZones)] {
        assert!(!printed.contains("data-status"), "{printed}");
        assert!(!printed.contains("data-state"), "{printed}");
        assert!(!printed.contains("aria-current"), "{printed}");
    }
    // Over several days: from the first day to the last.
    let days = programme(
        r#"{ "version": 1, "event": { "title": {"en": "Camp"}, "timezone": "Europe/Paris" },
             "sessions": [
               { "id": "a", "kind": "talk", "start": "2022-11-24T10:00:00+01:00", "title": {"en": "A"} },
               { "id": "b", "kind": "end", "start": "2022-11-25T17:00:00+01:00", "title": {"en": "End"} } ] }"#,
    );
    let en = html(&days, Lang::En);
    assert!(
        en.contains("<span class=\"la-status-part\">From Thursday 24 November 2022 to Friday 25 November 2022</span>"),
        "{en}"
    );
    let fr = html(&days, Lang::Fr);
    assert!(
        fr.contains("<span class=\"la-status-part\">Du jeudi 24 novembre 2022 au vendredi 25 novembre 2022</span>"),
        "{fr}"
    );
}

/// `needle`'s position in `haystack`, which must hold it.
fn at(haystack: &str, needle: &str) -> usize {
    haystack
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} missing from {haystack}"))
}

#[test]
fn the_first_paint_is_the_widgets_first_render_in_its_order() {
    let p = seed();
    let painted = first_paint_html(&p, Lang::Fr, &JiffZones);
    // The widget's container and root (browser::mount, ui::app), marked
    // for the widget to find, the reader's scheme as the widget decides it
    // on its own page.
    assert!(
        painted.starts_with(
            "<div class=\"la-host\" data-scheme=\"auto\" data-prerendered=\"\">\
             <section class=\"la-root la-static\" lang=\"fr\"><header class=\"la-header\">"
        ),
        "{painted}"
    );
    assert!(painted.ends_with("</section></div>"), "{painted}");
    // ui::agenda's order: header, status, switches, list, calendar, information.
    let order = [
        "<header class=\"la-header\">",
        "<p class=\"la-status\">",
        "<div class=\"la-controls\"><div class=\"la-switch la-reserved\">\
         <span class=\"la-switch-button\">FR</span><span class=\"la-switch-button\">EN</span></div>\
         <span class=\"la-switch la-reserved\"><span class=\"la-switch-button la-filter\">Mon programme</span></span></div>",
        "<ol class=\"la-list\">",
        "<p class=\"la-actions la-actions--all la-reserved\"><span class=\"la-action\">\
         Ajouter tout le programme à l’agenda</span><span class=\"la-reminder\">\
         <span class=\"la-reminder-label\">Rappel avant chaque session</span>\
         <span class=\"la-switch\"><span class=\"la-switch-button\">Aucun</span>\
         <span class=\"la-switch-button\">5\u{a0}min</span><span class=\"la-switch-button\">10\u{a0}min</span>\
         <span class=\"la-switch-button\">15\u{a0}min</span></span></span></p>",
        "<div class=\"la-info\">",
    ];
    let places: Vec<usize> = order.iter().map(|part| at(&painted, part)).collect();
    assert!(places.windows(2).all(|w| w[0] < w[1]), "{places:?}");
    // The widget's information is one paragraph.
    assert_eq!(painted[places[5]..].matches("<p ").count(), 1, "{painted}");
}

#[test]
fn the_first_paint_keeps_the_places_of_what_needs_the_widget() {
    let painted = first_paint_html(&seed(), Lang::En, &JiffZones);
    // A session: toggle, then star, calendar and share (unseen), then the
    // empty "link copied" status, as ui::item lays its row out.
    let talk = item(&painted, "fercoq-adam");
    assert!(
        talk.contains(
            "<summary class=\"la-tools\"><span class=\"la-action la-toggle\">Abstract</span>\
             <span class=\"la-action la-star la-reserved\">In my programme</span>\
             <span class=\"la-action la-reserved\">Add to calendar</span>\
             <span class=\"la-action la-reserved\">Share</span><span class=\"la-shared\"></span></summary>"
        ),
        "{talk}"
    );
    // A session without abstract: the row without toggle, not folded.
    let janati = item(&painted, "janati-ot");
    assert!(
        janati.contains(
            "<div class=\"la-tools\"><span class=\"la-action la-star la-reserved\">In my programme</span>\
             <span class=\"la-action la-reserved\">Add to calendar</span>\
             <span class=\"la-action la-reserved\">Share</span><span class=\"la-shared\"></span></div>"
        ),
        "{janati}"
    );
    assert!(!janati.contains("<details"), "{janati}");
    // The welcome, the break, the end: the widget's empty row.
    for id in ["accueil", "pause", "fin"] {
        let it = item(&painted, id);
        assert!(it.contains("<div class=\"la-tools\"></div>"), "{it}");
        assert!(!it.contains("la-reserved"), "{it}");
    }
    // The end time heard, not seen: the widget's time column has the start only.
    let welcome = item(&painted, "accueil");
    assert!(
        welcome.contains(
            "<div class=\"la-when\"><time class=\"la-time\" datetime=\"2022-11-24T13:30:00+01:00\">13:30</time>\
             <span class=\"la-sr-only\">–<time class=\"la-end\" datetime=\"2022-11-24T13:45:00+01:00\">13:45</time></span></div>"
        ),
        "{welcome}"
    );
}

#[test]
fn the_first_paint_is_a_declarative_shadow_root_linking_the_widgets_stylesheet() {
    let painted = first_paint_html(&seed(), Lang::Fr, &JiffZones);
    let root = declarative_shadow_root(&painted, "./style-0123abcd.css");
    assert_eq!(
        root,
        format!(
            "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"./style-0123abcd.css\">{painted}</template>"
        )
    );
    assert!(declarative_shadow_root("", "a\"b.css").contains("href=\"a&quot;b.css\""));
    // Every text escaped there too.
    let hostile = programme(
        r#"{ "version": 1, "event": { "title": {"en": "<b>T</b>"}, "timezone": "UTC", "date": "2022-11-24",
             "info": {"en": "<i>i</i>"} },
             "sessions": [ { "id": "a", "kind": "talk", "start": "10:00", "title": {"en": "<h1>x"},
                             "abstract": {"en": "<script>"} } ] }"#,
    );
    let painted = first_paint_html(&hostile, Lang::En, &JiffZones);
    for raw in ["<b>", "<i>", "<h1>", "<script>"] {
        assert!(!painted.contains(raw), "{raw} in {painted}");
    }
}

#[test]
fn speakers_as_people_links_and_the_talks_language_are_printed_as_the_widget_shows_them() {
    let p = programme(&fixture("hybrid-workshop.json"));
    let en = html(&p, Lang::En);
    // The name links to the speaker's page; the affiliation follows it.
    assert!(
        en.contains(
            "<span class=\"la-speaker\"><a href=\"https://example.org/durand\">Camille Durand</a> \
              <span class=\"la-affiliation\">(<span data-affiliation=\"\">Université Exemple</span>)</span></span>"
        ),
        "{en}"
    );
    assert!(en.contains("</span>, <span class=\"la-speaker\">Lee Chen</span></p>"));
    // A talk in French is badged for an English reader, not for a French one.
    assert!(en.contains("<span class=\"la-talk-lang\" data-talk-lang=\"fr\">in French</span>"));
    let fr = html(&p, Lang::Fr);
    assert!(fr.contains("data-talk-lang=\"fr\" hidden=\"\"></span>"));
    assert!(fr.contains("<span class=\"la-talk-lang\" data-talk-lang=\"en\">en anglais</span>"));
    // Links in words: the kind's, or the organiser's.
    assert!(fr.contains(
        "<a class=\"la-link\" data-link=\"slides\" href=\"https://example.org/durand/diapos.pdf\" rel=\"noopener\" lang=\"fr\">Diapositives</a>"
    ));
    assert!(fr.contains("data-link=\"qa\" href=\"https://qa.example.org/okafor\" rel=\"noopener\" lang=\"fr\">Poser une question</a>"));
    assert!(en.contains(">Live stream</a>") && en.contains(">Video</a>"));
}

#[test]
fn my_programmes_filter_has_its_place_only_when_there_is_a_session_to_star() {
    let only_breaks = programme(
        r#"{ "version": 1,
          "event": { "title": { "en": "Open day" }, "timezone": "UTC", "date": "2022-11-24" },
          "sessions": [
            { "id": "hello", "kind": "welcome", "start": "10:00", "end": "10:30", "title": { "en": "Welcome" } },
            { "id": "coffee", "kind": "break", "start": "10:30", "end": "11:00", "title": { "en": "Coffee" } } ] }"#,
    );
    let painted = first_paint_html(&only_breaks, Lang::En, &JiffZones);
    assert!(!painted.contains("la-filter"), "{painted}");
    assert!(!painted.contains("la-star"), "{painted}");
    assert!(first_paint_html(&seed(), Lang::En, &JiffZones)
        .contains("<span class=\"la-switch-button la-filter\">My programme</span>"));
}

#[test]
fn the_first_paints_list_is_always_followed_by_an_element() {
    // The stylesheet draws the list's last item only once something
    // follows the list (`:not(:has(+ *))`, the list and then its item, is
    // the item the parser is in the middle of): were the list the last
    // element, its last item would never be drawn. With and without
    // practical information, from a file and from an import.
    for name in [
        "delays.json",
        "hybrid-workshop.json",
        "conference-3-days.json",
        "valid-workshop.json",
    ] {
        let p = programme(&fixture(name));
        for lang in Lang::ALL {
            let painted = first_paint_html(&p, lang, &JiffZones);
            let end = at(&painted, "</ol>") + "</ol>".len();
            assert!(
                painted[end..].starts_with("<p class=\"la-actions"),
                "{name}: {}",
                &painted[end..]
            );
        }
    }
    let seed = first_paint_html(&seed(), Lang::Fr, &JiffZones);
    assert_eq!(seed.matches("</ol><p class=\"la-actions").count(), 1);
}
