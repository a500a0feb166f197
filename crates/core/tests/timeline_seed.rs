//! The timeline on the seed's afternoon (13:30 welcome … 16:40 end, each item
//! ending when the next starts), at the moments an attendee looks, at exact
//! boundaries, and on the shapes the seed lacks (parallel rooms, overlaps,
//! gaps, empty programme).

use live_agenda_core::programme::model::{Event, Instant, Item, Kind, Programme, Text};
use live_agenda_core::timeline::{self, Live, Next, State, Status};

/// 2022-11-24 13:30 in Paris (CET, UTC+1) = 12:30 UTC.
const WELCOME: i64 = 1_669_293_000;

/// The instant a Paris wall clock reads `h:m` on the seed's day.
fn paris(h: i64, m: i64) -> Instant {
    Instant(WELCOME + ((h * 60 + m) - (13 * 60 + 30)) * 60)
}

fn item(id: &str, kind: Kind, start: Instant, end: Instant) -> Item {
    Item {
        id: id.to_owned(),
        kind,
        start,
        end,
        planned_start: None,
        delay_minutes: 0,
        speakers: Vec::new(),
        title: Text::single("en", id),
        abstract_: None,
        room: None,
        track: None,
        links: Vec::new(),
        language: None,
    }
}

fn programme(items: Vec<Item>) -> Programme {
    Programme {
        event: Event {
            title: Text::single("en", "Optimisation workshop"),
            timezone: "Europe/Paris".to_owned(),
            date: None,
            info: None,
            notice: None,
            links: Vec::new(),
            online: None,
        },
        items,
    }
}

/// The seed's shape: each item ends when the next starts; the end marker has
/// `end == start`.
fn seed() -> Programme {
    let slots = [
        ("accueil", Kind::Welcome, (13, 30)),
        ("talk-1", Kind::Talk, (13, 45)),
        ("talk-2", Kind::Talk, (14, 15)),
        ("pause", Kind::Break, (14, 45)),
        ("talk-3", Kind::Talk, (15, 0)),
        ("talk-4", Kind::Talk, (15, 30)),
        ("discussion", Kind::Discussion, (16, 0)),
        ("fin", Kind::End, (16, 40)),
    ];
    let starts: Vec<Instant> = slots.iter().map(|(_, _, (h, m))| paris(*h, *m)).collect();
    let items = slots
        .iter()
        .enumerate()
        .map(|(i, (id, kind, _))| {
            let end = starts.get(i + 1).copied().unwrap_or(starts[i]);
            item(id, kind.clone(), starts[i], end)
        })
        .collect();
    programme(items)
}

use State::{Live as L, Past as P, Upcoming as U};

#[test]
fn the_day_before_announces_the_start_in_minutes() {
    let tl = timeline::at(&seed(), paris(13, 30).plus_minutes(-24 * 60));
    assert_eq!(tl.states, vec![U; 8]);
    assert!(tl.live.is_empty());
    assert_eq!(
        tl.status,
        Status::Before {
            first: 0,
            starts: paris(13, 30),
            minutes_until: 24 * 60
        }
    );
    assert_eq!(tl.next.map(|n| n.index), Some(0));
    assert_eq!(tl.next_change, Some(paris(13, 30)));
}

#[test]
fn during_the_welcome() {
    let tl = timeline::at(&seed(), paris(13, 35));
    assert_eq!(tl.states, vec![L, U, U, U, U, U, U, U]);
    assert_eq!(
        tl.live,
        vec![Live {
            index: 0,
            ends: paris(13, 45),
            progress: 5.0 / 15.0,
            minutes_left: 10
        }]
    );
    let next = Next {
        index: 1,
        starts: paris(13, 45),
        minutes_until: 10,
    };
    assert_eq!(tl.next, Some(next));
    assert_eq!(
        tl.status,
        Status::During {
            live: vec![0],
            next: Some(next)
        }
    );
    assert_eq!(tl.next_change, Some(paris(13, 45)));
}

#[test]
fn during_the_second_talk_the_break_is_next() {
    let tl = timeline::at(&seed(), paris(14, 20));
    assert_eq!(tl.states, vec![P, P, L, U, U, U, U, U]);
    let live = tl.live_item(2).expect("talk-2 is live");
    assert_eq!(live.minutes_left, 25);
    assert!((live.progress - 5.0 / 30.0).abs() < 1e-12);
    assert_eq!(tl.next.map(|n| (n.index, n.minutes_until)), Some((3, 25)));
    assert!(matches!(tl.status, Status::During { ref live, .. } if live == &[2]));
}

#[test]
fn during_the_break_says_what_resumes_when() {
    let tl = timeline::at(&seed(), paris(14, 50));
    assert_eq!(tl.states, vec![P, P, P, L, U, U, U, U]);
    assert_eq!(
        tl.status,
        Status::Break {
            live: Some(3),
            resumes: Some(Next {
                index: 4,
                starts: paris(15, 0),
                minutes_until: 10
            })
        }
    );
}

#[test]
fn during_the_last_session_the_end_is_next() {
    let tl = timeline::at(&seed(), paris(16, 10));
    assert_eq!(tl.states, vec![P, P, P, P, P, P, L, U]);
    let end = Next {
        index: 7,
        starts: paris(16, 40),
        minutes_until: 30,
    };
    assert_eq!(tl.next, Some(end));
    assert_eq!(
        tl.status,
        Status::During {
            live: vec![6],
            next: Some(end)
        }
    );
}

#[test]
fn after_the_end() {
    let tl = timeline::at(&seed(), paris(16, 45));
    assert_eq!(tl.states, vec![P; 8]);
    assert_eq!(tl.next, None);
    assert_eq!(
        tl.status,
        Status::After {
            ended: paris(16, 40)
        }
    );
    assert_eq!(tl.next_change, None);
    assert_eq!(tl.next_redraw(), None);
}

#[test]
fn a_start_instant_is_live_an_end_instant_is_not() {
    let p = seed();
    let tl = timeline::at(&p, paris(13, 45));
    assert_eq!(tl.states[..3], [P, L, U]);
    let live = tl.live_item(1).expect("talk-1 is live at its start");
    assert_eq!((live.progress, live.minutes_left), (0.0, 30));

    let tl = timeline::at(&p, paris(13, 30));
    assert_eq!(tl.states[0], L);
    assert!(matches!(tl.status, Status::During { .. }));

    // The end marker is reached, never live: the event is over at 16:40.
    let tl = timeline::at(&p, paris(16, 40));
    assert_eq!(tl.states, vec![P; 8]);
    assert!(matches!(tl.status, Status::After { .. }));
}

#[test]
fn counts_read_one_minute_until_the_last_second() {
    let p = seed();
    let tl = timeline::at(&p, Instant(paris(13, 30).0 - 1));
    assert!(matches!(
        tl.status,
        Status::Before {
            minutes_until: 1,
            ..
        }
    ));
    let tl = timeline::at(&p, Instant(paris(13, 45).0 - 1));
    assert_eq!(tl.live[0].minutes_left, 1);
    assert_eq!(tl.next.map(|n| n.minutes_until), Some(1));
}

#[test]
fn next_change_is_the_next_start_or_end() {
    let p = seed();
    assert_eq!(
        timeline::next_change(&p, paris(13, 35)),
        Some(paris(13, 45))
    );
    assert_eq!(
        timeline::next_change(&p, paris(13, 45)),
        Some(paris(14, 15))
    );
    assert_eq!(
        timeline::next_change(&p, paris(16, 39)),
        Some(paris(16, 40))
    );
    assert_eq!(timeline::next_change(&p, paris(16, 40)), None);
}

#[test]
fn next_redraw_lands_when_a_minute_count_changes() {
    let p = seed();
    // 9 min 30 s left: the count drops from 10 to 9 in 30 s.
    let tl = timeline::at(&p, Instant(paris(13, 35).0 + 30));
    assert_eq!(tl.next_redraw(), Some(Instant(paris(13, 36).0)));
    // On a whole minute, the next whole minute.
    let tl = timeline::at(&p, paris(13, 35));
    assert_eq!(tl.next_redraw(), Some(paris(13, 36)));
    // Before the event the countdown changes too.
    let tl = timeline::at(&p, paris(12, 0));
    assert_eq!(tl.next_redraw(), Some(paris(12, 1)));
}

#[test]
fn parallel_rooms_are_live_together() {
    let mut a = item("a", Kind::Talk, paris(14, 0), paris(15, 0));
    a.room = Some("Amphi".to_owned());
    let mut b = item("b", Kind::Talk, paris(14, 10), paris(14, 50));
    b.room = Some("Salle 2".to_owned());
    let tl = timeline::at(&programme(vec![a, b]), paris(14, 30));
    assert_eq!(tl.states, vec![L, L]);
    assert!(matches!(tl.status, Status::During { ref live, .. } if live == &[0, 1]));
}

#[test]
fn in_one_room_the_later_start_wins_and_the_earlier_stays_past() {
    // An `end` pushed back while the next start was not moved: the next
    // item's start ends the earlier one.
    let long = item("long", Kind::Talk, paris(14, 0), paris(16, 0));
    let short = item("short", Kind::Talk, paris(14, 30), paris(15, 0));
    let p = programme(vec![long, short]);
    let tl = timeline::at(&p, paris(14, 15));
    assert_eq!(tl.states, vec![L, U]);
    // Its progress runs to the next start, where it really stops.
    assert_eq!(tl.live[0].ends, paris(14, 30));
    assert_eq!(tl.live[0].minutes_left, 15);
    assert_eq!(timeline::at(&p, paris(14, 40)).states, vec![P, L]);
    // Once `short` is over, `long` does not come back: states never go back.
    let tl = timeline::at(&p, paris(15, 30));
    assert_eq!(tl.states, vec![P, P]);
    assert_eq!(
        tl.status,
        Status::After {
            ended: paris(15, 0)
        }
    );
}

#[test]
fn same_start_in_one_room_the_later_in_the_file_wins() {
    let a = item("a", Kind::Talk, paris(14, 0), paris(15, 0));
    let b = item("b", Kind::Talk, paris(14, 0), paris(14, 30));
    let tl = timeline::at(&programme(vec![a, b]), paris(14, 10));
    assert_eq!(tl.states, vec![P, L]);
}

#[test]
fn a_break_beside_a_talk_is_not_a_break_of_the_event() {
    let mut a = item("coffee", Kind::Break, paris(14, 0), paris(15, 0));
    a.room = Some("Hall".to_owned());
    let mut b = item("talk", Kind::Talk, paris(14, 0), paris(15, 0));
    b.room = Some("Amphi".to_owned());
    let tl = timeline::at(&programme(vec![a, b]), paris(14, 30));
    assert!(matches!(tl.status, Status::During { .. }));
}

#[test]
fn a_gap_is_a_break_that_resumes_with_the_next_item() {
    let a = item("a", Kind::Talk, paris(14, 0), paris(14, 30));
    let b = item("b", Kind::Talk, paris(15, 0), paris(15, 30));
    let end = item("end", Kind::End, paris(16, 0), paris(16, 0));
    let p = programme(vec![a, b, end]);
    let tl = timeline::at(&p, paris(14, 40));
    assert_eq!(
        tl.status,
        Status::Break {
            live: None,
            resumes: Some(Next {
                index: 1,
                starts: paris(15, 0),
                minutes_until: 20
            })
        }
    );
    // Between the last session and the end marker nothing resumes; the
    // timeline's `next` names the end.
    let tl = timeline::at(&p, paris(15, 40));
    assert_eq!(
        tl.status,
        Status::Break {
            live: None,
            resumes: None
        }
    );
    assert_eq!(tl.next.map(|n| n.index), Some(2));
}

#[test]
fn zero_length_items_and_end_markers_are_never_live() {
    let photo = item(
        "photo",
        Kind::Other("photo".into()),
        paris(14, 0),
        paris(14, 0),
    );
    let end = item("end", Kind::End, paris(14, 0), paris(15, 0));
    let p = programme(vec![photo, end]);
    assert_eq!(timeline::at(&p, paris(13, 59)).states, vec![U, U]);
    assert_eq!(timeline::at(&p, paris(14, 0)).states, vec![P, P]);
    assert_eq!(timeline::at(&p, paris(14, 30)).states, vec![P, P]);
}

#[test]
fn an_empty_programme_has_a_status() {
    let tl = timeline::at(&programme(Vec::new()), paris(14, 0));
    assert_eq!(tl.status, Status::Empty);
    assert_eq!(tl.next, None);
    assert_eq!(tl.next_redraw(), None);
}
