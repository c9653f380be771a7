//! Stage 2b: read the normalized JSON value as an `openapiv3` document.
//!
//! A defect confined to one item degrades that item: when the document cannot be read, every
//! operation, path item and component is read on its own; one that cannot be read is left out
//! (a component schema becomes `{}`, any value) with a warning that names the place inside it,
//! and the document is read again.

use std::path::Path;

use openapiv3::{Header, OpenAPI, Operation, Parameter, PathItem, RequestBody, Response, Schema, SecurityScheme};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::{Diagnostic, Error, Result};
use crate::spec::degrade::{COMPONENT_SKIPPED, METHODS, OPERATION_SKIPPED, PATH_SKIPPED, SCHEMA_AS_VALUE};
use crate::spec::pointer;

/// Deserializes `doc`, leaving out the items that cannot be read (see the module docs); a
/// document that still cannot be read is reported with the JSON pointer of the problem.
pub fn parse(file: &Path, mut doc: Value) -> Result<(OpenAPI, Vec<Diagnostic>)> {
    let first = match read::<OpenAPI>(&doc) {
        Ok(api) => return Ok((api, Vec::new())),
        Err(problem) => problem,
    };
    let warnings = leave_out_unreadable(&mut doc);
    if warnings.is_empty() {
        return Err(Error::spec(file, first));
    }
    match read::<OpenAPI>(&doc) {
        Ok(api) => Ok((api, warnings)),
        Err(problem) => Err(Error::spec(file, problem)),
    }
}

/// Reads `value` as a `T`; the problem names the place inside `value` (relative pointer).
fn read<T: DeserializeOwned>(value: &Value) -> std::result::Result<T, Diagnostic> {
    serde_path_to_error::deserialize::<_, T>(value).map_err(|e| {
        let mut at = String::new();
        for segment in e.path().iter() {
            match segment {
                serde_path_to_error::Segment::Map { key } => at = pointer::push(&at, key),
                serde_path_to_error::Segment::Seq { index } => at = pointer::push(&at, &index.to_string()),
                serde_path_to_error::Segment::Enum { .. } | serde_path_to_error::Segment::Unknown => {}
            }
        }
        Diagnostic::at(at, format!("not a valid OpenAPI document here: {}", e.inner()))
    })
}

/// The problem of reading the item at `ptr` as a `T`, if there is one, placed in the document.
fn problem_of<T: DeserializeOwned>(value: &Value, ptr: &str) -> Option<Diagnostic> {
    let mut problem = read::<T>(value).err()?;
    if let crate::error::Location::Pointer(inner) = &problem.location {
        problem.location = crate::error::Location::Pointer(format!("{ptr}{inner}"));
    }
    Some(problem)
}

/// Removes (or, for schemas, empties) every operation, path item and component that cannot be
/// read on its own; one warning for each.
fn leave_out_unreadable(doc: &mut Value) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    let mut left_out = |mut problem: Diagnostic, what: &str| {
        problem.message = format!("{}; {what}", problem.message);
        warnings.push(problem);
    };
    if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
        let mut broken_paths = Vec::new();
        for (path, item) in paths.iter_mut() {
            let path_ptr = pointer::push("/paths", path);
            if let Some(item) = item.as_object_mut().filter(|item| !item.contains_key("$ref")) {
                for method in METHODS {
                    let ptr = pointer::push(&path_ptr, method);
                    if let Some(problem) = item.get(*method).and_then(|op| problem_of::<Operation>(op, &ptr)) {
                        item.remove(*method);
                        left_out(problem, OPERATION_SKIPPED);
                    }
                }
                if let Some(problem) = problem_of::<PathItem>(&Value::Object(item.clone()), &path_ptr) {
                    broken_paths.push(path.clone());
                    left_out(problem, PATH_SKIPPED);
                }
            }
        }
        for path in broken_paths {
            paths.remove(&path);
        }
    }
    let Some(components) = doc.get_mut("components").and_then(Value::as_object_mut) else { return warnings };
    for (section, check) in COMPONENT_CHECKS {
        let Some(entries) = components.get_mut(*section).and_then(Value::as_object_mut) else { continue };
        let mut broken = Vec::new();
        for (name, entry) in entries.iter() {
            if entry.get("$ref").is_some_and(Value::is_string) {
                continue;
            }
            if let Some(problem) = check(entry, &pointer::push(&pointer::push("/components", section), name)) {
                broken.push((name.clone(), problem));
            }
        }
        for (name, problem) in broken {
            if *section == "schemas" {
                entries.insert(name, Value::Object(Default::default()));
                left_out(problem, SCHEMA_AS_VALUE);
            } else {
                entries.remove(&name);
                left_out(problem, COMPONENT_SKIPPED);
            }
        }
    }
    warnings
}

/// A check of one component entry: its problem, placed in the document.
type ComponentCheck = fn(&Value, &str) -> Option<Diagnostic>;

/// Each section of `components` that lowering reads, with the type its entries must have.
const COMPONENT_CHECKS: &[(&str, ComponentCheck)] = &[
    ("schemas", problem_of::<Schema>),
    ("responses", problem_of::<Response>),
    ("parameters", problem_of::<Parameter>),
    ("requestBodies", problem_of::<RequestBody>),
    ("headers", problem_of::<Header>),
    ("securitySchemes", problem_of::<SecurityScheme>),
];

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn an_unreadable_operation_is_left_out_and_named() {
        let doc = json!({
            "openapi": "3.0.3", "info": { "title": "t", "version": "1" },
            "paths": { "/a": {
                "get": { "parameters": { "limit": {} }, "responses": {} },
                "post": { "responses": {} }
            } },
            "components": { "schemas": { "Bad": { "type": "object", "required": 5 }, "Good": { "type": "string" } } }
        });
        let (api, warnings) = parse(Path::new("spec.json"), doc).unwrap();
        let item = api.paths.paths["/a"].as_item().unwrap();
        assert!(item.get.is_none() && item.post.is_some());
        let places: Vec<String> = warnings.iter().map(|w| w.location.to_string()).collect();
        assert_eq!(places, ["at /paths/~1a/get/parameters", "at /components/schemas/Bad"], "{warnings:?}");
        assert!(warnings[0].message.ends_with("the operation is skipped"), "{}", warnings[0].message);
    }

    #[test]
    fn a_document_that_still_cannot_be_read_is_an_error() {
        let doc = json!({ "openapi": "3.0.3", "info": [], "paths": {} });
        let err = parse(Path::new("spec.json"), doc).unwrap_err();
        assert!(err.to_string().contains("/info"), "{err}");
    }
}
