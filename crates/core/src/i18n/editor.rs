//! The words of the organisers' tools (issue 15): a delay that cannot be
//! applied, and the report of rows pasted from a spreadsheet. The editor
//! and `check-programme --from tsv` use them; the widget never does, so
//! they never reach its wasm.

use crate::i18n::lang::Lang;
use crate::programme::delay::DelayError;

/// Why a delay could not be applied.
pub fn delay_error_message(lang: Lang, error: &DelayError) -> String {
    match (lang, error) {
        (Lang::Fr, DelayError::UnknownItem(id)) => {
            format!("Aucun élément du programme n’a l’identifiant «\u{a0}{id}\u{a0}».")
        }
        (Lang::En, DelayError::UnknownItem(id)) => {
            format!("No item of the programme has the id \u{201c}{id}\u{201d}.")
        }
        (Lang::Fr, DelayError::OutOfRange { minutes, min, max }) => format!(
            "Un retard de {minutes}\u{a0}min n’est pas possible\u{a0}: de {min} à {max}\u{a0}min."
        ),
        (Lang::En, DelayError::OutOfRange { minutes, min, max }) => {
            format!("A delay of {minutes} min is not possible: from {min} to {max} min.")
        }
    }
}
