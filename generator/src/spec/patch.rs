//! Corrections to a vendor's spec, declared in the SDK list rather than edited into the file.
//!
//! A patch names a JSON pointer and a table that is merged into the object there (for example
//! marking a multipart field that carries a file as `format: binary`), or property names that
//! are dropped from its `required` list. A patch whose pointer does
//! not exist is an error, so a patch never outlives the spec it was written for.

use serde::Deserialize;
use serde_json::Value;

use crate::error::Diagnostic;
use crate::spec::pointer;

/// One correction.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Patch {
    /// JSON pointer to an object in the spec.
    pub pointer: String,
    /// Keys to set on that object.
    #[serde(default)]
    pub merge: toml::Table,
    /// Property names to remove from the object's `required` list.
    #[serde(default)]
    pub unrequire: Vec<String>,
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
        if !patch.unrequire.is_empty() {
            let required = target.get_mut("required").and_then(Value::as_array_mut);
            let Some(required) = required else {
                problems.push(Diagnostic::at(
                    pointer::push(&patch.pointer, "required"),
                    format!("a patch removes required properties, but there is no `required` list here ({})", patch.reason),
                ));
                continue;
            };
            for name in &patch.unrequire {
                let before = required.len();
                required.retain(|r| r.as_str() != Some(name));
                if required.len() == before {
                    problems.push(Diagnostic::at(
                        pointer::push(&patch.pointer, "required"),
                        format!("a patch makes `{name}` optional, but it is not required here; update or remove the patch"),
                    ));
                }
            }
        }
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
        Patch {
            pointer: pointer.into(),
            merge: toml::from_str("format = \"binary\"").unwrap(),
            unrequire: Vec::new(),
            reason: "files".into(),
        }
    }

    #[test]
    fn merges_keys_into_the_target() {
        let mut doc = serde_json::json!({"a": {"b": {"type": "string"}}});
        assert!(apply(&mut doc, &[patch("/a/b")]).is_empty());
        assert_eq!(doc, serde_json::json!({"a": {"b": {"type": "string", "format": "binary"}}}));
    }

    #[test]
    fn unrequire_removes_names_from_the_required_list() {
        let mut doc = serde_json::json!({"s": {"required": ["a", "b"]}});
        let p = Patch { pointer: "/s".into(), merge: toml::Table::new(), unrequire: vec!["a".into()], reason: "r".into() };
        assert!(apply(&mut doc, std::slice::from_ref(&p)).is_empty());
        assert_eq!(doc, serde_json::json!({"s": {"required": ["b"]}}));
        assert_eq!(apply(&mut doc, &[p]).len(), 1, "a name that is no longer required is reported");
    }

    #[test]
    fn a_missing_target_is_reported_at_its_pointer() {
        let mut doc = serde_json::json!({"a": {}});
        let problems = apply(&mut doc, &[patch("/a/missing")]);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].to_string().starts_with("at /a/missing: a patch"), "{}", problems[0]);
    }
}
