//! What can be wrong with a programme file, where, and how to say it in
//! French or English. Loading collects every problem instead of stopping at
//! the first, so that an organiser fixes the file in one pass.

use std::fmt;

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

    fn name(self, fr: bool) -> &'static str {
        match (self, fr) {
            (ValueType::Null, _) => "null",
            (ValueType::Boolean, false) => "a boolean",
            (ValueType::Boolean, true) => "un booléen",
            (ValueType::Number, false) => "a number",
            (ValueType::Number, true) => "un nombre",
            (ValueType::Integer, false) => "a whole number",
            (ValueType::Integer, true) => "un nombre entier",
            (ValueType::String, false) => "a string",
            (ValueType::String, true) => "une chaîne de caractères",
            (ValueType::Array, false) => "an array",
            (ValueType::Array, true) => "un tableau",
            (ValueType::Object, false) => "an object",
            (ValueType::Object, true) => "un objet",
            (ValueType::LocalisedText, false) => {
                "a text by language, such as {\"fr\": \"…\", \"en\": \"…\"}"
            }
            (ValueType::LocalisedText, true) => {
                "un texte par langue, par exemple {\"fr\": \"…\", \"en\": \"…\"}"
            }
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
}

impl ProblemKind {
    /// The severity this kind always has.
    pub fn severity(&self) -> Severity {
        match self {
            ProblemKind::Overlap { .. }
            | ProblemKind::NotSorted { .. }
            | ProblemKind::NoItems
            | ProblemKind::ZoneFromOffset { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// One sentence saying what is wrong, in French for `"fr"`, else in
    /// English.
    pub fn message(&self, lang: &str) -> String {
        if lang == "fr" {
            self.message_fr()
        } else {
            self.message_en()
        }
    }

    fn message_en(&self) -> String {
        use ProblemKind as K;
        match self {
            K::UnreadableJson {
                at: Some((line, column)),
                detail,
            } => format!("The file is not valid JSON (line {line}, column {column}): {detail}."),
            K::UnreadableJson { at: None, detail } => {
                format!("The file is not valid JSON: {detail}.")
            }
            K::FileTooLarge { bytes, limit } => format!(
                "The file is too large ({bytes} bytes); the limit is {limit} bytes."
            ),
            K::WrongType { expected, found } => format!(
                "Expected {}, found {}.",
                expected.name(false),
                found.name(false)
            ),
            K::UnknownVersion { found } => format!(
                "Unknown format version {found}; this widget reads version 1."
            ),
            K::MissingField => "This required field is missing.".to_owned(),
            K::InvalidTime { value } => format!(
                "\"{value}\" is not a valid time: write HH:MM (on the event date) or a full date-time with offset such as 2022-11-25T09:00:00+01:00."
            ),
            K::InvalidDate { value } => {
                format!("\"{value}\" is not a valid date: write YYYY-MM-DD, e.g. 2022-11-24.")
            }
            K::InvalidDuration { value } => {
                format!("\"{value}\" is not a valid duration: write HH:MM, e.g. 00:45.")
            }
            K::TimeInGap { time, zone } => format!(
                "{time} does not exist on that day in {zone}: the clocks jump forward (daylight saving time) over it."
            ),
            K::UnknownTimeZone { zone } => format!(
                "Unknown time zone \"{zone}\": use an IANA name such as Europe/Paris."
            ),
            K::InvalidDelay { value, min, max } => format!(
                "{value} is not a valid delay: write a whole number of minutes from {min} to {max}, e.g. 10 (negative: earlier than planned)."
            ),
            K::DateRequired { used_at } => format!(
                "The event date is required because {used_at} is a time of day (HH:MM)."
            ),
            K::DuplicateId { id, first } => {
                format!("The id \"{id}\" is already used by {first}; ids must be unique.")
            }
            K::EndBeforeStart => "This item ends before it starts.".to_owned(),
            K::Blank => "This field is empty: it needs at least one non-blank text.".to_owned(),
            K::UnsafeLink { url } => {
                format!("The link \"{url}\" is refused: only http:// and https:// links are allowed.")
            }
            K::TooManyItems { count, limit } => {
                format!("Too many items ({count}); the limit is {limit}.")
            }
            K::TextTooLong { chars, limit } => format!(
                "This text is too long ({chars} characters); the limit is {limit} characters."
            ),
            K::Overlap { other } => {
                format!("This item overlaps \"{other}\" in the same room.")
            }
            K::NotSorted { previous } => format!(
                "This item starts before \"{previous}\", which comes before it in the file; items are shown in file order."
            ),
            K::NoItems => "The programme has no items.".to_owned(),
            K::ZoneFromOffset { zone } => format!(
                "The file names no time zone; times are shown in {zone}, a fixed offset without daylight saving time."
            ),
        }
    }

    fn message_fr(&self) -> String {
        use ProblemKind as K;
        match self {
            K::UnreadableJson {
                at: Some((line, column)),
                detail,
            } => format!(
                "Le fichier n'est pas du JSON valide (ligne {line}, colonne {column}) : {detail}."
            ),
            K::UnreadableJson { at: None, detail } => {
                format!("Le fichier n'est pas du JSON valide : {detail}.")
            }
            K::FileTooLarge { bytes, limit } => format!(
                "Le fichier est trop gros ({bytes} octets) ; la limite est de {limit} octets."
            ),
            K::WrongType { expected, found } => format!(
                "Il faut {}, mais on trouve {}.",
                expected.name(true),
                found.name(true)
            ),
            K::UnknownVersion { found } => format!(
                "Version de format inconnue {found} ; ce widget lit la version 1."
            ),
            K::MissingField => "Ce champ obligatoire est absent.".to_owned(),
            K::InvalidTime { value } => format!(
                "« {value} » n'est pas une heure valide : écrivez HH:MM (à la date de l'événement) ou une date-heure complète avec décalage, comme 2022-11-25T09:00:00+01:00."
            ),
            K::InvalidDate { value } => format!(
                "« {value} » n'est pas une date valide : écrivez AAAA-MM-JJ, par exemple 2022-11-24."
            ),
            K::InvalidDuration { value } => format!(
                "« {value} » n'est pas une durée valide : écrivez HH:MM, par exemple 00:45."
            ),
            K::TimeInGap { time, zone } => format!(
                "{time} n'existe pas ce jour-là dans le fuseau {zone} : les horloges sautent cette heure (passage à l'heure d'été)."
            ),
            K::UnknownTimeZone { zone } => format!(
                "Fuseau horaire inconnu « {zone} » : utilisez un nom IANA comme Europe/Paris."
            ),
            K::InvalidDelay { value, min, max } => format!(
                "{value} n'est pas un retard valide : écrivez un nombre entier de minutes de {min} à {max}, par exemple 10 (négatif : plus tôt que prévu)."
            ),
            K::DateRequired { used_at } => format!(
                "La date de l'événement est obligatoire car {used_at} est une heure seule (HH:MM)."
            ),
            K::DuplicateId { id, first } => format!(
                "L'identifiant « {id} » est déjà utilisé par {first} ; les identifiants doivent être uniques."
            ),
            K::EndBeforeStart => "Cet élément finit avant de commencer.".to_owned(),
            K::Blank => {
                "Ce champ est vide : il faut au moins un texte non vide.".to_owned()
            }
            K::UnsafeLink { url } => format!(
                "Le lien « {url} » est refusé : seuls les liens http:// et https:// sont acceptés."
            ),
            K::TooManyItems { count, limit } => {
                format!("Trop d'éléments ({count}) ; la limite est de {limit}.")
            }
            K::TextTooLong { chars, limit } => format!(
                "Ce texte est trop long ({chars} caractères) ; la limite est de {limit} caractères."
            ),
            K::Overlap { other } => {
                format!("Cet élément chevauche « {other} » dans la même salle.")
            }
            K::NotSorted { previous } => format!(
                "Cet élément commence avant « {previous} », placé avant lui dans le fichier ; les éléments sont affichés dans l'ordre du fichier."
            ),
            K::NoItems => "Le programme ne contient aucun élément.".to_owned(),
            K::ZoneFromOffset { zone } => format!(
                "Le fichier ne nomme pas de fuseau horaire ; les heures sont affichées en {zone}, un décalage fixe sans heure d'été."
            ),
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

    /// The sentence describing the problem (without the path), in French
    /// for `"fr"`, else in English.
    pub fn message(&self, lang: &str) -> String {
        self.kind.message(lang)
    }

    /// `path: message`, or just the message for the whole file.
    pub fn describe(&self, lang: &str) -> String {
        if self.path.is_empty() {
            self.message(lang)
        } else {
            format!("{}: {}", self.path, self.message(lang))
        }
    }
}

/// English, with the path: `sessions[3].start: …`.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe("en"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One value of every kind. The `match` has no wildcard so that a new
    /// kind fails to compile here until it gets a sample (and thus is
    /// checked for both languages).
    fn one_of_each() -> Vec<ProblemKind> {
        use ProblemKind as K;
        let s = || "x".to_owned();
        let all = vec![
            K::UnreadableJson {
                at: Some((1, 2)),
                detail: s(),
            },
            K::UnreadableJson {
                at: None,
                detail: s(),
            },
            K::FileTooLarge { bytes: 9, limit: 8 },
            K::WrongType {
                expected: ValueType::LocalisedText,
                found: ValueType::Null,
            },
            K::UnknownVersion { found: s() },
            K::MissingField,
            K::InvalidTime { value: s() },
            K::InvalidDate { value: s() },
            K::InvalidDuration { value: s() },
            K::TimeInGap {
                time: s(),
                zone: s(),
            },
            K::UnknownTimeZone { zone: s() },
            K::InvalidDelay {
                value: s(),
                min: -1,
                max: 1,
            },
            K::DateRequired { used_at: s() },
            K::DuplicateId {
                id: s(),
                first: s(),
            },
            K::EndBeforeStart,
            K::Blank,
            K::UnsafeLink { url: s() },
            K::TooManyItems { count: 9, limit: 8 },
            K::TextTooLong { chars: 9, limit: 8 },
            K::Overlap { other: s() },
            K::NotSorted { previous: s() },
            K::NoItems,
            K::ZoneFromOffset { zone: s() },
        ];
        for k in &all {
            match k {
                K::UnreadableJson { .. }
                | K::FileTooLarge { .. }
                | K::WrongType { .. }
                | K::UnknownVersion { .. }
                | K::MissingField
                | K::InvalidTime { .. }
                | K::InvalidDate { .. }
                | K::InvalidDuration { .. }
                | K::TimeInGap { .. }
                | K::UnknownTimeZone { .. }
                | K::InvalidDelay { .. }
                | K::DateRequired { .. }
                | K::DuplicateId { .. }
                | K::EndBeforeStart
                | K::Blank
                | K::UnsafeLink { .. }
                | K::TooManyItems { .. }
                | K::TextTooLong { .. }
                | K::Overlap { .. }
                | K::NotSorted { .. }
                | K::NoItems
                | K::ZoneFromOffset { .. } => {}
            }
        }
        all
    }

    #[test]
    fn every_kind_has_distinct_french_and_english_messages() {
        let all = one_of_each();
        let mut seen = std::collections::HashSet::new();
        for kind in &all {
            let (fr, en) = (kind.message("fr"), kind.message("en"));
            assert!(!fr.trim().is_empty() && !en.trim().is_empty(), "{kind:?}");
            assert_ne!(fr, en, "{kind:?}");
            assert!(seen.insert(fr), "French message repeated: {kind:?}");
            assert!(seen.insert(en), "English message repeated: {kind:?}");
        }
    }

    #[test]
    fn unknown_languages_get_english() {
        let k = ProblemKind::MissingField;
        assert_eq!(k.message("de"), k.message("en"));
    }

    #[test]
    fn limits_are_stated_in_the_message() {
        let k = ProblemKind::TooManyItems {
            count: 6000,
            limit: 5000,
        };
        assert!(k.message("en").contains("5000") && k.message("fr").contains("5000"));
    }

    #[test]
    fn describe_prefixes_the_path_except_at_the_root() {
        let p = Problem::new("sessions[3].start", ProblemKind::MissingField);
        assert!(p.describe("en").starts_with("sessions[3].start: "));
        assert!(p.to_string().starts_with("sessions[3].start: "));
        let root = Problem::new("", ProblemKind::NoItems);
        assert_eq!(root.describe("fr"), root.message("fr"));
        assert_eq!(root.severity, Severity::Warning);
    }
}
