//! The words of the organisers' tools (issue 15): a delay that cannot be
//! applied, and the report of rows pasted from a spreadsheet. The editor
//! and `check-programme --from tsv` use them; the widget never does, so
//! they never reach its wasm.

use crate::i18n::lang::Lang;
use crate::programme::delay::DelayError;
use crate::programme::rows::{ColumnNote, RowNote, RowProblem, RowsError};

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

/// Why pasted rows could not be read at all.
pub fn rows_error_message(lang: Lang, error: &RowsError) -> &'static str {
    match (lang, error) {
        (Lang::Fr, RowsError::Empty) => "Il n’y a aucune ligne à lire.",
        (Lang::En, RowsError::Empty) => "There is no row to read.",
        (Lang::Fr, RowsError::NoStartColumn) => {
            "La première ligne doit nommer les colonnes, dont «\u{a0}start\u{a0}» (l’heure de début)."
        }
        (Lang::En, RowsError::NoStartColumn) => {
            "The first row must name the columns, \u{201c}start\u{201d} (the start time) among them."
        }
        (Lang::Fr, RowsError::NoTitleColumn) => {
            "La première ligne doit nommer une colonne de titre, «\u{a0}title_fr\u{a0}» ou «\u{a0}title_en\u{a0}»."
        }
        (Lang::En, RowsError::NoTitleColumn) => {
            "The first row must name a title column, \u{201c}title_fr\u{201d} or \u{201c}title_en\u{201d}."
        }
    }
}

/// "Row 5: …", why that row was skipped.
pub fn row_problem_line(lang: Lang, row: usize, problem: &RowProblem) -> String {
    let why = match (lang, problem) {
        (Lang::Fr, RowProblem::MissingStart) => "pas d’heure de début (start)".to_owned(),
        (Lang::En, RowProblem::MissingStart) => "no start time".to_owned(),
        (Lang::Fr, RowProblem::BadTime { column, value }) => format!(
            "«\u{a0}{value}\u{a0}» ({column}) n’est pas une heure (HH:MM, ou une date et heure RFC\u{a0}3339 avec décalage)"
        ),
        (Lang::En, RowProblem::BadTime { column, value }) => format!(
            "\u{201c}{value}\u{201d} ({column}) is not a time (HH:MM, or an RFC 3339 date-time with offset)"
        ),
        (Lang::Fr, RowProblem::MissingTitle) => "pas de titre (title_fr, title_en…)".to_owned(),
        (Lang::En, RowProblem::MissingTitle) => "no title (title_fr, title_en…)".to_owned(),
    };
    let (label, skipped) = (row_label(lang, row), skipped_word(lang));
    format!("{label}{why}{skipped}.")
}

/// "Row 5: …", a remark on a row that was read.
pub fn row_note_line(lang: Lang, row: usize, note: &RowNote) -> String {
    let what = match (lang, note) {
        (Lang::Fr, RowNote::CommaInSpeakers { value }) => format!(
            "«\u{a0}{value}\u{a0}» est lu comme un seul nom\u{a0}; séparez les intervenants par «\u{a0};\u{a0}»."
        ),
        (Lang::En, RowNote::CommaInSpeakers { value }) => format!(
            "\u{201c}{value}\u{201d} is read as one name; separate speakers with \u{201c};\u{201d}."
        ),
        (Lang::Fr, RowNote::ExtraCells { count }) => {
            format!("{count} cellule(s) au-delà de la dernière colonne nommée, ignorée(s).")
        }
        (Lang::En, RowNote::ExtraCells { count }) => {
            format!("{count} cell(s) beyond the last named column, ignored.")
        }
    };
    format!("{}{what}", row_label(lang, row))
}

/// A header column that is ignored.
pub fn column_note_line(lang: Lang, note: &ColumnNote) -> String {
    match (lang, note) {
        (Lang::Fr, ColumnNote::Unknown(name)) => {
            format!("Colonne «\u{a0}{name}\u{a0}» inconnue, ignorée (connues\u{a0}: {KNOWN}).")
        }
        (Lang::En, ColumnNote::Unknown(name)) => {
            format!("Unknown column \u{201c}{name}\u{201d}, ignored (known: {KNOWN}).")
        }
        (Lang::Fr, ColumnNote::Repeated(name)) => {
            format!("Colonne «\u{a0}{name}\u{a0}» en double, ignorée (la première compte).")
        }
        (Lang::En, ColumnNote::Repeated(name)) => {
            format!("Column \u{201c}{name}\u{201d} repeated, ignored (the first one counts).")
        }
    }
}

/// The columns the import reads, as the messages list them.
const KNOWN: &str =
    "start, end, kind, speakers, title_fr, title_en, abstract_fr, abstract_en, room, track, id";

/// "8 rows read, 1 skipped."
pub fn rows_summary(lang: Lang, read: usize, skipped: usize) -> String {
    match lang {
        Lang::Fr => format!("{read} ligne(s) lue(s), {skipped} ignorée(s)."),
        Lang::En => format!("{read} row(s) read, {skipped} skipped."),
    }
}

/// "Row 5: ", before what is said of a row (also before a loader's problem).
pub fn row_label(lang: Lang, row: usize) -> String {
    match lang {
        Lang::Fr => format!("Ligne {row}\u{a0}: "),
        Lang::En => format!("Row {row}: "),
    }
}

/// "Item 3", an item's place in the form (1-based).
pub fn item_legend(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Fr => format!("Élément {n}"),
        Lang::En => format!("Item {n}"),
    }
}

/// "The address answered 404.", why a programme could not be fetched.
pub fn url_status_message(lang: Lang, status: u16) -> String {
    match lang {
        Lang::Fr => format!("L’adresse a répondu {status}\u{a0}: pas de programme à lire."),
        Lang::En => format!("The address answered {status}: no programme to read."),
    }
}

/// "3 problems to fix:", above the form's problems.
pub fn problems_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Fr, 1) => "1 problème à corriger\u{a0}:".to_owned(),
        (Lang::Fr, n) => format!("{n} problèmes à corriger\u{a0}:"),
        (Lang::En, 1) => "1 problem to fix:".to_owned(),
        (Lang::En, n) => format!("{n} problems to fix:"),
    }
}

fn skipped_word(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "\u{a0}; ligne ignorée",
        Lang::En => "; row skipped",
    }
}

/// A sentence of the editor's own page (its labels, buttons and notes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditorMsg {
    /// The page's heading.
    Heading,
    /// The language switch's label.
    Language,
    /// The heading of the "open a programme" part.
    OpenHeading,
    /// The file input's label.
    OpenFile,
    /// The textarea's label for a pasted programme file.
    PasteFile,
    /// The button that opens the pasted text.
    Check,
    /// Shown while nothing is open.
    NothingOpen,
    /// Above the problems of an invalid file.
    Invalid,
    /// Above the warnings of a valid file.
    Warnings,
    /// The heading of the list of items.
    Items,
    /// The heading of the "paste rows" part.
    RowsHeading,
    /// The textarea's label for pasted spreadsheet rows.
    PasteRows,
    /// The button that reads the pasted rows.
    ReadRows,
    /// Why rows cannot be read yet: no valid programme gives the event.
    RowsNeedEvent,
    /// The button that downloads the programme.
    Download,
    /// Why there is nothing to download yet.
    NothingToDownload,
    /// A file could not be read from the disk.
    FileUnreadable,
    /// The button that starts a new, empty programme.
    NewProgramme,
    /// The heading of the form.
    FormHeading,
    /// The heading of the event's fields.
    EventHeading,
    /// A title field's label (the event's, an item's).
    Title,
    /// The time zone field's label.
    TimeZone,
    /// The date field's label.
    Date,
    /// The practical information field's label.
    Info,
    /// The announcement field's label.
    Notice,
    /// The heading of the event's links.
    Links,
    /// A link's label field.
    LinkLabel,
    /// A link's address field.
    LinkUrl,
    /// The button that adds a link.
    AddLink,
    /// The button that removes a link.
    RemoveLink,
    /// An item's kind field.
    Kind,
    /// The kind "not said".
    KindUnsaid,
    /// An item's start field.
    Start,
    /// An item's end field.
    End,
    /// An item's delay field.
    Delay,
    /// An item's speakers field.
    Speakers,
    /// An item's abstract field.
    Abstract,
    /// An item's room field.
    Room,
    /// An item's id field.
    Id,
    /// The button that moves an item earlier.
    MoveUp,
    /// The button that moves an item later.
    MoveDown,
    /// The button that removes an item.
    RemoveItem,
    /// The button that adds an item after another.
    AddAfter,
    /// The button that adds an item at the end.
    AddItem,
    /// Said when the form's programme is valid.
    Valid,
    /// The preview's heading.
    PreviewHeading,
    /// The preview's time slider.
    PreviewTime,
    /// The preview's language switch.
    PreviewLang,
    /// Said when the preview shows an earlier, valid version.
    PreviewStale,
    /// Said when there is no valid version to preview yet.
    PreviewNone,
    /// The address field's label.
    OpenUrl,
    /// The button that opens the address.
    OpenUrlButton,
    /// Said when the address gave no answer.
    UrlUnreachable,
    /// Said when the editor shows the draft kept from the last visit.
    DraftRestored,
}

/// The editor page's sentence `msg` in `lang`.
pub fn editor_text(lang: Lang, msg: EditorMsg) -> &'static str {
    use EditorMsg::*;
    match (lang, msg) {
        (Lang::Fr, Heading) => "Éditeur de programme",
        (Lang::En, Heading) => "Programme editor",
        (Lang::Fr, Language) => "Langue",
        (Lang::En, Language) => "Language",
        (Lang::Fr, OpenHeading) => "Ouvrir un programme",
        (Lang::En, OpenHeading) => "Open a programme",
        (Lang::Fr, OpenFile) => "Fichier du programme (JSON)",
        (Lang::En, OpenFile) => "Programme file (JSON)",
        (Lang::Fr, PasteFile) => "Ou collez le texte du fichier",
        (Lang::En, PasteFile) => "Or paste the file’s text",
        (Lang::Fr, Check) => "Ouvrir",
        (Lang::En, Check) => "Open",
        (Lang::Fr, NothingOpen) => "Aucun programme ouvert.",
        (Lang::En, NothingOpen) => "No programme open.",
        (Lang::Fr, Invalid) => "Ce programme n’est pas valide\u{a0}:",
        (Lang::En, Invalid) => "This programme is not valid:",
        (Lang::Fr, Warnings) => "À vérifier\u{a0}:",
        (Lang::En, Warnings) => "Worth a look:",
        (Lang::Fr, Items) => "Éléments du programme",
        (Lang::En, Items) => "Items of the programme",
        (Lang::Fr, RowsHeading) => "Coller des lignes d’un tableur",
        (Lang::En, RowsHeading) => "Paste rows from a spreadsheet",
        (Lang::Fr, PasteRows) => {
            "Lignes séparées par des tabulations, la première nommant les colonnes (start, end, kind, speakers, title_fr, title_en…)"
        }
        (Lang::En, PasteRows) => {
            "Tab-separated rows, the first naming the columns (start, end, kind, speakers, title_fr, title_en…)"
        }
        (Lang::Fr, ReadRows) => "Lire les lignes",
        (Lang::En, ReadRows) => "Read the rows",
        (Lang::Fr, RowsNeedEvent) => {
            "Ouvrez d’abord un programme valide\u{a0}: les lignes prennent son événement (titre, date, fuseau)."
        }
        (Lang::En, RowsNeedEvent) => {
            "Open a valid programme first: the rows take its event (title, date, time zone)."
        }
        (Lang::Fr, Download) => "Télécharger le programme (JSON)",
        (Lang::En, Download) => "Download the programme (JSON)",
        (Lang::Fr, NothingToDownload) => "Rien à télécharger\u{a0}: aucun programme valide.",
        (Lang::En, NothingToDownload) => "Nothing to download: no valid programme.",
        (Lang::Fr, FileUnreadable) => "Ce fichier n’a pas pu être lu.",
        (Lang::En, FileUnreadable) => "This file could not be read.",
        (Lang::Fr, NewProgramme) => "Nouveau programme",
        (Lang::En, NewProgramme) => "New programme",
        (Lang::Fr, FormHeading) => "Le programme",
        (Lang::En, FormHeading) => "The programme",
        (Lang::Fr, EventHeading) => "L’événement",
        (Lang::En, EventHeading) => "The event",
        (Lang::Fr, Title) => "Titre",
        (Lang::En, Title) => "Title",
        (Lang::Fr, TimeZone) => "Fuseau horaire",
        (Lang::En, TimeZone) => "Time zone",
        (Lang::Fr, Date) => "Date",
        (Lang::En, Date) => "Date",
        (Lang::Fr, Info) => "Informations pratiques",
        (Lang::En, Info) => "Practical information",
        (Lang::Fr, Notice) => "Annonce du moment",
        (Lang::En, Notice) => "Announcement",
        (Lang::Fr, Links) => "Liens",
        (Lang::En, Links) => "Links",
        (Lang::Fr, LinkLabel) => "Libellé",
        (Lang::En, LinkLabel) => "Label",
        (Lang::Fr, LinkUrl) => "Adresse (https://…)",
        (Lang::En, LinkUrl) => "Address (https://…)",
        (Lang::Fr, AddLink) => "Ajouter un lien",
        (Lang::En, AddLink) => "Add a link",
        (Lang::Fr, RemoveLink) => "Retirer ce lien",
        (Lang::En, RemoveLink) => "Remove this link",
        (Lang::Fr, Kind) => "Type",
        (Lang::En, Kind) => "Kind",
        (Lang::Fr, KindUnsaid) => "Non précisé (exposé s’il y a des intervenants)",
        (Lang::En, KindUnsaid) => "Not said (a talk if it has speakers)",
        (Lang::Fr, Start) => "Début (HH:MM)",
        (Lang::En, Start) => "Start (HH:MM)",
        (Lang::Fr, End) => "Fin (HH:MM, facultative)",
        (Lang::En, End) => "End (HH:MM, optional)",
        (Lang::Fr, Delay) => "Retard (minutes)",
        (Lang::En, Delay) => "Delay (minutes)",
        (Lang::Fr, Speakers) => "Intervenants (un par ligne)",
        (Lang::En, Speakers) => "Speakers (one a line)",
        (Lang::Fr, Abstract) => "Résumé",
        (Lang::En, Abstract) => "Abstract",
        (Lang::Fr, Room) => "Salle",
        (Lang::En, Room) => "Room",
        (Lang::Fr, Id) => "Identifiant (dans les liens)",
        (Lang::En, Id) => "Identifier (in links)",
        (Lang::Fr, MoveUp) => "Monter",
        (Lang::En, MoveUp) => "Move up",
        (Lang::Fr, MoveDown) => "Descendre",
        (Lang::En, MoveDown) => "Move down",
        (Lang::Fr, RemoveItem) => "Retirer",
        (Lang::En, RemoveItem) => "Remove",
        (Lang::Fr, AddAfter) => "Ajouter après",
        (Lang::En, AddAfter) => "Add after",
        (Lang::Fr, AddItem) => "Ajouter un élément",
        (Lang::En, AddItem) => "Add an item",
        (Lang::Fr, Valid) => "Le programme est valide.",
        (Lang::En, Valid) => "The programme is valid.",
        (Lang::Fr, PreviewHeading) => "Aperçu",
        (Lang::En, PreviewHeading) => "Preview",
        (Lang::Fr, PreviewTime) => "Heure montrée",
        (Lang::En, PreviewTime) => "Time shown",
        (Lang::Fr, PreviewLang) => "Langue de l’aperçu",
        (Lang::En, PreviewLang) => "Preview language",
        (Lang::Fr, PreviewStale) => {
            "L’aperçu montre la dernière version valide\u{a0}; corrigez les problèmes pour le mettre à jour."
        }
        (Lang::En, PreviewStale) => {
            "The preview shows the last valid version; fix the problems to update it."
        }
        (Lang::Fr, PreviewNone) => "Rien à montrer\u{a0}: le programme n’est pas encore valide.",
        (Lang::En, PreviewNone) => "Nothing to show: the programme is not valid yet.",
        (Lang::Fr, OpenUrl) => "Ou son adresse sur le web",
        (Lang::En, OpenUrl) => "Or its address on the web",
        (Lang::Fr, OpenUrlButton) => "Ouvrir l’adresse",
        (Lang::En, OpenUrlButton) => "Open the address",
        (Lang::Fr, UrlUnreachable) => {
            "Cette adresse n’a pas répondu (hors ligne, ou le site ne permet pas de la lire d’ici)."
        }
        (Lang::En, UrlUnreachable) => {
            "This address did not answer (offline, or its site does not allow reading it from here)."
        }
        (Lang::Fr, DraftRestored) => {
            "Voici le brouillon de votre dernière visite, gardé par ce navigateur."
        }
        (Lang::En, DraftRestored) => "Here is the draft of your last visit, kept by this browser.",
    }
}
