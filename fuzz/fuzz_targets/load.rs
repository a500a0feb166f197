//! Feeds arbitrary bytes to `programme::load`, with the real time-zone
//! database and with the fixed-offset resolver. Any panic is a bug: the
//! widget must show an error for every file, never crash.

#![no_main]

use libfuzzer_sys::fuzz_target;
use live_agenda_core::programme::{load, FixedZones, JiffZones};

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = load(text, &JiffZones);
        let _ = load(text, &FixedZones);
    }
});
