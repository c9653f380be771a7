//! Whether a spec's example agrees with the spec's own schema. An example that contradicts its
//! schema (an integer where the schema says string, a required key missing, a value outside the
//! enum) cannot be expected to decode into the type generated from that schema: the example
//! check sets it aside and counts it as the spec's mistake, not the generator's.
//!
//! Only definite contradictions count: keywords this check does not know (formats, patterns,
//! bounds) and references it cannot follow are taken as agreeing.

use serde_json::Value;

/// References followed and schemas entered, at most, before the example is taken as agreeing.
const MAX_DEPTH: usize = 64;

/// Why `example` contradicts the schema at `pointer` in `doc`, or `None` when it agrees (or
/// the pointer does not lead to a schema).
pub fn contradiction(doc: &Value, pointer: &str, example: &Value) -> Option<String> {
    let schema = doc.pointer(pointer)?;
    check(doc, schema, example, "", 0).err()
}

/// `Err` with the place inside the example (a JSON pointer) and the reason.
fn check(doc: &Value, schema: &Value, value: &Value, at: &str, depth: usize) -> Result<(), String> {
    let Some(schema) = schema.as_object() else { return Ok(()) };
    if depth > MAX_DEPTH {
        return Ok(());
    }
    if let Some(target) = schema.get("$ref").and_then(Value::as_str) {
        return match target.strip_prefix('#').and_then(|p| doc.pointer(p)) {
            Some(target) => check(doc, target, value, at, depth + 1),
            None => Ok(()),
        };
    }
    for member in schema.get("allOf").and_then(Value::as_array).into_iter().flatten() {
        check(doc, member, value, at, depth + 1)?;
    }
    for keyword in ["oneOf", "anyOf"] {
        if let Some(members) = schema.get(keyword).and_then(Value::as_array) {
            let nullable = value.is_null() && allows_null(schema);
            if !members.is_empty() && !nullable && members.iter().all(|m| check(doc, m, value, at, depth + 1).is_err()) {
                return Err(format!("{}: matches no member of its {keyword}", place(at)));
            }
        }
    }
    if value.is_null() {
        return match types(schema) {
            Some(types) if !types.contains(&"null") && !allows_null(schema) => {
                Err(format!("{}: null, but the schema is not nullable", place(at)))
            }
            _ => Ok(()),
        };
    }
    if let Some(types) = types(schema)
        && !types.iter().any(|t| has_type(value, t))
    {
        return Err(format!("{}: {}, but the schema says {}", place(at), kind(value), types.join(" or ")));
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array)
        && !allowed.is_empty()
        && !allowed.contains(value)
    {
        return Err(format!("{}: {value} is not one of the schema's enum values", place(at)));
    }
    match value {
        Value::Object(object) => {
            for key in schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
                if !object.contains_key(key) {
                    return Err(format!("{}: the required key `{key}` is missing", place(at)));
                }
            }
            let properties = schema.get("properties").and_then(Value::as_object);
            for (key, item) in object {
                let at = format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"));
                match (properties.and_then(|p| p.get(key)), schema.get("additionalProperties")) {
                    (Some(property), _) => check(doc, property, item, &at, depth + 1)?,
                    (None, Some(Value::Bool(false))) => {
                        return Err(format!("{}: a key the schema does not allow", place(&at)));
                    }
                    (None, Some(additional)) => check(doc, additional, item, &at, depth + 1)?,
                    (None, None) => {}
                }
            }
        }
        Value::Array(items) => {
            if let Some(schema) = schema.get("items") {
                for (i, item) in items.iter().enumerate() {
                    check(doc, schema, item, &format!("{at}/{i}"), depth + 1)?;
                }
            }
        }
        _ => {}
    }
    Ok(())
}

/// The schema's `type` as a list (3.1 allows several), if it has one.
fn types(schema: &serde_json::Map<String, Value>) -> Option<Vec<&str>> {
    match schema.get("type")? {
        Value::String(t) => Some(vec![t.as_str()]),
        Value::Array(ts) => Some(ts.iter().filter_map(Value::as_str).collect()),
        _ => None,
    }
}

/// 3.0's `nullable: true`, or an enum that lists null.
fn allows_null(schema: &serde_json::Map<String, Value>) -> bool {
    schema.get("nullable") == Some(&Value::Bool(true))
        || schema.get("enum").and_then(Value::as_array).is_some_and(|e| e.contains(&Value::Null))
}

/// Whether `value` is of the JSON Schema type `ty` (an integer is a number without a fraction).
fn has_type(value: &Value, ty: &str) -> bool {
    match ty {
        "string" => value.is_string(),
        "integer" => value.is_i64() || value.is_u64() || value.as_f64().is_some_and(|f| f.fract() == 0.0),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        "null" => value.is_null(),
        _ => true,
    }
}

/// The JSON kind of `value`, for messages.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(n) if n.is_f64() => "a number",
        Value::Number(_) => "an integer",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A place inside the example, for messages.
fn place(at: &str) -> String {
    if at.is_empty() { "the example".to_owned() } else { format!("the example at {at}") }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn doc() -> Value {
        json!({ "components": { "schemas": {
            "Year": { "type": "string" },
            "Cert": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": { "type": "integer" },
                    "year": { "$ref": "#/components/schemas/Year" },
                    "state": { "type": "string", "enum": ["open", "closed"] },
                    "note": { "type": "string", "nullable": true },
                    "tags": { "type": "array", "items": { "type": "string" } },
                    "either": { "oneOf": [{ "type": "string" }, { "type": "integer" }] }
                },
                "additionalProperties": false
            }
        } } })
    }

    fn why(example: Value) -> Option<String> {
        contradiction(&doc(), "/components/schemas/Cert", &example)
    }

    #[test]
    fn examples_that_agree_with_their_schema_pass() {
        assert_eq!(why(json!({ "id": 1 })), None);
        assert_eq!(why(json!({ "id": 2.0, "year": "2019", "state": "open", "note": null, "tags": ["a"], "either": 3 })), None);
        // A pointer that leads nowhere, or to something that is not a schema, is not judged.
        assert_eq!(contradiction(&doc(), "/nowhere", &json!(1)), None);
    }

    #[test]
    fn each_kind_of_contradiction_is_found_and_placed() {
        let cases = [
            (json!({ "id": 1, "year": 2019 }), "the example at /year: an integer, but the schema says string"),
            (json!({ "year": "2019" }), "the example: the required key `id` is missing"),
            (json!({ "id": 1.5 }), "the example at /id: a number, but the schema says integer"),
            (json!({ "id": 1, "state": "lost" }), "the example at /state: \"lost\" is not one of the schema's enum values"),
            (json!({ "id": 1, "tags": ["a", 2] }), "the example at /tags/1: an integer, but the schema says string"),
            (json!({ "id": 1, "either": true }), "the example at /either: matches no member of its oneOf"),
            (json!({ "id": null }), "the example at /id: null, but the schema is not nullable"),
            (json!({ "id": 1, "extra/key": 1 }), "the example at /extra~1key: a key the schema does not allow"),
            (json!("{\"id\": 1}"), "the example: a string, but the schema says object"),
        ];
        for (example, expected) in cases {
            assert_eq!(why(example.clone()).as_deref(), Some(expected), "{example}");
        }
    }

    #[test]
    fn reference_cycles_end() {
        let doc = json!({ "a": { "$ref": "#/b" }, "b": { "$ref": "#/a" } });
        assert_eq!(contradiction(&doc, "/a", &json!(1)), None);
    }
}
