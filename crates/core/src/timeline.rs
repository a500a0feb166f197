//! Item states, progress, next and status at an instant (DESIGN §2 "Now").
//!
//! Pure: the instant is always an argument, never read from a clock, so the
//! same function serves the live widget, the preview clock and the tests.
//! (A little over 400 lines: the unit tests of its private helpers stay
//! beside them; the rules' tests are in `tests/timeline_*.rs`.)
//!
//! # Rules
//!
//! - An item is **live** when `start <= now < end'`, where `end'` is its
//!   *effective end*: its `end`, cut short by the start of the next item in
//!   the same room (see [`Lane`]). So a room has at most one live item, the
//!   later-started one. Why the later one: a room holds one session at a
//!   time, so when the programme says the next one starts there, the previous
//!   one is over, even if its written end is later (typically an `end` that
//!   was pushed back when a talk ran late, while the next start was not
//!   moved). It also keeps states monotonic: an item goes Upcoming → Live →
//!   Past and never back, which the marker, `aria-current` and the
//!   scroll-to-now rely on.
//! - Items of kind [`Kind::End`] and zero-length items are never live: they
//!   are upcoming before their start and past from it on.
//! - The **next** item is the earliest-starting item with `start > now` that
//!   is not an end marker (ties: file order); when no such item is left, it
//!   is the earliest end marker still ahead, so the last talk can announce
//!   "next: end of the workshop at 16:40".
//! - Minute counts round **up**: "1 min left" until the very end, and "in
//!   1 min" until the very start; a count is never 0 while it is shown.

use std::collections::HashMap;

use crate::programme::model::{Instant, Item, Kind, Programme};

/// Where an item is relative to now; feeds `data-state`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum State {
    /// Over (or an end marker / zero-length item already reached).
    Past,
    /// On now.
    Live,
    /// Not started yet.
    Upcoming,
}

impl State {
    /// The value of the `data-state` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Past => "past",
            State::Live => "live",
            State::Upcoming => "upcoming",
        }
    }
}

/// A live item: how far into it we are.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Live {
    /// Index of the item in [`Programme::items`].
    pub index: usize,
    /// Its effective end (see the module rules): when it stops being live.
    pub ends: Instant,
    /// Fraction elapsed, `0.0..=1.0`.
    pub progress: f64,
    /// Whole minutes left, rounded up: at least 1.
    pub minutes_left: u64,
}

/// An upcoming item and how long until it starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Next {
    /// Index of the item in [`Programme::items`].
    pub index: usize,
    /// Its start.
    pub starts: Instant,
    /// Whole minutes until it starts, rounded up: at least 1.
    pub minutes_until: u64,
}

/// The event as a whole at an instant: what the one-line `[data-status]`
/// says. Indices are into [`Programme::items`].
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    /// The programme has no items at all.
    Empty,
    /// Before the first item (the first that is not an end marker, if any).
    Before {
        /// Index of that first item.
        first: usize,
        /// Its start.
        starts: Instant,
        /// Whole minutes until it, rounded up.
        minutes_until: u64,
    },
    /// Something other than a break is on (one item, or several in parallel
    /// rooms, in file order); `next` as in [`Timeline::next`].
    During {
        /// Indices of the live items.
        live: Vec<usize>,
        /// What comes next, if anything.
        next: Option<Next>,
    },
    /// Only breaks are on (`live` is the first of them), or nothing is on
    /// between the first start and the end of the event (`live` is `None`:
    /// a gap). `resumes` is the next item unless only the end marker is
    /// left, in which case it is `None` and [`Timeline::next`] names the end.
    Break {
        /// The live break, or `None` in a gap.
        live: Option<usize>,
        /// The session that follows, if any.
        resumes: Option<Next>,
    },
    /// Everything is over; `ended` is the latest effective end (an end
    /// marker's start counts).
    After {
        /// When the event ended.
        ended: Instant,
    },
}

/// Everything the widget shows about time, for one programme at one instant.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    /// The instant this was computed for.
    pub now: Instant,
    /// The state of each item, by index into [`Programme::items`].
    pub states: Vec<State>,
    /// The live items, in file order; at most one per [`Lane`].
    pub live: Vec<Live>,
    /// The next item (see the module rules).
    pub next: Option<Next>,
    /// The event-level status.
    pub status: Status,
    /// See [`next_change`].
    pub next_change: Option<Instant>,
}

impl Timeline {
    /// The state of item `index` (`Upcoming` if out of range, as an item not
    /// yet known).
    pub fn state(&self, index: usize) -> State {
        self.states.get(index).copied().unwrap_or(State::Upcoming)
    }

    /// The live entry of item `index`, if it is live.
    pub fn live_item(&self, index: usize) -> Option<&Live> {
        self.live.iter().find(|l| l.index == index)
    }

    /// The next instant at which anything this timeline shows changes: a
    /// state (see [`next_change`]) or a minute count (minutes left of a live
    /// item, minutes until the next item or the start). The clock can sleep
    /// exactly until then; `None` once nothing will ever change.
    pub fn next_redraw(&self) -> Option<Instant> {
        let counted = self
            .live
            .iter()
            .map(|l| l.ends)
            .chain(self.next.map(|n| n.starts))
            .chain(match self.status {
                Status::Before { starts, .. } => Some(starts),
                _ => None,
            });
        counted
            .filter(|&target| target > self.now)
            .map(|target| count_change(self.now, target))
            .chain(self.next_change)
            .min()
    }
}

/// The instant after `now` at which `ceil((target - now) / 60)` drops: when
/// `target - t` becomes a multiple of 60 seconds.
fn count_change(now: Instant, target: Instant) -> Instant {
    let rem = (target.0 - now.0).rem_euclid(60);
    Instant(now.0 + if rem == 0 { 60 } else { rem })
}

/// What keeps two items from being live at once: the room, else the track,
/// else the one main lane shared by items with neither.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lane<'a> {
    /// Items with a `room`.
    Room(&'a str),
    /// Items with a `track` but no `room`.
    Track(&'a str),
    /// Items with neither.
    Main,
}

impl<'a> Lane<'a> {
    /// The lane of `item`.
    pub fn of(item: &'a Item) -> Lane<'a> {
        match (&item.room, &item.track) {
            (Some(room), _) => Lane::Room(room),
            (None, Some(track)) => Lane::Track(track),
            (None, None) => Lane::Main,
        }
    }
}

/// Whether `item` can ever be live: a session with a positive length.
fn can_be_live(item: &Item) -> bool {
    item.kind != Kind::End && item.end > item.start
}

/// Each item's effective end: its end cut short by the start of the next
/// item that can be live in the same lane (order: start, then file order).
/// Items that can never be live get their start.
/// Each item's effective end (see the module rules): its `end`, cut short
/// by the start of the next item in the same lane.
pub fn effective_ends(items: &[Item]) -> Vec<Instant> {
    let starts: Vec<Instant> = items.iter().map(|i| i.start).collect();
    let mut ends = starts.clone();
    let order: Vec<usize> = Instant::order(&starts)
        .into_iter()
        .filter(|&i| can_be_live(&items[i]))
        .collect();
    // Walking backwards in start order, each lane remembers the start of the
    // item after the current one.
    let mut following: HashMap<Lane<'_>, Instant> = HashMap::new();
    for &i in order.iter().rev() {
        let item = &items[i];
        let lane = Lane::of(item);
        ends[i] = match following.get(&lane) {
            Some(&next_start) => item.end.min(next_start),
            None => item.end,
        };
        following.insert(lane, item.start);
    }
    ends
}

/// Whole minutes from `from` to `to`, rounded up (0 if `to <= from`).
fn minutes_ceil(from: Instant, to: Instant) -> u64 {
    let seconds = to.0.saturating_sub(from.0).max(0) as u64;
    seconds.div_ceil(60)
}

/// Fraction of `start..end` elapsed at `now`, clamped to `0.0..=1.0`.
fn progress(start: Instant, end: Instant, now: Instant) -> f64 {
    let total = end.0.saturating_sub(start.0);
    if total <= 0 {
        return 1.0;
    }
    let done = now.0.saturating_sub(start.0);
    (done as f64 / total as f64).clamp(0.0, 1.0)
}

/// The timeline of `programme` at `now`.
pub fn at(programme: &Programme, now: Instant) -> Timeline {
    at_with_ends(programme, &effective_ends(&programme.items), now)
}

/// [`at`] with the effective ends already computed ([`effective_ends`]):
/// they depend on the programme only, so a clock tick need not sort the
/// items again (a 2,000-item programme ticks every minute).
pub fn at_with_ends(programme: &Programme, ends: &[Instant], now: Instant) -> Timeline {
    let items = &programme.items;
    // A stale `ends` (from a previous programme) must not panic: recompute.
    let owned;
    let ends = if ends.len() == items.len() {
        ends
    } else {
        owned = effective_ends(items);
        &owned
    };

    let states: Vec<State> = items
        .iter()
        .zip(ends)
        .map(|(item, &end)| {
            if now < item.start {
                State::Upcoming
            } else if now < end {
                State::Live
            } else {
                State::Past
            }
        })
        .collect();

    let live: Vec<Live> = states
        .iter()
        .enumerate()
        .filter(|(_, s)| **s == State::Live)
        .map(|(i, _)| Live {
            index: i,
            ends: ends[i],
            progress: progress(items[i].start, ends[i], now),
            minutes_left: minutes_ceil(now, ends[i]),
        })
        .collect();

    let next = next_item(items, now);
    let status = status(items, ends, &live, next, now);
    Timeline {
        now,
        states,
        live,
        next,
        status,
        next_change: first_after(items, ends, now),
    }
}

/// The next item after `now` (see the module rules).
fn next_item(items: &[Item], now: Instant) -> Option<Next> {
    let earliest = |want_end: bool| {
        items
            .iter()
            .enumerate()
            .filter(|(_, item)| item.start > now && (item.kind == Kind::End) == want_end)
            .min_by_key(|(i, item)| (item.start, *i))
    };
    earliest(false)
        .or_else(|| earliest(true))
        .map(|(index, item)| Next {
            index,
            starts: item.start,
            minutes_until: minutes_ceil(now, item.start),
        })
}

fn status(
    items: &[Item],
    ends: &[Instant],
    live: &[Live],
    next: Option<Next>,
    now: Instant,
) -> Status {
    // The first session; the first end marker only if there is nothing else.
    let first = items
        .iter()
        .enumerate()
        .min_by_key(|(i, item)| (item.kind == Kind::End, item.start, *i));
    let Some((first, first_item)) = first else {
        return Status::Empty;
    };
    if now < first_item.start {
        return Status::Before {
            first,
            starts: first_item.start,
            minutes_until: minutes_ceil(now, first_item.start),
        };
    }
    let resumes = next.filter(|n| items[n.index].kind != Kind::End);
    if live.is_empty() {
        let ended = ends.iter().copied().max().unwrap_or(first_item.start);
        return if now >= ended {
            Status::After { ended }
        } else {
            Status::Break {
                live: None,
                resumes,
            }
        };
    }
    if live.iter().all(|l| items[l.index].kind == Kind::Break) {
        Status::Break {
            live: Some(live[0].index),
            resumes,
        }
    } else {
        Status::During {
            live: live.iter().map(|l| l.index).collect(),
            next,
        }
    }
}

/// The next instant after `now` at which any item's state (and so possibly
/// the status) changes: a start or an effective end. `None` once everything
/// is past. The clock sleeps until then, or until [`Timeline::next_redraw`]
/// to also refresh minute counts.
pub fn next_change(programme: &Programme, now: Instant) -> Option<Instant> {
    first_after(&programme.items, &effective_ends(&programme.items), now)
}

/// The earliest start or effective end after `now`.
fn first_after(items: &[Item], ends: &[Instant], now: Instant) -> Option<Instant> {
    items
        .iter()
        .map(|item| item.start)
        .chain(ends.iter().copied())
        .filter(|&t| t > now)
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn count_change_lands_where_the_rounded_up_count_drops() {
        // 90 s left reads "2 min" until 60 s left, 30 s later.
        assert_eq!(count_change(Instant(0), Instant(90)), Instant(30));
        // Exactly 2 min left: the count drops one minute later.
        assert_eq!(count_change(Instant(0), Instant(120)), Instant(60));
    }

    #[test]
    fn minutes_round_up() {
        assert_eq!(minutes_ceil(Instant(0), Instant(1)), 1);
        assert_eq!(minutes_ceil(Instant(0), Instant(60)), 1);
        assert_eq!(minutes_ceil(Instant(0), Instant(61)), 2);
        assert_eq!(minutes_ceil(Instant(5), Instant(0)), 0);
    }

    // Guards the tick shortcut: precomputed ends give the same timeline as
    // computing them, and ends of another programme are not trusted.
    #[test]
    fn at_with_precomputed_ends_equals_at() {
        use crate::programme::{load, FixedZones};
        let text =
            include_str!("../../../assets/programme.json").replace("Europe/Paris", "Etc/GMT-1");
        let p = load(&text, &FixedZones).expect("seed loads").programme;
        let ends = effective_ends(&p.items);
        for minute in (-30..240).step_by(7) {
            let now = p.items[0].start.plus_minutes(minute);
            assert_eq!(at_with_ends(&p, &ends, now), at(&p, now), "{minute}");
            assert_eq!(at_with_ends(&p, &ends[1..], now), at(&p, now), "stale ends");
        }
    }

    #[test]
    fn state_as_str_matches_the_dom_contract() {
        let all = [State::Past, State::Live, State::Upcoming].map(State::as_str);
        assert_eq!(all, ["past", "live", "upcoming"]);
    }
}
