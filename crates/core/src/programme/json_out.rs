//! A small pretty JSON writer: objects, arrays, strings and whole numbers,
//! all a v1 file holds. Hand-written rather than serde_json's serializer:
//! the editor (a wasm binary) needs it, and strings are escaped by
//! [`super::value::quoted`] (already in the core, checked against
//! serde_json's output). Measured on a toy wasm writing the same nested
//! object both ways (opt-level z, LTO, wasm-opt -Oz): serde_json's `Value`
//! and pretty serializer cost 9.4 KB more raw, 4.9 KB more brotli, than
//! writing by hand; the editor reads JSON with the browser's `JSON.parse`
//! as the widget does, so nothing else would bring serde_json in.
//!
//! The layout is `JSON.stringify(v, null, 2)`'s (and the seed's): two
//! spaces an indent, one member a line, `"key": value`.

use super::value::{quoted, Value};

/// A JSON document being written, member by member.
#[derive(Default)]
pub(crate) struct JsonOut {
    out: String,
    /// For each open object or array: whether it has a member yet.
    open: Vec<bool>,
    /// A key was just written: its value goes on the same line.
    after_key: bool,
}

impl JsonOut {
    /// The text written, with a final newline (as editors save files).
    pub fn finish(mut self) -> String {
        debug_assert!(self.open.is_empty(), "every object and array closed");
        self.out.push('\n');
        self.out
    }

    /// Starts a value: a comma after the previous member, then a new line
    /// at the current depth (nothing for the top-level value).
    fn begin_value(&mut self) {
        if let Some(has_member) = self.open.last_mut() {
            if *has_member {
                self.out.push(',');
            }
            *has_member = true;
            self.newline();
        }
    }

    fn newline(&mut self) {
        self.out.push('\n');
        for _ in 0..self.open.len() {
            self.out.push_str("  ");
        }
    }

    /// `"key": ` inside an object; the value follows.
    pub fn key(&mut self, key: &str) -> &mut Self {
        self.begin_value();
        self.out.push_str(&quoted(key));
        self.out.push_str(": ");
        self.after_key = true;
        self
    }

    /// Where a value starts: right after its key, else as a new member.
    fn value_after_key(&mut self) {
        if std::mem::take(&mut self.after_key) {
            return;
        }
        self.begin_value();
    }

    pub fn string(&mut self, s: &str) -> &mut Self {
        self.value_after_key();
        self.out.push_str(&quoted(s));
        self
    }

    pub fn int(&mut self, n: i64) -> &mut Self {
        self.value_after_key();
        self.out.push_str(&n.to_string());
        self
    }

    pub fn begin_object(&mut self) -> &mut Self {
        self.value_after_key();
        self.out.push('{');
        self.open.push(false);
        self
    }

    pub fn begin_array(&mut self) -> &mut Self {
        self.value_after_key();
        self.out.push('[');
        self.open.push(false);
        self
    }

    /// Closes the innermost object (`}`) or array (`]`).
    fn end(&mut self, close: char) -> &mut Self {
        if self.open.pop() == Some(true) {
            self.newline();
        }
        self.out.push(close);
        self
    }

    pub fn end_object(&mut self) -> &mut Self {
        self.end('}')
    }

    pub fn end_array(&mut self) -> &mut Self {
        self.end(']')
    }

    /// Any parsed value, as it was (a number as its own text): what the
    /// editor's form keeps of a file without a field for it.
    pub fn value(&mut self, value: &Value) -> &mut Self {
        match value {
            Value::Null => self.literal("null"),
            Value::Bool(b) => self.literal(if *b { "true" } else { "false" }),
            Value::Number(n) => self.literal(&n.to_string()),
            Value::String(s) => self.string(s),
            Value::Array(values) => {
                self.begin_array();
                for v in values {
                    self.value(v);
                }
                self.end_array()
            }
            Value::Object(map) => {
                self.begin_object();
                for (k, v) in map {
                    self.key(k).value(v);
                }
                self.end_object()
            }
        }
    }

    /// A number or `true`/`false`/`null`, written as given.
    pub fn literal(&mut self, text: &str) -> &mut Self {
        self.value_after_key();
        self.out.push_str(text);
        self
    }

    /// `"key": "value"`.
    pub fn string_member(&mut self, key: &str, value: &str) -> &mut Self {
        self.key(key).string(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_what_json_stringify_with_two_spaces_writes() {
        let mut w = JsonOut::default();
        w.begin_object();
        w.key("a").int(1);
        w.key("b").begin_array();
        w.string("x\"y");
        w.begin_object().string_member("k", "v").end_object();
        w.end_array();
        w.key("e").begin_array().end_array();
        w.key("o").begin_object().end_object();
        w.end_object();
        let expected = "{\n  \"a\": 1,\n  \"b\": [\n    \"x\\\"y\",\n    {\n      \"k\": \"v\"\n    }\n  ],\n  \"e\": [],\n  \"o\": {}\n}\n";
        assert_eq!(w.finish(), expected);
        // And it is JSON that serde_json reads back as the same value.
        let v: serde_json::Value = serde_json::from_str(expected).unwrap();
        assert_eq!(v["b"][1]["k"], "v");
    }
}
