//! Helpers shared by the native integration tests.

/// The repository's top folder (the workspace root, two above this crate).
pub fn repo_root() -> String {
    format!("{}/../..", env!("CARGO_MANIFEST_DIR"))
}

/// A file of the repository (`tests/fixtures/…`, `assets/…`), as text: the
/// fixtures are shared with the end-to-end tests and the CLI's.
#[allow(dead_code)] // not every test file reads the repository's files
pub fn repo_text(relative: &str) -> String {
    let path = format!("{}/{relative}", repo_root());
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A test fixture (`tests/fixtures/<name>`).
#[allow(dead_code)]
pub fn fixture(name: &str) -> String {
    repo_text(&format!("tests/fixtures/{name}"))
}

/// A file of the project's shared folder (`shared/…`: the seed, the real
/// third-party exports), which is never copied into the repository:
/// `$LIVE_AGENDA_SHARED` if set, else `../shared` beside the checkout, else
/// `/work/shared`, so that a clone anywhere (a CI work folder) finds it. A
/// missing file fails the test.
pub fn shared_file(relative: &str) -> Vec<u8> {
    let beside = format!("{}/../shared", repo_root());
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

/// Session `i` of a generated v1 programme (the property tests): a start
/// `h:m`, an end at `end_h:m` when that is not before the start, a room, a
/// kind (`0..4`: talk, break, end, other) and a delay.
#[allow(dead_code)] // only the property tests generate programmes
pub fn session_json(
    i: usize,
    (h, m): (u8, u8),
    end_h: Option<u8>,
    room: Option<u8>,
    kind: u8,
    delay: Option<i64>,
) -> serde_json::Value {
    use serde_json::json;
    let kind = ["talk", "break", "end", "other"][usize::from(kind)];
    let mut s = json!({
        "id": format!("s{i}"),
        "start": format!("{h:02}:{m:02}"),
        "title": {"en": "T"},
        "kind": kind,
    });
    if let Some(e) = end_h.filter(|&e| e >= h) {
        s["end"] = json!(format!("{e:02}:{m:02}"));
    }
    if let Some(r) = room {
        s["room"] = json!(format!("room {r}"));
    }
    if let Some(d) = delay {
        s["delay_minutes"] = json!(d);
    }
    s
}

/// The text of a v1 programme of `sessions` on 2022-11-24 in Paris.
#[allow(dead_code)]
pub fn v1_text(sessions: Vec<serde_json::Value>) -> String {
    serde_json::json!({
        "version": 1,
        "event": {"title": {"en": "E"}, "timezone": "Europe/Paris", "date": "2022-11-24"},
        "sessions": sessions,
    })
    .to_string()
}
