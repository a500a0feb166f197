//! What changed between two versions of a programme.

use std::collections::HashMap;

use crate::programme::model::Text;
use crate::programme::Programme;

/// Whether `old` and `new` would show the same thing (the whole model is
/// compared: times, texts, links, notice).
pub fn same_programme(old: &Programme, new: &Programme) -> bool {
    old == new
}

/// The ids of `new`'s items that are new, or whose start, end, delay,
/// title, speakers or room differ from `old`'s item of the same id; in
/// `new`'s order. What an attendee acts on: where and when to be, and
/// who speaks on what. Abstracts and other details are not marked.
pub fn changed_items(old: &Programme, new: &Programme) -> Vec<String> {
    let before: HashMap<&str, _> = old.items.iter().map(|i| (i.id.as_str(), i)).collect();
    new.items
        .iter()
        .filter(|item| {
            before.get(item.id.as_str()).is_none_or(|was| {
                (was.start, was.end, was.delay_minutes)
                    != (item.start, item.end, item.delay_minutes)
                    || was.title != item.title
                    || was.speakers != item.speakers
                    || was.room != item.room
            })
        })
        .map(|item| item.id.clone())
        .collect()
}

/// The titles of `old`'s items that `new` no longer has (a session
/// cancelled), in `old`'s order: gone from the list, so said in words.
pub fn removed_items(old: &Programme, new: &Programme) -> Vec<Text> {
    old.items
        .iter()
        .filter(|was| !new.items.iter().any(|i| i.id == was.id))
        .map(|was| was.title.clone())
        .collect()
}
