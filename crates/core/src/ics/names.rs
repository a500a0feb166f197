//! The calendar file's name and its events' UIDs: stable, readable, safe
//! on every file system.

use std::fmt::Write as _;

use super::Selection;
use crate::i18n::{pick, Lang};
use crate::programme::model::{Item, Programme, Text};
use crate::programme::time::civil_from_days;

/// Slugs longer than this are cut (at a word boundary when there is one):
/// a file name or UID stays readable and well under any file system limit.
const MAX_SLUG: usize = 48;

/// The download's file name: the item's id (`fercoq-adam.ics`) for one
/// item, else the event's title (`atelier-optimisation.ics`, French first
/// as for [`uid`]), followed by `-selection` for the visitor's starred
/// sessions. Lower-case ASCII letters, digits and `-` only (accents are
/// dropped from their letters), at most 48 characters before `.ics`, never
/// empty, never a reserved Windows device name.
pub fn file_name(programme: &Programme, only: Selection) -> String {
    let event = || {
        non_empty(slug(stable_text(&programme.event.title), MAX_SLUG))
            .unwrap_or_else(|| "programme".to_owned())
    };
    let base = match only {
        Selection::Item(id) => {
            // An id with no Latin letter or digit: the item's title, then a
            // generic name.
            let title = || {
                let item = programme.items.iter().find(|i| i.id == id)?;
                Some(slug(stable_text(&item.title), MAX_SLUG))
            };
            non_empty(slug(id, MAX_SLUG))
                .or_else(|| title().and_then(non_empty))
                .unwrap_or_else(|| "session".to_owned())
        }
        Selection::All => event(),
        // The event's name stays readable: the suffix comes after its cut.
        Selection::Mine(_) => format!("{}-selection", event()),
    };
    // `con.ics`, `nul.ics`… cannot be saved on Windows, whatever follows
    // the dot.
    let reserved = matches!(base.as_str(), "con" | "prn" | "aux" | "nul")
        || (base.len() == 4
            && (base.starts_with("com") || base.starts_with("lpt"))
            && base.as_bytes()[3].is_ascii_digit());
    if reserved {
        format!("{base}-agenda.ics")
    } else {
        format!("{base}.ics")
    }
}

/// The `UID` of `item`: `<id>.<yyyymmdd>.<event slug>@live-agenda`, the
/// same whatever the language and the export (see the module notes). The id
/// is kept as is when it is made of ASCII letters, digits, `-` and `_`, and
/// percent-encoded otherwise, so that two ids never share a UID.
pub fn uid(programme: &Programme, item: &Item) -> String {
    let date = programme
        .event
        .date
        .or_else(|| {
            let first = programme.items.iter().map(|i| i.start).min()?;
            Some(civil_from_days(first.0.div_euclid(86_400)))
        })
        .map_or_else(
            || "00000000".to_owned(),
            |d| format!("{:04}{:02}{:02}", d.year, d.month, d.day),
        );
    let event = slug(stable_text(&programme.event.title), MAX_SLUG);
    let event = if event.is_empty() { "event" } else { &event };
    let mut id = String::new();
    for b in item.id.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' {
            id.push(char::from(b));
        } else {
            // `.` is the separator and `%` the escape: both encoded too.
            let _ = write!(id, "%{b:02X}");
        }
    }
    format!("{id}.{date}.{event}@live-agenda")
}

/// `s` unless it is empty.
fn non_empty(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

/// The text used for identities (UIDs, file names): French, else English,
/// else the first language, so it never depends on the visitor's choice.
fn stable_text(text: &Text) -> &str {
    pick(Lang::Fr, text).map_or("", |p| p.text)
}

/// `text` as the programme's search compares it: lower-case ASCII
/// letters without their accents and digits, words joined by single `-`
/// (« Éric Fercoq » → `eric-fercoq`). Script that is not Latin is dropped.
pub fn fold(text: &str) -> String {
    slug(text, usize::MAX)
}

/// A lower-case ASCII slug of `text`: letters with their accents dropped
/// (`é` → `e`, `œ` → `oe`), digits, and single `-` between words; at most
/// `max` bytes, cut at a `-` when one falls in the second half.
fn slug(text: &str, max: usize) -> String {
    let mut out = String::new();
    let mut pending_dash = false;
    // ASCII lowering plus the Latin capitals below: the full Unicode case
    // tables would cost the widget ~4 KB brotli for file names.
    for c in text.chars().map(|c| c.to_ascii_lowercase()) {
        let mut buf = [0; 4];
        let ascii = match c {
            'a'..='z' | '0'..='9' => c.encode_utf8(&mut buf),
            c => match transliterate(c) {
                Some(s) => s,
                None => {
                    pending_dash = true;
                    continue;
                }
            },
        };
        if pending_dash && !out.is_empty() {
            out.push('-');
        }
        pending_dash = false;
        out.push_str(ascii);
        if out.len() > max {
            break;
        }
    }
    if out.len() > max {
        // Cut at the last word boundary, unless that loses more than half.
        let at_boundary = out.as_bytes()[max] == b'-';
        out.truncate(max);
        if !at_boundary {
            if let Some(cut) = out.rfind('-').filter(|&i| i >= max / 2) {
                out.truncate(cut);
            }
        }
    }
    out
}

/// The ASCII spelling of a lower-case Latin letter with a diacritic (the
/// letters of French, German, Spanish, Italian, Portuguese and the Nordic
/// languages); `None` for anything else, which then separates words.
fn transliterate(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'ď' | 'đ' | 'ð' | 'Ď' | 'Đ' | 'Ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'Į' | 'İ' => {
            "i"
        }
        'ł' | 'ľ' | 'Ł' | 'Ľ' => "l",
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => "o",
        'œ' | 'Œ' => "oe",
        'ř' | 'Ř' => "r",
        'ś' | 'š' | 'ş' | 'Ś' | 'Š' | 'Ş' => "s",
        'ß' => "ss",
        'ť' | 'ţ' | 'Ť' | 'Ţ' => "t",
        'þ' | 'Þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' | 'Ų' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_drop_accents_and_join_words() {
        assert_eq!(slug("Atelier optimisation", 48), "atelier-optimisation");
        assert_eq!(slug("ÉCOLE Œuvre Ça", 48), "ecole-oeuvre-ca");
        assert_eq!(slug("Fin de l’atelier", 48), "fin-de-l-atelier");
        assert_eq!(slug("  Œuvre — été 2022!  ", 48), "oeuvre-ete-2022");
        assert_eq!(slug("日本語", 48), "");
        assert_eq!(slug("aaaa bbbb cccc", 11), "aaaa-bbbb");
        assert_eq!(slug("aaaa bbbb cccc", 9), "aaaa-bbbb");
        assert_eq!(slug("aaaa bbbbbbbbbb", 9), "aaaa");
        assert_eq!(slug("aaaaaaa bbbb", 9), "aaaaaaa");
    }
}
