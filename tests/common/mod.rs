//! Helpers of the native tests that run the `check-programme` binary.

// Each test crate compiles this module and uses only some of it.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Output};

/// A test fixture's path (`tests/fixtures/<name>`).
pub fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Runs the checker with `args`.
pub fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_check-programme"))
        .args(args)
        .output()
        .expect("the binary runs")
}

/// The exit status.
pub fn code(out: &Output) -> i32 {
    out.status
        .code()
        .expect("exited, not killed by a signal (a panic would abort)")
}

/// `bytes` written to a file of the tests' own temporary folder.
pub fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}
