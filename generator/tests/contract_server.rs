//! The Stripe contract server harness over real HTTP: requests are validated against the
//! Stripe spec, answered with fixtures, and recorded in a report that can fail a test.

#[path = "support/contract.rs"]
mod contract;

use contract::{stripe_operation_ids, ContractServer};

const FORM: &str = "application/x-www-form-urlencoded";

#[test]
fn valid_requests_are_answered_and_invalid_ones_reported() {
    let server = ContractServer::start();
    assert!(server.url.starts_with("http://127.0.0.1:"));

    let body =
        "email=jenny%40example.com&metadata[order]=A-1&address[city]=Paris&preferred_locales[0]=fr&expand[]=tax_ids";
    let (status, answer) = server.request("POST", "/v1/customers", Some(FORM), body.as_bytes());
    assert_eq!(status, 200, "{answer}");
    let customer: serde_json::Value = serde_json::from_str(&answer).expect("a JSON customer");
    assert_eq!(customer["object"], "customer");

    let (status, answer) = server.request("GET", "/v1/customers?created[gte]=1&limit=3", None, b"");
    assert_eq!(status, 200, "{answer}");
    let list: serde_json::Value = serde_json::from_str(&answer).expect("a JSON list");
    assert_eq!(list["object"], "list");
    assert_eq!(list["url"], "/v1/customers");

    let (status, answer) = server.request("POST", "/v1/customers", Some(FORM), b"balance=lots");
    assert_eq!(status, 400);
    let error: serde_json::Value = serde_json::from_str(&answer).expect("a JSON error");
    assert_eq!(error["error"]["type"], "invalid_request_error");
    assert_eq!(error["error"]["param"], "balance");

    let report = server.report();
    assert_eq!(report.requests, 3);
    assert_eq!(report.operations_exercised, ["GetCustomers", "PostCustomers"]);
    assert_eq!(report.failures.len(), 1, "{:?}", report.failures);
    assert_eq!(report.failures[0]["param"], "balance");

    let operations = stripe_operation_ids();
    assert_eq!(operations.len(), report.operations_total);
    assert_eq!(report.summary(), format!("operations exercised: 2/{}", operations.len()));
    let incomplete = std::panic::catch_unwind(|| report.assert_complete(&operations));
    assert!(incomplete.is_err(), "a report with failures and unexercised operations must not pass");
}
