//! A parsed JSON document, as the loader reads it; and the parser behind a
//! trait, like the time zones: natively `serde_json` (the command-line
//! checker, the tests), in the widget the browser's own `JSON.parse`, which
//! keeps a JSON parser and its map types out of the wasm (BENCHMARKS.md,
//! "Decisions").

use std::fmt;

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Map),
}

/// A JSON number: its value, and its text as the parser wrote it back (for
/// messages: printing a float in Rust would bring float formatting into
/// the wasm).
#[derive(Clone, Debug, PartialEq)]
pub struct Number {
    value: f64,
    text: String,
}

/// A JSON object's members, in the order of the document, each key once
/// (both parsers keep the last value of a repeated key, at the place of the
/// first).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Map(Vec<(String, Value)>);

/// Why a text is not JSON at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    /// Where it breaks, 1-based, when the parser says.
    pub line_column: Option<(usize, usize)>,
    /// The parser's own words (English).
    pub detail: String,
}

/// Parses a JSON text.
pub trait JsonParser {
    fn parse(&self, text: &str) -> Result<Value, Unreadable>;
}

/// How deep arrays and objects may nest: as deep as `serde_json` allows, so
/// that both parsers refuse the same documents (and a hostile file cannot
/// exhaust the stack of whoever walks it).
pub const MAX_DEPTH: usize = 128;

impl Value {
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(map) => Some(map),
            _ => None,
        }
    }

    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?.get(key)
    }
}

impl Number {
    /// A number and its text (`text` as the parser prints it back).
    pub fn new(value: f64, text: String) -> Number {
        Number { value, text }
    }

    pub fn as_f64(&self) -> Option<f64> {
        Some(self.value)
    }

    /// The number if it is whole and exactly representable (|n| < 2^53).
    pub fn as_i64(&self) -> Option<i64> {
        const EXACT: f64 = 9_007_199_254_740_992.0;
        (self.value.fract() == 0.0 && self.value.abs() < EXACT).then_some(self.value as i64)
    }

    pub fn as_u64(&self) -> Option<u64> {
        self.as_i64().and_then(|n| u64::try_from(n).ok())
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Map {
    /// Adds a member; the parsers' keys are unique already (checking
    /// here would make a hostile object of 400,000 keys quadratic).
    pub fn push(&mut self, key: String, value: Value) {
        self.0.push((key, value));
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'a> IntoIterator for &'a Map {
    type Item = (&'a String, &'a Value);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, Value)>,
        fn(&'a (String, Value)) -> (&'a String, &'a Value),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

/// `s` as a JSON string literal (for paths that name an odd key:
/// `rooms["Saal 1"]`).
pub fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let n = u32::from(c) as usize;
                out.push_str("\\u00");
                out.push(char::from(HEX[n >> 4]));
                out.push(char::from(HEX[n & 0xf]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The 1-based line and column of the character at `utf16_offset` UTF-16
/// code units into `text` (JavaScript's unit, in which browsers report
/// where `JSON.parse` failed); columns count characters.
pub fn line_column_at(text: &str, utf16_offset: usize) -> (usize, usize) {
    let (mut line, mut column, mut units) = (1, 1, 0);
    for c in text.chars() {
        if units >= utf16_offset {
            break;
        }
        units += c.len_utf16();
        if c == '\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
    }
    (line, column)
}

/// What a browser's `JSON.parse` error message says, as an [`Unreadable`]:
/// where the text breaks, from "(line L column C)" (Firefox, recent
/// Chromium) or "at position N" (Chromium, UTF-16 units) or "end of" input
/// (the end of `text`); and the description without that position, which
/// the problem's message gives as a line and column.
pub fn parse_error(text: &str, message: &str) -> Unreadable {
    let number_after = |marker: &str| -> Option<usize> {
        let start = message.find(marker)? + marker.len();
        let digits: String = message[start..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        digits.parse().ok()
    };
    let line_column = match (number_after("line "), number_after("column ")) {
        (Some(line), Some(column)) => Some((line, column)),
        _ => match number_after("position ") {
            Some(p) => Some(line_column_at(text, p)),
            None if message.contains("end of") => Some(line_column_at(text, usize::MAX)),
            None => None,
        },
    };
    let detail = [" at position ", " at line ", " (line "]
        .iter()
        .filter_map(|marker| message.find(marker))
        .min()
        .map_or(message, |cut| &message[..cut]);
    Unreadable {
        line_column,
        detail: detail.trim_end_matches(['.', ' ']).to_owned(),
    }
}

/// `serde_json`, natively.
#[cfg(not(target_arch = "wasm32"))]
pub struct SerdeJson;

#[cfg(not(target_arch = "wasm32"))]
impl JsonParser for SerdeJson {
    fn parse(&self, text: &str) -> Result<Value, Unreadable> {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
            // serde_json appends " at line L column C"; kept apart.
            let full = e.to_string();
            let detail = full
                .rfind(" at line ")
                .map_or(full.as_str(), |at| &full[..at]);
            Unreadable {
                line_column: Some((e.line(), e.column())),
                detail: detail.to_owned(),
            }
        })?;
        Ok(from_serde(value))
    }
}

/// A `serde_json` value (natively: tests write theirs with `json!`).
#[cfg(not(target_arch = "wasm32"))]
pub fn from_serde(value: serde_json::Value) -> Value {
    use serde_json::Value as V;
    match value {
        V::Null => Value::Null,
        V::Bool(b) => Value::Bool(b),
        V::Number(n) => Value::Number(Number::new(n.as_f64().unwrap_or(f64::NAN), n.to_string())),
        V::String(s) => Value::String(s),
        V::Array(items) => Value::Array(items.into_iter().map(from_serde).collect()),
        V::Object(members) => {
            let mut map = Map::default();
            for (k, v) in members {
                map.push(k, from_serde(v));
            }
            Value::Object(map)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_whole_only_when_exact() {
        let n = |v: f64| Number::new(v, String::new());
        assert_eq!(n(10.0).as_i64(), Some(10));
        assert_eq!(n(-3.0).as_i64(), Some(-3));
        assert_eq!(n(10.5).as_i64(), None);
        assert_eq!(n(1e300).as_i64(), None);
        assert_eq!(n(f64::NAN).as_i64(), None);
        assert_eq!(n(-1.0).as_u64(), None);
        assert_eq!(n(1.0).as_u64(), Some(1));
    }

    #[test]
    fn objects_keep_the_documents_order_and_the_last_of_a_repeated_key() {
        let v = SerdeJson
            .parse(r#"{"b": 1, "a": true, "b": null}"#)
            .unwrap();
        let map = v.as_object().unwrap();
        assert_eq!(
            map.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(),
            ["b", "a"]
        );
        assert_eq!(map.get("b"), Some(&Value::Null));
        assert_eq!(map.len(), 2);
    }

    #[test]
    fn odd_keys_are_quoted_as_json_string_literals() {
        assert_eq!(quoted("Saal 1"), r#""Saal 1""#);
        assert_eq!(quoted("a\"b\\c\nd\u{1}"), r#""a\"b\\c\nd\u0001""#);
        // What serde_json writes for the same keys.
        for key in ["Saal 1", "a\"b\\c\nd\u{1}\u{1f}", "é—🎉"] {
            assert_eq!(
                quoted(key),
                serde_json::Value::String(key.into()).to_string()
            );
        }
    }

    #[test]
    fn browser_error_positions_become_lines_and_columns() {
        let text = "{\n  \"a\": 1,\n  \"b\": }";
        let at = |message: &str| parse_error(text, message);
        // Chromium: a UTF-16 position.
        let chromium = at("Unexpected token '}', ...\"b\": }\" is not valid JSON at position 19");
        assert_eq!(chromium.line_column, Some((3, 8)));
        assert_eq!(
            chromium.detail,
            "Unexpected token '}', ...\"b\": }\" is not valid JSON"
        );
        // Recent Chromium and Firefox say the line and column themselves.
        let recent = at("Expected property name or '}' in JSON at position 19 (line 3 column 8)");
        assert_eq!(recent.line_column, Some((3, 8)));
        assert_eq!(recent.detail, "Expected property name or '}' in JSON");
        let firefox = at("JSON.parse: unexpected character at line 3 column 8 of the JSON data");
        assert_eq!(firefox.line_column, Some((3, 8)));
        assert_eq!(firefox.detail, "JSON.parse: unexpected character");
        // The input ended early: its end.
        assert_eq!(at("Unexpected end of JSON input").line_column, Some((3, 9)));
        // Safari says neither.
        let safari = at("JSON Parse error: Unexpected token: }");
        assert_eq!(safari.line_column, None);
        assert_eq!(safari.detail, "JSON Parse error: Unexpected token: }");
        // Characters outside the BMP count twice in UTF-16, once in columns.
        assert_eq!(line_column_at("\"🎉\" x", 5), (1, 5));
    }

    #[test]
    fn serde_values_convert_whole() {
        let v = SerdeJson
            .parse(r#"{"n": 1.50, "a": [true, null, "x"], "o": {"k": -2}}"#)
            .unwrap();
        let Value::Number(n) = v.get("n").unwrap() else {
            panic!("a number")
        };
        assert_eq!((n.as_f64(), n.to_string().as_str()), (Some(1.5), "1.5"));
        assert_eq!(
            v.get("a"),
            Some(&Value::Array(vec![
                Value::Bool(true),
                Value::Null,
                Value::String("x".into())
            ]))
        );
        assert_eq!(
            v.get("o")
                .and_then(|o| o.get("k"))
                .map(|k| matches!(k, Value::Number(n) if n.as_i64() == Some(-2))),
            Some(true)
        );
        let e = SerdeJson.parse("{\"a\": ").unwrap_err();
        assert_eq!(e.line_column, Some((1, 6)));
        assert!(!e.detail.contains(" at line "), "{}", e.detail);
    }
}
