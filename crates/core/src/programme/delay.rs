//! "Running late: +10 min from here" (issue 15's live controls): sets
//! `delay_minutes` on one item and on every later item of its day, on the
//! loaded model, so the editor can show the result before saving it with
//! [`super::write()`].
//!
//! The rule, chosen for the person at the back of the room:
//! - **from here**: the item and every item whose planned start is the same
//!   or later on the same day (the event zone's calendar day of the
//!   planned start); items at the same time are parallel sessions, late
//!   with it. Earlier items, and other days, keep their delays;
//! - the delay is **set**, not added: "+10" twice is still 10 minutes late
//!   (the phone shows how late the day is, not a history of taps); `0` is
//!   "back on time", written as no `delay_minutes` at all;
//! - the result is what [`super::load`] makes of the written file with those
//!   delays (`tests/programme_delay_from.rs` checks both ways agree): ends
//!   are recomputed by the loader's own rule (`schedule::implied_ends`).

use super::model::{Instant, Item, Programme};
use super::schedule::implied_ends;
use super::tz::TimeZones;
use super::{MAX_DELAY_MINUTES, MIN_DELAY_MINUTES};

/// Why a delay could not be applied (said in words by
/// [`crate::i18n::editor::delay_error_message`]).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DelayError {
    /// No item has this id.
    #[error("no item with id {0:?}")]
    UnknownItem(String),
    /// Outside what the format accepts.
    #[error("delay of {minutes} minutes outside {min}..={max}")]
    OutOfRange { minutes: i64, min: i64, max: i64 },
}

/// The programme with the delay applied, and what changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delayed {
    pub programme: Programme,
    /// The ids whose `delay_minutes` changed, in file order (empty when the
    /// day was already that late from there).
    pub changed: Vec<String>,
}

/// Sets `delay_minutes = minutes` on `item_id` and every later item of its
/// day (see the module's rule). `tz` tells the day in the event's zone.
pub fn delay_from(
    programme: &Programme,
    item_id: &str,
    minutes: i64,
    tz: &dyn TimeZones,
) -> Result<Delayed, DelayError> {
    if !(MIN_DELAY_MINUTES..=MAX_DELAY_MINUTES).contains(&minutes) {
        let (min, max) = (MIN_DELAY_MINUTES, MAX_DELAY_MINUTES);
        return Err(DelayError::OutOfRange { minutes, min, max });
    }
    let Some(from) = programme.items.iter().find(|i| i.id == item_id) else {
        return Err(DelayError::UnknownItem(item_id.to_owned()));
    };
    let zone = programme.event.timezone.as_str();
    let day = |instant: Instant| tz.local(zone, instant).ok().map(|l| l.date);
    let (from_start, from_day) = (from.planned(), day(from.planned()));
    let affected = |item: &Item| {
        item.id == item_id || (item.planned() >= from_start && day(item.planned()) == from_day)
    };

    let old = &programme.items;
    // An end that differs from the implied one was written in the file:
    // it keeps its planned value and moves with the item's new delay.
    let explicit: Vec<bool> = old
        .iter()
        .zip(implied_ends(old))
        .map(|(item, implied)| item.end != implied)
        .collect();
    let mut changed = Vec::new();
    let mut items: Vec<Item> = programme.items.clone();
    for item in items.iter_mut().filter(|item| affected(item)) {
        if item.delay_minutes == minutes {
            continue;
        }
        let planned = item.planned();
        let planned_end = item.end.plus_minutes(-item.delay_minutes);
        item.start = planned.plus_minutes(minutes);
        item.end = planned_end.plus_minutes(minutes);
        item.planned_start = (minutes != 0).then_some(planned);
        item.delay_minutes = minutes;
        changed.push(item.id.clone());
    }
    let ends = implied_ends(&items);
    for ((item, end), explicit) in items.iter_mut().zip(ends).zip(explicit) {
        if !explicit {
            item.end = end;
        }
    }
    Ok(Delayed {
        programme: Programme {
            event: programme.event.clone(),
            items,
        },
        changed,
    })
}
