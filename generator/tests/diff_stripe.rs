//! A realistic pair: the pinned Stripe spec against a copy edited here (an operation removed,
//! an optional request field added, a response enum value dropped), with the exact report.
//!
//! The spec is a vendor file kept outside the repository, read from `$SDKGEN_SPECS_MIRROR`
//! (default: `../shared/specs` next to the repository root).

use std::path::PathBuf;

use sdkgen::diff::{self, Bump, Crate};
use serde_json::{Value, json};

fn stripe_spec() -> PathBuf {
    let mirror = std::env::var_os("SDKGEN_SPECS_MIRROR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/specs"));
    let spec = mirror.join("stripe-2021-10-07/spec3.json");
    assert!(spec.exists(), "the Stripe spec is missing at {}; set SDKGEN_SPECS_MIRROR", spec.display());
    spec
}

/// Removes `DELETE /v1/customers/{customer}`, adds an optional `nickname` to the body of
/// `POST /v1/customers`, and drops `reverse` from `customer.tax_exempt`.
fn edit(spec: &mut Value) {
    let customer_path = &mut spec["paths"]["/v1/customers/{customer}"];
    customer_path.as_object_mut().unwrap().remove("delete").expect("the spec deletes customers");
    let body = &mut spec["paths"]["/v1/customers"]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"]
        ["schema"]["properties"];
    body.as_object_mut().unwrap().insert("nickname".into(), json!({"type": "string", "maxLength": 100}));
    let tax_exempt = spec["components"]["schemas"]["customer"]["properties"]["tax_exempt"]["enum"].as_array_mut().unwrap();
    let before = tax_exempt.len();
    tax_exempt.retain(|v| v != "reverse");
    assert_eq!(tax_exempt.len(), before - 1);
}

const EXPECTED: &str = "\
## API changes: `stripe-api`

Suggested version bump: **major** (`stripe-api-models`: major, `stripe-api-client`: major).
2 breaking changes, 1 addition.

### Breaking changes

- `Client::customers().delete`: removed (was `DELETE /v1/customers/{customer}`)
- `models::CustomerTaxExempt::Reverse`: value `\"reverse\"` removed from a response enum

### Additions

- `models::PostCustomersRequest::nickname`: optional field `Option<String>` added to a request type
";

#[test]
fn stripe_spec_with_three_edits() {
    let spec = stripe_spec();
    let mut edited: Value = serde_json::from_str(&std::fs::read_to_string(&spec).unwrap()).unwrap();
    edit(&mut edited);
    let dir = std::env::temp_dir().join(format!("sdkgen-diff-stripe-{}", std::process::id())).join("stripe-edited");
    std::fs::create_dir_all(&dir).unwrap();
    let edited_path = dir.join("spec3.json");
    std::fs::write(&edited_path, serde_json::to_string(&edited).unwrap()).unwrap();

    let old = diff::load_surface(&spec, None).unwrap_or_else(|e| panic!("{e}"));
    let new = diff::load_surface(&edited_path, None).unwrap_or_else(|e| panic!("{e}"));
    std::fs::remove_dir_all(dir.parent().unwrap()).unwrap();
    let d = diff::compare_surfaces(&old, &new);

    assert_eq!(d.to_markdown(2), EXPECTED);
    assert_eq!((d.crate_bump(Crate::Models), d.crate_bump(Crate::Client)), (Bump::Major, Bump::Major));
    assert!(diff::compare_surfaces(&old, &old).is_empty());
}
