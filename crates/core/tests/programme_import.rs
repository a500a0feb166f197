//! Import of real `schedule.json` exports (frab, pretalx, c3voc v2) from
//! the project's shared data folder (third-party files, never copied into
//! the repo; see `common::shared_file`). A missing file fails the test. Expected values were read from the files by hand.

mod common;
use common::fixture;

use live_agenda_core::programme::{
    load, Instant, Item, JiffZones, Kind, LinkKind, Loaded, ProblemKind, TimeZones,
};

fn real(name: &str) -> String {
    common::shared_text(&format!("data/real/{name}"))
}

fn load_ok(text: &str) -> Loaded {
    load(text, &JiffZones).unwrap_or_else(|p| panic!("unexpected problems: {p:#?}"))
}

fn find<'a>(items: &'a [Item], id: &str) -> &'a Item {
    items
        .iter()
        .find(|i| i.id == id)
        .unwrap_or_else(|| panic!("no item {id}"))
}

fn assert_sorted(items: &[Item]) {
    assert!(items.windows(2).all(|w| w[0].start <= w[1].start));
    assert!(items.iter().all(|i| i.end >= i.start));
}

#[test]
fn frab_camp_2019() {
    let loaded = load_ok(&real("frab-camp2019.schedule.json"));
    let p = &loaded.programme;
    assert_eq!(p.items.len(), 79);
    assert_eq!(p.event.timezone, "Europe/Berlin");
    assert_eq!(
        p.event.title.get("en"),
        Some("Chaos Communication Camp 2019")
    );
    assert_sorted(&p.items);

    let first = &p.items[0];
    assert_eq!(first.id, "a0a0fcfe-b7fb-46e3-84b6-97a5406016b4");
    assert_eq!(first.title.get("en"), Some("Opening Ceremony"));
    assert_eq!(first.start, Instant(1_566_378_000)); // 2019-08-21T11:00:00+02:00
    assert_eq!(first.end, Instant(1_566_378_000 + 30 * 60)); // duration 00:30
    assert_eq!(first.speakers, ["jinxx", "smtw"]);
    assert_eq!(
        (first.room.as_deref(), first.track.as_deref()),
        (Some("Curie"), Some("CCC"))
    );
    assert_eq!(first.kind, Kind::Talk);
    // The talk's language and its page on the tool.
    assert_eq!(first.language.as_deref(), Some("en"));
    assert_eq!(
        first
            .links
            .iter()
            .map(|l| (l.kind, l.url.as_str()))
            .collect::<Vec<_>>(),
        [(
            LinkKind::Page,
            "https://fahrplan.events.ccc.de/camp/2019/Fahrplan/events/10386.html"
        )]
    );
    // frab's `links[]` keep their titles as labels.
    let edri = p
        .items
        .iter()
        .flat_map(|i| &i.links)
        .find(|l| l.url == "https://edri.org")
        .expect("the EDRi link");
    assert_eq!(edri.label.as_ref().unwrap().get("en"), Some("EDRi Website"));
    assert_eq!(
        p.items
            .iter()
            .filter(|i| i.language.as_deref() == Some("de"))
            .count(),
        24
    );

    let last = p.items.last().unwrap();
    assert_eq!(last.title.get("en"), Some("Closing ceremony"));
    assert_eq!(last.start, Instant(1_566_748_800)); // 2019-08-25T18:00:00+02:00

    // 55 events in English, 24 in German: the abstract's language key.
    let lang_of = |i: &Item| i.title.keys().next().unwrap().to_owned();
    assert_eq!(p.items.iter().filter(|i| lang_of(i) == "de").count(), 24);
    assert_eq!(p.items.iter().filter(|i| i.kind == Kind::Talk).count(), 78);
    // CRLF inside abstracts became LF.
    let texts = p
        .items
        .iter()
        .filter_map(|i| i.abstract_.as_ref())
        .flat_map(|t| t.iter().map(|(_, text)| text))
        .collect::<Vec<_>>();
    assert!(texts.iter().all(|t| !t.contains('\r')));
    assert!(texts.iter().any(|t| t.contains('\n')));
    // Every event has an abstract or a description except these three.
    assert_eq!(p.items.iter().filter(|i| i.abstract_.is_none()).count(), 3);
    let local = JiffZones.local(&p.event.timezone, first.start).unwrap();
    assert_eq!((local.time.hour, local.offset_seconds), (11, 7200));
}

#[test]
fn an_exports_stream_slides_and_recording_links_get_their_kind() {
    let text = r#"{ "schedule": { "version": "x", "conference": {
        "acronym": "t", "title": "T", "start": "2024-05-01", "end": "2024-05-01",
        "time_zone_name": "Europe/Paris",
        "days": [ { "index": 1, "date": "2024-05-01", "rooms": { "A": [
          { "guid": "g1", "date": "2024-05-01T10:00:00+02:00", "duration": "00:30",
            "title": "Talk", "type": "lecture", "language": "EN", "persons": [],
            "url": "javascript:alert(1)",
            "links": [
              { "url": "https://live.example/a", "title": "Livestream" },
              { "url": "https://x.example/talk.pdf", "title": "Slides" },
              { "url": "https://media.ccc.de/v/talk", "title": "Recording" },
              { "url": "https://x.example/more", "title": "More" },
              { "url": "/relative" }
            ] } ] } } ] } } }"#;
    let p = load_ok(text).programme;
    let item = &p.items[0];
    let kinds: Vec<LinkKind> = item.links.iter().map(|l| l.kind).collect();
    // The unsafe page and the relative link are left out.
    assert_eq!(
        kinds,
        [
            LinkKind::Stream,
            LinkKind::Slides,
            LinkKind::Video,
            LinkKind::Page
        ]
    );
    assert_eq!(item.stream().unwrap().url, "https://live.example/a");
    assert_eq!(item.language.as_deref(), Some("en"));
}

#[test]
fn pretalx_rc3_without_a_zone_name_gets_a_fixed_offset_zone() {
    let loaded = load_ok(&real("pretalx-rc3-channels-2020.schedule.json"));
    let p = &loaded.programme;
    assert_eq!(p.items.len(), 48);
    assert_eq!(p.event.timezone, "Etc/GMT-1");
    let zone_warning = ProblemKind::ZoneFromOffset {
        zone: "Etc/GMT-1".into(),
    };
    let w = loaded
        .warnings
        .iter()
        .find(|w| w.kind == zone_warning)
        .expect("zone warning");
    assert_eq!(w.path, "schedule.conference.time_zone_name");
    assert_sorted(&p.items);

    let first = &p.items[0];
    assert_eq!(first.id, "c3642671-4c1f-5109-81ba-0535c1cc8428");
    assert_eq!(first.start, Instant(1_609_065_000)); // 2020-12-27T11:30:00+01:00
    assert_eq!(first.end, Instant(1_609_065_000 + 40 * 60));
    assert_eq!(first.speakers, ["Chris Fiege", "Kasa"]);
    assert!(first
        .title
        .get("de")
        .unwrap()
        .starts_with("Der faule Admin"));
    assert!(first
        .abstract_
        .as_ref()
        .unwrap()
        .get("de")
        .unwrap()
        .contains("Gluon"));

    let last = p.items.last().unwrap();
    assert_eq!(
        last.title.get("en"),
        Some("Climate Change and the Corona Pandemic")
    );
    assert_eq!(last.start, Instant(1_609_340_400)); // 2020-12-30T16:00:00+01:00
                                                    // 45 of pretalx's free-form submission types mention a talk.
    assert_eq!(p.items.iter().filter(|i| i.kind == Kind::Talk).count(), 45);
    assert!(p
        .items
        .iter()
        .any(|i| i.kind == Kind::Other("Workshop 60 Min".into())));
    let rooms: std::collections::BTreeSet<_> =
        p.items.iter().filter_map(|i| i.room.as_deref()).collect();
    assert_eq!(rooms.len(), 5);
}

#[test]
fn c3voc_schedule_v2_draft() {
    let loaded = load_ok(&real("c3hub-38c3-excerpt.schedule2.json"));
    let p = &loaded.programme;
    assert_eq!(p.items.len(), 2);
    assert_eq!(p.event.timezone, "Europe/Berlin");
    assert_eq!(p.event.title.get("en"), Some("38C3"));
    let opening = find(&p.items, "270fa44c-821a-577f-8ca3-33e8d4a8c2a7");
    assert_eq!(opening.start, Instant(1_735_291_800)); // 2024-12-27T10:30:00+01:00
    assert_eq!(opening.end, Instant(1_735_293_600));
    // The contributor is not on stage.
    assert_eq!(opening.speakers, ["Gabriela Bogk", "Aline Blankertz"]);
    assert_eq!(opening.kind, Kind::Other("OTHER".into()));
    let late = &p.items[1];
    assert_eq!(late.start, Instant(1_735_341_300)); // 2024-12-28T00:15:00+01:00
    assert_eq!(
        (late.room.as_deref(), late.track.as_deref()),
        (Some("Saal ZIGZAG"), Some("hardware-making"))
    );
    assert_eq!(late.kind, Kind::Talk);
}

#[test]
fn a_small_export_sorts_items_and_keeps_languages() {
    let loaded = load_ok(&fixture("schedule-tiny.json"));
    let items = &loaded.programme.items;
    assert_eq!(
        items.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(),
        ["g-1", "2"]
    );
    assert_eq!(
        items[0].abstract_.as_ref().unwrap().get("en"),
        Some("Hello.\nWorld.")
    );
    // An empty abstract falls back to the description.
    assert_eq!(
        items[1].abstract_.as_ref().unwrap().get("de"),
        Some("Beschreibung")
    );
    assert_eq!(items[1].speakers, ["Bob"]);
    assert_eq!(items[1].end.0 - items[1].start.0, 3600);
    assert_eq!(items[1].kind, Kind::Other("workshop".into()));
}

#[test]
fn export_problems_name_their_paths() {
    let problems = load(&fixture("schedule-bad.json"), &JiffZones).unwrap_err();
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    let room = r#"schedule.conference.days[0].rooms["Main Hall"]"#;
    assert_eq!(
        paths,
        [
            format!("{room}[0].date"),
            format!("{room}[1].duration"),
            format!("{room}[1].title"),
            "schedule.conference.time_zone_name".to_owned(),
        ]
    );
}
