//! Browser tests (wasm32, headless Chromium): what only a browser can show.
//! `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use live_agenda::browser::json::BrowserJson;
use live_agenda::browser::tz::{readings_agree, IntlZones};
use live_agenda::i18n::Lang;
use live_agenda::programme::{self, tz_cases, Instant, Programme};
use live_agenda::sync::Failure;
use live_agenda::ui::agenda::Agenda;
use live_agenda::ui::error::ErrorView;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("../assets/programme.json");

/// A fresh element in the document to mount into.
fn container() -> HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

/// Mounts the agenda of `programme` at the instant `now` in a fresh element
/// and lets it render.
async fn mount_agenda(
    programme: Programme,
    now: RwSignal<Instant>,
    lang: RwSignal<Lang>,
) -> HtmlElement {
    let root = container();
    let programme = RwSignal::new(programme);
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <Agenda programme=Signal::from(programme) lang=lang now=now.read_only() changed=RwSignal::new(Vec::new())/> }
    });
    // Mounted for the rest of the test run: the element is read afterwards.
    handle.forget();
    leptos::task::tick().await;
    root
}

fn attrs(root: &HtmlElement, selector: &str, attr: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .map(|i| {
            let el: web_sys::Element = nodes.item(i).unwrap().unchecked_into();
            el.get_attribute(attr).unwrap_or_default()
        })
        .collect()
}

// Guards the promise that the browser's Intl resolves zones exactly like
// the native database: the same table of DST cases as `tests/programme_tz.rs`.
#[wasm_bindgen_test]
fn intl_time_zones_pass_the_shared_table_of_cases() {
    let failures = tz_cases::failures(&IntlZones);
    assert!(failures.is_empty(), "{failures:#?}");
}

// Guards the fast reading of wall clocks (one string from `format`) against
// the named parts: every six hours (and one second before and after each
// hour mark) through a year of zones with and without summer time,
// half-hour offsets and Lord Howe's half-hour shift.
#[wasm_bindgen_test]
fn wall_clocks_read_from_one_string_as_from_the_named_parts() {
    let zones = [
        "Europe/Paris",
        "America/New_York",
        "Asia/Kolkata",
        "Australia/Lord_Howe",
        "Pacific/Chatham",
        "UTC",
    ];
    // 2023-01-01T00:00:00Z, then 365 days in steps of 6 h.
    let start = 1_672_531_200_i64;
    for zone in zones {
        for step in 0..(365 * 4) {
            for delta in [-1, 0, 1, 1799] {
                let t = Instant(start + step * 6 * 3600 + delta);
                assert!(readings_agree(zone, t), "{zone} at {t:?}");
            }
        }
    }
}

// Guards the DOM contract of the agenda: one element per item, in order, with
// its id, kind and state, and its start as <time datetime> in the event zone.
#[wasm_bindgen_test]
async fn the_agenda_renders_every_item_with_the_dom_contract() {
    let loaded = programme::load_with(SEED, &BrowserJson, &IntlZones).expect("the seed loads");
    // 14:20 in Paris: Leiber's talk is on.
    let now = RwSignal::new(programme::time::parse_rfc3339("2022-11-24T14:20:00+01:00").unwrap());
    let lang = RwSignal::new(Lang::En);
    let root = mount_agenda(loaded.programme.clone(), now, lang).await;

    let ids = attrs(&root, "[data-session-id]", "data-session-id");
    let want: Vec<String> = loaded
        .programme
        .items
        .iter()
        .map(|i| i.id.clone())
        .collect();
    assert_eq!(ids, want);
    assert_eq!(ids.len(), 8);
    assert_eq!(
        attrs(&root, "[data-session-id]", "data-kind"),
        [
            "welcome",
            "talk",
            "talk",
            "break",
            "talk",
            "talk",
            "discussion",
            "end"
        ]
    );
    assert_eq!(
        attrs(&root, "[data-session-id] time", "datetime")[..3],
        [
            "2022-11-24T13:30:00+01:00",
            "2022-11-24T13:45:00+01:00",
            "2022-11-24T14:15:00+01:00"
        ]
    );
    assert_eq!(
        attrs(&root, "[data-session-id]", "data-state"),
        ["past", "past", "live", "upcoming", "upcoming", "upcoming", "upcoming", "upcoming"]
    );
    let text = root.inner_text();
    assert!(text.contains("Maxime Leiber"), "{text}");
    assert!(text.contains("Differentiable STFT"), "{text}");

    // The clock moves into the break: the states follow without a remount.
    now.set(programme::time::parse_rfc3339("2022-11-24T14:50:00+01:00").unwrap());
    leptos::task::tick().await;
    assert_eq!(
        attrs(&root, "[data-session-id]", "data-state")[2..4],
        ["past", "live"]
    );
}

// Guards "never a blank widget": an invalid file shows its errors, in the
// interface language, naming the file and the field.
#[wasm_bindgen_test]
async fn an_invalid_programme_shows_its_errors_with_file_and_path() {
    let problems = programme::load_with(r#"{"version": 1, "event": {"title": {"en": "X"}, "timezone": "Mars/Olympus"}, "sessions": []}"#, &BrowserJson, &IntlZones)
        .expect_err("unknown zone is an error");
    let lang = RwSignal::new(Lang::Fr);
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <ErrorView error=Failure::Invalid(problems.clone()) file="prog.json".to_owned() lang=lang/> }
    });
    leptos::task::tick().await;
    let alert = root
        .query_selector("[data-error]")
        .unwrap()
        .expect("[data-error] shown");
    assert_eq!(alert.get_attribute("role").as_deref(), Some("alert"));
    let text = root.inner_text();
    assert!(text.contains("prog.json"), "{text}");
    assert!(text.contains("event.timezone"), "{text}");
    let french = text.clone();
    lang.set(Lang::En);
    leptos::task::tick().await;
    assert_ne!(
        root.inner_text(),
        french,
        "the message follows the language"
    );
}

// Guards the language switch's contract: one button per language, the
// active one `aria-pressed="true"`, a click changes the language.
#[wasm_bindgen_test]
async fn the_language_switch_presses_one_button_and_changes_the_language() {
    use live_agenda::ui::switches::LangSwitch;
    let lang = RwSignal::new(Lang::En);
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || view! { <LangSwitch lang=lang/> });
    leptos::task::tick().await;
    assert_eq!(
        attrs(&root, "[data-lang-switch] button", "data-lang"),
        ["fr", "en"]
    );
    assert_eq!(
        attrs(&root, "[data-lang-switch] button", "aria-pressed"),
        ["false", "true"]
    );
    let fr: HtmlElement = root
        .query_selector("button[data-lang=\"fr\"]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    fr.click();
    leptos::task::tick().await;
    assert_eq!(lang.get_untracked(), Lang::Fr);
    assert_eq!(
        attrs(&root, "[data-lang-switch] button", "aria-pressed"),
        ["true", "false"]
    );
}

// Guards the organisers' delay on screen: the effective time first (the
// one `<time>` the DOM contract names), the planned one struck through.
#[wasm_bindgen_test]
async fn a_delayed_item_shows_its_new_time_and_the_planned_one_struck_through() {
    let text = SEED.replace(
        r#""id": "janati-ot","#,
        r#""id": "janati-ot", "delay_minutes": 10,"#,
    );
    let loaded = programme::load_with(&text, &BrowserJson, &IntlZones).expect("loads with a delay");
    let now = RwSignal::new(programme::time::parse_rfc3339("2022-11-24T14:20:00+01:00").unwrap());
    let lang = RwSignal::new(Lang::En);
    let root = mount_agenda(loaded.programme.clone(), now, lang).await;
    let times = attrs(&root, "[data-session-id=\"janati-ot\"] time", "datetime");
    assert_eq!(
        times,
        ["2022-11-24T15:40:00+01:00", "2022-11-24T15:30:00+01:00"]
    );
    assert_eq!(
        attrs(&root, "[data-session-id=\"janati-ot\"] s time", "datetime"),
        ["2022-11-24T15:30:00+01:00"]
    );
}

// Guards the widget's JSON: the browser's `JSON.parse` copied into the
// loader's values, with the same rules as the native parser (file order,
// numbers with their digits, a bounded depth, where a broken file breaks).
#[wasm_bindgen_test]
fn the_browsers_json_parse_gives_the_loaders_values() {
    use live_agenda::programme::value::{JsonParser, Value};
    let v = BrowserJson
        .parse(r#"{"b": [true, null, "é"], "a": 1.50, "b2": {"k": -2}}"#)
        .expect("valid JSON");
    let keys: Vec<&str> = v
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, _)| k.as_str())
        .collect();
    assert_eq!(keys, ["b", "a", "b2"], "the file's order");
    assert_eq!(
        v.get("b"),
        Some(&Value::Array(vec![
            Value::Bool(true),
            Value::Null,
            Value::String("é".into())
        ]))
    );
    let Some(Value::Number(n)) = v.get("a") else {
        panic!("a number")
    };
    assert_eq!((n.as_f64(), n.to_string()), (Some(1.5), "1.5".to_owned()));
    assert!(
        matches!(v.get("b2").and_then(|o| o.get("k")), Some(Value::Number(n)) if n.as_i64() == Some(-2))
    );

    // Broken: where, in lines and columns, when the browser says.
    let broken = BrowserJson
        .parse("{\n  \"a\": 1,\n  \"b\": 2,}")
        .expect_err("broken");
    assert_eq!(broken.line_column, Some((3, 10)), "{broken:?}");
    assert!(!broken.detail.contains("position"), "said once: {broken:?}");
    // Chromium quotes the text around an unexpected token instead.
    let token = BrowserJson.parse("{\"a\": tru}").expect_err("broken");
    assert!(token.detail.contains("tru}"), "{token:?}");
    // Deeper than the native parser allows: refused, not a stack overflow.
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert!(BrowserJson.parse(&deep).is_err());
    let fine = format!("{}{}", "[".repeat(100), "]".repeat(100));
    assert!(BrowserJson.parse(&fine).is_ok());
}

// Guards the clock correction's input: the server's `Date` header is read
// by the browser's `Date.parse`, in the three forms RFC 9110 says a
// recipient must accept; anything else gives no correction.
#[wasm_bindgen_test]
fn the_browser_reads_http_dates_in_all_three_forms() {
    use live_agenda::browser::source::server_time_ms;
    // 1994-11-06T08:49:37Z, the RFC's example date.
    let rfc_example = Some(784_111_777_000.0);
    assert_eq!(server_time_ms("Sun, 06 Nov 1994 08:49:37 GMT"), rfc_example);
    assert_eq!(
        server_time_ms("Sunday, 06-Nov-94 08:49:37 GMT"),
        rfc_example
    );
    assert_eq!(server_time_ms("Sun Nov  6 08:49:37 1994"), rfc_example);
    // Checked with Python: calendar.timegm((2022, 11, 24, 13, 0, 0)).
    assert_eq!(
        server_time_ms("Thu, 24 Nov 2022 13:00:00 GMT"),
        Some(1_669_294_800_000.0)
    );
    assert_eq!(server_time_ms("yesterday"), None);
    assert_eq!(server_time_ms(""), None);
}
