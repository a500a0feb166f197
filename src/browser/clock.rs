//! The live clock: a signal holding the agenda's current instant, updated on
//! minute boundaries of the agenda's time (the finest change the agenda
//! shows), paused while the page is hidden and caught up at once when it is
//! shown again. The arithmetic lives in the pure [`crate::clock`].

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::VisibilityState;

use crate::clock::VirtualClock;
use crate::programme::model::Instant;

/// Lands a timer just after the boundary it waits for, so that the clock
/// reads the new minute even if the timer fires a hair early.
const LATE_MARGIN_MS: f64 = 5.0;

/// What [`use_clock`] returns.
#[derive(Clone, Copy)]
pub struct UseClockReturn {
    /// The agenda's current instant.
    pub now: ReadSignal<Instant>,
    /// Replaces the clock (a preview's start and speed), effective at once.
    pub set_clock: Callback<VirtualClock>,
}

struct Inner {
    clock: VirtualClock,
    timer: Option<Timeout>,
    now: ReadSignal<Instant>,
    set_now: WriteSignal<Instant>,
    on_visibility: Option<Closure<dyn FnMut()>>,
}

fn real_now_ms() -> f64 {
    js_sys::Date::now()
}

fn page_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.visibility_state() == VisibilityState::Hidden)
}

/// Reads the clock now and, while the page is visible, sleeps until the next
/// minute boundary of the agenda's time.
fn tick(inner: &Rc<RefCell<Inner>>) {
    let real = real_now_ms();
    let (now, delay) = {
        let mut state = inner.borrow_mut();
        // Dropping a gloo Timeout cancels it: at most one timer is pending.
        state.timer = None;
        (
            state.clock.now(real),
            state.clock.real_ms_to_next_minute(real),
        )
    };
    let (read, write) = {
        let state = inner.borrow();
        (state.now, state.set_now)
    };
    // A plain signal notifies on every set: only set a new instant, so that a
    // wake within the same second re-renders nothing.
    if read.get_untracked() != now {
        write.set(now);
    }
    if page_hidden() {
        return;
    }
    let weak = Rc::downgrade(inner);
    let millis = (delay + LATE_MARGIN_MS).ceil().min(f64::from(u32::MAX)) as u32;
    let timer = Timeout::new(millis, move || {
        if let Some(inner) = weak.upgrade() {
            tick(&inner);
        }
    });
    inner.borrow_mut().timer = Some(timer);
}

/// A live clock for one widget, starting as the device's real time.
pub fn use_clock() -> UseClockReturn {
    let clock = VirtualClock::real_time();
    let (now, set_now) = signal(clock.now(real_now_ms()));
    let inner = Rc::new(RefCell::new(Inner {
        clock,
        timer: None,
        now,
        set_now,
        on_visibility: None,
    }));

    let weak = Rc::downgrade(&inner);
    let on_visibility = Closure::<dyn FnMut()>::new(move || {
        if let Some(inner) = weak.upgrade() {
            // Hidden: `tick` cancels the timer and sets none. Visible again:
            // catch up at once, then resume minute ticks.
            tick(&inner);
        }
    });
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        let _ = document.add_event_listener_with_callback(
            "visibilitychange",
            on_visibility.as_ref().unchecked_ref(),
        );
    }
    inner.borrow_mut().on_visibility = Some(on_visibility);
    tick(&inner);

    let stored = StoredValue::new_local(Some(inner));
    on_cleanup(move || {
        let Some(inner) = stored.try_update_value(Option::take).flatten() else {
            return;
        };
        let mut state = inner.borrow_mut();
        state.timer = None;
        if let (Some(cb), Some(document)) = (
            state.on_visibility.take(),
            web_sys::window().and_then(|w| w.document()),
        ) {
            let _ = document.remove_event_listener_with_callback(
                "visibilitychange",
                cb.as_ref().unchecked_ref(),
            );
        }
    });

    let set_clock = Callback::new(move |clock: VirtualClock| {
        if let Some(Some(inner)) = stored.try_get_value() {
            inner.borrow_mut().clock = clock;
            tick(&inner);
        }
    });
    UseClockReturn { now, set_clock }
}
