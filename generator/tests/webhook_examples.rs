//! The webhook endpoint examples of the PAY.JP and Stripe clients, run as built and sent real
//! requests over loopback: a correctly signed (or tokened) event is dispatched by its typed
//! object; a wrong token or secret, a tampered body and an old signature are refused with 400.
//! The Stripe signatures are computed here with the `hmac` crate, apart from the SDK.
//!
//! The example binaries are those `cargo test --workspace` builds next to this test
//! (`target/debug/examples/`).

#[path = "support/examples.rs"]
mod examples;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{SystemTime, UNIX_EPOCH};

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// Starts an example that serves `requests` requests, returning it and its address.
fn start(package: &str, example: &str, env: &[(&str, &str)], requests: usize) -> (Child, String) {
    let mut child = Command::new(examples::binary(package, example))
        .env("WEBHOOK_ADDR", "127.0.0.1:0")
        .env("WEBHOOK_MAX_REQUESTS", requests.to_string())
        .envs(env.iter().copied())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("example starts");
    let mut first = String::new();
    BufReader::new(child.stdout.as_mut().unwrap()).read_line(&mut first).unwrap();
    let addr = first.trim().strip_prefix("listening on http://").and_then(|a| a.strip_suffix("/webhooks")).unwrap_or_else(|| panic!("{first}"));
    (child, addr.to_owned())
}

/// Posts `body` with `headers` and returns the status code and the answer's body.
fn post(addr: &str, headers: &[(&str, &str)], body: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).unwrap();
    let mut request = format!("POST /webhooks HTTP/1.1\r\nhost: {addr}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n", body.len());
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    request.push_str(body);
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    let status = answer.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, answer.split("\r\n\r\n").nth(1).unwrap_or_default().to_owned())
}

fn finish(child: Child) -> String {
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn the_payjp_endpoint_checks_the_token_and_dispatches_by_object() {
    let (child, addr) = start("payjp-v2-client", "verify_and_dispatch_webhooks", &[("PAYJP_WEBHOOK_TOKEN", "whook_secret")], 3);
    let event = r#"{"id":"evnt_1","object":"event","livemode":false,"type":"payment_flow.succeeded","pending_webhooks":1,
        "data":{"object":"payment_flow","id":"pfw_1"},"created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z"}"#;
    let (status, text) = post(&addr, &[("x-payjp-webhook-token", "whook_wrong")], event);
    assert_eq!(status, 400, "{text}");
    assert!(text.contains("token does not match"), "{text}");
    let (status, text) = post(&addr, &[("x-payjp-webhook-token", "whook_secret")], "{not json");
    assert_eq!(status, 400, "{text}");
    let (status, text) = post(&addr, &[("x-payjp-webhook-token", "whook_secret")], event);
    assert_eq!(status, 200, "{text}");
    let out = finish(child);
    // The payment flow in `data` lacks required fields, so it stays JSON, kind and all.
    assert!(out.contains("payment_flow.succeeded: "), "{out}");
}

fn stripe_header(secret: &str, timestamp: u64, payload: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(format!("{timestamp}.{payload}").as_bytes());
    let hex: String = mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect();
    format!("t={timestamp},v1={hex}")
}

#[test]
fn the_stripe_endpoint_checks_the_signature_and_dispatches_by_object() {
    let secret = "whsec_example";
    let (child, addr) = start("stripe-v1-client", "verify_and_dispatch_events", &[("STRIPE_WEBHOOK_SECRET", secret)], 5);
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();
    let event = r#"{"id":"evt_1","object":"event","api_version":"2020-08-27","created":1700000000,"livemode":false,"pending_webhooks":1,"request":null,"type":"customer.created",
        "data":{"object":{"id":"cus_1","object":"customer","created":1700000000,"livemode":false,"email":"a@example.com"}}}"#;
    let (status, text) = post(&addr, &[("stripe-signature", &stripe_header("whsec_wrong", now, event))], event);
    assert_eq!((status, text.contains("no signature")), (400, true), "{text}");
    let tampered = event.replace("cus_1", "cus_2");
    let (status, _) = post(&addr, &[("stripe-signature", &stripe_header(secret, now, event))], &tampered);
    assert_eq!(status, 400);
    let (status, text) = post(&addr, &[("stripe-signature", &stripe_header(secret, now - 600, event))], event);
    assert_eq!((status, text.contains("beyond the tolerance")), (400, true), "{text}");
    let (status, text) = post(&addr, &[("stripe-signature", "t=abc")], event);
    assert_eq!((status, text.contains("malformed")), (400, true), "{text}");
    let several = format!("{},v1={}", stripe_header(secret, now, event), "0".repeat(64));
    let (status, text) = post(&addr, &[("stripe-signature", &several)], event);
    assert_eq!(status, 200, "{text}");
    let out = finish(child);
    assert!(out.contains("customer.created: customer cus_1 <a@example.com>"), "{out}");
}
