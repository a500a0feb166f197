//! Guards `assets/programme.json` against the seed it was written from
//! (`shared/seed/000_1c332190db6098d0.txt`): abstracts verbatim, in the
//! language the seed gives, each one stopping where the seed's next item
//! starts.

mod common;

use live_agenda_core::programme::{load, JiffZones, Kind};

const PROGRAMME: &str = include_str!("../../../assets/programme.json");

fn seed_text() -> String {
    common::shared_text("seed/000_1c332190db6098d0.txt")
}

#[test]
fn the_seed_programme_has_its_eight_items_in_order() {
    let p = load(PROGRAMME, &JiffZones)
        .expect("the seed loads")
        .programme;
    let kinds: Vec<Kind> = p.items.iter().map(|i| i.kind.clone()).collect();
    use Kind::*;
    assert_eq!(
        kinds,
        [Welcome, Talk, Talk, Break, Talk, Talk, Discussion, End]
    );
    let speakers: Vec<String> = p
        .items
        .iter()
        .map(|i| live_agenda_core::display::speakers_line(&i.speakers))
        .collect();
    assert_eq!(
        speakers,
        [
            "",
            "Olivier Fercoq",
            "Maxime Leiber",
            "",
            "Enzo Tartaglione",
            "Hicham Janati",
            "",
            ""
        ]
    );
}

// Guards the bug where Tartaglione's abstract ran on into the rest of the
// seed (Janati's item, the discussion, the practical information).
#[test]
fn abstracts_are_verbatim_and_stop_at_the_next_item() {
    let seed = seed_text();
    let p = load(PROGRAMME, &JiffZones)
        .expect("the seed loads")
        .programme;
    let langs: Vec<(String, Vec<&str>)> = p
        .items
        .iter()
        .map(|i| {
            let langs = i
                .abstract_
                .as_ref()
                .map(|a| a.keys().collect())
                .unwrap_or_default();
            (i.id.clone(), langs)
        })
        .collect();
    let expect = |id: &str| {
        langs
            .iter()
            .find(|(i, _)| i == id)
            .map(|(_, l)| l.clone())
            .unwrap()
    };
    assert_eq!(expect("fercoq-adam"), ["en"]);
    assert_eq!(expect("leiber-stft"), ["en"]);
    assert_eq!(expect("tartaglione-lottery"), ["fr"]);
    assert!(
        expect("janati-ot").is_empty(),
        "Janati's talk has no abstract in the seed"
    );
    for item in &p.items {
        for text in item.abstract_.iter().flat_map(|a| a.iter().map(|(_, t)| t)) {
            for paragraph in text.split("\n\n") {
                assert!(
                    seed.contains(paragraph),
                    "{}: not verbatim: {paragraph:.60}",
                    item.id
                );
            }
            assert!(
                !text.contains("Informations pratiques"),
                "{}: runs past its item",
                item.id
            );
            assert!(
                !text.contains("Hicham Janati"),
                "{}: runs past its item",
                item.id
            );
        }
    }
    let tart = p
        .items
        .iter()
        .find(|i| i.id == "tartaglione-lottery")
        .unwrap();
    let text = tart.abstract_.as_ref().unwrap().get("fr").unwrap();
    assert!(
        text.ends_with("ce qui économise des calculs)."),
        "{text:.80}"
    );
}
