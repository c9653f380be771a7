//! Stage 1: read a spec file (YAML or JSON) into a JSON value.

use std::path::Path;

use serde_json::Value;

use crate::error::{Diagnostic, Error, Location, Result};

/// Reads and parses the spec at `path`. JSON is chosen by the `.json` extension; anything else
/// is read as YAML (which also accepts JSON).
pub fn load(path: &Path) -> Result<Value> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    parse(path, &text)
}

/// Parses spec text; `path` is only used to choose the syntax and to name the file in errors.
pub fn parse(path: &Path, text: &str) -> Result<Value> {
    let is_json = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"));
    let value = if is_json {
        serde_json::from_str::<Value>(text).map_err(|e| {
            let location = Location::Line { line: e.line(), column: e.column() };
            let message = format!("invalid JSON: {}", strip_position(&e.to_string()));
            Error::spec(path, Diagnostic { location, message })
        })?
    } else {
        serde_yaml::from_str::<Value>(text).map_err(|e| {
            let location = match e.location() {
                Some(l) => Location::Line { line: l.line(), column: l.column() },
                None => Location::Document,
            };
            let message = format!("invalid YAML: {}", strip_position(&e.to_string()));
            Error::spec(path, Diagnostic { location, message })
        })?
    };
    if !value.is_object() {
        return Err(Error::spec(
            path,
            Diagnostic::at("", "the document must be an object with `openapi`, `info` and `paths`"),
        ));
    }
    Ok(value)
}

/// serde appends " at line X column Y" to its messages; the location is reported separately.
fn strip_position(message: &str) -> &str {
    match message.find(" at line ") {
        Some(i) => &message[..i],
        None => message,
    }
}
