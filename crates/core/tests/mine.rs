//! My programme (issue 17 point 2): the selection's codec shared by storage
//! and links, what a shared link offers, and which sessions can be starred.

use live_agenda_core::mine::{self, FromLink, Mine};
use live_agenda_core::programme::{load, JiffZones, Programme};

fn seed() -> Programme {
    let text = include_str!("../../../assets/programme.json");
    load(text, &JiffZones).expect("the seed loads").programme
}

fn mine(ids: &[&str]) -> Mine {
    let mut m = Mine::default();
    for id in ids {
        m.toggle(id);
    }
    m
}

#[test]
fn a_selection_round_trips_through_its_text_whatever_its_ids_hold() {
    let odd = mine(&["fercoq-adam", "a,b", "50%", "é/#&=x y", "42"]);
    let text = odd.encode();
    assert_eq!(
        text, "fercoq-adam,a%2Cb,50%25,%C3%A9%2F%23%26%3Dx%20y,42",
        "commas inside ids escaped; nothing that ends a fragment or a parameter left as is"
    );
    assert_eq!(Mine::decode(Some(&text)), odd);
    assert_eq!(Mine::decode(Some("")), Mine::default());
    assert_eq!(Mine::decode(None), Mine::default());
}

#[test]
fn what_cannot_be_read_back_is_dropped_not_an_error() {
    // A repeat, an empty part, a broken escape's bytes that are not UTF-8.
    let read = Mine::decode(Some("a,,a,%FF,b"));
    assert_eq!(read.ids(), ["a", "b"]);
}

#[test]
fn toggling_stars_then_unstars_keeping_the_order_starred() {
    let mut m = mine(&["b", "a", "c"]);
    m.toggle("a");
    assert_eq!(m.ids(), ["b", "c"]);
    assert!(!m.contains("a"));
    m.toggle("a");
    assert_eq!(m.ids(), ["b", "c", "a"]);
}

#[test]
fn the_link_replaces_the_pages_fragment_and_is_read_back_from_it() {
    let m = mine(&["fercoq-adam", "leiber"]);
    let link = m.link("https://chaire.example/atelier/#tartaglione-lottery");
    assert_eq!(
        link,
        "https://chaire.example/atelier/#mine=fercoq-adam,leiber"
    );
    let fragment = link.split_once('#').unwrap().1;
    assert_eq!(Mine::from_fragment(fragment), Some(m));
    // A deep link to an item is no selection.
    assert_eq!(Mine::from_fragment("fercoq-adam"), None);
}

#[test]
fn the_stored_selection_is_per_programme_source() {
    assert_ne!(
        mine::storage_key("https://a.example/p.json"),
        mine::storage_key("https://b.example/p.json")
    );
}

#[test]
fn only_sessions_count_in_the_programmes_order_and_gone_ids_are_not_counted() {
    let p = seed();
    let m = mine(&["pause", "tartaglione-lottery", "gone", "fercoq-adam"]);
    assert_eq!(
        m.in_programme(&p).ids(),
        ["fercoq-adam", "tartaglione-lottery"],
        "the break is not a session; an id the programme lost is left out"
    );
    assert!(mine::offered(&p));
}

#[test]
fn a_shared_link_is_offered_only_when_it_brings_something_new() {
    let p = seed();
    let stored = mine(&["fercoq-adam"]);
    assert_eq!(
        mine::from_link(&stored, &mine(&["tartaglione-lottery", "fercoq-adam"]), &p),
        FromLink::Offer(mine(&["fercoq-adam", "tartaglione-lottery"])),
        "its sessions, in the programme's order"
    );
    // The same sessions in another order: shown, nothing to ask.
    let same = mine(&["tartaglione-lottery", "fercoq-adam"]);
    assert_eq!(
        mine::from_link(
            &same,
            &mine(&["fercoq-adam", "tartaglione-lottery", "gone"]),
            &p
        ),
        FromLink::Same
    );
    // Only ids this programme does not have, or no session: nothing.
    assert_eq!(
        mine::from_link(&stored, &mine(&["other-event-talk", "pause"]), &p),
        FromLink::Nothing
    );
    // An empty own selection is asked too: never replaced unasked.
    assert_eq!(
        mine::from_link(&Mine::default(), &stored, &p),
        FromLink::Offer(stored.clone())
    );
}

#[test]
fn my_programme_only_shows_the_starred_sessions() {
    let p = seed();
    let m = mine(&["leiber-stft", "pause"]);
    let shown = |only_mine| -> Vec<&str> {
        p.items
            .iter()
            .filter(|i| m.shows(only_mine, &i.id, &i.kind))
            .map(|i| i.id.as_str())
            .collect()
    };
    assert_eq!(
        shown(true),
        ["leiber-stft"],
        "not the break, even if its id were stored"
    );
    assert_eq!(shown(false).len(), p.items.len());
}
