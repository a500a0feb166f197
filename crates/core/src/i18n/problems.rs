//! What is wrong in a programme file, said in French or English: the same
//! words in the widget's `[data-error]` and in `check-programme`.

use crate::i18n::lang::Lang;
use crate::programme::problem::{Problem, ProblemKind, ValueType};

/// One sentence saying what is wrong (without the path).
pub fn problem_message(lang: Lang, kind: &ProblemKind) -> String {
    match lang {
        Lang::Fr => message_fr(kind),
        Lang::En => message_en(kind),
    }
}

/// `path: message`, or just the message for the whole file.
pub fn problem_line(lang: Lang, problem: &Problem) -> String {
    let message = problem_message(lang, &problem.kind);
    if problem.path.is_empty() {
        message
    } else {
        format!("{}: {message}", problem.path)
    }
}

/// A JSON type's name, in French when `fr`.
fn value_type(ty: ValueType, fr: bool) -> &'static str {
    match (ty, fr) {
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

fn message_en(kind: &ProblemKind) -> String {
    use ProblemKind as K;
    match kind {
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
                value_type(*expected, false),
                value_type(*found, false)
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
            K::InvalidMinutes { value, min, max } => format!(
                "{value} is not valid here: write a whole number of minutes from {min} to {max}."
            ),
            K::UnknownLinkKind { found } => format!(
                "Unknown link kind \"{found}\", so the link is not shown: use stream, slides, video, qa or page."
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
            K::ExportNotConverted => "This file is a schedule.json export (frab, pretalx); its converter could not be loaded.".to_owned(),
            K::Described { en, .. } => en.clone(),
            K::ZoneFromOffset { zone } => format!(
                "The file names no time zone; times are shown in {zone}, a fixed offset without daylight saving time."
            ),
        }
}

fn message_fr(kind: &ProblemKind) -> String {
    use ProblemKind as K;
    match kind {
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
                value_type(*expected, true),
                value_type(*found, true)
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
            K::InvalidMinutes { value, min, max } => format!(
                "{value} n'est pas valide ici : écrivez un nombre entier de minutes de {min} à {max}."
            ),
            K::UnknownLinkKind { found } => format!(
                "Type de lien inconnu « {found} », le lien n'est donc pas affiché : utilisez stream, slides, video, qa ou page."
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
            K::ExportNotConverted => "Ce fichier est un export schedule.json (frab, pretalx) ; son convertisseur n'a pas pu être chargé.".to_owned(),
            K::Described { fr, .. } => fr.clone(),
            K::ZoneFromOffset { zone } => format!(
                "Le fichier ne nomme pas de fuseau horaire ; les heures sont affichées en {zone}, un décalage fixe sans heure d'été."
            ),
        }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme::problem::ValueType;

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
            K::InvalidMinutes {
                value: s(),
                min: 0,
                max: 1,
            },
            K::UnknownLinkKind { found: s() },
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
            K::ExportNotConverted,
            K::Described {
                fr: "un problème".to_owned(),
                en: "a problem".to_owned(),
                warning: false,
            },
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
                | K::InvalidMinutes { .. }
                | K::UnknownLinkKind { .. }
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
                | K::ZoneFromOffset { .. }
                | K::ExportNotConverted
                | K::Described { .. } => {}
            }
        }
        all
    }

    #[test]
    fn every_kind_has_distinct_french_and_english_messages() {
        let all = one_of_each();
        let mut seen = std::collections::HashSet::new();
        for kind in &all {
            let (fr, en) = (
                problem_message(Lang::Fr, kind),
                problem_message(Lang::En, kind),
            );
            assert!(!fr.trim().is_empty() && !en.trim().is_empty(), "{kind:?}");
            assert_ne!(fr, en, "{kind:?}");
            assert!(seen.insert(fr), "French message repeated: {kind:?}");
            assert!(seen.insert(en), "English message repeated: {kind:?}");
        }
    }

    #[test]
    fn limits_are_stated_in_the_message() {
        let k = ProblemKind::TooManyItems {
            count: 6000,
            limit: 5000,
        };
        assert!(
            problem_message(Lang::En, &k).contains("5000")
                && problem_message(Lang::Fr, &k).contains("5000")
        );
    }

    #[test]
    fn describe_prefixes_the_path_except_at_the_root() {
        let p = Problem::new("sessions[3].start", ProblemKind::MissingField);
        assert!(problem_line(Lang::En, &p).starts_with("sessions[3].start: "));
        let root = Problem::new("", ProblemKind::NoItems);
        assert_eq!(
            problem_line(Lang::Fr, &root),
            problem_message(Lang::Fr, &root.kind)
        );
    }
}
