//! Stage 1: read a spec file (YAML or JSON) into a JSON value.
//!
//! Input is bounded here so that no later stage meets a document it cannot handle: a spec is at
//! most [`MAX_SPEC_BYTES`] of UTF-8 text and nests at most [`MAX_DEPTH`] levels deep. Every
//! later stage that recurses follows the document's nesting, so this bounds their recursion.

use std::path::Path;

use serde_json::Value;

use crate::error::{Diagnostic, Error, Fault, Location, Result};
use crate::spec::pointer;

/// The largest spec read, in bytes (64 MiB; Stripe's full spec is under 4 MiB).
pub const MAX_SPEC_BYTES: u64 = 64 << 20;

/// The deepest nesting of objects and arrays accepted (Stripe's spec nests 24 levels).
pub const MAX_DEPTH: usize = 64;

/// Reads the spec text at `path`: at most [`MAX_SPEC_BYTES`], and valid UTF-8.
pub fn read(path: &Path) -> Result<String> {
    let size = std::fs::metadata(path).map_err(|e| Error::io(path, e))?.len();
    if size > MAX_SPEC_BYTES {
        return Err(too_large(path, size));
    }
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|b| **b == b'\n').count() + 1;
        let line_start = valid.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&valid[line_start..]).chars().count() + 1;
        Error::spec(
            path,
            Diagnostic {
                location: Location::Line { line, column },
                message: "the file is not UTF-8 text (an invalid byte sequence starts here); save it as UTF-8".into(),
                fault: Fault::Invalid,
            },
        )
    })
}

/// Reads and parses the spec at `path`.
pub fn load(path: &Path) -> Result<Value> {
    let text = read(path)?;
    parse(path, &text).map_err(|e| e.with_source(&text))
}

fn too_large(path: &Path, size: u64) -> Error {
    let mib = |b: u64| b as f64 / (1u64 << 20) as f64;
    Error::spec(
        path,
        Diagnostic {
            location: Location::Document,
            message: format!(
                "the spec is {:.1} MiB; the generator reads specs of up to {:.0} MiB. Remove bulky examples, or split the API into several specs",
                mib(size),
                mib(MAX_SPEC_BYTES)
            ),
            fault: Fault::Unsupported,
        },
    )
}

/// Parses spec text; `path` is only used to choose the syntax and to name the file in errors.
/// JSON is chosen by the `.json` extension; anything else is read as YAML (which also accepts
/// JSON).
pub fn parse(path: &Path, text: &str) -> Result<Value> {
    if text.len() as u64 > MAX_SPEC_BYTES {
        return Err(too_large(path, text.len() as u64));
    }
    let is_json = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"));
    let value = if is_json {
        serde_json::from_str::<UniqueKeys>(text).map(|v| v.0).map_err(|e| {
            let location = Location::Line { line: e.line(), column: e.column() };
            let message = syntax_message("JSON", &e.to_string());
            Error::spec(path, Diagnostic { location, message, fault: Fault::Invalid })
        })?
    } else {
        serde_yaml::from_str::<UniqueKeys>(text).map(|v| v.0).map_err(|e| {
            let location = match (byte_position(&e.to_string()), e.location()) {
                // Reader errors (a control character, say) name the byte but mark the start.
                (Some(offset), _) if offset <= text.len() => line_of(text, offset),
                (_, Some(l)) => Location::Line { line: l.line(), column: l.column() },
                (_, None) => Location::Document,
            };
            let message = syntax_message("YAML", &e.to_string());
            Error::spec(path, Diagnostic { location, message, fault: Fault::Invalid })
        })?
    };
    if !value.is_object() {
        return Err(Error::spec(
            path,
            Diagnostic::invalid("", "the document must be an object with `openapi`, `info` and `paths`"),
        ));
    }
    if let Some(at) = too_deep(&value) {
        return Err(Error::spec(
            path,
            Diagnostic::at(
                at,
                format!("the document nests more than {MAX_DEPTH} levels deep here; move nested schemas into `components/schemas` and refer to them with `$ref`"),
            ),
        ));
    }
    Ok(value)
}

/// A JSON value read from either syntax, where a mapping that repeats a key is an error (both
/// parsers would otherwise keep the last value and drop the rest silently).
struct UniqueKeys(Value);

impl<'de> serde::Deserialize<'de> for UniqueKeys {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        deserializer.deserialize_any(UniqueKeysVisitor).map(UniqueKeys)
    }
}

struct UniqueKeysVisitor;

impl<'de> serde::de::Visitor<'de> for UniqueKeysVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any valid JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> std::result::Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> std::result::Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> std::result::Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E>(self, v: f64) -> std::result::Result<Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> std::result::Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> std::result::Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_none<E>(self) -> std::result::Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_unit<E>(self) -> std::result::Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> std::result::Result<Value, D::Error> {
        UniqueKeys::deserialize(d).map(|v| v.0)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(UniqueKeys(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> std::result::Result<Value, A::Error> {
        let mut out = serde_json::Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let UniqueKeys(value) = map.next_value()?;
            if out.contains_key(&key) {
                return Err(serde::de::Error::custom(format_args!(
                    "duplicate key `{key}` in one mapping; keep one of them"
                )));
            }
            out.insert(key, value);
        }
        Ok(Value::Object(out))
    }
}

use serde::Deserialize as _;

/// The byte offset in a libyaml reader message (`... at position 42`).
fn byte_position(message: &str) -> Option<usize> {
    let rest = &message[message.find(" at position ")? + " at position ".len()..];
    rest.split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
}

/// The line and column (1-based, in characters) of byte `offset`.
fn line_of(text: &str, offset: usize) -> Location {
    let mut offset = offset;
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    Location::Line { line: before.matches('\n').count() + 1, column: before[line_start..].chars().count() + 1 }
}

/// The parser's message without its position (reported separately), with advice for the limits
/// the parsers enforce themselves.
fn syntax_message(syntax: &str, message: &str) -> String {
    let message = strip_position(message);
    if message.contains("recursion limit exceeded") {
        format!("invalid {syntax}: {message}: the document nests too deeply (the generator accepts {MAX_DEPTH} levels); move nested schemas into `components/schemas` and refer to them with `$ref`")
    } else if message.contains("repetition limit exceeded") {
        format!("invalid {syntax}: {message}: YAML aliases expand to too large a document; write the repeated parts out or use `$ref`")
    } else {
        format!("invalid {syntax}: {message}")
    }
}

/// The JSON pointer of the first value nested deeper than [`MAX_DEPTH`], found without
/// recursion.
fn too_deep(root: &Value) -> Option<String> {
    let mut stack: Vec<(&Value, usize)> = vec![(root, 0)];
    while let Some((value, depth)) = stack.pop() {
        let children: Box<dyn Iterator<Item = &Value>> = match value {
            Value::Object(map) => Box::new(map.values()),
            Value::Array(items) => Box::new(items.iter()),
            _ => continue,
        };
        if depth >= MAX_DEPTH {
            return Some(pointer_to(root, value));
        }
        stack.extend(children.map(|c| (c, depth + 1)));
    }
    None
}

/// The pointer of `target` (found by identity) inside `root`; only called once, on failure.
fn pointer_to(root: &Value, target: &Value) -> String {
    let mut stack: Vec<(&Value, String)> = vec![(root, String::new())];
    while let Some((value, at)) = stack.pop() {
        if std::ptr::eq(value, target) {
            return at;
        }
        match value {
            Value::Object(map) => stack.extend(map.iter().map(|(k, v)| (v, pointer::push(&at, k)))),
            Value::Array(items) => stack.extend(items.iter().enumerate().map(|(i, v)| (v, pointer::push(&at, &i.to_string())))),
            _ => {}
        }
    }
    String::new()
}

/// serde appends " at line X column Y" to its messages; the location is reported separately.
fn strip_position(message: &str) -> &str {
    match message.find(" at line ").or_else(|| message.find(" at position ")) {
        Some(i) => &message[..i],
        None => message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(depth: usize) -> String {
        let mut text = String::from("{\"openapi\": \"3.0.3\", \"x\": ");
        text.push_str(&"[".repeat(depth));
        text.push_str(&"]".repeat(depth));
        text.push('}');
        text
    }

    #[test]
    fn nesting_is_bounded_with_a_pointer() {
        assert!(parse(Path::new("a.json"), &nested(MAX_DEPTH - 1)).is_ok());
        let Err(Error::Spec { problems, .. }) = parse(Path::new("a.json"), &nested(MAX_DEPTH + 5)) else {
            panic!("too deep")
        };
        let Location::Pointer(at) = &problems[0].location else { panic!("{problems:?}") };
        assert_eq!(at.matches('/').count(), MAX_DEPTH, "{at}");
        assert!(at.starts_with("/x/0/0/"), "{at}");
    }

    #[test]
    fn parser_recursion_limits_get_advice() {
        let Err(Error::Spec { problems, .. }) = parse(Path::new("a.json"), &nested(10_000)) else { panic!() };
        assert!(problems[0].message.contains("nests too deeply"), "{}", problems[0].message);
        let yaml = format!("openapi: 3.0.3\nx: {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
        let Err(Error::Spec { problems, .. }) = parse(Path::new("a.yaml"), &yaml) else { panic!() };
        assert!(problems[0].message.contains("nests too deeply"), "{}", problems[0].message);
    }
}
