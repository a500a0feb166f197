//! "Join online" (DESIGN §2): which join links are open at an instant, and
//! when the next one opens.
//!
//! - The event's link (`event.online`) is open from `opens_minutes_before`
//!   before its first item to the end of its last.
//! - An item with its own `stream` link: from the same margin before its
//!   start to its end. While it is open it replaces the event's link (the
//!   room's stream is where that talk is); parallel items with their own
//!   streams each give theirs.
//!
//! Ends are the timeline's effective ends, so a link closes when the
//! status says the item (or the event) is over.

use crate::programme::model::{Instant, Item, Kind, Online, Programme, Text};

/// One open join link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JoinLink<'a> {
    pub url: &'a str,
    /// The organiser's words, if any (else "Join online").
    pub label: Option<&'a Text>,
    /// The item whose own stream it is; `None` for the event's link.
    pub item: Option<usize>,
}

/// The join links at an instant.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Join<'a> {
    /// The links open now, items' streams in programme order, or else the
    /// event's link.
    pub open: Vec<JoinLink<'a>>,
    /// When nothing is open: the next instant a link opens, if any.
    pub opens_at: Option<Instant>,
}

/// The join links of `programme` at `now`; `ends` are
/// [`crate::timeline::effective_ends`].
pub fn join_at<'a>(programme: &'a Programme, ends: &[Instant], now: Instant) -> Join<'a> {
    let online = programme.event.online.as_ref();
    let margin = online.map_or(Online::DEFAULT_OPENS_MINUTES_BEFORE, |o| {
        o.opens_minutes_before
    });
    let opens = |start: Instant| start.plus_minutes(-margin);
    let mut join = Join::default();
    let mut next_opening: Option<Instant> = None;
    let mut sooner = |at: Instant| {
        if at > now && next_opening.is_none_or(|n| at < n) {
            next_opening = Some(at);
        }
    };

    for (index, item) in programme.items.iter().enumerate() {
        let Some(stream) = item.stream() else {
            continue;
        };
        let end = ends.get(index).copied().unwrap_or(item.end).max(item.start);
        if opens(item.start) <= now && now < end {
            join.open.push(JoinLink {
                url: &stream.url,
                label: stream.label.as_ref(),
                item: Some(index),
            });
        } else {
            sooner(opens(item.start));
        }
    }

    if let (Some(online), Some((first, last))) = (online, span(&programme.items, ends)) {
        if join.open.is_empty() && opens(first) <= now && now < last {
            join.open.push(JoinLink {
                url: &online.url,
                label: online.label.as_ref(),
                item: None,
            });
        } else {
            sooner(opens(first));
        }
    }
    if join.open.is_empty() {
        join.opens_at = next_opening;
    }
    join
}

/// The event's first start and last end (the `end` marker's start counts
/// as an end); `None` without items.
fn span(items: &[Item], ends: &[Instant]) -> Option<(Instant, Instant)> {
    let first = items.iter().map(|i| i.start).min()?;
    let last = items
        .iter()
        .enumerate()
        .map(|(i, item)| match item.kind {
            Kind::End => item.start,
            _ => ends.get(i).copied().unwrap_or(item.end).max(item.start),
        })
        .max()?;
    Some((first, last))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme::{load, FixedZones};
    use crate::timeline::effective_ends;

    /// 14:00 talk with its own stream, 14:30 break, 15:00 talk, 16:00 end;
    /// the event's link opens 15 minutes before.
    fn hybrid() -> Programme {
        let text = r#"{ "version": 1,
          "event": { "title": {"en": "W"}, "timezone": "UTC", "date": "2022-11-24",
                     "online": { "url": "https://event.example/live", "opens_minutes_before": 15 } },
          "sessions": [
            { "id": "a", "start": "14:00", "title": {"en": "A"}, "speakers": ["X"],
              "links": [{ "kind": "stream", "url": "https://room.example/a" }] },
            { "id": "b", "kind": "break", "start": "14:30", "title": {"en": "Break"} },
            { "id": "c", "start": "15:00", "title": {"en": "C"}, "speakers": ["Y"] },
            { "id": "end", "kind": "end", "start": "16:00", "title": {"en": "End"} } ] }"#;
        load(text, &FixedZones).unwrap().programme
    }

    fn at(p: &Programme, hh: i64, mm: i64) -> Join<'_> {
        // 2022-11-24T00:00Z
        let day = 1_669_248_000;
        join_at(
            p,
            &effective_ends(&p.items),
            Instant(day + hh * 3600 + mm * 60),
        )
    }

    fn urls<'a>(j: &Join<'a>) -> Vec<&'a str> {
        j.open.iter().map(|l| l.url).collect()
    }

    #[test]
    fn the_items_stream_opens_before_it_and_replaces_the_events_link() {
        let p = hybrid();
        let before = at(&p, 13, 40);
        assert!(before.open.is_empty());
        // The item's stream opens at 13:45, the event's link at the same
        // margin before the same first start: the item's is sooner or equal.
        assert_eq!(
            before.opens_at,
            Some(Instant(1_669_248_000 + 13 * 3600 + 45 * 60))
        );
        assert_eq!(urls(&at(&p, 13, 45)), ["https://room.example/a"]);
        assert_eq!(urls(&at(&p, 14, 29)), ["https://room.example/a"]);
        assert_eq!(at(&p, 14, 10).open[0].item, Some(0));
    }

    #[test]
    fn the_events_link_is_open_from_the_end_of_the_stream_to_the_end() {
        let p = hybrid();
        assert_eq!(urls(&at(&p, 14, 30)), ["https://event.example/live"]);
        assert_eq!(urls(&at(&p, 15, 59)), ["https://event.example/live"]);
        assert_eq!(at(&p, 15, 0).open[0].item, None);
        let after = at(&p, 16, 0);
        assert!(after.open.is_empty() && after.opens_at.is_none());
    }

    #[test]
    fn without_any_link_nothing_opens() {
        let mut p = hybrid();
        p.event.online = None;
        p.items[0].links.clear();
        let j = at(&p, 14, 10);
        assert!(j.open.is_empty() && j.opens_at.is_none());
    }

    #[test]
    fn parallel_streams_each_give_their_link() {
        let mut p = hybrid();
        let mut other = p.items[0].clone();
        other.id = "a2".into();
        other.room = Some("Room 2".into());
        other.links[0].url = "https://room.example/b".into();
        p.items[0].room = Some("Room 1".into());
        p.items.insert(1, other);
        assert_eq!(
            urls(&at(&p, 14, 5)),
            ["https://room.example/a", "https://room.example/b"]
        );
    }
}
