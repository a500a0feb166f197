//! The widget's options (DESIGN §3): `src`, `lang`, `now`, `speed`, `theme`, read from
//! an embed's `data-` attributes or the standalone page's query string. Pure:
//! `browser::mount` gathers the raw pairs, this module decides what they mean.

use crate::programme::{parse_hhmm, parse_rfc3339, Instant, Programme, TimeZones};

/// Where the programme is fetched from when no `src` is given: the seed's
/// programme shipped next to the widget.
pub const DEFAULT_SRC: &str = "programme.json";

/// The preview clock's speed is kept within these bounds: slower than 1/10
/// looks frozen, faster than one hour a second skips whole sessions between
/// frames.
pub const SPEED_RANGE: (f64, f64) = (0.1, 3600.0);

/// Options of one widget.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// URL of the programme file, relative to the page.
    pub src: String,
    /// Requested interface language, as written (`fr`, `en-GB`…).
    pub lang: Option<String>,
    /// Preview clock start, as written: RFC 3339 or `HH:MM` on the event's
    /// date. Resolved once the programme (its date and zone) is known.
    pub now: Option<String>,
    /// Preview clock speed (1 = real time).
    pub speed: f64,
    /// The forced colour scheme (`light`, `dark`, `auto`), as written; see
    /// `theme::decide`.
    pub theme: Option<String>,
    /// Whether the widget is the page (`data-live-agenda="page"`, the
    /// standalone `index.html`) rather than a guest in someone else's.
    pub standalone: bool,
}

/// Whether the programme printed in the page before any script ran (the
/// standalone page's first paint, printed for the mount point's own
/// `data-src`, `printed_for`) is the one `options` ask for, so that the
/// widget keeps it on screen until its own agenda replaces it in place.
/// When the page's `?src=` names another file it is not: the widget then
/// replaces it at once with its loading line, rather than show one
/// programme under another's address.
pub fn first_paint_is_asked(printed_for: Option<&str>, options: &Options) -> bool {
    printed_for.map(str::trim) == Some(options.src.as_str())
}

impl Default for Options {
    fn default() -> Self {
        Options {
            src: DEFAULT_SRC.to_owned(),
            lang: None,
            now: None,
            speed: 1.0,
            theme: None,
            standalone: false,
        }
    }
}

impl Options {
    /// Builds options from `(name, value)` pairs; later pairs win, so callers
    /// pass the embed's attributes first and the overrides after. Unknown
    /// names are ignored; blank values count as absent.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Options {
        let mut options = Options::default();
        for (name, value) in pairs {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            match name {
                "src" => options.src = value.to_owned(),
                "lang" => options.lang = Some(value.to_owned()),
                "now" => options.now = Some(value.to_owned()),
                "theme" => options.theme = Some(value.to_owned()),
                "speed" => {
                    if let Some(speed) = parse_speed(value) {
                        options.speed = speed;
                    }
                }
                _ => {}
            }
        }
        options
    }
}

/// A positive decimal number (`60`, `0.5`), clamped to [`SPEED_RANGE`];
/// anything else is ignored (real time) rather than breaking the widget.
fn parse_speed(value: &str) -> Option<f64> {
    let speed = parse_decimal(value)?;
    (speed > 0.0).then(|| speed.clamp(SPEED_RANGE.0, SPEED_RANGE.1))
}

/// `digits[.digits]` as a number. Written out because `str::parse::<f64>`
/// brings Rust's float-parsing tables into the wasm (~13 KB brotli) for an
/// option that is only ever a plain decimal.
fn parse_decimal(value: &str) -> Option<f64> {
    let digits = |s: &str| !s.is_empty() && s.len() <= 9 && s.bytes().all(|b| b.is_ascii_digit());
    let (whole, fraction) = match value.split_once('.') {
        Some((whole, fraction)) if digits(fraction) => (whole, fraction),
        Some(_) => return None,
        None => (value, ""),
    };
    if !digits(whole) {
        return None;
    }
    let number = |s: &str| s.bytes().fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
    let scale = 10u64.pow(fraction.len() as u32);
    Some(number(whole) as f64 + number(fraction) as f64 / scale as f64)
}

/// The instant a `now` option names: an RFC 3339 date-time, or `HH:MM` on
/// the event's date (else the day of its first item) in the event's zone.
/// `None` when it names nothing usable: the clock then stays real.
pub fn resolve_now(value: &str, programme: &Programme, tz: &dyn TimeZones) -> Option<Instant> {
    if let Some(instant) = parse_rfc3339(value) {
        return Some(instant);
    }
    let time = parse_hhmm(value)?;
    let zone = &programme.event.timezone;
    let date = match programme.event.date {
        Some(date) => date,
        None => tz.local(zone, programme.items.first()?.start).ok()?.date,
    };
    tz.resolve(zone, date, time).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme::FixedZones;

    fn seed() -> Programme {
        let text = include_str!("../../../assets/programme.json").replace("Europe/Paris", "UTC");
        crate::programme::load(&text, &FixedZones)
            .expect("seed loads")
            .programme
    }

    #[test]
    fn now_accepts_rfc3339_or_a_wall_time_on_the_event_date() {
        let p = seed();
        let at = |v| resolve_now(v, &p, &FixedZones);
        assert_eq!(
            at("2022-11-24T14:20:00+01:00"),
            Some(Instant(1_669_296_000))
        );
        // 14:20 in UTC on 2022-11-24.
        assert_eq!(at("14:20"), Some(Instant(1_669_299_600)));
        assert_eq!(at("25:00"), None);
        assert_eq!(at("tomorrow"), None);
    }

    #[test]
    fn the_first_paint_stays_only_for_the_file_it_was_printed_for() {
        let page = |query: &[(&'static str, &'static str)]| {
            let mut pairs = vec![("src", "programme.json")];
            pairs.extend_from_slice(query);
            Options::from_pairs(pairs)
        };
        let printed = Some("programme.json");
        assert!(first_paint_is_asked(printed, &page(&[])));
        assert!(first_paint_is_asked(
            printed,
            &page(&[("lang", "en"), ("now", "14:20")])
        ));
        // `?src=` naming the same file (an empty one is no choice).
        assert!(first_paint_is_asked(
            printed,
            &page(&[("src", " programme.json ")])
        ));
        assert!(first_paint_is_asked(printed, &page(&[("src", "")])));
        // Another file: the printed programme is not that one.
        assert!(!first_paint_is_asked(
            printed,
            &page(&[("src", "other.json")])
        ));
        // Nothing printed for: nothing to keep.
        assert!(!first_paint_is_asked(None, &page(&[])));
    }

    #[test]
    fn defaults_to_the_seed_programme_in_real_time() {
        let o = Options::from_pairs([]);
        assert_eq!(o.src, "programme.json");
        assert_eq!((o.lang, o.now, o.speed), (None, None, 1.0));
    }

    #[test]
    fn later_pairs_override_earlier_ones() {
        let o = Options::from_pairs([("src", "a.json"), ("lang", "fr"), ("src", "b.json")]);
        assert_eq!(o.src, "b.json");
        assert_eq!(o.lang.as_deref(), Some("fr"));
    }

    #[test]
    fn blank_values_and_unknown_names_are_ignored() {
        let o = Options::from_pairs([("src", "  "), ("colour", "red"), ("now", " 14:20 ")]);
        assert_eq!(o.src, DEFAULT_SRC);
        assert_eq!(o.now.as_deref(), Some("14:20"));
    }

    #[test]
    fn speed_must_be_a_positive_finite_number_and_is_clamped() {
        let speed = |v| Options::from_pairs([("speed", v)]).speed;
        assert_eq!(speed("60"), 60.0);
        assert_eq!(speed("0.5"), 0.5);
        assert_eq!(speed("100000"), 3600.0);
        assert_eq!(speed("0.001"), 0.1);
        assert_eq!(speed("2.25"), 2.25);
        for bad in [
            "0", "-3", "NaN", "inf", "fast", "1e9", ".5", "5.", "1.2.3", "",
        ] {
            assert_eq!(speed(bad), 1.0, "{bad}");
        }
    }
}
