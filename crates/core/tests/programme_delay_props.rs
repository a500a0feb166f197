//! Property tests of `delay_minutes` over random programmes: a delay of 0
//! is no delay, a delay shared by every item moves the whole programme, and
//! no item ever grows because of a delay (the rule of implied ends).

mod common;

use live_agenda_core::programme::{load, JiffZones, Programme};
use proptest::prelude::*;

use common::{session_json, v1_text};

/// One session: start hour and minute, an optional end hour, an optional
/// room, a kind, a delay.
type Session = (u8, u8, Option<u8>, Option<u8>, u8, i64);

fn sessions() -> impl Strategy<Value = Vec<Session>> {
    let session = (
        0u8..24,
        0u8..60,
        prop::option::of(0u8..24),
        prop::option::of(0u8..3),
        0u8..4,
        -90i64..=90,
    );
    prop::collection::vec(session, 1..16)
}

/// The v1 text of `sessions`, each delayed by `delay(its own delay)`
/// (`None`: no `delay_minutes` field at all).
fn text(sessions: &[Session], delay: impl Fn(i64) -> Option<i64>) -> String {
    let sessions = sessions
        .iter()
        .enumerate()
        .map(|(i, &(h, m, end_h, room, kind, d))| {
            session_json(i, (h, m), end_h, room, kind, delay(d))
        })
        .collect();
    v1_text(sessions)
}

fn programme(text: &str) -> Programme {
    load(text, &JiffZones)
        .unwrap_or_else(|p| panic!("{p:?}"))
        .programme
}

proptest! {
    #[test]
    fn a_delay_of_zero_is_no_delay(s in sessions()) {
        prop_assert_eq!(programme(&text(&s, |_| Some(0))), programme(&text(&s, |_| None)));
    }

    #[test]
    fn a_shared_delay_moves_everything_and_keeps_every_length(
        s in sessions(),
        shared in -180i64..=600,
    ) {
        let plain = programme(&text(&s, |_| None));
        let moved = programme(&text(&s, |_| Some(shared)));
        for (was, now) in plain.items.iter().zip(&moved.items) {
            prop_assert_eq!(now.start, was.start.plus_minutes(shared));
            prop_assert_eq!(now.end, was.end.plus_minutes(shared));
            prop_assert_eq!(now.planned(), was.start);
            prop_assert_eq!(now.planned_start.is_some(), shared != 0);
        }
    }

    #[test]
    fn no_item_grows_because_of_delays(s in sessions()) {
        let plain = programme(&text(&s, |_| None));
        let delayed = programme(&text(&s, Some));
        for ((was, now), session) in plain.items.iter().zip(&delayed.items).zip(&s) {
            let delay = session.5;
            prop_assert_eq!(now.start, was.start.plus_minutes(delay));
            prop_assert_eq!(now.planned(), was.start);
            prop_assert!(now.end >= now.start, "{:?}", now);
            prop_assert!(
                now.end.0 - now.start.0 <= was.end.0 - was.start.0,
                "grew: {:?} was {:?}", now, was
            );
        }
    }
}
