//! Callbacks (requests the API server sends to the client's own server) are not part of a
//! client SDK: they are removed before reading, with a warning naming each, so that their
//! contents (which `openapiv3` reads only in part, e.g. not `$ref`s to
//! `components/callbacks`) never stop generation.

use serde_json::Value;

use crate::error::Diagnostic;
use crate::spec::degrade::METHODS;
use crate::spec::pointer;

/// Removes every operation's `callbacks` and `components/callbacks`; one warning for each.
pub fn remove(doc: &mut Value) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
        for (path, item) in paths.iter_mut() {
            let Some(item) = item.as_object_mut() else { continue };
            for method in METHODS {
                let Some(op) = item.get_mut(*method).and_then(Value::as_object_mut) else { continue };
                if let Some(callbacks) = op.remove("callbacks") {
                    let at = pointer::push(&pointer::push(&pointer::push("/paths", path), method), "callbacks");
                    warnings.push(skipped(at, &callbacks));
                }
            }
        }
    }
    if let Some(components) = doc.get_mut("components").and_then(Value::as_object_mut)
        && let Some(callbacks) = components.remove("callbacks")
    {
        warnings.push(skipped("/components/callbacks".to_owned(), &callbacks));
    }
    warnings
}

fn skipped(at: String, callbacks: &Value) -> Diagnostic {
    let names: Vec<String> = callbacks.as_object().map(|c| c.keys().map(|k| format!("`{k}`")).collect()).unwrap_or_default();
    Diagnostic::at(
        at,
        format!("callbacks ({}) are requests to the client's own server, not part of a client SDK, and are skipped", names.join(", ")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn callbacks_are_removed_with_a_warning_each() {
        let mut doc = json!({
            "paths": { "/a": { "post": { "callbacks": { "done": { "$ref": "#/components/callbacks/done" } }, "responses": {} } } },
            "components": { "callbacks": { "done": {} }, "schemas": {} }
        });
        let warnings = remove(&mut doc);
        assert_eq!(doc, json!({ "paths": { "/a": { "post": { "responses": {} } } }, "components": { "schemas": {} } }));
        assert_eq!(warnings.len(), 2);
        assert_eq!(warnings[0].location, crate::error::Location::Pointer("/paths/~1a/post/callbacks".into()));
        assert!(warnings[0].message.contains("`done`"), "{}", warnings[0].message);
    }
}
