//! What the widget says about its programme's source: why it could not be
//! loaded (`[data-error]`), and how fresh the copy shown is
//! (`[data-notice]`).

use crate::i18n::format::{duration, format_time};
use crate::i18n::lang::{localised, Lang};
use crate::i18n::problems::problem_message;
use crate::programme::model::{CivilTime, Instant, LocalDateTime, Text};
use crate::sync::{Failure, Notice, FETCH_TIMEOUT_MS};

/// The body of `[data-error]` when fetching failed: names the file.
fn fetch_failed(lang: Lang, url: &str, reason: &str) -> String {
    match lang {
        Lang::Fr => format!("Impossible de récupérer {url}\u{a0}: {reason}"),
        Lang::En => format!("Could not fetch {url}: {reason}"),
    }
}

/// The lead of `[data-error]` when the programme fails validation; the
/// problems, each with its path, are listed after it.
fn invalid_file(lang: Lang, file: &str) -> String {
    match lang {
        Lang::Fr => format!("Le fichier {file} n’est pas un programme valide\u{a0}:"),
        Lang::En => format!("The file {file} is not a valid programme:"),
    }
}

/// `[data-notice]` when showing the stored copy offline, `minutes` old.
pub fn offline_copy(lang: Lang, minutes: u64) -> String {
    let age = duration(lang, minutes);
    match lang {
        Lang::Fr => format!("Hors ligne\u{a0}: programme d’il y a {age}"),
        Lang::En => format!("Offline: programme as of {age} ago"),
    }
}

/// `[data-notice]` about the freshness of the programme shown (see
/// [`crate::sync::Notice`]); `local` gives the wall clock of an instant in
/// the zone shown.
pub fn sync_notice(
    lang: Lang,
    notice: &Notice,
    local: impl Fn(Instant) -> LocalDateTime,
) -> String {
    let age = |minutes: i64| duration(lang, u64::try_from(minutes).unwrap_or(0));
    match notice {
        Notice::UpdatedAt(at) => updated_at(lang, local(*at).time),
        Notice::StoredCopy { age_minutes } => match lang {
            Lang::Fr => format!(
                "Copie enregistrée sur cet appareil, d’il y a {}",
                age(*age_minutes)
            ),
            Lang::En => format!("Copy saved on this device, from {} ago", age(*age_minutes)),
        },
        Notice::StaleBecause {
            reason,
            age_minutes,
        } if reason.is_offline() => offline_copy(lang, u64::try_from(*age_minutes).unwrap_or(0)),
        Notice::SinceLastVisit { changes, removed } => since_last_visit(lang, *changes, removed),
        Notice::StaleBecause { age_minutes, .. } => match lang {
            Lang::Fr => format!(
                "Programme d’il y a {} (la mise à jour a échoué)",
                age(*age_minutes)
            ),
            Lang::En => format!(
                "Programme as of {} ago (the update failed)",
                age(*age_minutes)
            ),
        },
    }
}

/// `[data-notice]` when this visit's first answer changed what the visitor
/// saw last time: « 2 changements depuis votre dernière visite », then the
/// titles of the items removed (the others are marked in the list).
pub fn since_last_visit(lang: Lang, changes: usize, removed: &[Text]) -> String {
    let plural = if changes == 1 { "" } else { "s" };
    let mut line = match lang {
        Lang::Fr => format!("{changes}\u{a0}changement{plural} depuis votre dernière visite"),
        Lang::En => format!("{changes}\u{a0}change{plural} since your last visit"),
    };
    if !removed.is_empty() {
        let titles: Vec<String> = removed.iter().map(|t| localised(lang, t).text).collect();
        line.push_str(match lang {
            Lang::Fr => " · Retiré du programme\u{a0}: ",
            Lang::En => " · No longer in the programme: ",
        });
        line.push_str(&titles.join(", "));
    }
    line
}

/// `[data-notice]` after the programme changed.
pub fn updated_at(lang: Lang, time: CivilTime) -> String {
    let time = format_time(lang, time);
    match lang {
        Lang::Fr => format!("Mis à jour à {time}"),
        Lang::En => format!("Updated at {time}"),
    }
}

/// What `[data-error]` says: a lead naming the file and, for a programme
/// that fails validation, each error with the path of its field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorMessage {
    /// The sentence: "Could not fetch {file}: {reason}", or "The file {file}
    /// is not a valid programme:" before the list.
    pub lead: String,
    /// The errors (never the warnings), in file order; empty unless the
    /// file is invalid.
    pub problems: Vec<ProblemLine>,
}

/// One line of [`ErrorMessage::problems`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProblemLine {
    /// Where (`sessions[3].start`); empty for the whole file.
    pub path: String,
    /// What is wrong there.
    pub message: String,
}

/// `[data-error]` for `failure` of the programme at `file`, in `lang`.
pub fn error_message(lang: Lang, file: &str, failure: &Failure) -> ErrorMessage {
    let fr = lang == Lang::Fr;
    // Why a fetch gave nothing usable, as a clause (no capital, no final
    // period): "the server failed (HTTP 500)".
    let reason = match failure {
        Failure::Invalid(problems) => {
            return ErrorMessage {
                lead: invalid_file(lang, file),
                problems: problems
                    .iter()
                    .filter(|p| p.is_error())
                    .map(|p| ProblemLine {
                        path: p.path.clone(),
                        message: problem_message(lang, &p.kind),
                    })
                    .collect(),
            }
        }
        Failure::Network(detail) => {
            let base = if fr {
                "le réseau est injoignable"
            } else {
                "the network could not be reached"
            };
            // The browser's words are technical and English, but they help
            // whoever debugs; they come last, in parentheses.
            match detail.trim() {
                "" => base.to_owned(),
                detail => format!("{base} ({detail})"),
            }
        }
        Failure::Timeout => {
            // An integer: formatting a float would bring Rust's float
            // printing into the wasm (~4 KB brotli) for this one message.
            let seconds = (FETCH_TIMEOUT_MS / 1000.0).round() as u32;
            if fr {
                format!("le serveur n’a pas répondu en {seconds}\u{a0}secondes")
            } else {
                format!("the server did not answer within {seconds} seconds")
            }
        }
        Failure::Http(status) => match (status, fr) {
            (404 | 410, false) => format!("the file was not found (HTTP {status})"),
            (404 | 410, true) => format!("le fichier est introuvable (HTTP {status})"),
            (500.., false) => format!("the server failed (HTTP {status})"),
            (500.., true) => format!("le serveur est en erreur (HTTP {status})"),
            (300..=399, false) => format!("the server sent no programme (HTTP {status})"),
            (300..=399, true) => {
                format!("le serveur n’a pas envoyé de programme (HTTP {status})")
            }
            (_, false) => format!("the server refused the request (HTTP {status})"),
            (_, true) => format!("le serveur a refusé la requête (HTTP {status})"),
        },
        Failure::NotJson if fr => {
            "le serveur a envoyé une page web, pas le fichier JSON (vérifiez l’adresse)".to_owned()
        }
        Failure::NotJson => {
            "the server sent a web page, not the JSON file (check the address)".to_owned()
        }
    };
    ErrorMessage {
        lead: fetch_failed(lang, file, &reason),
        problems: Vec::new(),
    }
}
