//! The widget's colours and scheme as a guest in someone else's page
//! (DESIGN §3, "a guest"): which host colours it may borrow, and whether it
//! is light or dark. Pure: the browser layer reads the host's computed
//! colours (each resolved by the browser to `rgb()` form) and applies what
//! [`decide`] returns.
//!
//! # Rules
//!
//! - **Contrast, WCAG 2.x**: a borrowed colour is kept only where its
//!   contrast ratio with the widget's background reaches 4.5:1 (text, and
//!   the accent, which is text on the background and the background of the
//!   active button's text). Measured on twentytwentythree: its "primary" is
//!   lime `#9dff20`, 1.25:1 on white: dropped, our own accent is used.
//! - **Scheme**: `data-theme="light|dark"` forces it. Otherwise, on the
//!   standalone page, the phone's `prefers-color-scheme` (`Auto`); in an
//!   embed, the host page's: dark when the background behind the widget is
//!   dark (relative luminance below 0.18, where white and black text have
//!   the same contrast on it), light when it is light, and the phone's only
//!   when the host declares no background at all.
//! - **Font**: the host's where the widget sits, in an embed; the
//!   standalone page keeps its own.
//! - An embedder's own `--la-*` values are theirs: never checked, never
//!   replaced (the stylesheet reads them first).

/// An opaque colour as the browser computes it: 8-bit sRGB channels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

impl Rgb {
    /// An opaque colour.
    pub const fn new(r: u8, g: u8, b: u8) -> Rgb {
        Rgb { r, g, b }
    }

    /// Reads an opaque computed colour, `rgb(157, 255, 32)` (the form
    /// `getComputedStyle` gives whatever the colour was written as).
    /// `None` for anything else, a translucent `rgba(…)` included: a
    /// translucent background is looked through (the search goes on
    /// behind it), a translucent accent is not borrowed.
    pub fn parse(css: &str) -> Option<Rgb> {
        let inner = css.trim().strip_prefix("rgb(")?.strip_suffix(')')?;
        let mut parts = inner.split(',');
        let mut channel = || {
            let digits = parts.next()?.trim().as_bytes();
            if !(1..=3).contains(&digits.len()) || !digits.iter().all(u8::is_ascii_digit) {
                return None;
            }
            let value = digits
                .iter()
                .fold(0u16, |n, d| n * 10 + u16::from(d - b'0'));
            u8::try_from(value).ok()
        };
        let colour = Rgb::new(channel()?, channel()?, channel()?);
        parts.next().is_none().then_some(colour)
    }

    /// WCAG 2.x relative luminance, 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| f64::from(LINEAR[usize::from(c)]) / 65535.0;
        0.2126 * lin(self.r) + 0.7152 * lin(self.g) + 0.0722 * lin(self.b)
    }

    /// As CSS (`rgb(11 92 173)`).
    pub fn to_css(self) -> String {
        format!("rgb({} {} {})", self.r, self.g, self.b)
    }
}

/// The WCAG contrast ratio of two opaque colours, 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (light, dark) = if la > lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

/// WCAG AA for text (and for the accent, used as text).
pub const MIN_TEXT_CONTRAST: f64 = 4.5;

/// Light or dark, or the phone's choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheme {
    Light,
    Dark,
    /// The phone's `prefers-color-scheme`.
    Auto,
}

impl Scheme {
    /// The `data-theme` option: `light`, `dark` or `auto` (any case);
    /// `None` for anything else (then the host decides).
    pub fn parse(option: &str) -> Option<Scheme> {
        match option.trim().to_ascii_lowercase().as_str() {
            "light" => Some(Scheme::Light),
            "dark" => Some(Scheme::Dark),
            "auto" => Some(Scheme::Auto),
            _ => None,
        }
    }

    /// The value of the widget's `data-scheme` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::Light => "light",
            Scheme::Dark => "dark",
            Scheme::Auto => "auto",
        }
    }
}

/// The widget's own backgrounds, as in the stylesheet (`--_la-bg`).
pub const LIGHT_BACKGROUND: Rgb = Rgb::new(0xff, 0xff, 0xff);
/// See [`LIGHT_BACKGROUND`].
pub const DARK_BACKGROUND: Rgb = Rgb::new(0x14, 0x18, 0x1d);

/// What the browser read of the host page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Host {
    /// The `data-theme` option, as written.
    pub theme_option: Option<String>,
    /// Whether this is the standalone page (`data-live-agenda="page"`).
    pub standalone: bool,
    /// The first opaque background behind the widget,
    /// from its mount point up to the root; `None` when the page declares
    /// none.
    pub background: Option<Rgb>,
    /// Whether the page's `color-scheme` lets the canvas turn dark with the
    /// phone (`light dark`, `dark`).
    pub canvas_follows_phone: bool,
    /// The host's accent candidates, best first (a theme's "primary",
    /// `--color-primary`…), each resolved to a computed colour.
    pub accents: Vec<Rgb>,
    /// The host's text colour candidate (`--color-text`).
    pub text: Option<Rgb>,
    /// The computed font family where the widget sits.
    pub font: Option<String>,
}

/// What the widget takes from its host.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Theme {
    pub scheme: Scheme,
    /// A host accent readable on the widget's background, if one is.
    pub accent: Option<Rgb>,
    /// The host's text colour, if readable on the widget's background.
    pub text: Option<Rgb>,
    /// The host's font, in an embed (the standalone page has its own).
    pub font: Option<String>,
}

/// Decides the scheme and the borrowed colours (see the module rules).
pub fn decide(host: &Host) -> Theme {
    let forced = host.theme_option.as_deref().and_then(Scheme::parse);
    // An undeclared background is the canvas: white unless it follows the
    // phone.
    let background = host
        .background
        .or((!host.canvas_follows_phone).then_some(LIGHT_BACKGROUND));
    let scheme = match (forced, host.standalone, background) {
        (Some(scheme), _, _) => scheme,
        (None, true, _) | (None, false, None) => Scheme::Auto,
        (None, false, Some(bg)) => {
            if bg.luminance() < 0.18 {
                Scheme::Dark
            } else {
                Scheme::Light
            }
        }
    };
    // In `Auto` the background may be either: a colour is kept only if it
    // is readable on both.
    let backgrounds: &[Rgb] = match scheme {
        Scheme::Light => &[LIGHT_BACKGROUND],
        Scheme::Dark => &[DARK_BACKGROUND],
        Scheme::Auto => &[LIGHT_BACKGROUND, DARK_BACKGROUND],
    };
    let readable = |c: &Rgb| {
        backgrounds
            .iter()
            .all(|&bg| contrast(*c, bg) >= MIN_TEXT_CONTRAST)
    };
    Theme {
        scheme,
        accent: host.accents.iter().copied().find(readable),
        text: host.text.filter(readable),
        font: host.font.clone().filter(|_| !host.standalone),
    }
}

/// Linear-light values of the 256 sRGB channel levels, ×65535 (WCAG's
/// `((c + 0.055) / 1.055) ^ 2.4`, or `c / 12.92` below 0.04045): a table
/// rather than `powf`, whose code the wasm otherwise never needs. A test
/// recomputes every entry.
const LINEAR: [u16; 256] = [
    0, 20, 40, 60, 80, 99, 119, 139, 159, 179, 199, 219, 241, 264, 288, 313, 340, 367, 396, 427,
    458, 491, 526, 562, 599, 637, 677, 718, 761, 805, 851, 898, 947, 997, 1048, 1101, 1156, 1212,
    1270, 1330, 1391, 1453, 1517, 1583, 1651, 1720, 1790, 1863, 1937, 2013, 2090, 2170, 2250, 2333,
    2418, 2504, 2592, 2681, 2773, 2866, 2961, 3058, 3157, 3258, 3360, 3464, 3570, 3678, 3788, 3900,
    4014, 4129, 4247, 4366, 4488, 4611, 4736, 4864, 4993, 5124, 5257, 5392, 5530, 5669, 5810, 5953,
    6099, 6246, 6395, 6547, 6700, 6856, 7014, 7174, 7335, 7500, 7666, 7834, 8004, 8177, 8352, 8528,
    8708, 8889, 9072, 9258, 9445, 9635, 9828, 10022, 10219, 10417, 10619, 10822, 11028, 11235,
    11446, 11658, 11873, 12090, 12309, 12530, 12754, 12980, 13209, 13440, 13673, 13909, 14146,
    14387, 14629, 14874, 15122, 15371, 15623, 15878, 16135, 16394, 16656, 16920, 17187, 17456,
    17727, 18001, 18277, 18556, 18837, 19121, 19407, 19696, 19987, 20281, 20577, 20876, 21177,
    21481, 21787, 22096, 22407, 22721, 23038, 23357, 23678, 24002, 24329, 24658, 24990, 25325,
    25662, 26001, 26344, 26688, 27036, 27386, 27739, 28094, 28452, 28813, 29176, 29542, 29911,
    30282, 30656, 31033, 31412, 31794, 32179, 32567, 32957, 33350, 33745, 34143, 34544, 34948,
    35355, 35764, 36176, 36591, 37008, 37429, 37852, 38278, 38706, 39138, 39572, 40009, 40449,
    40891, 41337, 41785, 42236, 42690, 43147, 43606, 44069, 44534, 45002, 45473, 45947, 46423,
    46903, 47385, 47871, 48359, 48850, 49344, 49841, 50341, 50844, 51349, 51858, 52369, 52884,
    53401, 53921, 54445, 54971, 55500, 56032, 56567, 57105, 57646, 58190, 58737, 59287, 59840,
    60396, 60955, 61517, 62082, 62650, 63221, 63795, 64372, 64952, 65535,
];

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(rgb: u32) -> Rgb {
        Rgb::new((rgb >> 16) as u8, (rgb >> 8) as u8, rgb as u8)
    }

    #[test]
    fn the_table_is_wcags_formula() {
        for (i, &entry) in LINEAR.iter().enumerate() {
            let c = i as f64 / 255.0;
            let linear = if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            };
            assert_eq!(entry, (linear * 65535.0).round() as u16, "level {i}");
        }
    }

    #[test]
    fn contrast_ratios_match_wcags_examples() {
        let ratio = |a, b| (contrast(hex(a), hex(b)) * 100.0).round() / 100.0;
        assert_eq!(ratio(0x000000, 0xffffff), 21.0);
        assert_eq!(ratio(0xffffff, 0xffffff), 1.0);
        // twentytwentythree's primary on white (measured in WORDPRESS.md).
        assert_eq!(ratio(0x9dff20, 0xffffff), 1.25);
        // Our own accents on our own backgrounds pass AA.
        assert!(contrast(hex(0x0b5cad), LIGHT_BACKGROUND) >= 4.5);
        assert!(contrast(hex(0x6cb2ff), DARK_BACKGROUND) >= 4.5);
        // #767676 is the lightest grey that passes on white.
        assert!(contrast(hex(0x767676), LIGHT_BACKGROUND) >= 4.5);
        assert!(contrast(hex(0x777777), LIGHT_BACKGROUND) < 4.5);
    }

    #[test]
    fn opaque_computed_colours_are_read_and_anything_else_refused() {
        assert_eq!(Rgb::parse("rgb(157, 255, 32)"), Some(hex(0x9dff20)));
        assert_eq!(Rgb::parse(" rgb(0,0,0) "), Some(hex(0x000000)));
        for bad in [
            "",
            "red",
            "#fff",
            "rgb(1, 2)",
            "rgb(1, 2, 300)",
            "rgb(1, 2, -3)",
            "rgb(1, 2, 3, 4)",
            // Transparent and translucent: looked through, not borrowed.
            "rgba(0, 0, 0, 0)",
            "rgba(255, 255, 255, 0.5)",
        ] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
        assert_eq!(hex(0x123456).to_css(), "rgb(18 52 86)");
    }

    fn host(background: Option<Rgb>) -> Host {
        Host {
            background,
            font: Some("Georgia, serif".to_owned()),
            accents: vec![hex(0x9dff20), hex(0x345c00)],
            text: Some(hex(0x000000)),
            ..Host::default()
        }
    }

    #[test]
    fn an_unreadable_host_accent_is_dropped_for_the_next_readable_one() {
        // twentytwentythree: lime primary, dark green secondary, on white.
        let theme = decide(&host(Some(hex(0xffffff))));
        assert_eq!(theme.scheme, Scheme::Light);
        assert_eq!(theme.accent, Some(hex(0x345c00)));
        assert_eq!(theme.text, Some(hex(0x000000)));
        // None readable: ours.
        let lime_only = Host {
            accents: vec![hex(0x9dff20)],
            ..host(Some(hex(0xffffff)))
        };
        assert_eq!(decide(&lime_only).accent, None);
    }

    #[test]
    fn the_host_page_not_the_phone_sets_the_scheme_in_an_embed() {
        assert_eq!(decide(&host(Some(hex(0xffffff)))).scheme, Scheme::Light);
        assert_eq!(decide(&host(Some(hex(0xf9f9f9)))).scheme, Scheme::Light);
        assert_eq!(decide(&host(Some(hex(0x111111)))).scheme, Scheme::Dark);
        // A dark page: black text is unreadable, the lime accent readable.
        let dark = decide(&host(Some(hex(0x111111))));
        assert_eq!((dark.accent, dark.text), (Some(hex(0x9dff20)), None));
        // Nothing declared: the white canvas.
        assert_eq!(decide(&host(None)).scheme, Scheme::Light);
        // A canvas that follows the phone: the phone's choice, and only
        // colours readable in both schemes.
        let auto = decide(&Host {
            canvas_follows_phone: true,
            ..host(None)
        });
        assert_eq!(auto.scheme, Scheme::Auto);
        assert_eq!((auto.accent, auto.text), (None, None));
    }

    #[test]
    fn the_standalone_page_follows_the_phone_and_an_embedder_can_force() {
        let standalone = Host {
            standalone: true,
            ..host(Some(hex(0x111111)))
        };
        assert_eq!(decide(&standalone).scheme, Scheme::Auto);
        // The page's own font is the standalone page's; an embed takes the host's.
        assert_eq!(decide(&standalone).font, None);
        assert_eq!(decide(&host(None)).font.as_deref(), Some("Georgia, serif"));
        for (option, scheme) in [
            ("light", Scheme::Light),
            (" DARK ", Scheme::Dark),
            ("auto", Scheme::Auto),
        ] {
            let forced = Host {
                theme_option: Some(option.to_owned()),
                ..host(Some(hex(0xffffff)))
            };
            assert_eq!(decide(&forced).scheme, scheme, "{option}");
        }
        let unknown = Host {
            theme_option: Some("purple".to_owned()),
            ..host(Some(hex(0x111111)))
        };
        assert_eq!(
            decide(&unknown).scheme,
            Scheme::Dark,
            "an unknown option is ignored"
        );
    }
}
