//! The interface languages, the starting language, and which language of a
//! localised text is shown.

use crate::programme::model::Text;

/// An interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// French, the default.
    #[default]
    Fr,
    /// English.
    En,
}

impl Lang {
    /// Both languages, in the switch's order.
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The BCP 47 code: the value of `lang` and `data-lang` attributes and of
    /// the keys of a programme's localised texts.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// The language's own name, the same in every interface language (a
    /// person looking for their language reads it in that language).
    pub fn name(self) -> &'static str {
        match self {
            Lang::Fr => "Français",
            Lang::En => "English",
        }
    }

    /// Reads a language tag (`fr`, `fr-FR`, `EN_gb`, …) by its primary
    /// subtag, ignoring case; `None` for any other language.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Lang::ALL
            .into_iter()
            .find(|l| primary.eq_ignore_ascii_case(l.code()))
    }

    /// The other language: what the switch offers.
    pub fn other(self) -> Lang {
        match self {
            Lang::Fr => Lang::En,
            Lang::En => Lang::Fr,
        }
    }
}

/// The language to start in: the remembered choice (`stored`), else the
/// embed's `lang` option, else the first of the browser's languages that is
/// French or English, else French. Values that are not French or English are
/// skipped. See the module notes for why `stored` comes first.
pub fn initial_lang(
    option: Option<&str>,
    stored: Option<&str>,
    navigator_languages: &[String],
) -> Lang {
    stored
        .and_then(Lang::parse)
        .or_else(|| option.and_then(Lang::parse))
        .or_else(|| navigator_languages.iter().find_map(|l| Lang::parse(l)))
        .unwrap_or_default()
}

/// A localised text as shown: which language it is in, and whether that is
/// a fallback (then `[data-lang-fallback]` is shown and `lang` set to it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Picked<'a> {
    /// The text.
    pub text: &'a str,
    /// Its language code: the `lang` attribute of the element showing it.
    pub lang: &'a str,
    /// Whether it is in another language than the one asked for.
    pub fallback: bool,
}

/// `text` in `lang`, else in the other interface language, else in any
/// language it has (the first by code, so the choice is stable); `None` if
/// it has none.
pub fn pick(lang: Lang, text: &Text) -> Option<Picked<'_>> {
    text.pick(lang.code(), &[lang.other().code()])
        .map(|(code, text)| Picked {
            text,
            lang: code,
            fallback: code != lang.code(),
        })
}

/// A localised text picked for display and owned, for a reactive view:
/// empty (text and language) when it has no text at all.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Localised {
    /// The text shown.
    pub text: String,
    /// Its language code: the `lang` attribute of the element showing it.
    pub lang: String,
}

/// `text` in `lang` as [`pick`] chooses it, owned.
pub fn localised(lang: Lang, text: &Text) -> Localised {
    pick(lang, text)
        .map(|p| Localised {
            text: p.text.to_owned(),
            lang: p.lang.to_owned(),
        })
        .unwrap_or_default()
}
