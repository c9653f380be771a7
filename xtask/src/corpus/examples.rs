//! Semantics of the compile sample: every schema `example` of a spec must decode into the type
//! generated for its schema and encode back to the same JSON, and an example of a union member
//! must decode as that member. For each sampled SDK this writes a harness crate
//! (`<name>/examples`) that lists (type, example) pairs and prints how many passed. Examples
//! that contradict their own schema are set aside, counted apart (see [`conformance`]).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use sdkgen::model::{Api, SchemaExample, Ty, TypeKind};

use super::conformance;

/// Examples of one SDK, as checks for its harness.
#[derive(Debug, Default)]
pub struct Harness {
    /// The harness's `src/main.rs`.
    pub main_rs: String,
    /// How many checks it runs.
    pub checks: usize,
    /// Examples left out because they contradict their own schema: `pointer: why`.
    pub set_aside: Vec<String>,
}

/// The line a harness prints last: `examples: <tried> tried, <passed> passed`.
pub const RESULT_PREFIX: &str = "examples: ";

/// Writes the harness crate for `api` (lowered from `doc`) into `dir`, next to the SDK's
/// `models/`.
pub fn write(dir: &Path, api: &Api, doc: &serde_json::Value) -> anyhow::Result<Harness> {
    let harness = harness(api, doc);
    std::fs::create_dir_all(dir.join("src"))?;
    let sdk = &api.sdk;
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"{}-examples\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n\
             [dependencies]\n{} = {{ path = \"../models\" }}\nserde = \"1\"\nserde_json = \"1\"\n",
            sdk.name, sdk.models_package
        ),
    )?;
    std::fs::write(dir.join("src/main.rs"), &harness.main_rs)?;
    Ok(harness)
}

/// The harness's source: one `check` per example whose type can hold JSON, and one
/// `check_member` per union member (a named type) that has an example of its own; examples
/// that contradict their schema in `doc` get neither.
pub fn harness(api: &Api, doc: &serde_json::Value) -> Harness {
    let mut calls = String::new();
    let mut checks = 0;
    let mut set_aside = Vec::new();
    let mut agreeing = Vec::new();
    for example in &api.examples {
        match conformance::contradiction(doc, &example.pointer, &example.value) {
            Some(why) => set_aside.push(format!("{}: {why}", example.pointer)),
            None => agreeing.push(example),
        }
    }
    for example in agreeing.iter().filter(|e| decodable(&e.ty)) {
        let ty = if example.nullable { Ty::Option(Box::new(example.ty.clone())) } else { example.ty.clone() };
        let _ = writeln!(
            calls,
            "    tally.add(check::<{}>({:?}, {:?}));",
            ty.render(Some("models")),
            example.pointer,
            example.value.to_string()
        );
        checks += 1;
    }
    // Examples of named types, to try as union members.
    let mut named: BTreeMap<&str, Vec<&SchemaExample>> = BTreeMap::new();
    for example in agreeing {
        if let Ty::Named(name) = &example.ty {
            named.entry(name).or_default().push(example);
        }
    }
    for def in &api.types {
        let TypeKind::Union(union) = &def.kind else { continue };
        for variant in &union.variants {
            let Ty::Named(member) = &variant.ty else { continue };
            for example in named.get(member.as_str()).into_iter().flatten() {
                let _ = writeln!(
                    calls,
                    "    tally.add(check_member::<models::{union_ty}>({:?}, {:?}, {:?}, |v| matches!(v, models::{union_ty}::{variant}(_))));",
                    example.pointer,
                    example.value.to_string(),
                    format!("{}::{}", def.name, variant.name),
                    union_ty = def.name,
                    variant = variant.name,
                );
                checks += 1;
            }
        }
    }
    let main_rs = format!(
        "//! Checks the schema examples of the spec against the generated models (written by \
         `cargo xtask corpus`).\n\nuse {models} as models;\n\n{HARNESS_SUPPORT}\nfn main() {{\n    \
         let mut tally = Tally::default();\n{calls}    tally.finish();\n}}\n",
        models = api.sdk.models_crate,
    );
    Harness { main_rs, checks, set_aside }
}

/// Whether values of `ty` go through serde as JSON (files and raw bytes do not).
fn decodable(ty: &Ty) -> bool {
    ty.walk().iter().all(|t| !matches!(t, Ty::File | Ty::Bytes | Ty::Unit))
}

/// The harness's fixed part: decoding, encoding, and comparing JSON where a `null` and an
/// absent key mean the same and numbers compare by value (`1` and `1.0`).
const HARNESS_SUPPORT: &str = r#"#[derive(Default)]
struct Tally {
    tried: usize,
    passed: usize,
}

impl Tally {
    fn add(&mut self, result: Result<(), String>) {
        self.tried += 1;
        match result {
            Ok(()) => self.passed += 1,
            Err(e) => println!("FAIL {e}"),
        }
    }

    fn finish(&self) {
        println!("examples: {} tried, {} passed", self.tried, self.passed);
    }
}

fn round_trip<T: serde::de::DeserializeOwned + serde::Serialize>(at: &str, json: &str) -> Result<T, String> {
    let original: serde_json::Value = serde_json::from_str(json).map_err(|e| format!("{at}: {e}"))?;
    let decoded: T = serde_json::from_value(original.clone()).map_err(|e| format!("{at}: does not decode: {e}"))?;
    let encoded = serde_json::to_value(&decoded).map_err(|e| format!("{at}: does not encode: {e}"))?;
    if same(&original, &encoded) {
        Ok(decoded)
    } else {
        Err(format!("{at}: encodes back as {encoded}"))
    }
}

fn check<T: serde::de::DeserializeOwned + serde::Serialize>(at: &str, json: &str) -> Result<(), String> {
    round_trip::<T>(at, json).map(drop)
}

fn check_member<T: serde::de::DeserializeOwned + serde::Serialize + std::fmt::Debug>(
    at: &str,
    json: &str,
    member: &str,
    is_member: fn(&T) -> bool,
) -> Result<(), String> {
    let decoded = round_trip::<T>(at, json)?;
    if is_member(&decoded) {
        Ok(())
    } else {
        let shown = format!("{decoded:?}");
        let shown: String = shown.chars().take(200).collect();
        Err(format!("{at}: decodes as {shown}, not as {member}"))
    }
}

fn same(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value;
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_i64(), y.as_i64(), x.as_u64(), y.as_u64()) {
            (Some(x), Some(y), _, _) => x == y,
            (_, _, Some(x), Some(y)) => x == y,
            _ => x.as_f64() == y.as_f64(),
        },
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y)),
        (Value::Object(x), Value::Object(y)) => {
            let null = Value::Null;
            x.keys().chain(y.keys()).all(|k| same(x.get(k).unwrap_or(&null), y.get(k).unwrap_or(&null)))
        }
        _ => a == b,
    }
}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    fn harness_of(spec: serde_json::Value) -> Harness {
        let config = super::super::generate::sdk_config("t.json", Path::new("t.json"), "unused".into());
        let api = sdkgen::lower_document(&config, spec.clone()).expect("lowers");
        harness(&api, &spec)
    }

    #[test]
    fn every_example_gets_a_check_and_union_members_a_member_check() {
        let harness = harness_of(serde_json::json!({
            "openapi": "3.0.3",
            "info": { "title": "t", "version": "1" },
            "paths": { "/a": { "get": { "responses": { "200": { "description": "ok", "content": { "application/json": {
                "schema": { "$ref": "#/components/schemas/Pet" } } } } } } } },
            "components": { "schemas": {
                "Pet": { "oneOf": [{ "$ref": "#/components/schemas/Cat" }, { "$ref": "#/components/schemas/Dog" }] },
                "Cat": { "type": "object", "properties": { "meow": { "type": "boolean", "example": true } }, "example": { "meow": true } },
                "Dog": { "type": "object", "properties": { "bark": { "type": "string", "nullable": true } }, "example": { "bark": "woof" } },
                "Year": { "type": "string", "example": 2019 }
            } }
        }));
        assert_eq!(harness.checks, 5, "{}", harness.main_rs);
        assert_eq!(harness.set_aside, ["/components/schemas/Year: the example: an integer, but the schema says string"]);
        assert!(!harness.main_rs.contains("2019"), "{}", harness.main_rs);
        assert!(harness.main_rs.contains(r#"check::<models::Cat>("/components/schemas/Cat", "{\"meow\":true}")"#), "{}", harness.main_rs);
        assert!(harness.main_rs.contains(r#"check::<bool>("/components/schemas/Cat/properties/meow", "true")"#), "{}", harness.main_rs);
        assert!(harness.main_rs.contains("matches!(v, models::Pet::Dog(_))"), "{}", harness.main_rs);
    }

    #[test]
    fn spec_text_reaches_the_harness_only_as_escaped_literals() {
        let harness = harness_of(serde_json::json!({
            "openapi": "3.0.3",
            "info": { "title": "t", "version": "1" },
            "paths": { "/a": { "get": { "responses": { "200": { "description": "ok", "content": { "application/json": {
                "schema": { "type": "string", "example": "\"); std::process::exit(0); (\"" } } } } } } } }
        }));
        assert_eq!(harness.checks, 1);
        let call = harness.main_rs.lines().find(|l| l.contains("check::<String>")).expect("a check");
        assert!(call.contains(r#""\"\\\"); std::process::exit(0); (\\\"\"""#), "{call}");
        syn::parse_file(&harness.main_rs).expect("the harness is valid Rust");
    }
}
