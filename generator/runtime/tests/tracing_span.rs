//! Each call runs in one `http_request` span with the method, path template, status and attempt,
//! and no credential reaches the logs.

mod support;

use std::fmt::Write as _;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use reqwest::Method;
use sdkgen_runtime::{
    decode_json, json_body, ApiError, ClientBuilder, DecodeError, RequestOptions, RetryPolicy,
};
use serde_json::{json, Value};
use support::{Config, Fault, FaultServer};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

/// Writes every span and event, with its fields, as one line of text.
#[derive(Default, Clone)]
struct Capture {
    lines: Arc<Mutex<Vec<String>>>,
    next_id: Arc<Mutex<u64>>,
}

struct Fields(String);

impl Visit for Fields {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        let _ = write!(self.0, " {}={:?}", field.name(), value);
    }
}

impl Subscriber for Capture {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &Attributes<'_>) -> Id {
        let mut fields = Fields(format!("span {}:", span.metadata().name()));
        span.record(&mut fields);
        self.lines.lock().unwrap().push(fields.0);
        let mut id = self.next_id.lock().unwrap();
        *id += 1;
        Id::from_u64(*id)
    }
    fn record(&self, _: &Id, values: &Record<'_>) {
        let mut fields = Fields("record:".to_owned());
        values.record(&mut fields);
        self.lines.lock().unwrap().push(fields.0);
    }
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let mut fields = Fields(format!("event {}:", event.metadata().level()));
        event.record(&mut fields);
        self.lines.lock().unwrap().push(fields.0);
    }
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}

#[derive(Debug)]
struct AnyError;

impl std::fmt::Display for AnyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("an error status")
    }
}

impl ApiError for AnyError {
    fn from_response(_: u16, _: &[u8]) -> Result<Self, DecodeError> {
        Ok(AnyError)
    }
    fn status(&self) -> u16 {
        0
    }
}

#[test]
fn a_call_is_one_span_with_method_path_status_and_attempt_and_no_secrets() {
    let capture = Capture::default();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    tracing::subscriber::with_default(capture.clone(), || {
        runtime.block_on(async {
            let server = FaultServer::start(Config {
                script: vec![Some(Fault::Status(503)), None],
                ..Config::default()
            })
            .await;
            let transport = ClientBuilder::new(&server.url, "tracing-test/1")
                .basic_auth("sk_live_supersecret", Some("pw_supersecret".to_owned()))
                .default_header("X-Api-Key", "key_supersecret")
                .idempotency_keys(true)
                .retry_policy(RetryPolicy {
                    initial_delay: Duration::from_millis(5),
                    ..RetryPolicy::default()
                })
                .build_transport()
                .unwrap()
                .with_options(
                    RequestOptions::new().header("Authorization-Extra", "tok_supersecret"),
                );
            let request = json_body(
                transport.request(Method::POST, "/v1/charges"),
                "application/json",
                &json!({"order": "o"}),
            )
            .unwrap();
            let created = transport
                .execute::<Value, AnyError>(request, "/v1/charges", decode_json)
                .await
                .unwrap();
            assert_eq!(created.meta().attempts(), 2);
            assert!(server.received()[0].headers["authorization"].starts_with("Basic "));
        })
    });
    let lines = capture.lines.lock().unwrap().clone();
    let text = lines.join("\n");
    let spans: Vec<&String> = lines
        .iter()
        .filter(|l| l.starts_with("span http_request:"))
        .collect();
    assert_eq!(spans.len(), 1, "one span per call:\n{text}");
    assert!(
        spans[0].contains("method=POST") && spans[0].contains("path=\"/v1/charges\""),
        "{text}"
    );
    assert!(
        text.contains("record: attempt=1") && text.contains("record: attempt=2"),
        "{text}"
    );
    assert!(
        text.contains("record: status=503") && text.contains("record: status=200"),
        "{text}"
    );
    assert!(
        !text.contains("supersecret"),
        "a secret reached the logs:\n{text}"
    );
    assert!(
        !text.contains("Basic "),
        "credentials reached the logs:\n{text}"
    );
}

/// Runs `body` on a fresh runtime with every span and event captured; returns the lines.
fn captured(body: impl std::future::Future<Output = ()>) -> String {
    let capture = Capture::default();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    tracing::subscriber::with_default(capture.clone(), || runtime.block_on(body));
    let lines = capture.lines.lock().unwrap().clone();
    lines.join("\n")
}

#[test]
fn warnings_about_failed_requests_leave_out_the_query_string() {
    let text = captured(async {
        let server = FaultServer::start(Config { script: vec![Some(Fault::Drop); 2], ..Config::default() }).await;
        let transport = ClientBuilder::new(&server.url, "tracing-test/1")
            .retry_policy(RetryPolicy { max_retries: 1, initial_delay: Duration::from_millis(5), ..RetryPolicy::default() })
            .build_transport()
            .unwrap();
        let request = transport.request(Method::GET, "/v1/customers?email=someone%40example.com");
        let err = transport
            .execute::<Value, AnyError>(request, "/v1/customers", decode_json)
            .await
            .expect_err("dropped twice");
        assert!(!err.to_string().contains("example.com"), "{err}");
        assert_eq!(server.received()[0].uri, "/v1/customers?email=someone%40example.com");
    });
    assert!(text.contains("event WARN: message=request failed; retrying"), "{text}");
    assert!(text.contains("/v1/customers"), "the warning names the URL: {text}");
    assert!(!text.contains("example.com") && !text.contains("email="), "the query reached the logs:\n{text}");
}

#[test]
fn a_plain_http_base_url_to_another_host_is_warned_about() {
    let warned = |url: &'static str| {
        let text = captured(async move {
            ClientBuilder::new(url, "t").build_transport().unwrap();
        });
        text.contains("plain http:// to a host other than this machine")
    };
    assert!(warned("http://api.example.com"));
    assert!(warned("http://10.0.0.1:8080/v1"));
    for url in ["https://api.example.com", "http://127.0.0.1:4010", "http://localhost:4010", "http://[::1]:80"] {
        assert!(!warned(url), "{url}");
    }
}
