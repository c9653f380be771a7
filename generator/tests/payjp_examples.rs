//! The generated PAY.JP client's examples run against Prism, which validates every request
//! against `specs/payjp-v2/openapi.yaml`.
//!
//! The example binaries are those `cargo test --workspace` builds next to this test
//! (`target/debug/examples/`).

mod support;
#[path = "support/examples.rs"]
mod examples;

use std::process::Command;

use support::prism::Prism;

fn run(name: &str, prism: &Prism, extra: &[(&str, &str)]) -> String {
    let output = Command::new(examples::binary("payjp-v2-client", name))
        .env("PAYJP_BASE_URL", &prism.url)
        .env("PAYJP_SECRET_KEY", "sk_test_123")
        .envs(extra.iter().copied())
        .output()
        .expect("example runs");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(output.status.success(), "{name} failed:\n{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    stdout
}

#[test]
fn create_and_confirm_a_payment_flow() {
    let prism = Prism::start("specs/payjp-v2/openapi.yaml");
    let out = run("create_and_confirm_payment_flow", &prism, &[("ORDER_ID", "B-7")]);
    assert!(out.contains("created payment flow string (HTTP 200"), "{out}");
    assert!(out.contains("1 attempt(s)"), "{out}");
    assert!(out.contains("confirmed payment flow string"), "{out}");
}

#[test]
fn list_every_customer_with_auto_pagination() {
    let prism = Prism::start("specs/payjp-v2/openapi.yaml");
    // Prism answers every page with the same item and `has_more: true`, so the next page's
    // cursor is the one just fetched: the stream reads the first page, then ends with the
    // runtime's refusal instead of walking the same page forever.
    let output = Command::new(examples::binary("payjp-v2-client", "list_all_customers"))
        .env("PAYJP_BASE_URL", &prism.url)
        .env("PAYJP_SECRET_KEY", "sk_test_123")
        .env("MAX_CUSTOMERS", "12")
        .output()
        .expect("example runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "a repeating cursor must end the walk with an error:\n{stdout}\n{stderr}");
    assert_eq!(stdout.matches("customer string").count(), 1, "{stdout}");
    assert!(stderr.contains("CursorRepeated"), "{stderr}");
}
