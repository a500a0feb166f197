//! A big programme stays navigable: its days (the switch opens on today),
//! its rooms, a search over titles, speakers and affiliations; the view
//! kept in the page's fragment (`#day=2024-06-12&room=Room%20B&q=transport`)
//! so that a link reproduces it. A small programme (the seed: one day,
//! eight items) gets none of these controls.

use percent_encoding::{percent_decode_str, utf8_percent_encode};

use crate::ics::fold;
use crate::mine::{fragment_param, ESCAPED};
use crate::programme::model::{CivilDate, Instant, Item, Programme};
use crate::programme::time::parse_date;

/// From this many items a one-day programme gets the controls too (a
/// day of parallel rooms); below it, the whole list is short enough to
/// scroll.
pub const MIN_ITEMS: usize = 40;

/// What a programme offers to navigate it: its days, in order, and its
/// rooms (or tracks), in order of first appearance.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Navigation {
    pub days: Vec<CivilDate>,
    pub rooms: Vec<String>,
    /// Whether the controls are shown at all.
    pub offered: bool,
}

impl Navigation {
    /// `item_days` are [`item_days`] of the programme.
    pub fn of(programme: &Programme, item_days: &[CivilDate]) -> Navigation {
        let mut days = item_days.to_vec();
        days.sort_unstable();
        days.dedup();
        let mut rooms: Vec<String> = Vec::new();
        for room in programme.items.iter().filter_map(room_of) {
            if !rooms.iter().any(|r| r == room) {
                rooms.push(room.to_owned());
            }
        }
        let offered = days.len() > 1 || programme.items.len() >= MIN_ITEMS;
        Navigation {
            days,
            rooms,
            offered,
        }
    }

    /// The day the switch opens on: today if the programme has it, else
    /// the next day it has, else its last.
    pub fn opening_day(&self, today: CivilDate) -> Option<CivilDate> {
        self.days
            .iter()
            .copied()
            .find(|&d| d >= today)
            .or_else(|| self.days.last().copied())
    }
}

/// Everything a programme's navigation is decided from, computed once per
/// programme and zone: each item's day, the days and rooms, and what the
/// search looks through (only when the controls are offered).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Overview {
    pub item_days: Vec<CivilDate>,
    pub navigation: Navigation,
    pub index: Vec<String>,
}

impl Overview {
    /// `local_date`: the date of an instant in the zone shown.
    pub fn of(programme: &Programme, local_date: impl Fn(Instant) -> CivilDate) -> Overview {
        let item_days = item_days(programme, local_date);
        let navigation = Navigation::of(programme, &item_days);
        let index = if navigation.offered {
            search_index(programme)
        } else {
            Vec::new()
        };
        Overview {
            item_days,
            navigation,
            index,
        }
    }

    /// The indices of the items the list shows with `filters`.
    pub fn shown(&self, programme: &Programme, filters: &Filters) -> Vec<usize> {
        let all = 0..programme.items.len();
        if !self.navigation.offered {
            return all.collect();
        }
        // Folded once for the whole list, not once an item.
        let query = fold(&filters.query);
        all.filter(|&i| {
            let indexed = self.index.get(i).map_or("", String::as_str);
            self.item_days
                .get(i)
                .is_none_or(|&day| filters.keeps(&query, &programme.items[i], day, indexed))
        })
        .collect()
    }
}

/// Each item's day: the date of its start in the zone shown (`local_date`).
pub fn item_days(
    programme: &Programme,
    local_date: impl Fn(Instant) -> CivilDate,
) -> Vec<CivilDate> {
    programme
        .items
        .iter()
        .map(|i| local_date(i.start))
        .collect()
}

/// The room an item is in, or its track: how parallel sessions are told
/// apart (as the item shows it).
pub fn room_of(item: &Item) -> Option<&str> {
    item.room.as_deref().or(item.track.as_deref())
}

/// What the search looks through, for each item: its titles in every
/// language, its speakers and their affiliations, folded as [`fold`]
/// (lower case, no accents), once per programme.
pub fn search_index(programme: &Programme) -> Vec<String> {
    programme
        .items
        .iter()
        .map(|item| {
            let mut text: Vec<&str> = item.title.iter().map(|(_, t)| t).collect();
            for s in &item.speakers {
                text.push(&s.name);
                text.extend(s.affiliation.as_deref());
            }
            fold(&text.join(" "))
        })
        .collect()
}

/// The visitor's view of a big programme.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// The day shown; a search looks through every day.
    pub day: Option<CivilDate>,
    pub room: Option<String>,
    /// What the visitor typed in the search box.
    pub query: String,
}

impl Filters {
    /// Whether `item`, on `day`, with its [`search_index`] entry, is shown.
    pub fn shows(&self, item: &Item, day: CivilDate, indexed: &str) -> bool {
        self.keeps(&fold(&self.query), item, day, indexed)
    }

    /// [`Filters::shows`] with the query already folded.
    fn keeps(&self, query: &str, item: &Item, day: CivilDate, indexed: &str) -> bool {
        let on_day = !query.is_empty() || self.day.is_none_or(|d| d == day);
        let in_room = self
            .room
            .as_deref()
            .is_none_or(|r| room_of(item) == Some(r));
        on_day && in_room && indexed.contains(query)
    }

    /// Whether a search is on: the list then spans days, each item dated.
    pub fn searching(&self) -> bool {
        !fold(&self.query).is_empty()
    }

    /// The view a link's fragment names, if it names one.
    pub fn from_fragment(fragment: &str) -> Option<Filters> {
        let value = |key| {
            fragment_param(fragment, key)
                .and_then(|v| percent_decode_str(v).decode_utf8().ok())
                .map(|v| v.into_owned())
        };
        let filters = Filters {
            day: value("day").and_then(|d| parse_date(&d)),
            room: value("room").filter(|r| !r.is_empty()),
            query: value("q").unwrap_or_default(),
        };
        (filters != Filters::default()).then_some(filters)
    }

    /// The fragment naming this view (without `#`).
    pub fn to_fragment(&self) -> String {
        let mut parts = Vec::new();
        if let Some(d) = self.day {
            parts.push(format!("day={}", iso_date(d)));
        }
        if let Some(room) = &self.room {
            parts.push(format!("room={}", utf8_percent_encode(room, ESCAPED)));
        }
        if !self.query.is_empty() {
            parts.push(format!("q={}", utf8_percent_encode(&self.query, ESCAPED)));
        }
        parts.join("&")
    }
}

/// `2024-06-12`: a day as a link and `[data-day]` write it.
pub fn iso_date(d: CivilDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}
