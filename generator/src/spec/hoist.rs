//! Schema references to a place inside another schema (`#/components/schemas/Order/allOf/0`,
//! `.../properties/currency`, `.../definitions/address`, a schema an operation declares): each
//! place referred to becomes a component schema of its own, named after the place; the place
//! and every reference to it then refer to that component, so lowering gives it one named type
//! (instead of `serde_json::Value`). Runs once references are known to resolve.

use std::collections::{BTreeMap, HashSet};

use serde_json::{Value, json};

use crate::spec::{pointer, refs, walk};

/// Tokens of a pointer that only say what kind of place follows; a hoisted schema's name
/// leaves them out.
const STRUCTURAL: &[&str] =
    &["components", "schemas", "paths", "properties", "definitions", "$defs", "content", "schema", "responses", "requestBody"];

/// Keywords under which a component schema keeps schemas that are not walked as its parts, but
/// that references may name.
const DEFINITIONS: &[&str] = &["definitions", "$defs"];

/// Moves every schema that a reference names inside another schema into `components/schemas`
/// (see the module docs); returns how many were moved.
pub fn hoist(doc: &mut Value) -> usize {
    let mut schema_places = HashSet::new();
    walk::schemas(doc, &mut |_, ptr| {
        schema_places.insert(ptr.to_owned());
    });
    let mut targets: Vec<String> = refs::collect_refs(doc)
        .into_iter()
        .filter_map(|(_, reference)| pointer::from_ref(&reference))
        .filter(|at| pointer::tokens(at).len() > 3 || !at.starts_with("/components/schemas/"))
        .filter(|at| doc.pointer(at).is_some_and(Value::is_object) && (schema_places.contains(at) || in_definitions(at)))
        .collect();
    // Deepest first: a schema inside another moves before the one that holds it.
    targets.sort_by_cached_key(|at| (std::cmp::Reverse(pointer::tokens(at).len()), at.clone()));
    targets.dedup();
    let mut taken: HashSet<String> =
        doc.pointer("/components/schemas").and_then(Value::as_object).map(|s| s.keys().cloned().collect()).unwrap_or_default();
    let mut moved = BTreeMap::new();
    for at in targets {
        let name = unique_name(&name_of(&at), &mut taken);
        let reference = format!("#{}", pointer::push("/components/schemas", &name));
        let Some(place) = doc.pointer_mut(&at) else { continue };
        let schema = std::mem::replace(place, json!({ "$ref": reference }));
        let root = doc.as_object_mut().expect("load checks the root is an object");
        let components = root.entry("components").or_insert_with(|| json!({}));
        if let Some(components) = components.as_object_mut() {
            let schemas = components.entry("schemas").or_insert_with(|| json!({}));
            if let Some(schemas) = schemas.as_object_mut() {
                schemas.insert(name, schema);
            }
        }
        moved.insert(at, reference);
    }
    if !moved.is_empty() {
        retarget(doc, &moved);
    }
    moved.len()
}

/// Whether `at` is under a component schema's `definitions` or `$defs`.
fn in_definitions(at: &str) -> bool {
    let tokens = pointer::tokens(at);
    tokens.len() > 4 && tokens[0] == "components" && tokens[1] == "schemas" && tokens.iter().any(|t| DEFINITIONS.contains(&t.as_str()))
}

/// A component name for the schema at `at`: its place without the structural tokens
/// (`/components/schemas/Order/properties/currency` -> `Order_currency`).
fn name_of(at: &str) -> String {
    let parts: Vec<String> = pointer::tokens(at)
        .into_iter()
        .filter(|t| (!STRUCTURAL.contains(&t.as_str()) && !t.contains('/')) || t.starts_with('/'))
        .map(|t| t.trim_matches('/').replace('/', "_"))
        .filter(|t| !t.is_empty())
        .collect();
    if parts.is_empty() { "Schema".to_owned() } else { parts.join("_") }
}

/// `name`, or `name_2`, `name_3`, ... when it is taken; marks the result taken.
fn unique_name(name: &str, taken: &mut HashSet<String>) -> String {
    let mut candidate = name.to_owned();
    let mut n = 2;
    while taken.contains(&candidate) {
        candidate = format!("{name}_{n}");
        n += 1;
    }
    taken.insert(candidate.clone());
    candidate
}

/// Points every `$ref` to a moved place at its component (example data and extensions are
/// not references).
fn retarget(value: &mut Value, moved: &BTreeMap<String, String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(reference)) = map.get_mut("$ref")
                && let Some(new) = pointer::from_ref(reference).and_then(|at| moved.get(&at))
            {
                *reference = new.clone();
            }
            for (key, child) in map.iter_mut() {
                if key != "example" && key != "examples" && !key.starts_with("x-") {
                    retarget(child, moved);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| retarget(item, moved)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schemas_referred_to_inside_others_become_components() {
        let mut doc = json!({
            "paths": { "/orders": { "get": { "responses": { "200": { "content": { "application/json": { "schema": {
                "type": "object", "properties": { "total": { "type": "number" } }
            } } } } } } } },
            "components": { "schemas": {
                "Order": {
                    "allOf": [{ "type": "object", "properties": { "id": { "type": "string" } } }],
                    "properties": { "currency": { "type": "string", "properties": { "x": { "type": "string" } } } },
                    "definitions": { "line": { "type": "object", "properties": { "sku": { "$ref": "#/components/schemas/Order/properties/currency" } } } }
                },
                "Invoice": { "properties": {
                    "base": { "$ref": "#/components/schemas/Order/allOf/0" },
                    "line": { "$ref": "#/components/schemas/Order/definitions/line" },
                    "total": { "$ref": "#/paths/~1orders/get/responses/200/content/application~1json/schema/properties/total" },
                    "example": { "$ref": "#/components/schemas/Order/example" }
                } },
                "Order_currency": { "type": "integer" }
            } }
        });
        assert_eq!(hoist(&mut doc), 4);
        let schemas = &doc["components"]["schemas"];
        assert_eq!(schemas["Order_allOf_0"], json!({ "type": "object", "properties": { "id": { "type": "string" } } }));
        assert_eq!(schemas["Order"]["allOf"][0], json!({ "$ref": "#/components/schemas/Order_allOf_0" }));
        // The name is taken: numbered.
        assert_eq!(schemas["Order"]["properties"]["currency"], json!({ "$ref": "#/components/schemas/Order_currency_2" }));
        assert_eq!(schemas["Order_line"]["properties"]["sku"], json!({ "$ref": "#/components/schemas/Order_currency_2" }));
        assert_eq!(schemas["Invoice"]["properties"]["line"], json!({ "$ref": "#/components/schemas/Order_line" }));
        assert_eq!(schemas["Invoice"]["properties"]["total"], json!({ "$ref": "#/components/schemas/orders_get_200_total" }));
        assert_eq!(schemas["orders_get_200_total"], json!({ "type": "number" }));
        // Not a schema: left as it is.
        assert_eq!(schemas["Invoice"]["properties"]["example"], json!({ "$ref": "#/components/schemas/Order/example" }));
    }
}
