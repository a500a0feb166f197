//! What can be wrong with a programme file, and where (the sentences that
//! say it are in `i18n::problems`). Loading collects every problem instead of stopping at
//! the first, so that an organiser fixes the file in one pass.

/// Whether a problem makes the file unusable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Severity {
    /// The file is refused.
    Error,
    /// The file is used, but something looks like a mistake.
    Warning,
}

/// The shape of a JSON value, as expected by the format or as found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValueType {
    Null,
    Boolean,
    Number,
    /// A number without fraction (`10`, `-5`).
    Integer,
    String,
    Array,
    Object,
    /// An object from language code to text: `{"fr": "…", "en": "…"}`.
    LocalisedText,
}

impl ValueType {
    /// The type of `value`.
    pub fn of(value: &super::value::Value) -> ValueType {
        use super::value::Value as V;
        match value {
            V::Null => ValueType::Null,
            V::Bool(_) => ValueType::Boolean,
            V::Number(_) => ValueType::Number,
            V::String(_) => ValueType::String,
            V::Array(_) => ValueType::Array,
            V::Object(_) => ValueType::Object,
        }
    }
}

/// What is wrong. The path of the field is in [`Problem::path`]; the
/// message of each kind does not repeat it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ProblemKind {
    /// The text is not JSON; where (line and column, from 1), when the
    /// parser says.
    UnreadableJson {
        at: Option<(usize, usize)>,
        /// The parser's own (English) description.
        detail: String,
    },
    /// The file is larger than [`super::MAX_FILE_BYTES`].
    FileTooLarge { bytes: usize, limit: usize },
    /// A value of the wrong JSON type.
    WrongType {
        expected: ValueType,
        found: ValueType,
    },
    /// `version` is not a version this code knows (only 1).
    UnknownVersion { found: String },
    /// A required field is absent (or `null`).
    MissingField,
    /// Not `HH:MM` nor an RFC 3339 date-time with offset.
    InvalidTime { value: String },
    /// Not a `YYYY-MM-DD` date that exists.
    InvalidDate { value: String },
    /// Not an `HH:MM` duration (imported `schedule.json`).
    InvalidDuration { value: String },
    /// A wall-clock time that does not exist that day: the clocks jump
    /// over it (spring forward).
    TimeInGap { time: String, zone: String },
    /// A time-zone name that is not a known IANA zone.
    UnknownTimeZone { zone: String },
    /// A `delay_minutes` with a fraction or outside `min..=max`; `value` as
    /// written.
    InvalidDelay { value: String, min: i64, max: i64 },
    /// A number of minutes (other than a delay) with a fraction or outside
    /// `min..=max`; `value` as written.
    InvalidMinutes { value: String, min: i64, max: i64 },
    /// Warning: an item's link of a kind this code does not know (the
    /// link is not shown).
    UnknownLinkKind { found: String },
    /// A time of day was given but `event.date` is missing.
    DateRequired { used_at: String },
    /// The same id is used twice; `first` is the path of the first use.
    DuplicateId { id: String, first: String },
    /// An item ends before it starts.
    EndBeforeStart,
    /// A title, label or id with no non-blank text.
    Blank,
    /// A link that is not `http://` or `https://`.
    UnsafeLink { url: String },
    /// More items than [`super::MAX_ITEMS`].
    TooManyItems { count: usize, limit: usize },
    /// A text longer than [`super::MAX_TEXT_CHARS`] characters.
    TextTooLong { chars: usize, limit: usize },
    /// Warning: two items in the same room overlap in time.
    Overlap { other: String },
    /// Warning: an item starts before the one written before it.
    NotSorted { previous: String },
    /// Warning: the programme has no items.
    NoItems,
    /// Warning (import): the file names no time zone, so times are shown in
    /// a fixed-offset zone derived from the dates, without daylight saving.
    ZoneFromOffset { zone: String },
    /// A `schedule.json` export (frab, pretalx) the widget could not
    /// convert: the widget reads v1 itself, and exports through a
    /// converter loaded only for them (the browser's `convert`), which was
    /// not there.
    ExportNotConverted,
    /// A problem the converter of exports found, said in both languages
    /// by it (it runs as its own module, so the kind itself does not cross).
    Described {
        fr: String,
        en: String,
        warning: bool,
    },
}

impl ProblemKind {
    /// The severity this kind always has.
    pub fn severity(&self) -> Severity {
        match self {
            ProblemKind::Overlap { .. }
            | ProblemKind::NotSorted { .. }
            | ProblemKind::NoItems
            | ProblemKind::UnknownLinkKind { .. }
            | ProblemKind::ZoneFromOffset { .. }
            | ProblemKind::Described { warning: true, .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

/// One problem found in a programme file.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Problem {
    /// Where: `sessions[3].start`, `event.timezone`, `event.links[0].url`;
    /// empty for the whole file.
    pub path: String,
    pub severity: Severity,
    pub kind: ProblemKind,
}

impl Problem {
    /// A problem of `kind` at `path`, with the kind's severity.
    pub fn new(path: impl Into<String>, kind: ProblemKind) -> Problem {
        Problem {
            path: path.into(),
            severity: kind.severity(),
            kind,
        }
    }

    /// Whether this problem makes the file unusable.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}
