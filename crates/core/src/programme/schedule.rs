//! Checks and completions shared by the v1 format and the import: unique
//! ids, then, once every time is an instant, `end` after `start`, implicit
//! ends, and the warnings (overlaps in a room, items out of order).
//!
//! Items arrive with their delays applied (`start`, and `end` if explicit,
//! are effective times; [`Item::planned`] gives the planned start). Implied
//! ends and the file-order warning follow the plan; overlaps follow what
//! will really happen.

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

/// Indices of `entries` sorted by `key` of their item (file order among
/// equal keys). Generic over the entry, one copy for drafts: pass
/// [`draft_item`].
fn sorted_by<T, F: Fn(&T) -> &Item>(
    entries: &[T],
    item: F,
    key: fn(&Item) -> Instant,
) -> Vec<usize> {
    let keys: Vec<Instant> = entries.iter().map(|e| key(item(e))).collect();
    Instant::order(&keys)
}

/// A draft's item (a function, not a closure, so that every generic use
/// on drafts is the same code).
fn draft_item(d: &Draft) -> &Item {
    &d.item
}

/// An item without `end` ends when the next item that can follow it starts:
/// the next one in planned start order (strictly later) in the same room or
/// with no room; an item with no room is followed by any item. The last
/// item, and an `end` item, last zero minutes.
///
/// With delays, the *planned* length is kept and shifted by the item's own
/// delay, but the item never runs into the next one's effective start:
/// - the next item alone is delayed: this one still ends as planned (a talk
///   does not grow because the following speaker is late; there is a gap);
/// - this item alone is delayed: it ends when the next one starts (it is cut
///   short, as the room moves on at the announced time);
/// - both by the same delay: the whole block moves, lengths unchanged.
///
/// If a delay moves an item past the start of the one that followed it,
/// the planned length is kept as is, and the overlap warning tells.
fn fill_implicit_ends(drafts: &mut [Draft]) {
    fill_implied_ends(drafts, draft_item, |d| &mut d.item, |d| !d.explicit_end);
}

/// The rule above, on any list that holds items: sets the implied end of
/// each entry that `wants` one. Generic so that the loader's copy is the
/// code it always was (the widget's wasm stays the same size) while the
/// writer and the delays ask the same rule of plain items
/// ([`implied_ends`]). It reads only starts, delays, rooms and kinds,
/// never an end.
fn fill_implied_ends<T>(
    entries: &mut [T],
    item: impl Fn(&T) -> &Item + Copy,
    item_mut: impl Fn(&mut T) -> &mut Item,
    wants: impl Fn(&T) -> bool,
) {
    let order = sorted_by(entries, item, Item::planned);
    for (pos, &i) in order.iter().enumerate() {
        let e = &entries[i];
        if !wants(e) {
            continue;
        }
        let it = item(e);
        let end = if it.kind == Kind::End {
            it.start
        } else {
            order[pos + 1..]
                .iter()
                .map(|&j| item(&entries[j]))
                .find(|next| next.planned() > it.planned() && can_follow(it, next))
                .map_or(it.start, |next| {
                    // Both are after `it.start`, as `next` is planned later.
                    let shifted = next.planned().plus_minutes(it.delay_minutes);
                    if next.start > it.start {
                        shifted.min(next.start)
                    } else {
                        shifted
                    }
                })
        };
        item_mut(&mut entries[i]).end = end;
    }
}

/// The end each of `items` gets when it has no `end` of its own: asked of
/// a loaded programme, the writer leaves out an end equal to it, and a
/// change of delays recomputes the ends with it.
#[cfg(any(feature = "editor", not(target_arch = "wasm32")))]
pub(crate) fn implied_ends(items: &[Item]) -> Vec<Instant> {
    let mut copies = items.to_vec();
    fill_implied_ends(&mut copies, |i| i, |i| i, |_| true);
    copies.iter().map(|i| i.end).collect()
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
        // The order of the file is the plan's: a delay does not make it wrong.
        if d.item.planned() < prev.item.planned() {
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
    for i in sorted_by(drafts, draft_item, |item| item.start) {
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
