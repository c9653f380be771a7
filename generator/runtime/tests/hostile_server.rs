//! The transport against a hostile or broken server on loopback: absurd `Retry-After` dates,
//! huge, endless and stalled bodies, redirects to other origins, secrets in logs.

use std::convert::Infallible;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::combinators::BoxBody;
use futures_util::StreamExt;
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use sdkgen_runtime::{
    decode_bytes, decode_json, reqwest, ClientBuilder, DecodeError, Error, Refusal, RequestOptions, RetryPolicy, Transport,
};
use serde_json::Value;
use tokio::net::TcpListener;
use reqwest::Method;

type Body = BoxBody<Bytes, Infallible>;

/// One request the server received: method, path and query, headers.
#[derive(Debug, Clone)]
struct Received {
    uri: String,
    headers: hyper::HeaderMap,
}

/// A loopback server answering request number `n` (from 0) with `answer(n, request)`.
struct Server {
    url: String,
    received: Arc<Mutex<Vec<Received>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Server {
    async fn start(answer: impl Fn(usize, &Received) -> Response<Body> + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
        let addr = listener.local_addr().expect("local address");
        let received = Arc::new(Mutex::new(Vec::new()));
        let count = Arc::new(AtomicUsize::new(0));
        let answer = Arc::new(answer);
        let log = Arc::clone(&received);
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else { continue };
                let (log, count, answer) = (Arc::clone(&log), Arc::clone(&count), Arc::clone(&answer));
                tokio::spawn(async move {
                    let service = service_fn(move |request: Request<Incoming>| {
                        let seen = Received { uri: request.uri().to_string(), headers: request.headers().clone() };
                        log.lock().unwrap().push(seen.clone());
                        let response = answer(count.fetch_add(1, Ordering::SeqCst), &seen);
                        async move { Ok::<_, Infallible>(response) }
                    });
                    let _ = http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
                });
            }
        });
        Server { url: format!("http://{addr}"), received, task }
    }

    fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }
}

fn full(status: u16, headers: &[(&str, &str)], body: impl Into<Bytes>) -> Response<Body> {
    let mut builder = Response::builder().status(status);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(Full::new(body.into()).boxed()).expect("valid response")
}

fn ok_json() -> Response<Body> {
    full(200, &[("content-type", "application/json")], "{\"ok\": true}")
}

fn builder(url: &str) -> ClientBuilder {
    ClientBuilder::new(url, "hostile-test/1").retry_policy(RetryPolicy {
        max_retries: 2,
        initial_delay: Duration::from_millis(10),
        max_delay: Duration::from_millis(1_000),
    })
}

/// The documented errors of a test operation: none, every error status is kept as JSON.
#[derive(Debug)]
struct AnyError(u16);

impl std::fmt::Display for AnyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "status {}", self.0)
    }
}

impl sdkgen_runtime::ApiError for AnyError {
    fn from_response(status: u16, _body: &[u8]) -> Result<Self, DecodeError> {
        Ok(AnyError(status))
    }
    fn status(&self) -> u16 {
        self.0
    }
}

async fn get(transport: &Transport, path: &str) -> Result<sdkgen_runtime::Response<Value>, Error<AnyError>> {
    let call = transport.execute(transport.request(Method::GET, path), "/test", decode_json);
    tokio::time::timeout(Duration::from_secs(20), call).await.expect("the call ends")
}

#[tokio::test]
async fn a_retry_after_date_in_an_absurd_year_is_no_hint() {
    let server = Server::start(|n, _| match n {
        0 => full(503, &[("retry-after", "Sun, 06 Nov 18446744073709551615 08:49:37 GMT")], "{}"),
        _ => ok_json(),
    })
    .await;
    let transport = builder(&server.url).build_transport().unwrap();
    let response = get(&transport, "/v1/things").await.expect("retried after the usual backoff");
    assert_eq!(response.meta().attempts(), 2);
    let received = server.received();
    assert_eq!(received.len(), 2);
    assert!(received.iter().all(|r| r.uri == "/v1/things" && r.headers["user-agent"] == "hostile-test/1"));
}

/// A body that sends `first` and then nothing more, never ending.
fn stalled_body(first: &'static [u8]) -> Body {
    let chunks = futures_util::stream::iter([Ok(Frame::data(Bytes::from_static(first)))])
        .chain(futures_util::stream::pending());
    BodyExt::boxed(StreamBody::new(chunks))
}

/// A chunked body of 64 KiB chunks that never ends.
fn endless_body() -> Body {
    let chunk = Bytes::from(vec![b'x'; 64 * 1024]);
    BodyExt::boxed(StreamBody::new(futures_util::stream::repeat_with(move || Ok(Frame::data(chunk.clone())))))
}

#[tokio::test]
async fn an_endless_body_is_refused_at_the_cap_while_it_streams() {
    let server = Server::start(|_, _| Response::builder().status(200).body(endless_body()).unwrap()).await;
    let transport = builder(&server.url).max_response_body(1 << 20).build_transport().unwrap();
    let err = get(&transport, "/v1/things").await.expect_err("refused");
    assert!(
        matches!(err, Error::Refused(Refusal::BodyTooLarge { status: 200, limit: 1_048_576 })),
        "{err:?}"
    );
    assert_eq!(err.to_string(), "the 200 response body is larger than the client's cap of 1048576 bytes");
    assert!(!err.is_retryable());
    assert_eq!(server.received().len(), 1, "a refused body is not fetched again");
}

#[tokio::test]
async fn a_body_announced_over_the_cap_is_refused_and_one_at_the_cap_is_read() {
    let server = Server::start(|n, _| match n {
        0 => full(200, &[], vec![b'x'; 1001]),
        _ => full(200, &[], vec![b'x'; 1000]),
    })
    .await;
    let transport = builder(&server.url).max_response_body(1000).build_transport().unwrap();
    assert_eq!(transport.max_response_body(), 1000);
    let call = |transport: Transport| async move {
        let request = transport.request(Method::GET, "/v1/files/f/contents");
        transport.execute::<Vec<u8>, AnyError>(request, "/v1/files/{id}/contents", decode_bytes).await
    };
    let err = call(transport.clone()).await.expect_err("1001 bytes");
    assert!(matches!(err, Error::Refused(Refusal::BodyTooLarge { limit: 1000, .. })), "{err:?}");
    let body = call(transport).await.expect("1000 bytes").into_value();
    assert_eq!(body.len(), 1000);
}

#[tokio::test]
async fn a_body_that_stalls_times_out() {
    let server = Server::start(|_, _| Response::builder().status(200).body(stalled_body(b"{\"ok\":")).unwrap()).await;
    let transport = builder(&server.url).timeout(Duration::from_millis(300)).max_retries(0).build_transport().unwrap();
    let started = Instant::now();
    let err = get(&transport, "/v1/things").await.expect_err("times out");
    assert!(matches!(&err, Error::Transport { source, .. } if source.is_timeout()), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(3), "{:?}", started.elapsed());
}

#[tokio::test]
async fn the_default_timeout_is_eighty_seconds_and_an_option_overrides_it() {
    let transport = ClientBuilder::new("https://api.example.com", "t").build_transport().unwrap();
    assert_eq!(transport.timeout(), Duration::from_secs(80));
    assert_eq!(transport.timeout(), sdkgen_runtime::DEFAULT_TIMEOUT);
    let quick = transport.with_options(RequestOptions::new().timeout(Duration::from_secs(2)));
    assert_eq!(quick.timeout(), Duration::from_secs(2));
    assert_eq!(transport.max_response_body(), 64 << 20);
}

/// A server that redirects `/start` to `location` and answers everything else with JSON.
async fn redirecting(status: u16, location: impl Fn(&str) -> String + Send + Sync + 'static) -> Server {
    let url = Arc::new(Mutex::new(String::new()));
    let seen = Arc::clone(&url);
    let server = Server::start(move |_, request| {
        if request.uri.starts_with("/start") {
            full(status, &[("location", &location(&seen.lock().unwrap()))], "")
        } else {
            ok_json()
        }
    })
    .await;
    *url.lock().unwrap() = server.url.clone();
    server
}

#[tokio::test]
async fn a_redirect_to_another_origin_is_not_followed_unless_asked_for() {
    // 127.0.0.1 and localhost are the same machine but different origins.
    let server = redirecting(307, |url| format!("{}/landing?x=1", url.replace("127.0.0.1", "localhost"))).await;
    let transport = builder(&server.url).default_header("X-Api-Key", "key_secret").build_transport().unwrap();
    let err = get(&transport, "/start?email=someone@example.com").await.expect_err("not followed");
    assert!(matches!(&err, Error::Transport { source, .. } if source.is_redirect()), "{err:?}");
    let text = err.to_string();
    assert!(text.contains("refused a redirect from http://127.0.0.1:"), "{text}");
    assert!(text.contains("to another origin, http://localhost:"), "{text}");
    assert!(!text.contains("someone@example.com"), "the query stays out of errors: {text}");
    assert!(!err.is_retryable());
    assert_eq!(server.received().len(), 1, "the other origin got nothing");

    let following = builder(&server.url).follow_cross_origin_redirects(true).build_transport().unwrap();
    let response = get(&following, "/start").await.expect("followed when asked for");
    assert_eq!(response.status(), 200);
    let received = server.received();
    assert_eq!(received.len(), 3);
    assert_eq!(received[2].uri, "/landing?x=1");
    assert!(!received[2].headers.contains_key("referer"), "no Referer: {:?}", received[2].headers);
}

#[tokio::test]
async fn a_redirect_within_the_origin_is_followed_without_a_referer() {
    let server = redirecting(302, |_| "/landing".to_owned()).await;
    let transport = builder(&server.url).build_transport().unwrap();
    let response = get(&transport, "/start?secret=1").await.expect("followed");
    assert_eq!(response.value()["ok"], true);
    let received = server.received();
    assert_eq!(received.iter().map(|r| r.uri.as_str()).collect::<Vec<_>>(), ["/start?secret=1", "/landing"]);
    assert!(!received[1].headers.contains_key("referer"), "no Referer: {:?}", received[1].headers);
}

#[tokio::test]
async fn debug_output_hides_set_cookie_and_the_base_url_password() {
    let server = Server::start(|_, _| {
        full(200, &[("set-cookie", "session=cookie_secret; HttpOnly"), ("content-type", "application/json")], "{}")
    })
    .await;
    let with_password = server.url.replace("http://", "http://user:pw_secret@");
    let builder = builder(&with_password);
    let transport = builder.clone().build_transport().unwrap();
    let response = get(&transport, "/v1/things").await.expect("answered");
    assert_eq!(response.headers()["set-cookie"], "session=cookie_secret; HttpOnly", "the value is still there");
    for shown in [format!("{response:?}"), format!("{transport:?}"), format!("{builder:?}")] {
        assert!(!shown.contains("secret"), "{shown}");
    }
    assert!(format!("{transport:?}").contains("http://<redacted>@127.0.0.1:"));
}

#[tokio::test]
async fn a_configured_http_client_is_used_with_the_sdk_settings_on_top() {
    let server = Server::start(|_, _| ok_json()).await;
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("x-proxy-tag", "corp".parse().unwrap());
    let http = sdkgen_runtime::http_client_builder().default_headers(headers).build().unwrap();
    let transport = builder(&server.url)
        .http_client(http)
        .bearer_auth("tok_1")
        .default_header("Stripe-Account", "acct_1")
        .build_transport()
        .unwrap();
    get(&transport, "/v1/things").await.expect("answered");
    let headers = &server.received()[0].headers;
    assert_eq!(headers["x-proxy-tag"], "corp", "the caller's client sent it");
    assert_eq!(headers["authorization"], "Bearer tok_1");
    assert_eq!(headers["stripe-account"], "acct_1");
    assert_eq!(headers["user-agent"], "hostile-test/1");
}

#[tokio::test]
async fn odd_integers_do_not_fail_the_whole_response() {
    #[derive(Debug, serde::Deserialize)]
    struct Charge {
        amount: i64,
        refunded: Option<i32>,
        fees: Vec<u64>,
        description: String,
    }
    let server = Server::start(|_, _| {
        let body = r#"{"amount": 1e3, "refunded": 99999999999, "fees": [18446744073709551616, 2.0], "description": "ok"}"#;
        full(200, &[("content-type", "application/json")], body)
    })
    .await;
    let transport = builder(&server.url).build_transport().unwrap();
    let request = transport.request(Method::GET, "/v1/charges/ch_1");
    let charge = transport
        .execute::<Charge, AnyError>(request, "/v1/charges/{charge}", decode_json)
        .await
        .expect("decodes")
        .into_value();
    assert_eq!((charge.amount, charge.refunded), (1000, Some(i32::MAX)));
    assert_eq!((charge.fees, charge.description.as_str()), (vec![u64::MAX, 2], "ok"));
}
