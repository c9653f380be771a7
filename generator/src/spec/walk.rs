//! Visiting every schema of a document: the values of `schema` keys, the members of
//! `components/schemas`, and, inside each, the schemas of `properties`, `items`,
//! `additionalProperties`, `not`, `allOf`, `anyOf` and `oneOf`. Example data and extensions are
//! not walked. Outside schemas, `default` is a place (`responses/default`), not data.

use serde_json::Value;

use crate::spec::pointer;

/// Keys outside schemas whose values are data, never schemas or references, and are not walked.
const DATA_KEYS: &[&str] = &["example", "examples"];

/// Calls `visit` on every schema of `doc` with its JSON pointer, outer schemas before the
/// schemas inside them; `visit` may rewrite the schema, and the walk goes on into what it left.
pub fn schemas(doc: &mut Value, visit: &mut dyn FnMut(&mut Value, &str)) {
    walk(doc, "", visit);
}

fn walk(value: &mut Value, ptr: &str, visit: &mut dyn FnMut(&mut Value, &str)) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                if DATA_KEYS.contains(&key.as_str()) || key.starts_with("x-") {
                    continue;
                }
                let child_ptr = pointer::push(ptr, key);
                if key == "schema" {
                    schema(child, &child_ptr, visit);
                } else if key == "schemas" && ptr == "/components" {
                    if let Value::Object(schemas) = child {
                        for (name, member) in schemas.iter_mut() {
                            schema(member, &pointer::push(&child_ptr, name), visit);
                        }
                    }
                } else {
                    walk(child, &child_ptr, visit);
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter_mut().enumerate() {
                walk(child, &pointer::push(ptr, &i.to_string()), visit);
            }
        }
        _ => {}
    }
}

/// Visits one schema, then the schemas inside it.
fn schema(value: &mut Value, ptr: &str, visit: &mut dyn FnMut(&mut Value, &str)) {
    visit(value, ptr);
    let Value::Object(obj) = value else { return };
    for (key, child) in obj.iter_mut() {
        let child_ptr = pointer::push(ptr, key);
        match key.as_str() {
            "properties" => {
                if let Value::Object(props) = child {
                    for (name, prop) in props.iter_mut() {
                        schema(prop, &pointer::push(&child_ptr, name), visit);
                    }
                }
            }
            // `additionalProperties: true` (or `false`) is OpenAPI's own form, kept as it is.
            "additionalProperties" if child.is_boolean() => {}
            "items" | "additionalProperties" | "not" => schema(child, &child_ptr, visit),
            "allOf" | "anyOf" | "oneOf" => {
                if let Value::Array(members) = child {
                    for (i, member) in members.iter_mut().enumerate() {
                        schema(member, &pointer::push(&child_ptr, &i.to_string()), visit);
                    }
                }
            }
            _ => {}
        }
    }
}
