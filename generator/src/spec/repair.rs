//! Stage 2a: schema shapes that `openapiv3` cannot read but whose meaning is clear, in any
//! OpenAPI version, rewritten before normalization.
//!
//! - A boolean schema (JSON Schema's `true`, any value; `false`, no value) becomes `{}` or
//!   `{not: {}}`.
//! - A keyword that only annotates or constrains a value (`pattern`, `title`, `maxLength`,
//!   `required`, ...) but has a value of the wrong type is left out, with a warning: the type of
//!   the value does not depend on it.
//! - JSON Schema keywords that only validate (`propertyNames`, `contains`, `dependentRequired`,
//!   ...) are left out with a warning: the generated type is the same without them, the SDK
//!   only does not check them.
//! - `$recursiveRef` (JSON Schema 2019-09) makes its schema `{}`, and `$recursiveAnchor` is left
//!   out, each with a warning.

use serde_json::{Value, json};

use crate::error::Diagnostic;
use crate::spec::{pointer, walk};

/// Keywords whose value must be a string.
const STRING_KEYWORDS: &[&str] = &["title", "description", "pattern", "format"];

/// Keywords whose value must be a number.
const NUMBER_KEYWORDS: &[&str] =
    &["minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties", "minimum", "maximum", "multipleOf"];

/// Keywords whose value must be a boolean.
const BOOLEAN_KEYWORDS: &[&str] = &["uniqueItems", "readOnly", "writeOnly", "deprecated", "nullable"];

/// JSON Schema keywords that only validate a value of the type the rest of the schema gives.
const VALIDATION_KEYWORDS: &[&str] = &["propertyNames", "contains", "minContains", "maxContains", "dependentRequired"];

/// Rewrites the schemas of `doc` (see the module docs); returns a warning for each keyword left
/// out.
pub fn repair(doc: &mut Value) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    walk::schemas(doc, &mut |schema, ptr| repair_schema(schema, ptr, &mut warnings));
    warnings
}

fn repair_schema(schema: &mut Value, ptr: &str, warnings: &mut Vec<Diagnostic>) {
    match schema {
        Value::Bool(true) => *schema = json!({}),
        Value::Bool(false) => *schema = json!({ "not": {} }),
        _ => {}
    }
    let Value::Object(obj) = schema else { return };
    if obj.contains_key("$recursiveRef") {
        warnings.push(Diagnostic::at(
            pointer::push(ptr, "$recursiveRef"),
            "`$recursiveRef` (JSON Schema 2019-09) is not supported; the schema is generated as `serde_json::Value`",
        ));
        *schema = json!({});
        return;
    }
    if obj.remove("$recursiveAnchor").is_some() {
        warnings.push(Diagnostic::at(pointer::push(ptr, "$recursiveAnchor"), "`$recursiveAnchor` (JSON Schema 2019-09) is not supported and is ignored"));
    }
    let wrong_type = |key: &str, value: &Value| {
        let expected = if STRING_KEYWORDS.contains(&key) {
            (!value.is_string()).then_some("a string")
        } else if NUMBER_KEYWORDS.contains(&key) {
            (!value.is_number()).then_some("a number")
        } else if BOOLEAN_KEYWORDS.contains(&key) {
            (!value.is_boolean()).then_some("a boolean")
        } else if key == "required" {
            (!value.as_array().is_some_and(|names| names.iter().all(Value::is_string))).then_some("a list of property names")
        } else {
            None
        };
        expected.map(|expected| format!("`{key}` must be {expected}, not {}; it is ignored", kind(value)))
    };
    let mut dropped: Vec<(String, String)> = obj.iter().filter_map(|(k, v)| Some((k.clone(), wrong_type(k, v)?))).collect();
    for keyword in VALIDATION_KEYWORDS {
        if obj.contains_key(*keyword) {
            let message = format!("JSON Schema keyword `{keyword}` only validates values; the SDK does not check it");
            dropped.push(((*keyword).to_owned(), message));
        }
    }
    for (key, message) in dropped {
        obj.remove(&key);
        warnings.push(Diagnostic::at(pointer::push(ptr, &key), message));
    }
}

/// What kind of JSON value `value` is, for a message.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repaired(schema: Value) -> (Value, Vec<Diagnostic>) {
        let mut doc = json!({ "components": { "schemas": { "S": schema } } });
        let warnings = repair(&mut doc);
        (doc["components"]["schemas"]["S"].clone(), warnings)
    }

    #[test]
    fn boolean_schemas_become_objects() {
        let (s, w) = repaired(json!({ "type": "object", "properties": { "any": true, "none": false }, "items": true }));
        assert_eq!(s, json!({ "type": "object", "properties": { "any": {}, "none": { "not": {} } }, "items": {} }));
        assert!(w.is_empty());
    }

    #[test]
    fn keywords_of_the_wrong_type_are_left_out_with_their_place() {
        let (s, w) = repaired(json!({ "type": "object", "required": true, "properties": { "t": { "type": "string", "pattern": 0 } } }));
        assert_eq!(s, json!({ "type": "object", "properties": { "t": { "type": "string" } } }));
        let places: Vec<&crate::error::Location> = w.iter().map(|d| &d.location).collect();
        assert_eq!(
            places,
            [
                &crate::error::Location::Pointer("/components/schemas/S/required".into()),
                &crate::error::Location::Pointer("/components/schemas/S/properties/t/pattern".into()),
            ]
        );
        assert!(w[1].message.contains("`pattern` must be a string, not a number"), "{}", w[1].message);
    }

    #[test]
    fn recursive_references_degrade_with_a_warning() {
        let (s, w) = repaired(json!({ "$recursiveAnchor": true, "type": "object", "properties": { "next": { "$recursiveRef": "#" } } }));
        assert_eq!(s, json!({ "type": "object", "properties": { "next": {} } }));
        let places: Vec<String> = w.iter().map(|d| d.location.to_string()).collect();
        assert_eq!(places, ["at /components/schemas/S/$recursiveAnchor", "at /components/schemas/S/properties/next/$recursiveRef"]);
    }

    #[test]
    fn validation_keywords_are_left_out() {
        let (s, w) = repaired(json!({ "type": "object", "propertyNames": { "pattern": "^a" }, "additionalProperties": { "type": "string" } }));
        assert_eq!(s, json!({ "type": "object", "additionalProperties": { "type": "string" } }));
        assert_eq!(w.len(), 1);
        assert!(w[0].message.contains("`propertyNames` only validates"));
    }
}
