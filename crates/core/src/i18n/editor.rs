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
    /// The button that downloads the programme.
    Download,
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
    /// The heading of the online link's fields.
    OnlineHeading,
    /// The online link's address field.
    OnlineUrl,
    /// The online link's text field.
    OnlineLabel,
    /// How long before the start the online link is shown.
    OnlineOpens,
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
        (Lang::Fr, Download) => "Télécharger le programme (JSON)",
        (Lang::En, Download) => "Download the programme (JSON)",
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
        (Lang::Fr, OnlineHeading) => "Suivre en ligne",
        (Lang::En, OnlineHeading) => "Following online",
        (Lang::Fr, OnlineUrl) => "Lien de la visioconférence ou du direct (https://…)",
        (Lang::En, OnlineUrl) => "Link to the video call or stream (https://…)",
        (Lang::Fr, OnlineLabel) => "Texte du lien, «\u{a0}Rejoindre en ligne\u{a0}» si vide",
        (Lang::En, OnlineLabel) => "Link text, \u{201c}Join online\u{201d} if blank",
        (Lang::Fr, OnlineOpens) => "Affiché avant le début, en minutes (10 si vide)",
        (Lang::En, OnlineOpens) => "Shown before the start, in minutes (10 if blank)",
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
        (Lang::Fr, Speakers) => "Intervenants, un par ligne\u{a0}: Nom (affiliation) https://… (affiliation et page facultatives)",
        (Lang::En, Speakers) => "Speakers, one a line: Name (affiliation) https://… (affiliation and page optional)",
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

/// A sentence of the editor's WordPress connection (saving, loading) and
/// of its live controls (`view=live`). Kept apart from [`EditorMsg`] (the
/// form's sentences) so that each part's catalogue can grow on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RemoteMsg {
    /// The button that saves the programme in WordPress.
    Save,
    /// While a save is under way.
    Saving,
    /// A save succeeded.
    Saved,
    /// Above the checker's warnings after a save.
    SavedWarnings,
    /// Above the checker's problems: the server refused the programme.
    Refused,
    /// A 401 or 403: the login or the nonce has expired, or no right.
    Forbidden,
    /// The button that sends the same text again.
    Retry,
    /// What is kept when a save failed.
    KeptForRetry,
    /// Said when there is no valid text to save.
    NothingToSave,
    /// While the programme is being read from WordPress.
    Loading,
    /// The programme does not exist in WordPress yet.
    NotStoredYet,
    /// The live controls' heading.
    LiveHeading,
    /// The heading of the items on now.
    OnNow,
    /// The heading of the next items.
    ComingNext,
    /// When nothing is on now.
    NothingOn,
    /// When nothing is left to start.
    NothingNext,
    /// The label of an item's delay buttons.
    LateFromHere,
    /// The button that puts the day back on time.
    BackOnTime,
    /// Said when no item is late.
    OnTime,
    /// The announcement's heading.
    NoticeHeading,
    /// The French announcement's field.
    NoticeFr,
    /// The English announcement's field.
    NoticeEn,
    /// The button that shows (or updates) the announcement.
    NoticeShow,
    /// The button that removes the announcement.
    NoticeHide,
    /// Said while an announcement is shown to visitors.
    NoticeIsOn,
    /// Said while no announcement is shown.
    NoticeIsOff,
    /// A saved announcement.
    NoticeSaved,
    /// A removed announcement.
    NoticeRemoved,
    /// The day back on time, saved.
    BackOnTimeSaved,
    /// The badge of a simulated clock (`now=` in the fragment).
    SimulatedClock,
    /// The link from the live controls to the whole editor.
    FullEditor,
    /// A 412: someone else saved the programme since it was opened here.
    Changed,
    /// The button that saves this version over the other one.
    SaveMineAnyway,
    /// The button that drops this version and opens the stored one.
    OpenStored,
    /// The live controls after a 412: the latest version is now shown.
    ChangedReloaded,
}

/// The WordPress connection's and live controls' sentence `msg` in `lang`.
pub fn remote_text(lang: Lang, msg: RemoteMsg) -> &'static str {
    use RemoteMsg::*;
    match (lang, msg) {
        (Lang::Fr, Save) => "Enregistrer dans WordPress",
        (Lang::En, Save) => "Save to WordPress",
        (Lang::Fr, Saving) => "Enregistrement…",
        (Lang::En, Saving) => "Saving…",
        (Lang::Fr, Saved) => "Enregistré\u{a0}: les pages ouvertes suivent en moins d’une minute.",
        (Lang::En, Saved) => "Saved: open pages follow within a minute.",
        (Lang::Fr, SavedWarnings) => "Enregistré, avec ces points à vérifier\u{a0}:",
        (Lang::En, SavedWarnings) => "Saved, with these points worth a look:",
        (Lang::Fr, Refused) => "Non enregistré\u{a0}: WordPress a refusé le programme\u{a0}:",
        (Lang::En, Refused) => "Not saved: WordPress refused the programme:",
        (Lang::Fr, Forbidden) => {
            "Non enregistré\u{a0}: votre connexion a expiré ou vous n’avez pas le droit de modifier ce programme. Rechargez la page de WordPress."
        }
        (Lang::En, Forbidden) => {
            "Not saved: your login has expired or you may not change this programme. Reload the WordPress page."
        }
        (Lang::Fr, Retry) => "Réessayer",
        (Lang::En, Retry) => "Try again",
        (Lang::Fr, KeptForRetry) => "Rien n’est perdu\u{a0}: ce que vous avez saisi est gardé ici.",
        (Lang::En, KeptForRetry) => "Nothing is lost: what you typed is kept here.",
        (Lang::Fr, NothingToSave) => "Rien à enregistrer\u{a0}: le programme n’est pas valide.",
        (Lang::En, NothingToSave) => "Nothing to save: the programme is not valid.",
        (Lang::Fr, Loading) => "Chargement du programme…",
        (Lang::En, Loading) => "Loading the programme…",
        (Lang::Fr, NotStoredYet) => {
            "Ce programme n’est pas encore dans WordPress\u{a0}: il y sera créé à l’enregistrement."
        }
        (Lang::En, NotStoredYet) => {
            "This programme is not in WordPress yet: saving creates it."
        }
        (Lang::Fr, LiveHeading) => "Pilotage en direct",
        (Lang::En, LiveHeading) => "Live controls",
        (Lang::Fr, OnNow) => "En cours",
        (Lang::En, OnNow) => "On now",
        (Lang::Fr, ComingNext) => "À suivre",
        (Lang::En, ComingNext) => "Coming next",
        (Lang::Fr, NothingOn) => "Rien en cours.",
        (Lang::En, NothingOn) => "Nothing on now.",
        (Lang::Fr, NothingNext) => "Plus rien ne commence aujourd’hui.",
        (Lang::En, NothingNext) => "Nothing else starts today.",
        (Lang::Fr, LateFromHere) => "En retard à partir d’ici",
        (Lang::En, LateFromHere) => "Running late from here",
        (Lang::Fr, BackOnTime) => "Retour à l’heure",
        (Lang::En, BackOnTime) => "Back on time",
        (Lang::Fr, OnTime) => "Tout est à l’heure.",
        (Lang::En, OnTime) => "Everything is on time.",
        (Lang::Fr, NoticeHeading) => "Annonce",
        (Lang::En, NoticeHeading) => "Announcement",
        (Lang::Fr, NoticeFr) => "Annonce en français",
        (Lang::En, NoticeFr) => "Announcement in French",
        (Lang::Fr, NoticeEn) => "Annonce en anglais",
        (Lang::En, NoticeEn) => "Announcement in English",
        (Lang::Fr, NoticeShow) => "Afficher l’annonce",
        (Lang::En, NoticeShow) => "Show the announcement",
        (Lang::Fr, NoticeHide) => "Retirer l’annonce",
        (Lang::En, NoticeHide) => "Remove the announcement",
        (Lang::Fr, NoticeIsOn) => "Les visiteurs voient cette annonce.",
        (Lang::En, NoticeIsOn) => "Visitors see this announcement.",
        (Lang::Fr, NoticeIsOff) => "Aucune annonce n’est affichée.",
        (Lang::En, NoticeIsOff) => "No announcement is shown.",
        (Lang::Fr, NoticeSaved) => "Enregistré\u{a0}: l’annonce est affichée.",
        (Lang::En, NoticeSaved) => "Saved: the announcement is shown.",
        (Lang::Fr, NoticeRemoved) => "Enregistré\u{a0}: l’annonce est retirée.",
        (Lang::En, NoticeRemoved) => "Saved: the announcement is removed.",
        (Lang::Fr, BackOnTimeSaved) => "Enregistré\u{a0}: tout est de nouveau à l’heure.",
        (Lang::En, BackOnTimeSaved) => "Saved: everything is back on time.",
        (Lang::Fr, SimulatedClock) => "Horloge simulée",
        (Lang::En, SimulatedClock) => "Simulated clock",
        (Lang::Fr, FullEditor) => "Ouvrir l’éditeur complet",
        (Lang::En, FullEditor) => "Open the full editor",
        (Lang::Fr, Changed) => {
            "Non enregistré\u{a0}: quelqu’un d’autre a enregistré ce programme depuis que vous l’avez ouvert. Votre version est gardée ici\u{a0}; choisissez laquelle garder."
        }
        (Lang::En, Changed) => {
            "Not saved: someone else saved this programme since you opened it. Your version is kept here; choose which one to keep."
        }
        (Lang::Fr, SaveMineAnyway) => "Enregistrer ma version à la place",
        (Lang::En, SaveMineAnyway) => "Save my version instead",
        (Lang::Fr, OpenStored) => "Ouvrir la version enregistrée (la mienne est abandonnée)",
        (Lang::En, OpenStored) => "Open the saved version (mine is dropped)",
        (Lang::Fr, ChangedReloaded) => {
            "Non enregistré\u{a0}: le programme venait d’être modifié ailleurs. Voici sa dernière version\u{a0}; touchez de nouveau."
        }
        (Lang::En, ChangedReloaded) => {
            "Not saved: the programme had just been changed elsewhere. Here is its latest version; tap again."
        }
    }
}

/// A save that did not reach WordPress, or got an answer it could not
/// read: what happened, with the HTTP status when there was one.
pub fn save_failed(lang: Lang, status: Option<u16>, detail: &str) -> String {
    let what = match (lang, status) {
        (Lang::Fr, Some(s)) => format!("Non enregistré\u{a0}: le serveur a répondu HTTP\u{a0}{s}."),
        (Lang::En, Some(s)) => format!("Not saved: the server answered HTTP {s}."),
        (Lang::Fr, None) => "Non enregistré\u{a0}: le serveur n’a pas pu être joint.".to_owned(),
        (Lang::En, None) => "Not saved: the server could not be reached.".to_owned(),
    };
    if detail.is_empty() {
        what
    } else {
        format!("{what} ({detail})")
    }
}

/// The programme could not be read from WordPress.
pub fn load_failed(lang: Lang, status: Option<u16>) -> String {
    match (lang, status) {
        (Lang::Fr, Some(s)) => {
            format!("Le programme n’a pas pu être lu dans WordPress (HTTP\u{a0}{s}).")
        }
        (Lang::En, Some(s)) => {
            format!("The programme could not be read from WordPress (HTTP {s}).")
        }
        (Lang::Fr, None) => {
            "Le programme n’a pas pu être lu\u{a0}: WordPress n’a pas pu être joint.".to_owned()
        }
        (Lang::En, None) => {
            "The programme could not be read: WordPress could not be reached.".to_owned()
        }
    }
}

/// "+10 min", a delay button's text (the group says "from here").
pub fn late_button(lang: Lang, minutes: i64) -> String {
    match lang {
        Lang::Fr => format!("+{minutes}\u{a0}min"),
        Lang::En => format!("+{minutes} min"),
    }
}

/// "10 min late", beside a delayed item.
pub fn late_by(lang: Lang, minutes: i64) -> String {
    match (lang, minutes < 0) {
        (Lang::Fr, false) => format!("{minutes}\u{a0}min de retard"),
        (Lang::En, false) => format!("{minutes} min late"),
        (Lang::Fr, true) => format!("{}\u{a0}min d’avance", -minutes),
        (Lang::En, true) => format!("{} min early", -minutes),
    }
}

/// The delay saved: "Saved: +10 min from “Break” (now at 14:55)."
pub fn late_saved(lang: Lang, minutes: i64, title: &str, starts: &str) -> String {
    match lang {
        Lang::Fr => format!(
            "Enregistré\u{a0}: +{minutes}\u{a0}min à partir de «\u{a0}{title}\u{a0}» (désormais à {starts})."
        ),
        Lang::En => {
            format!("Saved: +{minutes} min from \u{201c}{title}\u{201d} (now at {starts}).")
        }
    }
}

#[cfg(test)]
mod remote_tests {
    use super::*;

    #[test]
    fn every_remote_sentence_exists_in_both_languages_and_differs() {
        use RemoteMsg::*;
        let all = [
            Save,
            Saving,
            Saved,
            SavedWarnings,
            Refused,
            Forbidden,
            Retry,
            KeptForRetry,
            NothingToSave,
            Loading,
            NotStoredYet,
            Changed,
            SaveMineAnyway,
            OpenStored,
            ChangedReloaded,
            LiveHeading,
            OnNow,
            ComingNext,
            NothingOn,
            NothingNext,
            LateFromHere,
            BackOnTime,
            OnTime,
            NoticeHeading,
            NoticeFr,
            NoticeEn,
            NoticeShow,
            NoticeHide,
            NoticeIsOn,
            NoticeIsOff,
            NoticeSaved,
            NoticeRemoved,
            BackOnTimeSaved,
            SimulatedClock,
            FullEditor,
        ];
        for msg in all {
            let (fr, en) = (remote_text(Lang::Fr, msg), remote_text(Lang::En, msg));
            assert!(!fr.is_empty() && !en.is_empty(), "{msg:?}");
            assert_ne!(fr, en, "{msg:?}");
        }
    }

    #[test]
    fn failures_name_the_status_or_the_unreachable_server() {
        assert_eq!(
            save_failed(Lang::En, Some(500), ""),
            "Not saved: the server answered HTTP 500."
        );
        assert_eq!(
            save_failed(Lang::En, None, "Failed to fetch"),
            "Not saved: the server could not be reached. (Failed to fetch)"
        );
        assert!(save_failed(Lang::Fr, Some(502), "").contains("HTTP\u{a0}502"));
        assert!(load_failed(Lang::En, Some(500)).contains("HTTP 500"));
        assert!(load_failed(Lang::Fr, None).contains("joint"));
    }

    #[test]
    fn delays_read_as_a_person_says_them() {
        assert_eq!(late_button(Lang::En, 10), "+10 min");
        assert_eq!(late_by(Lang::En, 10), "10 min late");
        assert_eq!(late_by(Lang::Fr, -5), "5\u{a0}min d’avance");
        assert_eq!(
            late_saved(Lang::En, 10, "Break", "14:55"),
            "Saved: +10 min from \u{201c}Break\u{201d} (now at 14:55)."
        );
    }
}
