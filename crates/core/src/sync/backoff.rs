//! When to fetch again after failures, and how old a copy is.

use crate::sync::{FIRST_RETRY_MS, MAX_RETRY_MS};

/// Whole minutes from `fetched_at_ms` to `now_ms`; 0 if the device clock
/// went back in between (or the times are not numbers).
pub fn age_minutes(fetched_at_ms: f64, now_ms: f64) -> i64 {
    let minutes = ((now_ms - fetched_at_ms) / 60_000.0).floor();
    if minutes.is_finite() && minutes > 0.0 {
        minutes as i64
    } else {
        0
    }
}

/// The delay before retry number `consecutive_failures` (1 for the first):
/// [`FIRST_RETRY_MS`], doubling each time, capped at [`MAX_RETRY_MS`]: a
/// venue's Wi-Fi drop is retried quickly, a server down for long is not
/// hammered by a roomful of phones. 0 counts as 1. Deterministic: add
/// jitter with [`jittered`].
pub fn retry_delay_ms(consecutive_failures: u32) -> f64 {
    // Past 2^7 × 5 s the cap holds anyway; capping the exponent keeps the
    // power small.
    let doublings = consecutive_failures.saturating_sub(1).min(16);
    (FIRST_RETRY_MS * f64::from(1u32 << doublings)).min(MAX_RETRY_MS)
}

/// `delay_ms` spread by ±20 % with `random01` (in `[0, 1]`, e.g.
/// `Math.random()`; clamped): phones that lost the Wi-Fi together do not
/// retry in lockstep.
pub fn jittered(delay_ms: f64, random01: f64) -> f64 {
    let r = if random01.is_finite() {
        random01.clamp(0.0, 1.0)
    } else {
        0.5
    };
    // (4 + 2r) / 5 is 0.8 + 0.4r, exact at both ends.
    delay_ms * (4.0 + 2.0 * r) / 5.0
}
