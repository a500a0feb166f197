//! A device clock that is wrong by minutes, told by the server's.

use crate::sync::SKEW_THRESHOLD_MS;

/// Server time minus device time (ms), when the device clock is off by
/// more than [`SKEW_THRESHOLD_MS`] from the server's (`server_ms`, read
/// from its `Date` header by the browser); `None` when the clocks are close
/// enough or either time is not a number (then the device clock is used,
/// quietly).
pub fn clock_skew_ms(server_ms: f64, device_now_ms: f64) -> Option<f64> {
    let skew = server_ms - device_now_ms;
    (skew.is_finite() && skew.abs() > SKEW_THRESHOLD_MS).then_some(skew)
}
