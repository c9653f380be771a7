//! The transport over real HTTP against a fault-injecting server: retry counts, backoff bounds,
//! idempotency keys, per-request options, and exactly-once creates under random faults.

mod support;

use std::fmt;
use std::io::Write;
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use reqwest::Method;
use sdkgen_runtime::{
    decode_json, json_body, ApiError, ClientBuilder, DecodeError, Error, RequestOptions, Response,
    RetryPolicy, Transport,
};
use serde_json::{json, Value};
use support::{Config, Fault, FaultServer};

/// The error body the server sends, as an operation's documented error.
#[derive(Debug)]
struct ServerError {
    status: u16,
    body: Value,
}

impl ApiError for ServerError {
    fn from_response(status: u16, body: &[u8]) -> Result<Self, DecodeError> {
        Ok(ServerError {
            status,
            body: decode_json(status, body)?,
        })
    }
    fn status(&self) -> u16 {
        self.status
    }
}

impl fmt::Display for ServerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "status {}: {}",
            self.status,
            sdkgen_runtime::describe_body(&self.body)
        )
    }
}

type CallResult<T> = Result<Response<T>, Error<ServerError>>;

const SECRET: &str = "sk_test_do_not_log";

/// A transport for an API that honours idempotency keys, as the test server does.
fn transport(server: &FaultServer, policy: RetryPolicy, timeout: Duration) -> Transport {
    ClientBuilder::new(&server.url, "faults-test/1")
        .idempotency_keys(true)
        .basic_auth(SECRET, None)
        .timeout(timeout)
        .retry_policy(policy)
        .build_transport()
        .expect("transport builds")
}

fn policy(max_retries: u32, initial_ms: u64, max_ms: u64) -> RetryPolicy {
    RetryPolicy {
        max_retries,
        initial_delay: Duration::from_millis(initial_ms),
        max_delay: Duration::from_millis(max_ms),
    }
}

async fn create(transport: &Transport, order: &str) -> CallResult<Value> {
    let request = json_body(
        transport.request(Method::POST, "/v1/charges"),
        "application/json",
        &json!({"order": order}),
    )?;
    transport.execute(request, "/v1/charges", decode_json).await
}

async fn get(transport: &Transport) -> CallResult<Value> {
    transport
        .execute(
            transport.request(Method::GET, "/v1/charges?limit=1"),
            "/v1/charges",
            decode_json,
        )
        .await
}

fn scripted(faults: &[Option<Fault>]) -> Config {
    Config {
        script: faults.to_vec(),
        items: 3,
        ..Config::default()
    }
}

/// Gaps between consecutive requests.
fn gaps(server: &FaultServer) -> Vec<Duration> {
    let received = server.received();
    received.windows(2).map(|w| w[1].at - w[0].at).collect()
}

fn assert_between(gap: Duration, low_ms: u64, high_ms: u64) {
    // The upper bound allows for scheduling on a busy machine; the lower one is exact.
    let (low, high) = (
        Duration::from_millis(low_ms),
        Duration::from_millis(high_ms + 300),
    );
    assert!(
        gap >= low && gap <= high,
        "gap {gap:?} outside [{low:?}, {high:?}]"
    );
}

#[tokio::test]
async fn server_errors_are_retried_with_one_key_and_exponential_backoff() {
    let server = FaultServer::start(scripted(&[
        Some(Fault::Status(503)),
        Some(Fault::Status(500)),
        None,
    ]))
    .await;
    let transport = transport(&server, policy(3, 200, 5_000), Duration::from_secs(5));
    let response = create(&transport, "order-1")
        .await
        .expect("succeeds on the third attempt");
    assert_eq!(response.meta().attempts(), 3);
    assert!(response
        .request_id()
        .is_some_and(|id| id.starts_with("req_")));

    let received = server.received();
    assert_eq!(received.len(), 3);
    let key = received[0]
        .idempotency_key()
        .expect("a POST carries an idempotency key");
    assert!(
        received.iter().all(|r| r.idempotency_key() == Some(key)),
        "the same key on every attempt"
    );
    assert_eq!(
        (key.len(), &key[14..15]),
        (36, "4"),
        "a generated key is a UUID v4: {key}"
    );
    assert_eq!(response.value()["idempotency_key"], key);

    let gaps = gaps(&server);
    assert_between(gaps[0], 100, 200);
    assert_between(gaps[1], 200, 400);
    assert_eq!(server.ledger().applied, 1);
}

#[tokio::test]
async fn rate_limits_wait_as_long_as_retry_after_says() {
    let server = FaultServer::start(scripted(&[Some(Fault::RateLimited {
        retry_after_secs: 1,
    })]))
    .await;
    let transport = transport(&server, policy(2, 10, 5_000), Duration::from_secs(5));
    let response = create(&transport, "order-1")
        .await
        .expect("succeeds after waiting");
    assert_eq!(response.meta().attempts(), 2);
    assert_between(gaps(&server)[0], 1_000, 1_000);
}

#[tokio::test]
async fn a_retry_after_beyond_the_maximum_delay_is_not_waited_for() {
    let server = FaultServer::start(scripted(&[Some(Fault::RateLimited {
        retry_after_secs: 60,
    })]))
    .await;
    let transport = transport(&server, policy(2, 10, 2_000), Duration::from_secs(5));
    let started = Instant::now();
    let err = create(&transport, "order-1")
        .await
        .expect_err("429 is returned");
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(err.status(), Some(429));
    assert!(err.is_retryable(), "the caller may try again later");
    assert_eq!(server.received().len(), 1);
}

#[tokio::test]
async fn dropped_connections_are_retried_and_the_create_is_applied_once() {
    let faults = [
        Some(Fault::ApplyThenDrop),
        Some(Fault::Drop),
        Some(Fault::ApplyThenStatus(500)),
        None,
    ];
    let server = FaultServer::start(scripted(&faults)).await;
    let transport = transport(&server, policy(5, 5, 50), Duration::from_secs(5));
    let response = create(&transport, "order-1")
        .await
        .expect("succeeds on the fourth attempt");
    assert_eq!(response.meta().attempts(), 4);
    assert_eq!(
        response.value()["id"],
        "ch_1",
        "the stored result of the first, applied attempt"
    );
    let ledger = server.ledger();
    assert_eq!(
        (ledger.applied, ledger.replayed, ledger.duplicates()),
        (1, 2, 0)
    );
    let keys: std::collections::BTreeSet<_> = server
        .received()
        .iter()
        .map(|r| r.idempotency_key().map(str::to_owned))
        .collect();
    assert_eq!(keys.len(), 1);
}

#[tokio::test]
async fn stalled_requests_time_out_are_retried_then_reported() {
    let stall = Some(Fault::Stall {
        delay: Duration::from_millis(1_500),
        apply_first: true,
    });
    let server = FaultServer::start(scripted(&[stall, stall, stall])).await;
    let transport = transport(&server, policy(2, 20, 100), Duration::from_millis(150));
    let started = Instant::now();
    let err = create(&transport, "order-1")
        .await
        .expect_err("every attempt times out");
    let elapsed = started.elapsed();
    let Error::Transport { source, attempts } = &err else {
        panic!("expected a transport error, got {err:?}")
    };
    assert!(source.is_timeout(), "{source}");
    assert_eq!(*attempts, 3);
    assert!(err.is_retryable());
    assert!(
        err.to_string()
            .starts_with("the request timed out (3 attempts)"),
        "{err}"
    );
    assert!(
        elapsed >= Duration::from_millis(3 * 150 + 10) && elapsed < Duration::from_millis(1_400),
        "{elapsed:?}"
    );
    assert_eq!(server.received().len(), 3);
    assert_eq!(
        server.ledger().applied,
        1,
        "the first attempt was applied; the others replayed it"
    );
}

#[tokio::test]
async fn client_errors_are_never_retried() {
    for status in [400, 401, 402, 403, 404, 422] {
        let server = FaultServer::start(scripted(&[Some(Fault::Status(status))])).await;
        let transport = transport(&server, policy(3, 5, 50), Duration::from_secs(5));
        let err = create(&transport, "order-1")
            .await
            .expect_err("an error status");
        assert_eq!(err.status(), Some(status));
        assert_eq!(err.meta().map(|m| m.attempts()), Some(1));
        assert!(!err.is_retryable(), "{status}");
        assert_eq!(server.received().len(), 1, "{status} is not retried");
    }
}

#[tokio::test]
async fn the_server_can_forbid_a_retry() {
    let server = FaultServer::start(scripted(&[Some(Fault::ServerSaysDoNotRetry)])).await;
    let transport = transport(&server, policy(3, 5, 50), Duration::from_secs(5));
    let err = create(&transport, "order-1").await.expect_err("500");
    assert_eq!((err.status(), err.is_retryable()), (Some(500), false));
    assert_eq!(server.received().len(), 1);
}

#[tokio::test]
async fn retries_stop_at_the_maximum_and_the_error_says_what_happened() {
    let faults = [Some(Fault::Status(500)); 5];
    let server = FaultServer::start(scripted(&faults)).await;
    let transport = transport(&server, policy(2, 5, 50), Duration::from_secs(5));
    let err = get(&transport).await.expect_err("500 after three attempts");
    assert_eq!(server.received().len(), 3);
    assert_eq!(err.meta().map(|m| m.attempts()), Some(3));
    assert!(err.is_retryable());
    let text = err.to_string();
    assert!(
        text.starts_with("the API rejected the request (request req_"),
        "{text}"
    );
    assert!(
        text.ends_with("status 500: injected fault 500 (type: api_error)"),
        "{text}"
    );
    assert!(
        server
            .received()
            .iter()
            .all(|r| r.idempotency_key().is_none()),
        "only POSTs carry a key"
    );
}

#[tokio::test]
async fn request_options_reach_the_server() {
    let server = FaultServer::start(scripted(&[
        Some(Fault::Status(503)),
        None,
        Some(Fault::Status(503)),
    ]))
    .await;
    let transport = transport(&server, policy(3, 5, 50), Duration::from_secs(5));
    let options = RequestOptions::new()
        .header("Stripe-Account", "acct_123")
        .header("Stripe-Version", "2021-10-07")
        .idempotency_key("order-1-create");
    let scoped = transport.with_options(options);
    create(&scoped, "order-1")
        .await
        .expect("succeeds on the second attempt");
    let received = server.received();
    for request in &received {
        assert_eq!(
            request.headers.get("stripe-account").map(String::as_str),
            Some("acct_123")
        );
        assert_eq!(
            request.headers.get("stripe-version").map(String::as_str),
            Some("2021-10-07")
        );
        assert_eq!(request.idempotency_key(), Some("order-1-create"));
    }
    // Retries can be turned off for one call.
    let err = create(
        &transport.with_options(RequestOptions::new().max_retries(0)),
        "order-2",
    )
    .await
    .expect_err("503");
    assert_eq!(err.status(), Some(503));
    assert_eq!(server.received().len(), 3);
    assert!(
        !server.received()[2].headers.contains_key("stripe-account"),
        "options stay with their handle"
    );
}

#[tokio::test]
async fn a_timeout_option_overrides_the_client_timeout() {
    let stall = Some(Fault::Stall {
        delay: Duration::from_millis(2_000),
        apply_first: false,
    });
    let server = FaultServer::start(scripted(&[stall])).await;
    let transport = transport(&server, policy(0, 5, 50), Duration::from_secs(30));
    let started = Instant::now();
    let quick = transport.with_options(RequestOptions::new().timeout(Duration::from_millis(100)));
    let err = get(&quick).await.expect_err("times out");
    assert!(
        matches!(&err, Error::Transport { source, .. } if source.is_timeout()),
        "{err:?}"
    );
    assert!(started.elapsed() < Duration::from_millis(1_500));
}

/// About 30% of all requests fail in one of seven ways (before or after the create is
/// applied); every one of 1,000 creates must still be applied exactly once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_thousand_creates_under_faults_are_each_applied_exactly_once() {
    const CALLS: usize = 1_000;
    let server = FaultServer::start(Config {
        random: Some((0.3, 2021)),
        ..Config::default()
    })
    .await;
    let transport = transport(&server, policy(12, 1, 20), Duration::from_millis(150));
    let results: Vec<_> = futures_util::stream::iter(0..CALLS)
        .map(|i| {
            let transport = transport.clone();
            async move { create(&transport, &format!("order-{i}")).await }
        })
        .buffer_unordered(16)
        .collect()
        .await;

    let failed: Vec<String> = results
        .iter()
        .filter_map(|r| r.as_ref().err())
        .map(ToString::to_string)
        .collect();
    assert!(failed.is_empty(), "calls failed: {failed:?}");
    let received = server.received();
    let ledger = server.ledger();
    let faults = received.iter().filter(|r| r.fault.is_some()).count();
    let retries = received.len() - CALLS;
    let keys: std::collections::BTreeSet<_> = received
        .iter()
        .filter_map(|r| r.idempotency_key())
        .collect();
    // Written to stderr directly (not through `eprintln!`), so it shows without `--nocapture`.
    let _ = writeln!(
        std::io::stderr(),
        "fault test: {CALLS} calls, {} requests, {faults} faults injected ({:.1}%), {retries} retries, {} applied, {} replayed, {} duplicates",
        received.len(),
        100.0 * faults as f64 / received.len() as f64,
        ledger.applied,
        ledger.replayed,
        ledger.duplicates(),
    );
    assert_eq!(
        keys.len(),
        CALLS,
        "one key per call, kept across its retries"
    );
    assert_eq!(ledger.by_order.len(), CALLS, "every call was applied");
    assert_eq!(ledger.applied, CALLS as u64, "no call was applied twice");
    assert_eq!(ledger.duplicates(), 0);
    let share = faults as f64 / received.len() as f64;
    assert!((0.25..=0.35).contains(&share), "fault share {share}");
    assert_eq!(retries, faults, "each fault cost exactly one retry");
    let attempts: u32 = results
        .iter()
        .map(|r| r.as_ref().map(|r| r.meta().attempts()).unwrap_or(0))
        .sum();
    assert_eq!(
        attempts as usize,
        received.len(),
        "the attempt counts match what the server saw"
    );
}
