//! Property test over the whole pipeline (load, normalize, lower, render, format), from spec
//! text in memory: for generated specs built from hostile names and strings, and for arbitrary
//! text, the generator returns either an SDK or a spec error, never panics, and an SDK's Rust
//! files parse with no identifier that spec text smuggled in.
//!
//! The seed is fixed, so a run is repeatable; `PROPTEST_CASES` sets the number of cases
//! (default 64). The same entry point is the `cargo fuzz` target in `generator/fuzz/`.

use std::path::PathBuf;

use proc_macro2::{TokenStream, TokenTree};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestRunner};
use quote::ToTokens;
use sdkgen::{Error, SdkConfig, Templates};
use serde_json::{Map, Value, json};

/// Names and strings that have broken generators: keywords, digits, non-ASCII, and text that
/// tries to leave a literal, a comment or a template. `PWNED_` marks text that must stay text.
const PIECES: &[&str] = &[
    "type", "self", "Self", "crate", "super", "fn", "r#type", "async", "Option", "Result", "None",
    "3d", "200", "1st", "", " ", "_", "-", "a-b", "fooBar", "foo_bar", "お支払い", "🚀", "café",
    "\"); PWNED_a() {", "*/ PWNED_b /*", "\"# PWNED_c", "{{ PWNED_d }}", "{% PWNED_e %}", "\n#[PWNED_f]",
    "\0", "\\", "\u{202e}", "\r", "Unknown", "new", "builder", "id", "{x}", "/",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(PIECES).prop_map(str::to_owned),
        "[a-zA-Z0-9_ ]{0,8}",
        (proptest::sample::select(PIECES), proptest::sample::select(PIECES)).prop_map(|(a, b)| format!("{a}{b}")),
    ]
}

/// A schema: a leaf type, an enum, a reference to a component, or a container of schemas.
fn schema(components: usize) -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(json!({ "type": "string" })),
        Just(json!({ "type": "integer", "format": "int32" })),
        Just(json!({ "type": "number", "nullable": true })),
        Just(json!({ "type": "boolean" })),
        proptest::collection::vec(piece(), 1..4).prop_map(|values| json!({ "type": "string", "enum": values })),
        (0..components.max(1)).prop_map(|i| json!({ "$ref": format!("#/components/schemas/S{i}") })),
        (piece(), piece()).prop_map(|(d, t)| json!({ "type": "string", "description": d, "title": t, "default": "x" })),
    ];
    leaf.prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec((piece(), inner.clone(), any::<bool>()), 0..4).prop_map(|props| {
                let mut properties = Map::new();
                let mut required = Vec::new();
                for (name, schema, is_required) in props {
                    if is_required {
                        required.push(Value::String(name.clone()));
                    }
                    properties.insert(name, schema);
                }
                json!({ "type": "object", "properties": properties, "required": required })
            }),
            inner.clone().prop_map(|items| json!({ "type": "array", "items": items })),
            inner.clone().prop_map(|value| json!({ "type": "object", "additionalProperties": value })),
            proptest::collection::vec(inner.clone(), 1..3).prop_map(|members| json!({ "oneOf": members })),
            proptest::collection::vec(inner.clone(), 1..3).prop_map(|members| json!({ "anyOf": members })),
            proptest::collection::vec(inner, 1..3).prop_map(|members| json!({ "allOf": members })),
        ]
    })
}

/// An operation at a path with a parameter, a body and responses.
fn operation(components: usize) -> impl Strategy<Value = (String, String, Value)> {
    (
        piece(),
        proptest::sample::select(&["get", "post", "put", "delete", "patch"][..]),
        piece(),
        proptest::collection::vec((piece(), proptest::sample::select(&["query", "header", "path"][..])), 0..3),
        proptest::option::of(schema(components)),
        proptest::collection::vec((proptest::sample::select(&["200", "201", "400", "404", "default"][..]), schema(components)), 1..3),
    )
        .prop_map(|(segment, method, id, params, body, responses)| {
            let parameters: Vec<Value> = params
                .into_iter()
                .map(|(name, place)| json!({ "name": name, "in": place, "required": place == "path", "schema": { "type": "string" } }))
                .collect();
            let mut op = json!({ "operationId": id, "summary": segment, "parameters": parameters, "responses": {} });
            if let Some(body) = body {
                op["requestBody"] = json!({ "content": { "application/json": { "schema": body } } });
            }
            for (status, schema) in responses {
                op["responses"][status] = json!({ "description": "r", "content": { "application/json": { "schema": schema } } });
            }
            (format!("/{segment}"), method.to_owned(), op)
        })
}

/// A whole spec as JSON text (3.0 or 3.1).
fn spec() -> impl Strategy<Value = String> {
    (1usize..4)
        .prop_flat_map(|components| {
            (
                proptest::sample::select(&["3.0.3", "3.1.0"][..]),
                piece(),
                proptest::collection::vec(schema(components), components),
                proptest::collection::vec(operation(components), 1..4),
            )
        })
        .prop_map(|(version, title, schemas, operations)| {
            let mut paths = Map::new();
            for (path, method, op) in operations {
                let item = paths.entry(path).or_insert_with(|| json!({}));
                item[method] = op;
            }
            let schemas: Map<String, Value> =
                schemas.into_iter().enumerate().map(|(i, s)| (format!("S{i}"), s)).collect();
            json!({
                "openapi": version,
                "info": { "title": title, "version": "1", "description": title },
                "paths": paths,
                "components": { "schemas": schemas }
            })
            .to_string()
        })
}

fn config(name: &str) -> SdkConfig {
    SdkConfig {
        name: "prop".into(),
        spec: PathBuf::from(name),
        output: PathBuf::from("unused"),
        version: "0.1.0".into(),
        description: "Property test".into(),
        models_package: None,
        client_package: None,
        pinned_spec: None,
        patches: Vec::new(),
        examples: None,
        strict: false,
        api_version_header: None,
        idempotency_keys: false,
        method_names: Default::default(),
        operations: Default::default(),
        webhooks: None,
        round_trip: false,
        typed_formats: Vec::new(),
    }
}

/// The property: an SDK whose Rust parses and holds only escaped spec text, or a spec error.
fn check(name: &str, text: &str) -> Result<(), TestCaseError> {
    match sdkgen::generate_from_str(&config(name), text, &Templates::builtin()) {
        Ok(generation) => {
            for (path, code) in generation.sdk.files.iter().filter(|(p, _)| p.ends_with(".rs")) {
                let parsed = syn::parse_file(code);
                prop_assert!(parsed.is_ok(), "{path} does not parse");
                let smuggled = smuggled_identifier(parsed.unwrap().to_token_stream());
                prop_assert!(smuggled.is_none(), "{path} carries spec text as code: {smuggled:?}");
            }
            Ok(())
        }
        Err(Error::Spec { problems, .. }) => {
            prop_assert!(!problems.is_empty());
            Ok(())
        }
        Err(other) => Err(TestCaseError::fail(format!("not a spec error: {other}"))),
    }
}

/// An identifier made of spec text (`PWNED_...`); naming never writes an upper-case word
/// followed by `_`, so one can only come from text that escaped a literal or comment.
fn smuggled_identifier(tokens: TokenStream) -> Option<String> {
    let mut stack = vec![tokens];
    while let Some(stream) = stack.pop() {
        for tree in stream {
            match tree {
                TokenTree::Group(group) => stack.push(group.stream()),
                TokenTree::Ident(ident) if ident.to_string().contains("PWNED_") => return Some(ident.to_string()),
                _ => {}
            }
        }
    }
    None
}

fn runner() -> TestRunner {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(64);
    TestRunner::new(Config {
        cases,
        rng_seed: RngSeed::Fixed(0x5d6_9e17),
        failure_persistence: None,
        ..Config::default()
    })
}

#[test]
fn generated_specs_give_an_sdk_or_a_spec_error() {
    runner().run(&spec(), |text| check("spec.json", &text)).unwrap();
}

#[test]
fn arbitrary_text_gives_a_spec_error() {
    let text = prop_oneof![
        any::<String>(),
        "[{}\\[\\]:,\"a-z0-9 \n-]{0,200}",
        spec().prop_flat_map(|s| {
            let len = s.len();
            (Just(s), 0..len, any::<char>()).prop_map(|(s, cut, c)| {
                let cut = (0..=cut).rev().find(|i| s.is_char_boundary(*i)).unwrap_or(0);
                format!("{}{c}{}", &s[..cut], &s[cut..])
            })
        }),
    ];
    runner()
        .run(&(text, any::<bool>()), |(text, json)| check(if json { "spec.json" } else { "spec.yaml" }, &text))
        .unwrap();
}
