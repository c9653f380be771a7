//! A fault-injecting HTTP server on loopback, built on hyper, that plays a payment API:
//!
//! - `POST` to any path creates an object, applying each idempotency key at most once (a
//!   repeated key replays the stored response) and keeping a ledger of what it applied;
//! - `GET` to any path lists `items` items, paged in one of the common list styles
//!   ([`ListShape`]): item-id cursors (`limit`, `starting_after`, `ending_before`, `has_more`)
//!   in Stripe's or PAY.JP's list shape, a next cursor, a next link in the body or in a `Link`
//!   header, offset/limit or page/per-page.
//!
//! Faults are taken from a script (one per request, in order) or drawn at random; some strike
//! before the create is applied, some after (which is what makes idempotency keys matter).

#![allow(dead_code)]

use std::collections::{BTreeMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use serde_json::{json, Value};
use tokio::net::TcpListener;

/// What goes wrong with one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Close the connection without answering, before applying anything.
    Drop,
    /// Apply the create, then close the connection without answering.
    ApplyThenDrop,
    /// Answer this status, before applying anything.
    Status(u16),
    /// Apply the create, then answer this status.
    ApplyThenStatus(u16),
    /// Answer 429 with `Retry-After: secs`.
    RateLimited { retry_after_secs: u64 },
    /// Answer 500 with `Stripe-Should-Retry: false`.
    ServerSaysDoNotRetry,
    /// Wait this long before answering (applying first if `apply_first`).
    Stall { delay: Duration, apply_first: bool },
}

impl Fault {
    /// Faults drawn by the random plan, each equally likely.
    pub const RANDOM: [Fault; 7] = [
        Fault::Drop,
        Fault::ApplyThenDrop,
        Fault::Status(500),
        Fault::Status(503),
        Fault::ApplyThenStatus(500),
        Fault::RateLimited {
            retry_after_secs: 0,
        },
        Fault::Stall {
            delay: Duration::from_millis(400),
            apply_first: true,
        },
    ];
}

/// Which list shape `GET` answers with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListShape {
    /// `{"object": "list", "data": [...], "has_more": b, "url": "/v1/..."}`.
    Stripe,
    /// `{"url": "/v2/...", "has_more": b, "data": [...]}` (PAY.JP's, with the optional `object` left out).
    Payjp,
    /// `{"items": [...], "meta": {"next_cursor": "..."|null}}`, continued with `cursor`.
    NextCursor,
    /// Like `NextCursor`, but every page after the second names the second page's cursor again.
    RepeatedCursor,
    /// `{"results": [...], "links": {"next": "/path?cursor=..."|null}}`: a relative next link.
    BodyLink,
    /// A bare array, with `Link: <http://host/path?page=N&per_page=M>; rel="next"` while more
    /// follow (`page` and `per_page`, pages counted from 1).
    LinkHeader,
    /// Like `LinkHeader`, but the link of the first page leads to this other origin.
    ForeignLinkHeader(&'static str),
    /// `{"data": [...]}` for `offset` and `limit`.
    Offset,
    /// A bare array for `page` (from 1) and `per_page`.
    PageNumber,
}

/// The cursor of the page that starts at item number `i`.
pub fn cursor_at(i: usize) -> String {
    format!("c{i}")
}

/// One request the server received.
#[derive(Debug, Clone)]
pub struct Received {
    /// `GET`, `POST`, ...
    pub method: String,
    /// Path and query.
    pub uri: String,
    /// Every header, lower-case names.
    pub headers: BTreeMap<String, String>,
    /// When it arrived.
    pub at: Instant,
    /// The fault injected into it, if any.
    pub fault: Option<Fault>,
}

impl Received {
    /// The `Idempotency-Key` header.
    pub fn idempotency_key(&self) -> Option<&str> {
        self.headers.get("idempotency-key").map(String::as_str)
    }
}

/// Makes the JSON of list item number `index`.
pub type ItemFactory = Arc<dyn Fn(usize) -> Value + Send + Sync>;

enum Plan {
    Script(VecDeque<Option<Fault>>),
    Random {
        probability: f64,
        rng: fastrand::Rng,
    },
}

struct State {
    plan: Mutex<Plan>,
    received: Mutex<Vec<Received>>,
    ledger: Mutex<Ledger>,
    shape: ListShape,
    items: usize,
    item: ItemFactory,
}

/// What the server applied.
#[derive(Debug, Default, Clone)]
pub struct Ledger {
    /// Stored responses by idempotency key.
    pub by_key: BTreeMap<String, Value>,
    /// Objects created, by the `order` field of the create body.
    pub by_order: BTreeMap<String, u32>,
    /// Creates applied (each a new object).
    pub applied: u64,
    /// Requests answered from a stored response.
    pub replayed: u64,
}

impl Ledger {
    /// Logical creates (distinct `order`s) that were applied more than once.
    pub fn duplicates(&self) -> u64 {
        self.by_order
            .values()
            .filter(|n| **n > 1)
            .map(|n| u64::from(n - 1))
            .sum()
    }
}

/// A running server; it stops when dropped.
pub struct FaultServer {
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    state: Arc<State>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for FaultServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// How to start a server.
pub struct Config {
    /// Faults for the first requests, in order (`None` for a clean answer); later ones are clean.
    pub script: Vec<Option<Fault>>,
    /// Instead of a script: inject a fault into each request with this probability.
    pub random: Option<(f64, u64)>,
    /// The list shape.
    pub shape: ListShape,
    /// How many items the list has.
    pub items: usize,
    /// The JSON of each item; the default is `{"id": "it_00042", "n": 42}`.
    pub item: ItemFactory,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            script: Vec::new(),
            random: None,
            shape: ListShape::Stripe,
            items: 0,
            item: Arc::new(|i| json!({"id": item_id(i), "n": i})),
        }
    }
}

/// The id of item number `i`; ids sort in list order.
pub fn item_id(i: usize) -> String {
    format!("it_{i:05}")
}

impl FaultServer {
    /// Starts a server with `config` on a free loopback port.
    pub async fn start(config: Config) -> FaultServer {
        let plan = match config.random {
            Some((probability, seed)) => Plan::Random {
                probability,
                rng: fastrand::Rng::with_seed(seed),
            },
            None => Plan::Script(config.script.into_iter().collect()),
        };
        let state = Arc::new(State {
            plan: Mutex::new(plan),
            received: Mutex::new(Vec::new()),
            ledger: Mutex::new(Ledger::default()),
            shape: config.shape,
            items: config.items,
            item: config.item,
        });
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind loopback");
        let addr: SocketAddr = listener.local_addr().expect("local address");
        let accept_state = Arc::clone(&state);
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    continue;
                };
                let state = Arc::clone(&accept_state);
                tokio::spawn(async move {
                    let service = service_fn(move |request| handle(Arc::clone(&state), request));
                    // A dropped connection ends here with an error, as intended.
                    let _ = http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        FaultServer {
            url: format!("http://{addr}"),
            state,
            task,
        }
    }

    /// Every request received so far, in arrival order.
    pub fn received(&self) -> Vec<Received> {
        self.state.received.lock().unwrap().clone()
    }

    /// What the server applied.
    pub fn ledger(&self) -> Ledger {
        self.state.ledger.lock().unwrap().clone()
    }
}

/// Why a request got no answer: the connection is closed instead.
#[derive(Debug)]
struct DroppedOnPurpose;

impl std::fmt::Display for DroppedOnPurpose {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by the fault plan")
    }
}

impl std::error::Error for DroppedOnPurpose {}

type Answer = Result<Response<Full<Bytes>>, DroppedOnPurpose>;

async fn handle(state: Arc<State>, request: Request<Incoming>) -> Answer {
    let method = request.method().to_string();
    let uri = request.uri().to_string();
    let headers: BTreeMap<String, String> = request
        .headers()
        .iter()
        .map(|(k, v)| {
            (
                k.as_str().to_owned(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect();
    let fault = {
        let mut plan = state.plan.lock().unwrap();
        match &mut *plan {
            Plan::Script(script) => script.pop_front().flatten(),
            Plan::Random { probability, rng } => {
                (rng.f64() < *probability).then(|| Fault::RANDOM[rng.usize(..Fault::RANDOM.len())])
            }
        }
    };
    let key = headers.get("idempotency-key").cloned();
    let headers_host = headers.get("host").cloned();
    state.received.lock().unwrap().push(Received {
        method: method.clone(),
        uri: uri.clone(),
        headers,
        at: Instant::now(),
        fault,
    });
    let body = match request.into_body().collect().await {
        Ok(body) => body.to_bytes(),
        Err(_) => return Err(DroppedOnPurpose),
    };

    match fault {
        Some(Fault::Drop) => return Err(DroppedOnPurpose),
        Some(Fault::Status(status)) => return Ok(error_answer(status, &[])),
        Some(Fault::RateLimited { retry_after_secs }) => {
            return Ok(error_answer(
                429,
                &[("retry-after", retry_after_secs.to_string())],
            ));
        }
        Some(Fault::ServerSaysDoNotRetry) => {
            return Ok(error_answer(
                500,
                &[("stripe-should-retry", "false".into())],
            ))
        }
        Some(Fault::Stall {
            delay,
            apply_first: false,
        }) => {
            tokio::time::sleep(delay).await;
            return Ok(error_answer(503, &[]));
        }
        _ => {}
    }

    let answer = if method == "POST" {
        json_answer(200, &state.create(key.as_deref(), &body))
    } else if method == "GET" {
        let host = headers_host.unwrap_or_default();
        match state.list(&uri, &host) {
            Ok((page, link)) => {
                let mut answer = json_answer(200, &page);
                if let Some(link) = link {
                    answer
                        .headers_mut()
                        .insert("link", link.parse().expect("valid header"));
                }
                answer
            }
            Err(message) => json_answer(
                400,
                &json!({"error": {"type": "invalid_request_error", "message": message}}),
            ),
        }
    } else {
        json_answer(
            405,
            &json!({"error": {"type": "invalid_request_error", "message": "method not allowed"}}),
        )
    };

    match fault {
        Some(Fault::ApplyThenDrop) => Err(DroppedOnPurpose),
        Some(Fault::ApplyThenStatus(status)) => Ok(error_answer(status, &[])),
        Some(Fault::Stall {
            delay,
            apply_first: true,
        }) => {
            tokio::time::sleep(delay).await;
            Ok(answer)
        }
        _ => Ok(answer),
    }
}

impl State {
    /// Applies a create once per idempotency key; a repeated key gets the stored response.
    fn create(&self, key: Option<&str>, body: &[u8]) -> Value {
        let mut ledger = self.ledger.lock().unwrap();
        if let Some(stored) = key.and_then(|k| ledger.by_key.get(k)).cloned() {
            ledger.replayed += 1;
            return stored;
        }
        let request: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
        let order = request
            .get("order")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned();
        ledger.applied += 1;
        *ledger.by_order.entry(order.clone()).or_default() += 1;
        let object =
            json!({"id": format!("ch_{}", ledger.applied), "order": order, "idempotency_key": key});
        if let Some(key) = key {
            ledger.by_key.insert(key.to_owned(), object.clone());
        }
        object
    }

    /// One page of the list, for the query parameters of the list's style, with the value of
    /// its `Link` header if it has one; `host` is the request's `Host`.
    fn list(&self, uri: &str, host: &str) -> Result<(Value, Option<String>), String> {
        let (path, query) = uri.split_once('?').unwrap_or((uri, ""));
        let mut limit = 10;
        let (mut after, mut before, mut from) = (None, None, 0);
        let mut page = None;
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let number = |value: &str| {
                value
                    .parse::<usize>()
                    .map_err(|_| format!("bad {name} {value:?}"))
            };
            match name {
                "limit" | "per_page" => limit = number(value)?,
                "starting_after" => after = Some(self.position(value)?),
                "ending_before" => before = Some(self.position(value)?),
                "cursor" => {
                    from = value
                        .strip_prefix('c')
                        .and_then(|n| n.parse().ok())
                        .ok_or_else(|| format!("bad cursor {value:?}"))?
                }
                "offset" => from = number(value)?,
                "page" => page = Some(number(value)?.checked_sub(1).ok_or("pages count from 1")?),
                _ => {}
            }
        }
        if !(1..=100).contains(&limit) {
            return Err(format!("limit {limit} is not in 1..=100"));
        }
        if let Some(page) = page {
            from = page * limit;
        }
        let slice = |from: usize| -> Vec<Value> {
            (from.min(self.items)..(from + limit).min(self.items))
                .map(|i| (self.item)(i))
                .collect()
        };
        let more = from + limit < self.items;
        let next_cursor = |from: usize| (from + limit < self.items).then(|| cursor_at(from + limit));
        let page_link = |origin: &str| {
            more.then(|| {
                let next = from / limit + 2;
                format!("<{origin}{path}?page={next}&per_page={limit}>; rel=\"next\", <{origin}{path}?page=1&per_page={limit}>; rel=\"first\"")
            })
        };
        let (from, to, has_more) = match (after, before) {
            (Some(_), Some(_)) => {
                return Err("give starting_after or ending_before, not both".into())
            }
            (Some(a), None) => (
                a + 1,
                (a + 1 + limit).min(self.items),
                a + 1 + limit < self.items,
            ),
            (None, Some(b)) => (b.saturating_sub(limit), b, b > limit),
            (None, None) => (from, (from + limit).min(self.items), more),
        };
        let data: Vec<Value> = (from..to).map(|i| (self.item)(i)).collect();
        Ok(match self.shape {
            ListShape::Stripe => (
                json!({"object": "list", "data": data, "has_more": has_more, "url": path}),
                None,
            ),
            ListShape::Payjp => (json!({"url": path, "has_more": has_more, "data": data}), None),
            ListShape::NextCursor => (
                json!({"items": slice(from), "meta": {"next_cursor": next_cursor(from)}}),
                None,
            ),
            ListShape::RepeatedCursor => (
                json!({"items": slice(from), "meta": {"next_cursor": cursor_at(limit)}}),
                None,
            ),
            ListShape::BodyLink => (
                json!({"results": slice(from), "links": {"next": next_cursor(from).map(|c| format!("{path}?limit={limit}&cursor={c}"))}}),
                None,
            ),
            ListShape::LinkHeader => (Value::Array(slice(from)), page_link(&format!("http://{host}"))),
            ListShape::ForeignLinkHeader(origin) => (Value::Array(slice(from)), page_link(origin)),
            ListShape::Offset => (json!({"data": slice(from)}), None),
            ListShape::PageNumber => (Value::Array(slice(from)), None),
        })
    }

    fn position(&self, id: &str) -> Result<usize, String> {
        (0..self.items)
            .find(|i| item_id(*i) == id)
            .ok_or_else(|| format!("no such item: {id}"))
    }
}

fn json_answer(status: u16, body: &Value) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(body.to_string())));
    *response.status_mut() = StatusCode::from_u16(status).expect("valid status");
    response.headers_mut().insert(
        "content-type",
        "application/json".parse().expect("valid header"),
    );
    let id = format!("req_{}", fastrand::u64(..));
    response
        .headers_mut()
        .insert("request-id", id.parse().expect("valid header"));
    response
}

fn error_answer(status: u16, headers: &[(&'static str, String)]) -> Response<Full<Bytes>> {
    let body =
        json!({"error": {"type": "api_error", "message": format!("injected fault {status}")}});
    let mut response = json_answer(status, &body);
    for (name, value) in headers {
        response
            .headers_mut()
            .insert(*name, value.parse().expect("valid header"));
    }
    response
}
