//! What the organisers' live controls (issue 15, the editor's `view=live`
//! on a phone during the event) show and change, decided without a
//! browser: which items to offer at an instant, which item "back on time"
//! starts from, and the announcement (`event.notice`) set or removed.
//!
//! The delays themselves are [`crate::programme::delay_from`]'s; this
//! module only picks the items it is applied from.

use crate::i18n::editor::late_by;
use crate::i18n::{format_time, localised, Lang, Localised};
use crate::programme::model::{Instant, Kind, Programme, Text};
use crate::programme::tz::TimeZones;
use crate::timeline::{self, State};

/// The items the live controls offer at an instant, as indices into
/// [`Programme::items`] in file order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LiveItems {
    /// The items on now (several in parallel rooms; a break counts).
    pub now: Vec<usize>,
    /// The next items to start, soonest first (at most the count asked
    /// for), end markers left out: "running late from here" on the end of
    /// the event is the last item's own delay.
    pub next: Vec<usize>,
}

/// The items on now at `now` and the `count` next ones (the timeline's
/// own rules: [`timeline::at`]).
pub fn live_items(programme: &Programme, now: Instant, count: usize) -> LiveItems {
    let t = timeline::at(programme, now);
    let now_items = t.live.iter().map(|l| l.index).collect();
    let mut upcoming: Vec<usize> = (0..programme.items.len())
        .filter(|&i| t.state(i) == State::Upcoming && programme.items[i].kind != Kind::End)
        .collect();
    // Soonest first; ties keep the file's order (a stable sort).
    upcoming.sort_by_key(|&i| programme.items[i].start);
    upcoming.truncate(count);
    LiveItems {
        now: now_items,
        next: upcoming,
    }
}

/// The item "back on time" is applied from: the earliest planned one that
/// is delayed (its delay and every later one of its day are set to 0 by
/// `delay_from`), or `None` when nothing is late.
pub fn first_delayed(programme: &Programme) -> Option<&str> {
    programme
        .items
        .iter()
        .filter(|item| item.delay_minutes != 0)
        .min_by_key(|item| item.planned())
        .map(|item| item.id.as_str())
}

/// The announcement as typed in the live controls' two fields: each
/// language kept when it holds more than spaces, trimmed; `None` when both
/// are blank (the widget shows no announcement then).
pub fn notice_from_fields(fr: &str, en: &str) -> Option<Text> {
    let mut text = Text::default();
    for (lang, value) in [("fr", fr), ("en", en)] {
        let value = value.trim();
        if !value.is_empty() {
            text.insert(lang.to_owned(), value.to_owned());
        }
    }
    (!text.is_empty()).then_some(text)
}

/// `programme` with the announcement `notice` (`None`: removed).
pub fn with_notice(programme: &Programme, notice: Option<Text>) -> Programme {
    let mut changed = programme.clone();
    changed.event.notice = notice;
    changed
}

/// One item as the live controls show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LiveCard {
    pub id: String,
    /// Its start as visitors see it (the delay applied), in the event's zone.
    pub starts: String,
    /// The start as planned, only when it is delayed.
    pub planned: Option<String>,
    /// "10 min late", only when it is delayed.
    pub late: Option<String>,
    /// Its title, in `lang` or the other language (with its code).
    pub title: Localised,
}

/// Item `index` of `programme` as a card, in `lang`.
pub fn card(
    programme: &Programme,
    index: usize,
    lang: Lang,
    tz: &dyn TimeZones,
) -> Option<LiveCard> {
    let item = programme.items.get(index)?;
    let zone = &programme.event.timezone;
    let time = |at: Instant| {
        tz.local(zone, at)
            .map(|l| format_time(lang, l.time))
            .unwrap_or_default()
    };
    let delayed = item.delay_minutes != 0;
    Some(LiveCard {
        id: item.id.clone(),
        starts: time(item.start),
        planned: delayed.then(|| time(item.planned())),
        late: delayed.then(|| late_by(lang, item.delay_minutes)),
        title: localised(lang, &item.title),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme::{delay_from, load, FixedZones};

    // The seed's shape, written in UTC so that the fixed-offset zones
    // resolve it without a time-zone database.
    const TEXT: &str = r#"{ "version": 1,
      "event": { "title": {"en": "W"}, "timezone": "UTC", "date": "2022-11-24" },
      "sessions": [
        { "id": "a", "kind": "welcome", "start": "13:30", "title": {"en": "Welcome"} },
        { "id": "b", "kind": "talk", "start": "13:45", "title": {"en": "B"} },
        { "id": "c", "kind": "talk", "start": "14:15", "title": {"en": "C"} },
        { "id": "pause", "kind": "break", "start": "14:45", "title": {"en": "Break"} },
        { "id": "d", "kind": "talk", "start": "15:00", "title": {"en": "D"} },
        { "id": "fin", "kind": "end", "start": "16:40", "title": {"en": "End"} }
      ] }"#;

    fn programme() -> Programme {
        load(TEXT, &FixedZones).unwrap().programme
    }

    /// 2022-11-24 at `hh:mm` UTC.
    fn at(hh: i64, mm: i64) -> Instant {
        Instant(1_669_248_000 + hh * 3600 + mm * 60)
    }

    #[test]
    fn during_a_talk_it_is_on_now_and_the_next_ones_follow_soonest_first() {
        let p = programme();
        let shown = live_items(&p, at(14, 20), 2);
        assert_eq!(shown.now, [2]);
        assert_eq!(shown.next, [3, 4]);
    }

    #[test]
    fn the_end_marker_is_never_offered() {
        let p = programme();
        let shown = live_items(&p, at(15, 10), 5);
        assert_eq!(shown.now, [4]);
        assert_eq!(shown.next, Vec::<usize>::new());
    }

    #[test]
    fn before_the_event_nothing_is_on_and_the_first_items_come_next() {
        let shown = live_items(&programme(), at(9, 0), 2);
        assert_eq!(shown.now, Vec::<usize>::new());
        assert_eq!(shown.next, [0, 1]);
    }

    #[test]
    fn after_the_event_nothing_is_offered() {
        assert_eq!(live_items(&programme(), at(17, 0), 3), LiveItems::default());
    }

    #[test]
    fn ten_minutes_late_from_the_break_keeps_the_talk_on_and_offers_the_break_next() {
        // +10 from the break during C: C still on, the break next (at 14:55).
        let late = delay_from(&programme(), "pause", 10, &FixedZones).unwrap();
        let shown = live_items(&late.programme, at(14, 20), 1);
        assert_eq!((shown.now, shown.next), (vec![2], vec![3]));
        assert_eq!(late.programme.items[3].start, at(14, 55));
        // A talk does not grow because the next item is late (the model's
        // rule): between its end and the late break nothing is on.
        let gap = live_items(&late.programme, at(14, 50), 1);
        assert_eq!((gap.now, gap.next), (vec![], vec![3]));
    }

    #[test]
    fn back_on_time_starts_from_the_earliest_planned_delayed_item() {
        let p = programme();
        assert_eq!(first_delayed(&p), None);
        let late = delay_from(&p, "pause", 10, &FixedZones).unwrap().programme;
        assert_eq!(first_delayed(&late), Some("pause"));
        // Back on time from there is the programme as planned.
        let back = delay_from(&late, "pause", 0, &FixedZones)
            .unwrap()
            .programme;
        assert_eq!(back, p);
        assert_eq!(first_delayed(&back), None);
    }

    #[test]
    fn a_card_shows_the_start_visitors_see_and_the_planned_one_when_late() {
        let p = programme();
        let on_time = card(&p, 3, Lang::En, &FixedZones).unwrap();
        assert_eq!(
            (on_time.starts.as_str(), on_time.planned, on_time.late),
            ("14:45", None, None)
        );
        assert_eq!(on_time.title.text, "Break");
        let late = delay_from(&p, "pause", 10, &FixedZones).unwrap().programme;
        let card = card(&late, 3, Lang::Fr, &FixedZones).unwrap();
        assert_eq!(card.starts, "14\u{a0}h\u{a0}55");
        assert_eq!(card.planned.as_deref(), Some("14\u{a0}h\u{a0}45"));
        assert_eq!(card.late.as_deref(), Some("10\u{a0}min de retard"));
        // Only English: shown in English, and said to be.
        assert_eq!(
            (card.title.text.as_str(), card.title.lang.as_str()),
            ("Break", "en")
        );
        assert_eq!(super::card(&p, 99, Lang::En, &FixedZones), None);
    }

    #[test]
    fn the_notice_keeps_each_language_typed_trimmed_and_blank_is_none() {
        let n = notice_from_fields("  Retard de 10 min ", "").unwrap();
        assert_eq!(n.get("fr"), Some("Retard de 10 min"));
        assert_eq!(n.get("en"), None);
        assert_eq!(notice_from_fields(" ", "\n"), None);
        let both = notice_from_fields("a", "b").unwrap();
        assert_eq!((both.get("fr"), both.get("en")), (Some("a"), Some("b")));
    }

    #[test]
    fn with_notice_sets_and_removes_only_the_announcement() {
        let p = programme();
        let on = with_notice(&p, notice_from_fields("Salle B", "Room B"));
        assert_eq!(on.event.notice.as_ref().unwrap().get("en"), Some("Room B"));
        assert_eq!(on.items, p.items);
        let off = with_notice(&on, None);
        assert_eq!(off, p);
    }
}
