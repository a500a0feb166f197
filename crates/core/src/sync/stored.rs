//! The last good programme as kept in the browser's storage.

/// The key of the stored copy of the programme at `url`, for
/// `browser::storage`, which prefixes every key with `live-agenda:` (so the
/// full `localStorage` key is `live-agenda:programme:v1:<url>`). `url`
/// should be the absolute URL, so that pages sharing a file share its copy.
/// The `v1` changes if [`Stored`]'s shape ever does, orphaning old copies
/// rather than misreading them.
pub fn storage_key(url: &str) -> String {
    format!("programme:v1:{url}")
}

/// The last good programme of a source, as kept in the browser's storage:
/// its text exactly as fetched (re-validated on every read, so a copy saved
/// by an older widget is checked by the current rules).
#[derive(Clone, Debug, PartialEq)]
pub struct Stored {
    /// The source it came from (guards against a key collision or edit).
    pub url: String,
    /// When the server last sent or confirmed this text, device clock, ms.
    pub fetched_at_ms: f64,
    pub text: String,
}

impl Stored {
    /// The first line of what [`Stored::encode`] writes.
    const MAGIC: &'static str = "live-agenda stored programme 2";

    /// What is kept in storage: a first line naming the format, the fetch
    /// time (whole milliseconds), the URL, then the text as fetched. Plain
    /// lines rather than JSON: the widget parses no JSON itself (the
    /// browser does, see `programme::value`), and the text needs no
    /// escaping after the last line break.
    pub fn encode(&self) -> String {
        format!(
            "{}\n{}\n{}\n{}",
            Self::MAGIC,
            self.fetched_at_ms.floor() as i64,
            self.url,
            self.text
        )
    }

    /// Reads what [`Stored::encode`] wrote; `None` for anything else
    /// (storage is shared with other scripts, and may hold garbage, or a
    /// copy in an older widget's format, fetched again then).
    pub fn decode(stored: &str) -> Option<Stored> {
        let mut lines = stored.splitn(4, '\n');
        if lines.next()? != Self::MAGIC {
            return None;
        }
        let fetched_at_ms = lines.next()?.parse::<i64>().ok()? as f64;
        let url = lines.next()?.to_owned();
        let text = lines.next()?.to_owned();
        Some(Stored {
            url,
            fetched_at_ms,
            text,
        })
    }
}
