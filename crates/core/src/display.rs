//! Display decisions that need neither a clock nor the DOM: which zone the
//! times can be shown in, where the first view goes, which items get their
//! own buttons and a kind label, how an abstract splits into paragraphs,
//! the minute numbers the stylesheet draws progress bars from.

use crate::programme::model::{Instant, Kind, Programme, Speaker};
use crate::programme::tz::TimeZones;
use crate::timeline::State;

/// The item "now" is (by index), given every item's state: the live one,
/// else the next upcoming one; `None` when nothing is past yet (before the
/// event, the top of the agenda is the right place) or nothing is live or
/// ahead (after it).
pub fn now_target(states: &[State]) -> Option<usize> {
    if !states.contains(&State::Past) {
        return None;
    }
    let first = |wanted: State| states.iter().position(|&s| s == wanted);
    first(State::Live).or_else(|| first(State::Upcoming))
}

/// The item the first view scrolls to, if any: [`now_target`] on the
/// standalone page (the agenda is the page); never in an embed, where the
/// host page's top (its title, the status line, the announcement) is what a
/// visitor must see first: there only a `#id` deep link scrolls.
pub fn scroll_on_load(states: &[State], standalone: bool) -> Option<usize> {
    standalone.then(|| now_target(states)).flatten()
}

/// Whether an item gets its own calendar and share buttons: the sessions,
/// not the welcome, the break or the end (they are in the whole
/// programme's file).
pub fn has_own_actions(kind: &Kind) -> bool {
    !matches!(kind, Kind::Welcome | Kind::Break | Kind::End)
}

/// Whether an item's kind is shown as a label: a talk needs none (it has
/// speakers); welcome, break and end say what they are in their title and
/// their style; a discussion or any other kind is named.
pub fn shows_kind_label(kind: &Kind) -> bool {
    matches!(kind, Kind::Discussion | Kind::Other(_))
}

/// A CSS-safe modifier for the kind (`la-item--talk`): the known kinds by
/// name, any other as `other` (a file's free string never reaches a class
/// name).
pub fn kind_modifier(kind: &Kind) -> &'static str {
    match kind {
        Kind::Welcome => "welcome",
        Kind::Talk => "talk",
        Kind::Break => "break",
        Kind::Discussion => "discussion",
        Kind::End => "end",
        Kind::Other(_) => "other",
    }
}

/// Whether showing the programme in `viewer_zone` would change any wall-clock
/// time compared with the event's zone: only then is a zone switch offered
/// (a visitor in Berlin for a Paris event sees the same times and needs no
/// choice). Checked at every start and end, so a DST change between the
/// event's days counts.
pub fn viewer_zone_differs(programme: &Programme, viewer_zone: &str, tz: &dyn TimeZones) -> bool {
    let event_zone = programme.event.timezone.as_str();
    if viewer_zone == event_zone || !tz.is_known(viewer_zone) {
        return false;
    }
    programme
        .items
        .iter()
        .flat_map(|item| [item.start, item.end])
        .any(|instant| {
            let (Ok(event), Ok(viewer)) = (
                tz.local(event_zone, instant),
                tz.local(viewer_zone, instant),
            ) else {
                return false;
            };
            (event.date, event.time) != (viewer.date, viewer.time)
        })
}

/// 2020-01-01T00:00:00Z, the origin of [`css_minute`].
const CSS_EPOCH: i64 = 1_577_836_800;

/// An instant as whole minutes since 2020 (floored), the unit of the
/// stylesheet's progress bars: the agenda sets the current minute once on
/// the list, each live item its start and end, and CSS computes every bar
/// from them, so a tick changes one property however many rooms are live.
/// Minutes since 2020, not since 1970: browsers may keep CSS numbers in
/// single precision, exact only below 2^24 (until about 2051 from here).
pub fn css_minute(instant: Instant) -> i64 {
    (instant.0 - CSS_EPOCH).div_euclid(60)
}

/// An abstract's paragraphs: separated by a blank line (DESIGN §1). Single
/// line breaks stay inside their paragraph (shown as line breaks); blank
/// paragraphs and Windows line endings are dropped.
pub fn paragraphs(text: &str) -> Vec<String> {
    let text = text.replace("\r\n", "\n");
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.split('\n') {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(current.join("\n"));
                current.clear();
            }
        } else {
            current.push(line.trim_end());
        }
    }
    if !current.is_empty() {
        out.push(current.join("\n"));
    }
    out
}

/// The speakers in one line of plain text, each with their affiliation:
/// "Olivier Fercoq (Télécom Paris), Pascal Bianchi" (calendar files,
/// `check-programme`'s summary). Blank names are left out.
pub fn speakers_line(speakers: &[Speaker]) -> String {
    let names: Vec<String> = speakers
        .iter()
        .filter(|s| !s.name.trim().is_empty())
        .map(|s| match s.affiliation.as_deref().map(str::trim) {
            Some(a) if !a.is_empty() => format!("{} ({a})", s.name.trim()),
            _ => s.name.trim().to_owned(),
        })
        .collect();
    names.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme::{load, FixedZones};

    fn seed_in(zone: &str) -> Programme {
        let text = include_str!("../../../assets/programme.json").replace("Europe/Paris", zone);
        load(&text, &FixedZones).expect("seed loads").programme
    }

    #[test]
    fn css_minutes_are_whole_minutes_since_2020_floored_and_exact_in_single_precision() {
        assert_eq!(css_minute(Instant(CSS_EPOCH)), 0);
        assert_eq!(css_minute(Instant(CSS_EPOCH + 59)), 0);
        assert_eq!(css_minute(Instant(CSS_EPOCH + 60)), 1);
        // Before 2020 (the seed's illustrative 2022 is after; a preview may
        // not be): floored towards the past, not towards zero.
        assert_eq!(css_minute(Instant(CSS_EPOCH - 1)), -1);
        // The seed's Leiber talk, 14:15 to 14:45 Paris time: 30 minutes apart.
        let start = Instant(1_669_295_700); // 2022-11-24T13:15:00Z
        assert_eq!(css_minute(start.plus_minutes(30)) - css_minute(start), 30);
        // 2050 still fits a float's 24-bit mantissa.
        let in_2050 = Instant(2_524_608_000);
        assert!(css_minute(in_2050) < 1 << 24);
    }

    #[test]
    fn a_zone_switch_is_offered_only_when_the_wall_clock_differs() {
        let p = seed_in("Etc/GMT-1");
        assert!(!viewer_zone_differs(&p, "Etc/GMT-1", &FixedZones));
        assert!(viewer_zone_differs(&p, "UTC", &FixedZones));
        assert!(viewer_zone_differs(&p, "Etc/GMT+5", &FixedZones));
        // An unknown viewer zone offers nothing rather than a broken switch.
        assert!(!viewer_zone_differs(&p, "Mars/Olympus", &FixedZones));
    }

    #[test]
    fn now_is_the_live_item_else_the_next_and_only_once_started() {
        use State::{Live, Past, Upcoming};
        assert_eq!(now_target(&[Past, Past, Live, Upcoming]), Some(2));
        // Several rooms live: the first in the programme's order.
        assert_eq!(now_target(&[Past, Live, Live]), Some(1));
        assert_eq!(now_target(&[Past, Past, Upcoming, Upcoming]), Some(2));
        assert_eq!(now_target(&[Upcoming, Upcoming]), None, "before");
        assert_eq!(now_target(&[Live, Upcoming]), None, "first item on");
        assert_eq!(now_target(&[Past, Past]), None, "after");
        assert_eq!(now_target(&[]), None);
    }

    #[test]
    fn only_the_standalone_page_scrolls_on_load() {
        use State::{Live, Past};
        assert_eq!(scroll_on_load(&[Past, Live], true), Some(1));
        assert_eq!(
            scroll_on_load(&[Past, Live], false),
            None,
            "an embed never scrolls its host"
        );
    }

    #[test]
    fn sessions_get_their_own_buttons_and_only_some_kinds_a_label() {
        let other = Kind::Other("poster".to_owned());
        let with_actions: Vec<bool> = [Kind::Welcome, Kind::Talk, Kind::Break, Kind::Discussion]
            .iter()
            .chain([&Kind::End, &other])
            .map(has_own_actions)
            .collect();
        assert_eq!(with_actions, [false, true, false, true, false, true]);
        assert!(shows_kind_label(&Kind::Discussion) && shows_kind_label(&other));
        assert!(!shows_kind_label(&Kind::Talk) && !shows_kind_label(&Kind::Break));
        assert_eq!(kind_modifier(&other), "other");
        assert_eq!(kind_modifier(&Kind::Talk), "talk");
    }

    #[test]
    fn paragraphs_split_on_blank_lines_and_keep_line_breaks() {
        let text = "First line\nsame paragraph\n\nSecond\r\n\r\n\n  \nThird  ";
        assert_eq!(
            paragraphs(text),
            ["First line\nsame paragraph", "Second", "Third"]
        );
        assert!(paragraphs("  \n\n ").is_empty());
    }

    #[test]
    fn the_seed_abstracts_keep_their_paragraphs() {
        let p = seed_in("UTC");
        let leiber = p.items.iter().find(|i| i.id == "leiber-stft").unwrap();
        let text = leiber.abstract_.as_ref().unwrap().get("en").unwrap();
        let paras = paragraphs(text);
        assert_eq!(paras.len(), 2);
        assert!(paras[1].starts_with("We first define"));
        assert!(paras[1].contains("\nWe then present"));
    }
}
