//! Helpers shared by the native integration tests.

/// A file of the project's shared folder (`shared/…`: the seed, the real
/// third-party exports), which is never copied into the repository:
/// `$LIVE_AGENDA_SHARED` if set, else `../shared` beside the checkout, else
/// `/work/shared`, so that a clone anywhere (a CI work folder) finds it. A
/// missing file fails the test.
pub fn shared_file(relative: &str) -> Vec<u8> {
    let beside = format!("{}/../shared", env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::var("LIVE_AGENDA_SHARED")
        .ok()
        .or_else(|| std::path::Path::new(&beside).is_dir().then_some(beside))
        .unwrap_or_else(|| "/work/shared".to_owned());
    let path = format!("{dir}/{relative}");
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// [`shared_file`] as UTF-8 text.
#[allow(dead_code)] // not every test file reads text
pub fn shared_text(relative: &str) -> String {
    String::from_utf8(shared_file(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
}
