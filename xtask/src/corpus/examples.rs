//! Semantics of the compile sample: every schema `example` of a spec must decode into the type
//! generated for its schema and encode back to the same JSON, and an example of a union member
//! must decode as that member. For each sampled SDK this writes a harness crate
//! (`<name>/examples`) that lists (type, example) pairs and prints how many passed. Examples
//! that contradict their own schema are set aside, counted apart (see [`conformance`]).
//!
//! Each check lists the places of its example where the generated type, by design, cannot give
//! back what the example holds ([`Leeway`]): there `null` and an absent key are the same (a
//! plain `Option` left out when `None`, see
//! [`Field::null_is_absent`](sdkgen::model::Field::null_is_absent)), or a key that the struct
//! does not declare may be dropped (the SDK drops unknown properties unless `round_trip` is
//! on). Everywhere else `null` and absent are kept apart, and every key must come back.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use sdkgen::model::{Api, SchemaExample, Ty, TypeDef, TypeKind};

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
    let types: BTreeMap<&str, &TypeDef> = api.types.iter().map(|t| (t.name.as_str(), t)).collect();
    let leeway = |ty: &Ty, value: &serde_json::Value| {
        let mut leeway = Leeway::default();
        leeway.gather(&types, ty, value, "", 0);
        leeway.render()
    };
    for example in agreeing.iter().filter(|e| decodable(&e.ty)) {
        let ty = if example.nullable { Ty::Option(Box::new(example.ty.clone())) } else { example.ty.clone() };
        let _ = writeln!(
            calls,
            "    tally.add(check::<{}>({:?}, {:?}, {}));",
            ty.render(Some("models")),
            example.pointer,
            example.value.to_string(),
            leeway(&ty, &example.value),
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
                    "    tally.add(check_member::<models::{union_ty}>({:?}, {:?}, {}, {:?}, |v| matches!(v, models::{union_ty}::{variant}(_))));",
                    example.pointer,
                    example.value.to_string(),
                    // Decoded as the union: the leeway of the union's members.
                    leeway(&Ty::Named(def.name.clone()), &example.value),
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

/// Most levels of named types followed into an example (unions of recursive types could
/// otherwise revisit one place many times).
const MAX_TYPE_DEPTH: usize = 64;

/// The places inside an example (JSON pointers) where its type, by design, cannot give back
/// what the example holds.
#[derive(Debug, Default)]
struct Leeway {
    /// Keys of struct fields for which `null` and absent are the same
    /// ([`Field::null_is_absent`](sdkgen::model::Field::null_is_absent)).
    null_is_absent: BTreeSet<String>,
    /// Keys of the example that its struct does not declare (and has no map of extra
    /// properties for): decoding drops them.
    undeclared: BTreeSet<String>,
}

impl Leeway {
    /// Gathers the places of `value`, followed through the type `ty`. For a union, as the check
    /// does not know which member a value decodes as, a key is `null_is_absent` when it is for
    /// some member, and `undeclared` when it is for every member that is a struct.
    fn gather(&mut self, types: &BTreeMap<&str, &TypeDef>, ty: &Ty, value: &serde_json::Value, at: &str, depth: usize) {
        if depth > MAX_TYPE_DEPTH {
            return;
        }
        match (ty, value) {
            (Ty::Option(inner) | Ty::Boxed(inner) | Ty::OrEmpty(inner) | Ty::Expandable(inner), _) => self.gather(types, inner, value, at, depth + 1),
            (Ty::Vec(item), serde_json::Value::Array(items)) => {
                for (i, v) in items.iter().enumerate() {
                    self.gather(types, item, v, &format!("{at}/{i}"), depth + 1);
                }
            }
            (Ty::Map(item), serde_json::Value::Object(entries)) => {
                for (key, v) in entries {
                    self.gather(types, item, v, &format!("{at}/{}", escape(key)), depth + 1);
                }
            }
            (Ty::Named(name), _) => match types.get(name.as_str()).map(|t| &t.kind) {
                Some(TypeKind::Struct(def)) => {
                    let Some(entries) = value.as_object() else { return };
                    let declared: BTreeSet<String> = def.fields.iter().filter(|f| !f.wire.is_empty()).map(|f| f.wire_name()).collect();
                    if def.fields.iter().all(|f| !f.wire.is_empty()) {
                        self.undeclared.extend(entries.keys().filter(|k| !declared.contains(*k)).map(|k| format!("{at}/{}", escape(k))));
                    }
                    for field in def.fields.iter().filter(|f| !f.wire.is_empty()) {
                        let key = field.wire_name();
                        let place = format!("{at}/{}", escape(&key));
                        if field.null_is_absent() {
                            self.null_is_absent.insert(place.clone());
                        }
                        if let Some(v) = entries.get(&key) {
                            self.gather(types, &field.ty, v, &place, depth + 1);
                        }
                    }
                }
                Some(TypeKind::Union(union)) => {
                    let mut undeclared: Option<BTreeSet<String>> = None;
                    for variant in &union.variants {
                        let mut member = Leeway::default();
                        member.gather(types, &variant.ty, value, at, depth + 1);
                        self.null_is_absent.extend(member.null_is_absent);
                        if is_struct(types, &variant.ty) {
                            undeclared = Some(match undeclared {
                                Some(all) => all.intersection(&member.undeclared).cloned().collect(),
                                None => member.undeclared,
                            });
                        }
                    }
                    self.undeclared.extend(undeclared.unwrap_or_default());
                }
                Some(TypeKind::Alias { target } | TypeKind::Newtype { target }) => self.gather(types, target, value, at, depth + 1),
                _ => {}
            },
            _ => {}
        }
    }

    /// The harness's `Leeway` literal.
    fn render(&self) -> String {
        let list = |places: &BTreeSet<String>| format!("{:?}", places.iter().collect::<Vec<_>>());
        format!("&Leeway {{ null_is_absent: &{}, undeclared: &{} }}", list(&self.null_is_absent), list(&self.undeclared))
    }
}

/// Whether `ty` is a struct (through `Box` and aliases).
fn is_struct(types: &BTreeMap<&str, &TypeDef>, ty: &Ty) -> bool {
    let mut ty = ty;
    for _ in 0..MAX_TYPE_DEPTH {
        match ty {
            Ty::Boxed(inner) => ty = inner,
            Ty::Named(name) => match types.get(name.as_str()).map(|t| &t.kind) {
                Some(TypeKind::Struct(_)) => return true,
                Some(TypeKind::Alias { target } | TypeKind::Newtype { target }) => ty = target,
                _ => return false,
            },
            _ => return false,
        }
    }
    false
}

/// A key as a JSON pointer token.
fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// Whether values of `ty` go through serde as JSON (files and raw bytes do not).
fn decodable(ty: &Ty) -> bool {
    ty.walk().iter().all(|t| !matches!(t, Ty::File | Ty::Bytes | Ty::Unit))
}

/// The harness's fixed part: decoding, encoding, and comparing JSON where numbers compare by
/// value (`1` and `1.0`), a `null` and an absent key are the same only at the places a check
/// lists as `null_is_absent`, and a key may be missing after decoding only at the places it
/// lists as `undeclared` (see [`Leeway`]).
const HARNESS_SUPPORT: &str = r#"/// Places of an example where its type, by design, cannot give back what it holds.
struct Leeway {
    /// Keys where `null` and absent are the same.
    null_is_absent: &'static [&'static str],
    /// Keys the type does not declare, which decoding drops.
    undeclared: &'static [&'static str],
}

#[derive(Default)]
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

fn round_trip<T: serde::de::DeserializeOwned + serde::Serialize>(at: &str, json: &str, leeway: &Leeway) -> Result<T, String> {
    let original: serde_json::Value = serde_json::from_str(json).map_err(|e| format!("{at}: {e}"))?;
    let decoded: T = serde_json::from_value(original.clone()).map_err(|e| format!("{at}: does not decode: {e}"))?;
    let encoded = serde_json::to_value(&decoded).map_err(|e| format!("{at}: does not encode: {e}"))?;
    if same(&original, &encoded, &mut String::new(), leeway) {
        Ok(decoded)
    } else {
        Err(format!("{at}: encodes back as {encoded}"))
    }
}

fn check<T: serde::de::DeserializeOwned + serde::Serialize>(at: &str, json: &str, leeway: &Leeway) -> Result<(), String> {
    round_trip::<T>(at, json, leeway).map(drop)
}

fn check_member<T: serde::de::DeserializeOwned + serde::Serialize + std::fmt::Debug>(
    at: &str,
    json: &str,
    leeway: &Leeway,
    member: &str,
    is_member: fn(&T) -> bool,
) -> Result<(), String> {
    let decoded = round_trip::<T>(at, json, leeway)?;
    if is_member(&decoded) {
        Ok(())
    } else {
        let shown = format!("{decoded:?}");
        let shown: String = shown.chars().take(200).collect();
        Err(format!("{at}: decodes as {shown}, not as {member}"))
    }
}

/// Whether the encoded `b` gives back the original `a` (see [`Leeway`] for the exceptions).
fn same(a: &serde_json::Value, b: &serde_json::Value, at: &mut String, leeway: &Leeway) -> bool {
    use serde_json::Value;
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_i64(), y.as_i64(), x.as_u64(), y.as_u64()) {
            (Some(x), Some(y), _, _) => x == y,
            (_, _, Some(x), Some(y)) => x == y,
            _ => x.as_f64() == y.as_f64(),
        },
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).enumerate().all(|(i, (x, y))| within(at, &i.to_string(), |at| same(x, y, at, leeway)))
        }
        (Value::Object(x), Value::Object(y)) => x.keys().chain(y.keys()).all(|k| {
            within(at, k, |at| match (x.get(k), y.get(k)) {
                (Some(x), Some(y)) => same(x, y, at, leeway),
                (Some(Value::Null), None) | (None, Some(Value::Null)) if leeway.null_is_absent.contains(&at.as_str()) => true,
                (Some(_), None) => leeway.undeclared.contains(&at.as_str()),
                _ => false,
            })
        }),
        _ => a == b,
    }
}

/// Runs `f` with `at` extended by the key `key` (as a JSON pointer token).
fn within(at: &mut String, key: &str, f: impl FnOnce(&mut String) -> bool) -> bool {
    let len = at.len();
    at.push('/');
    at.push_str(&key.replace('~', "~0").replace('/', "~1"));
    let result = f(at);
    at.truncate(len);
    result
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
        assert!(harness.main_rs.contains(r#"check::<models::Cat>("/components/schemas/Cat", "{\"meow\":true}", &Leeway { null_is_absent: &["/meow"], undeclared: &[] })"#), "{}", harness.main_rs);
        assert!(harness.main_rs.contains(r#"check::<bool>("/components/schemas/Cat/properties/meow", "true", &Leeway { null_is_absent: &[], undeclared: &[] })"#), "{}", harness.main_rs);
        assert!(harness.main_rs.contains("matches!(v, models::Pet::Dog(_))"), "{}", harness.main_rs);
    }

    #[test]
    fn null_is_absent_only_where_the_type_cannot_keep_them_apart() {
        // `Note` is received only: its optional nullable `text` is a plain `Option`. `NewNote` is
        // sent: its `text` is an `Option<Option<String>>`, which keeps null apart from absent.
        let text = serde_json::json!({ "type": "string", "nullable": true });
        let new_note = serde_json::json!({ "type": "object", "properties": { "text": text }, "example": { "text": null } });
        let received = serde_json::json!({ "type": "object", "required": ["id"], "properties": {
            "id": text,
            "text": text,
            "replies": { "type": "array", "items": { "$ref": "#/components/schemas/Note" } }
        }, "example": { "id": null, "text": null, "replies": [{ "id": "b", "text": null }] } });
        let body = |schema: &str| serde_json::json!({ "description": "a note", "content": { "application/json": { "schema": { "$ref": format!("#/components/schemas/{schema}") } } } });
        let harness = harness_of(serde_json::json!({
            "openapi": "3.0.3",
            "info": { "title": "t", "version": "1" },
            "paths": { "/notes": { "post": { "requestBody": body("NewNote"), "responses": { "200": body("Note") } } } },
            "components": { "schemas": { "Note": received, "NewNote": new_note } }
        }));
        // `id` is required (a nullable required field writes null); the places of the nested
        // notes are listed too.
        assert!(harness.main_rs.contains(r#"check::<models::Note>("/components/schemas/Note", "{\"id\":null,\"text\":null,\"replies\":[{\"id\":\"b\",\"text\":null}]}", &Leeway { null_is_absent: &["/replies", "/replies/0/replies", "/replies/0/text", "/text"], undeclared: &[] })"#), "{}", harness.main_rs);
        assert!(harness.main_rs.contains(r#"check::<models::NewNote>("/components/schemas/NewNote", "{\"text\":null}", &Leeway { null_is_absent: &[], undeclared: &[] })"#), "{}", harness.main_rs);
    }

    #[test]
    fn keys_a_struct_does_not_declare_may_be_dropped_unless_a_union_member_declares_them() {
        let harness = harness_of(serde_json::json!({
            "openapi": "3.0.3",
            "info": { "title": "t", "version": "1" },
            "paths": {},
            "components": { "schemas": {
                "Pet": { "oneOf": [{ "$ref": "#/components/schemas/Cat" }, { "$ref": "#/components/schemas/Dog" }] },
                "Cat": { "type": "object", "required": ["meow"], "properties": { "meow": { "type": "boolean" } }, "example": { "meow": true, "color": "black" } },
                "Dog": { "type": "object", "required": ["bark"], "properties": { "bark": { "type": "boolean" }, "color": { "type": "string" } } },
                // The example of a property merged from an `allOf` member is judged at its own
                // place: it contradicts its schema there, and is set aside.
                "Kitten": { "allOf": [{ "$ref": "#/components/schemas/Cat" }, { "type": "object", "properties": { "age": { "type": "string", "example": 3 } } }] }
            } }
        }));
        assert!(harness.main_rs.contains(r#"check::<models::Cat>("/components/schemas/Cat", "{\"meow\":true,\"color\":\"black\"}", &Leeway { null_is_absent: &[], undeclared: &["/color"] })"#), "{}", harness.main_rs);
        // As a member of `Pet`, `color` must come back: `Dog` declares it.
        assert!(harness.main_rs.contains(r#"check_member::<models::Pet>("/components/schemas/Cat", "{\"meow\":true,\"color\":\"black\"}", &Leeway { null_is_absent: &["/color"], undeclared: &[] }"#), "{}", harness.main_rs);
        assert_eq!(harness.set_aside, ["/components/schemas/Kitten/allOf/1/properties/age: the example: an integer, but the schema says string"]);
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
