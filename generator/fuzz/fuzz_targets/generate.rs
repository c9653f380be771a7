//! Fuzz target: arbitrary bytes as a spec (JSON when the first byte is even, YAML otherwise)
//! through load, normalize, lower, render and format. The generator must return an SDK whose
//! Rust files parse, or a spec error; a panic, a stack overflow or a hang is a finding.

#![no_main]

use std::path::PathBuf;

use libfuzzer_sys::fuzz_target;
use sdkgen::{Error, SdkConfig, Templates};

fuzz_target!(|data: &[u8]| {
    let Some((first, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let name = if first % 2 == 0 { "fuzz.json" } else { "fuzz.yaml" };
    let config = SdkConfig {
        name: "fuzz".into(),
        spec: PathBuf::from(name),
        output: PathBuf::from("unused"),
        version: "0.1.0".into(),
        description: "Fuzz".into(),
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
        round_trip: false,
        webhooks: None,
    };
    match sdkgen::generate_from_str(&config, text, &Templates::builtin()) {
        Ok(generation) => {
            for (path, code) in &generation.sdk.files {
                if path.ends_with(".rs") {
                    assert!(syn::parse_file(code).is_ok(), "{path} does not parse");
                }
            }
        }
        Err(Error::Spec { .. }) => {}
        Err(other) => panic!("not a spec error: {other}"),
    }
});
