//! Degrading the item a problem is confined to, so that the rest of the SDK is generated: the
//! innermost schema around the problem becomes `{}` (generated as `serde_json::Value`); outside
//! schemas, the operation, the path item or the component entry around it is left out. A
//! problem outside all of these (the OpenAPI version, the document's root) stays an error.

use std::collections::HashSet;

use serde_json::{Value, json};

use crate::error::Diagnostic;
use crate::spec::{pointer, walk};

/// Lower-case HTTP methods, the keys of a path item that hold operations.
pub const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// What becomes of a schema that cannot be read or used, said after the problem.
pub const SCHEMA_AS_VALUE: &str = "the schema is generated as `serde_json::Value`";
/// What becomes of an operation that cannot be read or used.
pub const OPERATION_SKIPPED: &str = "the operation is skipped";
/// What becomes of a path item that cannot be read or used.
pub const PATH_SKIPPED: &str = "the path is skipped";
/// What becomes of a component entry (other than a schema) that cannot be read or used.
pub const COMPONENT_SKIPPED: &str = "the component is skipped";

/// The item a place belongs to, by its JSON pointer.
#[derive(Debug, PartialEq, Eq)]
enum Item {
    /// A schema: it becomes `{}`.
    Schema(String),
    /// An operation, a path item or a component entry: it is removed.
    Removed { at: String, what: &'static str },
}

/// Degrades the item around each problem's place (see the module docs). Returns the problems
/// as warnings that say what became of the item, and the problems confined to no item, which
/// stay errors. A problem inside an item already degraded is reported all the same.
pub fn degrade(doc: &mut Value, problems: Vec<Diagnostic>) -> (Vec<Diagnostic>, Vec<Diagnostic>) {
    if problems.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let mut schemas = HashSet::new();
    walk::schemas(doc, &mut |_, ptr| {
        schemas.insert(ptr.to_owned());
    });
    let (mut warnings, mut errors) = (Vec::new(), Vec::new());
    for mut problem in problems {
        let crate::error::Location::Pointer(at) = &problem.location else {
            errors.push(problem);
            continue;
        };
        let Some(item) = item_of(at, &schemas) else {
            errors.push(problem);
            continue;
        };
        let what = match item {
            Item::Schema(at) => {
                if let Some(schema) = doc.pointer_mut(&at) {
                    *schema = json!({});
                }
                SCHEMA_AS_VALUE
            }
            Item::Removed { at, what } => {
                remove(doc, &at);
                what
            }
        };
        problem.message = format!("{}; {what}", problem.message);
        warnings.push(problem);
    }
    (warnings, errors)
}

/// The innermost schema around `at` (`at` itself included), else the operation, path item or
/// component entry around it.
fn item_of(at: &str, schemas: &HashSet<String>) -> Option<Item> {
    let mut place = at;
    loop {
        if schemas.contains(place) {
            return Some(Item::Schema(place.to_owned()));
        }
        match place.rfind('/') {
            Some(end) if end > 0 => place = &place[..end],
            _ => break,
        }
    }
    let tokens = pointer::tokens(at);
    let prefix = |n: usize| tokens[..n].iter().fold(String::new(), |ptr, t| pointer::push(&ptr, t));
    match tokens.as_slice() {
        [p, _, method, ..] if p == "paths" && METHODS.contains(&method.as_str()) => {
            Some(Item::Removed { at: prefix(3), what: OPERATION_SKIPPED })
        }
        [p, _, ..] if p == "paths" => Some(Item::Removed { at: prefix(2), what: PATH_SKIPPED }),
        [c, _, _, ..] if c == "components" => Some(Item::Removed { at: prefix(3), what: COMPONENT_SKIPPED }),
        _ => None,
    }
}

/// Removes the entry at `at` from the object that holds it, if it is still there.
fn remove(doc: &mut Value, at: &str) {
    let Some(end) = at.rfind('/') else { return };
    if let Some(parent) = doc.pointer_mut(&at[..end]).and_then(Value::as_object_mut) {
        parent.shift_remove(&pointer::last_token(at));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(warnings: &[Diagnostic]) -> Vec<String> {
        warnings.iter().map(|w| format!("{}: {}", w.location, w.message)).collect()
    }

    #[test]
    fn each_problem_degrades_the_innermost_item_around_it() {
        let mut doc = json!({
            "paths": {
                "/a": {
                    "get": { "parameters": [{ "$ref": "#/nowhere" }] },
                    "post": { "requestBody": { "content": { "application/json": { "schema": {
                        "type": "object", "properties": { "x": { "$ref": "#/nowhere" }, "y": { "type": "string" } }
                    } } } } }
                }
            },
            "components": { "parameters": { "P": { "$ref": "#/nowhere" } }, "schemas": { "S": { "prefixItems": [] } } }
        });
        let body = "/paths/~1a/post/requestBody/content/application~1json/schema";
        let problems = vec![
            Diagnostic::invalid("/paths/~1a/get/parameters/0/$ref", "dangling"),
            Diagnostic::invalid(format!("{body}/properties/x/$ref"), "dangling"),
            Diagnostic::invalid("/components/parameters/P/$ref", "dangling"),
            Diagnostic::at("/components/schemas/S/prefixItems", "unsupported"),
            Diagnostic::at("/openapi", "unsupported version"),
        ];
        let (warnings, errors) = degrade(&mut doc, problems);
        assert_eq!(
            places(&warnings),
            [
                "at /paths/~1a/get/parameters/0/$ref: dangling; the operation is skipped".to_owned(),
                format!("at {body}/properties/x/$ref: dangling; the schema is generated as `serde_json::Value`"),
                "at /components/parameters/P/$ref: dangling; the component is skipped".to_owned(),
                "at /components/schemas/S/prefixItems: unsupported; the schema is generated as `serde_json::Value`".to_owned(),
            ]
        );
        assert_eq!(places(&errors), ["at /openapi: unsupported version"]);
        assert!(doc.pointer("/paths/~1a/get").is_none());
        assert_eq!(doc.pointer(&format!("{body}/properties")), Some(&json!({ "x": {}, "y": { "type": "string" } })));
        assert_eq!(doc["components"], json!({ "parameters": {}, "schemas": { "S": {} } }));
    }
}
