//! The words of `check-programme`'s report. Only the native checker uses
//! them, so they never reach the widget's wasm.

use crate::i18n::lang::Lang;

/// A label of the checker's report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CliWord {
    /// Before the organisers' announcement.
    Notice,
    /// Before a warning.
    Warning,
    /// Before an error.
    Error,
    /// Before a delayed item's planned time.
    Planned,
}

/// `word` in `lang`.
pub fn cli_word(lang: Lang, word: CliWord) -> &'static str {
    match (lang, word) {
        (Lang::Fr, CliWord::Notice) => "annonce",
        (Lang::En, CliWord::Notice) => "notice",
        (Lang::Fr, CliWord::Warning) => "avertissement",
        (Lang::En, CliWord::Warning) => "warning",
        (Lang::Fr, CliWord::Error) => "erreur",
        (Lang::En, CliWord::Error) => "error",
        (Lang::Fr, CliWord::Planned) => "prévu",
        (Lang::En, CliWord::Planned) => "planned",
    }
}

/// The summary line of a programme that items `items` long: "Title
/// (Europe/Paris, 8 items)".
pub fn programme_summary(lang: Lang, title: &str, zone: &str, items: usize) -> String {
    match lang {
        Lang::Fr => format!("{title} ({zone}, {items} éléments)"),
        Lang::En => format!("{title} ({zone}, {items} items)"),
    }
}

/// The last line for an invalid file: "programme.json: invalid (3
/// error(s))".
pub fn invalid_summary(lang: Lang, file: &str, errors: usize) -> String {
    match lang {
        Lang::Fr => format!("{file} : invalide ({errors} erreur(s))"),
        Lang::En => format!("{file}: invalid ({errors} error(s))"),
    }
}

/// Why an input could not be read as text at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// Reading failed; the system's own (English) description.
    Io(String),
    /// The bytes are not UTF-8; the offset of the first invalid one.
    NotUtf8 { offset: usize },
}

/// The sentence of `check-programme --json` for an input it could not
/// read: "The file is not UTF-8 text (invalid byte at offset 22)."
pub fn unreadable_message(lang: Lang, reason: &Unreadable) -> String {
    match (lang, reason) {
        (Lang::Fr, Unreadable::Io(detail)) => {
            format!("Le fichier ne peut pas être lu\u{a0}: {detail}.")
        }
        (Lang::En, Unreadable::Io(detail)) => format!("The file cannot be read: {detail}."),
        (Lang::Fr, Unreadable::NotUtf8 { offset }) => {
            format!("Le fichier n’est pas du texte UTF-8 (octet invalide à la position {offset}).")
        }
        (Lang::En, Unreadable::NotUtf8 { offset }) => {
            format!("The file is not UTF-8 text (invalid byte at offset {offset}).")
        }
    }
}
