//! The transport against a hostile or broken server on loopback: absurd `Retry-After` dates,
//! huge, endless and stalled bodies, redirects to other origins, secrets in logs.

use std::convert::Infallible;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use reqwest::Method;
use sdkgen_runtime::{decode_json, ClientBuilder, DecodeError, Error, RetryPolicy, Transport};
use serde_json::Value;
use tokio::net::TcpListener;

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

fn transport(url: &str) -> ClientBuilder {
    ClientBuilder::new(url, "hostile-test/1").retry_policy(RetryPolicy {
        max_retries: 2,
        initial_delay: Duration::from_millis(10),
        max_delay: Duration::from_millis(1_000),
    })
}

/// The documented errors of a test operation: none, every error status is kept as JSON.
#[derive(Debug)]
struct AnyError(#[allow(dead_code)] u16);

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
    let transport = transport(&server.url).build_transport().unwrap();
    let response = get(&transport, "/v1/things").await.expect("retried after the usual backoff");
    assert_eq!(response.meta().attempts(), 2);
    let received = server.received();
    assert_eq!(received.len(), 2);
    assert!(received.iter().all(|r| r.uri == "/v1/things" && r.headers["user-agent"] == "hostile-test/1"));
}
