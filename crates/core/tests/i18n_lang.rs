//! Which language the widget starts in, how tags are read, and which text a
//! localised field shows.

use live_agenda_core::i18n::{self, initial_lang, Lang};
use live_agenda_core::programme::model::Text;

fn langs(tags: &[&str]) -> Vec<String> {
    tags.iter().map(|t| (*t).to_owned()).collect()
}

#[test]
fn parse_reads_the_primary_subtag_in_any_case() {
    for tag in ["fr", "FR", "fr-FR", "fr-ca", "fr_BE", " fr "] {
        assert_eq!(Lang::parse(tag), Some(Lang::Fr), "{tag:?}");
    }
    for tag in ["en", "en-GB", "EN-us", "en_AU"] {
        assert_eq!(Lang::parse(tag), Some(Lang::En), "{tag:?}");
    }
    for tag in ["", "de", "de-DE", "fra", "english", "-fr"] {
        assert_eq!(Lang::parse(tag), None, "{tag:?}");
    }
}

#[test]
fn codes_names_and_other() {
    assert_eq!(Lang::ALL.map(Lang::code), ["fr", "en"]);
    assert_eq!(Lang::ALL.map(Lang::name), ["Français", "English"]);
    assert_eq!(Lang::Fr.other(), Lang::En);
    assert_eq!(Lang::En.other(), Lang::Fr);
    assert_eq!(Lang::default(), Lang::Fr);
    for lang in Lang::ALL {
        assert_eq!(Lang::parse(lang.code()), Some(lang));
    }
}

#[test]
fn a_remembered_choice_beats_the_embed_option_and_the_browser() {
    // The documented embed always sets data-lang: a visitor who switched
    // must keep their choice on the next visit.
    assert_eq!(
        initial_lang(Some("fr"), Some("en"), &langs(&["fr-FR"])),
        Lang::En
    );
    assert_eq!(initial_lang(None, Some("fr"), &langs(&["en-GB"])), Lang::Fr);
}

#[test]
fn the_embed_option_beats_the_browser() {
    assert_eq!(
        initial_lang(Some("en"), None, &langs(&["fr-FR", "fr"])),
        Lang::En
    );
    assert_eq!(
        initial_lang(Some("fr-FR"), None, &langs(&["en-US"])),
        Lang::Fr
    );
}

#[test]
fn the_first_french_or_english_browser_language_is_taken() {
    assert_eq!(
        initial_lang(None, None, &langs(&["de-DE", "en-GB", "fr"])),
        Lang::En
    );
    assert_eq!(
        initial_lang(None, None, &langs(&["es", "fr-CA", "en"])),
        Lang::Fr
    );
}

#[test]
fn french_when_nothing_says_otherwise() {
    assert_eq!(initial_lang(None, None, &[]), Lang::Fr);
    assert_eq!(initial_lang(None, None, &langs(&["de", "it"])), Lang::Fr);
}

#[test]
fn unusable_values_fall_through_to_the_next_source() {
    // A stale stored value or a typo in data-lang must not hide the others.
    assert_eq!(
        initial_lang(Some("english"), Some("de"), &langs(&["en"])),
        Lang::En
    );
    assert_eq!(
        initial_lang(Some("en"), Some(""), &langs(&["fr"])),
        Lang::En
    );
}

#[test]
fn pick_prefers_the_language_asked_for() {
    let text = [("en", "Welcome"), ("fr", "Accueil")]
        .into_iter()
        .map(|(l, t)| (l.to_owned(), t.to_owned()))
        .collect::<Text>();
    let picked = i18n::pick(Lang::Fr, &text).expect("has text");
    assert_eq!(
        (picked.text, picked.lang, picked.fallback),
        ("Accueil", "fr", false)
    );
    let picked = i18n::pick(Lang::En, &text).expect("has text");
    assert_eq!(
        (picked.text, picked.lang, picked.fallback),
        ("Welcome", "en", false)
    );
}

#[test]
fn pick_falls_back_to_the_other_language_then_any() {
    let english_only = Text::single("en", "I will present the ADAM algorithm");
    let picked = i18n::pick(Lang::Fr, &english_only).expect("has text");
    assert_eq!((picked.lang, picked.fallback), ("en", true));

    let mut others = Text::single("de", "Vortrag");
    others.insert("it".to_owned(), "Relazione".to_owned());
    let picked = i18n::pick(Lang::En, &others).expect("has text");
    assert_eq!(
        (picked.text, picked.lang, picked.fallback),
        ("Vortrag", "de", true)
    );

    assert_eq!(i18n::pick(Lang::Fr, &Text::default()), None);
}

#[test]
fn the_fallback_notice_is_in_the_interface_language_and_names_the_text_s() {
    assert_eq!(
        i18n::abstract_fallback(Lang::Fr, "en"),
        "Résumé disponible en anglais uniquement"
    );
    assert_eq!(
        i18n::abstract_fallback(Lang::En, "fr"),
        "Abstract available in French only"
    );
    assert_eq!(
        i18n::abstract_fallback(Lang::En, "en-GB"),
        "Abstract available in English only"
    );
    assert_eq!(
        i18n::abstract_fallback(Lang::Fr, "fr"),
        "Résumé disponible en français uniquement"
    );
    assert_eq!(
        i18n::abstract_fallback(Lang::En, "de"),
        "Abstract not available in English"
    );
    assert_eq!(
        i18n::abstract_fallback(Lang::Fr, "de"),
        "Résumé non disponible en français"
    );
}
