//! Server-sent events: the `text/event-stream` format (WHATWG HTML, "Server-sent events") parsed
//! as the body arrives, and a typed [`EventStream`] of its events with optional reconnection.
use std::collections::VecDeque;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;
use reqwest::header::HeaderValue;
use super::{ApiError, DecodeError, Error, Refusal, ResponseMeta, Transport};
/// The largest event read, unless set otherwise: 1 MiB of `data`, `event` and the line being read.
pub const DEFAULT_MAX_EVENT_BYTES: usize = 1024 * 1024;
/// How long a reconnecting stream waits before it reconnects when the server sent no `retry`.
pub const DEFAULT_RECONNECT_DELAY: Duration = Duration::from_secs(3);
/// The header that tells a server which event a reconnecting client saw last.
const LAST_EVENT_ID: &str = "last-event-id";
/// One event of a stream, its data decoded.
#[derive(Debug, Clone, PartialEq)]
pub struct Event<T> {
    /// The event type: the `event` field, or `message` when the event has none.
    pub event: String,
    /// The data: the event's `data` lines joined with newlines, decoded.
    pub data: T,
    /// The last event id the stream set (an `id` field holds until the next one), if any.
    pub id: Option<String>,
    /// The reconnection delay this event asked for (`retry`), if it asked for one.
    pub retry: Option<Duration>,
}
/// An event as parsed, its data still text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawEvent {
    /// The event type (`message` when the event has none).
    pub event: String,
    /// The `data` lines joined with newlines.
    pub data: String,
    /// The last event id in effect.
    pub id: Option<String>,
    /// The reconnection delay this event asked for.
    pub retry: Option<Duration>,
}
/// An incremental `text/event-stream` parser: feed it the body in chunks of any size (a line,
/// a UTF-8 character or a CRLF may be split between chunks) and take the events it completes.
///
/// It follows the WHATWG algorithm (`data` lines joined with newlines, `event`, `id` without
/// NUL, `retry` in digits only, comments and unknown fields ignored, CR, LF and CRLF line ends,
/// one leading byte order mark skipped, invalid UTF-8 replaced), with two differences: an
/// event still open when the body ends cleanly is dispatched (servers often omit the final
/// blank line), and an event larger than the cap is replaced by one
/// [`Refusal::EventTooLarge`] and skipped, so memory stays bounded.
#[derive(Debug)]
pub struct EventParser {
    line: Vec<u8>,
    /// Whether a line of the current event was dropped for the cap (its bytes are not kept).
    dropped_line: bool,
    after_cr: bool,
    at_start: bool,
    data: String,
    event: String,
    retry: Option<Duration>,
    last_id: Option<String>,
    reconnect_delay: Option<Duration>,
    max_event_bytes: usize,
    skipping: bool,
    ready: VecDeque<Result<RawEvent, Refusal>>,
}
impl Default for EventParser {
    fn default() -> Self {
        EventParser::new(DEFAULT_MAX_EVENT_BYTES)
    }
}
impl EventParser {
    /// A parser that refuses events larger than `max_event_bytes`.
    pub fn new(max_event_bytes: usize) -> Self {
        EventParser {
            line: Vec::new(),
            dropped_line: false,
            after_cr: false,
            at_start: true,
            data: String::new(),
            event: String::new(),
            retry: None,
            last_id: None,
            reconnect_delay: None,
            max_event_bytes,
            skipping: false,
            ready: VecDeque::new(),
        }
    }
    /// Changes the cap for events read from now on.
    pub fn set_max_event_bytes(&mut self, max_event_bytes: usize) {
        self.max_event_bytes = max_event_bytes;
    }
    /// The last event id the stream set, sent as `Last-Event-ID` when reconnecting.
    pub fn last_event_id(&self) -> Option<&str> {
        self.last_id.as_deref()
    }
    /// The reconnection delay the server last asked for (`retry`), if it asked.
    pub fn reconnect_delay(&self) -> Option<Duration> {
        self.reconnect_delay
    }
    /// Reads the next piece of the body.
    pub fn feed(&mut self, mut bytes: &[u8]) {
        while let Some(&first) = bytes.first() {
            if std::mem::take(&mut self.after_cr) && first == b'\n' {
                bytes = &bytes[1..];
                continue;
            }
            match bytes.iter().position(|b| *b == b'\r' || *b == b'\n') {
                Some(end) => {
                    self.take(&bytes[..end]);
                    self.after_cr = bytes[end] == b'\r';
                    self.end_line();
                    bytes = &bytes[end + 1..];
                }
                None => {
                    self.take(bytes);
                    break;
                }
            }
        }
    }
    /// The body ended cleanly: an open event is dispatched, and the next body (after a
    /// reconnection) starts afresh, keeping the last event id and reconnection delay.
    pub fn finish(&mut self) {
        if !self.line.is_empty() || self.dropped_line {
            self.end_line();
        }
        self.end_event();
        self.restart();
    }
    /// The body broke off: an open event is dropped, since part of it may be missing.
    pub fn abandon(&mut self) {
        self.line.clear();
        self.data.clear();
        self.event.clear();
        self.retry = None;
        self.restart();
    }
    /// The next complete event, or the refusal of one that was too large.
    pub fn next_event(&mut self) -> Option<Result<RawEvent, Refusal>> {
        self.ready.pop_front()
    }
    fn restart(&mut self) {
        self.dropped_line = false;
        self.after_cr = false;
        self.at_start = true;
        self.skipping = false;
    }
    /// Adds bytes to the current line, unless the event has outgrown the cap.
    fn take(&mut self, part: &[u8]) {
        if part.is_empty() {
            return;
        }
        if self.skipping {
            self.dropped_line = true;
            return;
        }
        let size = self.line.len() + part.len() + self.data.len() + self.event.len();
        if size > self.max_event_bytes {
            self.skipping = true;
            self.dropped_line = true;
            self.line.clear();
            self.data.clear();
            self.event.clear();
            self.retry = None;
            self.ready
                .push_back(
                    Err(Refusal::EventTooLarge {
                        limit: self.max_event_bytes,
                    }),
                );
            return;
        }
        self.line.extend_from_slice(part);
    }
    fn end_line(&mut self) {
        let line = std::mem::take(&mut self.line);
        let blank = line.is_empty() && !std::mem::take(&mut self.dropped_line);
        if blank {
            self.end_event();
            return;
        }
        let text = String::from_utf8_lossy(&line);
        let text = if std::mem::take(&mut self.at_start) {
            text.strip_prefix('\u{feff}').unwrap_or(&text)
        } else {
            &text
        };
        if !self.skipping {
            self.field(text);
        }
    }
    fn field(&mut self, line: &str) {
        if line.starts_with(':') {
            return;
        }
        let (name, value) = match line.split_once(':') {
            Some((name, value)) => (name, value.strip_prefix(' ').unwrap_or(value)),
            None => (line, ""),
        };
        match name {
            "data" => {
                self.data.push_str(value);
                self.data.push('\n');
            }
            "event" => value.clone_into(&mut self.event),
            "id" if !value.contains('\0') => {
                self.last_id = (!value.is_empty()).then(|| value.to_owned());
            }
            "retry" if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) => {
                if let Ok(millis) = value.parse::<u64>() {
                    let delay = Duration::from_millis(millis);
                    self.retry = Some(delay);
                    self.reconnect_delay = Some(delay);
                }
            }
            _ => {}
        }
    }
    /// A blank line (or the end of the body): dispatches the event if it has data.
    fn end_event(&mut self) {
        let retry = self.retry.take();
        if std::mem::take(&mut self.skipping) {
            return;
        }
        let event = std::mem::take(&mut self.event);
        if self.data.is_empty() {
            return;
        }
        let mut data = std::mem::take(&mut self.data);
        data.pop();
        self.ready
            .push_back(
                Ok(RawEvent {
                    event: if event.is_empty() { "message".to_owned() } else { event },
                    data,
                    id: self.last_id.clone(),
                    retry,
                }),
            );
    }
}
/// A response body being read, with the parser that reads it.
struct Connection {
    response: reqwest::Response,
    parser: EventParser,
    /// How the body ended, once it has.
    ended: Option<End>,
}
/// How a body ended.
enum End {
    /// The server closed it cleanly.
    Closed,
    /// The connection broke.
    Failed(reqwest::Error),
    /// Nothing arrived for this long.
    Stalled(Duration),
}
type Reading = Pin<Box<dyn Future<Output = Box<Connection>> + Send>>;
type Reconnecting<E> = Pin<
    Box<dyn Future<Output = Result<Option<Box<Connection>>, Error<E>>> + Send>,
>;
enum State<E> {
    Open(Box<Connection>),
    Reading(Reading),
    Reconnecting(Reconnecting<E>),
    Closed,
}
/// A [`Stream`](futures_core::Stream) of the events of a `text/event-stream` response, each
/// decoded as `T`; `E` is the operation's documented errors (met when reconnecting).
///
/// Events are read as they arrive. An event whose data does not decode, or that is larger than
/// the cap ([`max_event_bytes`](Self::max_event_bytes)), is an error item and the stream goes
/// on. A broken connection or a server silent for longer than the client's timeout is an error
/// item that ends the stream, unless [`reconnect`](Self::reconnect) is on. Dropping the stream
/// closes the connection.
pub struct EventStream<T, E> {
    transport: Transport,
    /// A copy of the request, to send again when reconnecting (`None` when its body cannot be
    /// copied).
    request: Option<reqwest::Request>,
    state: State<E>,
    meta: ResponseMeta,
    decode: fn(u16, Vec<u8>) -> Result<T, DecodeError>,
    reconnect: bool,
    /// The last event id and reconnection delay, kept while a reconnection is under way.
    last_id: Option<String>,
    reconnect_delay: Option<Duration>,
    reconnections: u64,
}
impl<T, E> fmt::Debug for EventStream<T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EventStream")
            .field("status", &self.meta.status())
            .field("reconnect", &self.reconnect)
            .field("last_event_id", &self.last_id)
            .field("reconnections", &self.reconnections)
            .finish_non_exhaustive()
    }
}
impl<T: Send + 'static, E: ApiError + Send + 'static> EventStream<T, E> {
    /// A stream over `response`, which answered `request` (kept to reconnect with).
    pub(super) fn new(
        transport: Transport,
        request: Option<reqwest::Request>,
        response: reqwest::Response,
        meta: ResponseMeta,
        decode: fn(u16, Vec<u8>) -> Result<T, DecodeError>,
    ) -> Self {
        EventStream {
            transport,
            request,
            state: State::Open(
                Box::new(Connection {
                    response,
                    parser: EventParser::default(),
                    ended: None,
                }),
            ),
            meta,
            decode,
            reconnect: false,
            last_id: None,
            reconnect_delay: None,
            reconnections: 0,
        }
    }
    /// Refuses events larger than `bytes` (default [`DEFAULT_MAX_EVENT_BYTES`]): each is an
    /// [`Refusal::EventTooLarge`] error item, and the stream goes on with the next event.
    pub fn max_event_bytes(mut self, bytes: usize) -> Self {
        if let State::Open(connection) = &mut self.state {
            connection.parser.set_max_event_bytes(bytes);
        }
        self
    }
    /// Whether to reconnect when the body ends or breaks (off by default): after the delay
    /// the server asked for (`retry`, else [`DEFAULT_RECONNECT_DELAY`]) the request is sent
    /// again with `Last-Event-ID` set to the last event id seen, as a browser's `EventSource`
    /// does. A reconnection answered with 204 No Content ends the stream; one answered with an
    /// error ends it with that error.
    pub fn reconnect(mut self, on: bool) -> Self {
        self.reconnect = on && self.request.is_some();
        self
    }
    /// Status, headers and request id of the first response.
    pub fn meta(&self) -> &ResponseMeta {
        &self.meta
    }
    /// The last event id the stream set.
    pub fn last_event_id(&self) -> Option<&str> {
        match &self.state {
            State::Open(connection) => connection.parser.last_event_id(),
            _ => self.last_id.as_deref(),
        }
    }
    /// How many times the stream has reconnected.
    pub fn reconnections(&self) -> u64 {
        self.reconnections
    }
    /// The next event; `None` once the stream has ended.
    pub async fn next_event(&mut self) -> Option<Result<Event<T>, Error<E>>> {
        std::future::poll_fn(|cx| self.poll_event(cx)).await
    }
    fn poll_event(
        &mut self,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Event<T>, Error<E>>>> {
        loop {
            match std::mem::replace(&mut self.state, State::Closed) {
                State::Closed => return Poll::Ready(None),
                State::Open(mut connection) => {
                    if let Some(item) = connection.parser.next_event() {
                        self.state = State::Open(connection);
                        return Poll::Ready(Some(self.decode_event(item)));
                    }
                    match connection.ended.take() {
                        None => {
                            let idle = self.transport.timeout();
                            self.state = State::Reading(
                                Box::pin(read_chunk(connection, idle)),
                            );
                        }
                        Some(end) => {
                            if let Some(item) = self.after_end(connection, end) {
                                return Poll::Ready(Some(Err(item)));
                            }
                        }
                    }
                }
                State::Reading(mut reading) => {
                    match reading.as_mut().poll(cx) {
                        Poll::Pending => {
                            self.state = State::Reading(reading);
                            return Poll::Pending;
                        }
                        Poll::Ready(connection) => self.state = State::Open(connection),
                    }
                }
                State::Reconnecting(mut reconnecting) => {
                    match reconnecting.as_mut().poll(cx) {
                        Poll::Pending => {
                            self.state = State::Reconnecting(reconnecting);
                            return Poll::Pending;
                        }
                        Poll::Ready(Ok(Some(connection))) => {
                            self.reconnections += 1;
                            self.state = State::Open(connection);
                        }
                        Poll::Ready(Ok(None)) => return Poll::Ready(None),
                        Poll::Ready(Err(e)) => return Poll::Ready(Some(Err(e))),
                    }
                }
            }
        }
    }
    /// Decides what follows the end of a body: a reconnection, or the end of the stream with
    /// the error that ended it, if one did.
    fn after_end(&mut self, connection: Box<Connection>, end: End) -> Option<Error<E>> {
        let Connection { parser, .. } = *connection;
        let error = match end {
            End::Closed => None,
            End::Failed(source) => {
                Some(Error::Transport {
                    source: super::transport::redact_url(source),
                    attempts: 1,
                })
            }
            End::Stalled(waited) => Some(Error::Refused(Refusal::Stalled { waited })),
        };
        let request = self
            .request
            .as_ref()
            .filter(|_| self.reconnect)
            .and_then(|r| r.try_clone());
        let Some(mut request) = request else {
            return error;
        };
        if let Some(Error::Transport { source, .. }) = &error {
            tracing::warn!(error = % source, "event stream broke off; reconnecting");
        } else if error.is_some() {
            tracing::warn!("event stream stalled; reconnecting");
        }
        self.last_id = parser.last_event_id().map(str::to_owned);
        self.reconnect_delay = parser.reconnect_delay();
        if let Some(id) = &self.last_id {
            match HeaderValue::from_str(id) {
                Ok(value) => {
                    request.headers_mut().insert(LAST_EVENT_ID, value);
                }
                Err(_) => {
                    tracing::warn!(
                        "the last event id is no header value; reconnecting without it"
                    )
                }
            }
        }
        let delay = self.reconnect_delay.unwrap_or(DEFAULT_RECONNECT_DELAY);
        let transport = self.transport.clone();
        self.state = State::Reconnecting(
            Box::pin(async move {
                tokio::time::sleep(delay).await;
                let span = tracing::info_span!(
                    "event_stream_reconnect", attempt = tracing::field::Empty
                );
                let (response, meta) = transport.open::<E>(request, &span).await?;
                if meta.status() == 204 {
                    return Ok(None);
                }
                Ok(
                    Some(
                        Box::new(Connection {
                            response,
                            parser,
                            ended: None,
                        }),
                    ),
                )
            }),
        );
        None
    }
    fn decode_event(
        &self,
        item: Result<RawEvent, Refusal>,
    ) -> Result<Event<T>, Error<E>> {
        let raw = item.map_err(Error::Refused)?;
        let data = (self.decode)(self.meta.status(), raw.data.into_bytes())
            .map_err(|mut e| {
                e.request_id = self.meta.request_id().map(str::to_owned);
                Error::Decode(e)
            })?;
        Ok(Event {
            event: raw.event,
            data,
            id: raw.id,
            retry: raw.retry,
        })
    }
}
impl<T: Send + 'static, E: ApiError + Send + 'static> futures_core::Stream
for EventStream<T, E> {
    type Item = Result<Event<T>, Error<E>>;
    fn poll_next(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Self::Item>> {
        self.get_mut().poll_event(cx)
    }
}
/// Reads the next piece of the body into the parser, waiting at most `idle` for it.
async fn read_chunk(mut connection: Box<Connection>, idle: Duration) -> Box<Connection> {
    match tokio::time::timeout(idle, connection.response.chunk()).await {
        Ok(Ok(Some(chunk))) => connection.parser.feed(&chunk),
        Ok(Ok(None)) => {
            connection.parser.finish();
            connection.ended = Some(End::Closed);
        }
        Ok(Err(e)) => {
            connection.parser.abandon();
            connection.ended = Some(End::Failed(e));
        }
        Err(_) => {
            connection.parser.abandon();
            connection.ended = Some(End::Stalled(idle));
        }
    }
    connection
}
/// Keeps an event's data as text, for streams whose events are not JSON.
pub fn decode_text(_status: u16, body: Vec<u8>) -> Result<String, DecodeError> {
    Ok(
        String::from_utf8(body)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
    )
}
