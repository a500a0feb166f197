//! A path-aware reader over a parsed JSON [`Value`]. Deriving `Deserialize`
//! would stop at the first mistake; walking the value lets the loader report
//! every problem with the path of its field (`sessions[3].start`).
//!
//! Conventions: `null` counts as absent (exports write `"logo": null`);
//! every string read is checked against [`MAX_TEXT_CHARS`].

use super::value::{quoted, Map, Value};

use super::model::Text;
use super::problem::{Problem, ProblemKind, ValueType};
use super::MAX_TEXT_CHARS;

/// The path of `key` inside the object at `path`: `event.timezone`, or
/// `rooms["Saal 1"]` when the key is not a plain identifier.
pub(crate) fn child(path: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    match (path.is_empty(), plain) {
        (true, true) => key.to_owned(),
        (false, true) => format!("{path}.{key}"),
        // A JSON string literal is an unambiguous way to quote any key.
        (_, false) => format!("{path}[{}]", quoted(key)),
    }
}

/// The path of element `i` of the array at `path`: `sessions[3]`.
pub(crate) fn index(path: &str, i: usize) -> String {
    format!("{path}[{i}]")
}

/// An object being read, with its path.
#[derive(Clone, Copy)]
pub(crate) struct Obj<'a, 'p> {
    pub map: &'a Map,
    pub path: &'p str,
}

impl<'a> Obj<'a, '_> {
    /// The value of `key`, `None` if absent or `null`.
    pub fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    /// The path of `key` in this object.
    pub fn at(&self, key: &str) -> String {
        child(self.path, key)
    }
}

/// Collects problems while reading values.
#[derive(Default)]
pub(crate) struct Reader {
    pub problems: Vec<Problem>,
}

impl Reader {
    /// Records a problem of `kind` at `path`.
    pub fn report(&mut self, path: &str, kind: ProblemKind) {
        self.problems.push(Problem::new(path, kind));
    }

    /// Whether any error (not warning) was recorded.
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(Problem::is_error)
    }

    fn wrong_type(&mut self, path: &str, expected: ValueType, found: &Value) {
        let found = ValueType::of(found);
        self.report(path, ProblemKind::WrongType { expected, found });
    }

    /// `value` as an object, or a type error.
    pub fn object<'a, 'p>(&mut self, value: &'a Value, path: &'p str) -> Option<Obj<'a, 'p>> {
        match value {
            Value::Object(map) => Some(Obj { map, path }),
            other => {
                self.wrong_type(path, ValueType::Object, other);
                None
            }
        }
    }

    /// `value` as an array, or a type error.
    pub fn array<'a>(&mut self, value: &'a Value, path: &str) -> Option<&'a [Value]> {
        match value {
            Value::Array(items) => Some(items),
            other => {
                self.wrong_type(path, ValueType::Array, other);
                None
            }
        }
    }

    /// `value` as a string within the length limit, or a problem.
    pub fn string(&mut self, value: &Value, path: &str) -> Option<String> {
        match value {
            Value::String(s) => self.within_limit(s, path).then(|| s.clone()),
            other => {
                self.wrong_type(path, ValueType::String, other);
                None
            }
        }
    }

    /// Whether `s` is within [`MAX_TEXT_CHARS`]; reports it if not.
    pub fn within_limit(&mut self, s: &str, path: &str) -> bool {
        // Cheap test first: a string of at most MAX bytes has at most MAX chars.
        if s.len() <= MAX_TEXT_CHARS {
            return true;
        }
        let chars = s.chars().count();
        if chars > MAX_TEXT_CHARS {
            let limit = MAX_TEXT_CHARS;
            self.report(path, ProblemKind::TextTooLong { chars, limit });
        }
        chars <= MAX_TEXT_CHARS
    }

    /// A localised text `{"fr": "…", "en": "…"}`; every value must be a
    /// string. Entries that are blank are dropped.
    pub fn text(&mut self, value: &Value, path: &str) -> Option<Text> {
        let Value::Object(map) = value else {
            self.wrong_type(path, ValueType::LocalisedText, value);
            return None;
        };
        let mut text = Text::default();
        let mut ok = true;
        for (lang, v) in map {
            match self.string(v, &child(path, lang)) {
                Some(s) if !s.trim().is_empty() => {
                    text.push(lang.clone(), s);
                }
                Some(_) => {}
                None => ok = false,
            }
        }
        ok.then_some(text)
    }

    /// Like [`Reader::text`], but a plain string is also accepted, as text
    /// in `lang` (c3voc's "LocalizableString").
    pub fn text_or_string(&mut self, value: &Value, path: &str, lang: &str) -> Option<Text> {
        match value {
            Value::String(_) => {
                let s = self.string(value, path)?;
                Some(Text::single(lang, &s))
            }
            _ => self.text(value, path),
        }
    }

    /// The required field `key`, or a missing-field error.
    pub fn required<'a>(&mut self, obj: Obj<'a, '_>, key: &str) -> Option<&'a Value> {
        let value = obj.get(key);
        if value.is_none() {
            self.report(&obj.at(key), ProblemKind::MissingField);
        }
        value
    }

    /// The required string field `key`.
    pub fn required_string(&mut self, obj: Obj<'_, '_>, key: &str) -> Option<String> {
        let value = self.required(obj, key)?;
        self.string(value, &obj.at(key))
    }

    /// The optional string field `key`.
    pub fn optional_string(&mut self, obj: Obj<'_, '_>, key: &str) -> Option<String> {
        let value = obj.get(key)?;
        self.string(value, &obj.at(key))
    }

    /// The required localised text `key`, with at least one non-blank text.
    pub fn required_title(&mut self, obj: Obj<'_, '_>, key: &str) -> Option<Text> {
        let value = self.required(obj, key)?;
        let text = self.text(value, &obj.at(key))?;
        self.non_blank(text, &obj.at(key))
    }

    /// A `Blank` error if `text` has no text at all.
    pub fn non_blank(&mut self, text: Text, path: &str) -> Option<Text> {
        if text.is_empty() {
            self.report(path, ProblemKind::Blank);
            return None;
        }
        Some(text)
    }

    /// The optional localised text `key`; `None` also when it holds no text.
    pub fn optional_text(&mut self, obj: Obj<'_, '_>, key: &str) -> Option<Text> {
        let value = obj.get(key)?;
        self.text(value, &obj.at(key)).filter(|t| !t.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_quote_keys_that_are_not_identifiers() {
        assert_eq!(child("", "event"), "event");
        assert_eq!(child("event", "time_zone"), "event.time_zone");
        assert_eq!(child("rooms", "Saal 1"), "rooms[\"Saal 1\"]");
        assert_eq!(index(&child("event", "links"), 0), "event.links[0]");
    }

    #[test]
    fn text_reports_each_bad_language_with_its_path() {
        let mut r = Reader::default();
        let v = crate::programme::value::from_serde(
            serde_json::json!({ "fr": 3, "en": "ok", "de": "  " }),
        );
        assert_eq!(r.text(&v, "title"), None);
        assert_eq!(r.problems.len(), 1);
        assert_eq!(r.problems[0].path, "title.fr");
    }

    #[test]
    fn null_counts_as_absent() {
        let mut r = Reader::default();
        let v = crate::programme::value::from_serde(serde_json::json!({ "id": null }));
        let obj = r.object(&v, "sessions[0]").unwrap();
        assert_eq!(r.optional_string(obj, "id"), None);
        assert!(r.problems.is_empty());
        assert_eq!(r.required_string(obj, "id"), None);
        assert_eq!(r.problems[0].path, "sessions[0].id");
        assert_eq!(r.problems[0].kind, ProblemKind::MissingField);
    }
}
