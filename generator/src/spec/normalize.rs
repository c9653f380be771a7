//! Stage 2: bring an OpenAPI 3.1 document into the 3.0 shape that `openapiv3` reads.
//!
//! FastAPI and other 3.1 emitters write JSON Schema 2020-12 forms that 3.0 spells differently.
//! Each is rewritten here; a keyword we cannot express is reported with its place instead of
//! being dropped. A 3.0 document passes through unchanged.

use serde_json::{Map, Value, json};

use crate::error::Diagnostic;
use crate::spec::{pointer, walk};

/// What normalization found: errors stop generation, warnings are shown.
#[derive(Debug, Default)]
pub struct Findings {
    /// Problems that make the document unusable.
    pub errors: Vec<Diagnostic>,
    /// Parts of the document the SDK will not cover.
    pub warnings: Vec<Diagnostic>,
}

/// JSON Schema keywords of 3.1 that have no 3.0 equivalent and would change the meaning of a
/// schema if ignored.
/// (Keywords that only validate are left out earlier, by [`crate::spec::repair`].)
const UNSUPPORTED_SCHEMA_KEYWORDS: &[&str] = &[
    "$defs", "$dynamicAnchor", "$dynamicRef", "$anchor", "$id", "prefixItems", "if", "then", "else",
    "dependentSchemas", "unevaluatedProperties", "unevaluatedItems", "patternProperties",
];

/// The extension under which a 3.1 document's `webhooks` reach lowering.
pub const WEBHOOKS_EXTENSION: &str = "x-sdkgen-webhooks";

/// Rewrites `doc` in place when it is OpenAPI 3.1; checks the version either way.
pub fn normalize(doc: &mut Value) -> Findings {
    let mut findings = Findings::default();
    let version = doc.get("openapi").and_then(Value::as_str).unwrap_or_default().to_owned();
    if version.starts_with("3.0.") {
        return findings;
    }
    if doc.get("swagger").is_some() {
        findings.errors.push(Diagnostic::at(
            "/swagger",
            "Swagger 2.0 documents are not supported; convert the spec to OpenAPI 3 first (for example with swagger2openapi)",
        ));
        return findings;
    }
    if !version.starts_with("3.1.") {
        findings.errors.push(Diagnostic::invalid(
            "/openapi",
            format!(
                "unsupported OpenAPI version {:?}: expected 3.0.x or 3.1.x (Swagger 2.0 documents can be converted with swagger2openapi)",
                version
            ),
        ));
        return findings;
    }
    normalize_top_level(doc, &mut findings);
    walk::schemas(doc, &mut |schema, ptr| normalize_schema(schema, ptr, &mut findings));
    // `openapiv3` reads OpenAPI 3.0, which has no webhooks: they travel as an extension, their
    // schemas normalized like every other.
    let root = doc.as_object_mut().expect("load checks the root is an object");
    if let Some(webhooks) = root.remove("webhooks") {
        root.insert(WEBHOOKS_EXTENSION.into(), webhooks);
    }
    findings
}

fn normalize_top_level(doc: &mut Value, findings: &mut Findings) {
    let root = doc.as_object_mut().expect("load checks the root is an object");
    root.insert("openapi".into(), json!("3.0.3"));
    root.remove("jsonSchemaDialect");
    root.entry("paths").or_insert_with(|| json!({}));
    if let Some(license) = root.get_mut("info").and_then(|i| i.get_mut("license")).and_then(Value::as_object_mut) {
        license.remove("identifier");
    }
    if let Some(components) = root.get_mut("components").and_then(Value::as_object_mut)
        && components.remove("pathItems").is_some()
    {
        findings
            .warnings
            .push(Diagnostic::at("/components/pathItems", "components.pathItems are not supported and are skipped"));
    }
}

/// Normalizes one schema (the walk goes on into the schemas inside it).
fn normalize_schema(schema: &mut Value, ptr: &str, findings: &mut Findings) {
    let Value::Object(obj) = schema else { return };
    let mut nullable = obj.get("nullable").and_then(Value::as_bool).unwrap_or(false);

    for key in ["anyOf", "oneOf"] {
        nullable |= fold_null_members(obj, key, ptr, findings);
    }
    nullable |= fold_type_array(obj, ptr, findings);

    if let Some(value) = obj.remove("const") {
        obj.entry("enum").or_insert_with(|| json!([value]));
    }
    if let Some(examples) = obj.remove("examples")
        && let Some(first) = examples.as_array().and_then(|a| a.first())
    {
        obj.entry("example").or_insert_with(|| first.clone());
    }
    for (exclusive, bound) in [("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")] {
        if let Some(n) = obj.get(exclusive).filter(|v| v.is_number()).cloned() {
            obj.insert(bound.into(), n);
            obj.insert(exclusive.into(), json!(true));
        }
    }
    if obj.remove("contentMediaType").is_some() || obj.remove("contentEncoding").is_some() {
        obj.entry("format").or_insert_with(|| json!("binary"));
    }
    obj.remove("$comment");
    obj.remove("$schema");
    for keyword in UNSUPPORTED_SCHEMA_KEYWORDS {
        if obj.contains_key(*keyword) {
            findings.errors.push(Diagnostic::at(
                pointer::push(ptr, keyword),
                format!("JSON Schema keyword `{keyword}` is not supported by the generator; rewrite the schema without it"),
            ));
        }
    }
    if nullable {
        obj.insert("nullable".into(), json!(true));
    }
    // 3.1 allows siblings next to `$ref`; 3.0 ignores them. Keep them by wrapping the reference.
    if obj.contains_key("$ref") && obj.len() > 1 {
        let reference = obj.remove("$ref").expect("checked above");
        obj.insert("allOf".into(), json!([{ "$ref": reference }]));
    }
}

/// `anyOf: [X, {type: null}]` becomes `X` with `nullable: true`. Returns whether a null member
/// was removed.
fn fold_null_members(obj: &mut Map<String, Value>, key: &str, ptr: &str, findings: &mut Findings) -> bool {
    let Some(Value::Array(members)) = obj.get_mut(key) else { return false };
    let before = members.len();
    members.retain(|m| !is_null_schema(m));
    if members.len() == before {
        return false;
    }
    match members.len() {
        0 => {
            findings.errors.push(Diagnostic::at(
                pointer::push(ptr, key),
                "a schema that only allows null has no Rust type; remove it or give it a non-null member",
            ));
        }
        1 => {
            let single = members.pop().expect("one member");
            obj.remove(key);
            match single {
                Value::Object(member) if member.contains_key("$ref") => {
                    obj.insert("allOf".into(), Value::Array(vec![Value::Object(member)]));
                }
                Value::Object(member) => {
                    for (k, v) in member {
                        obj.entry(k).or_insert(v);
                    }
                }
                other => {
                    obj.insert(key.into(), json!([other]));
                }
            }
        }
        _ => {}
    }
    true
}

/// `type: [X, "null"]` becomes `type: X` with `nullable: true`; several non-null types become
/// an `anyOf`. Returns whether `null` was among the types.
fn fold_type_array(obj: &mut Map<String, Value>, ptr: &str, findings: &mut Findings) -> bool {
    let Some(Value::Array(types)) = obj.get("type") else { return false };
    let names: Vec<String> = types.iter().filter_map(Value::as_str).map(str::to_owned).collect();
    let has_null = names.iter().any(|t| t == "null");
    let rest: Vec<&String> = names.iter().filter(|t| *t != "null").collect();
    match rest.len() {
        0 => {
            findings.errors.push(Diagnostic::at(
                pointer::push(ptr, "type"),
                "a schema that only allows null has no Rust type; remove it or give it a non-null type",
            ));
            obj.remove("type");
        }
        1 => {
            obj.insert("type".into(), json!(rest[0]));
        }
        _ => {
            obj.remove("type");
            let members: Vec<Value> = rest.iter().map(|t| json!({ "type": t })).collect();
            obj.insert("anyOf".into(), Value::Array(members));
        }
    }
    has_null
}

fn is_null_schema(schema: &Value) -> bool {
    schema.get("type").and_then(Value::as_str) == Some("null")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc_with(schema: Value) -> Value {
        json!({ "openapi": "3.1.0", "info": {}, "components": { "schemas": { "S": schema } } })
    }

    fn normalized(schema: Value) -> (Value, Findings) {
        let mut doc = doc_with(schema);
        let findings = normalize(&mut doc);
        (doc["components"]["schemas"]["S"].clone(), findings)
    }

    #[test]
    fn any_of_null_becomes_nullable() {
        let (s, f) = normalized(json!({ "anyOf": [{ "type": "string" }, { "type": "null" }], "title": "T" }));
        assert_eq!(s, json!({ "title": "T", "type": "string", "nullable": true }));
        assert!(f.errors.is_empty());
    }

    #[test]
    fn nullable_ref_is_wrapped_in_all_of() {
        let (s, _) = normalized(json!({ "anyOf": [{ "$ref": "#/components/schemas/X" }, { "type": "null" }] }));
        assert_eq!(s, json!({ "allOf": [{ "$ref": "#/components/schemas/X" }], "nullable": true }));
    }

    #[test]
    fn type_arrays_fold() {
        let (s, _) = normalized(json!({ "type": ["integer", "null"] }));
        assert_eq!(s, json!({ "type": "integer", "nullable": true }));
        let (s, _) = normalized(json!({ "type": ["integer", "string"] }));
        assert_eq!(s, json!({ "anyOf": [{ "type": "integer" }, { "type": "string" }] }));
    }

    #[test]
    fn const_examples_and_exclusive_bounds() {
        let (s, _) = normalized(json!({
            "type": "object",
            "properties": {
                "object": { "type": "string", "const": "payment_flow" },
                "amount": { "type": "integer", "exclusiveMinimum": 0, "examples": [5, 6] }
            }
        }));
        assert_eq!(s["properties"]["object"], json!({ "type": "string", "enum": ["payment_flow"] }));
        assert_eq!(
            s["properties"]["amount"],
            json!({ "type": "integer", "exclusiveMinimum": true, "minimum": 0, "example": 5 })
        );
    }

    #[test]
    fn unsupported_keywords_are_reported_with_their_place() {
        let (_, f) = normalized(json!({ "type": "array", "prefixItems": [{ "type": "string" }] }));
        assert_eq!(f.errors.len(), 1);
        assert_eq!(f.errors[0].location, crate::error::Location::Pointer("/components/schemas/S/prefixItems".into()));
    }

    #[test]
    fn schemas_in_operations_are_normalized() {
        let mut doc = json!({
            "openapi": "3.1.0",
            "paths": { "/a": { "get": { "parameters": [
                { "name": "q", "in": "query", "schema": { "anyOf": [{ "type": "string" }, { "type": "null" }] } }
            ] } } }
        });
        normalize(&mut doc);
        assert_eq!(doc["openapi"], json!("3.0.3"));
        assert_eq!(doc["paths"]["/a"]["get"]["parameters"][0]["schema"], json!({ "type": "string", "nullable": true }));
    }

    #[test]
    fn openapi_30_is_untouched_and_other_versions_rejected() {
        let mut doc = json!({ "openapi": "3.0.3", "components": { "schemas": { "S": { "const": 1 } } } });
        let before = doc.clone();
        assert!(normalize(&mut doc).errors.is_empty());
        assert_eq!(doc, before);
        let mut doc = json!({ "swagger": "2.0" });
        assert_eq!(normalize(&mut doc).errors[0].location, crate::error::Location::Pointer("/swagger".into()));
        let mut doc = json!({ "openapi": "4.0.0" });
        assert_eq!(normalize(&mut doc).errors[0].location, crate::error::Location::Pointer("/openapi".into()));
    }
}
