//! Server-sent events over real HTTP: a loopback server writes `text/event-stream` bodies in
//! awkward chunkings (one byte per HTTP chunk, a thousand events in one), breaks off, stalls,
//! and answers reconnections, while the runtime's event stream reads them.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::StreamExt;
use reqwest::Method;
use sdkgen_runtime::{
    decode_json, decode_text, ApiError, ClientBuilder, DecodeError, Error, Event, EventStream,
    Refusal, Response, RetryPolicy, Transport,
};
use serde::Deserialize;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;

/// What the server answers one connection with.
#[derive(Clone)]
enum Reply {
    /// A 200 `text/event-stream` body sent as these HTTP chunks, `pause` apart, then `after`.
    Events {
        chunks: Vec<Vec<u8>>,
        pause: Duration,
        after: After,
    },
    /// Another status with a JSON body.
    Status(u16, &'static str),
}

/// How an event body ends.
#[derive(Clone, Copy)]
enum After {
    /// The last chunk: a clean end of the body.
    End,
    /// The connection is dropped mid-body.
    Break,
    /// Nothing more is sent; the server waits for the client to close the connection.
    Wait,
}

/// A loopback server answering the n-th connection with the n-th reply (the last one repeats).
struct SseServer {
    url: String,
    /// The headers of each request, lower-case names, in arrival order.
    requests: Arc<Mutex<Vec<BTreeMap<String, String>>>>,
    /// Receives a message when a client closes a connection the server was waiting on.
    closed: mpsc::UnboundedReceiver<()>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for SseServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl SseServer {
    async fn start(replies: Vec<Reply>) -> SseServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let (closed_tx, closed) = mpsc::unbounded_channel();
        let seen = Arc::clone(&requests);
        let task = tokio::spawn(async move {
            let mut n = 0;
            loop {
                let Ok((stream, _)) = listener.accept().await else { continue };
                let reply = replies[n.min(replies.len() - 1)].clone();
                n += 1;
                let seen = Arc::clone(&seen);
                let closed = closed_tx.clone();
                tokio::spawn(async move {
                    let _ = serve(stream, reply, seen, closed).await;
                });
            }
        });
        SseServer { url, requests, closed, task }
    }

    fn requests(&self) -> Vec<BTreeMap<String, String>> {
        self.requests.lock().unwrap().clone()
    }
}

async fn serve(
    mut stream: TcpStream,
    reply: Reply,
    seen: Arc<Mutex<Vec<BTreeMap<String, String>>>>,
    closed: mpsc::UnboundedSender<()>,
) -> std::io::Result<()> {
    stream.set_nodelay(true)?;
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        if stream.read(&mut byte).await? == 0 {
            return Ok(());
        }
        head.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&head).into_owned();
    let headers = head
        .lines()
        .skip(1)
        .filter_map(|line| line.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    seen.lock().unwrap().push(headers);
    match reply {
        Reply::Status(status, body) => {
            let text = format!(
                "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            stream.write_all(text.as_bytes()).await?;
        }
        Reply::Events { chunks, pause, after } => {
            stream
                .write_all(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n")
                .await?;
            for chunk in chunks {
                let mut frame = format!("{:x}\r\n", chunk.len()).into_bytes();
                frame.extend_from_slice(&chunk);
                frame.extend_from_slice(b"\r\n");
                stream.write_all(&frame).await?;
                stream.flush().await?;
                if !pause.is_zero() {
                    tokio::time::sleep(pause).await;
                }
            }
            match after {
                After::End => stream.write_all(b"0\r\n\r\n").await?,
                After::Break => return Ok(()),
                After::Wait => {
                    // The client closing its end reads as the end of the stream (or an error).
                    let mut rest = [0u8; 64];
                    while matches!(stream.read(&mut rest).await, Ok(n) if n > 0) {}
                    let _ = closed.send(());
                }
            }
        }
    }
    stream.flush().await
}

fn one_byte_chunks(body: &str) -> Vec<Vec<u8>> {
    body.as_bytes().iter().map(|b| vec![*b]).collect()
}

fn events(chunks: Vec<Vec<u8>>, after: After) -> Reply {
    Reply::Events { chunks, pause: Duration::ZERO, after }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
struct Tick {
    n: u32,
    text: String,
}

#[derive(Debug)]
struct StreamError(u16);

impl ApiError for StreamError {
    fn from_response(status: u16, _body: &[u8]) -> Result<Self, DecodeError> {
        Ok(StreamError(status))
    }
    fn status(&self) -> u16 {
        self.0
    }
}

impl fmt::Display for StreamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "status {}", self.0)
    }
}

fn transport(server: &SseServer, timeout: Duration) -> Transport {
    ClientBuilder::new(&server.url, "sse-test")
        .timeout(timeout)
        .retry_policy(RetryPolicy {
            max_retries: 0,
            ..RetryPolicy::default()
        })
        .build_transport()
        .unwrap()
}

async fn open_ticks(server: &SseServer) -> Result<EventStream<Tick, StreamError>, Error<StreamError>> {
    let transport = transport(server, Duration::from_secs(10));
    transport
        .open_event_stream(transport.request(Method::GET, "/events"), "/events", decode_json)
        .await
        .map(Response::into_value)
}

fn tick(event: &str, n: u32, text: &str, id: Option<&str>, retry: Option<u64>) -> Event<Tick> {
    Event {
        event: event.to_owned(),
        data: Tick { n, text: text.to_owned() },
        id: id.map(str::to_owned),
        retry: retry.map(Duration::from_millis),
    }
}

/// Every line-end style, comments, ids, retry, JSON split over several `data` lines,
/// multi-byte characters, and a last event without its blank line.
const AWKWARD: &str = ": keep-alive\r\n\
    data: {\"n\": 1,\r\n\
    data: \"text\": \"a€🎉\"}\r\n\
    \r\n\
    event: update\r\
    id: 41\r\
    data: {\"n\": 2, \"text\": \"b\"}\r\
    \r\
    retry: 1500\n\
    :comment\n\
    data: {\"n\": 3, \"text\": \"日本語\"}\n\
    \n\
    id: 42\n\
    event: final\n\
    data: {\"n\": 4, \"text\": \"no blank line after me\"}";

fn awkward_events() -> Vec<Event<Tick>> {
    vec![
        tick("message", 1, "a€🎉", None, None),
        tick("update", 2, "b", Some("41"), None),
        tick("message", 3, "日本語", Some("41"), Some(1500)),
        tick("final", 4, "no blank line after me", Some("42"), None),
    ]
}

#[tokio::test]
async fn events_sent_one_byte_per_chunk_arrive_whole() {
    let server = SseServer::start(vec![Reply::Events {
        chunks: one_byte_chunks(AWKWARD),
        pause: Duration::from_millis(1),
        after: After::End,
    }])
    .await;
    let stream = open_ticks(&server).await.unwrap();
    assert_eq!(stream.meta().status(), 200);
    let got: Vec<Event<Tick>> = stream.map(|item| item.unwrap()).collect().await;
    assert_eq!(got, awkward_events());
    assert_eq!(server.requests()[0]["accept"], "text/event-stream");
}

#[tokio::test]
async fn a_thousand_events_in_one_chunk_arrive_in_order() {
    let body: String = (0..1000)
        .map(|n| format!("id: {n}\ndata: {{\"n\": {n}, \"text\": \"t{n}\"}}\n\n"))
        .collect();
    let server = SseServer::start(vec![events(vec![body.into_bytes()], After::End)]).await;
    let got: Vec<Event<Tick>> = open_ticks(&server).await.unwrap().map(|item| item.unwrap()).collect().await;
    assert_eq!(got.len(), 1000);
    for (n, event) in got.iter().enumerate() {
        assert_eq!(event.data.n as usize, n);
        assert_eq!(event.id.as_deref(), Some(n.to_string().as_str()));
    }
}

#[tokio::test]
async fn malformed_and_oversized_events_are_error_items_and_the_stream_goes_on() {
    let big = format!("data: {{\"n\": 9, \"text\": \"{}\"}}\n\n", "x".repeat(5000));
    let body = format!(
        "data: not json\n\ndata: {{\"n\": \"wrong type\"}}\n\n{big}data: {{\"n\": 5, \"text\": \"fine\"}}\n\n"
    );
    for chunks in [vec![body.clone().into_bytes()], one_byte_chunks(&body)] {
        let server = SseServer::start(vec![events(chunks, After::End)]).await;
        let stream = open_ticks(&server).await.unwrap().max_event_bytes(1024);
        let items: Vec<_> = stream.collect().await;
        assert_eq!(items.len(), 4, "{items:?}");
        let Err(Error::Decode(e)) = &items[0] else { panic!("{:?}", items[0]) };
        assert_eq!(e.body, "not json");
        assert!(matches!(&items[1], Err(Error::Decode(_))), "{:?}", items[1]);
        assert!(
            matches!(&items[2], Err(Error::Refused(Refusal::EventTooLarge { limit: 1024 }))),
            "{:?}",
            items[2]
        );
        assert_eq!(items[3].as_ref().unwrap().data, Tick { n: 5, text: "fine".into() });
        let message = items[2].as_ref().unwrap_err().to_string();
        assert!(message.contains("larger than the stream's cap of 1024 bytes"), "{message}");
    }
}

#[tokio::test]
async fn text_events_keep_their_data_as_text() {
    let server = SseServer::start(vec![events(vec![b"data: hello\ndata: world\n\ndata: [DONE]\n\n".to_vec()], After::End)]).await;
    let transport = transport(&server, Duration::from_secs(10));
    let stream: EventStream<String, StreamError> = transport
        .open_event_stream(transport.request(Method::POST, "/chat"), "/chat", decode_text)
        .await
        .unwrap()
        .into_value();
    let data: Vec<String> = stream.map(|e| e.unwrap().data).collect().await;
    assert_eq!(data, ["hello\nworld", "[DONE]"]);
}

#[tokio::test]
async fn dropping_the_stream_closes_the_connection() {
    let first = b"data: {\"n\": 1, \"text\": \"one\"}\n\n".to_vec();
    let mut server = SseServer::start(vec![events(vec![first], After::Wait)]).await;
    let mut stream = open_ticks(&server).await.unwrap();
    assert_eq!(stream.next_event().await.unwrap().unwrap().data.n, 1);
    drop(stream);
    tokio::time::timeout(Duration::from_secs(5), server.closed.recv())
        .await
        .expect("the server sees the connection closed once the stream is dropped")
        .unwrap();
}

#[tokio::test]
async fn a_broken_connection_ends_the_stream_with_an_error_and_drops_the_half_event() {
    let body = "data: {\"n\": 1, \"text\": \"whole\"}\n\ndata: {\"n\": 2, \"te";
    let server = SseServer::start(vec![events(vec![body.as_bytes().to_vec()], After::Break)]).await;
    let items: Vec<_> = open_ticks(&server).await.unwrap().collect().await;
    assert_eq!(items.len(), 2, "{items:?}");
    assert_eq!(items[0].as_ref().unwrap().data.n, 1);
    assert!(matches!(&items[1], Err(Error::Transport { .. })), "{:?}", items[1]);
    assert_eq!(server.requests().len(), 1, "no reconnection unless asked");
}

#[tokio::test]
async fn a_silent_server_ends_the_stream_as_stalled() {
    let body = b"data: {\"n\": 1, \"text\": \"then silence\"}\n\n".to_vec();
    let server = SseServer::start(vec![events(vec![body], After::Wait)]).await;
    let transport = transport(&server, Duration::from_millis(300));
    let stream: EventStream<Tick, StreamError> = transport
        .open_event_stream(transport.request(Method::GET, "/events"), "/events", decode_json)
        .await
        .unwrap()
        .into_value();
    let items: Vec<_> = stream.collect().await;
    assert_eq!(items.len(), 2);
    assert!(
        matches!(&items[1], Err(Error::Refused(Refusal::Stalled { waited })) if *waited == Duration::from_millis(300)),
        "{:?}",
        items[1]
    );
}

#[tokio::test]
async fn an_error_status_is_the_operations_error() {
    let server = SseServer::start(vec![Reply::Status(404, "{\"error\": \"no such stream\"}")]).await;
    let err = open_ticks(&server).await.unwrap_err();
    assert_eq!(err.status(), Some(404));
    assert!(matches!(err, Error::Api { error: StreamError(404), .. }));
}

#[tokio::test]
async fn reconnection_sends_the_last_event_id_and_a_204_ends_it() {
    let server = SseServer::start(vec![
        events(vec![b"retry: 20\nid: 1\ndata: {\"n\": 1, \"text\": \"a\"}\n\nid: 2\ndata: {\"n\": 2, \"text\": \"b\"}\n\n".to_vec()], After::End),
        events(one_byte_chunks("id: 3\ndata: {\"n\": 3, \"text\": \"c\"}\n\ndata: {\"n\": 4, \"te"), After::Break),
        Reply::Status(204, ""),
    ])
    .await;
    let stream = open_ticks(&server).await.unwrap().reconnect(true);
    let started = std::time::Instant::now();
    let got: Vec<u32> = stream.map(|e| e.unwrap().data.n).collect().await;
    assert_eq!(got, [1, 2, 3], "the half event of the broken connection is dropped");
    let last_ids: Vec<Option<String>> = server.requests().iter().map(|h| h.get("last-event-id").cloned()).collect();
    assert_eq!(last_ids, [None, Some("2".to_owned()), Some("3".to_owned())]);
    assert!(started.elapsed() >= Duration::from_millis(40), "the server's retry delay is kept");
}
