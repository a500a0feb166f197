//! The programme as the widget uses it: validated, every time resolved to an
//! instant. Built by [`super::load`] from a v1 file or an imported
//! `schedule.json`; nothing downstream ever sees raw JSON.

/// A point in time: seconds since the Unix epoch, UTC. Instants stay UTC
/// everywhere; only formatting converts them to a wall clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Instant(pub i64);

impl Instant {
    /// The indices of `instants` in time order, equal instants in index order
    /// (a stable sort). Every ordering by time in the crate goes through
    /// here: one sort in the wasm instead of one per caller (each sort is a
    /// few KB of code).
    pub fn order(instants: &[Instant]) -> Vec<usize> {
        let mut order: Vec<usize> = (0..instants.len()).collect();
        order.sort_by_key(|&i| instants[i]);
        order
    }

    /// This instant plus `minutes` (negative moves back).
    pub fn plus_minutes(self, minutes: i64) -> Instant {
        Instant(self.0 + minutes * 60)
    }
}

/// A calendar date, proleptic Gregorian.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// A wall-clock time of day, to the minute (the format has no seconds).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilTime {
    pub hour: u8,
    pub minute: u8,
}

/// What a wall clock in some zone reads at some instant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalDateTime {
    pub date: CivilDate,
    pub time: CivilTime,
    /// Offset from UTC in seconds at that instant (east positive).
    pub offset_seconds: i32,
}

/// Text in one or more languages: language code (`fr`, `en`, …) to text,
/// in the file's order (so the fallback "any language" is the author's
/// first), one text per language. A `Vec`, not a map: a text has one or
/// two languages, and a `BTreeMap`'s code cost ~3 KB brotli of wasm.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Text(Vec<(String, String)>);

impl Text {
    /// The text in `lang` if present.
    pub fn get(&self, lang: &str) -> Option<&str> {
        self.entry(lang).map(|(_, t)| t)
    }

    fn entry(&self, lang: &str) -> Option<(&str, &str)> {
        self.0
            .iter()
            .find(|(l, _)| l == lang)
            .map(|(l, t)| (l.as_str(), t.as_str()))
    }

    /// The text in `lang`, else in the first of `fallbacks` present, else in
    /// any language; with the language actually returned.
    pub fn pick<'a>(&'a self, lang: &str, fallbacks: &[&str]) -> Option<(&'a str, &'a str)> {
        std::iter::once(lang)
            .chain(fallbacks.iter().copied())
            .find_map(|l| self.entry(l))
            .or_else(|| self.iter().next())
    }

    /// A text in a single language.
    pub fn single(lang: &str, text: &str) -> Text {
        Text(vec![(lang.to_owned(), text.to_owned())])
    }

    /// Sets the text in `lang` (replacing any).
    pub fn insert(&mut self, lang: String, text: String) {
        match self.0.iter_mut().find(|(l, _)| *l == lang) {
            Some(entry) => entry.1 = text,
            None => self.0.push((lang, text)),
        }
    }

    /// Adds the text in `lang`, known not to be there yet (the keys of one
    /// JSON object: checking would make a hostile object quadratic).
    pub(crate) fn push(&mut self, lang: String, text: String) {
        self.0.push((lang, text));
    }

    /// Whether it has no language at all.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// (language, text) pairs, in the file's order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(l, t)| (l.as_str(), t.as_str()))
    }

    /// The language codes, in the file's order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(l, _)| l.as_str())
    }

    /// Keeps the languages whose text passes `keep`.
    pub fn retain(&mut self, keep: impl Fn(&str) -> bool) {
        self.0.retain(|(_, t)| keep(t));
    }

    /// Every text, to edit in place.
    pub fn texts_mut(&mut self) -> impl Iterator<Item = &mut String> {
        self.0.iter_mut().map(|(_, t)| t)
    }
}

impl FromIterator<(String, String)> for Text {
    /// Later pairs replace earlier ones of the same language.
    fn from_iter<I: IntoIterator<Item = (String, String)>>(pairs: I) -> Text {
        let mut text = Text::default();
        for (lang, t) in pairs {
            text.insert(lang, t);
        }
        text
    }
}

/// What an item is; drives its styling and whether it is a session at all.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Welcome,
    Talk,
    Break,
    Discussion,
    /// Marks the end of the event; shown as such, not as a session.
    End,
    /// Any other kind, shown as a plain item; keeps the file's spelling.
    Other(String),
}

impl Kind {
    /// Parses the format's `kind` string; never fails (unknown kinds are kept).
    pub fn parse(s: &str) -> Kind {
        match s {
            "welcome" => Kind::Welcome,
            "talk" => Kind::Talk,
            "break" => Kind::Break,
            "discussion" => Kind::Discussion,
            "end" => Kind::End,
            other => Kind::Other(other.to_owned()),
        }
    }

    /// The string written in the file and in `data-kind`.
    pub fn as_str(&self) -> &str {
        match self {
            Kind::Welcome => "welcome",
            Kind::Talk => "talk",
            Kind::Break => "break",
            Kind::Discussion => "discussion",
            Kind::End => "end",
            Kind::Other(s) => s,
        }
    }
}

/// A link shown with the event (only `http`/`https`, checked on load).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Link {
    pub label: Text,
    pub url: String,
}

/// What an item's link leads to (DESIGN §1): each is shown with its own
/// words, never as a bare icon.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LinkKind {
    /// The item's live stream: overrides the event's `online` link.
    Stream,
    Slides,
    /// A recording.
    Video,
    /// Where to ask questions.
    Qa,
    /// A page about the item.
    Page,
}

impl LinkKind {
    /// Every kind, in the order an item shows its links.
    pub const ALL: [LinkKind; 5] = [
        LinkKind::Stream,
        LinkKind::Slides,
        LinkKind::Video,
        LinkKind::Qa,
        LinkKind::Page,
    ];

    /// The kind written `s` in the file, if it is one.
    pub fn parse(s: &str) -> Option<LinkKind> {
        LinkKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The string written in the file and in `data-link`.
    pub fn as_str(self) -> &'static str {
        match self {
            LinkKind::Stream => "stream",
            LinkKind::Slides => "slides",
            LinkKind::Video => "video",
            LinkKind::Qa => "qa",
            LinkKind::Page => "page",
        }
    }
}

/// A link of an item (only `http`/`https`, checked on load).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ItemLink {
    pub kind: LinkKind,
    pub url: String,
    /// The organiser's words; without them the kind's own ("Slides").
    pub label: Option<Text>,
}

/// A person speaking. A file may give only the name (a string).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Speaker {
    pub name: String,
    /// Who they are with ("Télécom Paris"); shown after the name.
    pub affiliation: Option<String>,
    /// A page about them (`http(s)` only).
    pub url: Option<String>,
}

impl Speaker {
    /// A speaker known only by name.
    pub fn named(name: impl Into<String>) -> Speaker {
        Speaker {
            name: name.into(),
            ..Speaker::default()
        }
    }
}

/// A speaker is a bare name when that is all the file says of them (the
/// string form of `speakers`).
impl PartialEq<&str> for Speaker {
    fn eq(&self, name: &&str) -> bool {
        self.affiliation.is_none() && self.url.is_none() && self.name == *name
    }
}

/// How to follow a hybrid event online: its join link, and when it opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Online {
    pub url: String,
    /// The organiser's words; without them "Join online".
    pub label: Option<Text>,
    /// How long before the first item (or an item's own stream) the link
    /// is shown.
    pub opens_minutes_before: i64,
}

impl Online {
    /// When `opens_minutes_before` is absent: ten minutes, time enough to
    /// connect and test sound.
    pub const DEFAULT_OPENS_MINUTES_BEFORE: i64 = 10;
}

/// The event the programme belongs to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Event {
    pub title: Text,
    /// IANA zone name the wall-clock times are written in.
    pub timezone: String,
    pub date: Option<CivilDate>,
    /// Practical information shown with the programme.
    pub info: Option<Text>,
    /// The organisers' announcement of the moment ("running 10 minutes
    /// late"), shown at the top; `None` when absent or blank.
    pub notice: Option<Text>,
    pub links: Vec<Link>,
    /// The hybrid event's join link.
    pub online: Option<Online>,
}

/// One item of the programme, times resolved.
///
/// `start` and `end` are the *effective* times, `delay_minutes` applied:
/// everything downstream (timeline, ICS, display) uses them and need not
/// know about delays. Only the display of the planned time struck through
/// reads `planned_start`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Item {
    pub id: String,
    pub kind: Kind,
    /// When the item starts: as planned, shifted by `delay_minutes`.
    pub start: Instant,
    /// Explicit `end` shifted by the delay. Without one, the item ends when
    /// the next item (of its room) starts; delayed, it keeps that planned
    /// length, shifted by its own delay, but never runs past the next
    /// item's effective start (a talk does not grow because the next one is
    /// late; a late talk is cut when the room moves on). The last item, and
    /// an `end` item, end at `start`.
    pub end: Instant,
    /// The start as written in the file, only when the item is delayed
    /// (`delay_minutes != 0`); `None` otherwise.
    pub planned_start: Option<Instant>,
    /// The organisers' delay (negative: earlier than planned); 0 if none.
    pub delay_minutes: i64,
    pub speakers: Vec<Speaker>,
    pub title: Text,
    pub abstract_: Option<Text>,
    pub room: Option<String>,
    pub track: Option<String>,
    /// Stream, slides, recording, Q&A, page: in the file's order.
    pub links: Vec<ItemLink>,
    /// The language the talk is given in (`en`), lower case.
    pub language: Option<String>,
}

impl Item {
    /// The start as planned, before any delay (`start` when not delayed).
    pub fn planned(&self) -> Instant {
        self.planned_start.unwrap_or(self.start)
    }

    /// The item's own stream link, if it has one.
    pub fn stream(&self) -> Option<&ItemLink> {
        self.links.iter().find(|l| l.kind == LinkKind::Stream)
    }
}

/// A loaded, valid programme. Items are in the order of the file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Programme {
    pub event: Event,
    pub items: Vec<Item>,
}
