//! The widget's clock as arithmetic: real time in, the agenda's time out.
//! Pure: `browser::clock` reads `Date.now()` and owns the timers; this module
//! decides what time it is for the agenda and when to wake up next.

use crate::options::resolve_now;
use crate::programme::model::{Instant, Programme};
use crate::programme::tz::TimeZones;

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
    /// boundary: the finest change the agenda shows on a programme written
    /// in whole minutes.
    pub fn real_ms_to_next_minute(&self, real_ms: f64) -> f64 {
        let now = self.now_ms(real_ms);
        let next = (now / MINUTE_MS).floor() * MINUTE_MS + MINUTE_MS;
        (next - now) / self.speed
    }

    /// Real milliseconds the clock may sleep: until the next minute
    /// boundary, or until `next_change` (the timeline's
    /// [`crate::timeline::Timeline::next_redraw`]) when that comes sooner:
    /// an item that starts or ends off the minute (an import's seconds) is
    /// shown at that second, not at the next minute.
    pub fn real_ms_to_wake(&self, real_ms: f64, next_change: Option<Instant>) -> f64 {
        let minute = self.real_ms_to_next_minute(real_ms);
        match next_change {
            Some(at) if at > self.now(real_ms) => minute.min(self.real_ms_until(real_ms, at)),
            _ => minute,
        }
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

/// What the `now=` option (`option`, as written) gives with the programme
/// known so far (`None` while it loads): `HH:MM` is that time on the
/// event's date, in its zone.
pub fn preview_start(
    option: Option<&str>,
    programme: Option<&Programme>,
    tz: &dyn TimeZones,
) -> PreviewStart {
    match (option, programme) {
        (None, _) => PreviewStart::None,
        (Some(_), None) => PreviewStart::Pending,
        (Some(now), Some(p)) => {
            resolve_now(now, p, tz).map_or(PreviewStart::Unusable, PreviewStart::At)
        }
    }
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

/// Chooses the agenda's clock as what it depends on becomes known (the
/// programme, for a preview; the server's clock, for the correction): a
/// started preview is kept for good (a live update of the programme must
/// not restart it); the device's clock follows the latest correction.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClockChoice {
    chosen: Option<VirtualClock>,
    preview_started: bool,
}

impl ClockChoice {
    /// Takes in what is known at `real_now_ms`; returns the clock to switch
    /// to when it differs from the one chosen (`None`: keep it).
    pub fn update(
        &mut self,
        start: PreviewStart,
        speed: f64,
        skew_ms: f64,
        real_now_ms: f64,
    ) -> Option<VirtualClock> {
        if self.preview_started {
            return None;
        }
        let clock = choose(start, speed, skew_ms, real_now_ms)?;
        self.preview_started = matches!(start, PreviewStart::At(_));
        if self.chosen == Some(clock) {
            return None;
        }
        self.chosen = Some(clock);
        Some(clock)
    }

    /// Whether the agenda runs on a preview's clock (`now=`, at `speed=`),
    /// not the visitor's: the widget then says so (a badge), and times it
    /// gives (an update's) are on that clock too.
    pub fn is_preview(&self) -> bool {
        self.preview_started
    }

    /// Whether a clock has been chosen: the agenda waits for it (shown at
    /// the device's time first, a preview would jump).
    pub fn is_chosen(&self) -> bool {
        self.chosen.is_some()
    }

    /// The clock to read: the one chosen, else the device's meanwhile.
    // Not inlined: its two callers in the widget's clock would each carry a
    // copy (measured: +0.35 KB brotli of wasm inlined).
    #[inline(never)]
    pub fn clock(&self) -> VirtualClock {
        self.chosen.unwrap_or_default()
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
    fn the_choice_waits_for_a_preview_keeps_it_and_follows_the_correction() {
        let at = Instant(1_669_296_000);
        let mut choice = ClockChoice::default();
        assert_eq!(choice.update(PreviewStart::Pending, 60.0, 0.0, 0.0), None);
        assert!(!choice.is_chosen());
        assert!(!choice.is_preview(), "no badge before the preview runs");
        assert_eq!(
            choice.clock(),
            VirtualClock::real_time(),
            "the device's meanwhile"
        );
        let preview = VirtualClock::preview(10.0, at, 60.0);
        assert_eq!(
            choice.update(PreviewStart::At(at), 60.0, 0.0, 10.0),
            Some(preview)
        );
        assert!(choice.is_preview());
        // A live update or a correction later: the preview runs on.
        assert_eq!(
            choice.update(PreviewStart::At(Instant(5)), 1.0, 9e5, 20.0),
            None
        );
        assert!(choice.is_chosen() && choice.is_preview());

        let mut real = ClockChoice::default();
        assert_eq!(
            real.update(PreviewStart::None, 1.0, 0.0, 0.0),
            Some(VirtualClock::corrected(0.0))
        );
        assert_eq!(
            real.update(PreviewStart::None, 1.0, 0.0, 99.0),
            None,
            "unchanged"
        );
        assert_eq!(
            real.update(PreviewStart::None, 1.0, 300_000.0, 99.0),
            Some(VirtualClock::corrected(300_000.0))
        );
        assert!(!real.is_preview());
        // `now=tomorrow` names no instant: the visitor's clock, no badge.
        let mut unusable = ClockChoice::default();
        unusable.update(PreviewStart::Unusable, 60.0, 0.0, 0.0);
        assert!(unusable.is_chosen() && !unusable.is_preview());
    }

    #[test]
    fn a_preview_start_needs_the_programme_for_a_time_of_day() {
        let text = r#"{ "version": 1,
          "event": { "title": {"en": "W"}, "timezone": "UTC", "date": "2022-11-24" },
          "sessions": [ { "id": "a", "start": "13:30", "title": {"en": "Welcome"} } ] }"#;
        let p = crate::programme::load(text, &crate::programme::FixedZones)
            .unwrap()
            .programme;
        let tz = &crate::programme::FixedZones;
        assert_eq!(preview_start(None, Some(&p), tz), PreviewStart::None);
        assert_eq!(
            preview_start(Some("14:20"), None, tz),
            PreviewStart::Pending
        );
        assert_eq!(
            preview_start(Some("14:20"), Some(&p), tz),
            PreviewStart::At(Instant(1_669_299_600))
        );
        assert_eq!(
            preview_start(Some("tomorrow"), Some(&p), tz),
            PreviewStart::Unusable
        );
    }

    #[test]
    fn the_clock_wakes_at_the_minute_or_sooner_for_a_change_off_the_minute() {
        let on = Instant(1_669_296_000); // a minute boundary
        let c = VirtualClock::preview(0.0, on, 1.0);
        assert_eq!(c.real_ms_to_wake(0.0, None), 60_000.0);
        // A change 30 s ahead comes first; one on the next minute changes nothing.
        assert_eq!(c.real_ms_to_wake(0.0, Some(Instant(on.0 + 30))), 30_000.0);
        assert_eq!(c.real_ms_to_wake(0.0, Some(Instant(on.0 + 60))), 60_000.0);
        assert_eq!(c.real_ms_to_wake(0.0, Some(Instant(on.0 + 600))), 60_000.0);
        // A change already reached never makes the clock spin.
        assert_eq!(c.real_ms_to_wake(0.0, Some(on)), 60_000.0);
        // At speed 60, 30 agenda seconds are half a real second.
        let fast = VirtualClock::preview(0.0, on, 60.0);
        assert_eq!(fast.real_ms_to_wake(0.0, Some(Instant(on.0 + 30))), 500.0);
    }

    #[test]
    fn waiting_for_an_instant_never_goes_negative() {
        let c = VirtualClock::preview(0.0, Instant(100), 2.0);
        assert_eq!(c.real_ms_until(0.0, Instant(160)), 30_000.0);
        assert_eq!(c.real_ms_until(0.0, Instant(40)), 0.0);
    }
}
