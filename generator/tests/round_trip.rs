//! Values that decode and re-encode to the same JSON, run in a generated models crate:
//!
//! - `round_trip = true` in an SDK entry: a response with properties the spec does not name and
//!   with `null` and absent fields;
//! - without `round_trip`: `null` in an optional field is `None`, which is not written back,
//!   and a missing required field is an error naming it;
//! - `typed_formats`: `date-time`, `date`, `uuid`, `uri` and `unix-time` values as their own
//!   Rust types, wherever they appear, and values that are not what their format says refused.
//!
//! Each fixture's models crate is written to `$CARGO_TARGET_DIR/round-trip/<name>/` beside a
//! small program that does the round trip, and run with cargo (about a minute cold, seconds
//! warm), offline with the repository's `Cargo.lock`.

use std::path::{Path, PathBuf};

use sdkgen::{SdkConfig, Templates, TypedFormat};

/// The program for `round_trip.yaml`: decodes each response as `Order`, re-encodes it, and
/// compares the JSON.
const ROUND_TRIP_CHECK: &str = r##"
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

/// The program for `typed_formats.yaml`: decodes each response as `Event`, re-encodes it and
/// compares the JSON, reads the typed values, and refuses values of the wrong form.
const TYPED_FORMATS_CHECK: &str = r##"
use typed_formats_models::{time, Event, Expiry};

fn main() {
    let full = r#"{
        "id": "67e55044-10b1-426f-9247-bb680e5fe0c8",
        "created": 1700000000,
        "occurred_at": "2024-01-31T09:30:00.25+09:00",
        "due_on": "2024-02-29",
        "page": "https://example.com/events/1?x=1#top",
        "cancelled_at": null,
        "reminders": ["2024-01-30T00:00:00Z", "1969-07-20T20:17:40-05:00"],
        "deadlines": {"pay": "2024-03-01"},
        "expires": 1700003600,
        "secret": "s", "count": 3, "kind": "a"
    }"#;
    let sparse = r#"{
        "id": "00000000-0000-0000-0000-000000000000", "created": -86400,
        "occurred_at": "1999-12-31T23:59:59Z", "cancelled_at": "2000-01-01T00:00:00.123456789Z",
        "expires": "2024-12-31T00:00:00-10:30"
    }"#;
    for text in [full, sparse] {
        let received: serde_json::Value = serde_json::from_str(text).unwrap();
        let event: Event = serde_json::from_str(text).unwrap();
        let sent = serde_json::to_value(&event).unwrap();
        assert_eq!(sent, received, "{event:#?}");
    }

    let event: Event = serde_json::from_str(full).unwrap();
    assert_eq!(event.id.get_version_num(), 4);
    assert_eq!((event.created.seconds(), event.created.year()), (1_700_000_000, 2023));
    assert_eq!(event.occurred_at.offset().whole_hours(), 9);
    assert_eq!(event.occurred_at.millisecond(), 250);
    assert_eq!(event.occurred_at.to_string(), "2024-01-31T09:30:00.25+09:00");
    assert_eq!(event.due_on, Some(time::Date::from_calendar_date(2024, time::Month::February, 29).unwrap()));
    assert_eq!(event.page.as_ref().and_then(|page| page.host_str()), Some("example.com"));
    assert_eq!(event.cancelled_at, Some(None), "null is kept apart from absent");
    assert_eq!(event.reminders.as_ref().unwrap()[1].year(), 1969);
    assert!(matches!(event.expires, Some(Expiry::UnixTime(t)) if t.seconds() == 1_700_003_600), "{:?}", event.expires);
    let event: Event = serde_json::from_str(sparse).unwrap();
    assert!(matches!(event.expires, Some(Expiry::DateTime(t)) if t.offset().whole_minutes() == -630), "{:?}", event.expires);
    assert_eq!(event.created.to_string(), "-86400", "a timestamp displays as the seconds it is sent as");

    // A value that is not what its format says fails the decode, naming why.
    let valid: serde_json::Value = serde_json::from_str(sparse).unwrap();
    for (field, bad, why) in [
        ("id", serde_json::json!("not-a-uuid"), "invalid character"),
        ("occurred_at", serde_json::json!("2024-01-31 09:30:00"), "could not be parsed"),
        ("occurred_at", serde_json::json!(1700000000), "invalid type"),
        ("due_on", serde_json::json!("2024-02-30"), "range"),
        ("page", serde_json::json!("not a url"), "relative URL"),
        ("created", serde_json::json!("1700000000"), "invalid type"),
        ("created", serde_json::json!(i64::MAX), "range"),
    ] {
        let mut value = valid.clone();
        value[field] = bad.clone();
        let error = serde_json::from_value::<Event>(value).expect_err(&format!("{field}: {bad}"));
        assert!(error.to_string().contains(why), "{field}: {bad}: {error}");
    }
    println!("round trip: ok");
}
"##;

/// The program for `round_trip.yaml` generated without `round_trip`: optional nullable fields
/// of a response are plain `Option`s, so `null` reads as `None` (and is not written back);
/// `Address`, which requests use too, keeps `null` apart from absent.
const PLAIN_NULLS_CHECK: &str = r##"
use plain_nulls_models::Order;

fn main() {
    let received = serde_json::json!({
        "id": "or_1", "object": "order", "total": 100, "coupon": null, "note": null,
        "shipping": {"city": null, "zip": null}, "lines": [{"sku": "a", "qty": 2}], "unknown": 1,
    });
    let order: Order = serde_json::from_value(received).expect("null in optional fields");
    assert_eq!(order.note, None);
    assert_eq!(order.coupon, None);
    let written = serde_json::to_value(&order).unwrap();
    assert_eq!(
        written,
        serde_json::json!({
            "id": "or_1", "object": "order", "total": 100, "coupon": null,
            "shipping": {"zip": null}, "lines": [{"sku": "a", "qty": 2}],
        })
    );
    let error = serde_json::from_value::<Order>(serde_json::json!({"object": "order", "total": 1, "coupon": null}))
        .expect_err("id is required");
    assert!(error.to_string().contains("missing field `id`"), "{error}");
    println!("round trip: ok");
}
"##;

#[test]
fn optional_nulls_read_as_none() {
    let config = SdkConfig { name: "plain-nulls".to_owned(), ..fixture_config("round_trip") };
    run_beside_models(&config, PLAIN_NULLS_CHECK);
}

#[test]
fn responses_re_encode_as_received() {
    let config = SdkConfig { round_trip: true, ..fixture_config("round_trip") };
    run_beside_models(&config, ROUND_TRIP_CHECK);
}

#[test]
fn typed_formats_decode_and_re_encode_as_received() {
    let config = SdkConfig { round_trip: true, typed_formats: TypedFormat::ALL.to_vec(), ..fixture_config("typed_formats") };
    run_beside_models(&config, TYPED_FORMATS_CHECK);
}

/// The SDK entry of `tests/fixtures/<stem>.yaml`, named after it.
fn fixture_config(stem: &str) -> SdkConfig {
    SdkConfig {
        name: stem.replace('_', "-"),
        spec: Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/{stem}.yaml")),
        version: "0.1.0".to_owned(),
        description: "fixture".to_owned(),
        ..SdkConfig::default()
    }
}

/// Generates `config`'s models crate into a workspace of its own beside the program `check`
/// (a package named `check-<name>`, so programs of two tests never share a binary), runs the
/// program and expects it to print `round trip: ok`.
fn run_beside_models(config: &SdkConfig, check: &str) {
    let generation = sdkgen::generate(config, &Templates::builtin()).unwrap_or_else(|e| panic!("{e}"));
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"))
        .join("round-trip");
    let workspace = target.join(&config.name);
    let _ = std::fs::remove_dir_all(&workspace);
    let write = |path: &Path, text: &str| {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    for (path, text) in generation.sdk.files.iter().filter(|(path, _)| path.starts_with("models/")) {
        write(&workspace.join(path), text);
    }
    let package = format!("check-{}", config.name);
    write(
        &workspace.join("check/Cargo.toml"),
        &format!(
            "[package]\nname = \"{package}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\n{}-models = {{ path = \"../models\" }}\nserde_json = \"1\"\n",
            config.name
        ),
    );
    write(&workspace.join("check/src/main.rs"), check);
    write(&workspace.join("Cargo.toml"), "[workspace]\nresolver = \"2\"\nmembers = [\"models\", \"check\"]\n");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.lock"), workspace.join("Cargo.lock")).unwrap();
    let output = std::process::Command::new(env!("CARGO"))
        .args(["run", "--offline", "--quiet", "-p", &package])
        .env("CARGO_TARGET_DIR", target.join("target"))
        .current_dir(&workspace)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success() && stdout.contains("round trip: ok"), "{stdout}\n{stderr}");
}
