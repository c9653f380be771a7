//! Identifiers a spec must keep unique: every `operationId` names one operation.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::error::Diagnostic;
use crate::spec::degrade::METHODS;
use crate::spec::pointer;

/// One diagnostic for every `operationId` used by an earlier operation too.
pub fn operation_ids(doc: &Value) -> Vec<Diagnostic> {
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else { return Vec::new() };
    let mut first_use: BTreeMap<&str, String> = BTreeMap::new();
    let mut problems = Vec::new();
    for (path, item) in paths {
        for method in METHODS {
            let Some(id) = item.get(*method).and_then(|op| op.get("operationId")).and_then(Value::as_str) else {
                continue;
            };
            let at = pointer::push(&pointer::push(&pointer::push("/paths", path), method), "operationId");
            match first_use.get(id) {
                Some(first) => problems.push(Diagnostic::invalid(
                    at,
                    format!("operationId `{id}` is already used at {first}; every operation needs its own, so rename one"),
                )),
                None => {
                    first_use.insert(id, at);
                }
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn second_use_is_reported_with_the_first() {
        let doc = json!({ "paths": {
            "/a": { "get": { "operationId": "x" }, "post": { "operationId": "y" } },
            "/b": { "get": { "operationId": "x" } }
        } });
        let problems = operation_ids(&doc);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].location, crate::error::Location::Pointer("/paths/~1b/get/operationId".into()));
        assert!(problems[0].message.contains("already used at /paths/~1a/get/operationId"), "{}", problems[0].message);
    }
}
