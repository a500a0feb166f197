//! Checks and completions shared by the v1 format and the import: unique
//! ids, then, once every time is an instant, `end` after `start`, implicit
//! ends, and the warnings (overlaps in a room, items out of order).

use std::collections::HashMap;

use super::json::Reader;
use super::model::{Instant, Item, Kind};
use super::problem::ProblemKind;

/// An item whose times are resolved but whose `end` may still be implicit.
pub(crate) struct Draft {
    /// Where the item is in the file (`sessions[3]`), for problems.
    pub path: String,
    /// The item; its `end` is meaningful only if `explicit_end`.
    pub item: Item,
    pub explicit_end: bool,
}

/// Checks `drafts` and turns them into items, in the same order.
/// `items_path`: where the list of items is (`sessions`), for the warning
/// of an empty programme. `check_order`: warn about items written out of
/// start order (the v1 format shows items in file order; imports are sorted
/// beforehand).
pub(crate) fn finish(
    mut drafts: Vec<Draft>,
    items_path: &str,
    check_order: bool,
    r: &mut Reader,
) -> Vec<Item> {
    check_end_after_start(&drafts, r);
    fill_implicit_ends(&mut drafts);
    if check_order {
        warn_out_of_order(&drafts, r);
    }
    warn_overlaps(&drafts, r);
    // With errors, no items usually means none was valid: already said.
    if drafts.is_empty() && !r.has_errors() {
        r.report(items_path, ProblemKind::NoItems);
    }
    drafts.into_iter().map(|d| d.item).collect()
}

/// Reports every id used more than once, given `(id, item path)` pairs in
/// file order. Runs on every item that has an id, even one whose other
/// fields are wrong, so that all duplicates show at once.
pub(crate) fn check_unique_ids<'a>(
    ids: impl IntoIterator<Item = (&'a str, &'a str)>,
    r: &mut Reader,
) {
    // Every duplicate points at the first use, not at the previous duplicate.
    let mut first_use: HashMap<&str, &str> = HashMap::new();
    for (id, path) in ids {
        let first = *first_use.entry(id).or_insert(path);
        if first != path {
            let (id, first) = (id.to_owned(), first.to_owned());
            r.report(
                &format!("{path}.id"),
                ProblemKind::DuplicateId { id, first },
            );
        }
    }
}

fn check_end_after_start(drafts: &[Draft], r: &mut Reader) {
    for d in drafts
        .iter()
        .filter(|d| d.explicit_end && d.item.end < d.item.start)
    {
        r.report(&format!("{}.end", d.path), ProblemKind::EndBeforeStart);
    }
}

/// Indices of `drafts` by start time (file order among equal starts).
fn by_start(drafts: &[Draft]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..drafts.len()).collect();
    order.sort_by_key(|&i| drafts[i].item.start);
    order
}

/// An item without `end` ends when the next item that can follow it starts:
/// the next one in start order (strictly later) in the same room or with no
/// room; an item with no room is followed by any item. The last item, and an
/// `end` item, last zero minutes.
fn fill_implicit_ends(drafts: &mut [Draft]) {
    let order = by_start(drafts);
    for (pos, &i) in order.iter().enumerate() {
        let d = &drafts[i];
        if d.explicit_end {
            continue;
        }
        let end = if d.item.kind == Kind::End {
            d.item.start
        } else {
            order[pos + 1..]
                .iter()
                .map(|&j| &drafts[j].item)
                .find(|next| next.start > d.item.start && can_follow(&d.item, next))
                .map_or(d.item.start, |next| next.start)
        };
        drafts[i].item.end = end;
    }
}

/// Whether `next` is in the room of `item` (no room means every room).
fn can_follow(item: &Item, next: &Item) -> bool {
    match (&item.room, &next.room) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

fn warn_out_of_order(drafts: &[Draft], r: &mut Reader) {
    for pair in drafts.windows(2) {
        let (prev, d) = (&pair[0], &pair[1]);
        if d.item.start < prev.item.start {
            let previous = prev.item.id.clone();
            r.report(
                &format!("{}.start", d.path),
                ProblemKind::NotSorted { previous },
            );
        }
    }
}

/// Warns once for each item that starts while an earlier item of the same
/// room is still on. Items with no room are one room of their own here.
fn warn_overlaps(drafts: &[Draft], r: &mut Reader) {
    let mut latest_end: HashMap<Option<&str>, (Instant, &str)> = HashMap::new();
    for i in by_start(drafts) {
        let item = &drafts[i].item;
        let room = item.room.as_deref();
        if let Some(&(end, other)) = latest_end.get(&room) {
            if item.start < end {
                let other = other.to_owned();
                let path = format!("{}.start", drafts[i].path);
                r.report(&path, ProblemKind::Overlap { other });
            }
        }
        let entry = latest_end.entry(room).or_insert((item.end, &item.id));
        if item.end > entry.0 {
            *entry = (item.end, &item.id);
        }
    }
}
