//! What an SDK entry declares, over real HTTP: the API version header and its overrides,
//! idempotency keys on or off, the retry rule per method, the floor under `Retry-After`, the
//! cap on retries, and server URL variables.

mod support;

use std::time::Duration;

use reqwest::Method;
use sdkgen_runtime::{
    decode_json, json_body, ApiError, BuildError, ClientBuilder, DecodeError, Error,
    RequestOptions, Response, RetryPolicy, Transport,
};
use serde_json::{json, Value};
use support::{Config, Fault, FaultServer};

/// Any error status, with its body.
#[derive(Debug)]
struct ServerError(u16);

impl ApiError for ServerError {
    fn from_response(status: u16, _body: &[u8]) -> Result<Self, DecodeError> {
        Ok(ServerError(status))
    }
    fn status(&self) -> u16 {
        self.0
    }
}

impl std::fmt::Display for ServerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "status {}", self.0)
    }
}

fn builder(server: &FaultServer) -> ClientBuilder {
    ClientBuilder::new(&server.url, "settings-test/1")
        .timeout(Duration::from_secs(5))
        .retry_policy(RetryPolicy {
            max_retries: 3,
            initial_delay: Duration::from_millis(2),
            max_delay: Duration::from_millis(20),
        })
}

async fn call(
    transport: &Transport,
    method: Method,
) -> Result<Response<Value>, Error<ServerError>> {
    let request = transport.request(method.clone(), "/v1/charges");
    let request = if method == Method::GET {
        request
    } else {
        json_body(request, "application/json", &json!({"order": "o-1"}))?
    };
    transport.execute(request, "/v1/charges", decode_json).await
}

async fn scripted(faults: &[Option<Fault>]) -> FaultServer {
    FaultServer::start(Config {
        script: faults.to_vec(),
        ..Config::default()
    })
    .await
}

fn version_of(server: &FaultServer, request: usize) -> Option<String> {
    server.received()[request]
        .headers
        .get("stripe-version")
        .cloned()
}

#[tokio::test]
async fn the_api_version_header_is_sent_and_can_be_overridden() {
    let server = scripted(&[]).await;
    let declared = || builder(&server).api_version_header("Stripe-Version", "2023-10-16");
    let default = declared().build_transport().unwrap();
    call(&default, Method::GET).await.unwrap();
    assert_eq!(version_of(&server, 0).as_deref(), Some("2023-10-16"));

    let pinned = declared()
        .api_version("2024-06-20")
        .build_transport()
        .unwrap();
    call(&pinned, Method::GET).await.unwrap();
    assert_eq!(version_of(&server, 1).as_deref(), Some("2024-06-20"));

    let per_request = default.with_options(RequestOptions::new().api_version("2022-11-15"));
    call(&per_request, Method::GET).await.unwrap();
    assert_eq!(version_of(&server, 2).as_deref(), Some("2022-11-15"));
    call(&default, Method::GET).await.unwrap();
    assert_eq!(
        version_of(&server, 3).as_deref(),
        Some("2023-10-16"),
        "options stay with their handle"
    );

    // An API without a version header sends none, and cannot be asked for a version.
    let plain = builder(&server).build_transport().unwrap();
    call(&plain, Method::GET).await.unwrap();
    assert_eq!(version_of(&server, 4), None);
    let err = builder(&server)
        .api_version("2024-06-20")
        .build_transport()
        .unwrap_err();
    assert!(matches!(err, BuildError::NoVersionHeader), "{err}");
    let err = call(
        &plain.with_options(RequestOptions::new().api_version("x")),
        Method::GET,
    )
    .await
    .unwrap_err();
    assert!(matches!(err, Error::Encode(_)), "{err}");
    assert_eq!(server.received().len(), 5, "nothing was sent");
}

#[tokio::test]
async fn without_idempotency_keys_a_post_is_retried_only_when_it_was_surely_not_applied() {
    let server = scripted(&[Some(Fault::ApplyThenStatus(503))]).await;
    let transport = builder(&server).build_transport().unwrap();
    let err = call(&transport, Method::POST)
        .await
        .expect_err("503 is final");
    assert_eq!(err.status(), Some(503));
    assert_eq!(
        server.received().len(),
        1,
        "a 503 may have applied the create"
    );
    assert_eq!(
        server.received()[0].idempotency_key(),
        None,
        "keys are off by default"
    );
    assert_eq!(server.ledger().applied, 1);

    let server = scripted(&[Some(Fault::ApplyThenDrop)]).await;
    let transport = builder(&server).build_transport().unwrap();
    let err = call(&transport, Method::POST)
        .await
        .expect_err("the connection dropped");
    assert!(
        matches!(err, Error::Transport { attempts: 1, .. }),
        "{err:?}"
    );

    let server = scripted(&[
        Some(Fault::RateLimited {
            retry_after_secs: 0,
        }),
        Some(Fault::Status(409)),
        Some(Fault::Status(408)),
    ])
    .await;
    let transport = builder(&server).build_transport().unwrap();
    let response = call(&transport, Method::POST)
        .await
        .expect("429, 409 and 408 are retried");
    assert_eq!(response.meta().attempts(), 4);
    assert_eq!(server.ledger().applied, 1);
}

#[tokio::test]
async fn with_idempotency_keys_posts_and_patches_carry_a_key_and_are_retried() {
    let server = scripted(&[Some(Fault::ApplyThenStatus(503)), None]).await;
    let transport = builder(&server)
        .idempotency_keys(true)
        .build_transport()
        .unwrap();
    let response = call(&transport, Method::POST)
        .await
        .expect("retried with the same key");
    assert_eq!(response.meta().attempts(), 2);
    let received = server.received();
    let key = received[0].idempotency_key().expect("a key");
    assert_eq!(received[1].idempotency_key(), Some(key));
    assert_eq!((server.ledger().applied, server.ledger().replayed), (1, 1));

    // PATCH carries a key too; the test server answers it 405 once the fault is over.
    let server = scripted(&[Some(Fault::Status(503))]).await;
    let transport = builder(&server)
        .idempotency_keys(true)
        .build_transport()
        .unwrap();
    let err = call(&transport, Method::PATCH).await.expect_err("405");
    assert_eq!(err.status(), Some(405));
    let received = server.received();
    assert_eq!(received.len(), 2, "the 503 was retried");
    assert!(received[0].idempotency_key().is_some());
    assert_eq!(received[0].idempotency_key(), received[1].idempotency_key());

    // A key given by the caller is sent, and makes the call retryable, on any API.
    let server = scripted(&[Some(Fault::ApplyThenStatus(503)), None]).await;
    let transport = builder(&server).build_transport().unwrap();
    let keyed = transport.with_options(RequestOptions::new().idempotency_key("order-1"));
    let response = call(&keyed, Method::POST).await.expect("retried");
    assert_eq!(response.meta().attempts(), 2);
    assert_eq!(server.received()[1].idempotency_key(), Some("order-1"));
}

#[tokio::test]
async fn each_method_follows_its_retry_rule_after_an_ambiguous_failure() {
    for (method, retried) in [
        (Method::GET, true),
        (Method::HEAD, true),
        (Method::OPTIONS, true),
        (Method::PUT, false),
        (Method::DELETE, false),
        (Method::PATCH, false),
        (Method::POST, false),
    ] {
        let server = scripted(&[Some(Fault::Status(503)), Some(Fault::Status(503))]).await;
        let transport = builder(&server).build_transport().unwrap();
        let _ = call(&transport, method.clone()).await;
        let expected = if retried { 3 } else { 1 };
        assert_eq!(server.received().len(), expected, "{method}");
        // A failure that proves nothing was applied is retried for every method.
        let server = scripted(&[Some(Fault::RateLimited {
            retry_after_secs: 0,
        })])
        .await;
        let transport = builder(&server).build_transport().unwrap();
        let _ = call(&transport, method.clone()).await;
        assert_eq!(server.received().len(), 2, "{method} after a 429");
    }
}

#[tokio::test]
async fn retry_after_zero_still_waits_the_backoff() {
    let limited = Some(Fault::RateLimited {
        retry_after_secs: 0,
    });
    let server = scripted(&[limited, limited]).await;
    let transport = builder(&server)
        .retry_policy(RetryPolicy {
            max_retries: 2,
            initial_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(5),
        })
        .build_transport()
        .unwrap();
    call(&transport, Method::GET)
        .await
        .expect("succeeds on the third attempt");
    let received = server.received();
    let gaps: Vec<Duration> = received.windows(2).map(|w| w[1].at - w[0].at).collect();
    assert!(gaps[0] >= Duration::from_millis(100), "{gaps:?}");
    assert!(gaps[1] >= Duration::from_millis(200), "{gaps:?}");
}

#[tokio::test]
async fn an_unbounded_retry_limit_is_capped() {
    let server = scripted(&[Some(Fault::Status(503)); 40]).await;
    let policy = RetryPolicy {
        max_retries: u32::MAX,
        initial_delay: Duration::from_millis(1),
        max_delay: Duration::from_millis(2),
    };
    let transport = builder(&server)
        .retry_policy(policy)
        .build_transport()
        .unwrap();
    let err = call(&transport, Method::GET)
        .await
        .expect_err("503 every time");
    let cap = RetryPolicy::MAX_RETRIES as usize + 1;
    assert_eq!(server.received().len(), cap);
    assert_eq!(err.meta().map(|m| m.attempts()), Some(cap as u32));

    let transport = builder(&server)
        .max_retries(u32::MAX)
        .build_transport()
        .unwrap();
    assert_eq!(
        transport.retry_policy().max_retries,
        RetryPolicy::MAX_RETRIES
    );
    let unbounded = transport.with_options(RequestOptions::new().max_retries(u32::MAX));
    let _ = call(&unbounded, Method::GET)
        .await
        .expect_err("503 every time");
    assert_eq!(server.received().len(), 2 * cap);
}

#[tokio::test]
async fn server_url_variables_take_their_defaults_or_the_values_set() {
    let server = scripted(&[]).await;
    let port = server.url.rsplit(':').next().unwrap().to_owned();
    let template = |b: ClientBuilder| {
        b.server_url_template(
            "http://127.0.0.1:{port}/{prefix}",
            &[("port", "1"), ("prefix", "api")],
        )
    };
    let transport = template(ClientBuilder::new("http://127.0.0.1:1/api", "t"))
        .server_variable("port", port.clone())
        .build_transport()
        .unwrap();
    assert_eq!(transport.base_url(), format!("http://127.0.0.1:{port}/api"));
    call(&transport, Method::GET).await.unwrap();
    assert_eq!(server.received()[0].uri, "/api/v1/charges");

    let defaults = template(ClientBuilder::new("http://127.0.0.1:1/api", "t"))
        .build_transport()
        .unwrap();
    assert_eq!(defaults.base_url(), "http://127.0.0.1:1/api");
    let explicit = template(ClientBuilder::new("http://unused", "t"))
        .base_url("http://localhost:9")
        .build_transport()
        .unwrap();
    assert_eq!(
        explicit.base_url(),
        "http://localhost:9",
        "an explicit base URL wins"
    );

    for (name, value, problem) in [
        ("region", "eu", "is not a variable"),
        ("port", "1@evil.example", "would change more"),
        ("port", "1/x", "would change more"),
        ("prefix", "a?b", "would change more"),
        ("prefix", "", "would change more"),
    ] {
        let err = template(ClientBuilder::new("http://127.0.0.1:1/api", "t"))
            .server_variable(name, value)
            .build_transport()
            .unwrap_err();
        assert!(err.to_string().contains(problem), "{name}={value}: {err}");
    }
    let missing = ClientBuilder::new("http://x", "t")
        .server_url_template("https://{tenant}.example.com", &[])
        .build_transport()
        .unwrap_err();
    assert_eq!(
        missing.to_string(),
        "server URL variable \"tenant\" has no value"
    );
}
