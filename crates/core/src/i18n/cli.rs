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
