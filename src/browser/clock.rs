//! The live clock: a signal holding the agenda's current instant. It is
//! chosen here, as what it depends on becomes known (a preview's start once
//! the programme is loaded, the server's clock correction), by the pure
//! [`ClockChoice`]; it wakes on the agenda's next minute boundary or
//! sooner when the timeline says something changes before it
//! ([`UseClockReturn::wake_at`], as quinn's driver asks its core when to
//! wake); it sleeps while the page is hidden and catches up at once when
//! the page is shown again. The arithmetic lives in [`crate::clock`].

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use leptos::prelude::*;

use crate::browser::visibility::{on_visibility_change, page_hidden};
use crate::clock::{ClockChoice, PreviewStart};
use crate::programme::model::Instant;
use crate::reactive::effect;

/// Lands a timer just after the boundary it waits for, so that the clock
/// reads the new minute even if the timer fires a hair early.
const LATE_MARGIN_MS: f64 = 5.0;

/// The device's clock, in ms since the epoch: the only reading of it.
pub fn real_now_ms() -> f64 {
    js_sys::Date::now()
}

/// The device's clock, to the second (a calendar file's stamp).
pub fn real_now() -> Instant {
    Instant((real_now_ms() / 1000.0).floor() as i64)
}

/// What [`use_clock`] returns.
#[derive(Clone, Copy)]
pub struct UseClockReturn {
    /// The agenda's current instant.
    pub now: ReadSignal<Instant>,
    /// Whether the clock is chosen: a preview waits for the programme, and
    /// the agenda for the preview (shown at the device's time first, it
    /// would scroll to the wrong item and then jump).
    pub ready: RwSignal<bool>,
    /// The next instant anything shown changes (the timeline's
    /// `next_redraw`): the clock wakes then when it is before the next
    /// minute boundary.
    pub wake_at: Callback<Option<Instant>>,
    /// Whether the clock is a preview's (`ClockChoice::is_preview`): the
    /// agenda then wears a badge.
    pub preview: RwSignal<bool>,
    /// An instant of the device's clock on the agenda's (an update's time,
    /// said on the clock the agenda is shown on).
    pub agenda_at: Callback<Instant, Instant>,
}

struct Inner {
    /// Which clock the agenda runs on (`ClockChoice::clock`).
    choice: ClockChoice,
    next_change: Option<Instant>,
    timer: Option<Timeout>,
    now: ReadSignal<Instant>,
    set_now: WriteSignal<Instant>,
    _visibility: Option<EventListener>,
}

/// Reads the clock now and, while the page is visible, sleeps until the
/// next instant the agenda can change.
fn tick(inner: &Rc<RefCell<Inner>>) {
    let (now, read, write) = {
        let state = inner.borrow();
        (
            state.choice.clock().now(real_now_ms()),
            state.now,
            state.set_now,
        )
    };
    // A plain signal notifies on every set: only set a new instant, so that a
    // wake within the same second re-renders nothing.
    if read.get_untracked() != now {
        write.set(now);
    }
    schedule(inner);
}

/// Sets the one pending timer (dropping a gloo `Timeout` cancels it) for
/// the next instant the agenda can change; none while the page is hidden.
fn schedule(inner: &Rc<RefCell<Inner>>) {
    let mut state = inner.borrow_mut();
    state.timer = None;
    if page_hidden() {
        return;
    }
    let delay = state
        .choice
        .clock()
        .real_ms_to_wake(real_now_ms(), state.next_change);
    let weak = Rc::downgrade(inner);
    let millis = (delay + LATE_MARGIN_MS).ceil().min(f64::from(u32::MAX)) as u32;
    state.timer = Some(Timeout::new(millis, move || {
        if let Some(inner) = weak.upgrade() {
            tick(&inner);
        }
    }));
}

/// A live clock for one widget: a preview from what `preview` reads (a
/// reactive closure: the clock is chosen again when what it reads changes)
/// at `speed` once it is known, else the device's clock corrected by
/// `skew_ms` (the server's clock minus the device's, 0 when they agree).
///
/// A closure and the source's own signal rather than `Signal`s: each
/// `Signal<T>` of a new `T` brings its own reading code into the wasm.
pub fn use_clock(
    preview: impl Fn() -> PreviewStart + 'static,
    speed: f64,
    skew_ms: RwSignal<f64>,
) -> UseClockReturn {
    let mut choice = ClockChoice::default();
    let real = real_now_ms();
    // Chosen at once when it can be (no preview): the agenda then renders
    // in the same pass as the programme.
    choice.update(untrack(&preview), speed, skew_ms.get_untracked(), real);
    let ready = RwSignal::new(choice.is_chosen());
    let previewing = RwSignal::new(choice.is_preview());
    let (now, set_now) = signal(choice.clock().now(real));
    let inner = Rc::new(RefCell::new(Inner {
        choice,
        next_change: None,
        timer: None,
        now,
        set_now,
        _visibility: None,
    }));
    let weak = Rc::downgrade(&inner);
    // Hidden: `tick` cancels the timer and sets none. Visible again: catch
    // up at once, then resume.
    inner.borrow_mut()._visibility = on_visibility_change(move || {
        if let Some(inner) = weak.upgrade() {
            tick(&inner);
        }
    });
    tick(&inner);

    let stored = StoredValue::new_local(Some(inner));
    // The listener and the timer go with the widget.
    on_cleanup(move || drop(stored.try_update_value(Option::take)));

    effect(move || {
        let (start, skew) = (preview(), skew_ms.get());
        let Some(Some(inner)) = stored.try_get_value() else {
            return;
        };
        let switched = inner
            .borrow_mut()
            .choice
            .update(start, speed, skew, real_now_ms());
        if switched.is_some() {
            let is_preview = inner.borrow().choice.is_preview();
            tick(&inner);
            ready.set(true);
            previewing.set(is_preview);
        }
    });

    let wake_at = Callback::new(move |next_change: Option<Instant>| {
        let Some(Some(inner)) = stored.try_get_value() else {
            return;
        };
        if inner.borrow().next_change == next_change {
            return;
        }
        inner.borrow_mut().next_change = next_change;
        // Only when to wake changes: the instant shown stays as it is.
        schedule(&inner);
    });
    let agenda_at = Callback::new(move |device: Instant| {
        let clock = stored
            .try_get_value()
            .flatten()
            .map(|inner| inner.borrow().choice.clock())
            .unwrap_or_default();
        clock.now(device.0 as f64 * 1000.0)
    });
    UseClockReturn {
        now,
        ready,
        wake_at,
        preview: previewing,
        agenda_at,
    }
}
