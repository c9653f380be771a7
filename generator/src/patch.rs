//! Corrections to a vendor's spec, declared in the SDK list rather than edited into the file.
//!
//! A patch names a JSON pointer and a table that is merged into the object there, for example
//! marking a multipart field that carries a file as `format: binary`. A patch whose pointer does
//! not exist is an error, so a patch never outlives the spec it was written for.

use serde::Deserialize;
use serde_json::Value;

use crate::error::Diagnostic;
use crate::pointer;

/// One correction.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Patch {
    /// JSON pointer to an object in the spec.
    pub pointer: String,
    /// Keys to set on that object.
    pub merge: toml::Table,
    /// Why the patch exists.
    pub reason: String,
}

/// Applies every patch; each one whose target is missing or not an object is a problem.
pub fn apply(doc: &mut Value, patches: &[Patch]) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for patch in patches {
        let Some(Value::Object(target)) = doc.pointer_mut(&patch.pointer) else {
            problems.push(Diagnostic::at(
                &patch.pointer,
                format!(
                    "a patch in the SDK list targets this place, but there is no object here; \
                     update or remove the patch ({})",
                    patch.reason
                ),
            ));
            continue;
        };
        for (key, value) in &patch.merge {
            match serde_json::to_value(value) {
                Ok(value) => {
                    target.insert(key.clone(), value);
                }
                Err(e) => problems.push(Diagnostic::at(pointer::push(&patch.pointer, key), e.to_string())),
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn patch(pointer: &str) -> Patch {
        Patch { pointer: pointer.into(), merge: toml::from_str("format = \"binary\"").unwrap(), reason: "files".into() }
    }

    #[test]
    fn merges_keys_into_the_target() {
        let mut doc = serde_json::json!({"a": {"b": {"type": "string"}}});
        assert!(apply(&mut doc, &[patch("/a/b")]).is_empty());
        assert_eq!(doc, serde_json::json!({"a": {"b": {"type": "string", "format": "binary"}}}));
    }

    #[test]
    fn a_missing_target_is_reported_at_its_pointer() {
        let mut doc = serde_json::json!({"a": {}});
        let problems = apply(&mut doc, &[patch("/a/missing")]);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].to_string().starts_with("at /a/missing: a patch"), "{}", problems[0]);
    }
}
