//! Properties of the timeline over random programmes (overlaps, parallel
//! rooms, zero-length items, end markers, second-precise times), through the
//! public API only.

use std::collections::HashMap;

use live_agenda_core::programme::model::{Event, Instant, Item, Kind, Programme, Text};
use live_agenda_core::timeline::{self, Lane, State, Status, Timeline};
use proptest::prelude::*;

const BASE: i64 = 1_669_293_000;

fn kind() -> impl Strategy<Value = Kind> {
    prop_oneof![
        Just(Kind::Welcome),
        Just(Kind::Talk),
        Just(Kind::Talk),
        Just(Kind::Break),
        Just(Kind::Discussion),
        Just(Kind::End),
        Just(Kind::Other("poster".into())),
    ]
}

fn item() -> impl Strategy<Value = Item> {
    (
        kind(),
        0i64..600 * 60,
        prop_oneof![Just(0i64), 1i64..180 * 60],
        proptest::option::of(prop_oneof![Just("A"), Just("B")]),
        proptest::option::of(Just("T")),
    )
        .prop_map(|(kind, start, length, room, track)| Item {
            id: format!("i{start}"),
            kind,
            start: Instant(BASE + start),
            end: Instant(BASE + start + length),
            planned_start: None,
            delay_minutes: 0,
            speakers: Vec::new(),
            title: Text::single("en", "t"),
            abstract_: None,
            room: room.map(str::to_owned),
            track: track.map(str::to_owned),
            links: Vec::new(),
            language: None,
        })
}

fn programme() -> impl Strategy<Value = Programme> {
    proptest::collection::vec(item(), 0..12).prop_map(|items| Programme {
        event: Event {
            title: Text::single("en", "e"),
            timezone: "Europe/Paris".into(),
            date: None,
            info: None,
            notice: None,
            links: Vec::new(),
            online: None,
        },
        items,
    })
}

/// An instant around the programme, from before its start to after its end.
fn moment() -> impl Strategy<Value = Instant> {
    (-120i64 * 60..900 * 60).prop_map(|s| Instant(BASE + s))
}

fn rank(state: State) -> u8 {
    match state {
        State::Upcoming => 0,
        State::Live => 1,
        State::Past => 2,
    }
}

fn live_indices(tl: &Timeline) -> Vec<usize> {
    tl.live.iter().map(|l| l.index).collect()
}

proptest! {
    /// Each item has exactly one state, and the states agree with the live
    /// list, with `start` (upcoming iff not started) and with the rules for
    /// end markers and zero-length items.
    #[test]
    fn states_partition_the_items(p in programme(), now in moment()) {
        let tl = timeline::at(&p, now);
        prop_assert_eq!(tl.states.len(), p.items.len());
        let live_by_state: Vec<usize> =
            (0..p.items.len()).filter(|&i| tl.states[i] == State::Live).collect();
        prop_assert_eq!(live_by_state, live_indices(&tl));
        for (item, &state) in p.items.iter().zip(&tl.states) {
            prop_assert_eq!(state == State::Upcoming, now < item.start);
            if state == State::Live {
                prop_assert!(item.start <= now && now < item.end);
                prop_assert!(item.kind != Kind::End);
            }
        }
    }

    /// Over time an item only moves forward: upcoming, live, past; and while
    /// it stays live its progress never decreases.
    #[test]
    fn states_and_progress_move_forward(p in programme(), a in moment(), b in moment()) {
        let (early, late) = if a <= b { (a, b) } else { (b, a) };
        let (t1, t2) = (timeline::at(&p, early), timeline::at(&p, late));
        for i in 0..p.items.len() {
            prop_assert!(rank(t1.states[i]) <= rank(t2.states[i]));
            if let (Some(l1), Some(l2)) = (t1.live_item(i), t2.live_item(i)) {
                prop_assert!(l1.progress <= l2.progress);
                prop_assert!(l1.minutes_left >= l2.minutes_left);
            }
        }
    }

    /// A room (else track, else the main lane) has at most one live item.
    #[test]
    fn at_most_one_live_item_per_lane(p in programme(), now in moment()) {
        let tl = timeline::at(&p, now);
        let mut seen: HashMap<Lane<'_>, usize> = HashMap::new();
        for l in &tl.live {
            let lane = Lane::of(&p.items[l.index]);
            prop_assert!(seen.insert(lane, l.index).is_none(), "two live in {:?}", lane);
        }
    }

    /// Live items show a progress in range and at least "1 min left".
    #[test]
    fn live_items_have_time_left(p in programme(), now in moment()) {
        for l in &timeline::at(&p, now).live {
            prop_assert!((0.0..=1.0).contains(&l.progress));
            prop_assert!(l.minutes_left > 0);
            prop_assert!(l.ends > now);
        }
    }

    /// There is always a status, and it agrees with the states.
    #[test]
    fn the_status_agrees_with_the_states(p in programme(), now in moment()) {
        let tl = timeline::at(&p, now);
        let any_live = !tl.live.is_empty();
        match &tl.status {
            Status::Empty => prop_assert!(p.items.is_empty()),
            Status::Before { first, starts, minutes_until } => {
                prop_assert!(!any_live);
                prop_assert_eq!(tl.states[*first], State::Upcoming);
                prop_assert_eq!(p.items[*first].start, *starts);
                prop_assert!(*minutes_until > 0);
            }
            Status::During { live, next } => {
                prop_assert_eq!(live, &live_indices(&tl));
                prop_assert!(live.iter().any(|&i| p.items[i].kind != Kind::Break));
                prop_assert_eq!(*next, tl.next);
            }
            Status::Break { live, resumes } => {
                match live {
                    Some(i) => prop_assert!(tl.live.iter().all(|l| p.items[l.index].kind == Kind::Break) && tl.states[*i] == State::Live),
                    None => prop_assert!(!any_live),
                }
                if let Some(r) = resumes {
                    prop_assert_eq!(Some(*r), tl.next);
                    prop_assert!(p.items[r.index].kind != Kind::End);
                }
                if !any_live {
                    prop_assert!(tl.next.is_some(), "a gap always resumes with something");
                }
            }
            Status::After { ended } => {
                prop_assert!(tl.states.iter().all(|&s| s == State::Past));
                prop_assert!(*ended <= now);
            }
        }
    }

    /// `next` is the earliest upcoming item, an end marker only when nothing
    /// else is ahead.
    #[test]
    fn next_is_the_earliest_upcoming_item(p in programme(), now in moment()) {
        let tl = timeline::at(&p, now);
        let ahead = |end: bool| p.items.iter().filter(move |i| i.start > now && (i.kind == Kind::End) == end);
        let expected = ahead(false).map(|i| i.start).min().or_else(|| ahead(true).map(|i| i.start).min());
        prop_assert_eq!(tl.next.map(|n| n.starts), expected);
        if let Some(n) = tl.next {
            prop_assert!(n.minutes_until > 0);
            prop_assert_eq!(tl.states[n.index], State::Upcoming);
        }
    }

    /// Nothing changes before `next_change`, and nothing shown changes before
    /// `next_redraw`: the clock may sleep until then.
    #[test]
    fn nothing_changes_before_the_announced_instants(p in programme(), now in moment()) {
        let tl = timeline::at(&p, now);
        let change = timeline::next_change(&p, now);
        prop_assert_eq!(change, tl.next_change);
        let last_same = change.map_or(Instant(now.0 + 2_000_000), |c| Instant(c.0 - 1));
        prop_assert_eq!(&timeline::at(&p, last_same).states, &tl.states);
        if let Some(c) = change {
            prop_assert_ne!(&timeline::at(&p, c).states, &tl.states);
        }
        if let Some(r) = tl.next_redraw() {
            prop_assert!(r > now);
            let before = timeline::at(&p, Instant(r.0 - 1));
            prop_assert_eq!(&before.status, &tl.status);
            let counts = |t: &Timeline| t.live.iter().map(|l| (l.index, l.minutes_left)).collect::<Vec<_>>();
            prop_assert_eq!(counts(&before), counts(&tl));
        }
    }
}
