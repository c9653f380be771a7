//! `round_trip = true` in an SDK entry: a response with properties the spec does not name and
//! with `null` and absent fields decodes and re-encodes to the same JSON. The fixture's models
//! crate is written to `$CARGO_TARGET_DIR/round-trip/` beside a small program that does the
//! round trip, and run with cargo (about a minute cold, seconds warm).

use std::path::{Path, PathBuf};

use sdkgen::{SdkConfig, Templates};

/// The program: decodes each response as `Order`, re-encodes it, and compares the JSON.
const CHECK: &str = r##"
use round_trip_models::{Order, Payment};

fn main() {
    let full = r#"{
        "id": "or_1", "object": "order", "total": 100, "coupon": null, "note": null,
        "added_later": {"nested": [1, 2.5, "x", null]},
        "shipping": {"city": "Kyoto", "zip": null, "floor": 3},
        "lines": [{"sku": "a", "qty": 2}],
        "payment": {"object": "card", "last4": "4242", "brand": "visa"},
        "labels": {"k": "v"}, "extra": true
    }"#;
    let sparse = r#"{"id": "or_2", "object": "order", "total": 1, "coupon": "c", "shipping": {}}"#;
    for text in [full, sparse] {
        let received: serde_json::Value = serde_json::from_str(text).unwrap();
        let order: Order = serde_json::from_str(text).unwrap();
        let sent = serde_json::to_value(&order).unwrap();
        assert_eq!(sent, received, "{order:#?}");
    }
    let order: Order = serde_json::from_str(full).unwrap();
    assert_eq!(order.note, Some(None), "null is kept apart from absent");
    assert_eq!(order.extra, Some(true), "the property named `extra` is a field");
    assert_eq!(order.extra2["added_later"]["nested"][1], 2.5);
    let shipping = order.shipping.unwrap();
    assert_eq!((shipping.zip, shipping.extra["floor"].as_i64()), (Some(None), Some(3)));
    let Some(Payment::Card(card)) = order.payment else { panic!("a card") };
    assert_eq!(card.extra["brand"], "visa");
    let order: Order = serde_json::from_str(sparse).unwrap();
    assert_eq!((order.note, order.shipping.unwrap().zip), (None, None), "absent stays absent");
    println!("round trip: ok");
}
"##;

#[test]
fn responses_re_encode_as_received() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/round_trip.yaml");
    let config = SdkConfig {
        name: "round-trip".to_owned(),
        spec: fixture,
        version: "0.1.0".to_owned(),
        description: "fixture".to_owned(),
        round_trip: true,
        ..SdkConfig::default()
    };
    let generation = sdkgen::generate(&config, &Templates::builtin()).unwrap_or_else(|e| panic!("{e}"));
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"))
        .join("round-trip");
    let workspace = target.join("workspace");
    let _ = std::fs::remove_dir_all(&workspace);
    let write = |path: &Path, text: &str| {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    for (path, text) in generation.sdk.files.iter().filter(|(path, _)| path.starts_with("models/")) {
        write(&workspace.join(path), text);
    }
    write(
        &workspace.join("check/Cargo.toml"),
        "[package]\nname = \"check\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\nround-trip-models = { path = \"../models\" }\nserde_json = \"1\"\n",
    );
    write(&workspace.join("check/src/main.rs"), CHECK);
    write(&workspace.join("Cargo.toml"), "[workspace]\nresolver = \"2\"\nmembers = [\"models\", \"check\"]\n");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.lock"), workspace.join("Cargo.lock")).unwrap();
    let output = std::process::Command::new(env!("CARGO"))
        .args(["run", "--offline", "--quiet", "-p", "check"])
        .env("CARGO_TARGET_DIR", target.join("target"))
        .current_dir(&workspace)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success() && stdout.contains("round trip: ok"), "{stdout}\n{stderr}");
}
