//! The client generated from `fixtures/events.yaml`, built as a real crate and run against a
//! loopback server: its server-sent event operations (a union of event types, text events,
//! schemaless JSON events) read streams sent one byte per chunk, and its `webhooks` module
//! checks a Standard Webhooks signature (computed with Python's `hmac`) and parses the payload
//! into `WebhookEvent`. Also runs clippy on the SDK with warnings denied. (Builds the client's
//! dependencies once, in the target directory `hostile.rs` uses for generated crates.)

use std::path::{Path, PathBuf};

use sdkgen::{SignatureScheme, WebhookConfig};
use sdkgen::{SdkConfig, Templates};

/// The test the generated client runs, as its own integration test.
const CLIENT_TEST: &str = r####"
use std::io::{Read, Write};
use std::time::{Duration, UNIX_EPOCH};

use events_client::{models, webhooks, Client, StreamTicksParams};

/// Answers each connection with the next body, as `text/event-stream`, one byte per chunk.
fn serve(bodies: Vec<&'static str>) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for body in bodies {
            let (mut stream, _) = listener.accept().unwrap();
            stream.set_nodelay(true).unwrap();
            let mut head = Vec::new();
            let mut byte = [0u8; 1];
            while !head.ends_with(b"\r\n\r\n") && stream.read(&mut byte).unwrap() == 1 {
                head.push(byte[0]);
            }
            let text = String::from_utf8_lossy(&head).to_ascii_lowercase();
            if let Some(length) = text.lines().find_map(|l| l.strip_prefix("content-length: ")) {
                let mut rest = vec![0u8; length.trim().parse().unwrap()];
                stream.read_exact(&mut rest).unwrap();
            }
            stream.write_all(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n").unwrap();
            for b in body.as_bytes() {
                stream.write_all(format!("1\r\n{}\r\n", *b as char).as_bytes()).unwrap_or(());
                let _ = stream.write_all(&[]);
            }
            let _ = stream.write_all(b"0\r\n\r\n");
        }
    });
    url
}

#[tokio::test]
async fn event_streams_decode_their_declared_types() {
    let url = serve(vec![
        "event: tick\r\ndata: {\"kind\": \"price\", \"symbol\": \"ACME\", \"price\": 12.5}\r\n\r\nid: 2\ndata: {\"kind\": \"halt\",\ndata: \"reason\": \"circuit breaker\"}\n\n",
        "data: line one\ndata: line two\n\n",
        "data: {\"done\": 3}",
    ]);
    let client = Client::builder().base_url(url).build().unwrap();
    let mut ticks = client.ticks().stream(&StreamTicksParams::default()).await.unwrap();
    let first = ticks.next_event().await.unwrap().unwrap();
    assert_eq!(first.event, "tick");
    assert!(matches!(&first.data, models::TickEvent::Price(p) if p.symbol == "ACME" && p.price == 12.5), "{first:?}");
    let second = ticks.next_event().await.unwrap().unwrap();
    assert!(matches!(&second.data, models::TickEvent::Halt(h) if h.reason == "circuit breaker"), "{second:?}");
    assert_eq!(second.id.as_deref(), Some("2"));
    assert!(ticks.next_event().await.is_none());

    let mut logs = client.logs().tail(&models::TailLogsRequest::new("api".into())).await.unwrap();
    assert_eq!(logs.next_event().await.unwrap().unwrap().data, "line one\nline two");

    let mut progress = client.progress().watch("job 1").await.unwrap();
    assert_eq!(progress.next_event().await.unwrap().unwrap().data, serde_json::json!({"done": 3}));
}

#[test]
fn webhooks_are_verified_then_parsed() {
    let body = br#"{"type":"invoice.paid","invoice_id":"in_1","amount":1200}"#;
    let mut headers = events_client::runtime::reqwest::header::HeaderMap::new();
    headers.insert("webhook-id", "msg_1".parse().unwrap());
    headers.insert("webhook-timestamp", "1700000000".parse().unwrap());
    headers.insert("webhook-signature", "v1,ZuQdCBP63D0BbnTnElvjWOznGyzeAZkxc5E5eeS/3nA=".parse().unwrap());
    let verifier = webhooks::verifier("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    let at = UNIX_EPOCH + Duration::from_secs(1_700_000_100);
    verifier.verify_at(&headers, body, at).unwrap();
    assert!(verifier.verify_at(&headers, br#"{"type":"invoice.paid","invoice_id":"in_1","amount":9999}"#, at).is_err());
    match webhooks::WebhookEvent::parse(body).unwrap() {
        webhooks::WebhookEvent::InvoicePaid(paid) => assert_eq!((paid.invoice_id.as_str(), paid.amount), ("in_1", 1200)),
        other => panic!("{other:?}"),
    }
    let voided = webhooks::WebhookEvent::parse(br#"{"type":"invoice.voided","invoice_id":"in_2","reason":null}"#).unwrap();
    assert_eq!(voided.name(), "invoice.voided");
    assert!(webhooks::WebhookEvent::parse(br#"{"type":"invoice.lost"}"#).is_err());
    assert!(webhooks::WebhookEvent::parse_as("invoice.lost", body).is_err());
    assert!(webhooks::WebhookEvent::parse(b"not json").is_err());
}
"####;

#[test]
fn the_generated_events_client_streams_and_checks_webhooks() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sdk = SdkConfig {
        name: "events".into(),
        spec: root.join("tests/fixtures/events.yaml"),
        output: std::env::temp_dir().join("sdkgen-events-unused"),
        version: "0.1.0".into(),
        description: "fixture".into(),
        webhooks: Some(WebhookConfig { signature: SignatureScheme::StandardWebhooks, ..WebhookConfig::default() }),
        ..SdkConfig::default()
    };
    let generation = sdkgen::generate(&sdk, &Templates::builtin()).unwrap_or_else(|e| panic!("{e}"));
    let target: PathBuf = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../target"))
        .join("hostile-doctest");
    let workspace = target.join("events-workspace");
    let _ = std::fs::remove_dir_all(&workspace);
    for (path, text) in &generation.sdk.files {
        let file = workspace.join("sdk").join(path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, text).unwrap();
    }
    let manifest = workspace.join("sdk/client/Cargo.toml");
    let text = std::fs::read_to_string(&manifest).unwrap().replace(
        "[dev-dependencies]\n",
        "[dev-dependencies]\nserde_json = \"1\"\n",
    );
    std::fs::write(&manifest, text).unwrap();
    std::fs::create_dir_all(workspace.join("sdk/client/tests")).unwrap();
    std::fs::write(workspace.join("sdk/client/tests/loopback.rs"), CLIENT_TEST).unwrap();
    std::fs::write(workspace.join("Cargo.toml"), "[workspace]\nresolver = \"2\"\nmembers = [\"sdk/models\", \"sdk/client\"]\n").unwrap();
    std::fs::copy(root.join("../Cargo.lock"), workspace.join("Cargo.lock")).unwrap();
    let cargo = |args: &[&str]| {
        let output = std::process::Command::new(env!("CARGO"))
            .args(args)
            .env("CARGO_TARGET_DIR", target.join("target"))
            .current_dir(&workspace)
            .output()
            .unwrap();
        let text = format!("{}\n{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
        assert!(output.status.success(), "cargo {args:?} failed:\n{text}");
        text
    };
    let tested = cargo(&["test", "--workspace", "--", "--test-threads=2"]);
    assert!(tested.contains("test event_streams_decode_their_declared_types ... ok"), "{tested}");
    assert!(tested.contains("test webhooks_are_verified_then_parsed ... ok"), "{tested}");
    cargo(&["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]);
}
