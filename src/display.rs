//! Display decisions that need neither a clock nor the DOM: which zone the
//! times can be shown in, how an abstract splits into paragraphs.

use crate::programme::model::Programme;
use crate::programme::tz::TimeZones;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme::{load, FixedZones};

    fn seed_in(zone: &str) -> Programme {
        let text = include_str!("../assets/programme.json").replace("Europe/Paris", zone);
        load(&text, &FixedZones).expect("seed loads").programme
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
