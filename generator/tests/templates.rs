//! Template overrides: a user's directory replaces built-in templates by name.

use std::path::{Path, PathBuf};

use sdkgen::{Error, SdkConfig, Templates};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sdkgen-templates-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn payjp() -> SdkConfig {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    SdkConfig {
        pinned_spec: None,
        patches: Vec::new(),
        name: "payjp-v2".into(),
        spec: root.join("specs/payjp-v2/openapi.yaml"),
        output: root.join("generated/payjp-v2"),
        version: "0.1.0".into(),
        description: "PAY.JP".into(),
        models_package: None,
        client_package: None,
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

#[test]
fn an_override_replaces_the_builtin_template() {
    let dir = scratch("readme");
    std::fs::write(dir.join("README.md.j2"), "# {{ api.sdk.client_package }}: {{ api.operations | length }} calls\n").unwrap();
    let templates = Templates::with_overrides(&dir).unwrap();
    let generation = sdkgen::generate(&payjp(), &templates).unwrap();
    assert_eq!(generation.sdk.files["README.md"], "# payjp-v2-client: 65 calls\n");
    assert_eq!(
        generation.sdk.files["models/src/lib.rs"],
        sdkgen::generate(&payjp(), &Templates::builtin()).unwrap().sdk.files["models/src/lib.rs"],
        "templates that were not overridden are unchanged"
    );
}

#[test]
fn an_override_that_yields_invalid_rust_names_the_template_and_the_lines() {
    let dir = scratch("invalid");
    std::fs::create_dir_all(dir.join("client")).unwrap();
    std::fs::write(dir.join("client/params.rs.j2"), "pub struct Broken {\n    field: u8\n    other: u8,\n}\n").unwrap();
    let templates = Templates::with_overrides(&dir).unwrap();
    let err = sdkgen::generate(&payjp(), &templates).unwrap_err();
    let Error::InvalidRust { template, output, line, snippet, .. } = &err else { panic!("{err}") };
    assert_eq!(template, "client/params.rs.j2");
    assert_eq!(output, "client/src/params.rs");
    assert_eq!(*line, 3);
    assert!(snippet.contains("    3 |     other: u8,"), "{snippet}");
}

#[test]
fn an_override_with_an_unknown_name_is_rejected() {
    let dir = scratch("unknown");
    std::fs::write(dir.join("model.rs.j2"), "").unwrap();
    let err = Templates::with_overrides(&dir).unwrap_err();
    assert!(err.to_string().contains("does not replace a built-in template"), "{err}");
}

#[test]
fn a_template_error_names_the_template() {
    let dir = scratch("undefined");
    std::fs::write(dir.join("README.md.j2"), "{{ api.no_such_field }}\n").unwrap();
    let err = sdkgen::generate(&payjp(), &Templates::with_overrides(&dir).unwrap()).unwrap_err();
    let Error::Template { template, .. } = &err else { panic!("{err}") };
    assert_eq!(template, "README.md.j2");
}

#[test]
fn a_runtime_module_can_be_overridden_by_its_name() {
    let dir = scratch("runtime");
    std::fs::create_dir_all(dir.join("client/runtime")).unwrap();
    std::fs::write(dir.join("client/runtime/retry.rs"), "pub struct RetryPolicy;\n").unwrap();
    let generation = sdkgen::generate(&payjp(), &Templates::with_overrides(&dir).unwrap()).unwrap();
    assert_eq!(generation.sdk.files["client/src/runtime/retry.rs"], "pub struct RetryPolicy;\n");
    assert!(generation.sdk.files["client/src/runtime/transport.rs"].contains("pub struct Transport"));
}

#[test]
fn the_client_manifest_has_every_runtime_dependency() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let runtime: toml::Table = toml::from_str(&std::fs::read_to_string(root.join("runtime/Cargo.toml")).unwrap()).unwrap();
    let generation = sdkgen::generate(&payjp(), &Templates::builtin()).unwrap();
    let client: toml::Table = toml::from_str(&generation.sdk.files["client/Cargo.toml"]).unwrap();
    let client_deps = client["dependencies"].as_table().unwrap();
    for (name, spec) in runtime["dependencies"].as_table().unwrap() {
        assert_eq!(client_deps.get(name), Some(spec), "dependency `{name}` differs from generator/runtime/Cargo.toml");
    }
}
