//! A big programme stays navigable (issue 17 point 6): its days and rooms,
//! the day the switch opens on, the search, the view in a link.

mod common;

use common::fixture;
use live_agenda_core::navigate::{self, Filters, Navigation};
use live_agenda_core::programme::model::CivilDate;
use live_agenda_core::programme::{load, JiffZones, Programme, TimeZones};

fn seed() -> Programme {
    let text = include_str!("../../../assets/programme.json");
    load(text, &JiffZones).expect("the seed loads").programme
}

fn conference() -> Programme {
    load(&fixture("conference-3-days.json"), &JiffZones)
        .expect("the fixture loads")
        .programme
}

fn date(year: i32, month: u8, day: u8) -> CivilDate {
    CivilDate { year, month, day }
}

/// Each item's day in the event's zone.
fn days_of(p: &Programme) -> Vec<CivilDate> {
    let zone = p.event.timezone.clone();
    navigate::item_days(p, |i| JiffZones.local(&zone, i).expect("a valid zone").date)
}

#[test]
fn the_seed_is_small_a_three_day_programme_is_not() {
    let seed = seed();
    let nav = Navigation::of(&seed, &days_of(&seed));
    assert!(!nav.offered, "one day, eight items: no controls");
    let conf = conference();
    let nav = Navigation::of(&conf, &days_of(&conf));
    assert!(nav.offered);
    assert_eq!(
        nav.days,
        [date(2024, 6, 11), date(2024, 6, 12), date(2024, 6, 13)]
    );
    assert_eq!(
        nav.rooms,
        ["Amphi A", "Salle B"],
        "in order of first appearance"
    );
}

#[test]
fn the_switch_opens_on_today_else_the_next_day_else_the_last() {
    let conf = conference();
    let nav = Navigation::of(&conf, &days_of(&conf));
    assert_eq!(nav.opening_day(date(2024, 6, 12)), Some(date(2024, 6, 12)));
    assert_eq!(
        nav.opening_day(date(2024, 5, 1)),
        Some(date(2024, 6, 11)),
        "before"
    );
    assert_eq!(
        nav.opening_day(date(2024, 7, 1)),
        Some(date(2024, 6, 13)),
        "after"
    );
}

fn shown(p: &Programme, filters: &Filters) -> Vec<String> {
    let days = days_of(p);
    let index = navigate::search_index(p);
    p.items
        .iter()
        .enumerate()
        .filter(|(i, item)| filters.shows(item, days[*i], &index[*i]))
        .map(|(_, item)| item.id.clone())
        .collect()
}

#[test]
fn a_day_and_a_room_narrow_the_list() {
    let conf = conference();
    let day2 = Filters {
        day: Some(date(2024, 6, 12)),
        ..Filters::default()
    };
    let ids = shown(&conf, &day2);
    assert!(!ids.is_empty());
    assert!(ids.iter().all(|id| id.starts_with("d2-")), "{ids:?}");
    let room_b = Filters {
        room: Some("Salle B".to_owned()),
        ..day2
    };
    assert_eq!(shown(&conf, &room_b), ["d2-b1", "d2-b2"]);
}

#[test]
fn the_search_finds_names_affiliations_and_titles_without_accents_across_days() {
    let conf = conference();
    let search = |q: &str| {
        shown(
            &conf,
            &Filters {
                day: Some(date(2024, 6, 11)),
                query: q.to_owned(),
                ..Filters::default()
            },
        )
    };
    // A speaker of day 3, found from day 1, typed without the accent.
    assert_eq!(search("lefevre"), ["d3-a1"]);
    // An affiliation, in capitals.
    assert_eq!(search("INRIA"), ["d1-a2", "d2-b2"]);
    // A title word in either language.
    assert_eq!(search("transport optimal"), ["d2-a1"]);
    assert_eq!(search("optimal transport"), ["d2-a1"]);
    assert!(search("zzz").is_empty());
    // Blank is no search: the day's list.
    assert!(search("  ").iter().all(|id| id.starts_with("d1-")));
}

#[test]
fn a_view_survives_its_link_and_an_item_link_is_no_view() {
    let view = Filters {
        day: Some(date(2024, 6, 12)),
        room: Some("Salle B & co".to_owned()),
        query: "transport optimal".to_owned(),
    };
    let fragment = view.to_fragment();
    assert_eq!(
        fragment,
        "day=2024-06-12&room=Salle%20B%20%26%20co&q=transport%20optimal"
    );
    assert_eq!(Filters::from_fragment(&fragment), Some(view));
    assert_eq!(Filters::from_fragment("fercoq-adam"), None);
    assert_eq!(Filters::from_fragment("mine=a,b"), None);
    assert_eq!(
        Filters::from_fragment("day=2024-13-40"),
        None,
        "no such day"
    );
    assert_eq!(
        live_agenda_core::mine::fragment_param("mine=a,b&day=2024-06-12", "mine"),
        Some("a,b")
    );
}
