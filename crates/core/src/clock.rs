//! The widget's clock as arithmetic: real time in, the agenda's time out.
//! Pure: `browser::clock` reads `Date.now()` and owns the timers; this module
//! decides what time it is for the agenda and when to wake up next.

use crate::programme::model::Instant;

const MINUTE_MS: f64 = 60_000.0;

/// Maps the device's real time to the agenda's time: identical in real use;
/// started at another instant and/or running faster for a preview (`now=`,
/// `speed=`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct VirtualClock {
    real_origin_ms: f64,
    virtual_origin_ms: f64,
    speed: f64,
}

impl Default for VirtualClock {
    fn default() -> Self {
        VirtualClock::real_time()
    }
}

impl VirtualClock {
    /// The device's clock as it is.
    pub fn real_time() -> Self {
        VirtualClock {
            real_origin_ms: 0.0,
            virtual_origin_ms: 0.0,
            speed: 1.0,
        }
    }

    /// The device's clock corrected by `offset_ms` (the server's clock
    /// minus the device's, when they disagree by minutes).
    pub fn corrected(offset_ms: f64) -> Self {
        VirtualClock {
            real_origin_ms: 0.0,
            virtual_origin_ms: offset_ms,
            speed: 1.0,
        }
    }

    /// A preview clock that reads `start` at real time `real_now_ms` and then
    /// runs `speed` times faster than real time.
    pub fn preview(real_now_ms: f64, start: Instant, speed: f64) -> Self {
        VirtualClock {
            real_origin_ms: real_now_ms,
            virtual_origin_ms: start.0 as f64 * 1000.0,
            speed,
        }
    }

    /// The agenda's time, in milliseconds since the epoch.
    pub fn now_ms(&self, real_ms: f64) -> f64 {
        self.virtual_origin_ms + (real_ms - self.real_origin_ms) * self.speed
    }

    /// The agenda's time, to the second.
    pub fn now(&self, real_ms: f64) -> Instant {
        Instant((self.now_ms(real_ms) / 1000.0).floor() as i64)
    }

    /// Real milliseconds until the agenda's clock reaches `target` (0 if it
    /// already has).
    pub fn real_ms_until(&self, real_ms: f64, target: Instant) -> f64 {
        ((target.0 as f64 * 1000.0 - self.now_ms(real_ms)) / self.speed).max(0.0)
    }

    /// Real milliseconds until the agenda's clock crosses its next minute
    /// boundary: "minutes left" changes there, and nothing else can change in
    /// between unless a session starts or ends, which is also on a minute.
    pub fn real_ms_to_next_minute(&self, real_ms: f64) -> f64 {
        let now = self.now_ms(real_ms);
        let next = (now / MINUTE_MS).floor() * MINUTE_MS + MINUTE_MS;
        (next - now) / self.speed
    }
}

/// What the `now=` preview option gives, as far as it is known yet.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PreviewStart {
    /// No preview asked for.
    None,
    /// Asked for, but the programme (its date and zone) is not loaded yet.
    Pending,
    /// Asked for, but it names no instant (`now=tomorrow`): ignored.
    Unusable,
    /// The preview starts at this instant.
    At(Instant),
}

/// The clock the agenda runs on: a preview from its start at `speed`; else
/// the device's clock corrected by the server's (`skew_ms`, 0 when they
/// agree). `None` while a preview waits for the programme: showing the
/// agenda at the device's time first would make it jump.
pub fn choose(
    start: PreviewStart,
    speed: f64,
    skew_ms: f64,
    real_now_ms: f64,
) -> Option<VirtualClock> {
    match start {
        PreviewStart::At(at) => Some(VirtualClock::preview(real_now_ms, at, speed)),
        PreviewStart::Pending => None,
        PreviewStart::None | PreviewStart::Unusable => Some(VirtualClock::corrected(skew_ms)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_time_is_the_device_clock() {
        let c = VirtualClock::real_time();
        assert_eq!(c.now(1_669_293_000_500.0), Instant(1_669_293_000));
    }

    #[test]
    fn the_clock_is_a_preview_when_asked_else_the_corrected_device_clock() {
        let at = Instant(1_669_296_000);
        assert_eq!(
            choose(PreviewStart::At(at), 60.0, 5_000.0, 0.0),
            Some(VirtualClock::preview(0.0, at, 60.0))
        );
        assert_eq!(choose(PreviewStart::Pending, 60.0, 5_000.0, 0.0), None);
        for start in [PreviewStart::None, PreviewStart::Unusable] {
            assert_eq!(
                choose(start, 60.0, 5_000.0, 0.0),
                Some(VirtualClock::corrected(5_000.0))
            );
        }
    }

    #[test]
    fn a_corrected_clock_is_the_device_clock_shifted() {
        let c = VirtualClock::corrected(-300_000.0);
        assert_eq!(c.now(1_669_293_000_000.0), Instant(1_669_292_700));
        assert_eq!(c.real_ms_to_next_minute(1_669_293_000_000.0), 60_000.0);
    }

    #[test]
    fn a_preview_starts_at_its_instant_and_runs_at_its_speed() {
        let start = Instant(1_669_296_000); // 2022-11-24T13:20:00Z
        let c = VirtualClock::preview(5_000.0, start, 60.0);
        assert_eq!(c.now(5_000.0), start);
        // One real second at speed 60 is one agenda minute.
        assert_eq!(c.now(6_000.0), start.plus_minutes(1));
    }

    #[test]
    fn next_minute_is_measured_in_real_time() {
        let start = Instant(1_669_296_030); // on the half minute
        assert_eq!(
            VirtualClock::preview(0.0, start, 1.0).real_ms_to_next_minute(0.0),
            30_000.0
        );
        assert_eq!(
            VirtualClock::preview(0.0, start, 60.0).real_ms_to_next_minute(0.0),
            500.0
        );
        // Exactly on a boundary, the next one is a whole minute away.
        let on = Instant(1_669_296_000);
        assert_eq!(
            VirtualClock::preview(0.0, on, 1.0).real_ms_to_next_minute(0.0),
            60_000.0
        );
    }

    #[test]
    fn waiting_for_an_instant_never_goes_negative() {
        let c = VirtualClock::preview(0.0, Instant(100), 2.0);
        assert_eq!(c.real_ms_until(0.0, Instant(160)), 30_000.0);
        assert_eq!(c.real_ms_until(0.0, Instant(40)), 0.0);
    }
}
