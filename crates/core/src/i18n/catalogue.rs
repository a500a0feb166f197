//! The fixed interface strings, in French and English, and the labels
//! chosen from them.

use std::borrow::Cow;

use crate::i18n::lang::{localised, Lang, Localised};
use crate::programme::model::{ItemLink, Kind, LinkKind, Text};

// Declares `Msg` and `Msg::ALL` from one list, so that `ALL` cannot miss a
// key.
macro_rules! messages {
    ($($(#[$doc:meta])* $key:ident,)*) => {
        /// A fixed interface string; [`t`] gives it in a language.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg {
            $($(#[$doc])* $key,)*
        }

        impl Msg {
            /// Every key, in declaration order.
            pub const ALL: &'static [Msg] = &[$(Msg::$key),*];
        }
    };
}

messages! {
    /// While the programme is fetched.
    Loading,
    /// Heading of `[data-error]`.
    ErrorTitle,
    /// Button to fetch again after an error.
    Retry,
    /// Heading of the agenda.
    Programme,
    /// Label of what is on now.
    Now,
    /// Label of what comes next.
    Next,
    /// Badge on the live item.
    LiveBadge,
    /// Status during a break or a gap.
    Break,
    /// Status after the event.
    Ended,
    /// Status of a programme without items.
    Empty,
    /// Heading of an abstract.
    Abstract,
    /// Label before one speaker.
    Speaker,
    /// Label before several speakers.
    Speakers,
    /// Label before a room.
    Room,
    /// Heading of the event's practical information.
    PracticalInfo,
    /// Heading of the event's links.
    Links,
    /// Heading of the organisers' announcement.
    Announcement,
    /// Button that brings what is on now into view (an embed does not
    /// scroll there by itself).
    GoToNow,
    /// Accessible label of the language switch.
    LanguageSwitch,
    /// Accessible label of the time-zone switch.
    TimeZoneSwitch,
    /// Time-zone switch: the event's zone.
    EventTimes,
    /// Time-zone switch: the device's zone.
    MyTimes,
    /// Link downloading one item as ICS.
    AddToCalendar,
    /// Link downloading the whole programme as ICS.
    AddAllToCalendar,
    /// Button sharing an item's link.
    Share,
    /// Confirmation after copying a link.
    LinkCopied,
    /// Mark on an item the last update changed.
    Changed,
    /// `[data-join]`: the join-online link.
    JoinOnline,
    /// An item's `stream` link.
    LinkStream,
    /// An item's `slides` link.
    LinkSlides,
    /// An item's `video` link (a recording).
    LinkVideo,
    /// An item's `qa` link.
    LinkQa,
    /// An item's `page` link.
    LinkPage,
    /// Name of the star button (`aria-pressed` says whether it is on).
    Star,
    /// The filter showing only the starred sessions.
    FilterMine,
    /// Downloads the starred sessions as ICS.
    MineToCalendar,
    /// Shares the starred selection as a link.
    MineLink,
    /// Takes over a selection opened from a link.
    MineTakeOver,
    /// Declines a selection opened from a link.
    MineKeep,
    /// The mine filter with nothing starred.
    MineEmpty,
    /// Label of the day switch of a big programme.
    Day,
    /// The room filter's first choice.
    AllRooms,
    /// Label of the search box.
    Search,
    /// When the day, room and search leave nothing.
    NoMatch,
    /// Label of the reminder choice for calendar files.
    Reminder,
    /// No reminder.
    ReminderNone,
    /// Kind label: `welcome`.
    KindWelcome,
    /// Kind label: `talk`.
    KindTalk,
    /// Kind label: `break`.
    KindBreak,
    /// Kind label: `discussion`.
    KindDiscussion,
    /// Kind label: `end`.
    KindEnd,
}

/// The interface string `msg` in `lang`.
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    match lang {
        Lang::Fr => fr(msg),
        Lang::En => en(msg),
    }
}

// One exhaustive match per language, no wildcard: a key without a
// translation does not compile.
fn fr(msg: Msg) -> &'static str {
    match msg {
        Msg::Loading => "Chargement du programme…",
        Msg::ErrorTitle => "Impossible de charger le programme",
        Msg::Retry => "Réessayer",
        Msg::Programme => "Programme",
        Msg::Now => "En cours",
        Msg::Next => "À suivre",
        Msg::LiveBadge => "En ce moment",
        Msg::Break => "Pause",
        Msg::Ended => "L’événement est terminé",
        Msg::Empty => "Le programme est vide",
        Msg::Abstract => "Résumé",
        Msg::Speaker => "Intervenant",
        Msg::Speakers => "Intervenants",
        Msg::Room => "Salle",
        Msg::PracticalInfo => "Informations pratiques",
        Msg::Links => "Liens",
        Msg::Announcement => "Annonce",
        Msg::GoToNow => "Aller à maintenant",
        Msg::LanguageSwitch => "Langue",
        Msg::TimeZoneSwitch => "Fuseau horaire",
        Msg::EventTimes => "Heure de l’événement",
        Msg::MyTimes => "Mon heure",
        Msg::AddToCalendar => "Ajouter à l’agenda",
        Msg::AddAllToCalendar => "Ajouter tout le programme à l’agenda",
        Msg::Share => "Partager",
        Msg::LinkCopied => "Lien copié",
        Msg::Changed => "Modifié",
        Msg::JoinOnline => "Rejoindre en ligne",
        Msg::LinkStream => "Diffusion en direct",
        Msg::LinkSlides => "Diapositives",
        Msg::LinkVideo => "Vidéo",
        Msg::LinkQa => "Questions",
        Msg::LinkPage => "Page de la session",
        Msg::Star => "Dans mon programme",
        Msg::FilterMine => "Mon programme",
        Msg::MineToCalendar => "Mon programme dans l’agenda",
        Msg::MineLink => "Lien vers mon programme",
        Msg::MineTakeOver => "Prendre cette sélection",
        Msg::MineKeep => "Garder la mienne",
        Msg::MineEmpty => {
            "Aucune session choisie\u{a0}: touchez l’étoile d’une session pour l’ajouter"
        }
        Msg::Day => "Jour",
        Msg::AllRooms => "Toutes les salles",
        Msg::Search => "Rechercher (titre, nom, affiliation)",
        Msg::NoMatch => "Aucune session ne correspond",
        Msg::Reminder => "Rappel avant chaque session",
        Msg::ReminderNone => "Aucun",
        Msg::KindWelcome => "Accueil",
        Msg::KindTalk => "Exposé",
        Msg::KindBreak => "Pause",
        Msg::KindDiscussion => "Discussion",
        Msg::KindEnd => "Fin",
    }
}

fn en(msg: Msg) -> &'static str {
    match msg {
        Msg::Loading => "Loading the programme…",
        Msg::ErrorTitle => "Could not load the programme",
        Msg::Retry => "Try again",
        Msg::Programme => "Programme",
        Msg::Now => "Now",
        Msg::Next => "Next",
        Msg::LiveBadge => "On now",
        Msg::Break => "Break",
        Msg::Ended => "The event has ended",
        Msg::Empty => "The programme is empty",
        Msg::Abstract => "Abstract",
        Msg::Speaker => "Speaker",
        Msg::Speakers => "Speakers",
        Msg::Room => "Room",
        Msg::PracticalInfo => "Practical information",
        Msg::Links => "Links",
        Msg::Announcement => "Announcement",
        Msg::GoToNow => "Go to now",
        Msg::LanguageSwitch => "Language",
        Msg::TimeZoneSwitch => "Time zone",
        Msg::EventTimes => "Event time",
        Msg::MyTimes => "My time",
        Msg::AddToCalendar => "Add to calendar",
        Msg::AddAllToCalendar => "Add the whole programme to your calendar",
        Msg::Share => "Share",
        Msg::LinkCopied => "Link copied",
        Msg::Changed => "Changed",
        Msg::JoinOnline => "Join online",
        Msg::LinkStream => "Live stream",
        Msg::LinkSlides => "Slides",
        Msg::LinkVideo => "Video",
        Msg::LinkQa => "Q&A",
        Msg::LinkPage => "Session page",
        Msg::Star => "In my programme",
        Msg::FilterMine => "My programme",
        Msg::MineToCalendar => "My programme to my calendar",
        Msg::MineLink => "Link to my programme",
        Msg::MineTakeOver => "Use this selection",
        Msg::MineKeep => "Keep mine",
        Msg::MineEmpty => "No session chosen yet: tap a session’s star to add it",
        Msg::Day => "Day",
        Msg::AllRooms => "All rooms",
        Msg::Search => "Search (title, name, affiliation)",
        Msg::NoMatch => "No session matches",
        Msg::Reminder => "Reminder before each session",
        Msg::ReminderNone => "None",
        Msg::KindWelcome => "Welcome",
        Msg::KindTalk => "Talk",
        Msg::KindBreak => "Break",
        Msg::KindDiscussion => "Discussion",
        Msg::KindEnd => "End",
    }
}

/// The label of an item's kind; an unknown kind shows as written in the
/// file. Owned-or-static so that a reactive view can return it.
pub fn kind_label(lang: Lang, kind: &Kind) -> Cow<'static, str> {
    let msg = match kind {
        Kind::Welcome => Msg::KindWelcome,
        Kind::Talk => Msg::KindTalk,
        Kind::Break => Msg::KindBreak,
        Kind::Discussion => Msg::KindDiscussion,
        Kind::End => Msg::KindEnd,
        Kind::Other(s) => return Cow::Owned(s.clone()),
    };
    Cow::Borrowed(t(lang, msg))
}

/// "Speaker" or "Speakers", for `count` speakers.
pub fn speakers_label(lang: Lang, count: usize) -> &'static str {
    let msg = if count == 1 {
        Msg::Speaker
    } else {
        Msg::Speakers
    };
    t(lang, msg)
}

/// `[data-filter="mine"]`: « Mon programme », with the number of sessions
/// starred once there are some: « Mon programme (3) ».
pub fn filter_mine(lang: Lang, count: usize) -> String {
    let label = t(lang, Msg::FilterMine);
    if count == 0 {
        label.to_owned()
    } else {
        format!("{label} ({count})")
    }
}

/// `[data-mine-offer]`: what a link to someone's programme brings, before
/// the visitor takes it over or keeps their own.
pub fn mine_offer(lang: Lang, count: usize) -> String {
    let plural = if count == 1 { "" } else { "s" };
    match lang {
        Lang::Fr => format!("Ce lien propose une sélection de {count}\u{a0}session{plural}"),
        Lang::En => format!("This link brings a selection of {count}\u{a0}session{plural}"),
    }
}

/// `[data-lang-fallback]`: the notice beside an abstract shown in `shown`
/// (a language code) rather than in the interface language `ui`; in `ui`.
pub fn abstract_fallback(ui: Lang, shown: &str) -> &'static str {
    match (ui, Lang::parse(shown)) {
        (Lang::Fr, Some(Lang::Fr)) => "Résumé disponible en français uniquement",
        (Lang::Fr, Some(Lang::En)) => "Résumé disponible en anglais uniquement",
        (Lang::Fr, None) => "Résumé non disponible en français",
        (Lang::En, Some(Lang::En)) => "Abstract available in English only",
        (Lang::En, Some(Lang::Fr)) => "Abstract available in French only",
        (Lang::En, None) => "Abstract not available in English",
    }
}

/// The label of an item's link of `kind` when the file gives none.
pub fn link_label(lang: Lang, kind: LinkKind) -> &'static str {
    let msg = match kind {
        LinkKind::Stream => Msg::LinkStream,
        LinkKind::Slides => Msg::LinkSlides,
        LinkKind::Video => Msg::LinkVideo,
        LinkKind::Qa => Msg::LinkQa,
        LinkKind::Page => Msg::LinkPage,
    };
    t(lang, msg)
}

/// An item's link in words (never a bare icon): the organiser's label,
/// else its kind's ([`link_label`]) in the interface language.
pub fn link_text(ui: Lang, link: &ItemLink) -> Localised {
    match &link.label {
        Some(label) => localised(ui, label),
        None => Localised {
            text: link_label(ui, link.kind).to_owned(),
            lang: ui.code().to_owned(),
        },
    }
}

/// A join link in words (`[data-join]`): the organiser's label; else
/// « Rejoindre en ligne · <title> » when `several` streams are open at
/// once (the item's title tells them apart), else « Rejoindre en ligne ».
pub fn join_text(
    ui: Lang,
    label: Option<&Text>,
    item_title: Option<&Text>,
    several: bool,
) -> Localised {
    match (label, item_title) {
        (Some(label), _) => localised(ui, label),
        (None, Some(title)) if several => {
            let title = localised(ui, title);
            Localised {
                text: format!("{} · {}", t(ui, Msg::JoinOnline), title.text),
                lang: title.lang,
            }
        }
        _ => Localised {
            text: t(ui, Msg::JoinOnline).to_owned(),
            lang: ui.code().to_owned(),
        },
    }
}

/// `[data-talk-lang]`: the badge of a talk given in `code`, in `ui`;
/// `None` when the talk is in the interface language (nothing to say).
pub fn talk_language(ui: Lang, code: &str) -> Option<String> {
    let primary = code.split(['-', '_']).next().unwrap_or(code);
    if Lang::parse(primary) == Some(ui) {
        return None;
    }
    // The languages of the chair's partners and of the exports seen; any
    // other is named by its code.
    const NAMES: [(&str, &str, &str); 5] = [
        ("fr", "en français", "in French"),
        ("en", "en anglais", "in English"),
        ("de", "en allemand", "in German"),
        ("es", "en espagnol", "in Spanish"),
        ("it", "en italien", "in Italian"),
    ];
    let named = NAMES
        .iter()
        .find(|(c, _, _)| primary.eq_ignore_ascii_case(c));
    Some(match (ui, named) {
        (Lang::Fr, Some((_, fr, _))) => (*fr).to_owned(),
        (Lang::En, Some((_, _, en))) => (*en).to_owned(),
        (Lang::Fr, None) => format!("langue\u{a0}: {code}"),
        (Lang::En, None) => format!("language: {code}"),
    })
}
