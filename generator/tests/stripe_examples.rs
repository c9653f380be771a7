//! The generated Stripe client's examples run against the contract server, which validates
//! every request against the pinned Stripe spec and answers with Stripe's fixtures.
//!
//! The example binaries are those `cargo test --workspace` builds next to this test
//! (`target/debug/examples/`).

// This test uses the server and its report, not every helper of the harness.
#[allow(dead_code)]
#[path = "support/contract.rs"]
mod contract;
#[path = "support/examples.rs"]
mod examples;

use std::process::Command;

use contract::ContractServer;

fn run(name: &str, server: &ContractServer, extra: &[(&str, &str)]) -> String {
    let output = Command::new(examples::binary("stripe-v1-client", name))
        .env("STRIPE_BASE_URL", &server.url)
        .env("STRIPE_SECRET_KEY", "sk_test_examples")
        .envs(extra.iter().copied())
        .output()
        .expect("example runs");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(output.status.success(), "{name} failed:\n{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    stdout
}

#[test]
fn create_and_confirm_a_payment_intent() {
    let server = ContractServer::start();
    let out = run("create_and_confirm_payment_intent", &server, &[("ORDER_ID", "B-7")]);
    assert!(out.contains("created payment intent pi_"), "{out}");
    assert!(out.contains("(HTTP 200"), "{out}");
    assert!(out.contains("confirmed payment intent pi_"), "{out}");
    let report = server.report();
    assert!(report.failures.is_empty(), "the contract server rejected a request: {:?}", report.failures);
    assert_eq!(report.operations_exercised.len(), 2, "{}", report.summary());
}

#[test]
fn list_every_customer_with_auto_pagination() {
    let server = ContractServer::start();
    // The contract server answers one page with one customer and `has_more: false`.
    let out = run("list_every_customer", &server, &[]);
    assert!(out.contains("1 customers in 1 page(s)"), "{out}");
    assert!(out.contains("first 1 customers collected"), "{out}");
    assert!(server.report().failures.is_empty());
}
