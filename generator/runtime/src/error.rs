//! Errors: documented API errors, transport failures, undecodable responses, unencodable requests.

use std::fmt;

use serde::Serialize;
use serde_json::Value;

use super::retry;
use super::ResponseMeta;

/// An operation's documented error responses.
pub trait ApiError: Sized {
    /// Decodes an error response.
    fn from_response(status: u16, body: &[u8]) -> Result<Self, DecodeError>;
    /// The HTTP status it came with.
    fn status(&self) -> u16;
}

/// Everything that can go wrong in a call; `E` is the operation's documented errors.
#[derive(Debug)]
pub enum Error<E> {
    /// The API answered with an error status (after any retries).
    Api {
        /// The decoded error response.
        error: E,
        /// Status, headers and request id of the response.
        meta: Box<ResponseMeta>,
    },
    /// No response: the connection failed, broke or timed out on every attempt.
    Transport {
        /// What the HTTP client reported for the last attempt.
        source: reqwest::Error,
        /// How many attempts were made.
        attempts: u32,
    },
    /// The response body did not match the documented schema.
    Decode(DecodeError),
    /// A parameter, header or body could not be encoded.
    Encode(EncodeError),
    /// The client refused what the server sent: a body over the size cap, a list whose
    /// cursor does not advance, goes on past its page limit or links to another origin. Not
    /// retried.
    Refused(Refusal),
}

impl<E> Error<E> {
    /// The HTTP status, when the API answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api { meta, .. } => Some(meta.status()),
            Error::Decode(e) => Some(e.status),
            Error::Transport { source, .. } => source.status().map(|s| s.as_u16()),
            Error::Refused(Refusal::BodyTooLarge { status, .. }) => Some(*status),
            Error::Encode(_) | Error::Refused(_) => None,
        }
    }

    /// The documented error response, if that is what this is.
    pub fn api_error(&self) -> Option<&E> {
        match self {
            Error::Api { error, .. } => Some(error),
            _ => None,
        }
    }

    /// Status, headers and request id of the error response, if the API answered.
    pub fn meta(&self) -> Option<&ResponseMeta> {
        match self {
            Error::Api { meta, .. } => Some(meta),
            _ => None,
        }
    }

    /// The server's id for the failed request, to quote to support.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api { meta, .. } => meta.request_id(),
            Error::Decode(e) => e.request_id.as_deref(),
            _ => None,
        }
    }

    /// Whether the same call may succeed if made again later: connection failures, timeouts,
    /// conflicts, rate limits and server errors (the transport already retried them as often as
    /// its [`RetryPolicy`](super::RetryPolicy) allows).
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Api { meta, .. } => retry::status_is_retryable(meta.status(), meta.headers()),
            Error::Transport { source, .. } => retry::transport_is_retryable(source),
            Error::Decode(_) | Error::Encode(_) | Error::Refused(_) => false,
        }
    }
}

impl<E: fmt::Display> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api { error, meta } => {
                write!(f, "the API rejected the request")?;
                if let Some(id) = meta.request_id() {
                    write!(f, " (request {id})")?;
                }
                write!(f, ": {error}")
            }
            Error::Transport { source, attempts } => {
                let tries = if *attempts == 1 {
                    "1 attempt".to_owned()
                } else {
                    format!("{attempts} attempts")
                };
                if source.is_redirect() {
                    let reason = std::error::Error::source(source)
                        .map(ToString::to_string)
                        .unwrap_or_default();
                    write!(f, "the server redirected the request, which was not followed ({tries}): {reason}")
                } else if source.is_timeout() {
                    write!(f, "the request timed out ({tries}); raise the timeout or try again later: {source}")
                } else if source.is_connect() {
                    write!(f, "could not connect to the API ({tries}); check the network and the base URL: {source}")
                } else {
                    write!(f, "the request failed ({tries}): {source}")
                }
            }
            Error::Decode(e) => e.fmt(f),
            Error::Encode(e) => e.fmt(f),
            Error::Refused(e) => e.fmt(f),
        }
    }
}

impl<E: std::error::Error + 'static> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Api { error, .. } => Some(error),
            Error::Transport { source, .. } => Some(source),
            Error::Decode(e) => Some(e),
            Error::Encode(e) => Some(e),
            Error::Refused(e) => Some(e),
        }
    }
}

impl<E> From<EncodeError> for Error<E> {
    fn from(e: EncodeError) -> Self {
        Error::Encode(e)
    }
}

/// A response body that does not match its schema; keeps the raw body.
#[derive(Debug)]
pub struct DecodeError {
    /// The HTTP status of the response.
    pub status: u16,
    /// The body, as text.
    pub body: String,
    /// What serde reported.
    pub source: serde_json::Error,
    /// The server's id for the request, if it sent one.
    pub request_id: Option<String>,
}

impl DecodeError {
    /// A body that serde could not decode.
    pub fn new(status: u16, body: String, source: serde_json::Error) -> Self {
        DecodeError {
            status,
            body,
            source,
            request_id: None,
        }
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "could not decode the {} response", self.status)?;
        if let Some(id) = &self.request_id {
            write!(f, " (request {id})")?;
        }
        write!(f, ": {}; body: {}", self.source, shorten(&self.body))
    }
}

impl std::error::Error for DecodeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// A parameter, header or body that could not be encoded.
#[derive(Debug)]
pub struct EncodeError(pub String);

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "could not encode the request: {}", self.0)
    }
}

impl std::error::Error for EncodeError {}

/// Why the client refused a server's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The response body is longer than the client's cap (set with the client builder's
    /// `max_response_body`).
    BodyTooLarge {
        /// The HTTP status of the response.
        status: u16,
        /// The cap, in bytes.
        limit: u64,
    },
    /// A list page pointed back at a page already fetched, so walking on would never end.
    CursorRepeated {
        /// The cursor the page pointed to (an item id, a cursor, or a link without its query).
        cursor: String,
        /// Pages fetched before stopping.
        pages: u64,
    },
    /// A list went on past the stream's page limit (`Paginator::max_pages`).
    TooManyPages {
        /// Pages fetched before stopping.
        pages: u64,
    },
    /// A list's next link leads to another origin (scheme, host or port) than the client's
    /// base URL, or is no URL at all; it is not followed, so the client's credentials never go
    /// to a server the API named.
    ForeignLink {
        /// The link, without its query.
        link: String,
    },
    /// An event of an event stream is larger than the stream's cap (set with
    /// `EventStream::max_event_bytes`); the event is skipped.
    EventTooLarge {
        /// The cap, in bytes.
        limit: usize,
    },
    /// An event stream's server sent nothing for longer than the client's timeout.
    Stalled {
        /// How long the client waited.
        waited: std::time::Duration,
    },
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::BodyTooLarge { status, limit } => write!(
                f,
                "the {status} response body is larger than the client's cap of {limit} bytes"
            ),
            Refusal::CursorRepeated { cursor, pages } => write!(
                f,
                "the list does not advance: after {pages} pages it points back to {cursor:?}, a page already fetched"
            ),
            Refusal::TooManyPages { pages } => write!(
                f,
                "the list goes on past the stream's limit of {pages} pages (see `Paginator::max_pages`)"
            ),
            Refusal::ForeignLink { link } => write!(
                f,
                "the list's next link {link:?} does not lead to the client's base URL origin; it was not followed"
            ),
            Refusal::EventTooLarge { limit } => write!(
                f,
                "an event of the stream is larger than the stream's cap of {limit} bytes; it was skipped"
            ),
            Refusal::Stalled { waited } => write!(
                f,
                "the event stream's server sent nothing for {waited:?}, the client's timeout"
            ),
        }
    }
}

impl std::error::Error for Refusal {}

/// At most 200 characters of `text`, marked when cut.
fn shorten(text: &str) -> String {
    const SHOWN: usize = 200;
    let mut shown: String = text.chars().take(SHOWN).collect();
    if text.chars().count() > SHOWN {
        shown.push_str("...");
    }
    shown
}

/// A one-line summary of an error body for people: the message, then `type`, `code`,
/// `decline_code` and `param` when present. Reads Stripe's `{"error": {...}}` objects and
/// problem details (`title`, `detail`); other bodies are shown as compact JSON.
pub fn describe_body<T: Serialize + ?Sized>(body: &T) -> String {
    let value = match serde_json::to_value(body) {
        Ok(value) => value,
        Err(_) => return "(error body could not be shown)".to_owned(),
    };
    let fields = match value.get("error") {
        Some(inner @ Value::Object(_)) => inner,
        _ => &value,
    };
    let text = |key: &str| match fields.get(key) {
        Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let message = match (text("message"), text("title"), text("detail")) {
        (Some(message), _, _) => Some(message),
        (None, Some(title), Some(detail)) => Some(format!("{title}: {detail}")),
        (None, title, detail) => title.or(detail),
    };
    let details: Vec<String> = ["type", "code", "decline_code", "param"]
        .iter()
        .filter_map(|key| text(key).map(|v| format!("{key}: {v}")))
        .collect();
    match (message, details.is_empty()) {
        (Some(message), true) => message,
        (Some(message), false) => format!("{message} ({})", details.join(", ")),
        (None, false) => details.join(", "),
        (None, true) => shorten(&value.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn stripe_error_objects_read_as_message_and_codes() {
        let body = json!({"error": {
            "type": "card_error", "code": "card_declined", "decline_code": "insufficient_funds",
            "param": "source", "message": "Your card has insufficient funds.", "doc_url": "https://stripe.com/docs"
        }});
        assert_eq!(
            describe_body(&body),
            "Your card has insufficient funds. (type: card_error, code: card_declined, decline_code: insufficient_funds, param: source)"
        );
    }

    #[test]
    fn problem_details_read_as_title_and_detail() {
        let body = json!({"type": "about:blank", "title": "Not Found", "status": 404, "detail": "No such payment flow: pfw_1"});
        assert_eq!(
            describe_body(&body),
            "Not Found: No such payment flow: pfw_1 (type: about:blank)"
        );
        assert_eq!(
            describe_body(&json!({"title": "Bad Request"})),
            "Bad Request"
        );
    }

    #[test]
    fn other_bodies_are_shown_as_json() {
        assert_eq!(describe_body(&json!({"oops": true})), "{\"oops\":true}");
        assert_eq!(describe_body(&json!({"code": 7})), "code: 7");
        assert!(describe_body(&"x".repeat(500)).ends_with("..."));
    }

    #[test]
    fn decode_errors_name_the_status_request_and_body() {
        let source = serde_json::from_str::<u8>("\"x\"").unwrap_err();
        let mut err = DecodeError::new(200, "y".repeat(300), source);
        err.request_id = Some("req_9".to_owned());
        let text = err.to_string();
        assert!(
            text.starts_with("could not decode the 200 response (request req_9): invalid type"),
            "{text}"
        );
        assert!(text.ends_with(&format!("{}...", "y".repeat(200))), "{text}");
    }
}
