//! Guards the native time-zone resolver against the shared table of DST
//! cases (the browser's `Intl` resolver runs the same table in Chromium).

use live_agenda_core::programme::{tz_cases, FixedZones, Instant, JiffZones, TimeZones, TzError};

#[test]
fn jiff_zones_pass_every_shared_case() {
    let failures = tz_cases::failures(&JiffZones);
    assert!(
        failures.is_empty(),
        "failing cases:\n{}",
        failures.join("\n")
    );
}

#[test]
fn the_table_covers_gaps_folds_and_unknown_zones() {
    use tz_cases::TzExpect;
    let has = |f: fn(&TzExpect) -> bool| tz_cases::CASES.iter().any(|c| f(&c.expect));
    assert!(has(|e| matches!(e, TzExpect::Gap)));
    assert!(has(|e| matches!(e, TzExpect::UnknownZone)));
    assert!(!tz_cases::LOCAL_CASES.is_empty());
}

#[test]
fn a_gap_error_names_the_zone_and_the_time() {
    let case = tz_cases::CASES
        .iter()
        .find(|c| c.expect == tz_cases::TzExpect::Gap)
        .unwrap();
    let err = JiffZones
        .resolve(case.zone, case.date, case.time)
        .unwrap_err();
    assert!(matches!(&err, TzError::Gap { zone, .. } if zone == case.zone));
    assert!(err.to_string().contains(case.zone));
}

#[test]
fn jiff_and_fixed_zones_agree_on_fixed_offsets() {
    for zone in ["UTC", "Etc/GMT-1", "Etc/GMT+5", "Etc/GMT-14", "Etc/GMT+12"] {
        for t in [0, 1_669_293_000, -86_400 * 365, 4_102_444_800] {
            let (a, b) = (
                JiffZones.local(zone, Instant(t)),
                FixedZones.local(zone, Instant(t)),
            );
            assert_eq!(a, b, "{zone} at {t}");
        }
    }
}
