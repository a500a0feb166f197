//! The browser's `JSON.parse`, behind the programme loader's
//! [`JsonParser`]: the widget carries no JSON parser of its own.

use js_sys::{Array, Object, JSON};
use wasm_bindgen::{JsCast, JsValue};

use crate::programme::value::{parse_error, JsonParser, Map, Number, Unreadable, Value, MAX_DEPTH};

/// `JSON.parse`, its result copied into a [`Value`].
pub struct BrowserJson;

impl JsonParser for BrowserJson {
    fn parse(&self, text: &str) -> Result<Value, Unreadable> {
        let parsed = JSON::parse(text).map_err(|e| {
            let message = e
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_default();
            parse_error(text, &message)
        })?;
        copy(&parsed, 0)
    }
}

fn copy(value: &JsValue, depth: usize) -> Result<Value, Unreadable> {
    if let Some(s) = value.as_string() {
        return Ok(Value::String(s));
    }
    if let Some(n) = value.as_f64() {
        // JavaScript's own digits for messages (`String(n)`).
        let text = js_sys::Number::from(n)
            .to_string_with_radix(10)
            .map(String::from)
            .unwrap_or_default();
        return Ok(Value::Number(Number::new(n, text)));
    }
    if let Some(b) = value.as_bool() {
        return Ok(Value::Bool(b));
    }
    if !value.is_object() {
        return Ok(Value::Null);
    }
    if depth >= MAX_DEPTH {
        return Err(Unreadable {
            line_column: None,
            detail: "recursion limit exceeded".to_owned(),
        });
    }
    if Array::is_array(value) {
        let array: &Array = value.unchecked_ref();
        return array
            .iter()
            .map(|v| copy(&v, depth + 1))
            .collect::<Result<_, _>>()
            .map(Value::Array);
    }
    let mut map = Map::default();
    for entry in Object::entries(value.unchecked_ref()).iter() {
        let entry: Array = entry.unchecked_into();
        let key = entry.get(0).as_string().unwrap_or_default();
        map.push(key, copy(&entry.get(1), depth + 1)?);
    }
    Ok(Value::Object(map))
}
